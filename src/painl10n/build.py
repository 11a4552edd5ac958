"""build: catalogs + skeletons → output/<lang>/<slug>.md and .html, and indexes."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib
from markdown_it.token import Token

from .a11y import accessible_body
from .assemble import assemble
from .catalogs.merge import MergeStats
from .catalogs.template import now_stamp
from .languages import PSEUDO_LOCALES
from .links import ArticleLinks, rewrite_links
from .localize.translations import published_translations
from .pipeline.extract import template_and_catalog
from .pipeline.update import update_catalog
from .project import Project
from .render import render_tokens
from .runtime.lock import locked
from .runtime.progress import Progress
from .runtime.shard import Shard
from .runtime.staging import FileChanges
from .site import ASSETS, PageMeta, article_page, asset, language_index, root_index
from .sources import frontmatter
from .sources.markdown import front_matter_token, parser
from .sources.model import Article, Segment
from .terms.matcher import TermMatcher


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
    written: FileChanges = field(default_factory=FileChanges)
    removed: list[str] = field(default_factory=list)
    skipped: int = 0  # articles whose outputs were up to date


@locked
def build(
    project: Project,
    languages: Sequence[str] | None = None,
    progress: Progress | None = None,
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
    return build_site(project, chosen, jobs=jobs, shard=shard, progress=progress)


@dataclass
class ArticleOutputs:
    """Everything one article produces: its template, catalogs and pages (not yet written)."""

    slug: str
    files: list[tuple[Path, str]]
    pages: list[PageMeta]
    outcomes: list[ArticleOutcome]
    stats: dict[str, MergeStats]
    catalogs: dict[str, polib.POFile] = field(default_factory=dict)


def build_article(
    project: Project,
    article: Article,
    languages: Sequence[str],
    *,
    links: ArticleLinks,
    present: Sequence[str],
    stamp: str | None = None,
    matcher: TermMatcher | None = None,
    source_tokens: list[Token] | None = None,
) -> ArticleOutputs:
    """Template, merged catalogs and pages of one article in the source and ``languages``.

    Pure apart from reading the article's current template and catalogs:
    the caller decides what to write, so articles can be built in any order
    or process and the results merged. ``links`` (every article's slug) and
    ``present`` (the languages this page exists in) come from the whole site.
    ``source_tokens``, the article's full parse, spares parsing its source page
    again (they are changed in place).
    """
    template_path, template_text, template = template_and_catalog(
        project, article, stamp or now_stamp()
    )
    outputs = ArticleOutputs(article.slug, [(template_path, template_text)], [], [], {})
    source = project.settings.source_language
    for language in [source, *languages]:
        tokens = None
        if language == source:
            text, tokens = article.text, source_tokens
        else:
            path, po_text, stats, catalog = update_catalog(
                project, language, article.slug, template, matcher
            )
            outputs.files.append((path, po_text))
            outputs.stats[language] = stats
            outputs.catalogs[language] = catalog
            text, outcome = localize(article, catalog, language)
            outputs.outcomes.append(outcome)
        outputs.files.append((project.output_path(language, f"{article.slug}.md"), text))
        if not project.settings.html:  # for a site generator of the publisher's own
            localized = None if language == source else text
            outputs.pages.append(_page_meta(article, localized, language))
            continue
        meta, body = _page(article, text, language, links, tokens)
        outputs.pages.append(meta)
        html = article_page(meta, body, list(present), source)
        outputs.files.append((project.output_path(language, f"{article.slug}.html"), html))
    return outputs


def site_indexes(
    project: Project, languages: Sequence[str], pages: dict[str, list[PageMeta]], count: int
) -> list[tuple[Path, str]]:
    """``output/<lang>/index.html`` for ``languages`` and ``output/index.html``."""
    built = list(languages)
    indexed = existing_languages(project, project.all_languages, built, "index.html")
    files = [
        (
            project.output_path(language, "index.html"),
            language_index(language, pages[language], indexed),
        )
        for language in built
    ]
    source = project.settings.source_language
    counts = dict.fromkeys(indexed, count)
    files.append((project.settings.output_dir / "index.html", root_index(indexed, source, counts)))
    return files


def site_assets(project: Project) -> list[tuple[Path, str]]:
    """The stylesheet and icon every page uses, under ``output/assets/``."""
    return [(project.settings.output_dir / name, asset(name)) for name in ASSETS]


def existing_languages(
    project: Project, languages: Sequence[str], built: Sequence[str], name: str
) -> list[str]:
    """The languages a page exists in: built now, or left by an earlier build."""
    return [
        code for code in languages if code in built or project.output_path(code, name).is_file()
    ]


def localize(article: Article, catalog: polib.POFile, language: str) -> tuple[str, ArticleOutcome]:
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


def _page(
    article: Article,
    text: str,
    language: str,
    links: ArticleLinks,
    tokens: list[Token] | None = None,
) -> tuple[PageMeta, str]:
    """Page facts from the front matter, and the safe HTML body: one parse for both.

    The front matter token renders to nothing, so the body needs no cutting.
    Article links lead to this language's pages; headings and tables are made
    accessible (:mod:`painl10n.a11y`).
    """
    if tokens is None:
        tokens = parser().parse(text)
    rewrite_links(tokens, links, article.ref)
    accessible_body(tokens)
    front_matter = tokens[0] if tokens and tokens[0].type == "front_matter" else None
    return _meta(article, front_matter, language), render_tokens(tokens)


def _page_meta(article: Article, localized: str | None, language: str) -> PageMeta:
    """The page facts alone: the localized front matter, without parsing the body
    (``localized`` None: the source page, whose front matter is read already)."""
    token = None if localized is None else front_matter_token(localized)
    return _meta(article, token, language)


def _meta(article: Article, front_matter: Token | None, language: str) -> PageMeta:
    """Title, description and date: the page's own front matter if it has one."""
    data = article.front_matter
    if front_matter is not None:
        data, _ = frontmatter.parse(front_matter, article.ref)
    return PageMeta(
        slug=article.slug,
        language=language,
        title=str(data.get("title") or article.slug),
        description=str(data.get("description") or ""),
        date=frontmatter.as_date(data.get("date")),
    )


def remove_site_files(project: Project) -> list[str]:
    """Without HTML pages, older pages (of any language, pseudo-locales too), the site
    index and its assets would be stale or lead nowhere."""
    output = project.settings.output_dir
    stale = [output / "index.html", *(output / name for name in ASSETS)]
    for code in dict.fromkeys([*project.all_languages, *PSEUDO_LOCALES]):
        folder = output / code
        stale += sorted(folder.glob("*.html")) if folder.is_dir() else []
    removed = []
    for path in stale:
        if path.is_file():
            os.remove(path)
            removed.append(project.shown(path))
    folders = {path.parent for path in (output / name for name in ASSETS)} - {output}
    for folder in folders:
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return removed


def remove_stale(project: Project, languages: Sequence[str], owned: set[str]) -> list[str]:
    """Pages of articles that no longer exist must not stay published.

    ``owned``: the names of the pages this build owns, in each language's folder.
    """
    removed = []
    for language in languages:
        folder = project.settings.output_dir / language
        try:
            entries = sorted(entry.name for entry in os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for name in entries:
            if os.path.splitext(name)[1] in (".md", ".html") and name not in owned:
                path = folder / name
                os.remove(path)
                removed.append(project.shown(path))
    return removed
