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
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import polib

from .catalogs.change_notes import change_note
from .catalogs.header import key_of
from .catalogs.read import read_catalog_file
from .catalogs.similar import SimilarityIndex
from .terms.annotate import PREFIX as GLOSSARY_PREFIX
from .unit_cache import disk_pairs

if TYPE_CHECKING:
    from .project import Project

PREFIX = "tm: "
# A word or word pair shared by more memory strings than this does not propose
# candidates: a search then costs the same in a memory of 4,000 or 400,000 strings.
_COMMON = 64
_NOTE = re.compile(r"tm: (?:100|[0-9]{1,2})% from \S+")
# What ``painl10n align`` (seed.py) notes on a translation taken from a translated article.
_ALIGNED_NOTE = re.compile(r"aligned: confidence [0-9]\.[0-9]{2}, from .+:[0-9]+")


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


def memory_path(project: Project, language: str) -> Path:
    """Where imported memories of ``language`` are kept (read by every update)."""
    return project.settings.locales_dir / "memory" / f"{language}.tmx"


def imported_units(project: Project, language: str) -> list[Unit]:
    from .tmx import read_tmx

    path = memory_path(project, language)
    if not path.is_file():
        return []
    shown = project.shown(path)
    pairs = read_tmx(
        path,
        shown=shown,
        source_language=project.settings.source_language,
        target_language=language,
    ).pairs
    return [Unit(p.source, p.target, shown, imported=True) for p in pairs]


def language_memory(
    project: Project,
    language: str,
    catalogs: Mapping[str, polib.POFile],
    imported: list[Unit] | None = None,
    searched: Iterable[str] | None = None,
    known: Mapping[str, list[Unit]] | None = None,
) -> TranslationMemory:
    """All reviewed units of ``language``: the given catalogs (by slug), the units
    already ``known`` of other catalogs in memory (by slug), the other catalogs on
    disk (articles not being updated, deleted articles) and the imported memory
    (read from disk unless given)."""
    known = known or {}
    units: list[Unit] = []
    for slug, catalog in catalogs.items():
        units.extend(reviewed_units(catalog, slug))
    for slug, found in known.items():
        if slug not in catalogs:
            units.extend(found)
    folder = project.settings.locales_dir / language / "LC_MESSAGES"
    others = [
        path
        for path in (sorted(folder.glob("*.po")) if folder.is_dir() else [])
        if path.stem not in catalogs and path.stem not in known
    ]
    on_disk = disk_pairs(
        project.settings.root,
        others,
        lambda path: read_catalog_file(path, shown=project.shown(path)),
        reviewed_pairs,
    )
    for slug, pairs in on_disk.items():
        units.extend(Unit(source, target, slug) for source, target in pairs)
    units.extend(imported_units(project, language) if imported is None else imported)
    return TranslationMemory(units, searched=searched)


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
        _insert_change_note(entry, change_note(found.unit.source, entry.msgid, source_language))
        _add_note(entry, found.note())
        filled += 1
    return filled


def prefill_catalogs(
    project: Project,
    catalogs: Mapping[tuple[str, str], polib.POFile],
    known: Mapping[tuple[str, str], list[Unit]] | None = None,
) -> dict[tuple[str, str], int]:
    """Pre-fill every (language, slug) catalog; one memory per language, built only if needed.

    ``known``: reviewed units of other catalogs held in memory, newer than their
    files on disk (a build hands back only the catalogs that have something to fill).
    """
    units = dict(known or {})
    units.update({key: reviewed_units(catalog, key[1]) for key, catalog in catalogs.items()})
    searched = {key: untranslated([catalog]) for key, catalog in catalogs.items()}
    filled = prefill_lazily(project, searched, units, catalogs.__getitem__)
    return {key: count for key, (_, count) in filled.items()}


def prefill_lazily(
    project: Project,
    searched: Mapping[tuple[str, str], list[str]],
    known: Mapping[tuple[str, str], list[Unit]],
    load: Callable[[tuple[str, str]], polib.POFile],
) -> dict[tuple[str, str], tuple[polib.POFile, int]]:
    """Pre-fill the catalogs with untranslated strings, loading each only when needed.

    ``searched``: each (language, slug) catalog's untranslated strings;
    ``known``: the reviewed units of every catalog held in memory (newer than
    the files on disk); ``load`` gives a catalog to fill. Only catalogs of a
    language whose memory is not empty are loaded, so an update that merely
    creates catalogs parses none of them again. Returns the filled catalogs.
    """
    settings = project.settings
    filled: dict[tuple[str, str], tuple[polib.POFile, int]] = {}
    if not settings.tm:
        return filled
    for language in sorted({language for language, _ in searched}):
        mine = {slug: found for (lang, slug), found in searched.items() if lang == language}
        strings = [text for found in mine.values() for text in found]
        if not strings:
            continue
        theirs = {slug: units for (lang, slug), units in known.items() if lang == language}
        memory = language_memory(project, language, {}, searched=strings, known=theirs)
        if not len(memory):
            continue
        for slug, found in mine.items():
            if not found:
                continue
            catalog = load((language, slug))
            count = prefill(
                catalog,
                memory,
                settings.tm_threshold,
                slug=slug,
                source_language=settings.source_language,
            )
            if count:
                filled[(language, slug)] = (catalog, count)
    return filled


def carry_notes(merged: polib.POFile, old: polib.POFile | None) -> None:
    """Keep the ``tm:`` and ``aligned:`` comments of entries still fuzzy since the last update.

    The merge rebuilds extracted comments from the template, so without this a
    second update would drop the note that says where the suggestion came
    from. Once the translator removes the fuzzy flag, the note is not
    carried: the suggestion has been reviewed.
    """
    if old is None:
        return
    notes = {
        key_of(entry): lines
        for entry in old
        if not entry.obsolete and "fuzzy" in entry.flags and (lines := suggestion_notes(entry))
    }
    if not notes:
        return
    for entry in merged:
        carried = notes.get(key_of(entry))
        if carried and not entry.obsolete and "fuzzy" in entry.flags:
            for line in carried:
                _add_note(entry, line)


def suggestion_notes(entry: polib.POEntry) -> list[str]:
    """The ``tm:`` and ``aligned:`` lines among an entry's extracted comments."""
    return [
        line
        for line in entry.comment.splitlines()
        if _NOTE.fullmatch(line) or _ALIGNED_NOTE.fullmatch(line)
    ]


def _insert_change_note(entry: polib.POEntry, note: str | None) -> None:
    """Where the merge puts it: after the template's comments, before ``glossary:``."""
    if not note:
        return
    lines = entry.comment.splitlines() if entry.comment else []
    at = next((i for i, line in enumerate(lines) if line.startswith(GLOSSARY_PREFIX)), len(lines))
    entry.comment = "\n".join([*lines[:at], note, *lines[at:]])


def _add_note(entry: polib.POEntry, note: str) -> None:
    lines = entry.comment.splitlines() if entry.comment else []
    if note not in lines:
        entry.comment = "\n".join([*lines, note])
