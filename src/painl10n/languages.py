"""Language facts from Babel's CLDR data: validation, plurals, names, direction.

Two pseudo-locales are known besides CLDR's languages, named as Android and
Chrome name them: ``en-XA`` (accented, longer) and ``ar-XB`` (right to left).
CLDR has no data for them, so each borrows its base language's plural rules,
date formats and text direction; only its code and its name are its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.messages.plurals import get_plural
from weblate_language_data import languages as wl_languages
from weblate_language_data import plurals as wl_plurals

from .errors import Painl10nError

_WEBLATE_PLURALS = (wl_plurals.EXTRAPLURALS, wl_plurals.QTPLURALS)
_CODE_SHAPE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class PseudoLocale:
    """A test locale: generated catalogs, never a real translation."""

    code: str  # BCP 47, as Android and Chrome write it
    base: str  # the CLDR language it takes plurals, dates and direction from
    method: str  # what the generated text tests, for the display name


PSEUDO_LOCALES = {
    "en-XA": PseudoLocale("en-XA", "en", "accented"),
    "ar-XB": PseudoLocale("ar-XB", "ar", "RTL"),
}


_PSEUDO_BY_CODE = {known.code.lower(): known for known in PSEUDO_LOCALES.values()}


def pseudo_locale(code: str) -> PseudoLocale | None:
    """The pseudo-locale ``code`` names (any case, ``-`` or ``_``), else None
    (asked for every entry by several checks: one look-up)."""
    wanted = code.replace("_", "-").lower() if isinstance(code, str) else ""
    return _PSEUDO_BY_CODE.get(wanted)


def is_pseudo(code: str) -> bool:
    return pseudo_locale(code) is not None


@cache
def parse_language(code: str) -> Locale:
    """Return Babel's locale for ``code`` or raise a one-line error.

    A pseudo-locale gives its base language's locale (plurals, dates, direction).

    The shape check runs first so that path-like values such as ``../x``
    can never become a folder name under ``locales/`` or ``output/``.
    """
    pseudo = pseudo_locale(code)
    if pseudo is not None:
        return parse_language(pseudo.base)
    if not isinstance(code, str) or not _CODE_SHAPE.match(code):
        raise Painl10nError(
            f"malformed language code {code!r}",
            hint="use a BCP 47 / gettext code such as 'es', 'pt_BR' or 'zh-Hant'",
        )
    try:
        return Locale.parse(code, sep="-" if "-" in code else "_")
    except (UnknownLocaleError, ValueError) as exc:
        raise Painl10nError(
            f"unknown language code {code!r}", hint="Babel/CLDR does not know it"
        ) from exc


def canonical_code(code: str) -> str:
    """The gettext folder name for a language (``pt-BR`` → ``pt_BR``, ``en_xa`` → ``en-XA``)."""
    pseudo = pseudo_locale(code)
    return pseudo.code if pseudo is not None else str(parse_language(code))


def plural_forms(code: str) -> str:
    """The ``Plural-Forms`` header value for a language, from CLDR."""
    return get_plural(parse_language(code)).plural_forms


@cache
def weblate_plural_formulas(code: str) -> tuple[str, ...]:
    """The ``Plural-Forms`` values weblate-language-data keeps for ``code``: CLDR's
    first, then GNU gettext's and the other conventions Weblate accepts (Qt's …).
    Empty when it does not know the language."""
    locale = parse_language(code)
    names = {str(locale), locale.language}
    found = [
        f"nplurals={count}; plural={formula};"
        for table in (wl_plurals.CLDRPLURALS, wl_languages.LANGUAGES, *_WEBLATE_PLURALS)
        for name, _, count, formula in table
        if name in names
    ]
    return tuple(dict.fromkeys(found))


def native_name(code: str) -> str:
    """The language's own name for itself, capitalised as a menu label."""
    if is_pseudo(code):
        return english_name(code)  # a test locale has no speakers to name it
    locale = parse_language(code)
    name = locale.get_display_name(locale) or code
    return name[:1].upper() + name[1:]


def english_name(code: str) -> str:
    """The language's English name, for catalog headers."""
    pseudo = pseudo_locale(code)
    if pseudo is not None:
        return f"{english_name(pseudo.base)} (pseudo, {pseudo.method})"
    return parse_language(code).get_display_name("en") or code


def text_direction(code: str) -> str:
    """``rtl`` or ``ltr``, as CLDR records the script's character order."""
    order = parse_language(code).character_order
    return "rtl" if order == "right-to-left" else "ltr"


def html_lang(code: str) -> str:
    """The BCP 47 tag for ``<html lang>`` and ``hreflang`` (``pt_BR`` → ``pt-BR``)."""
    return canonical_code(code).replace("_", "-")
