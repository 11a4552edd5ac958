"""Incremental builds: rebuild only the articles whose inputs or outputs moved.

:func:`build_site` runs in phases, each handing the next a value: plan
(every article's slug and digest; the records of the last build that are
still fresh, :mod:`painl10n.pipeline.manifest`), run (workers build and stage
the stale articles, :mod:`painl10n.pipeline.article`), prefill (the
translation memory, in this process), shared files (assets, index pages),
commit (everything staged goes in place together, or nothing does) and
record (stale files removed, the manifest saved last).
"""

from __future__ import annotations

import dataclasses
import json
import os
import posixpath
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import NamedTuple

from ..catalogs.template import now_stamp
from ..errors import Painl10nError, flatten, raise_all
from ..localize.translations import ArticleOutcome
from ..memory.cache import prune as prune_units
from ..project import Project, slug_clashes
from ..runtime.cachedir import digest
from ..runtime.parallel import run_ordered
from ..runtime.progress import Progress, report_progress
from ..runtime.shard import Shard
from ..runtime.staging import FileChanges, Staged, commit, discard, stage_into
from ..site.links import ArticleLinks
from ..site.pages import PageMeta
from ..site.templating import check_templates
from ..sources.discover import MARKDOWN_SUFFIXES, default_slug
from ..sources.layout import translation_language
from ..sources.model import Unoffered
from .article import ArticleResult, ArticleTask, process_article
from .build_memory import Prefilled, fresh_catalogs, memory_digests, prefill_built
from .extract import remove_stale_templates
from .gate import GateRefused, held_by_check
from .manifest import (
    ArticleRecord,
    IndexRecord,
    Manifest,
    cache_key,
    catalog_digests,
    file_digest,
    is_fresh,
    load_manifest,
    save_manifest,
    shown_path,
    stat_of,
)
from .renames import Renames, take_over_renamed
from .site_files import (
    existing_languages,
    foreign_files,
    layout_copies,
    remove_site_files,
    remove_stale,
    remove_stale_translations,
    site_assets,
    site_indexes,
)


@dataclass
class BuildResult:
    """What a build did: each article's completion per language and the files it touched."""

    outcomes: list[ArticleOutcome] = field(default_factory=list)
    files: FileChanges = field(default_factory=FileChanges)
    skipped: int = 0  # articles whose outputs were up to date
    refused: list[Painl10nError] = field(default_factory=list)  # with keep_going: not built
    renames: Renames = field(default_factory=Renames)  # catalogs taken over before building
    # (source as shown, note) of text a reader sees that no message offers, in the
    # articles this build read (not in those it skipped as up to date)
    unoffered: list[tuple[str, Unoffered]] = field(default_factory=list)


@dataclass(frozen=True)
class BuildPlan:
    """What a build will do, decided before anything is parsed: which articles are
    fresh (their records kept) and which become worker tasks."""

    key: str  # the manifest's key for these inputs
    manifest: Manifest  # the last build's
    languages: tuple[str, ...]
    built_languages: tuple[str, ...]  # the source language, then ``languages``
    sources: list[Path]  # every article, in discovery order
    chosen: list[Path]  # the articles of this shard (all without one)
    shard: Shard | None
    links: ArticleLinks  # every article's slug, for links between articles
    fresh: dict[str, ArticleRecord]  # by source name: up to date, not rebuilt
    tasks: list[ArticleTask]  # the stale articles
    slugs: dict[str, str]  # by source name
    refused: tuple[Painl10nError, ...] = ()  # articles that cannot be built, each named
    kept: frozenset[str] = frozenset()  # their slugs: files not removed as stale

    def without(
        self, failed: Iterable[Path], errors: Iterable[Painl10nError], slugs: Iterable[str]
    ) -> BuildPlan:
        """This plan less the articles whose build failed (``--keep-going``): their
        ``errors``, and their ``slugs``, whose files stay as the last build left them."""
        gone = set(failed)
        return dataclasses.replace(
            self,
            sources=[path for path in self.sources if path not in gone],
            chosen=[path for path in self.chosen if path not in gone],
            tasks=[task for task in self.tasks if task.path not in gone],
            refused=(*self.refused, *errors),
            kept=self.kept | set(slugs),
        )


class SharedFiles(NamedTuple):
    """The files no single article owns: assets and index pages, and the index record;
    or, in a generator's layout, the copies of the sources' other files (images …)."""

    files: list[tuple[Path, str | bytes]]
    indexes: IndexRecord
    copies: dict[str, str]  # shown path -> digest


def build_site(
    project: Project,
    languages: Sequence[str],
    *,
    jobs: int = 1,
    shard: Shard | None = None,
    progress: Progress | None = None,
    keep_going: bool = False,
    strict: bool = False,
) -> BuildResult:
    """Rebuild the stale articles (over ``jobs`` processes), then indexes and manifest.

    ``strict`` (or the ``strict_build`` setting): a translation the publishing gate
    holds back for a ``check`` error refuses the whole build, nothing written
    (:class:`~painl10n.pipeline.gate.GateRefused`); otherwise it falls back to the
    source text and :attr:`BuildResult.outcomes` name it.

    An article that cannot be built (its source, slug or a catalog refused)
    stops the build before anything is written, once every article has been
    tried, so each refused file is named. With ``keep_going``, the others are
    built and published (the index pages list them) and the refused ones are
    in :attr:`BuildResult.refused`; their files stay as the last build left them.

    In phases, each handing the next a value: plan (what is stale), run (the
    workers build and stage the stale articles), prefill (the translation
    memory, in this process), shared files (assets, index pages), commit (all
    staged files in place together, or none), record (the manifest).

    Cross-article inputs are part of each record's ``context``: the link map
    (every article's source and slug, so links between articles are rewritten
    per language) and the languages the page exists in. The translation memory
    reads every catalog of a language, so it runs here, in this process, over
    the rebuilt catalogs (the others are read from disk as memory); when any
    article is rebuilt, the ones with untranslated strings are rebuilt too,
    since a new translation may now pre-fill them.
    """
    if project.settings.html:
        check_templates(project.settings.templates_dir)  # one error, not one per page
    plan = plan_build(project, languages, shard)
    renames = Renames()
    if keep_going or not plan.refused:  # a refused plan writes nothing
        articles = plan_articles(project, plan)
        renames = take_over_renamed(project, articles, kept=plan.kept)  # before any merge
    results, failures = run_tasks(project, plan, jobs, progress)
    withheld = _withheld_after(project, plan, results)
    if withheld != plan.links.withheld:
        # A page is withheld (or published) now that was not: the links to it change,
        # on every page that may link there. Built again, with links that avoid it.
        discard(item for result in results for item in result.staged)
        plan = plan_build(project, languages, shard, withheld)
        results, failures = run_tasks(project, plan, jobs, progress)
    staged = [item for result in results for item in result.staged]
    try:
        if failures:
            failed = [task.path for task, _ in failures]
            slugs = [plan.slugs[shown_path(project, path)] for path in failed]
            plan = plan.without(failed, flatten(error for _, error in failures), slugs)
        if plan.refused and not keep_going:  # every bad article named; nothing written
            raise_all(_by_file(plan.refused))
        filled = prefill(project, plan, results, staged)
        staged = filled.staged
        if strict or project.settings.strict_build:
            refuse_held(project, plan, filled)
        page_total = len(plan.tasks) * len(plan.built_languages)
        for result in filled.results:
            for meta in result.pages:
                report_progress(progress, f"{meta.language}/{result.slug}", page_total)
        shared = shared_files(project, plan, filled)
        for target, text in shared.files:
            stage_into(staged, target, text)
        if project.settings.output_layout != "plain":
            raise_all(foreign_files(project, staged))  # the publisher's files stay theirs
    except BaseException:
        discard(staged)
        raise
    changed = set(commit(staged))
    outcome = record(project, plan, filled, shared, changed)
    outcome.refused = _by_file(plan.refused)
    outcome.renames = renames
    return outcome


def _withheld_after(
    project: Project, plan: BuildPlan, results: list[ArticleResult]
) -> frozenset[tuple[str, str]]:
    """The pages withheld once these articles are built: as the plan knew them, with the
    built articles' own decisions in place of theirs (painl10n's own pages only: no
    other page has links rewritten)."""
    if not project.settings.html:
        return frozenset()
    found = set(plan.links.withheld)
    for result in results:
        for outcome in result.outcomes:
            found.discard((outcome.language, result.slug))
            if not outcome.published:
                found.add((outcome.language, result.slug))
    return frozenset(found)


def refuse_held(project: Project, plan: BuildPlan, filled: Prefilled) -> None:
    """Raise :class:`GateRefused` if any translation of the build fails ``check``."""
    outcomes = [o for result in filled.results for o in result.outcomes]
    outcomes += [
        record.outcome(lang) for record in filled.fresh.values() for lang in plan.languages
    ]
    failing = [o for o in outcomes if held_by_check(o)]
    if failing:
        raise GateRefused(sorted(failing, key=lambda o: (o.language, o.slug)))


def _by_file(errors: Iterable[Painl10nError]) -> list[Painl10nError]:
    """Errors in the order of the files they name (those of sources, found early, and
    of catalogs, found by the workers, interleave)."""
    return sorted(errors, key=lambda error: (error.path or "", error.line or 0))


def plan_build(
    project: Project,
    languages: Sequence[str],
    shard: Shard | None,
    withheld: frozenset[tuple[str, str]] | None = None,
) -> BuildPlan:
    """Learn every article's slug and digest; keep the records of those still fresh.

    ``withheld``: the (language, slug) pages not published, which links between
    articles avoid (by default, as the last build recorded them).
    """
    key = cache_key(project)
    manifest = load_manifest(project, key)
    records = manifest.records
    settings = project.settings
    source_language = settings.source_language
    built_languages = (source_language, *languages)
    sources = project.sources()
    digests: dict[str, str] = {}
    slugs: dict[str, str] = {}
    refused: list[Painl10nError] = []
    bad: set[str] = set()  # refs of the articles refused here
    for path in sources:  # every slug first: links lead to any article
        ref = shown_path(project, path)
        try:
            digests[ref] = digest(path.read_bytes())
            found = records.get(ref)
            if found is not None and found.source == digests[ref]:
                slugs[ref] = found.slug
            else:  # the worker segments it; the slug alone is far cheaper to learn
                slugs[ref] = project.article_slug(path)
        except (Painl10nError, OSError) as exc:  # each article independent: name them all
            refused += flatten([exc])
            bad.add(ref)
    for error, refs in slug_clashes(sorted(slugs.items())):
        refused.append(error)
        bad.update(refs)
    kept = {slugs[ref] for ref in bad if ref in slugs}
    kept |= {records[ref].slug for ref in bad if ref in records}
    sources = [path for path in sources if shown_path(project, path) not in bad]
    pairs = sorted((ref, slug) for ref, slug in slugs.items() if ref not in bad)
    if withheld is None:
        withheld = frozenset((code, r.slug) for r in records.values() for code in r.withheld)
    if not settings.html:  # links are rewritten on painl10n's own pages only
        withheld = frozenset()
    withheld = frozenset(item for item in withheld if item[1] in slugs.values())
    links = dataclasses.replace(ArticleLinks.of(source_language, pairs), withheld=withheld)
    links_digest = digest(json.dumps([pairs, sorted(withheld)]).encode())
    chosen = sources
    if shard is not None:
        chosen = shard.select(sources, lambda p: default_slug(p, settings.source_dir))
    fresh: dict[str, ArticleRecord] = {}
    tasks: list[ArticleTask] = []
    for path in chosen:
        ref = shown_path(project, path)
        present = existing_languages(
            project, project.all_languages, built_languages, f"{slugs[ref]}.html"
        )
        context = digest(f"{links_digest}\0{','.join(present)}".encode())
        found = records.get(ref)
        if found is not None and is_fresh(project, found, digests[ref], languages, context, path):
            fresh[ref] = found
        else:
            tasks.append(ArticleTask(path, digests[ref], present, context))
    return BuildPlan(
        key=key,
        manifest=manifest,
        languages=tuple(languages),
        built_languages=built_languages,
        sources=sources,
        chosen=chosen,
        shard=shard,
        links=links,
        fresh=fresh,
        tasks=tasks,
        slugs=slugs,
        refused=tuple(refused),
        kept=frozenset(kept),
    )


def plan_articles(project: Project, plan: BuildPlan) -> dict[str, Path]:
    """Every article's slug and source, as the plan learnt them (from the manifest
    where a source is unchanged: no front matter is parsed again)."""
    slugs = plan.links.slug_by_source
    return {slugs[posixpath.normpath(shown_path(project, path))]: path for path in plan.sources}


def run_tasks(
    project: Project, plan: BuildPlan, jobs: int, progress: Progress | None
) -> tuple[list[ArticleResult], list[tuple[ArticleTask, Exception]]]:
    """Build and stage every stale article (over ``jobs`` processes), in source order.

    An article that fails does not stop the others: its task and error come
    back beside the built ones, whose staged files the caller commits or
    discards. On an interruption, what was staged is discarded.
    """
    task = partial(process_article, project, plan.languages, now_stamp(), plan.links)
    results: list[ArticleResult] = []
    failures: list[tuple[ArticleTask, Exception]] = []
    merges = len(plan.tasks) * len(plan.languages)
    try:
        for item, result in zip(plan.tasks, run_ordered(task, plan.tasks, jobs), strict=True):
            if isinstance(result, Exception):
                failures.append((item, result))
                continue
            results.append(result)
            for language in plan.languages:
                report_progress(progress, f"{language}/{result.slug}", merges)
    except BaseException:
        discard(item for result in results for item in result.staged)
        raise
    return results, failures


def prefill(
    project: Project, plan: BuildPlan, results: list[ArticleResult], staged: list[Staged]
) -> Prefilled:
    """The translation memory over the rebuilt catalogs and, where a language's memory
    moved, the fresh ones with untranslated strings (when ``tm`` is on)."""
    if not project.settings.tm:
        return Prefilled(results, plan.fresh, staged, {})
    memory = memory_digests(project, plan.languages, plan.fresh, results)
    others = fresh_catalogs(project, plan.fresh, memory, plan.manifest.memory)
    return prefill_built(project, results, staged, plan.fresh, others, memory, plan.kept)


def shared_files(project: Project, plan: BuildPlan, filled: Prefilled) -> SharedFiles:
    """Assets (every shard: pages need them) and, for a whole build whose index inputs
    moved, the index pages."""
    settings = project.settings
    if settings.output_layout != "plain":
        copies = layout_copies(project, plan.languages)
        shown = {shown_path(project, path): digest(payload) for path, payload in copies}
        return SharedFiles(list(copies), plan.manifest.indexes, shown)
    files: list[tuple[Path, str | bytes]] = []
    files += site_assets(project) if settings.html else []
    indexes = plan.manifest.indexes
    if plan.shard is None and settings.html:
        languages = plan.built_languages
        pages = _pages(project, plan.chosen, plan.languages, filled.fresh, filled.results)
        inputs = _index_inputs(project, languages, pages, len(plan.sources))
        if not _indexes_fresh(project, indexes, inputs):
            index_files = site_indexes(project, languages, pages, len(plan.sources))
            files += index_files
            digests = {
                shown_path(project, path): digest(text.encode()) for path, text in index_files
            }
            indexes = IndexRecord(inputs, digests)
    return SharedFiles(files, indexes, {})


def record(
    project: Project, plan: BuildPlan, filled: Prefilled, shared: SharedFiles, changed: set[Path]
) -> BuildResult:
    """After the commit: remove what is stale, save the manifest, say what was done."""
    settings, shard, fresh = project.settings, plan.shard, filled.fresh
    records = plan.manifest.records
    outcome = BuildResult(skipped=len(fresh))
    new_records = {ref: fresh[ref] for ref in records if ref in fresh}
    if shard is not None:  # keep what other shards built
        new_records = {
            ref: fresh.get(ref, found)
            for ref, found in records.items()
            if ref in fresh or not shard.holds(_source_name(project, ref))
        }
    for result in filled.results:
        new_records[result.ref] = _record(project, result, records.get(result.ref), plan.languages)
    by_ref = {shown_path(project, path): path for path in plan.chosen}
    built = {result.ref: result for result in filled.results}
    for ref in by_ref:
        if ref in fresh:
            outcome.outcomes.extend(fresh[ref].outcome(lang) for lang in plan.languages)
        else:
            outcome.outcomes.extend(built[ref].outcomes)
            outcome.unoffered.extend((ref, note) for note in built[ref].unoffered)
    outcome.files = _written(project, changed, fresh, filled.results, plan.languages, shard)
    if shard is None:
        built_slugs = {r.slug for r in fresh.values()} | {r.slug for r in filled.results}
        built_slugs |= plan.kept  # a refused article's last files stay (--keep-going)
        templates = {project.template_path(slug) for slug in built_slugs}
        outcome.files.removed = remove_stale_templates(project, templates)
        pages_owned = {
            f"{slug}{suffix}" for slug in built_slugs for suffix in settings.page_suffixes
        }
        if settings.html:
            pages_owned.add("index.html")
        withheld = _withheld_pages(new_records, plan.kept)
        if settings.output_layout == "plain":
            by_language = {
                language: pages_owned
                - {
                    f"{slug}{suffix}"
                    for slug in withheld.get(language, ())
                    for suffix in (".md", ".html")
                }
                for language in plan.built_languages
            }
            outcome.files.removed += remove_stale(project, plan.built_languages, by_language)
        else:
            owned = _translations_owned(project, plan, new_records) | set(shared.copies)
            removed = remove_stale_translations(project, plan.built_languages, owned)
            outcome.files.removed += removed
        if not settings.html:
            outcome.files.removed += remove_site_files(project)
        new_records = {ref: found for ref, found in new_records.items() if ref in by_ref}
    old_memory = plan.manifest.memory
    kept = {lang: value for lang, value in old_memory.items() if lang not in filled.memory}
    memory = {**kept, **filled.memory}
    copies = shared.copies
    if shard is not None:  # other shards copied the same files: the last record stands
        copies = {**plan.manifest.copies, **copies}
    save_manifest(project, plan.key, Manifest(new_records, memory, shared.indexes, copies))
    if shard is None and settings.tm:  # every catalog's digest is known: drop the rest
        prune_units(settings.root, catalog_digests(new_records))
    return outcome


def _withheld_pages(records: dict[str, ArticleRecord], kept: frozenset[str]) -> dict[str, set[str]]:
    """Language -> the slugs whose page the build withheld there (not published:
    ``partial_pages``, ``publish_threshold``), less the refused articles' (--keep-going)."""
    found: dict[str, set[str]] = {}
    for found_record in records.values():
        if found_record.slug in kept:
            continue
        for language in found_record.withheld:
            found.setdefault(language, set()).add(found_record.slug)
    return found


def _translations_owned(
    project: Project, plan: BuildPlan, records: dict[str, ArticleRecord] | None = None
) -> set[str]:
    """The translations this build keeps (shown paths): those of every article it knows,
    less those it withheld, and the last ones of those it refused (--keep-going)."""
    records = records or {}
    withheld = {
        ref: set(found.withheld) for ref, found in records.items() if found.slug not in plan.kept
    }
    owned = {
        shown_path(project, target)
        for path in plan.sources
        for language in plan.built_languages
        if language not in withheld.get(shown_path(project, path), ())
        for target in project.article_outputs(language, "", path)
    }
    for found in plan.manifest.records.values():
        if found.slug in plan.kept:
            owned |= set(found.outputs)
    return owned


def _source_name(project: Project, ref: str) -> str:
    """The name a source is sharded by (its slug unless the front matter sets another)."""
    path = project.settings.root / ref
    try:
        return default_slug(path, project.settings.source_dir)
    except ValueError:
        return ref


def _index_inputs(
    project: Project, languages: Sequence[str], pages: dict[str, list[PageMeta]], count: int
) -> str:
    """A digest of everything the index pages are made from (besides code and
    settings, which the manifest's key covers)."""
    indexed = existing_languages(project, project.all_languages, languages, "index.html")
    facts = (list(languages), indexed, count, [(code, pages[code]) for code in languages])
    return digest(repr(facts).encode())


def _indexes_fresh(project: Project, record: IndexRecord, inputs: str) -> bool:
    """The index pages were written from these inputs and are still as written."""
    if not record.inputs or record.inputs != inputs:
        return False
    root = project.settings.root
    return all(file_digest(root / shown) == found for shown, found in record.files.items())


def _pages(
    project: Project,
    sources: list[Path],
    languages: Sequence[str],
    fresh: dict[str, ArticleRecord],
    results: list[ArticleResult],
) -> dict[str, list[PageMeta]]:
    """Every article's page facts per language, in source order (for the indexes)."""
    built = {r.ref: r for r in results}
    pages: dict[str, list[PageMeta]] = {code: [] for code in [*project.all_languages, *languages]}
    for path in sources:
        ref = shown_path(project, path)
        if ref in fresh:
            for language in [project.settings.source_language, *languages]:
                if language not in fresh[ref].withheld:
                    pages[language].append(fresh[ref].page(language))
        else:
            for meta in built[ref].pages:
                pages[meta.language].append(meta)
    return pages


def _record(
    project: Project,
    result: ArticleResult,
    previous: ArticleRecord | None,
    languages: Sequence[str],
) -> ArticleRecord:
    """The manifest record of a freshly built article (stat after the files are in place)."""
    digests = {shown_path(project, path): value for path, value in result.files}
    template = digests[shown_path(project, project.template_path(result.slug))]
    # Languages not built this time (-l) stay valid only if their inputs did not move.
    same = previous is not None and (previous.slug, previous.source, previous.template) == (
        result.slug,
        result.source,
        template,
    )
    catalogs = dict(previous.catalogs) if same and previous else {}
    pages = dict(previous.pages) if same and previous else {}
    outcomes = dict(previous.outcomes) if same and previous else {}
    outputs = dict(previous.outputs) if same and previous else {}
    for language in languages:
        catalogs[language] = digests[
            shown_path(project, project.catalog_path(language, result.slug))
        ]
    for meta in result.pages:
        pages[meta.language] = {
            "title": meta.title,
            "description": meta.description,
            "date": meta.date.isoformat() if meta.date else None,
            **({"title_lang": meta.title_lang} if meta.title_lang else {}),
        }
    held = dict(previous.held) if same and previous else {}
    withheld = set(previous.withheld) if same and previous else set()
    for o in result.outcomes:
        outcomes[o.language] = [o.total, o.translated, o.untranslated, o.fuzzy, o.held]
        held[o.language] = [item.as_list() for item in o.withheld]
        if not held[o.language]:
            del held[o.language]
        withheld.discard(o.language)
        if not o.published:  # no page, and what an earlier build wrote is removed
            withheld.add(o.language)
            pages.pop(o.language, None)
            for path in project.article_outputs(
                o.language, result.slug, project.settings.root / result.ref
            ):
                outputs.pop(shown_path(project, path), None)
    for path, _ in result.files:
        if path.suffix.lower() in (*MARKDOWN_SUFFIXES, ".html"):
            info = stat_of(path)
            if info is not None:
                outputs[shown_path(project, path)] = info
    return ArticleRecord(
        slug=result.slug,
        source=result.source,
        template=template,
        catalogs=catalogs,
        outputs=outputs,
        pages=pages,
        outcomes=outcomes,
        context=result.context,
        units={**(previous.units if same and previous else {}), **result.units},
        held=held,
        withheld=sorted(withheld),
    )


def _written(
    project: Project,
    changed: set[Path],
    fresh: dict[str, ArticleRecord],
    results: list[ArticleResult],
    languages: Sequence[str],
    shard: Shard | None,
) -> FileChanges:
    """Every output file the build owns, in order, each marked written or left as it was."""
    settings = project.settings
    output_dir = settings.output_dir
    found: dict[str, bool] = {}  # shown path -> written now

    def note(paths: Iterable[Path]) -> None:
        for path in paths:
            if path.is_relative_to(output_dir):
                found.setdefault(shown_path(project, path), path in changed)

    built_languages = [settings.source_language, *languages]
    if settings.output_layout != "plain":  # translations where a generator reads them
        return _written_translations(project, changed, fresh, results, built_languages)
    note(path for result in results for path, _ in result.files)
    # The pages of fresh articles were left alone: named by text, not path (5,000 of them).
    inside = str(output_dir).startswith(str(settings.root) + "/") and os.sep == "/"
    prefix = shown_path(project, output_dir) + "/"
    for record in fresh.values():
        for language in built_languages:
            if language in record.withheld:
                continue
            for suffix in settings.page_suffixes:
                if inside:
                    found.setdefault(f"{prefix}{language}/{record.slug}{suffix}", False)
                else:
                    path = project.output_path(language, record.slug + suffix)
                    found.setdefault(shown_path(project, path), False)
    if settings.html:
        note(path for path, _ in site_assets(project))
    if settings.html and shard is None:
        note(project.output_path(lang, "index.html") for lang in built_languages)
        note([output_dir / "index.html"])
    written = FileChanges()
    for shown, did_write in found.items():
        written.record(shown, did_write)
    return written


def _written_translations(
    project: Project,
    changed: set[Path],
    fresh: dict[str, ArticleRecord],
    results: list[ArticleResult],
    languages: Sequence[str],
) -> FileChanges:
    """:func:`_written` for a generator's layout: each translation (and copy) the build
    owns, marked written or left as it was."""
    settings = project.settings
    found: dict[str, bool] = {}
    for result in results:
        for path, _ in result.files:
            if not path.is_relative_to(settings.locales_dir):
                found.setdefault(shown_path(project, path), path in changed)
    for ref, kept in fresh.items():
        for language in languages:
            if language in kept.withheld:
                continue
            for path in project.article_outputs(language, kept.slug, settings.root / ref):
                found.setdefault(shown_path(project, path), False)
    for path in sorted(changed):
        if translation_language(settings, path) is not None:
            found.setdefault(shown_path(project, path), True)  # copies
    written = FileChanges()
    for shown, did_write in found.items():
        written.record(shown, did_write)
    return written
