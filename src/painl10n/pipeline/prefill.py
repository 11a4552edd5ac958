"""The translation memory over a project on disk: which units a language has, pre-filling.

:mod:`painl10n.memory` knows units and catalogs, never a project; this module
finds them in ``locales/`` (other catalogs, the unit cache, imported TMX
memories) for update and build.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

import polib

from ..catalogs.read import read_catalog_file
from ..memory.cache import disk_pairs
from ..memory.engine import (
    TranslationMemory,
    Unit,
    prefill,
    reviewed_pairs,
    reviewed_units,
    untranslated,
)
from ..memory.tmx import read_tmx
from ..project import Project


def imported_units(project: Project, language: str) -> list[Unit]:
    path = project.memory_path(language)
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
    others = [
        path
        for path in project.catalog_files(language)
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
