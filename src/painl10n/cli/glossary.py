"""``painl10n glossary``: import, export and list the medical termbase."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..exchange.termbase import export_terms, import_terms, list_rows
from ..project import Project
from ..runtime.fileio import write_if_changed
from .app import app
from .options import LanguageOption, ProjectOption, QuietOption, say

glossary_app = typer.Typer(
    help="The medical termbase (locales/glossary.tbx): import, export, list.",
    no_args_is_help=True,
)
app.add_typer(glossary_app, name="glossary")


@glossary_app.command("import")
def glossary_import(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="A .csv (one row per term) or .tbx file.")
    ],
    project: ProjectOption = Path("."),
    quiet: QuietOption = False,
) -> None:
    """Merge terms from a spreadsheet or another termbase (same concept id = replaced).

    \b
    Example:
      painl10n glossary import new-terms.csv
    """
    proj = Project.load(project)
    replaced, added = import_terms(proj, file)
    shown = proj.shown(proj.settings.termbase)
    say(quiet, f"{shown}: {added} concepts added, {replaced} replaced")


@glossary_app.command("export")
def glossary_export(
    project: ProjectOption = Path("."),
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="csv or tbx.")
    ] = "tbx",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="PATH", help="Write here instead of stdout."),
    ] = None,
) -> None:
    """Write the termbase as CSV or TBX v3.

    \b
    Example:
      painl10n glossary export --format csv > terms.csv
    """
    text = export_terms(Project.load(project), fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        write_if_changed(output.resolve(), text)  # the user named it: links followed


@glossary_app.command("list")
def glossary_list(project: ProjectOption = Path("."), language: LanguageOption = None) -> None:
    """Show each concept with its approved (and ✗ forbidden) terms per language.

    \b
    Example:
      painl10n glossary list -l fr
    """
    proj = Project.load(project)
    languages = proj.select_languages(language)
    header = ["concept", proj.settings.source_language, *languages]
    rows = list_rows(proj, languages)
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(*header)
        for row in rows:
            table.add_row(*row)
        Console().print(table)
    else:
        for row in [header, *rows]:
            sys.stdout.write("\t".join(row) + "\n")
