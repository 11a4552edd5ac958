"""The translation memory inside a build: pre-filling rebuilt catalogs, as update does.

A build runs the memory in the parent process, over the catalogs the workers
rebuilt and, when a language's memory moved, the up-to-date catalogs it may
now fill. Pre-filled strings are fuzzy, so pages do not change; catalogs,
their digests and the completion figures do.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import NamedTuple

import polib

from ..catalogs.read import read_catalog_file
from ..languages import is_pseudo
from ..localize.translations import ArticleOutcome, localize
from ..memory.cache import load_pairs
from ..memory.engine import Unit, reviewed_pairs
from ..project import Project
from ..runtime.cachedir import digest
from ..runtime.staging import Staged, discard, stage_into
from ..sources.model import Article
from .article import ArticleResult
from .manifest import ArticleRecord, Memories, file_digest
from .prefill import prefill_catalogs
from .update import catalog_text, read_catalog


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


def memory_digests(
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
        for path in project.catalog_files(language):
            if path.stem not in owned:
                parts.append((f"orphan:{path.stem}", file_digest(path) or ""))
        found[language] = digest(json.dumps(parts).encode())
    return found


class _Other(NamedTuple):
    """An up-to-date article's catalog that a changed memory may fill."""

    ref: str
    record: ArticleRecord
    catalog: polib.POFile


def fresh_catalogs(
    project: Project, fresh: dict[str, ArticleRecord], memory: Memories, old: Memories
) -> dict[tuple[str, str], _Other]:
    """Up-to-date articles' catalogs that a changed memory may now pre-fill:
    those with untranslated strings in a language whose memory moved."""
    found: dict[tuple[str, str], _Other] = {}
    for language, value in memory.items():
        if old.get(language) == value:
            continue
        for ref, record in fresh.items():
            if record.outcome(language).untranslated:
                catalog = read_catalog(project, language, record.slug)
                if catalog is not None:
                    found[(language, record.slug)] = _Other(ref, record, catalog)
    return found


class Prefilled(NamedTuple):
    """The build after the translation memory: the rebuilt articles and the fresh
    records with the pre-filled catalogs' digests and completion, the staged
    files, and each language's memory digest (empty when ``tm`` is off)."""

    results: list[ArticleResult]
    fresh: dict[str, ArticleRecord]  # by source name
    staged: list[Staged]
    memory: Memories


def prefill_built(
    project: Project,
    results: list[ArticleResult],
    staged: list[Staged],
    fresh: dict[str, ArticleRecord],
    others: dict[tuple[str, str], _Other],
    memory: Memories,
    withheld: frozenset[str] = frozenset(),
) -> Prefilled:
    """Pre-fill the rebuilt catalogs from the translation memory, as update does.

    The memory is every catalog of the language: the rebuilt ones in memory,
    the others (up to date) from disk. ``others`` are up-to-date catalogs
    the memory may fill too; their records come back amended. Pre-filled
    strings are fuzzy, so pages do not change; the catalog's text, digest and
    completion figures do. Nothing given is changed: new values come back.
    The catalogs of the ``withheld`` slugs (articles refused by ``build
    --keep-going``) are not read: they may be the refused files.
    """
    unchanged = Prefilled(results, fresh, staged, memory)
    catalogs = {
        (language, result.slug): catalog
        for result in results
        for language, catalog in result.catalogs.items()
        if not is_pseudo(language)
    }
    catalogs.update({key: catalog for key, (_, _, catalog) in others.items()})
    if not catalogs:
        return unchanged  # nothing untranslated: no memory to build
    known = {
        (language, result.slug): [Unit(source, target, result.slug) for source, target in pairs]
        for result in results
        for language, pairs in _stored_pairs(project, result).items()
    }
    known.update({(lang, slug): [] for lang, _ in catalogs for slug in withheld})
    filled = prefill_catalogs(project, catalogs, known)
    if not filled:
        return unchanged
    by_slug = {result.slug: result for result in results}
    amended = dict(fresh)
    staged = list(staged)
    articles: dict[str, Article] = {}

    def article_of(ref: str) -> Article:
        """Each article is read once, however many of its languages were pre-filled."""
        if ref not in articles:
            articles[ref] = project.read_article(project.settings.root / ref)
        return articles[ref]

    for language, slug in sorted(filled):
        target = project.catalog_path(language, slug)
        if (language, slug) in others:
            ref, _, catalog = others[(language, slug)]
            text = catalog_text(project, target, catalog)
            stage_into(staged, target, text)
            previous = amended[ref]
            outcome = _again(article_of(ref), catalog, previous.outcome(language))
            amended[ref] = dataclasses.replace(
                previous,
                catalogs={**previous.catalogs, language: digest(text.encode("utf-8"))},
                outcomes={**previous.outcomes, language: _counts(outcome)},
            )
            continue
        result = by_slug[slug]
        text = catalog_text(project, target, catalogs[(language, slug)])
        payload = text.encode("utf-8")
        files = [
            (path, digest(payload) if path == target else value) for path, value in result.files
        ]
        earlier = [item for item in staged if item.target == target]
        discard(earlier)
        staged = [item for item in staged if item.target != target]
        stage_into(staged, target, payload, earlier[0].base if earlier else None)
        [before] = [o for o in result.outcomes if o.language == language]
        outcome = _again(article_of(result.ref), catalogs[(language, slug)], before)
        outcomes = [outcome if o.language == language else o for o in result.outcomes]
        by_slug[slug] = dataclasses.replace(result, files=files, outcomes=outcomes)
    return Prefilled([by_slug[result.slug] for result in results], amended, staged, memory)


def _again(article: Article, catalog: polib.POFile, before: ArticleOutcome) -> ArticleOutcome:
    """The outcome of a catalog the memory pre-filled: its new strings are fuzzy, so
    what the gate held and whether the page is published stay as they were."""
    held = {withheld.key: withheld for withheld in before.withheld}
    _, outcome = localize(article, catalog, before.language, held)
    outcome.published = before.published
    return outcome


def _counts(outcome: ArticleOutcome) -> list[int]:
    """An outcome as the manifest records it."""
    return [
        outcome.total,
        outcome.translated,
        outcome.untranslated,
        outcome.fuzzy,
        outcome.held,
    ]
