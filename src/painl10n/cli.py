"""Command line: parse arguments, call the library, print a short summary.

Exit codes: 0 success, 1 check found errors, 2 usage or input error.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ._version import __version__
from .cli_tm import tm_app
from .errors import Painl10nError
from .exchange.termbase import export_terms, import_terms, list_rows
from .pipeline.build import build as build_site
from .pipeline.compile import compile_catalogs
from .pipeline.extract import extract as extract_templates
from .pipeline.init import init_project
from .pipeline.pseudo import write_pseudo_catalogs
from .pipeline.update import update as update_catalogs
from .project import Project
from .runtime.fileio import write_if_changed
from .runtime.parallel import default_jobs
from .runtime.progress import terminal_progress
from .runtime.shard import Shard

app = typer.Typer(
    help="Localize Markdown medical articles through gettext catalogs.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

ProjectOption = Annotated[
    Path, typer.Option("--project", "-p", help="Project folder (default: current folder).")
]
LanguageOption = Annotated[
    list[str] | None,
    typer.Option("--language", "-l", help="Only this language (repeatable)."),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")]
JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Processes to use (default: the CPU count)."),
]
ShardOption = Annotated[
    str | None,
    typer.Option("--shard", help="Only shard K of N of the articles, e.g. 2/4 (for CI matrices)."),
]


def _jobs(jobs: int | None) -> int:
    return jobs if jobs is not None else default_jobs()


def _shard(spec: str | None) -> Shard | None:
    return Shard.parse(spec) if spec is not None else None


def _say(quiet: bool, message: str) -> None:
    if not quiet:
        typer.echo(message)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"painl10n {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    """painl10n: extract, update, build and compile article translations."""


@app.command()
def init(
    path: Annotated[Path, typer.Argument(help="Folder for the new project.")] = Path("."),
    source_language: Annotated[str, typer.Option(help="Language of the articles.")] = "en",
    languages: Annotated[
        str, typer.Option(help="Comma-separated target languages.")
    ] = "es,fr,de,ar",
    quiet: QuietOption = False,
) -> None:
    """Create a new project: painl10n.toml, source/, locales/, output/."""
    codes = [code.strip() for code in languages.split(",") if code.strip()]
    created = init_project(
        path, source_language=source_language, languages=codes, example_date=str(dt.date.today())
    )
    for item in created:
        _say(quiet, f"created {item}")
    _say(quiet, f"next: cd {path} && painl10n build")


@app.command()
def extract(
    project: ProjectOption = Path("."), quiet: QuietOption = False, jobs: JobsOption = None
) -> None:
    """Write one template (.pot) per article from source/**/*.md."""
    proj = Project.load(project)
    articles, written = extract_templates(proj, jobs=_jobs(jobs))
    for name in written.changed:
        _say(quiet, f"wrote {name}")
    for name in written.removed:
        _say(quiet, f"removed {name} (its article is gone; catalogs kept)")
    strings = sum(article.strings for article in articles)
    _say(
        quiet,
        f"{len(articles)} articles, {strings} strings, {len(written.changed)} templates changed",
    )


@app.command()
def update(
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    quiet: QuietOption = False,
    jobs: JobsOption = None,
) -> None:
    """Create or merge locales/<lang>/LC_MESSAGES/<slug>.po from the templates."""
    proj = Project.load(project)
    with terminal_progress(quiet, "update") as progress:
        result = update_catalogs(proj, language, progress=progress, jobs=_jobs(jobs))
    for (lang, slug), stats in sorted(result.stats.items()):
        _say(
            quiet,
            f"{lang}/{slug}: {stats.kept} kept, {stats.new} new, {stats.fuzzy} fuzzy, "
            f"{stats.revived} revived, {stats.obsoleted} obsolete, {stats.retypeset} retypeset"
            + (" (typography-only edits: translations kept)" if stats.retypeset else ""),
        )
    if result.prefilled:
        _say(quiet, f"{sum(result.prefilled.values())} new strings pre-filled from memory (fuzzy)")
    _say(quiet, f"{len(result.written.changed)} catalogs changed")


@app.command()
def build(
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    quiet: QuietOption = False,
    jobs: JobsOption = None,
    shard: ShardOption = None,
    html: Annotated[
        bool | None,
        typer.Option(
            "--html/--no-html",
            help="Render HTML pages, or write localized Markdown only "
            "(default: the 'html' setting, true).",
        ),
    ] = None,
) -> None:
    """Write output/<lang>/<slug>.md and .html (extract and update first if stale)."""
    proj = Project.load(project)
    if html is not None:
        proj = proj.with_html(html)
    with terminal_progress(quiet, "build") as progress:
        result = build_site(proj, language, progress, jobs=_jobs(jobs), shard=_shard(shard))
    for outcome in result.outcomes:
        missing = ""
        if outcome.untranslated or outcome.fuzzy:
            missing = (
                f" — source text used for {outcome.untranslated} untranslated"
                f" and {outcome.fuzzy} fuzzy"
            )
        _say(
            quiet,
            f"{outcome.language}/{outcome.slug}: {outcome.translated}/{outcome.total} "
            f"translated{missing}",
        )
    for name in result.removed:
        _say(quiet, f"removed stale {name}")
    out = proj.shown(proj.settings.output_dir)
    plural = "s" if result.skipped != 1 else ""
    skipped = f" ({result.skipped} article{plural} up to date)" if result.skipped else ""
    _say(quiet, f"{len(result.written.changed)} files written to {out}/{skipped}")


@app.command()
def pseudo(
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    quiet: QuietOption = False,
) -> None:
    """Write the pseudo-locale catalogs: en-XA (accented, longer) and ar-XB (right to left)."""
    proj = Project.load(project)
    result = write_pseudo_catalogs(proj, language)
    for name in result.written.changed:
        _say(quiet, f"wrote {name}")
    for name in result.written.removed:
        _say(quiet, f"removed {name} (its article is gone)")
    total = len(result.written.changed) + len(result.written.unchanged)
    _say(quiet, f"{total} pseudo-locale catalogs, {len(result.written.changed)} changed")


@app.command(name="compile")
def compile_(
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    quiet: QuietOption = False,
) -> None:
    """Compile catalogs to .mo files beside them (fuzzy entries left out)."""
    proj = Project.load(project)
    written = compile_catalogs(proj, language)
    for name in written.changed:
        _say(quiet, f"wrote {name}")
    _say(quiet, f"{len(written.changed) + len(written.unchanged)} catalogs compiled")


@app.command()
def check(
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text, json, junit or github.")
    ] = "text",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to a file.")
    ] = None,
    list_checks: Annotated[
        bool, typer.Option("--list-checks", help="List the check ids and exit.")
    ] = False,
    quiet: QuietOption = False,
    shard: ShardOption = None,
    jobs: JobsOption = None,
) -> None:
    """Check the catalogs; exit 0 if no error, 1 if any error, 2 on bad input."""
    from .checks.registry import check_descriptions
    from .pipeline.check import run_checks
    from .reports.formats import FORMATS, render

    if list_checks:
        for check_id, severity, description in check_descriptions():
            typer.echo(f"{check_id:<16} {severity:<8} {description}")
        return
    if fmt not in FORMATS:
        raise Painl10nError(f"unknown format {fmt!r}", hint="use " + ", ".join(FORMATS))
    with terminal_progress(quiet, "check") as progress:
        report = run_checks(
            Project.load(project), language, progress, shard=_shard(shard), jobs=_jobs(jobs)
        )
    text = render(report, fmt)
    if output is not None:
        write_if_changed(output, text)
    elif not quiet or report.errors:
        sys.stdout.write(text)  # --quiet: print the report only when something is wrong
    raise typer.Exit(1 if report.errors else 0)


@app.command()
def align(
    source: Annotated[str, typer.Argument(help="The project's article: its path or slug.")],
    translated: Annotated[Path, typer.Argument(help="Its existing translation (Markdown).")],
    language: Annotated[str, typer.Option("--language", "-l", help="Language of the translation.")],
    project: ProjectOption = Path("."),
    quiet: QuietOption = False,
) -> None:
    """Seed a catalog from an existing translation (aligned strings become fuzzy)."""
    from .exchange.seed import report_lines, seed_catalog

    result = seed_catalog(Project.load(project), source, translated, language)
    for line in report_lines(result):
        _say(quiet, line)


@app.command()
def stats(
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    quiet: QuietOption = False,
) -> None:
    """Strings and words translated, fuzzy and untranslated per language and article."""
    from .reports.stats import as_json, collect_stats
    from .stats_table import print_table

    if fmt not in ("text", "json"):
        raise Painl10nError(f"unknown format {fmt!r}", hint="use text or json")
    result = collect_stats(Project.load(project), language)
    if fmt == "json":
        sys.stdout.write(as_json(result))
    else:
        print_table(result)  # the table is the command's output: printed even with -q


@app.command()
def report(
    reports: Annotated[
        list[str] | None,
        typer.Argument(
            help="More reports, as --from (what a shell glob expands to).", metavar="REPORT"
        ),
    ] = None,
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Folder for the page (default: output/status); with --format, the file to write.",
        ),
    ] = None,
    sources: Annotated[
        list[str] | None,
        typer.Option(
            "--from",
            help="A 'check --format json' report, e.g. of one shard (repeatable; a quoted glob "
            "is expanded): merge them and use their findings instead of checking.",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="With --from: the merged report as text, json, junit or github, not the page.",
        ),
    ] = None,
    quiet: QuietOption = False,
    jobs: JobsOption = None,
) -> None:
    """Write the status page (progress, findings) and a README badge per language.

    With --from, exit 1 if the merged reports have any error, as check does.
    """
    from .reports.formats import FORMATS
    from .reports.merge import merge_shards, only_languages, render_merged, report_paths
    from .reports.status import write_status

    named = [*(sources or []), *(reports or [])]
    if fmt is not None and not named:
        raise Painl10nError(
            "--format needs --from", hint="without it, use 'painl10n check --format'"
        )
    if fmt is not None and fmt not in FORMATS:
        raise Painl10nError(f"unknown format {fmt!r}", hint="use " + ", ".join(FORMATS))
    merged = only_languages(merge_shards(report_paths(named)), language) if named else None
    if merged is not None and fmt is not None:
        text = render_merged(merged, fmt)
        if output is not None:
            write_if_changed(output, text)
        elif not quiet or merged.report.errors:
            sys.stdout.write(text)  # --quiet: print the report only when something is wrong
        raise typer.Exit(1 if merged.report.errors else 0)
    proj = Project.load(project)
    with terminal_progress(quiet, "report") as progress:
        result = write_status(proj, language, output, progress, merged=merged, jobs=_jobs(jobs))
    for name in result.written.changed:
        _say(quiet, f"wrote {name}")
    for name in result.written.removed:
        _say(quiet, f"removed {name}")
    plural = "s" if merged is not None and merged.shards != 1 else ""
    _say(
        quiet,
        f"{proj.shown(result.folder / 'index.html')}: "
        f"{', '.join(item.language for item in result.stats.languages)}; "
        f"{result.errors} errors, {result.warnings} warnings"
        + (f" (from {merged.shards} shard report{plural})" if merged is not None else ""),
    )
    raise typer.Exit(1 if merged is not None and result.errors else 0)


glossary_app = typer.Typer(
    help="The medical termbase (locales/glossary.tbx): import, export, list.",
    no_args_is_help=True,
)
app.add_typer(glossary_app, name="glossary")
app.add_typer(tm_app, name="tm")


@glossary_app.command("import")
def glossary_import(
    file: Annotated[Path, typer.Argument(help="A .csv (one row per term) or .tbx file.")],
    project: ProjectOption = Path("."),
    quiet: QuietOption = False,
) -> None:
    """Merge terms from a spreadsheet or another termbase (same concept id = replaced)."""
    proj = Project.load(project)
    replaced, added = import_terms(proj, file)
    shown = proj.shown(proj.settings.termbase)
    _say(quiet, f"{shown}: {added} concepts added, {replaced} replaced")


@glossary_app.command("export")
def glossary_export(
    project: ProjectOption = Path("."),
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv or tbx.")] = "tbx",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Write the termbase as CSV or TBX v3."""
    text = export_terms(Project.load(project), fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        write_if_changed(output, text)


@glossary_app.command("list")
def glossary_list(project: ProjectOption = Path("."), language: LanguageOption = None) -> None:
    """Show each concept with its approved (and ✗ forbidden) terms per language."""
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


xliff_app = typer.Typer(help="XLIFF 2.0 exchange with translation tools.", no_args_is_help=True)
app.add_typer(xliff_app, name="xliff")


@xliff_app.command("export")
def xliff_export(
    slugs: Annotated[list[str] | None, typer.Argument(help="Articles (default: all).")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Folder (default: PROJECT/xliff).")
    ] = None,
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    quiet: QuietOption = False,
) -> None:
    """Write <slug>.<lang>.xlf (XLIFF 2.0) for each article and language."""
    from .exchange.xliff import export_xliff

    proj = Project.load(project)
    written = export_xliff(proj, language, slugs, output or proj.settings.root / "xliff")
    for name in written.changed:
        _say(quiet, f"wrote {name}")
    _say(quiet, f"{len(written.changed) + len(written.unchanged)} XLIFF files exported")


@xliff_app.command("import")
def xliff_import(
    files: Annotated[list[Path], typer.Argument(help="XLIFF 2.0 files.")],
    project: ProjectOption = Path("."),
    language: Annotated[
        str | None, typer.Option("--language", "-l", help="Require this trgLang.")
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Write the targets of XLIFF 2.0 files into the catalogs (checked first, all or nothing)."""
    from .exchange.xliff import import_xliff

    result = import_xliff(Project.load(project), files, language)
    for skipped in result.skipped:
        _say(quiet, str(skipped))
    for name in result.written.changed:
        _say(quiet, f"wrote {name}")
    _say(
        quiet,
        f"{result.imported} imported, {result.unchanged} unchanged, "
        f"{result.without_target} without target, {len(result.skipped)} skipped",
    )


def main() -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    try:
        app()
    except Painl10nError as exc:
        typer.echo(f"painl10n: error: {exc}", err=True)
        sys.exit(2)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        typer.echo(f"painl10n: error: {where}{exc.strerror or exc}", err=True)
        sys.exit(2)
    except Exception as exc:
        if os.environ.get("PAINL10N_DEBUG"):
            raise
        typer.echo(
            f"painl10n: internal error: {type(exc).__name__}: {exc} "
            "(set PAINL10N_DEBUG=1 for a traceback and please report it)",
            err=True,
        )
        sys.exit(3)
