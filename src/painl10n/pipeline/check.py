"""``painl10n check``: every check over the catalogs of a project, article by article.

Article by article (in any process), each of its catalogs is read, examined
(:mod:`painl10n.checks.examine`) and let go: only findings and the compact
facts of the consistency checks come back, so memory does not hold a
language's parsed catalogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from ..checks.base import EntryContext, Finding
from ..checks.examine import CatalogFacts, LanguageRun, examine_catalog
from ..checks.model import Report
from ..checks.orphans import orphan_finding
from ..errors import Painl10nError
from ..project import Project
from ..runtime.parallel import run_ordered
from ..runtime.progress import Progress, report_progress
from ..runtime.shard import Shard
from ..terms.matcher import TermMatcher
from .orphans import SlugFiles, find_orphans, live_slugs
from .update import read_catalog


def run_checks(
    project: Project,
    languages: Sequence[str] | None = None,
    *,
    progress: Progress | None = None,
    jobs: int = 1,
    shard: Shard | None = None,
) -> Report:
    """Check the catalogs of the chosen languages (all by default), over ``jobs`` processes.

    With ``shard``, only that share of the articles (by slug): consistency
    across articles is then checked within the shard only.

    Article by article (in any process), each of its catalogs is read, checked
    and let go: only findings and the compact facts of the consistency checks
    come back, so memory does not hold a language's parsed catalogs, and an
    article's source strings are analysed once for all its languages. This
    process then takes the articles' facts in order, so the report does not
    depend on ``jobs``.
    """
    chosen = project.select_languages(languages)
    termbase = project.termbase()
    source = project.settings.source_language
    source_terms = TermMatcher(termbase, source) if termbase.concepts else None
    report = Report(shard=shard)
    live = live_slugs(project)
    slugs = [slug for slug in project.template_slugs() if live is None or slug in live]
    orphans = find_orphans(project, live) if live is not None else []
    if shard is not None:
        slugs = shard.select(slugs, str)
        orphans = shard.select(orphans, lambda found: found.slug)
    contexts = tuple(
        EntryContext(
            language=language,
            source_language=source,
            termbase=termbase,
            source_terms=source_terms,
            target_terms=TermMatcher(termbase, language) if termbase.concepts else None,
            allowed_urls=frozenset(project.settings.allowed_urls.get(language, ())),
            allowed_numbers=project.settings.number_allowances(language),
            microgram_symbol=project.settings.microgram_symbol.get(language, ""),
            generator=project.settings.generator,
        )
        for language in chosen
    )
    runs = [
        LanguageRun(context, project.settings.required_completion(context.language))
        for context in contexts
    ]
    for run in runs:
        report.catalogs += [(run.language, _shown(project, run.language, slug)) for slug in slugs]
    total = len(runs) * len(slugs)
    messages: dict[str, str] = {}  # one copy of each finding message (they repeat a lot)
    examine = partial(examine_article, project, contexts)
    for slug, article in zip(slugs, run_ordered(examine, slugs, jobs), strict=True):
        for run, facts in zip(runs, article, strict=True):
            run.record(facts, messages)
            report_progress(progress, f"{run.language}/{slug}", total)
    for run in runs:
        run.finish(report)
    report.findings += orphan_findings(project, orphans, chosen)
    return report


def orphan_findings(
    project: Project, orphans: Sequence[SlugFiles], languages: Sequence[str]
) -> list[Finding]:
    """A warning per orphaned catalog of the checked languages; the orphans
    themselves are not examined: nothing publishes them.

    A template has no language, and a report's findings each belong to a
    checked language: an orphaned template is reported (under the first
    language) only when none of its catalogs is, since ``clean`` and ``mv``
    take it with them.
    """
    found = []
    for orphan in orphans:
        catalogs = [language for language in languages if language in orphan.catalogs]
        if orphan.template is not None and not catalogs and languages:
            shown = project.shown(orphan.template)
            found.append(orphan_finding(languages[0], shown, orphan.slug))
        for language in catalogs:
            shown = project.shown(orphan.catalogs[language])
            found.append(orphan_finding(language, shown, orphan.slug))
    return found


def examine_article(
    project: Project, contexts: Sequence[EntryContext], slug: str
) -> list[CatalogFacts]:
    """Check one article's catalog in each language (in a worker when jobs > 1)."""
    sources: dict[str, str] = {}  # the article's msgids, one copy for all its languages
    messages: dict[str, str] = {}
    return [_examine(project, context, slug, sources, messages) for context in contexts]


def _examine(
    project: Project,
    context: EntryContext,
    slug: str,
    sources: dict[str, str],
    messages: dict[str, str],
) -> CatalogFacts:
    language = context.language
    shown = _shown(project, language, slug)
    if not project.catalog_path(language, slug).is_file():
        text = "no catalog for this article: run 'painl10n update'"
        return CatalogFacts(Finding("untranslated", "error", language, shown, None, "", text))
    try:
        catalog = read_catalog(project, language, slug)
    except Painl10nError as exc:
        return CatalogFacts(Finding("syntax", "error", language, shown, exc.line, "", exc.message))
    assert catalog is not None
    return examine_catalog(catalog, context, shown, sources, messages)


def _shown(project: Project, language: str, slug: str) -> str:
    return project.shown(project.catalog_path(language, slug))
