"""``painl10n check``: every check over the catalogs of a project, article by article.

Article by article (in any process), each of its catalogs is read, examined
(:mod:`painl10n.checks.examine`) and let go: only findings and the compact
facts of the consistency checks come back, so memory does not hold a
language's parsed catalogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from ..checks.base import EntryContext, Finding
from ..checks.examine import CatalogFacts, LanguageRun, examine_catalog
from ..checks.model import Report
from ..checks.orphans import orphan_finding
from ..checks.rules import Rule, read_rules
from ..errors import Painl10nError
from ..project import Project
from ..runtime.fileio import read_text_strict
from ..runtime.parallel import run_ordered
from ..runtime.progress import Progress, report_progress
from ..runtime.shard import Shard
from ..terms.matcher import TermMatcher
from ..terms.model import Termbase
from .check_scope import check_scope, chosen_checks, left_out
from .orphans import SlugFiles, find_orphans, live_slugs
from .update import read_catalog
from .word_lists import missing_dictionaries, word_list


def run_checks(
    project: Project,
    languages: Sequence[str] | None = None,
    *,
    articles: Sequence[str] | None = None,
    checks: Sequence[str] | None = None,
    skip_checks: Sequence[str] | None = None,
    files: Sequence[Path | str] | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
    shard: Shard | None = None,
    require_review: bool = False,
) -> Report:
    """Check the catalogs of the chosen languages (all by default), over ``jobs`` processes.

    ``articles`` (slugs) and ``files`` (catalog paths) check part of a project,
    as a translator does: only those catalogs are read and counted, completion
    included; cross-article consistency is then checked among them only, and
    orphans are not looked for. ``checks`` runs only those check ids,
    ``skip_checks`` all but those (a custom rule is ``rule:<id>``); a catalog
    that is missing or cannot be read is reported whatever the checks chosen,
    since nothing in it could be checked. Every name is validated first.

    ``require_review`` reports every translated entry not signed off by a
    reviewer (``unreviewed``) in every language checked; without it, only in the
    languages of the ``require_review`` setting.

    With ``shard``, only that share of the articles (by slug): consistency
    across articles is then checked within the shard only.

    Article by article (in any process), each of its catalogs is read, checked
    and let go: only findings and the compact facts of the consistency checks
    come back, so memory does not hold a language's parsed catalogs, and an
    article's source strings are analysed once for all its languages. This
    process then takes the articles' facts in order, so the report does not
    depend on ``jobs``.
    """
    scope = check_scope(project, languages, articles, files)
    rules = project_rules(project)
    selected = chosen_checks(checks, skip_checks, [rule.id for rule in rules])
    skipped = left_out(selected, [rule.check for rule in rules])
    chosen = scope.languages
    termbase = project.termbase()
    source = project.settings.source_language
    source_terms = TermMatcher(termbase, source) if termbase.concepts else None
    report = Report(shard=shard, checks=selected)
    live = None if scope.partial else live_slugs(project)
    items = [item for item in scope.articles if live is None or item[0] in live]
    orphans = find_orphans(project, live) if live is not None else []
    if shard is not None:
        items = shard.select(items, lambda item: item[0])
        orphans = shard.select(orphans, lambda found: found.slug)
    contexts = tuple(
        replace(
            entry_context(project, language, termbase, source_terms),
            require_review=require_review or language in project.settings.require_review,
        )
        for language in chosen
    )
    runs = [
        LanguageRun(context, project.settings.required_completion(context.language))
        for context in contexts
    ]
    for run in runs:
        report.catalogs += [
            (run.language, _shown(project, run.language, slug))
            for slug, codes in items
            if run.language in codes
        ]
    total = len(report.catalogs)
    messages: dict[str, str] = {}  # one copy of each finding message (they repeat a lot)
    by_language = tuple(tuple(r for r in rules if r.applies_to(code)) for code in chosen)
    examine = partial(examine_article, project, contexts, skipped, by_language)
    for (slug, _), article in zip(items, run_ordered(examine, items, jobs), strict=True):
        for run, facts in zip(runs, article, strict=True):
            if facts is not None:
                run.record(facts, messages)
                report_progress(progress, f"{run.language}/{slug}", total)
    for run in runs:
        run.finish(report)
    if "orphan" not in skipped:
        report.findings += orphan_findings(project, orphans, chosen)
    if "spelling" not in skipped:
        report.findings += missing_dictionaries(project, chosen)
    return report


def entry_context(
    project: Project,
    language: str,
    termbase: Termbase | None = None,
    source_terms: TermMatcher | None = None,
) -> EntryContext:
    """Everything the entry checks of ``language`` need from the project (the termbase
    and the source-term matcher may be shared among languages)."""
    termbase = project.termbase() if termbase is None else termbase
    if source_terms is None and termbase.concepts:
        source_terms = TermMatcher(termbase, project.settings.source_language)
    return EntryContext(
        language=language,
        source_language=project.settings.source_language,
        termbase=termbase,
        source_terms=source_terms,
        target_terms=TermMatcher(termbase, language) if termbase.concepts else None,
        allowed_urls=frozenset(project.settings.allowed_urls.get(language, ())),
        allowed_numbers=project.settings.number_allowances(language),
        microgram_symbol=project.settings.microgram_symbol.get(language, ""),
        generator=project.settings.generator,
        known_words=word_list(project, language),
    )


def project_rules(project: Project) -> tuple[Rule, ...]:
    """The project's custom rules (``docs/rules.md``), none when it has no rules file."""
    path = project.settings.rules
    if not path.is_file():
        return ()
    shown = project.shown(path)
    return read_rules(read_text_strict(path, shown), shown, project.settings.languages)


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
    project: Project,
    contexts: Sequence[EntryContext],
    skipped: frozenset[str],
    rules: Sequence[Sequence[Rule]],
    item: tuple[str, tuple[str, ...]],
) -> list[CatalogFacts | None]:
    """Check one article's catalog in each of its chosen languages (in a worker when
    jobs > 1); None for the languages not chosen for it. ``rules``: per context."""
    slug, codes = item
    sources: dict[str, str] = {}  # the article's msgids, one copy for all its languages
    messages: dict[str, str] = {}
    return [
        _examine(project, context, slug, sources, messages, skipped, chosen)
        if context.language in codes
        else None
        for context, chosen in zip(contexts, rules, strict=True)
    ]


def _examine(
    project: Project,
    context: EntryContext,
    slug: str,
    sources: dict[str, str],
    messages: dict[str, str],
    skipped: frozenset[str],
    rules: Sequence[Rule],
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
    return examine_catalog(catalog, context, shown, sources, messages, skipped=skipped, rules=rules)


def _shown(project: Project, language: str, slug: str) -> str:
    return project.shown(project.catalog_path(language, slug))
