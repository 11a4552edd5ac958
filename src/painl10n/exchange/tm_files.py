"""``painl10n tm``: bring an outside translation memory in, and the project's out.

An import (an old PO from another tool, a TMX export from a CAT tool) is kept
in ``locales/memory/<lang>.tmx``, which every later ``update`` reads too, and
pre-fills the current catalogs right away. An export holds every reviewed
translation of one language plus that imported memory, as TMX 1.4b or PO; for
a language that publishes only signed-off text (``publish = "reviewed"``),
only the entries a reviewer signed off, and no imported memory, which nobody
here signed off.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polib

from ..catalogs import signoff
from ..catalogs.header import file_fields
from ..catalogs.read import read_catalog_file
from ..catalogs.template import now_stamp
from ..errors import Painl10nError
from ..memory.engine import Unit, prefill, reviewed_units, untranslated
from ..memory.tmx import Pair, language_matches, read_tmx, write_tmx
from ..pipeline.prefill import imported_units, language_memory
from ..pipeline.update import read_catalog
from ..po import write_po
from ..project import Project
from ..runtime.fileio import in_line_endings_of, write_if_changed

FORMATS = ("tmx", "po")
_FIXED_STAMP = "2000-01-01 00:00+0000"  # PO date when SOURCE_DATE_EPOCH is not set


@dataclass
class MemoryImport:
    memory: str  # the memory file, as shown
    imported: int  # distinct pairs read from the file
    skipped: int  # units in another language, untranslated or fuzzy
    stored: int  # pairs in the memory file afterwards
    prefilled: dict[str, int] = field(default_factory=dict)  # slug -> entries pre-filled


def import_memory(project: Project, path: Path, language: str) -> MemoryImport:
    """Merge ``path`` into the language's memory and pre-fill its catalogs from it.

    Everything is read and validated before anything is written. A source
    string already in the memory takes the imported translation(s) instead.
    """
    (lang,) = project.select_languages([language])
    shown = str(path)
    if not path.is_file():
        raise Painl10nError("file not found", path=shown)
    incoming, skipped = _read_outside(project, path, shown, lang)
    stored_path = project.memory_path(lang)
    stored = [Pair(u.source, u.target) for u in imported_units(project, lang)]
    replaced = {pair.source for pair in incoming}
    pairs = sorted({p for p in stored if p.source not in replaced} | set(incoming))
    memory_shown = project.shown(stored_path)
    units = [Unit(p.source, p.target, memory_shown, imported=True) for p in pairs]
    catalogs = _catalogs(project, lang)
    searched = untranslated(catalogs.values())
    memory = language_memory(project, lang, catalogs, imported=units, searched=searched)
    result = MemoryImport(memory_shown, len(set(incoming)), skipped, len(pairs))
    files: list[tuple[Path, str]] = []
    if sorted(set(stored)) != pairs:
        source = project.settings.source_language
        files.append((stored_path, write_tmx(pairs, source_language=source, target_language=lang)))
    for slug, catalog in catalogs.items() if project.settings.tm else ():
        count = prefill(
            catalog,
            memory,
            project.settings.tm_threshold,
            slug=slug,
            source_language=project.settings.source_language,
        )
        if count:
            result.prefilled[slug] = count
            target = project.catalog_path(lang, slug)
            try:
                text = write_po(catalog, width=project.settings.wrap_width)
                files.append((target, in_line_endings_of(target, text)))
            except ValueError as exc:  # a translation gettext cannot represent
                raise Painl10nError(f"cannot write: {exc}", path=project.shown(target)) from exc
    for target, data in files:
        write_if_changed(target, data)
    return result


def export_memory(project: Project, language: str, fmt: str) -> str:
    """Every reviewed translation of ``language`` plus its imported memory, sorted."""
    if fmt not in FORMATS:
        raise Painl10nError(f"unknown format {fmt!r}", hint="use tmx or po")
    (lang,) = project.select_languages([language])
    if project.settings.publish.get(lang) == "reviewed":
        pairs = sorted(
            {
                Pair(entry.msgid, entry.msgstr)
                for catalog in _catalogs(project, lang).values()
                for entry in catalog
                if entry.msgid and not entry.msgid_plural and signoff.is_signed_off(entry)
            }
        )
    else:
        units = list(language_memory(project, lang, {}).units())
        pairs = sorted({Pair(u.source, u.target) for u in units})
    source = project.settings.source_language
    if fmt == "tmx":
        return write_tmx(pairs, source_language=source, target_language=lang)
    return write_po(_po_memory(pairs, source, lang), width=project.settings.wrap_width)


def _catalogs(project: Project, language: str) -> dict[str, polib.POFile]:
    found: dict[str, polib.POFile] = {}
    for path in project.catalog_files(language):
        catalog = read_catalog(project, language, path.stem)
        if catalog is not None:
            found[path.stem] = catalog
    return found


def _read_outside(
    project: Project, path: Path, shown: str, language: str
) -> tuple[list[Pair], int]:
    """The pairs of a .po or .tmx file for (source language → ``language``) and how many
    units were left out."""
    suffix = path.suffix.lower()
    source = project.settings.source_language
    if suffix in (".tmx", ".xml"):
        content = read_tmx(path, shown=shown, source_language=source, target_language=language)
        return content.pairs, content.skipped
    if suffix in (".po", ".pot"):
        return _pairs_from_po(read_catalog_file(path, shown=shown), shown, source, language)
    raise Painl10nError(
        "unknown translation memory format", path=shown, hint="use a .po or .tmx file"
    )


def _pairs_from_po(
    catalog: polib.POFile, shown: str, source: str, language: str
) -> tuple[list[Pair], int]:
    declared = catalog.metadata.get("Language", "").strip()
    if declared and not language_matches(declared, language):
        raise Painl10nError(
            f"the catalog's Language header says {declared!r}, not {language!r}",
            path=shown,
            hint="pass the catalog's language with -l",
        )
    declared_source = catalog.metadata.get("X-Source-Language", "").strip()
    if declared_source and not language_matches(declared_source, source):
        raise Painl10nError(
            f"the catalog's source language is {declared_source!r}, not the project's {source!r}",
            path=shown,
        )
    reviewed = reviewed_units(catalog, shown)
    active = [e for e in catalog if not e.obsolete and e.msgid]
    return [Pair(u.source, u.target) for u in reviewed], len(active) - len(reviewed)


def _po_memory(pairs: Iterable[Pair], source: str, language: str) -> polib.POFile:
    """A PO file of the pairs; a second translation of a source gets a ``msgctxt``
    (``alternative 2`` …) since a PO file holds one entry per msgid."""
    catalog = polib.POFile(wrapwidth=0)
    catalog.header = f"Translation memory exported by painl10n ({source} → {language})."
    stamp = now_stamp() if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit() else _FIXED_STAMP
    catalog.metadata = {
        "Project-Id-Version": "translation memory",
        "PO-Revision-Date": stamp,
        "Language": language,
        **file_fields(language),
        "X-Source-Language": source,
    }
    seen: dict[str, int] = {}
    for pair in pairs:
        seen[pair.source] = seen.get(pair.source, 0) + 1
        context = None if seen[pair.source] == 1 else f"alternative {seen[pair.source]}"
        catalog.append(polib.POEntry(msgid=pair.source, msgstr=pair.target, msgctxt=context))
    return catalog
