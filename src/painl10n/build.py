"""build: catalogs + skeletons → output/<lang>/<slug>.md and .html, and indexes."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from . import frontmatter
from .a11y import accessible_body
from .assemble import assemble
from .links import ArticleLinks, rewrite_links
from .lock import locked
from .markdown import parser
from .progress import Progress, report_progress
from .project import Project, Written, commit_files, extract, published_translations, update
from .render import render_tokens
from .segment import Article, Segment
from .site import ASSETS, PageMeta, article_page, asset, language_index, root_index


@dataclass
class ArticleOutcome:
    """How complete one article is in one language."""

    language: str
    slug: str
    total: int
    translated: int
    untranslated: int
    fuzzy: int


@dataclass
class BuildResult:
    outcomes: list[ArticleOutcome] = field(default_factory=list)
    written: Written = field(default_factory=Written)
    removed: list[str] = field(default_factory=list)


@locked
def build(
    project: Project, languages: Sequence[str] | None = None, progress: Progress | None = None
) -> BuildResult:
    """Extract and update when stale, then write the localized site."""
    chosen = project.select_languages(languages)
    articles, _ = extract(project)
    updated = update(project, chosen, slugs=[a.slug for a in articles], progress=progress)
    result = BuildResult()
    site_languages = project.all_languages
    files: list[tuple[Path, str]] = []
    pages: dict[str, list[PageMeta]] = {code: [] for code in [*site_languages, *chosen]}
    source = project.settings.source_language
    built_languages = [source, *chosen]
    links = ArticleLinks.of(source, [(a.ref, a.slug) for a in articles])
    for article in articles:
        present = _existing(project, site_languages, built_languages, f"{article.slug}.html")
        for language in [source, *chosen]:
            if language == source:
                text = article.text
            else:
                catalog = updated.catalogs[(language, article.slug)]
                text, outcome = _localize(article, catalog, language)
                result.outcomes.append(outcome)
            meta, body = _page(article, text, language, links)
            pages[language].append(meta)
            files.append((project.output_path(language, f"{article.slug}.md"), text))
            html = article_page(meta, body, present, source)
            files.append((project.output_path(language, f"{article.slug}.html"), html))
            report_progress(
                progress, f"{language}/{article.slug}", len(articles) * (1 + len(chosen))
            )
    indexed = _existing(project, site_languages, built_languages, "index.html")
    for language in built_languages:
        files.append(
            (
                project.output_path(language, "index.html"),
                language_index(language, pages[language], indexed),
            )
        )
    counts = dict.fromkeys(indexed, len(articles))
    output = project.settings.output_dir
    files.append((output / "index.html", root_index(indexed, source, counts)))
    files.extend((output / name, asset(name)) for name in ASSETS)
    result.written = commit_files(project, files)
    result.removed = _remove_stale(project, built_languages, {p for p, _ in files})
    return result


def _localize(article: Article, catalog: polib.POFile, language: str) -> tuple[str, ArticleOutcome]:
    published = published_translations(catalog)
    states = {(e.msgctxt, e.msgid): e for e in catalog if not e.obsolete}
    fuzzy = untranslated = 0

    def lookup(seg: Segment) -> str | None:
        nonlocal fuzzy, untranslated
        key = (seg.context, seg.msgid)
        if key in published:
            return published[key]
        entry = states.get(key)
        if entry is not None and entry.msgstr and "fuzzy" in entry.flags:
            fuzzy += 1
        else:
            untranslated += 1
        return None

    built = assemble(article, lookup)
    outcome = ArticleOutcome(
        language, article.slug, len(article.segments), built.translated, untranslated, fuzzy
    )
    return built.text, outcome


def _existing(project: Project, languages: list[str], built: list[str], name: str) -> list[str]:
    """The languages a page exists in: built now, or left by an earlier build."""
    return [
        code for code in languages if code in built or project.output_path(code, name).is_file()
    ]


def _page(article: Article, text: str, language: str, links: ArticleLinks) -> tuple[PageMeta, str]:
    """Page facts from the front matter, and the safe HTML body: one parse for both.

    The front matter token renders to nothing, so the body needs no cutting.
    Article links lead to this language's pages; headings and tables are made
    accessible (:mod:`painl10n.a11y`).
    """
    tokens = parser().parse(text)
    rewrite_links(tokens, links, article.ref)
    accessible_body(tokens)
    data = article.front_matter
    if tokens and tokens[0].type == "front_matter":
        data, _ = frontmatter.parse(tokens[0], article.ref)
    meta = PageMeta(
        slug=article.slug,
        language=language,
        title=str(data.get("title") or article.slug),
        description=str(data.get("description") or ""),
        date=frontmatter.as_date(data.get("date")),
    )
    return meta, render_tokens(tokens)


def _remove_stale(project: Project, languages: list[str], produced: set[Path]) -> list[str]:
    """Pages of articles that no longer exist must not stay published."""
    removed = []
    for language in languages:
        folder = project.settings.output_dir / language
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in (".md", ".html") and path not in produced:
                os.remove(path)
                removed.append(project.shown(path))
    return removed
