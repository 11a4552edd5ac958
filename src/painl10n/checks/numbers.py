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

Known limits: a number CLDR writes as a word (Arabic duals such as
``أسبوعين``, two weeks) is missing, as the rules say; a unit word CLDR does
not list (French ``années``, Arabic ``ملغ``) reads as no unit, hence a changed
unit. Silence such an entry with ``# painl10n-ignore: numbers`` once checked.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

import polib

from ..text.quantities import UNIT_SEPARATORS, Quantity, notation_of, plain_number, quantities
from .base import EntryCheck, EntryContext

# --- comparison -------------------------------------------------------------


def compare(source: list[Quantity], target: list[Quantity], src: str, tgt: str) -> Iterator[str]:
    """Messages for the differences between the numbers of two texts.

    ``src`` and ``tgt`` are the two languages' codes (for notes in messages).
    """
    missing, extra = list(source), list(target)
    for same in (_same_writing, _same_key, _compatible):
        for pair in _pair_off(missing, extra, same):
            yield from _notation_messages(*pair)
    for same in (_same_value, _same_unit, _any):
        for pair in _pair_off(missing, extra, same):
            yield _changed(*pair, src, tgt)
    for quantity in missing:
        yield f"{_shown(quantity, src)} in the source is missing in the translation"
    for quantity in extra:
        yield f"{_shown(quantity, tgt)} in the translation is not in the source"


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
    cores = [_without_time_denominators(unit) for unit in (source.unit, target.unit)]
    return cores[0] == cores[1] and (source.unit in cores or target.unit in cores)


def _without_time_denominators(unit: str) -> str:
    first, *denominators = unit.split("/")
    return "/".join([first, *(part for part in denominators if not part.startswith("duration-"))])


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
        source = list(_source_quantities(source_text, ctx.source_language))
        target = quantities(target_text, ctx.language)
        yield from compare(source, target, ctx.source_language, ctx.language)


@lru_cache(maxsize=4096)
def _source_quantities(markdown: str, language: str) -> tuple[Quantity, ...]:
    """A source text's numbers: the runner checks an article's languages one after the
    other, so each source string is read once, not once per language."""
    return tuple(quantities(markdown, language))


CHECKS: list[EntryCheck] = [
    EntryCheck(
        id="numbers",
        severity="error",
        description="Numbers, doses and units match the source in value and unit.",
        run=run,
    )
]
