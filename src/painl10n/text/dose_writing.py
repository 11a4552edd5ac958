"""Error-prone ways of writing a dose, found in one side's prose.

Each finder reads the text :func:`painl10n.text.quantities.reading_text`
gives (code, URLs and markup left out; digits in ASCII) and returns the
:class:`Spot` of every writing ISMP's List of Error-Prone Abbreviations,
Symbols, and Dose Designations warns against, by item (:data:`ITEMS`). The
``dose-style`` check compares the spots of a source and its translation;
which item is an error and why is said there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from babel.units import format_unit

from ..languages import parse_language
from .quantities import UNIT_SEPARATORS, Quantity, notation_of, read_quantities, reading_text

# Units a dose is measured in: a number run into one of these, or written large
# without group separators, is the misreading ISMP reports.
DOSE_UNITS = ("mass-", "volume-", "unit", "international-unit")
MICRO = ("\u00b5", "\u03bc")  # MICRO SIGN and GREEK SMALL LETTER MU: both are written


@dataclass(frozen=True)
class Spot:
    """One error-prone writing: its ISMP item and the text as written."""

    item: str
    text: str


# After a number, with or without a space: "4U", "4 U", "10 UI", "10 I.E.", "5 cc".
# A number starts with a digit not after a digit, "." or ",": written as a first
# digit and then the look behind it (not the look-behind first), so the regex engine
# skips to the next digit instead of trying every position of the text.
_AFTER_NUMBER = r"\d(?<![\d.,]\d)\d*(?:[.,]\d+)*[ \u00a0\u202f]?"
_DIGIT = re.compile(r"\d")  # any script's decimal digit: reading_text makes them ASCII
_END = r"(?![^\W_])"  # the abbreviation is a whole word (the next char is no letter)
_UNIT_LETTER = re.compile(_AFTER_NUMBER + r"(?P<abbr>U)" + _END)
# German "4 u. 5" (und) and "u. a." are words, not units.
_UNIT_LETTER_LOWER = re.compile(_AFTER_NUMBER + r"(?P<abbr>u)" + _END + r"(?!\.\s?(?:\d|\w\.))")
_INTERNATIONAL = re.compile(
    _AFTER_NUMBER + r"(?P<abbr>I\.\s?U\.|I\.\s?E\.|U\.\s?I\.|IU|UI|IE|و\.\s?د\.?)" + r"(?![^\W_])"
)
_CC = re.compile(_AFTER_NUMBER + r"(?P<abbr>c\.\s?c\.|cc|CC)" + _END)
# Latin frequency abbreviations: q.d./QD (daily, read as q.i.d.), q.o.d./QOD, q1d,
# TIW (read as twice a week), o.d. (once daily, read as right eye), h.s./HS/hs
# (hs not after a number: Spanish "8 hs" is eight hours).
# Each abbreviation's first letter is matched first and the look-behinds after it
# (the first letter again among them), so a search skips from candidate letter to
# candidate letter instead of trying a look-behind at every character (equal to the
# look-behind-first pattern: tests/checks/test_check_speedups.py).
_FREQUENCY = re.compile(
    r"(?P<abbr>[qQtToOhH](?<![^\W_].)"
    r"(?:(?<=q)\.\s?d\.|(?<=q)\.\s?o\.\s?d\.|(?<=[Qq])[Oo]?[Dd]|(?<=q)1d|(?<=[Tt])[Ii][Ww]"
    r"|(?<=o)\.\s?d\.|(?<=h)\.\s?s\.|(?<=H)S|(?<=h)(?<!\d.)(?<!\d[ \u00a0].)s))(?![^\W_])"
)
_COMPARISON = re.compile(r"(?P<abbr>[<>≤≥])[ \u00a0\u202f]?\d")
_COMPARISON_SIGN = re.compile(r"[<>≤≥]")
_MICROGRAM = re.compile(
    _AFTER_NUMBER + rf"(?P<abbr>[{''.join(MICRO)}]g|mcg|ug)" + _END, re.IGNORECASE
)

ITEMS = (
    "unit-abbreviated",
    "international-unit",
    "cc",
    "latin-frequency",
    "microgram",
    "run-together",
    "no-group-separator",
    "comparison-symbol",
)


def spots(markdown: str, language: str) -> list[Spot]:
    """Every error-prone writing of a dose in one side's inline Markdown."""
    digits = "&" in markdown or _DIGIT.search(markdown) is not None
    if not digits and not _FREQUENCY.search(markdown):
        return []  # no number, no frequency abbreviation: nothing to read
    text = reading_text(markdown, language)
    found: list[Spot] = []
    base = parse_language(language).language
    # Each pattern is run only when a letter or sign every match of it holds is there.
    if "U" in text:
        found += [Spot("unit-abbreviated", _written(m)) for m in _UNIT_LETTER.finditer(text)]
    if base != "es" and "u" in text:  # es "7 u 8" is "7 or 8"
        found += [Spot("unit-abbreviated", _written(m)) for m in _UNIT_LETTER_LOWER.finditer(text)]
    if "I" in text or "U" in text or "\u0648" in text:
        found += [Spot("international-unit", _written(m)) for m in _INTERNATIONAL.finditer(text)]
    if "c" in text or "C" in text:
        found += [Spot("cc", _written(m)) for m in _CC.finditer(text)]
    found += [Spot("latin-frequency", m["abbr"]) for m in _FREQUENCY.finditer(text)]
    if _COMPARISON_SIGN.search(text):
        found += [Spot("comparison-symbol", m["abbr"]) for m in _COMPARISON.finditer(text)]
    if "g" in text or "G" in text:
        found += [Spot("microgram", _micro(m["abbr"])) for m in _MICROGRAM.finditer(text)]
    read = read_quantities(markdown, language)
    found += [Spot("run-together", q.text) for q in read if _run_together(q)]
    found += [Spot("no-group-separator", q.text) for q in read if _ungrouped(q, language)]
    return found


def _written(match: re.Match[str]) -> str:
    """The number and its abbreviation as written (``4 U``)."""
    return match[0].strip()


def _micro(form: str) -> str:
    """µ (micro sign) and μ (Greek mu) are one symbol; case does not matter."""
    return form.replace(MICRO[0], MICRO[1]).casefold()


def _is_dose(quantity: Quantity) -> bool:
    unit = quantity.unit or ""
    return not quantity.spelled and unit.split("/")[0].startswith(DOSE_UNITS)


def _run_together(quantity: Quantity) -> bool:
    """``10mg``: the unit starts right after the last digit."""
    return (
        _is_dose(quantity)
        and bool(quantity.unit_text)
        and quantity.unit_text[0] not in (UNIT_SEPARATORS)
    )


# ISMP's examples are 100000 and 1000000 units. Four-digit numbers are left alone:
# Spanish (RAE) and French typography write "1000" without a separator.
UNGROUPED_FROM = Decimal(10_000)


def _ungrouped(quantity: Quantity, language: str) -> bool:
    """A dose of 10,000 or more written as a plain run of digits (``100000 UI``)."""
    if not _is_dose(quantity) or quantity.value is None or quantity.value < UNGROUPED_FROM:
        return False
    integer = quantity.number.split(notation_of(language).decimal)[0]
    return integer.isdigit()


@cache
def cldr_microgram(language: str) -> str:
    """CLDR's short symbol for micrograms in ``language`` (``μg``; Arabic ``مكغم``)."""
    written = format_unit(2, "mass-microgram", length="short", locale=parse_language(language))
    return _micro((written or "μg").replace("2", "", 1).strip(" \u00a0\u202f"))
