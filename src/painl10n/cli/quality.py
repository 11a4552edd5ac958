"""The commands that judge the catalogs: check, stats and report.

The stats table is printed here (rich on a terminal, plain text when piped),
so the library never imports rich.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..checks.registry import check_descriptions, checks_markdown
from ..checks.rules import Rule
from ..config import nearest_settings
from ..errors import Painl10nError
from ..pipeline.check import project_rules, run_checks
from ..project import Project
from ..reports.formats import FORMATS, render
from ..reports.merge import merge_shards, only_languages, render_merged, report_paths
from ..reports.stats import COLUMNS, Stats, as_json, as_text, collect_stats, table_rows
from ..reports.status import write_status
from ..runtime.fileio import write_if_changed
from ..runtime.progress import terminal_progress
from .app import app
from .options import (
    JobsOption,
    LanguageOption,
    ProjectOption,
    QuietOption,
    ShardOption,
    jobs_of,
    say,
    shard_of,
)


@app.command()
def check(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="FILE.po",
            help="Check only these catalogs (locales/LANG/LC_MESSAGES/SLUG.po).",
            show_default=False,
        ),
    ] = None,
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    articles: Annotated[
        list[str] | None,
        typer.Option(
            "--article",
            "-a",
            metavar="SLUG",
            help="Check only this article's catalogs (repeatable).",
        ),
    ] = None,
    checks: Annotated[
        list[str] | None,
        typer.Option(
            "--check",
            "-c",
            metavar="ID",
            help="Run only this check (repeatable; ids: --list-checks, rule:ID for a rule).",
        ),
    ] = None,
    skip_checks: Annotated[
        list[str] | None,
        typer.Option("--skip-check", metavar="ID", help="Run every check but this (repeatable)."),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text, json, junit or github (with --list-checks: text or markdown).",
        ),
    ] = "text",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="PATH", help="Write the report to a file."),
    ] = None,
    list_checks: Annotated[
        bool, typer.Option("--list-checks", metavar="", help="List the check ids and exit.")
    ] = False,
    require_review: Annotated[
        bool,
        typer.Option(
            "--require-review",
            metavar="",
            help="Report every translated entry no reviewer has signed off (unreviewed: an "
            "error), as the require_review setting does for its languages.",
        ),
    ] = False,
    quiet: QuietOption = False,
    shard: ShardOption = None,
    jobs: JobsOption = None,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            metavar="",
            help="Examine every catalog, without reading or writing the check cache "
            "(.painl10n/cache/check).",
        ),
    ] = False,
) -> None:
    """Check the catalogs; exit 0 if no error, 1 if any error, 2 on bad input.

    Findings come errors first, patient safety first (numbers, negation, doses,
    terms …), untranslated and fuzzy last. Naming catalogs or articles checks
    those only: completion counts them alone, consistency is compared among them.
    A catalog unchanged since the last check (and nothing else it depends on)
    is not examined again: its findings come from the cache, the same report.

    \b
    Examples:
      painl10n check                          every catalog, as text
      painl10n check locales/es/LC_MESSAGES/sleep.po    one catalog, as a translator
      painl10n check --article sleep -l de    one article in one language
      painl10n check -c numbers -c terminology    only these checks
      painl10n check --skip-check length      every check but one
      painl10n check -l es --format github    annotations in a GitHub pull request
      painl10n check --format junit > checks.xml
      painl10n check -l es --require-review   fail unless a reviewer signed everything off
      painl10n check --list-checks            what is checked, and how severe (custom rules too)
    """
    if list_checks and fmt == "markdown":
        sys.stdout.write(checks_markdown())  # docs/checks.md
        return
    if list_checks:
        for check_id, severity, description in check_descriptions():
            typer.echo(f"{check_id:<16} {severity:<8} {description}")
        for rule in _project_rules(project):  # a project's own, after the built-in ones
            typer.echo(f"{rule.check:<16} {rule.severity:<8} {rule.message}")
        return
    if fmt not in FORMATS:
        raise Painl10nError(f"unknown format {fmt!r}", hint="use " + ", ".join(FORMATS))
    with terminal_progress(quiet, "check") as progress:
        report = run_checks(
            Project.load(project),
            language,
            articles=articles,
            checks=checks,
            skip_checks=skip_checks,
            files=files,
            progress=progress,
            jobs=jobs_of(jobs),
            shard=shard_of(shard),
            require_review=require_review,
            cache=not no_cache,
        )
    text = render(report, fmt)
    if output is not None:
        write_if_changed(output.resolve(), text)  # the user named it: links followed
    elif not quiet or report.errors:
        sys.stdout.write(text)  # --quiet: print the report only when something is wrong
    raise typer.Exit(1 if report.errors else 0)


def _project_rules(folder: Path) -> tuple[Rule, ...]:
    """The custom rules of the project at ``folder``; none outside a project."""
    if nearest_settings(folder.resolve()) is None:
        return ()
    return project_rules(Project.load(folder))


@app.command()
def stats(
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="text or json.")
    ] = "text",
    quiet: QuietOption = False,
) -> None:
    """Strings and words translated, fuzzy and untranslated per language and article.

    \b
    Example:
      painl10n stats -l ar
    """
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
            metavar="PATH",
            help="Folder for the page (default: output/status); with --format, the file to write.",
        ),
    ] = None,
    sources: Annotated[
        list[str] | None,
        typer.Option(
            "--from",
            metavar="REPORT",
            help="A 'check --format json' report, e.g. of one shard (repeatable; a quoted glob "
            "is expanded): merge them and use their findings instead of checking.",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="With --from: the merged report as text, json, junit or github, not the page.",
        ),
    ] = None,
    quiet: QuietOption = False,
    jobs: JobsOption = None,
) -> None:
    """Write the status page (progress, findings) and README badges per language
    (translated: badge-LANG.svg; reviewed: badge-LANG-reviewed.svg).

    With --from, exit 1 if the merged reports have any error, as check does.

    \b
    Examples:
      painl10n report                      output/status/index.html and badges
      painl10n report --from 'shard-*.json' -f junit -o checks.xml
    """
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
            write_if_changed(output.resolve(), text)  # the user named it: links followed
        elif not quiet or merged.report.errors:
            sys.stdout.write(text)  # --quiet: print the report only when something is wrong
        raise typer.Exit(1 if merged.report.errors else 0)
    proj = Project.load(project)
    with terminal_progress(quiet, "report") as progress:
        result = write_status(proj, language, output, progress, merged=merged, jobs=jobs_of(jobs))
    for name in result.files.changed:
        say(quiet, f"wrote {name}")
    for name in result.files.removed:
        say(quiet, f"removed {name}")
    plural = "s" if merged is not None and merged.shards != 1 else ""
    say(
        quiet,
        f"{proj.shown(result.folder / 'index.html')}: "
        f"{', '.join(item.language for item in result.stats.languages)}; "
        f"{result.errors} errors, {result.warnings} warnings"
        + (f" (from {merged.shards} shard report{plural})" if merged is not None else ""),
    )
    raise typer.Exit(1 if merged is not None and result.errors else 0)


def print_table(stats: Stats) -> None:
    """A rich table when stdout is a terminal; plain text (no ANSI codes) when piped."""
    if not sys.stdout.isatty():
        sys.stdout.write(as_text(stats))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for index, (group, name) in enumerate(COLUMNS):
        header = f"{group}\n{name}" if group else name
        table.add_column(header, justify="left" if index < 2 else "right")
    previous = ""
    for cells, total in table_rows(stats):
        if previous and cells[0] != previous:
            table.add_section()
        previous = cells[0]
        table.add_row(*cells, style="bold" if total else None)
    Console().print(table)
