"""Exchange with other tools: ``painl10n align`` and ``painl10n xliff``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..exchange.seed import report_lines, seed_catalog
from ..exchange.xliff import export_xliff, import_xliff
from ..project import Project
from .app import app
from .options import LanguageOption, ProjectOption, QuietOption, say


@app.command()
def align(
    source: Annotated[
        str, typer.Argument(metavar="SOURCE", help="The project's article: its path or slug.")
    ],
    translated: Annotated[
        Path, typer.Argument(metavar="TRANSLATED", help="Its existing translation (Markdown).")
    ],
    language: Annotated[
        str, typer.Option("--language", "-l", metavar="LANG", help="Language of the translation.")
    ],
    project: ProjectOption = Path("."),
    quiet: QuietOption = False,
) -> None:
    """Seed a catalog from an existing translation (aligned strings become fuzzy).

    \b
    Example:
      painl10n align source/sleep.md old-site/es/sleep.md -l es
    """
    result = seed_catalog(Project.load(project), source, translated, language)
    for line in report_lines(result):
        say(quiet, line)


xliff_app = typer.Typer(help="XLIFF 2.0 exchange with translation tools.", no_args_is_help=True)
app.add_typer(xliff_app, name="xliff")


@xliff_app.command("export")
def xliff_export(
    slugs: Annotated[list[str] | None, typer.Argument(help="Articles (default: all).")] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="PATH", help="Folder (default: PROJECT/xliff)."),
    ] = None,
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    quiet: QuietOption = False,
) -> None:
    """Write <slug>.<lang>.xlf (XLIFF 2.0) for each article and language.

    \b
    Example:
      painl10n xliff export -l de -o to-agency/
    """
    proj = Project.load(project)
    written = export_xliff(proj, language, slugs, output or proj.settings.root / "xliff")
    for name in written.changed:
        say(quiet, f"wrote {name}")
    say(quiet, f"{len(written.changed) + len(written.unchanged)} XLIFF files exported")


@xliff_app.command("import")
def xliff_import(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="XLIFF 2.0 files.")],
    project: ProjectOption = Path("."),
    language: Annotated[
        str | None, typer.Option("--language", "-l", metavar="LANG", help="Require this trgLang.")
    ] = None,
    reviewed_by: Annotated[
        str | None,
        typer.Option(
            "--reviewed-by",
            metavar="NAME",
            help="The reviewer who set the 'final' states: their sign-off is recorded.",
        ),
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Write the targets of XLIFF 2.0 files into the catalogs (checked first, all or nothing).

    Units in state 'final' are signed off in the name given with --reviewed-by
    when they pass every check; without it they await review.

    \b
    Example:
      painl10n xliff import from-agency/*.xlf -l de
      painl10n xliff import reviewed/*.xlf -l de --reviewed-by "Dr. Eva Roth"
    """
    result = import_xliff(Project.load(project), files, language, reviewer=reviewed_by)
    for skipped in [*result.skipped, *result.not_signed]:
        say(quiet, str(skipped))
    for name in result.files.changed:
        say(quiet, f"wrote {name}")
    say(
        quiet,
        f"{result.imported} imported, {result.unchanged} unchanged, "
        f"{result.without_target} without target, {len(result.skipped)} skipped",
    )
    if result.signed_off or result.voided or result.not_signed:
        say(
            quiet,
            f"{result.signed_off} signed off, {len(result.not_signed)} 'final' not signed off, "
            f"{result.voided} sign-offs voided by a changed translation",
        )
