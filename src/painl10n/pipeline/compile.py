"""``painl10n compile``: catalogs → ``.mo`` files beside them, as msgfmt would.

Only the catalogs of articles that exist: an orphan (its article renamed or
deleted, :mod:`painl10n.pipeline.orphans`) is left out, and the ``.mo`` an
earlier run compiled from it is removed, so a program never loads the
translations of a page that is gone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po as babel_read_po

from ..errors import Painl10nError, raise_all
from ..po.plural import PluralFormsError, parse_plural_forms
from ..project import Project
from ..runtime.confine import refuse_links
from ..runtime.fileio import read_bounded
from ..runtime.staging import FileChanges, commit_files
from .orphans import live_slugs
from .update import read_catalog


@dataclass
class CompileResult:
    """The ``.mo`` files compile wrote, or left as they were."""

    files: FileChanges


def compile_catalogs(project: Project, languages: Sequence[str] | None = None) -> CompileResult:
    """Catalogs → .mo files beside them (fuzzy entries left out, as msgfmt does).

    Orphaned catalogs are not compiled; their old ``.mo`` files are removed.
    Without a source folder, every catalog is compiled (none is known to be orphaned).
    """
    chosen = project.select_languages(languages)
    live = live_slugs(project)
    files: list[tuple[Path, bytes]] = []
    stale: list[Path] = []
    refused: list[Painl10nError] = []
    for language in chosen:
        for path in project.catalog_files(language):
            if live is not None and path.stem not in live:
                compiled = path.with_suffix(".mo")
                if compiled.is_file() or compiled.is_symlink():
                    stale.append(compiled)
                continue
            try:
                files.append((path.with_suffix(".mo"), _mo_bytes(project, language, path)))
            except Painl10nError as exc:  # every refused catalog named, nothing written
                refused.append(exc)
    raise_all(refused)
    written = commit_files(files, project.shown)
    for path in stale:
        refuse_links(path.parent, "remove compiled catalogs")
        path.unlink()
        written.removed.append(project.shown(path))
    return CompileResult(written)


def _mo_bytes(project: Project, language: str, path: Path) -> bytes:
    parsed = read_catalog(project, language, path.stem)  # strict validation first
    assert parsed is not None
    _check_plural_forms(project, path, parsed.metadata.get("Plural-Forms", ""))
    data = read_bounded(path, project.shown(path))
    # Babel rejects a hyphen in a locale name (en-XA); an unknown en_XA it accepts.
    locale = language.replace("-", "_")
    catalog = babel_read_po(BytesIO(data), locale=locale, abort_invalid=True)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def _check_plural_forms(project: Project, path: Path, header: str) -> None:
    """A Plural-Forms that ``msgfmt -c`` refuses makes a ``.mo`` that Python's and C's
    gettext cannot load: refuse to write it."""
    if not header.strip():
        return  # gettext falls back to the Germanic rule, as msgfmt does
    try:
        parse_plural_forms(header)
    except PluralFormsError as exc:
        text = path.read_text("utf-8")
        at = text.find('"Plural-Forms:')
        line = text.count("\n", 0, at) + 1 if at >= 0 else None
        raise Painl10nError(
            f"cannot compile: Plural-Forms: {exc}",
            path=project.shown(path),
            line=line,
            hint="fix the header's Plural-Forms ('painl10n check' names the formulas "
            "known for the language)",
        ) from None
