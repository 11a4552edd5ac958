"""``painl10n tm``: import and export translation memories (:mod:`painl10n.exchange.tm_files`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..exchange.tm_files import FORMATS, export_memory, import_memory
from ..project import Project
from ..runtime.fileio import write_if_changed
from .app import app
from .options import ProjectOption, QuietOption

tm_app = typer.Typer(
    help="Translation memory: import a .po or .tmx, export reviewed translations.",
    no_args_is_help=True,
)
app.add_typer(tm_app, name="tm")

TargetLanguage = Annotated[
    str, typer.Option("--language", "-l", metavar="LANG", help="Target language of the memory.")
]


@tm_app.command("import")
def tm_import(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A .po catalog or a TMX 1.4 file.")],
    language: TargetLanguage,
    project: ProjectOption = Path("."),
    quiet: QuietOption = False,
) -> None:
    """Add FILE to locales/memory/<lang>.tmx and pre-fill the catalogs from it (as fuzzy).

    \b
    Example:
      painl10n tm import agency-memory.tmx -l es
    """
    result = import_memory(Project.load(project), file, language)
    if not quiet:
        typer.echo(
            f"{result.memory}: {result.imported} translations imported, {result.skipped} "
            f"skipped (other language, untranslated or fuzzy), {result.stored} stored"
        )
        for slug, count in sorted(result.prefilled.items()):
            typer.echo(f"{slug}: {count} pre-filled (fuzzy)")


@tm_app.command("export")
def tm_export(
    language: TargetLanguage,
    project: ProjectOption = Path("."),
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help=" or ".join(FORMATS) + ".")
    ] = "tmx",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="PATH", help="Write here instead of stdout."),
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Write every reviewed translation of a language plus its imported memory.

    \b
    Example:
      painl10n tm export -l es > es.tmx
    """
    text = export_memory(Project.load(project), language, fmt)
    if output is None:
        sys.stdout.write(text)
    # a name the user gave: links in it are followed
    elif write_if_changed(output.resolve(), text) and not quiet:
        typer.echo(f"wrote {output}")
