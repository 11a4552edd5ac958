"""Language facts from Babel's CLDR data: validation, plurals, names, direction."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.messages.plurals import get_plural

from .errors import Painl10nError

_CODE_SHAPE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$")


@cache
def parse_language(code: str) -> Locale:
    """Return Babel's locale for ``code`` or raise a one-line error.

    The shape check runs first so that path-like values such as ``../x``
    can never become a folder name under ``locales/`` or ``output/``.
    """
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
    """The gettext folder name for a language (``pt-BR`` → ``pt_BR``)."""
    return str(parse_language(code))


def plural_forms(code: str) -> str:
    """The ``Plural-Forms`` header value for a language, from CLDR."""
    return get_plural(parse_language(code)).plural_forms


def native_name(code: str) -> str:
    """The language's own name for itself, capitalised as a menu label."""
    locale = parse_language(code)
    name = locale.get_display_name(locale) or code
    return name[:1].upper() + name[1:]


def english_name(code: str) -> str:
    """The language's English name, for catalog headers."""
    return parse_language(code).get_display_name("en") or code


def text_direction(code: str) -> str:
    """``rtl`` or ``ltr``, as CLDR records the script's character order."""
    order = parse_language(code).character_order
    return "rtl" if order == "right-to-left" else "ltr"


def html_lang(code: str) -> str:
    """The BCP 47 tag for ``<html lang>`` and ``hreflang`` (``pt_BR`` → ``pt-BR``)."""
    return canonical_code(code).replace("_", "-")
