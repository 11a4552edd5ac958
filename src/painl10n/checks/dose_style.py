"""The ``dose-style`` and ``dose-readability`` checks: no error-prone dose writing in a translation.

The Institute for Safe Medication Practices (ISMP) keeps a *List of
Error-Prone Abbreviations, Symbols, and Dose Designations*: writings reported
through its medication error reporting program as misread in harmful errors.
A translation must not bring one in where its source avoided it: each item
below is reported when the translation writes it more often than the source
(the source's own are the author's to fix). The items are found by
:mod:`painl10n.text.dose_writing`; the ISMP line each rests on is quoted
(the list's wording, 2021 and 2024 editions, abridged):

Errors (``dose-style``), a misreading that changes the dose or the frequency:

``unit-abbreviated``
    "U or u — unit — mistaken as the number 0 or 4 (4U seen as 40) or as
    cc; use units". A ``U`` after a number; a lowercase ``u`` too, except in
    Spanish, where ``7 u 8`` is "7 or 8".
``international-unit``
    "IU — international unit — mistaken as IV (intravenous) or the number 10;
    use units". ``IU``, ``I.U.``, and the same abbreviation in the
    translation's language (``UI`` in es/fr, ``I.E.``/``IE`` in de, ``و.د``
    in ar): write the words (unidades internacionales, unités internationales,
    Internationale Einheiten, وحدة دولية).
``cc``
    "cc — cubic centimeters — mistaken as u (units); use mL". ``cc`` and
    ``c.c.`` after a number.
``latin-frequency``
    "q.d. or QD — every day — mistaken as q.i.d.; q.o.d. or QOD — every other
    day; q1d; TIW — 3 times a week — mistaken as 3 times a day or twice a week;
    o.d. — once daily — mistaken as right eye; HS/hs — half-strength or
    bedtime — mistaken for each other": write the frequency in words.
``microgram``
    "µg — microgram — mistaken as mg; use mcg". ``ug`` (a µ typed as u) is
    an error in every language (unless the source writes it too, like every
    item). ``µg`` is an error where the language's symbol for micrograms is
    ``mcg`` (the ``microgram_symbol`` setting; ISMP's
    US convention, ``{ en = "mcg" }``); by default each language writes CLDR's
    symbol, ``µg`` in es, fr, de (the EU's SI usage) and ``مكغم`` in Arabic.

Warnings (``dose-readability``), the value stays right but is easy to misread:

``run-together``
    "Numerical dose and unit of measure run together (10mg, 100mL) — the m is
    mistaken as a zero or two zeros; place adequate space between the dose and
    the unit". Dose units only (mass, volume, units); ``10%`` and ``3-month``
    are not doses.
``no-group-separator``
    "Large doses without properly placed commas (100000 units; 1000000 units)
    — mistaken as 10,000 or 1,000,000; use commas for dosing units at or above
    1,000, or words (100 thousand)". The language's own group separator
    counts (``100.000`` in es and de, ``100 000`` in fr); doses from 10,000
    up, because Spanish (RAE) and French typography write four digits unbroken.
``comparison-symbol``
    "> and < — greater than, less than — mistaken as the opposite; use greater
    than or less than": write the words (más de, plus de, über, أكثر من).
``microgram`` (locale form)
    ``mcg`` where the language writes ``µg`` (or the reverse, when not an error
    above): not an ISMP item, the locale convention the issue asks for: a
    reader meets the symbol of their own labels.

Not here, because :mod:`painl10n.checks.numbers` reports them as errors when
the source does not write them: "trailing zero after decimal point (1.0 mg)
— mistaken as 10 mg", "naked decimal point (.5 mg) — mistaken as 5 mg", and
a decimal point where the language's decimal separator is a comma (German
``1.5 mg``: a group separator there, so not a number; ``1.500`` reads as one
thousand five hundred).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import polib
from babel.numbers import format_decimal

from ..languages import english_name, parse_language
from ..text.dose_writing import Spot, cldr_microgram, spots
from ..text.quantities import quantities
from .base import EntryCheck, EntryContext

_ERRORS = {
    "unit-abbreviated": (
        "abbreviates 'units' as U, which is misread as a 0 or a 4 (4U as 40; ISMP): write the word"
    ),
    "international-unit": (
        "abbreviates 'international units', which is misread as IV or 10 (ISMP): write the words"
    ),
    "cc": "writes cc for mL, and cc is misread as u, units (ISMP): write mL",
    "latin-frequency": (
        "is a Latin frequency abbreviation, misread as another frequency (q.d. as q.i.d., "
        "four times a day; TIW as twice a week; ISMP): write the frequency in words"
    ),
}
_WARNINGS = {
    "run-together": (
        "runs the number into its unit, which is misread (the m of 10mg as a zero: 100 mg; "
        "ISMP): put a no-break space between them"
    ),
    "comparison-symbol": (
        "uses a comparison sign, and < and > are mistaken for each other (ISMP): write the words"
    ),
}


@dataclass(frozen=True)
class Verdict:
    """What one entry's translation adds: errors and warnings."""

    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def examine(source: str, target: str, src: str, tgt: str, microgram: str = "") -> Verdict:
    """The error-prone writings ``target`` adds to ``source`` (``microgram``: the
    target language's symbol for micrograms; empty for CLDR's)."""
    found = spots(target, tgt)
    if not found:
        return Verdict()
    preferred = microgram.replace("\u00b5", "\u03bc").casefold() or cldr_microgram(tgt)
    unused = list(_source_spots(source, src))
    errors: list[str] = []
    warnings: list[str] = []
    for spot in found:
        if spot.item == "microgram":
            _microgram(spot, preferred, unused, errors, warnings, tgt)
            continue
        twin = next((other for other in unused if other.item == spot.item), None)
        if twin is not None:
            unused.remove(twin)
        elif spot.item in _ERRORS:
            errors.append(f"'{spot.text}' in the translation {_ERRORS[spot.item]}")
        elif spot.item in _WARNINGS:
            warnings.append(f"'{spot.text}' in the translation {_WARNINGS[spot.item]}")
        elif spot.item == "no-group-separator":
            warnings.append(_ungrouped_message(spot, tgt))
    return Verdict(tuple(errors), tuple(warnings))


@lru_cache(maxsize=4096)
def _source_spots(source: str, language: str) -> tuple[Spot, ...]:
    """:func:`spots` of a source text, remembered: the article's next language asks again."""
    return tuple(spots(source, language))


_LATIN_MICROGRAMS = ("μg", "mcg")


def _microgram(
    spot: Spot,
    preferred: str,
    unused: list[Spot],
    errors: list[str],
    warnings: list[str],
    language: str,
) -> None:
    """``ug``, or µg where mcg is the language's symbol: an error unless the source
    writes it too; mcg where µg is (or the reverse): a warning, a locale convention."""
    form = spot.text
    if form == preferred:
        return
    twin = next((other for other in unused if other == spot), None)
    if form == "ug":
        if twin is None:
            errors.append(
                "'ug' in the translation is a microgram symbol typed without µ, and is "
                f"misread as mg (a thousandfold dose; ISMP): write {preferred} or the word"
            )
        else:
            unused.remove(twin)
        return
    if preferred not in _LATIN_MICROGRAMS:
        return  # a language with its own symbol (Arabic مكغم) also reads µg and mcg
    if form == "μg" and preferred == "mcg" and twin is None:
        errors.append(
            "'μg' in the translation is misread as mg (a thousandfold dose; ISMP): "
            f"write {preferred}, as {english_name(language)} does"
        )
    elif form != "μg" or preferred != "mcg":
        warnings.append(
            f"'{form}' in the translation is not how {english_name(language)} writes "
            f"micrograms: write {preferred} (the microgram_symbol setting)"
        )
    if twin is not None:
        unused.remove(twin)


def _ungrouped_message(spot: Spot, language: str) -> str:
    shown = spot.text
    grouped = ""
    for quantity in quantities(spot.text, language):
        if quantity.value is not None:
            grouped = format_decimal(quantity.value, locale=parse_language(language))
    return (
        f"'{shown}' in the translation writes a large dose without group separators, "
        f"misread tenfold (100000 as 10000; ISMP): write {grouped or 'its digits grouped'}"
    )


# --- the checks ---------------------------------------------------------------


def _pairs(entry: polib.POEntry) -> list[tuple[str, str]]:
    return [(entry.msgid, entry.msgstr)] if entry.msgstr else []


@lru_cache(maxsize=1024)
def _verdict(source: str, target: str, src: str, tgt: str, microgram: str) -> Verdict:
    """Both checks of an entry read one verdict (they run one after the other)."""
    return examine(source, target, src, tgt, microgram)


def _of(entry: polib.POEntry, ctx: EntryContext) -> Iterator[Verdict]:
    for source, target in _pairs(entry):
        yield _verdict(source, target, ctx.source_language, ctx.language, ctx.microgram_symbol)


def run_errors(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    """Error-prone abbreviations the translation adds (U, IU, cc, q.d., ug …)."""
    for verdict in _of(entry, ctx):
        yield from verdict.errors


def run_warnings(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    """Dose writings the translation adds that are easy to misread (10mg, 100000, <)."""
    for verdict in _of(entry, ctx):
        yield from verdict.warnings


CHECKS: list[EntryCheck] = [
    EntryCheck(
        id="dose-style",
        severity="error",
        description=(
            "The translation adds an abbreviation ISMP lists as error-prone: U or IU "
            "(UI, I.E.) for units, cc for mL, q.d./QOD/TIW/HS, ug, or µg where the language "
            "writes mcg."
        ),
        run=run_errors,
    ),
    EntryCheck(
        id="dose-readability",
        severity="warning",
        description=(
            "The translation adds a dose writing ISMP lists as easy to misread: a number run "
            "into its unit (10mg), a dose of 10,000 or more without group separators, < or > "
            "for words, or a microgram symbol other than the language's."
        ),
        run=run_warnings,
    ),
]
