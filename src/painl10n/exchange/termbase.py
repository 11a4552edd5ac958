"""The project's termbase: load it, import a spreadsheet into it, export and list it."""

from __future__ import annotations

from pathlib import Path

from ..errors import Painl10nError
from ..project import Project
from ..runtime.fileio import read_text_strict, write_if_changed
from ..terms.csvio import merge_termbases, read_csv, write_csv
from ..terms.model import Termbase
from ..terms.tbx import read_tbx, write_tbx

FORMATS = ("csv", "tbx")


def read_any(path: Path, *, shown: str, source_language: str) -> Termbase:
    """A termbase from a .csv or .tbx file, chosen by its suffix."""
    if path.suffix.lower() == ".csv":
        return read_csv(read_text_strict(path, shown), shown=shown, source_language=source_language)
    if path.suffix.lower() in (".tbx", ".xml"):
        return read_tbx(path, shown=shown)
    raise Painl10nError("unknown termbase format", path=shown, hint="use a .csv or .tbx file")


def import_terms(project: Project, path: Path) -> tuple[int, int]:
    """Merge a CSV or TBX file into the project's termbase; returns (replaced, added)."""
    if not path.is_file():
        raise Painl10nError("file not found", path=str(path))
    incoming = read_any(path, shown=str(path), source_language=project.settings.source_language)
    merged, replaced, added = merge_termbases(project.termbase(), incoming)
    write_if_changed(project.settings.termbase, write_tbx(merged))
    return replaced, added


def export_terms(project: Project, fmt: str) -> str:
    """The project's termbase as CSV or TBX v3 text."""
    if fmt not in FORMATS:
        raise Painl10nError(f"unknown format {fmt!r}", hint="use csv or tbx")
    termbase = project.termbase()
    return write_csv(termbase) if fmt == "csv" else write_tbx(termbase)


def list_rows(project: Project, languages: list[str]) -> list[list[str]]:
    """One row per concept: id, source term, then approved (and ✗ forbidden) terms."""
    termbase = project.termbase()
    source = project.settings.source_language
    rows = []
    for concept in termbase.concepts:
        row = [concept.id, ", ".join(t.text for t in concept.approved_in(source))]
        for language in languages:
            approved = ", ".join(t.text for t in concept.approved_in(language))
            forbidden = ", ".join(t.text for t in concept.forbidden_in(language))
            row.append(approved + (f" (✗ {forbidden})" if forbidden else ""))
        if concept.do_not_translate:
            row[0] += " [DNT]"
        rows.append(row)
    return rows
