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

import dataclasses
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import NamedTuple

import polib

from ._version import __version__
from .build import (
    ArticleOutcome,
    BuildResult,
    build_article,
    existing_languages,
    localize,
    remove_site_files,
    remove_stale,
    site_assets,
    site_indexes,
)
from .catalogs.merge import MergeStats
from .catalogs.read import read_catalog_file
from .catalogs.template import now_stamp
from .languages import is_pseudo
from .links import ArticleLinks
from .memory.cache import load_pairs, pairs_file
from .memory.cache import prune as prune_units
from .memory.engine import Unit, has_untranslated, reviewed_pairs, reviewed_units
from .pipeline.extract import remove_stale_templates
from .pipeline.prefill import prefill_catalogs
from .pipeline.update import catalog_text, read_catalog, term_matcher
from .project import Project, check_unique_slugs
from .runtime.cachedir import cache_path, digest, write_cache
from .runtime.parallel import run_ordered
from .runtime.progress import Progress, report_progress
from .runtime.shard import Shard
from .runtime.staging import FileChanges, Staged, commit, discard, stage_into
from .site import PageMeta
from .sources.discover import default_slug, discover
from .sources.model import Article

MANIFEST_NAME = "build.json"
_FORMAT = 3
_PACKAGE = Path(__file__).resolve().parent


def _file_digest(path: Path) -> str | None:
    try:
        return digest(path.read_bytes())
    except FileNotFoundError:
        return None


def _shown(project: Project, path: Path) -> str:
    """``project.shown`` without resolving symlinks: our paths are already resolved.

    (Resolving costs a system call per path component, tens of thousands per build;
    where paths are POSIX, a prefix test on the text does what ``relative_to`` does.)
    """
    if os.sep == "/":
        root, text = str(project.settings.root), str(path)
        if text.startswith(root) and text[len(root) : len(root) + 1] == "/" and root != "/":
            return text[len(root) + 1 :]
    try:
        return path.relative_to(project.settings.root).as_posix()
    except ValueError:
        return project.shown(path)


def manifest_path(project: Project) -> Path:
    return cache_path(project.settings.root, MANIFEST_NAME)


def cache_key(project: Project) -> str:
    """What invalidates every record: code, page templates, assets, settings, termbase
    and (when the translation memory is on) the imported memories."""
    code = hashlib.sha256(__version__.encode())
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in (".py", ".html", ".css", ".svg") and path.is_file():
            code.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            code.update(path.read_bytes())
    settings = repr(project.settings).encode()
    termbase = _file_digest(project.settings.termbase) or "none"
    memories = ""
    folder = project.settings.locales_dir / "memory"
    if project.settings.tm and folder.is_dir():
        memories = ",".join(f"{p.name}:{_file_digest(p)}" for p in sorted(folder.glob("*.tmx")))
    return digest(code.digest() + settings + termbase.encode() + memories.encode())


# -- the manifest ------------------------------------------------------------


@dataclasses.dataclass
class ArticleRecord:
    """What one article's outputs were built from, and what they were."""

    slug: str
    source: str
    template: str
    catalogs: dict[str, str]  # language -> digest
    outputs: dict[str, list[int]]  # shown path -> [size, mtime_ns]
    pages: dict[str, dict[str, str | None]]  # language -> PageMeta fields
    outcomes: dict[str, list[int]]  # language -> [total, translated, untranslated, fuzzy]
    context: str = ""  # digest of what other articles decide: the link map, present languages
    units: dict[str, str] = dataclasses.field(default_factory=dict)  # language -> reviewed units

    def page(self, language: str) -> PageMeta:
        data = self.pages[language]
        date = data.get("date")
        return PageMeta(
            slug=self.slug,
            language=language,
            title=str(data["title"]),
            description=str(data["description"]),
            date=dt.date.fromisoformat(date) if date else None,
        )

    def outcome(self, language: str) -> ArticleOutcome:
        total, translated, untranslated, fuzzy = self.outcomes[language]
        return ArticleOutcome(language, self.slug, total, translated, untranslated, fuzzy)


Memories = dict[str, str]  # language -> digest of its translation memory


class IndexRecord(NamedTuple):
    """The index pages' inputs (a digest) and the digest of each page written from them."""

    inputs: str
    files: dict[str, str]  # shown path -> digest


@dataclasses.dataclass
class Manifest:
    """What the last build recorded: per article, per memory, and the index pages."""

    records: dict[str, ArticleRecord] = dataclasses.field(default_factory=dict)
    memory: Memories = dataclasses.field(default_factory=dict)
    indexes: IndexRecord = dataclasses.field(default_factory=lambda: IndexRecord("", {}))


def load_manifest(project: Project, key: str) -> Manifest:
    """What the last build recorded; empty when missing, corrupt or for other inputs."""
    try:
        data = json.loads(manifest_path(project).read_text("utf-8"))
        if data.get("format") != _FORMAT or data.get("key") != key:
            return Manifest()
        records = {ref: ArticleRecord(**fields) for ref, fields in data["articles"].items()}
        memory = {str(k): str(v) for k, v in data["memory"].items()}
        files = {str(k): str(v) for k, v in data["indexes"]["files"].items()}
        return Manifest(records, memory, IndexRecord(str(data["indexes"]["inputs"]), files))
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return Manifest()


def save_manifest(project: Project, key: str, manifest: Manifest) -> None:
    """Compact JSON: the C encoder writes it (an indented one takes Python's, 5 x slower)."""
    records = manifest.records
    document = {
        "format": _FORMAT,
        "key": key,
        "articles": {ref: vars(records[ref]) for ref in sorted(records)},
        "memory": manifest.memory,
        "indexes": manifest.indexes._asdict(),
    }
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    write_cache(project.settings.root, MANIFEST_NAME, text + "\n")


def _stat(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return [info.st_size, info.st_mtime_ns]


def is_fresh(
    project: Project,
    record: ArticleRecord,
    source_digest: str,
    languages: Sequence[str],
    context: str,
) -> bool:
    """True when nothing that decides this article's outputs has moved since they were built."""
    if record.source != source_digest or record.context != context:
        return False
    if _file_digest(project.template_path(record.slug)) != record.template:
        return False
    for language in languages:
        if language not in record.outcomes or language not in record.catalogs:
            return False
        if _file_digest(project.catalog_path(language, record.slug)) != record.catalogs[language]:
            return False
    for language in [project.settings.source_language, *languages]:
        if language not in record.pages:
            return False
        for suffix in project.settings.page_suffixes:
            path = project.output_path(language, record.slug + suffix)
            if _stat(path) != record.outputs.get(_shown(project, path)):
                return False
    return True


# -- building one article (in any process) -----------------------------------


@dataclasses.dataclass
class ArticleResult:
    """What a worker hands back: staged files and the facts for the manifest."""

    ref: str
    source: str
    slug: str
    files: list[tuple[Path, str]]  # (path, digest) of everything the article owns
    staged: list[Staged]
    pages: list[PageMeta]
    outcomes: list[ArticleOutcome]
    stats: dict[str, MergeStats]
    context: str
    catalogs: dict[str, polib.POFile]  # only those the translation memory may pre-fill
    units: dict[str, str]  # language -> digest of the catalog's reviewed units


@dataclasses.dataclass
class ArticleTask:
    """One stale article: its source, and what the rest of the site decides about it."""

    path: Path
    source: str  # digest
    present: list[str]  # languages its page exists in
    context: str


def process_article(
    project: Project, languages: tuple[str, ...], stamp: str, links: ArticleLinks, item: ArticleTask
) -> ArticleResult | Exception:
    """Build one article and stage whatever changed (runs in a worker process).

    An error is handed back, not raised, so the caller still receives (and
    can discard) what the other articles staged before it stops the build.
    """
    try:
        return _process_article(project, languages, stamp, links, item)
    except Exception as exc:
        return exc


def _process_article(
    project: Project, languages: tuple[str, ...], stamp: str, links: ArticleLinks, item: ArticleTask
) -> ArticleResult:
    path, source_digest = item.path, item.source
    if project.settings.html:
        article, tokens = project.read_article_parsed(path)
    else:  # no page to render: the lighter segmenting parse will do
        article, tokens = project.read_article(path), None
    outputs = build_article(
        project,
        article,
        languages,
        links=links,
        present=item.present,
        stamp=stamp,
        matcher=term_matcher(project),
        source_tokens=tokens,
    )
    reviewed = {
        language: reviewed_units(catalog, article.slug)
        for language, catalog in outputs.catalogs.items()
    }
    root = project.settings.root
    fillable: dict[str, polib.POFile] = {}
    if project.settings.tm:  # handing back whole catalogs costs: only those with gaps
        fillable = {
            language: catalog
            for language, catalog in outputs.catalogs.items()
            if not is_pseudo(language) and has_untranslated(catalog)
        }
    staged: list[Staged] = []
    files: list[tuple[Path, str]] = []
    try:
        catalogs = {project.catalog_path(lang, article.slug): lang for lang in reviewed}
        for target, text in outputs.files:
            payload = text.encode("utf-8")
            files.append((target, digest(payload)))
            stage_into(staged, target, payload)
            language = catalogs.get(target)
            if project.settings.tm and language is not None and not is_pseudo(language):
                pairs = [(unit.source, unit.target) for unit in reviewed[language]]
                remembered = pairs_file(root, files[-1][1], pairs)  # for the memory
                if remembered is not None:
                    stage_into(staged, *remembered)
    except BaseException:
        discard(staged)
        raise
    return ArticleResult(
        _shown(project, path),  # the name build_site knows it by (symlinks unresolved)
        source_digest,
        article.slug,
        files,
        staged,
        outputs.pages,
        outputs.outcomes,
        outputs.stats,
        item.context,
        fillable,
        {lang: _units_digest(units) for lang, units in reviewed.items()},
    )


# -- the whole site ----------------------------------------------------------


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
        ref = _shown(project, path)
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
        ref = _shown(project, path)
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
            memory = _memory_digests(project, languages, fresh, results)
            others = _fresh_catalogs(project, fresh, memory, old_memory)
            staged = _prefill(project, results, staged, others)
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
                files = {_shown(project, path): digest(text.encode()) for path, text in index_files}
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
    by_ref = {_shown(project, path): path for path in chosen}
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
        prune_units(project.settings.root, _catalog_digests(new_records))
    return outcome


def _stored_pairs(project: Project, result: ArticleResult) -> dict[str, list[tuple[str, str]]]:
    """The reviewed pairs a worker stored for each rebuilt catalog, by language.

    They are still staged (nothing is in place before the build commits); a
    catalog is parsed again only if its pairs are missing.
    """
    staged = {item.target: item.temporary for item in result.staged}
    digests = dict(result.files)
    found = {}
    for language in result.units:
        if is_pseudo(language):
            continue
        path = project.catalog_path(language, result.slug)
        pairs = load_pairs(project.settings.root, digests[path], staged)
        if pairs is None:
            shown = project.shown(path)
            pairs = reviewed_pairs(read_catalog_file(staged.get(path, path), shown=shown))
        found[language] = pairs
    return found


def _catalog_digests(records: dict[str, ArticleRecord]) -> set[str]:
    return {value for record in records.values() for value in record.catalogs.values()}


def _units_digest(units: list[Unit]) -> str:
    """What a catalog adds to its language's translation memory."""
    pairs = sorted((u.source, u.target) for u in units)
    return digest(json.dumps(pairs, ensure_ascii=False).encode())


def _memory_digests(
    project: Project,
    languages: Sequence[str],
    fresh: dict[str, ArticleRecord],
    results: list[ArticleResult],
) -> Memories:
    """Per language, a digest of everything its translation memory is built from:
    each article's reviewed units and the catalogs no article owns any more
    (the imported memory is in the cache key)."""
    found: Memories = {}
    for language in languages:
        if is_pseudo(language):
            continue
        parts = sorted(
            [(r.slug, r.units.get(language, "")) for r in fresh.values()]
            + [(r.slug, r.units.get(language, "")) for r in results]
        )
        owned = {slug for slug, _ in parts}
        folder = project.settings.locales_dir / language / "LC_MESSAGES"
        for path in sorted(folder.glob("*.po")) if folder.is_dir() else []:
            if path.stem not in owned:
                parts.append((f"orphan:{path.stem}", _file_digest(path) or ""))
        found[language] = digest(json.dumps(parts).encode())
    return found


_Other = tuple[str, ArticleRecord, polib.POFile]  # ref, record, catalog


def _fresh_catalogs(
    project: Project, fresh: dict[str, ArticleRecord], memory: Memories, old: Memories
) -> dict[tuple[str, str], _Other]:
    """Up-to-date articles' catalogs that a changed memory may now pre-fill:
    those with untranslated strings in a language whose memory moved."""
    found: dict[tuple[str, str], _Other] = {}
    for language, value in memory.items():
        if old.get(language) == value:
            continue
        for ref, record in fresh.items():
            if record.outcomes[language][2]:
                catalog = read_catalog(project, language, record.slug)
                if catalog is not None:
                    found[(language, record.slug)] = (ref, record, catalog)
    return found


def _prefill(
    project: Project,
    results: list[ArticleResult],
    staged: list[Staged],
    others: dict[tuple[str, str], _Other],
) -> list[Staged]:
    """Pre-fill the rebuilt catalogs from the translation memory, as update does.

    The memory is every catalog of the language: the rebuilt ones in memory,
    the others (up to date) from disk. ``others`` are up-to-date catalogs
    the memory may fill too; their records are amended in place. Pre-filled
    strings are fuzzy, so pages do not change; the catalog's text, digest and
    completion figures do.
    """
    catalogs = {
        (language, result.slug): catalog
        for result in results
        for language, catalog in result.catalogs.items()
        if not is_pseudo(language)
    }
    catalogs.update({key: catalog for key, (_, _, catalog) in others.items()})
    if not catalogs:
        return staged  # nothing untranslated: no memory to build
    known = {
        (language, result.slug): [Unit(source, target, result.slug) for source, target in pairs]
        for result in results
        for language, pairs in _stored_pairs(project, result).items()
    }
    filled = prefill_catalogs(project, catalogs, known)
    if not filled:
        return staged
    by_slug = {result.slug: result for result in results}
    articles: dict[str, Article] = {}

    def article_of(ref: str) -> Article:
        """Each article is read once, however many of its languages were pre-filled."""
        if ref not in articles:
            articles[ref] = project.read_article(project.settings.root / ref)
        return articles[ref]

    for language, slug in sorted(filled):
        target = project.catalog_path(language, slug)
        if (language, slug) in others:
            ref, record, catalog = others[(language, slug)]
            text = catalog_text(project, target, catalog)
            stage_into(staged, target, text)
            record.catalogs[language] = digest(text.encode("utf-8"))
            _, outcome = localize(article_of(ref), catalog, language)
            record.outcomes[language] = [
                outcome.total,
                outcome.translated,
                outcome.untranslated,
                outcome.fuzzy,
            ]
            continue
        result = by_slug[slug]
        text = catalog_text(project, target, catalogs[(language, slug)])
        payload = text.encode("utf-8")
        result.files = [
            (path, digest(payload) if path == target else value) for path, value in result.files
        ]
        old = [item for item in staged if item.target == target]
        discard(old)
        staged = [item for item in staged if item.target != target]
        stage_into(staged, target, payload)
        _, outcome = localize(article_of(result.ref), catalogs[(language, slug)], language)
        result.outcomes = [outcome if o.language == language else o for o in result.outcomes]
    return staged


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
    return all(_file_digest(root / shown) == found for shown, found in record.files.items())


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
        ref = _shown(project, path)
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
    digests = {_shown(project, path): value for path, value in result.files}
    template = digests[_shown(project, project.template_path(result.slug))]
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
        catalogs[language] = digests[_shown(project, project.catalog_path(language, result.slug))]
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
            info = _stat(path)
            if info is not None:
                outputs[_shown(project, path)] = info
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
                found.setdefault(_shown(project, path), path in changed)

    note(path for result in results for path, _ in result.files)
    built_languages = [settings.source_language, *languages]
    # The pages of fresh articles were left alone: named by text, not path (5,000 of them).
    inside = str(output_dir).startswith(str(settings.root) + "/") and os.sep == "/"
    prefix = _shown(project, output_dir) + "/"
    for record in fresh.values():
        for language in built_languages:
            for suffix in settings.page_suffixes:
                if inside:
                    found.setdefault(f"{prefix}{language}/{record.slug}{suffix}", False)
                else:
                    path = project.output_path(language, record.slug + suffix)
                    found.setdefault(_shown(project, path), False)
    if settings.html:
        note(path for path, _ in site_assets(project))
    if settings.html and shard is None:
        note(project.output_path(lang, "index.html") for lang in built_languages)
        note([output_dir / "index.html"])
    written = FileChanges()
    for shown, did_write in found.items():
        written.record(shown, did_write)
    return written


__all__ = ["build_site", "cache_key", "load_manifest", "manifest_path", "process_article"]
