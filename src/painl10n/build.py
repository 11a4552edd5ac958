"""build: catalogs + skeletons → output/<lang>/<slug>.md and .html, and indexes."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from . import frontmatter
from .assemble import assemble
from .catalog import build_template, now_stamp
from .markdown import parser
from .merge import MergeStats
from .project import Project, Written, published_translations, template_file, update_catalog
from .render import render_tokens
from .segment import Article, Segment
from .shard import Shard
from .site import PageMeta, article_page, language_index, root_index
from .terms.matcher import TermMatcher

_CREATED = re.compile(r'^"POT-Creation-Date: (.*)\\n"$', re.M)


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
    skipped: int = 0  # articles whose outputs were up to date


def build(
    project: Project,
    languages: Sequence[str] | None = None,
    *,
    jobs: int = 1,
    shard: Shard | None = None,
) -> BuildResult:
    """Extract and update what is stale, then write the localized site.

    Articles whose inputs are unchanged since the last build are skipped
    (see :mod:`painl10n.incremental`); ``jobs`` > 1 spreads the others over
    processes; ``shard`` builds only one share of the articles.
    """
    from .incremental import build_site

    chosen = project.select_languages(languages)
    return build_site(project, chosen, jobs=jobs, shard=shard)


@dataclass
class ArticleOutputs:
    """Everything one article produces: its template, catalogs and pages (not yet written)."""

    slug: str
    files: list[tuple[Path, str]]
    pages: list[PageMeta]
    outcomes: list[ArticleOutcome]
    stats: dict[str, MergeStats]


def build_article(
    project: Project,
    article: Article,
    languages: Sequence[str],
    *,
    stamp: str | None = None,
    matcher: TermMatcher | None = None,
) -> ArticleOutputs:
    """Template, merged catalogs and pages of one article in the source and ``languages``.

    Pure apart from reading the article's current template and catalogs:
    the caller decides what to write, so articles can be built in any order
    or process and the results merged.
    """
    template_path, template_text = template_file(project, article, stamp or now_stamp())
    template = _template_in_memory(project, article, template_text)
    outputs = ArticleOutputs(article.slug, [(template_path, template_text)], [], [], {})
    site_languages = project.all_languages
    source = project.settings.source_language
    for language in [source, *languages]:
        if language == source:
            text = article.text
        else:
            path, po_text, stats, catalog = update_catalog(
                project, language, article.slug, template, matcher
            )
            outputs.files.append((path, po_text))
            outputs.stats[language] = stats
            text, outcome = _localize(article, catalog, language)
            outputs.outcomes.append(outcome)
        meta, body = _page(article, text, language)
        outputs.pages.append(meta)
        html = article_page(meta, body, site_languages, source)
        outputs.files.append((project.output_path(language, f"{article.slug}.md"), text))
        outputs.files.append((project.output_path(language, f"{article.slug}.html"), html))
    return outputs


def _template_in_memory(project: Project, article: Article, text: str) -> polib.POFile:
    """The template as update would read it back from ``text``, without parsing it.

    Only the creation date can differ from a fresh one (an unchanged template
    keeps its old date), and the catalogs copy that date into their header.
    """
    settings = project.settings
    template = build_template(
        article,
        source_language=settings.source_language,
        bugs_address=settings.bugs_address,
        created="",
    )
    found = _CREATED.search(text)
    template.metadata["POT-Creation-Date"] = found[1] if found else ""
    return template


def site_indexes(
    project: Project, languages: Sequence[str], pages: dict[str, list[PageMeta]]
) -> list[tuple[Path, str]]:
    """``output/<lang>/index.html`` for ``languages`` and ``output/index.html``."""
    site_languages = project.all_languages
    files = [
        (
            project.output_path(language, "index.html"),
            language_index(language, pages[language], site_languages),
        )
        for language in languages
    ]
    source = project.settings.source_language
    counts = dict.fromkeys(site_languages, len(pages[source]))
    files.append(
        (project.settings.output_dir / "index.html", root_index(site_languages, source, counts))
    )
    return files


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


def _page(article: Article, text: str, language: str) -> tuple[PageMeta, str]:
    """Page facts from the front matter, and the safe HTML body: one parse for both.

    The front matter token renders to nothing, so the body needs no cutting.
    """
    tokens = parser().parse(text)
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


def remove_stale(project: Project, languages: Sequence[str], produced: set[Path]) -> list[str]:
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
