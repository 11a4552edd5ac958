"""Translation memory: suggest a translation for a new string from what is already translated.

On ``update``, a string that is still untranslated after the merge is looked up
among the reviewed (translated, non-fuzzy) entries of the language's *other*
catalogs and the imported memory (``locales/memory/<lang>.tmx``). A match at or
above ``tm_threshold`` is copied in as **fuzzy** — exact matches too, since the
context may differ and a reviewer must confirm — with the matched source as
``#| msgid`` (so editors show the difference) and one extracted comment::

    #. tm: 92% from psychobiology-of-chronic-pain

The comment is this module's alone (prefix ``tm:``): it is carried over by
later updates while the entry stays fuzzy and dropped once a translator
accepts the entry. The index is built once per language, lazily, and only
strings still untranslated are searched, so a complete project pays nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import polib

from ..catalogs.change_notes import change_note
from ..catalogs.similar import SimilarityIndex
from .notes import add_note, insert_change_note

PREFIX = "tm: "
# A word or word pair shared by more memory strings than this does not propose
# candidates: a search then costs the same in a memory of 4,000 or 400,000 strings.
_COMMON = 64


class Unit(NamedTuple):
    """One reviewed translation: where it comes from and what it says.

    A named tuple: a memory holds one per translated string of the language, so
    creating and hashing them must be cheap.
    """

    source: str
    target: str
    origin: str  # an article slug, or the memory file it was imported into
    imported: bool = False

    def rank(self) -> tuple[bool, str, str, str]:
        """Tie-breaking among equally similar units: articles before imports, then by name."""
        return (self.imported, self.origin, self.source, self.target)


@dataclass(frozen=True)
class Suggestion:
    unit: Unit
    score: float
    exact: bool = False  # the very same source text

    @property
    def percent(self) -> int:
        """Rounded down, so only an identical source ever shows 100%."""
        return 100 if self.exact else min(99, math.floor(self.score * 100))

    def note(self) -> str:
        return f"{PREFIX}{self.percent}% from {self.unit.origin}"


class TranslationMemory:
    """Reviewed translations of one language, searchable by source similarity."""

    def __init__(self, units: Iterable[Unit], *, searched: Iterable[str] | None = None) -> None:
        """``searched``: the strings that will be looked up, when known (see SimilarityIndex)."""
        by_source: dict[str, list[Unit]] = {}
        for unit in set(units):
            by_source.setdefault(unit.source, []).append(unit)
        for found in by_source.values():
            found.sort(key=Unit.rank)
        self._by_source = by_source
        self._sources = sorted(by_source)
        self._index: SimilarityIndex | None = None
        self._searched = set(searched) if searched is not None else None

    def __len__(self) -> int:
        return sum(len(units) for units in self._by_source.values())

    def units(self) -> Iterator[Unit]:
        """Every unit, by source text."""
        for source in self._sources:
            yield from self._by_source[source]

    def suggest(self, text: str, threshold: float, *, exclude: str) -> Suggestion | None:
        """The best unit not from article ``exclude``: by score, then origin, then source."""
        exact = [u for u in self._by_source.get(text, ()) if u.origin != exclude]
        if exact:
            return Suggestion(exact[0], 1.0, exact=True)
        if not self._sources:
            return None
        if self._searched is not None and text not in self._searched:
            self._index, self._searched = None, None  # not announced: index everything
        if self._index is None:
            self._index = SimilarityIndex(self._sources, common=_COMMON, searched=self._searched)
        best: Suggestion | None = None
        for position, score in self._index.matches(text, threshold):
            if best is not None and score < best.score:
                break
            for unit in self._by_source[self._sources[position]]:
                if unit.origin != exclude and (best is None or unit.rank() < best.unit.rank()):
                    best = Suggestion(unit, score)
                    break
        return best


def reviewed_units(catalog: polib.POFile, origin: str) -> list[Unit]:
    """Translated, non-fuzzy, non-obsolete singular entries: what a reviewer approved."""
    return [
        Unit(entry.msgid, entry.msgstr, origin)
        for entry in catalog
        if not entry.obsolete
        and entry.msgid
        and entry.msgstr
        and not entry.msgid_plural
        and "fuzzy" not in entry.flags
    ]


def reviewed_pairs(catalog: polib.POFile) -> list[tuple[str, str]]:
    """(source, target) of :func:`reviewed_units`: what the unit cache keeps."""
    return [(unit.source, unit.target) for unit in reviewed_units(catalog, "")]


def needs_suggestion(entry: polib.POEntry) -> bool:
    return not entry.obsolete and bool(entry.msgid) and not entry.msgid_plural and not entry.msgstr


def has_untranslated(catalog: polib.POFile) -> bool:
    """Whether :func:`prefill` could fill anything in ``catalog``."""
    return any(needs_suggestion(entry) for entry in catalog)


def untranslated(catalogs: Iterable[polib.POFile]) -> list[str]:
    """The strings :func:`prefill` will look up."""
    return [entry.msgid for catalog in catalogs for entry in catalog if needs_suggestion(entry)]


def prefill(
    catalog: polib.POFile,
    memory: TranslationMemory,
    threshold: float,
    *,
    slug: str,
    source_language: str,
) -> int:
    """Fill untranslated entries of article ``slug`` from ``memory`` as fuzzy; returns how many.

    The entry gets the ``changed:`` note the next update would compute from its
    ``#|`` (what differs from the memory's source), so update twice = once.
    """
    filled = 0
    for entry in catalog:
        if not needs_suggestion(entry):
            continue
        found = memory.suggest(entry.msgid, threshold, exclude=slug)
        if found is None:
            continue
        entry.msgstr = found.unit.target
        if "fuzzy" not in entry.flags:
            entry.flags.append("fuzzy")
        entry.previous_msgid = found.unit.source
        entry.previous_msgctxt = None
        entry.previous_msgid_plural = None
        insert_change_note(entry, change_note(found.unit.source, entry.msgid, source_language))
        add_note(entry, found.note())
        filled += 1
    return filled
