"""``painl10n check``: every check over the catalogs of a project, article by article.

Article by article (in any process), each of its catalogs is read, examined
(:mod:`painl10n.checks.examine`) and let go: only findings and the compact
facts of the consistency checks come back, so memory does not hold a
language's parsed catalogs.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import NamedTuple

from ..checks.base import EntryContext, Finding
from ..checks.examine import CatalogFacts, EntryMemo, LanguageRun, entry_memo, examine_catalog
from ..checks.model import Report
from ..checks.orphans import orphan_finding
from ..checks.rules import Rule, read_rules
from ..errors import Painl10nError
from ..project import Project
from ..runtime.fileio import read_text_strict
from ..runtime.gcpolicy import not_collecting
from ..runtime.parallel import run_ordered
from ..runtime.progress import Progress, report_progress
from ..runtime.shard import Shard
from ..terms.matcher import TermMatcher
from ..terms.model import Termbase
from .catalog_keys import CatalogKeys
from .check_cache import CheckCache, LanguageShare, open_cache
from .check_scope import check_scope, chosen_checks, left_out
from .orphans import SlugFiles, find_orphans
from .source_slugs import source_slugs
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
    cache: bool = False,
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

    With ``cache``, each catalog's facts are kept in the project's cache folder
    (:mod:`.check_cache`) and a catalog whose facts are there, under a key of
    everything they depend on, is not examined again: the report is the same,
    byte for byte, and :attr:`Report.examined` counts the catalogs examined.
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
    contexts = tuple(
        replace(
            entry_context(project, language, termbase, source_terms),
            require_review=require_review or language in project.settings.require_review,
        )
        for language in chosen
    )
    store = open_cache(project, contexts, skipped, selected) if cache else None
    live = None if scope.partial else source_slugs(project, store)
    items = [item for item in scope.articles if live is None or item[0] in live]
    orphans = find_orphans(project, live) if live is not None else []
    if shard is not None:
        items = shard.select(items, lambda item: item[0])
        orphans = shard.select(orphans, lambda found: found.slug)
    runs = [
        LanguageRun(context, project.settings.required_completion(context.language))
        for context in contexts
    ]
    shown = {
        (run.language, slug): name
        for run in runs
        for slug, name in _shown_catalogs(
            project, run.language, [slug for slug, codes in items if run.language in codes]
        )
    }
    report.catalogs += [(language, name) for (language, _), name in shown.items()]
    total = len(report.catalogs)
    messages: dict[str, str] = {}  # one copy of each finding message (they repeat a lot)
    by_language = tuple(tuple(r for r in rules if r.applies_to(code)) for code in chosen)
    keys = CatalogKeys(project, store) if store is not None else None
    keyed = [_keyed(keys, slug, codes, shown) for slug, codes in items]
    if keys is not None:
        keys.keep()
    with not_collecting():  # decoding the kept shares makes no cycles (runtime.gcpolicy)
        kept = _kept_shares(store, chosen, keyed)
    tasks = [_task(store, task, kept) for task in keyed]
    run_id = uuid.uuid4().hex  # the entry checks' memo is this run's alone
    examine = partial(examine_article, project, contexts, skipped, by_language, store, run_id)
    stale = [task for task in tasks if task.stale]
    examined = run_ordered(examine, stale, jobs, cycles=False)  # examining makes no cycles
    recorded = {language for language in chosen if kept[language][1] is None}
    remade: dict[str, list[tuple[str, str]]] = {language: [] for language in chosen}
    for task in tasks:
        found = next(examined) if task.stale else [None] * len(contexts)
        for run, context, rules_of, facts in zip(runs, contexts, by_language, found, strict=True):
            language = context.language
            if language not in task.codes:
                continue
            report_progress(progress, f"{language}/{task.slug}", total)
            if language not in recorded:
                continue  # its share of the report is kept whole
            index = task.codes.index(language)
            key = task.keys[index]
            if facts is None:  # fresh in the cache
                assert store is not None and key is not None
                facts = store.load(language, task.slug, key, messages)
                if facts is None:  # gone or corrupt since: examined here
                    name = task.names[index]
                    facts = _examine_stored(
                        project, context, task.slug, name, skipped, rules_of, store, key
                    )
                    report.examined += 1
                    remade[language].append((task.slug, key))
            else:
                report.examined += 1
                if key is not None:
                    remade[language].append((task.slug, key))
            run.record(facts, messages)
    for run in runs:
        share_key, share = kept[run.language]
        if share is not None:
            share.add_to(report, run.language)
            continue
        first = len(report.findings)
        run.finish(report)
        if (
            store is not None
            and share_key is not None
            and _facts_kept(store, run.language, remade[run.language])
        ):
            made = LanguageShare(report.findings[first:], run.completion, run.required)
            store.store_language(run.language, share_key, made)
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
        extensions=project.flavor.extensions,
        math=project.settings.math_delimiters,
        code_shortcodes=project.flavor.code_shortcodes,
        known_words=word_list(project, language),
        anchors_translated=(
            project.settings.heading_ids == "auto" and project.settings.generator != "plain"
        ),
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


class CheckTask(NamedTuple):
    """One article's catalogs in a run: the languages checked, those to examine (not
    fresh in the cache) and, per language checked, its cache key (None: not cached)
    and its name in findings (resolved once per run, not again by the worker)."""

    slug: str
    codes: tuple[str, ...]
    stale: tuple[str, ...]
    keys: tuple[str | None, ...]
    names: tuple[str, ...]


def _keyed(
    keys: CatalogKeys | None,
    slug: str,
    codes: tuple[str, ...],
    shown: dict[tuple[str, str], str],
) -> CheckTask:
    """An article's task with its catalogs' cache keys, by their bytes (``shown``: each
    catalog's name in findings); every language stale until the cache says otherwise."""
    names = tuple(shown[code, slug] for code in codes)
    if keys is None:
        return CheckTask(slug, codes, codes, (None,) * len(codes), names)
    made = tuple(keys.key(code, slug, name) for code, name in zip(codes, names, strict=True))
    return CheckTask(slug, codes, codes, made, names)


def _kept_shares(
    store: CheckCache | None, languages: Sequence[str], tasks: Sequence[CheckTask]
) -> dict[str, tuple[str | None, LanguageShare | None]]:
    """Per language: the key of its share of the report (None: not cacheable) and the
    share kept under it (None: to be made from its catalogs' facts)."""
    kept: dict[str, tuple[str | None, LanguageShare | None]] = {}
    for language in languages:
        if store is None:
            kept[language] = (None, None)
            continue
        keys = [task.keys[task.codes.index(language)] for task in tasks if language in task.codes]
        share_key = store.language_key(language, keys)
        share = None if share_key is None else store.load_language(language, share_key)
        kept[language] = (share_key, share)
    return kept


def _task(
    store: CheckCache | None,
    task: CheckTask,
    kept: dict[str, tuple[str | None, LanguageShare | None]],
) -> CheckTask:
    """Which of an article's catalogs must be examined: none of a language whose share
    of the report is kept, else those the cache holds no facts for."""
    if store is None:
        return task
    stale = tuple(
        language
        for language, key in zip(task.codes, task.keys, strict=True)
        if kept[language][1] is None and (key is None or not store.holds(language, task.slug, key))
    )
    return task._replace(stale=stale)


def _facts_kept(store: CheckCache, language: str, examined: Sequence[tuple[str, str]]) -> bool:
    """Whether the facts of every catalog of ``language`` the run examined, (slug, key),
    were kept under their key: :func:`_keep` keeps none whose catalog a translator
    saved while the run examined it, and a share made of such facts is not kept either."""
    return all(store.holds(language, slug, key) for slug, key in examined)


def _key(project: Project, store: CheckCache, language: str, slug: str, shown: str) -> str | None:
    """The cache key of a catalog as it is now; None when it cannot be read."""
    path = project.catalog_path(language, slug)
    try:
        data = path.read_bytes()
    except OSError:  # missing, or not a file: examined, never cached
        return None
    return store.key(language, shown, data)


def examine_article(
    project: Project,
    contexts: Sequence[EntryContext],
    skipped: frozenset[str],
    rules: Sequence[Sequence[Rule]],
    store: CheckCache | None,
    run_id: str,
    task: CheckTask,
) -> list[CatalogFacts | None]:
    """Check one article's stale catalogs (in a worker when jobs > 1) and keep their
    facts in the cache; None for the languages not examined. ``rules``: per context."""
    sources: dict[str, str] = {}  # the article's msgids, one copy for all its languages
    messages: dict[str, str] = {}
    found: list[CatalogFacts | None] = []
    for context, chosen in zip(contexts, rules, strict=True):
        language = context.language
        if language not in task.stale:
            found.append(None)
            continue
        memo = entry_memo(run_id, language)
        index = task.codes.index(language)
        name, key = task.names[index], task.keys[index]
        facts = _examine(
            project, context, task.slug, name, sources, messages, skipped, chosen, memo
        )
        if store is not None and key is not None:
            _keep(project, store, language, task.slug, name, key, facts)
        found.append(facts)
    return found


def _examine_stored(
    project: Project,
    context: EntryContext,
    slug: str,
    shown: str,
    skipped: frozenset[str],
    rules: Sequence[Rule],
    store: CheckCache,
    key: str,
) -> CatalogFacts:
    facts = _examine(project, context, slug, shown, {}, {}, skipped, rules)
    _keep(project, store, context.language, slug, shown, key, facts)
    return facts


def _keep(
    project: Project,
    store: CheckCache,
    language: str,
    slug: str,
    shown: str,
    key: str,
    facts: CatalogFacts,
) -> None:
    """Store the facts under ``key`` if the catalog still has the bytes the key was made
    of (a translator may save it while the run examines it)."""
    if _key(project, store, language, slug, shown) == key:
        store.store(language, slug, key, facts)


def _examine(
    project: Project,
    context: EntryContext,
    slug: str,
    shown: str,
    sources: dict[str, str],
    messages: dict[str, str],
    skipped: frozenset[str],
    rules: Sequence[Rule],
    memo: EntryMemo | None = None,
) -> CatalogFacts:
    """One catalog's facts (``shown``: its name in findings, from :func:`_shown_catalogs`)."""
    language = context.language
    try:
        catalog = read_catalog(project, language, slug, shown)
    except Painl10nError as exc:
        return CatalogFacts(Finding("syntax", "error", language, shown, exc.line, "", exc.message))
    if catalog is None:
        text = "no catalog for this article: run 'painl10n update'"
        return CatalogFacts(Finding("untranslated", "error", language, shown, None, "", text))
    return examine_catalog(
        catalog, context, shown, sources, messages, skipped=skipped, rules=rules, memo=memo
    )


def _shown(project: Project, language: str, slug: str) -> str:
    return project.shown(project.catalog_path(language, slug))


def _shown_catalogs(project: Project, language: str, slugs: Sequence[str]) -> list[tuple[str, str]]:
    """(slug, :func:`_shown`) of many catalogs of a language: the folder is resolved
    once, each file only when it is a symbolic link (its shown name is its target's)."""
    folder = project.catalogs_dir(language)
    prefix = project.shown(folder)
    directory = os.fspath(folder)
    found = []
    for slug in slugs:
        name = f"{slug}.po"
        if os.path.islink(os.path.join(directory, name)):
            found.append((slug, _shown(project, language, slug)))
        else:
            found.append((slug, f"{prefix}/{name}"))
    return found
