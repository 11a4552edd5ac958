"""``painl10n compile``: catalogs → ``.mo`` files beside them, as msgfmt would."""

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
from ..runtime.staging import FileChanges, commit_files
from .update import read_catalog


@dataclass
class CompileResult:
    """The ``.mo`` files compile wrote, or left as they were."""

    files: FileChanges


def compile_catalogs(project: Project, languages: Sequence[str] | None = None) -> CompileResult:
    """Catalogs → .mo files beside them (fuzzy entries left out, as msgfmt does)."""
    chosen = project.select_languages(languages)
    files: list[tuple[Path, bytes]] = []
    refused: list[Painl10nError] = []
    for language in chosen:
        for path in project.catalog_files(language):
            try:
                files.append((path.with_suffix(".mo"), _mo_bytes(project, language, path)))
            except Painl10nError as exc:  # every refused catalog named, nothing written
                refused.append(exc)
    raise_all(refused)
    return CompileResult(commit_files(files, project.shown))


def _mo_bytes(project: Project, language: str, path: Path) -> bytes:
    parsed = read_catalog(project, language, path.stem)  # strict validation first
    assert parsed is not None
    _check_plural_forms(project, path, parsed.metadata.get("Plural-Forms", ""))
    with path.open("rb") as handle:
        # Babel rejects a hyphen in a locale name (en-XA); an unknown en_XA it accepts.
        locale = language.replace("-", "_")
        catalog = babel_read_po(handle, locale=locale, abort_invalid=True)
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
