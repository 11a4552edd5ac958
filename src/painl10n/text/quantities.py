"""Numbers and their units in inline Markdown, read the way each language writes them.

The ``numbers`` check compares what this module reads on both sides of an
entry, and the merge stage's change notes read a changed source with it, so
both stages see the same doses. Only the prose of the Markdown is read. Code spans, link and image
destinations and titles, autolinks, raw HTML tags and URLs written out are
left out (code spans are compared by another check).

Numbers. A number is a run of digits, with the decimal and group separators
of the side's own language: the msgid is read in ``ctx.source_language``, the
msgstr in ``ctx.language``. The separators come from Babel
(``get_decimal_symbol``/``get_group_symbol``) and the value from Babel's
strict ``parse_decimal``, never from a table of our own, so ``0.5`` (en) equals
``0,5`` (es, fr, de) and ``1,000`` (en) equals ``1.000`` (de) or ``1 000`` (fr).
Any Unicode decimal digit counts as its ASCII value (Arabic-Indic U+0660-0669,
Eastern Arabic-Indic U+06F0-06F9); the separators of a language's other
numbering systems (Arabic U+066B decimal, U+066C group) stand for its
Latin-digit ones; bidi marks are dropped.
No-break, narrow no-break and thin spaces between groups of three digits are
group separators in every language (the SI rule); a plain space is one only
where the language groups with a space (French). A number that is not valid
in its language's notation (``1.5`` in German, ``1.000`` in French) keeps its
digits and matches only the same digits written the same wrong way. Ordinals
(``2nd``, ``2.º``, ``2e``), years, footnote labels and numbers inside words
(``COVID-19``) are numbers too. Numbers spelled out in words are not
(:func:`spelled_quantities` reads them, for the numbers check only).
Signs are ignored (``10-20`` is a range, not minus twenty).

Units. The unit is what follows the number (after spaces or a hyphen:
``5 mg``, ``5mg``, ``3-month``), or a percent sign just before it (Arabic
``٪50``). Unit words and symbols are CLDR's, through Babel: the display names
(``get_unit_name``) and the plural forms (``format_unit``, one number per
plural category) of mass, volume, length, area, duration, percent, permille,
temperature and energy units, in every regional variant of the language, long,
short and narrow, compared casefolded. The root locale's symbols (``mg``,
``μg``, ``mL``, ``kg`` …) count in every language; its duration symbols
(``h``, ``d``) only after a ``/``. Words CLDR does not list in that form
(German dative ``Monaten``) are recognised by their Snowball stem. A form
that names two units (English ``m``: minute, month, metre) is dropped; so is
a one-letter form that is not the root locale's symbol for the same unit
(Spanish ``a`` for years is also the word "to"). Compound units join units
with ``/`` or CLDR's "per" word (``mg/kg``, ``mg por kg``, ``mg/kg/día``,
``mg al día``). Not in CLDR, hence listed here: ``mcg`` (microgram) and the
international unit (IU, UI, IE, وحدة دولية); the forms each language's drug
labels write (Arabic ``ملغ``, ``مل``; French ``années``; German ``J.``;
"units") are listed in :mod:`.unit_abbreviations`. An hour symbol followed by
minutes (French ``8 h 30``) is a time of day, not a unit.

Ranges. A number without a unit takes the unit of the next number when only
a dash or one short word (not ``x``) stands between them, so ranges compare
alike however they are written (``10-20 mg`` with a hyphen or a dash,
``10 to 20 mg``, ``de 10 à 20 mg``, ``10 bis 20 mg``, ``بين 10 و20``); a
number after ``٪10`` in a range takes its percent sign.

Comparison. The numbers of both sides are compared as multisets of
(value, unit); each difference is one message naming the number and its unit:
a number missing (with what was found instead), a unit changed, an extra
number. Units must be equal, except that a time denominator written on one
side only passes (``5 mg/day`` and ``5 mg täglich``: a frequency in words is
prose); ``mg/kg`` against ``mg`` or ``mg/day`` against ``mg/h`` does not.
A number that matches but is written with a trailing zero (``1,0 mg``) or
without a leading zero (``,5 mg``) when the source did not write it that way
is an error too: both are classic tenfold-dose misreadings.

Numbers in words are read apart, by :func:`spelled_quantities`
(:mod:`.number_words`): the numbers check lets them stand for digits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal, localcontext
from functools import cache, cached_property, lru_cache
from typing import Literal, Protocol

import snowballstemmer
from babel import Locale, localedata
from babel.numbers import (
    NumberFormatError,
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)
from babel.units import format_compound_unit, format_unit, get_unit_name
from markdown_it.token import Token

from ..languages import english_name, parse_language
from .inline_markdown import REFERENCE, parse_inline
from .number_words import dual_units, spelled_numbers
from .prose import INLINE_SYNTAX
from .unit_abbreviations import language_units

# CLDR units a patient-facing medical text may write after a number. Length
# units are here so that a form they share with a duration (``m``) is known
# to be ambiguous.
_UNITS = (
    "mass-kilogram",
    "mass-gram",
    "mass-milligram",
    "mass-microgram",
    "volume-liter",
    "volume-deciliter",
    "volume-milliliter",
    "length-kilometer",
    "length-meter",
    "length-centimeter",
    "length-millimeter",
    "area-square-meter",
    "duration-year",
    "duration-month",
    "duration-week",
    "duration-day",
    "duration-hour",
    "duration-minute",
    "duration-second",
    "concentr-percent",
    "concentr-permille",
    "temperature-celsius",
    "energy-kilocalorie",
)
_PERCENT_UNITS = frozenset({"concentr-percent", "concentr-permille"})
# Dose units CLDR does not have, in every language (case-insensitive).
_EXTRA_UNITS = {
    "mcg": "mass-microgram",
    "IU": "international-unit",
    "UI": "international-unit",
    "IE": "international-unit",
    "وحدة دولية": "international-unit",
}
# Denominators used to find CLDR's "per" word ("{0} per {1}") in a language.
_PER_PROBES = ("mass-kilogram", "volume-milliliter", "duration-day")
_LENGTHS: tuple[Literal["long", "short", "narrow"], ...] = ("long", "short", "narrow")
_SPACES = "\u00a0\u202f\u2009"  # no-break, narrow no-break, thin: group separators
_BIDI = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], None
)
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_URL = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)\S+|[^\s<>@]+@[^\s<>@]+\.\w+")
# Reference labels ``[text][label]`` and footnote references ``[^label]`` (the
# entry has no definitions, so they stay text): names, not numbers of the prose.
# A label after a bracket ("[text][label]") or a footnote reference ("[^1]"); the
# bracket is written first and the look-behind after it (a search skips from bracket
# to bracket; equal to the look-behind-first pattern: tests/checks/test_check_speedups.py).
_LABEL = re.compile(r"\[(?:(?<=\]\[)[^\[\]]*\]|\^[^\[\]\s]+\])")
_WORD = re.compile(r"[^\W\d_]+")
_UNIT_GAP = re.compile(r"[-\u2010\u2011](?=[^\W\d_])|\s*")
# Between the two ends of a range: a dash, or one short word ("to", "a", "bis", "إلى", "و"),
# but not "x" ("2 x 500 mg" is two doses of 500 mg).
_RANGE_GAP = re.compile(r"\s*(?:[-\u2010-\u2015~]|(?![xX]\b)[^\W\d_]{1,5})\s*")
_MINUTES = re.compile(r"[ \u00a0\u202f]?[0-5]\d(?!\d)")
UNIT_SEPARATORS = " -\u2010\u2011" + _SPACES
_CODE = "\0"  # stands for a code span: no number or unit runs across it
_WHITE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_UNKNOWN = "\0unknown"  # not looked up yet (None is an answer)


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...


# --- prose ------------------------------------------------------------------


def prose(markdown: str) -> str:
    """The text a reader sees in inline Markdown, without code, URLs, tags or labels.

    Read from the shared parse (:mod:`.inline_markdown`), written as if reference
    links and footnotes were plain text: ``[text][label]`` and ``[text]`` as ``[text]``,
    ``![alt][label]`` as ``![alt]``, ``^[note]`` as ``^[note]``; labels after a
    bracket and footnote references (``[^1]``) are then dropped.
    """
    if INLINE_SYNTAX.search(markdown):
        parsed = parse_inline(markdown)
        parts: list[str] = []
        _collect(parsed.tokens, parts, parsed.notes)
        markdown = "".join(parts)
    if "://" in markdown or "www." in markdown or "@" in markdown:  # what _URL needs
        markdown = _URL.sub(" ", markdown)
    return _LABEL.sub("", markdown) if "[" in markdown else markdown


def _collect(children: Iterable[Token], parts: list[str], notes: dict[int, list[Token]]) -> None:
    in_autolink = False
    references: list[bool] = []  # per open link: a reference link (written in brackets)
    for child in children:
        kind = child.type
        if kind in ("link_open", "link_close") and child.markup == "autolink":
            in_autolink = kind == "link_open"
        elif in_autolink:
            continue
        elif kind == "text":
            parts.append(child.content)
        elif kind == "link_open":
            references.append(_by_reference(child, "href"))
            if references[-1]:
                parts.append("[")
        elif kind == "link_close":
            if references and references.pop():
                parts.append("]")
        elif kind == "image":
            bracketed = _by_reference(child, "src")
            parts.append("![" if bracketed else "")
            _collect(child.children or [], parts, notes)
            parts.append("]" if bracketed else "")
        elif kind == "code_inline":
            parts.append(_CODE)
        elif kind in ("softbreak", "hardbreak", "html_inline"):
            parts.append(" ")
        elif kind == "footnote_ref" and "label" in child.meta:
            parts.append(f"[^{child.meta['label']}]")  # as written: _LABEL drops it
        elif kind == "footnote_ref":  # an inline footnote
            parts.append("^[")
            _collect(notes.get(child.meta["id"], []), parts, notes)
            parts.append("]")


def _by_reference(token: Token, attribute: str) -> bool:
    target = token.attrGet(attribute)
    return isinstance(target, str) and target.startswith(REFERENCE)


# --- notation ---------------------------------------------------------------


@dataclass(frozen=True, eq=False)  # one per language (notation_of): hashed by identity
class Notation:
    """How one language writes numbers, from Babel."""

    locale: Locale
    name: str  # English name, for messages
    decimal: str
    group: str
    spaces: str  # characters that stand for the group separator
    number: re.Pattern[str]
    folding: dict[int, str]  # other numbering systems' separators → Latin ones
    # bidi marks dropped and the folding, in one table (their characters differ, and
    # a mark wins as when it was dropped first): one translation of the text, not two
    normalizing: dict[int, str | None]


@cache
def notation_of(language: str) -> Notation:
    locale = parse_language(language)
    decimal = get_decimal_symbol(locale)
    group = get_group_symbol(locale)
    spaces = _SPACES + (" " + group if group.isspace() else "")
    # "." and "," always, to catch a number written in another language's notation.
    marks = re.escape("".join(sorted({".", ",", decimal, group} - set(spaces))))
    # (?<![\d{marks}])[{marks}]?\d+, written as its first character (a mark or a digit)
    # and then the look-behind, so the regex engine scans to the next candidate in C
    # instead of trying the look-behind at every position: the same matches.
    first = rf"[\d{marks}](?<![\d{marks}][\d{marks}])(?:(?<=\d)\d*|\d+)"
    number = re.compile(rf"{first}(?:[{marks}]\d+|[{spaces}]\d{{3}}(?!\d))*")
    folding = _folding(locale)
    return Notation(
        locale,
        english_name(language),
        decimal,
        group,
        spaces,
        number,
        folding,
        {**folding, **_BIDI},
    )


def _folding(locale: Locale) -> dict[int, str]:
    latin = {"decimal": get_decimal_symbol(locale), "group": get_group_symbol(locale)}
    folding: dict[int, str] = {}
    for system, symbols in locale.number_symbols.items():
        for kind, target in latin.items():
            symbol = symbols.get(kind) if system != "latn" else None
            if symbol and len(symbol) == 1 and not symbol.isascii() and not symbol.isspace():
                folding[ord(symbol)] = target
    return folding


def _normalize(text: str, notation: Notation) -> str:
    """ASCII digits, Latin-digit separators, no bidi marks."""
    if text.isascii():  # bidi marks, other digits and separators to fold are not ASCII
        return text
    text = text.translate(notation.normalizing)
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m[0])), text)


def plain_number(value: Decimal) -> str:
    """The value in plain digits, without trailing zeros (however many digits it has)."""
    with localcontext() as context:
        context.prec = max(context.prec, len(value.as_tuple().digits) + 2)
        return format(value.normalize(), "f")


# --- units ------------------------------------------------------------------


@dataclass(frozen=True)
class _Units:
    """One language's unit forms: exact (casefolded) and by stem."""

    forms: dict[str, str]  # casefolded form → unit id
    pattern: re.Pattern[str]  # any form, longest first, whole word
    stems: dict[str, str]  # Snowball stem of a word form → unit id
    per: re.Pattern[str]  # "/" or the language's "per" word between two units
    stemmer: _Stemmer | None
    # After "/" the root locale's duration symbols count too ("mg/h", "mg/kg/d").
    slash_forms: dict[str, str]
    slash_pattern: re.Pattern[str]
    # casefolded word → the unit its stem names (None: none); words after numbers
    # repeat ("days", "weeks", "patients"), and stemming is most of reading a unit
    _by_stem: dict[str, str | None] = field(default_factory=dict, compare=False)

    def unit_of_word(self, folded: str) -> str | None:
        """The unit a casefolded word of three letters or more names by its stem."""
        if self.stemmer is None:
            return None
        unit = self._by_stem.get(folded, _UNKNOWN)
        if unit is _UNKNOWN:
            if len(self._by_stem) >= 65536:
                self._by_stem.clear()
            unit = self._by_stem[folded] = self.stems.get(self.stemmer.stemWord(folded))
        return unit


def _fold(form: str) -> str:
    return " ".join(form.casefold().split())


@cache
def _units(language: str) -> _Units:
    locale = parse_language(language)
    found: dict[str, set[str]] = {}
    for variant in _variants(locale):
        for unit in _UNITS:
            for form in _cldr_forms(unit, variant):
                found.setdefault(_fold(form), set()).add(unit)
    for form, unit in [*_root_symbols(), *_EXTRA_UNITS.items()]:
        found.setdefault(_fold(form), set()).add(unit)
    forms = _unambiguous(found)
    for form, unit in language_units(language).items():  # curated: kept as listed
        forms[_fold(form)] = unit
    for form, unit in _root_forms():
        found.setdefault(form, set()).add(unit)
    slash_forms = _unambiguous(found)
    stemmer = _stemmer(language)
    return _Units(
        forms,
        _alternation(forms),
        _stems(forms, stemmer),
        _per_pattern(locale),
        stemmer,
        slash_forms,
        _alternation(slash_forms),
    )


@cache
def _variants(locale: Locale) -> list[str]:
    """The locale and its regional variants in the same script, one per distinct
    set of the data unit forms come from.

    Most regional variants (``en`` has 119) inherit their unit names, number
    symbols and plural rules unchanged, and formatting every unit in each cost
    a second per process; a variant whose data equals one already kept would
    only add the same forms again.
    """
    variants = {str(locale), locale.language}
    for identifier in localedata.locale_identifiers():
        if identifier.split("_")[0] == locale.language:
            other = Locale.parse(identifier)
            if other.script == locale.script and other.variant is None:
                variants.add(identifier)
    kept: list[str] = []
    seen: list[tuple[object, ...]] = []
    for identifier in sorted(variants):
        data = _unit_form_data(identifier)
        if data not in seen:
            seen.append(data)
            kept.append(identifier)
    return kept


_UNIT_FORM_KEYS = (
    *("unit_patterns", "compound_unit_patterns", "unit_display_names"),
    *("number_symbols", "decimal_formats", "default_numbering_system"),
)


def _unit_form_data(identifier: str) -> tuple[object, ...]:
    """Everything :func:`_cldr_forms` and :func:`_per_pattern` read from a locale.

    Compared as Babel's merged plain dicts: fast, and an alias object that
    differs only by identity merely keeps one variant too many.
    """
    raw = localedata.load(identifier)
    rules = Locale.parse(identifier).plural_form.rules
    return (*(raw.get(key) for key in _UNIT_FORM_KEYS), rules)


@cache
def _samples(locale: str) -> tuple[Decimal, ...]:
    """One number per plural category of the locale."""
    rule = Locale.parse(locale).plural_form
    by_category: dict[str, Decimal] = {}
    for number in [*map(Decimal, range(112)), Decimal("0.5"), Decimal("1.5")]:
        by_category.setdefault(rule(number), number)
    return tuple(by_category.values())


@cache
def _categories(locale: str) -> tuple[str, ...]:
    """The plural categories of the locale, one per sample of :func:`_samples`."""
    rule = Locale.parse(locale).plural_form
    return tuple(rule(number) for number in _samples(locale))


def _cldr_forms(unit: str, locale: str) -> set[str]:
    """Display names and plural forms of a unit in a locale, number removed.

    Read from the CLDR patterns ``format_unit`` fills (``{0} mg``), one per
    plural category: where a category has a pattern, ``format_unit`` writes
    it with the number, so the pattern without ``{0}`` is the form, and no
    number need be formatted (hundreds per language and process). Where it
    has none, ``format_unit`` itself is asked: its fallback differs between
    Babel releases (the unit's name up to 2.18, the ``other`` pattern since
    2.19). The patterns are read as ``format_unit`` reads them (the locale's
    data, aliases resolved); data laid out otherwise by a later Babel is
    formatted instead. A test holds both ways equal on 13 locales, with the
    pinned Babel and the newest.
    """
    try:
        return _pattern_forms(unit, locale)
    except (AttributeError, KeyError, TypeError):  # Babel's data laid out otherwise
        return _formatted_forms(unit, locale)


def _pattern_forms(unit: str, locale: str) -> set[str]:
    parsed = Locale.parse(locale)
    patterns = parsed._data["unit_patterns"].get(unit)  # as format_unit reads them
    if patterns is None:  # a unit known by another id: format_unit finds it
        return _formatted_forms(unit, locale)
    names = parsed.unit_display_names.get(unit, {})
    forms: set[str] = set()
    for length in _LENGTHS:
        forms.add(names.get(length) or "")
        by_category = patterns.get(length, {})
        for number, category in zip(_samples(locale), _categories(locale), strict=True):
            pattern = by_category.get(category)
            if pattern is None:
                forms.add(_formatted(number, unit, length, locale))
            else:
                forms.add(pattern.replace("{0}", "", 1))
    return _kept_forms(unit, forms)


def _formatted_forms(unit: str, locale: str) -> set[str]:
    """:func:`_cldr_forms` by formatting a number of each plural category."""
    forms: set[str] = set()
    for length in _LENGTHS:
        forms.add(get_unit_name(unit, length=length, locale=locale) or "")
        for number in _samples(locale):
            forms.add(_formatted(number, unit, length, locale))
    return _kept_forms(unit, forms)


def _formatted(
    number: Decimal, unit: str, length: Literal["long", "short", "narrow"], locale: str
) -> str:
    """``format_unit``'s text for ``number``, the number taken out."""
    written = format_unit(number, unit, length=length, locale=locale) or ""
    return written.replace(format_decimal(number, locale=locale), "", 1)


def _kept_forms(unit: str, forms: Iterable[str]) -> set[str]:
    """The forms that can name the unit in a text: cleaned, without the unit's id or a
    digit."""
    return {
        clean
        for form in forms
        if (clean := _clean(form)) and unit not in clean and _no_digit(clean)
    }


def _clean(form: str) -> str:
    return form.translate(_BIDI).strip(" " + _SPACES)


def _no_digit(form: str) -> bool:
    return not any(char.isdigit() for char in form)


@cache
def _root_forms() -> frozenset[tuple[str, str]]:
    """The root locale's (casefolded form, unit) pairs: international symbols."""
    pairs: set[tuple[str, str]] = set()
    for unit in _UNITS:
        for length in ("short", "narrow"):
            written = format_unit(Decimal(2), unit, length=length, locale="root") or ""
            form = _clean(written.replace("2", "", 1))
            if form and unit not in form:
                pairs.add((_fold(form), unit))
    return frozenset(pairs)


def _root_symbols() -> list[tuple[str, str]]:
    """Root symbols every language shares: all but durations (``d``, ``y`` …)."""
    return [(form, unit) for form, unit in _root_forms() if not unit.startswith("duration-")]


def _unambiguous(found: dict[str, set[str]]) -> dict[str, str]:
    """Forms that name one unit only, and are not mistaken for a word."""
    forms: dict[str, str] = {}
    for form, units in found.items():
        if len(units) != 1:
            continue
        (unit,) = units
        bare = form.rstrip(".")
        if bare != form and found.get(bare, units) != units:
            continue  # "mm." (Spanish months) is also "mm" at the end of a sentence
        if len(bare) == 1 and bare.isalpha() and (bare, unit) not in _root_forms():
            continue  # a one-letter word such as Spanish "a" (to) or Arabic "م"
        forms[form] = unit
        if bare != form and len(bare) > 1:
            forms.setdefault(bare, unit)  # "Std." is also written "Std"
    return forms


def _alternation(forms: Iterable[str]) -> re.Pattern[str]:
    """Any of the forms, longest first, as a whole word, in any case. A form that ends
    in a sign may be followed by letters: German "0,1%ige Creme" is 0.1 %."""
    written = sorted(
        ((r"\s+".join(map(re.escape, form.split())), form) for form in forms),
        key=lambda part: len(part[0]),
        reverse=True,
    )
    parts = [part + r"(?![^\W_])" if _WORD_END.search(form) else part for part, form in written]
    return re.compile(f"(?:{'|'.join(parts)})", re.IGNORECASE)


_WORD_END = re.compile(r"[^\W_]\Z")


def _stemmer(language: str) -> _Stemmer | None:
    """Snowball's stemmer for a language, found by its English name in Babel."""
    locale = parse_language(language)
    available = set(snowballstemmer.algorithms())
    for name in (english_name(language), english_name(locale.language)):
        for candidate in (name.lower(), *name.lower().split()[:1]):
            if candidate in available:
                stemmer: _Stemmer = snowballstemmer.stemmer(candidate)
                return stemmer
    return None


def _stems(forms: dict[str, str], stemmer: _Stemmer | None) -> dict[str, str]:
    if stemmer is None:
        return {}
    found: dict[str, set[str]] = {}
    for form, unit in forms.items():
        if _WORD.fullmatch(form) and len(form) >= 3:
            found.setdefault(stemmer.stemWord(form), set()).add(unit)
    return {stem: next(iter(units)) for stem, units in found.items() if len(units) == 1}


def _per_pattern(locale: Locale) -> re.Pattern[str]:
    """``/`` or CLDR's long "per" word (``per``, ``por``, ``pro``, ``لكل`` …)."""
    words: set[str] = set()
    for variant in _variants(locale):
        head = format_unit(1, "mass-milligram", length="long", locale=variant) or ""
        for denominator in _PER_PROBES:
            written = format_compound_unit(
                1, "mass-milligram", denominator_unit=denominator, length="long", locale=variant
            )
            rest = (written or "")[len(head) :].split() if (written or "").startswith(head) else []
            if len(rest) >= 2 and _WORD.fullmatch(rest[0]):
                words.add(rest[0])
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\s*/\s*|\s+(?:{alternatives})\s+", re.IGNORECASE)


def _unit_at(text: str, start: int, units: _Units, slash: bool = False) -> tuple[str, int] | None:
    """A single unit written at ``start`` (after a ``/`` if ``slash``), and where it ends."""
    forms, pattern = (
        (units.slash_forms, units.slash_pattern) if slash else (units.forms, units.pattern)
    )
    match = pattern.match(text, start)
    if match:
        return forms[_fold(match[0])], match.end()
    word = _WORD.match(text, start)
    if word and len(word[0]) >= 3:
        unit = units.unit_of_word(word[0].casefold())
        if unit:
            return unit, word.end()
    return None


def _unit_after(text: str, end: int, units: _Units) -> tuple[str, int] | None:
    """The (compound) unit following a number that ends at ``end``."""
    gap = _UNIT_GAP.match(text, end)
    first = _unit_at(text, gap.end() if gap else end, units)
    if first is None:
        return None
    names, stop = [first[0]], first[1]
    while (per := units.per.match(text, stop)) and (
        more := _unit_at(text, per.end(), units, slash="/" in per[0])
    ):
        names.append(more[0])
        stop = more[1]
    return "/".join(names), stop


def unit_word(word: str, language: str) -> str | None:
    """The CLDR unit a single word or symbol names in ``language`` (``mg``, ``weeks``).

    Used alone, outside a quantity; so one-letter forms (``g``, ``s``) do not
    count: standing alone they are initials or letters of an abbreviation.
    """
    units = _units(language)
    folded = _fold(word)
    if len(folded) < 2 and folded.isalpha():
        return None
    if folded in units.forms:
        return units.forms[folded]
    if len(folded) >= 3 and _WORD.fullmatch(folded):
        return units.unit_of_word(folded)
    return None


def _unit_before(text: str, start: int, units: _Units) -> tuple[str, str] | None:
    """A percent sign written before the number (Arabic ``٪50``), and the sign."""
    at = start - 1 if start and text[start - 1] == " " else start
    if at == 0:
        return None
    sign = text[at - 1]
    unit = units.forms.get(sign)
    before = text[at - 2] if at >= 2 else ""
    if unit in _PERCENT_UNITS and not before.isdigit():
        return unit, sign
    return None


# --- quantities -------------------------------------------------------------


@dataclass(frozen=True)
class Quantity:
    """A number as written on one side, with its unit."""

    number: str  # the digits and separators as written (digits in ASCII)
    value: Decimal | None  # None: not a number in the language's notation
    unit: str | None  # CLDR unit id, compound units joined by "/"
    unit_text: str  # the unit as written after the number, with what separates them
    start: int
    end: int  # end of the number (not of the unit)
    naked: bool = False  # ".5": no leading zero
    trailing_zero: bool = False  # "1.0": a zero ending the decimals
    prefix: str = ""  # a percent sign written before the number ("٪50")
    spelled: bool = False  # written in words ("tres", "أسبوعين"): see spelled_quantities
    # The name a unit-less number with a mark is written after ("Apache 2.0", "v1.5",
    # "Python 3.11"): a version, which a translation keeps as written (see numbers).
    name: str = ""

    @cached_property
    def key(self) -> tuple[object, str | None]:
        """What must be equal on both sides: the value (or digits) and the unit."""
        digits = tuple(_DIGITS.findall(self.number))
        return (digits if self.value is None else self.value, self.unit)

    @property
    def text(self) -> str:
        return self.prefix + self.number + self.unit_text


def quantities(markdown: str, language: str) -> list[Quantity]:
    """The numbers of an inline Markdown text written in ``language``."""
    if "&" not in markdown and not _DIGIT.search(markdown):
        return []  # reading the prose only drops text and decodes entities (&#xAEA; is 4)
    return list(read_quantities(markdown, language))


@lru_cache(maxsize=4096)
def read_quantities(markdown: str, language: str) -> tuple[Quantity, ...]:
    """:func:`quantities`, remembered: the runner checks an article's languages one
    after the other, and several checks of an entry read the same texts."""
    if "&" not in markdown and not _DIGIT.search(markdown):
        return ()
    notation = notation_of(language)
    units = _units(language)
    text = reading_text(markdown, language)
    found = [_quantity(match, text, notation, units) for match in notation.number.finditer(text)]
    return tuple(_spread_range_units(found, text))


@lru_cache(maxsize=4096)
def reading_text(markdown: str, language: str) -> str:
    """The prose of ``markdown`` as :func:`quantities` reads it (ASCII digits, no bidi
    marks): the offsets of its quantities are offsets in this text."""
    return _normalize(prose(markdown), notation_of(language))


def spelled_quantities(markdown: str, language: str) -> list[Quantity]:
    """The numbers of an inline Markdown text written in words (``tres dosis``,
    ``أسبوعين``), with the unit that follows them, from :mod:`.number_words`.

    Kept apart from :func:`quantities`: a number word is never required (``one``
    is also a pronoun, ``un`` an article), it only stands in for a number the
    other side writes in digits.
    """
    units = _units(language)
    text = reading_text(markdown, language)
    found: list[Quantity] = []
    for value, start, end, unit in spelled_numbers(text, language, dual_units(language, _UNITS)):
        unit_text = ""
        if unit is None and (after := _unit_after(text, end, units)) is not None:
            unit, unit_text = after[0], text[end : after[1]]
        number = text[start:end]
        found.append(Quantity(number, Decimal(value), unit, unit_text, start, end, spelled=True))
    return found


def _quantity(match: re.Match[str], text: str, notation: Notation, units: _Units) -> Quantity:
    number = match[0]
    value, naked, trailing_zero = _parse(number, notation)
    unit: str | None = None
    prefix = unit_text = name = ""
    start, end = match.span()
    # A number glued to a name ("Cli4d", "mp3"): the letters after it are the name's too.
    in_name = start > 0 and text[start - 1] in _LATIN_LETTERS
    if not in_name and (before := _unit_before(text, start, units)) is not None:
        unit, prefix = before
    elif (
        not in_name
        and (after := _unit_after(text, end, units)) is not None
        and not _clock(after, text)
    ):
        unit, unit_text = after[0], text[end : after[1]]
    if unit is None and not number.isdigit():
        found = _NAME_BEFORE.search(text, max(0, start - 40), start)
        name = found[1] if found else ""
    return Quantity(number, value, unit, unit_text, start, end, naked, trailing_zero, prefix,
                    name=name)  # fmt: skip


_LATIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# A name just before a number: a capitalized word, one space or none between
# ("Apache 2.0", "Python3.11"), or a "v" ("v2.0").
_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][A-Za-z+-]*[A-Za-z+]|v|V)[ \u00a0]?\Z")


def _clock(unit: tuple[str, int], text: str) -> bool:
    """``8 h 30``, ``8h30``: a time of day (``8:30``), not a number of hours."""
    return unit[0] == "duration-hour" and _MINUTES.match(text, unit[1]) is not None


@lru_cache(maxsize=8192)
def _parse(number: str, notation: Notation) -> tuple[Decimal | None, bool, bool]:
    """Value, no-leading-zero and trailing-zero flags, in the language's notation
    (remembered: the same numbers recur, and Babel's strict reading is slow)."""
    written = re.sub(f"[{notation.spaces}]", notation.group, number)
    allowed = {notation.decimal, notation.group}
    if any(not char.isdigit() and char not in allowed for char in written):
        return None, False, False
    if written[0] == notation.group:
        return None, False, False
    try:
        with localcontext() as context:  # every digit counts: 28 (the default) is not enough
            context.prec = max(context.prec, len(written) + 2)
            value = parse_decimal(written, locale=notation.locale, strict=True)
    except NumberFormatError:
        return None, False, False
    decimals = written.partition(notation.decimal)[2]
    return value, written[0] == notation.decimal, decimals.endswith("0")


def _spread_range_units(found: list[Quantity], text: str) -> list[Quantity]:
    """A range's unit, written once, belongs to both ends.

    ``10-20 mg``, ``10 to 20 mg``: the first number takes the second's unit;
    ``٪10 إلى 20`` (a percent sign before the number): the second takes the first's.
    """
    spread = list(found)
    for index in range(len(spread) - 2, -1, -1):
        first, second = spread[index], spread[index + 1]
        if not _RANGE_GAP.fullmatch(text, first.end, second.start - len(second.prefix)):
            continue
        if first.unit is None and second.unit is not None and not second.prefix:
            unit_text = " " + second.unit_text.strip(UNIT_SEPARATORS)
            spread[index] = replace(first, unit=second.unit, unit_text=unit_text)
        elif second.unit is None and first.prefix:
            spread[index + 1] = replace(second, unit=first.unit, prefix=first.prefix)
    return spread


# --- number-unit gaps in plain text -------------------------------------------


def _masked(text: str, notation: Notation) -> str:
    """``text`` as the number pattern reads it, offset for offset: URLs and bidi marks
    masked, other scripts' digits as ASCII ones, the language's separators folded."""
    masked = _URL.sub(lambda m: _CODE * len(m[0]), text)
    masked = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m[0])), masked)
    return masked.translate({**dict.fromkeys(_BIDI, _CODE), **notation.folding})


def unit_gaps(text: str, language: str) -> list[tuple[int, int, str]]:
    """Where plain ``text`` (not Markdown) has white space between a number and its
    unit, as ``(start, end, unit id)`` in ``text``'s own offsets.

    The site keeps a number and its unit on one line with a no-break space
    there; the units are the ones the ``numbers`` check reads. URLs written
    out are left alone, and a bidi mark stops a number (offsets must not move).
    """
    if not _DIGIT.search(text):
        return []
    notation = notation_of(language)
    units = _units(language)
    masked = _masked(text, notation)
    found: list[tuple[int, int, str]] = []
    for match in notation.number.finditer(masked):
        gap = _WHITE.match(masked, match.end())
        if gap is None:
            continue
        after = _unit_after(masked, match.end(), units)
        if after is not None and not _clock(after, masked):
            found.append((gap.start(), gap.end(), after[0]))
    return found


def number_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a number, with the unit after it, as ``(start, end)`` in
    ``text``'s own offsets: the numbers this module reads, for a reviewer's highlight.

    Read as :func:`unit_gaps` reads (the number pattern and units of the
    language, URLs left out); a bidi mark stops a number, so no offset moves.
    """
    if not _DIGIT.search(text):
        return []
    notation = notation_of(language)
    units = _units(language)
    masked = _masked(text, notation)
    found: list[tuple[int, int]] = []
    for match in notation.number.finditer(masked):
        end = match.end()
        after = _unit_after(masked, end, units)
        if after is not None and not _clock(after, masked):
            end = after[1]
        found.append((match.start(), end))
    return found
