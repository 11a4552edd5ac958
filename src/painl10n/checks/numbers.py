"""The ``numbers`` check: every number, and its unit, survives translation.

A wrong dose is real harm, so the check is strict. Both sides of an entry are
read by :mod:`painl10n.text.quantities` (the msgid in the source language, the
msgstr in the entry's language; its docstring says what counts as a number,
a unit and a range) and compared as multisets of (value, unit); each
difference is one message naming the number and its unit: a number missing
(with what was found instead), a unit changed, an extra number. Units must be
equal, except that a time denominator written on one side only passes
(``5 mg/day`` and ``5 mg täglich``: a frequency in words is prose);
``mg/kg`` against ``mg`` or ``mg/day`` against ``mg/h`` does not. A number
that matches but is written with a trailing zero (``1,0 mg``) or without a
leading zero (``,5 mg``) when the source did not write it that way is an
error too: both are classic tenfold-dose misreadings.

What a language may write differently (issue 15):

- Unit words and abbreviations of drug labels beyond CLDR (Arabic ``ملغ``,
  ``مغ``, ``مل``, ``كلغ``; French ``années``; German ``J.``, ``h``; "units" in
  every language) are units (:mod:`painl10n.text.unit_abbreviations`);
  "units" and the international unit (IU, UI, I.E.) compare equal here, and
  ``dose-style`` reports the abbreviation.
- A unit the translation adds to a number the source writes bare is not an
  error. A duration (``over 12`` → ``mayores de 12 años``, ``every 4`` →
  ``toutes les 4 heures``) is not reported at all: these languages must name
  what the source's number counts, and the source implies it. Any other unit
  (``500`` → ``500 mg``) is a warning of ``numbers-unit-added``: the
  translator guessed what the source leaves open.
- A number one side writes in words (``tres``, ``trois``, ``drei``,
  ``ثلاث``, Arabic duals such as ``أسبوعين``) stands for the same number in
  digits on the other side, with the same unit rules
  (:mod:`painl10n.text.number_words`). Words are read only when digits alone
  leave a difference, and are never required.
- ``allowed_numbers = { es = { "911" = "112" } }`` in the settings lets a
  language write its own number (an emergency number) in place of the
  source's: a bare number only (``911 mg`` stays a dose), that pair only;
  every other number of the sentence is still compared.

Known limits: ordinals in words (``second``, ``segunda``) and fractions in
words (``half``, ``medio``) are not read; silence such an entry with
``# painl10n-ignore: numbers`` once checked.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import polib

from ..text.quantities import (
    UNIT_SEPARATORS,
    Quantity,
    notation_of,
    plain_number,
    read_quantities,
    spelled_quantities,
)
from .base import EntryCheck, EntryContext

# --- comparison -------------------------------------------------------------


_DURATION = "duration-"
# A dose unit spelled out ("units") and the international unit ("IU", "UI", "I.E.")
# name the same amount for the products patients meet (insulin, heparin, vitamin D);
# the dose-style check reports the abbreviation itself.
_SAME_UNITS = {frozenset({"unit", "international-unit"})}


@dataclass(frozen=True)
class Comparison:
    """The differences between the numbers of two texts: errors and warnings."""

    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def compare(source: list[Quantity], target: list[Quantity], src: str, tgt: str) -> Iterator[str]:
    """Error messages for the differences between the numbers of two texts.

    ``src`` and ``tgt`` are the two languages' codes (for notes in messages).
    """
    yield from compare_all(source, target, src, tgt).errors


def compare_all(
    source: list[Quantity],
    target: list[Quantity],
    src: str,
    tgt: str,
    *,
    allowed: frozenset[tuple[str, str]] = frozenset(),
    spelled: tuple[list[Quantity], list[Quantity]] | None = None,
) -> Comparison:
    """Errors and warnings for the differences between the numbers of two texts.

    ``allowed``: (source digits, translation digits) pairs a language may
    replace (a local emergency number). ``spelled``: the numbers each side
    writes in words, which may stand for a number the other writes in digits.
    """
    errors: list[str] = []
    warnings: list[str] = []
    missing, extra = list(source), list(target)
    if allowed:
        _pair_off(missing, extra, _allowed_by(allowed))  # a localized number (911 → 112)
    if any(quantity.name for quantity in missing):
        _pair_off(missing, extra, _same_version)  # "Apache 2.0" in every language
    for same in (_same_writing, _same_key, _compatible):
        for pair in _pair_off(missing, extra, same):
            errors.extend(_notation_messages(*pair))
    for pair in _pair_off(missing, extra, _unit_added):
        warnings.extend(_added_unit_message(*pair, src, tgt))
    if spelled is not None and (missing or extra):
        words_source, words_target = list(spelled[0]), list(spelled[1])
        for same in (_compatible_or_same, _unit_added):
            for pair in _pair_off(missing, words_target, same):
                warnings.extend(_added_unit_message(*pair, src, tgt))
            for pair in _pair_off(words_source, extra, same):
                warnings.extend(_added_unit_message(*pair, src, tgt))
    for same in (_same_value, _same_unit, _any):
        for pair in _pair_off(missing, extra, same):
            errors.append(_changed(*pair, src, tgt))
    for quantity in missing:
        errors.append(f"{_shown(quantity, src)} in the source is missing in the translation")
    for quantity in extra:
        errors.append(f"{_shown(quantity, tgt)} in the translation is not in the source")
    return Comparison(tuple(errors), tuple(warnings))


def _allowed_by(allowed: frozenset[tuple[str, str]]) -> _Same:
    def same(source: Quantity, target: Quantity) -> bool:
        """A bare number only: a dose (``911 mg``) is never a phone number."""
        bare = source.unit is None and target.unit is None
        return bare and (_digits(source), _digits(target)) in allowed

    return same


def _same_version(source: Quantity, target: Quantity) -> bool:
    """A version kept as written after the same name ("Apache 2.0", "HL7 v2.5"): no
    decimal of the language's notation, and no dose (a number with a unit never is)."""
    return bool(source.name) and (source.name, source.number) == (target.name, target.number)


def _digits(quantity: Quantity) -> str:
    return "".join(char for char in quantity.number if char.isdigit())


def _unit_added(source: Quantity, target: Quantity) -> bool:
    """Same value; the source writes no unit, the translation one ("over 12" → "12 años")."""
    return _same_value(source, target) and source.unit is None and target.unit is not None


def _compatible_or_same(source: Quantity, target: Quantity) -> bool:
    return _same_key(source, target) or _compatible(source, target)


def _added_unit_message(source: Quantity, target: Quantity, src: str, tgt: str) -> Iterator[str]:
    """A warning for a unit the translation adds to a bare number, but for a duration.

    A language that must name what "over 12" or "every 4" counts (years, hours)
    says what the source implies; a dose unit added to a bare number is a
    translator's guess worth a look.
    """
    if source.unit is not None or target.unit is None or target.unit.startswith(_DURATION):
        return
    yield (
        f"{_shown(source, src)} in the source has no unit; the translation adds one: "
        f"{_shown(target, tgt)} ({_unit_name(target)}): check that the source means it"
    )


_Same = Callable[[Quantity, Quantity], bool]


def _pair_off(
    missing: list[Quantity], extra: list[Quantity], same: _Same
) -> list[tuple[Quantity, Quantity]]:
    """Take pairs that are ``same`` off both lists, in source order."""
    pairs: list[tuple[Quantity, Quantity]] = []
    for quantity in list(missing):
        twin = next((other for other in extra if same(quantity, other)), None)
        if twin is not None:
            missing.remove(quantity)
            extra.remove(twin)
            pairs.append((quantity, twin))
    return pairs


def _same_key(source: Quantity, target: Quantity) -> bool:
    return source.key == target.key


def _same_writing(source: Quantity, target: Quantity) -> bool:
    """Same value and unit, and the same (risky or not) notation."""
    flags = (source.naked, source.trailing_zero) == (target.naked, target.trailing_zero)
    return flags and _same_key(source, target)


def _compatible(source: Quantity, target: Quantity) -> bool:
    """Same value; units equal but for a time denominator one side writes in words.

    ``5 mg/day`` may become ``5 mg täglich`` (daily): a frequency in words is
    prose, not a unit. ``mg/kg`` to ``mg``, or ``mg/day`` to ``mg/h``, stays an error.
    """
    if not _same_value(source, target) or source.unit is None or target.unit is None:
        return False
    if frozenset({source.unit, target.unit}) in _SAME_UNITS:
        return True
    cores = [_without_time_denominators(unit) for unit in (source.unit, target.unit)]
    return cores[0] == cores[1] and (source.unit in cores or target.unit in cores)


def _without_time_denominators(unit: str) -> str:
    first, *denominators = unit.split("/")
    return "/".join([first, *(part for part in denominators if not part.startswith(_DURATION))])


def _notation_messages(source: Quantity, target: Quantity) -> Iterator[str]:
    if target.trailing_zero and not source.trailing_zero:
        yield (
            f"{target.text} in the translation ends its decimals with a zero the source does "
            f"not write ({source.text}): a trailing zero is misread as a tenfold dose "
            f"(1.0 as 10); drop it"
        )
    if target.naked and not source.naked:
        yield (
            f"{target.text} in the translation has no leading zero, unlike the source "
            f"({source.text}): '.5' is misread as 5; write the zero"
        )


def _same_value(source: Quantity, target: Quantity) -> bool:
    return source.key[0] == target.key[0]


def _same_unit(source: Quantity, target: Quantity) -> bool:
    return source.unit == target.unit


def _any(source: Quantity, target: Quantity) -> bool:
    return True


def _changed(source: Quantity, target: Quantity, src: str, tgt: str) -> str:
    if _same_value(source, target):
        return (
            f"{_shown(source, src)} in the source became {_shown(target, tgt)} in the "
            f"translation: the unit changed ({_unit_name(source)} → {_unit_name(target)})"
        )
    return (
        f"{_shown(source, src)} in the source is missing in the translation "
        f"(found {_shown(target, tgt)})"
    )


def _unit_name(quantity: Quantity) -> str:
    return quantity.prefix or quantity.unit_text.strip(UNIT_SEPARATORS) or "no unit"


def _shown(quantity: Quantity, language: str) -> str:
    """The number as written, with how it reads when that may surprise."""
    notation = notation_of(language)
    if quantity.value is None:
        return (
            f"{quantity.text} (not a number in {notation.name}, whose decimal separator is "
            f"{_symbol(notation.decimal)} and group separator {_symbol(notation.group)})"
        )
    plain = plain_number(quantity.value)
    if quantity.number.replace(notation.decimal, ".") != plain:
        return f"{quantity.text} (read as {plain} in {notation.name})"
    return quantity.text


def _symbol(char: str) -> str:
    return (
        f"'{char}'" if char.isprintable() and not char.isspace() else unicodedata.name(char).lower()
    )


# --- the check --------------------------------------------------------------


def _pairs(entry: polib.POEntry) -> list[tuple[str, str]]:
    if entry.msgid_plural:
        forms = [form for _, form in sorted(entry.msgstr_plural.items()) if form]
        return [(entry.msgid_plural, form) for form in forms]
    return [(entry.msgid, entry.msgstr)] if entry.msgstr else []


def run(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    """One message per number that differs between msgid and msgstr."""
    for source_text, target_text in _pairs(entry):
        yield from _comparison(source_text, target_text, ctx).errors


def run_unit_added(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    """One warning per dose unit the translation adds to a bare number of the source."""
    for source_text, target_text in _pairs(entry):
        yield from _comparison(source_text, target_text, ctx).warnings


def _comparison(source_text: str, target_text: str, ctx: EntryContext) -> Comparison:
    return _compared(
        source_text,
        target_text,
        ctx.source_language,
        ctx.language,
        ctx.allowed_numbers,
    )


@lru_cache(maxsize=1024)
def _compared(
    source_text: str, target_text: str, src: str, tgt: str, allowed: frozenset[tuple[str, str]]
) -> Comparison:
    """Both checks of an entry read one comparison (they run one after the other)."""
    source = list(read_quantities(source_text, src))
    target = list(read_quantities(target_text, tgt))
    if [q.key for q in source] == [q.key for q in target] and not _risky(source, target):
        return Comparison()  # the usual case: nothing to pair, no words to read
    comparison = compare_all(source, target, src, tgt, allowed=allowed)
    if not comparison.errors:
        return comparison
    # Words are read only on a side that may hold a number the other writes in digits.
    source_values = Counter(quantity.value for quantity in source)
    target_values = Counter(quantity.value for quantity in target)
    spelled = (
        spelled_quantities(source_text, src) if target_values - source_values else [],
        spelled_quantities(target_text, tgt) if source_values - target_values else [],
    )
    return compare_all(source, target, src, tgt, allowed=allowed, spelled=spelled)


def _risky(source: list[Quantity], target: list[Quantity]) -> bool:
    """A trailing zero or a naked decimal the comparison must look at."""
    return any(q.naked or q.trailing_zero for q in (*source, *target))


CHECKS: list[EntryCheck] = [
    EntryCheck(
        id="numbers",
        severity="error",
        description=(
            "Numbers, doses and units match the source in value and unit (either side may "
            "write a number in words; `allowed_numbers` lets a language localize one)."
        ),
        run=run,
    ),
    EntryCheck(
        id="numbers-unit-added",
        severity="warning",
        description=(
            "A dose unit the translation adds to a number the source writes bare "
            '(a year, hour or other duration added to "over 12" or "every 4" is not reported).'
        ),
        run=run_unit_added,
    ),
]
