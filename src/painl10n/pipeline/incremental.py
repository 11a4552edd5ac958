"""Incremental builds: skip every article whose inputs and outputs are as last built.

The manifest ``.painl10n/cache/build.json`` (inside the project, git-ignored)
records, per source article, the SHA-256 of the files that decide its
outputs as they were after the last build (the source, its template, its
catalog in each language) and the size and mtime of each page it wrote.
An article is rebuilt when any of them differs (a translator edited a
catalog, someone deleted a page ...); the others are not even parsed.

The whole manifest is thrown away when its key changes: the painl10n
version and code, the page templates, the settings (languages included)
and the termbase. A missing or unreadable manifest simply means a full
build; the manifest is written last, after every output is in place.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..catalogs.template import now_stamp
from ..localize.translations import ArticleOutcome
from ..memory.cache import prune as prune_units
from ..project import Project, check_unique_slugs
from ..runtime.cachedir import digest
from ..runtime.parallel import run_ordered
from ..runtime.progress import Progress, report_progress
from ..runtime.shard import Shard
from ..runtime.staging import FileChanges, Staged, commit, discard, stage_into
from ..site.links import ArticleLinks
from ..site.pages import PageMeta
from ..sources.discover import default_slug, discover
from .article import ArticleResult, ArticleTask, process_article
from .build_memory import fresh_catalogs, memory_digests, prefill_built
from .extract import remove_stale_templates
from .manifest import (
    ArticleRecord,
    IndexRecord,
    Manifest,
    Memories,
    cache_key,
    catalog_digests,
    file_digest,
    is_fresh,
    load_manifest,
    save_manifest,
    shown_path,
    stat_of,
)
from .site_files import (
    existing_languages,
    remove_site_files,
    remove_stale,
    site_assets,
    site_indexes,
)


@dataclass
class BuildResult:
    outcomes: list[ArticleOutcome] = field(default_factory=list)
    written: FileChanges = field(default_factory=FileChanges)
    removed: list[str] = field(default_factory=list)
    skipped: int = 0  # articles whose outputs were up to date


def build_site(
    project: Project,
    languages: Sequence[str],
    *,
    jobs: int = 1,
    shard: Shard | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Rebuild the stale articles (over ``jobs`` processes), then indexes and manifest.

    Cross-article inputs are part of each record's ``context``: the link map
    (every article's source and slug, so links between articles are rewritten
    per language) and the languages the page exists in. The translation memory
    reads every catalog of a language, so it runs here, in this process, over
    the rebuilt catalogs (the others are read from disk as memory); when any
    article is rebuilt, the ones with untranslated strings are rebuilt too,
    since a new translation may now pre-fill them.
    """
    key = cache_key(project)
    manifest = load_manifest(project, key)
    records, old_memory = manifest.records, manifest.memory
    settings = project.settings
    source_language = settings.source_language
    built_languages = [source_language, *languages]
    sources = discover(settings.source_dir, project.shown)
    digests: dict[str, str] = {}
    slugs: dict[str, str] = {}
    for path in sources:  # every slug first: links lead to any article
        ref = shown_path(project, path)
        digests[ref] = digest(path.read_bytes())
        record = records.get(ref)
        if record is not None and record.source == digests[ref]:
            slugs[ref] = record.slug
        else:  # the worker segments it; the slug alone is far cheaper to learn
            slugs[ref] = project.article_slug(path)
    check_unique_slugs(sorted(slugs.items()))
    pairs = sorted(slugs.items())
    links = ArticleLinks.of(source_language, pairs)
    links_digest = digest(json.dumps(pairs).encode())
    chosen = sources
    if shard is not None:
        chosen = shard.select(sources, lambda p: default_slug(p, settings.source_dir))
    fresh: dict[str, ArticleRecord] = {}
    scope: dict[str, tuple[Path, list[str], str]] = {}  # ref -> path, present, context
    for path in chosen:
        ref = shown_path(project, path)
        present = existing_languages(
            project, project.all_languages, built_languages, f"{slugs[ref]}.html"
        )
        context = digest(f"{links_digest}\0{','.join(present)}".encode())
        scope[ref] = (path, present, context)
        record = records.get(ref)
        if record is not None and is_fresh(project, record, digests[ref], languages, context):
            fresh[ref] = record
    tasks = [
        ArticleTask(path, digests[ref], present, context)
        for ref, (path, present, context) in scope.items()
        if ref not in fresh
    ]

    task = partial(process_article, project, tuple(languages), now_stamp(), links)
    results: list[ArticleResult] = []
    staged: list[Staged] = []
    try:
        failures: list[Exception] = []
        merges = len(tasks) * len(languages)
        for result in run_ordered(task, tasks, jobs):
            if isinstance(result, Exception):
                failures.append(result)
            else:
                results.append(result)
                staged.extend(result.staged)
                for language in languages:
                    report_progress(progress, f"{language}/{result.slug}", merges)
        if failures:
            raise failures[0]
        memory: Memories = {}
        if settings.tm:
            memory = memory_digests(project, languages, fresh, results)
            others = fresh_catalogs(project, fresh, memory, old_memory)
            staged = prefill_built(project, results, staged, others)
        page_total = len(tasks) * len(built_languages)
        for result in results:
            for meta in result.pages:
                report_progress(progress, f"{meta.language}/{result.slug}", page_total)
        pages = _pages(project, chosen, languages, fresh, results)
        extra = site_assets(project) if settings.html else []  # every shard: pages need them
        indexes = manifest.indexes
        if shard is None and settings.html:
            inputs = _index_inputs(project, built_languages, pages, len(sources))
            if not _indexes_fresh(project, manifest.indexes, inputs):
                index_files = site_indexes(project, built_languages, pages, len(sources))
                extra += index_files
                files = {
                    shown_path(project, path): digest(text.encode()) for path, text in index_files
                }
                indexes = IndexRecord(inputs, files)
        for target, text in extra:
            stage_into(staged, target, text)
    except BaseException:
        discard(staged)
        raise
    changed = set(commit(staged))

    outcome = BuildResult(skipped=len(fresh))
    new_records = {ref: record for ref, record in records.items() if ref in fresh}
    if shard is not None:  # keep what other shards built
        new_records = {
            ref: record
            for ref, record in records.items()
            if ref in fresh or not shard.holds(_source_name(project, ref))
        }
    for result in results:
        new_records[result.ref] = _record(project, result, records.get(result.ref), languages)
    by_ref = {shown_path(project, path): path for path in chosen}
    for ref in by_ref:
        if ref in fresh:
            outcome.outcomes.extend(fresh[ref].outcome(lang) for lang in languages)
        else:
            result = next(r for r in results if r.ref == ref)
            outcome.outcomes.extend(result.outcomes)
    outcome.written = _written(project, changed, fresh, results, languages, shard)
    if shard is None:
        built_slugs = {r.slug for r in fresh.values()} | {r.slug for r in results}
        templates = {project.template_path(slug) for slug in built_slugs}
        outcome.written.removed = remove_stale_templates(project, templates)
        pages_owned = {
            f"{slug}{suffix}" for slug in built_slugs for suffix in settings.page_suffixes
        }
        if settings.html:
            pages_owned.add("index.html")
        outcome.removed = remove_stale(project, built_languages, pages_owned)
        if not settings.html:
            outcome.removed += remove_site_files(project)
        new_records = {ref: record for ref, record in new_records.items() if ref in by_ref}
    kept = {lang: value for lang, value in old_memory.items() if lang not in memory}
    save_manifest(project, key, Manifest(new_records, {**kept, **memory}, indexes))
    if shard is None and settings.tm:  # every catalog's digest is known: drop the rest
        prune_units(project.settings.root, catalog_digests(new_records))
    return outcome


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
        }
    for o in result.outcomes:
        outcomes[o.language] = [o.total, o.translated, o.untranslated, o.fuzzy]
    for path, _ in result.files:
        if path.suffix in (".md", ".html"):
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

    note(path for result in results for path, _ in result.files)
    built_languages = [settings.source_language, *languages]
    # The pages of fresh articles were left alone: named by text, not path (5,000 of them).
    inside = str(output_dir).startswith(str(settings.root) + "/") and os.sep == "/"
    prefix = shown_path(project, output_dir) + "/"
    for record in fresh.values():
        for language in built_languages:
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
