"""The commands that run a pipeline step: init, extract, update, build, pseudo, compile,
and those that keep catalogs with their articles: mv, clean."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from ..checks.base import excerpt
from ..errors import raise_all
from ..localize.translations import ArticleOutcome, Withheld
from ..pipeline.build import build as build_site
from ..pipeline.clean import clean_orphans
from ..pipeline.compile import compile_catalogs
from ..pipeline.extract import ExtractedArticle
from ..pipeline.extract import extract as extract_templates
from ..pipeline.gate import GateRefused, held_by_check, page_fate, withheld_because
from ..pipeline.init import init_project
from ..pipeline.move import move_article
from ..pipeline.pseudo import write_pseudo_catalogs
from ..pipeline.renames import Renames
from ..pipeline.site_languages import unlisted_languages
from ..pipeline.site_scaffolds import BUILD_COMMANDS
from ..pipeline.update import update as update_catalogs
from ..project import Project
from ..runtime.progress import terminal_progress
from ..runtime.staging import FileChanges
from ..sources.discover import MARKDOWN_SUFFIXES
from .app import app
from .options import (
    JobsOption,
    KeepGoingOption,
    LanguageOption,
    ProjectOption,
    QuietOption,
    ShardOption,
    jobs_of,
    say,
    shard_of,
    warn,
)


@app.command()
def init(
    path: Annotated[
        Path, typer.Argument(metavar="PATH", help="Folder for the new project.")
    ] = Path("."),
    source_language: Annotated[
        str, typer.Option(help="Language of the articles.", metavar="LANG")
    ] = "en",
    languages: Annotated[
        str, typer.Option(help="Comma-separated target languages.", metavar="LANG,LANG…")
    ] = "es,fr,de,ar",
    termbase: Annotated[
        str,
        typer.Option(
            help="Start locales/glossary.tbx from a shipped termbase: medical "
            "(reviewed medical terms in en, es, fr, de, ar), or none.",
            metavar="NAME",
        ),
    ] = "none",
    generator: Annotated[
        str,
        typer.Option(
            help="The site generator that publishes the articles: plain (painl10n's own "
            "pages), hugo, mkdocs, docusaurus or jekyll. In a folder with that generator's "
            "site, painl10n's settings only; else a small site it builds in every language.",
            metavar="NAME",
        ),
    ] = "plain",
    quiet: QuietOption = False,
) -> None:
    """Create a new project: painl10n.toml, source/, locales/, output/.

    \b
    Examples:
      painl10n init my-site --languages es,fr,de,ar --termbase medical
      painl10n init . --source-language en --languages fr
      painl10n init my-hugo-site --generator hugo --languages es,ar
    """
    codes = [code.strip() for code in languages.split(",") if code.strip()]
    done = init_project(
        path,
        source_language=source_language,
        languages=codes,
        example_date=str(dt.date.today()),
        termbase=None if termbase == "none" else termbase,
        generator=generator,
    )
    for item in done.created:
        say(quiet, f"created {item}")
    site = done.site
    if site is None:
        say(quiet, f"next: cd {path} && painl10n build")
        return
    if site.existing is not None and not site.languages:
        say(quiet, f"{site.existing} is left as it is; it lists every language")
    elif site.existing is not None:
        say(quiet, f"{site.existing} is left as it is; it must list the languages, as in:")
        say(quiet, site.languages.rstrip("\n"))
    say(quiet, f"next: cd {path} && painl10n build && {BUILD_COMMANDS[generator]}")


@app.command()
def extract(
    project: ProjectOption = Path("."), quiet: QuietOption = False, jobs: JobsOption = None
) -> None:
    """Write one template (.pot) per article from source/**/*.md.

    \b
    Example:
      painl10n extract -p my-site
    """
    proj = Project.load(project)
    result = extract_templates(proj, jobs=jobs_of(jobs))
    articles, written = result.articles, result.files
    _warn_unoffered(articles)
    _say_templates(quiet, written)
    strings = sum(article.strings for article in articles)
    say(
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
    """Extract the templates whose articles changed, then create or merge
    locales/<lang>/LC_MESSAGES/<slug>.po from them.

    \b
    Examples:
      painl10n update              every language
      painl10n update -l es -l fr  only Spanish and French
    """
    proj = Project.load(project)
    extracted = extract_templates(proj, jobs=jobs_of(jobs))  # as build does: never stale
    _warn_unoffered(extracted.articles)
    _say_templates(quiet, extracted.files, " (its article changed)")
    with terminal_progress(quiet, "update") as progress:
        result = update_catalogs(proj, language, progress=progress, jobs=jobs_of(jobs))
    _say_renames(quiet, result.renames)
    for (lang, slug), stats in sorted(result.stats.items()):
        say(
            quiet,
            f"{lang}/{slug}: {stats.kept} kept, {stats.new} new, {stats.fuzzy} fuzzy, "
            f"{stats.revived} revived, {stats.obsoleted} obsolete, {stats.retypeset} retypeset"
            + (" (typography-only edits: translations kept)" if stats.retypeset else ""),
        )
        for _, msgid in stats.voided:
            say(
                quiet, f"{lang}/{slug}: sign-off void (text changed since review): {excerpt(msgid)}"
            )
    voided = sum(len(stats.voided) for stats in result.stats.values())
    if voided:
        say(quiet, f"{voided} sign-offs void: 'painl10n review list' shows what to review again")
    if result.prefilled:
        say(quiet, f"{sum(result.prefilled.values())} new strings pre-filled from memory (fuzzy)")
    say(quiet, f"{len(result.files.changed)} catalogs changed")


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
            metavar="",
            help="Render HTML pages, or write localized Markdown only "
            "(default: the 'html' setting, true).",
        ),
    ] = None,
    keep_going: KeepGoingOption = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            metavar="",
            help="A translation that check reports as an error fails the build (exit 1, "
            "nothing written) instead of falling back to the source text "
            "(default: the 'strict_build' setting, false).",
        ),
    ] = False,
) -> None:
    """Write output/<lang>/<slug>.md and .html (extract and update first if stale).

    A translation that check reports as an error is not published: its source
    text is, and the summary names the entry and why (--strict: exit 1 instead).

    \b
    Examples:
      painl10n build                  the whole site
      painl10n build -l de --no-html  German Markdown only, for a site generator
      painl10n build --shard 1/4      a quarter of the articles, on one CI runner
      painl10n build --strict         fail on any translation that check rejects
    """
    proj = Project.load(project)
    if html is not None:
        proj = proj.with_html(html)
    try:
        with terminal_progress(quiet, "build") as progress:
            result = build_site(
                proj,
                language,
                progress=progress,
                jobs=jobs_of(jobs),
                shard=shard_of(shard),
                keep_going=keep_going,
                strict=strict,
            )
    except GateRefused as refused:
        for outcome in refused.outcomes:
            _say_held(proj, outcome, held_by_check(outcome), err=True)
        typer.echo(f"painl10n: {refused}", err=True)
        raise typer.Exit(1) from None
    _say_renames(quiet, result.renames)
    for ref, note in result.unoffered:
        warn(ref, note.line, note.why)
    for outcome in result.outcomes:
        say(quiet, _outcome_line(proj, outcome))
        if not quiet:
            _say_held(proj, outcome, outcome.withheld)
    for name in result.files.removed:
        say(quiet, f"removed stale {name}")
    built = dict.fromkeys(outcome.language for outcome in result.outcomes)
    for unlisted in unlisted_languages(proj.settings, built):
        warn(proj.shown(unlisted.path), 1, unlisted.why)
    out = "to " + proj.shown(proj.settings.output_dir) + "/"
    if proj.settings.output_layout != "plain":
        out = f"where {proj.settings.generator} reads them ({proj.settings.output_layout} layout)"
    plural = "s" if result.skipped != 1 else ""
    skipped = f" ({result.skipped} article{plural} up to date)" if result.skipped else ""
    say(quiet, f"{len(result.files.changed)} files written {out}{skipped}")
    raise_all(result.refused)  # --keep-going: what was built is in place; exit 2


@app.command()
def pseudo(
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    quiet: QuietOption = False,
) -> None:
    """Write the pseudo-locale catalogs: en-XA (accented, longer) and ar-XB (right to left).

    \b
    Example:
      painl10n pseudo && painl10n build -l en-XA -l ar-XB
    """
    proj = Project.load(project)
    result = write_pseudo_catalogs(proj, language)
    for name in result.files.changed:
        say(quiet, f"wrote {name}")
    for name in result.files.removed:
        say(quiet, f"removed {name} (its article is gone)")
    total = len(result.files.changed) + len(result.files.unchanged)
    say(quiet, f"{total} pseudo-locale catalogs, {len(result.files.changed)} changed")


@app.command(name="compile")
def compile_(
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    quiet: QuietOption = False,
) -> None:
    """Compile catalogs to .mo files beside them (fuzzy entries left out).

    \b
    Example:
      painl10n compile -l es
    """
    proj = Project.load(project)
    written = compile_catalogs(proj, language).files
    for name in written.changed:
        say(quiet, f"wrote {name}")
    say(quiet, f"{len(written.changed) + len(written.unchanged)} catalogs compiled")


def _outcome_line(proj: Project, outcome: ArticleOutcome) -> str:
    """``es/x: 29/31 translated — source text used for …; page …``."""
    parts = []
    if outcome.untranslated:
        parts.append(f"{outcome.untranslated} untranslated")
    if outcome.fuzzy:
        parts.append(f"{outcome.fuzzy} fuzzy")
    if outcome.held:
        parts.append(f"{outcome.held} held back by the publishing gate")
    missing = ""
    if parts:
        listed = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
        missing = f" — source text used for {listed}"
    fate = page_fate(proj, outcome)
    if not outcome.published:
        missing += f"; page not published ({withheld_because(proj, outcome)})"
    elif fate == "notice":
        missing += "; page published with a notice"
    return (
        f"{outcome.language}/{outcome.slug}: {outcome.translated}/{outcome.total} "
        f"translated{missing}"
    )


def _say_held(
    proj: Project, outcome: ArticleOutcome, held: Sequence[Withheld], *, err: bool = False
) -> None:
    """One line per entry the gate held back: where, which text, and why."""
    shown = proj.shown(proj.catalog_path(outcome.language, outcome.slug))
    for item in held:
        where = f"{shown}:{item.line}" if item.line else shown
        why = "; ".join(f"{check}: {message}" for check, message in item.reasons)
        typer.echo(f"  not published: {where} {excerpt(item.msgid)!r}: {why}", err=err)


def _warn_unoffered(articles: Sequence[ExtractedArticle]) -> None:
    """A warning per place of text a reader sees that no message offers."""
    for article in articles:
        for note in article.unoffered:
            warn(article.ref, note.line, note.why)


def _say_templates(quiet: bool, files: FileChanges, why: str = "") -> None:
    """The templates extract wrote and removed, a line each."""
    for name in files.changed:
        say(quiet, f"wrote {name}{why}")
    for name in files.removed:
        say(quiet, f"removed {name} (its article is gone; catalogs kept)")


def _say_renames(quiet: bool, renames: Renames) -> None:
    """The catalogs renamed articles took over, and the renames left to the user."""
    for found in renames.renamed:
        plural = "s" if found.languages != 1 else ""
        say(quiet, f"renamed: {found.old} → {found.new} ({found.languages} language{plural})")
    for line in renames.ambiguous:
        say(quiet, line)


@app.command(name="mv")
def mv(
    old: Annotated[
        str, typer.Argument(metavar="OLD", help="The article's old slug, or its source file.")
    ],
    new: Annotated[
        str, typer.Argument(metavar="NEW", help="Its new slug, or where its source file goes.")
    ],
    project: ProjectOption = Path("."),
    quiet: QuietOption = False,
) -> None:
    """Move an article's catalogs (every language and the template) to a new slug.

    Given source files (*.md), the article moves too, as git mv would move it.

    \b
    Examples:
      painl10n mv source/pain.md source/chronic-pain.md
      painl10n mv old-slug new-slug
    """
    proj = Project.load(project)
    result = move_article(proj, _source_path(old) or old, _source_path(new) or new)
    if result.source is not None:
        say(quiet, f"moved {result.source[0]} → {result.source[1]}")
    for name in result.files.changed:
        say(quiet, f"wrote {name}")
    for name in result.files.removed:
        say(quiet, f"removed {name}")
    for note in result.notes:
        say(quiet, f"note: {note}")
    count = len(result.languages)
    if result.old == result.new:
        say(quiet, f"slug {result.old} unchanged (set in the front matter): catalogs stay")
    else:
        plural = "s" if count != 1 else ""
        say(quiet, f"moved: {result.old} → {result.new} ({count} language{plural})")


def _source_path(argument: str) -> Path | None:
    """A source file named on the command line (relative to the current folder), or None
    for a slug."""
    return Path(argument).absolute() if argument.lower().endswith(MARKDOWN_SUFFIXES) else None


@app.command()
def clean(
    project: ProjectOption = Path("."),
    dry_run: Annotated[
        bool, typer.Option("--dry-run", "-n", metavar="", help="List what would be removed.")
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Remove orphaned catalogs: templates, catalogs and .mo files whose article is gone.

    \b
    Examples:
      painl10n clean --dry-run   list them
      painl10n clean
    """
    proj = Project.load(project)
    result = clean_orphans(proj, dry_run=dry_run)
    verb = "would remove" if dry_run else "removed"
    for name in result.files.removed:
        say(quiet, f"{verb} {name}")
    count = len(result.slugs)
    plural = "s" if count != 1 else ""
    say(quiet, f"{count} orphaned article{plural}, {len(result.files.removed)} files {verb}")
