"""One article, built: its template, catalogs and pages, staged by a worker.

Pure apart from reading the article's template and catalogs: the caller
decides what to write, so articles can be built in any order or process and
the results merged (:mod:`painl10n.pipeline.incremental`).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib
from markdown_it.token import Token

from ..catalogs.merge import MergeStats
from ..catalogs.template import now_stamp
from ..errors import Painl10nError, raise_all
from ..languages import html_lang, is_pseudo, text_direction
from ..localize.fallback_attributes import mark_fallback_blocks
from ..localize.fallback_html import mark_fallback_html
from ..localize.permalinks import localized_address
from ..localize.translations import ArticleOutcome, Localized, localize_article
from ..memory.cache import pairs_file
from ..memory.engine import has_untranslated, reviewed_units
from ..po import read_po
from ..project import Project
from ..runtime.cachedir import digest
from ..runtime.fileio import majority_line_ending
from ..runtime.staging import Staged, discard, stage_into
from ..site import chrome
from ..site.a11y import accessible_body, split_title, title_text
from ..site.anchors import set_heading_ids, source_heading_ids
from ..site.fallback import mark_fallback
from ..site.links import ArticleLinks, rewrite_links
from ..site.pages import PageMeta, SiteOptions, article_page
from ..site.render import Allowances, allowances_of, render_tokens
from ..site.typography import bind_units_in_tokens
from ..sources import frontmatter
from ..sources.front_matter_formats import blanked, front_matter_formats, split_front_matter
from ..sources.markdown import copy_tokens, front_matter_token, parser
from ..sources.model import Article, Flavor, Unoffered
from ..terms.matcher import TermMatcher
from .extract import template_and_catalog
from .gate import Fate, gate_of, page_fate
from .manifest import shown_path, units_digest
from .update import term_matcher, update_catalog


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
    source_path: Path | None = None,
) -> ArticleOutputs:
    """Template, merged catalogs and pages of one article in the source and ``languages``.

    Pure apart from reading the article's current template and catalogs:
    the caller decides what to write, so articles can be built in any order
    or process and the results merged. ``links`` (every article's slug) and
    ``present`` (the languages this page exists in) come from the whole site.
    ``source_tokens``, the article's full parse, spares parsing its source page
    again (they are changed in place). ``source_path`` (the article's file; by
    default, from its ``ref``) places the translations of a generator's layout.
    """
    template_path, template_text, template = template_and_catalog(
        project, article, stamp or now_stamp()
    )
    outputs = ArticleOutputs(article.slug, [(template_path, template_text)], [], [], {})
    path = source_path if source_path is not None else project.settings.root / article.ref
    source = project.settings.source_language
    site = SiteOptions.of(project.settings)
    decided: _SourcePage | None = None  # by the source page, for its translations
    refused: list[Painl10nError] = []  # a bad catalog refuses the article, once all are tried
    texts: list[tuple[str, str, Localized | None]] = []  # each language's Markdown
    for language in [source, *languages]:
        try:
            localized = _localized(project, article, language, template, matcher, outputs)
            text = article.text if localized is None else localized.text
            texts.append((language, text, localized))
        except Painl10nError as exc:
            refused.append(exc)
    fates = {
        language: page_fate(project, localized.outcome)
        for language, _, localized in texts
        if localized is not None
    }
    for outcome in outputs.outcomes:
        outcome.published = fates.get(outcome.language) != "withheld"
    texts = [item for item in texts if fates.get(item[0]) != "withheld"]
    present = [code for code in present if fates.get(code) != "withheld"]
    parses = _Parses([text for _, text, _ in texts], {article.text: source_tokens}, article.flavor)
    for language, text, localized in texts:
        try:
            held_to = (
                None if language == source else decided or _SourcePage(Allowances(), False, ())
            )
            facts = (links, present, site, path)
            shown = _Shown(localized, fates.get(language, "published"))
            made = _pages(project, article, language, text, outputs, facts, parses, held_to, shown)
            decided = decided or made
        except Painl10nError as exc:
            refused.append(exc)
    raise_all(refused)
    return outputs


@dataclass(frozen=True)
class _Shown:
    """How a page shows the source text it keeps (``localized`` None: the source page)."""

    localized: Localized | None
    fate: Fate


def _localized(
    project: Project,
    article: Article,
    language: str,
    template: polib.POFile,
    matcher: TermMatcher | None,
    outputs: ArticleOutputs,
) -> Localized | None:
    """The article in ``language`` (None: the source language), through the publishing
    gate; its merged catalog added to ``outputs``."""
    if language == project.settings.source_language:
        return None
    path, po_text, stats, catalog = update_catalog(
        project, language, article.slug, template, matcher
    )
    outputs.files.append((path, po_text))
    outputs.stats[language] = stats
    outputs.catalogs[language] = catalog
    shown = project.shown(path)
    # The gate examines the catalog as written, as check reads it: its line numbers.
    held = gate_of(project, language).held(read_po(po_text, path=shown), shown)
    localized = localize_article(article, catalog, language, held)
    outputs.outcomes.append(localized.outcome)
    return localized


def _pages(
    project: Project,
    article: Article,
    language: str,
    text: str,
    outputs: ArticleOutputs,
    site_facts: tuple[ArticleLinks, Sequence[str], SiteOptions, Path],
    parses: _Parses,
    decided: _SourcePage | None,
    shown: _Shown,
) -> _SourcePage | None:
    """The localized Markdown and its HTML page in one language, added to ``outputs``.

    ``decided``: what the source page decided, for a translation (None: this
    is the source page, and what it decides is returned). ``shown``: whether
    the page shows a notice of its source text (``partial_pages``).
    """
    links, present, site, path = site_facts
    settings = project.settings
    source = settings.source_language
    if settings.output_layout != "plain":  # where the generator reads it
        if shown.localized is not None and shown.fate == "notice":
            lang, direction = html_lang(source), text_direction(source)
            text = mark_fallback_blocks(text, article, shown.localized.assembled, lang, direction)
        if language != source:
            text = localized_address(
                text,
                generator=settings.generator,
                code=settings.generator_code(language),
                formats=front_matter_formats(settings.generator),
                ref=article.ref,
            )
        if shown.fate == "notice":
            text = with_notice(text, article, settings.generator, language, source)
        outputs.files += [(target, text) for target in project.article_outputs(language, "", path)]
        outputs.pages.append(_page_meta(article, None if language == source else text, language))
        return None
    if not settings.html:  # for a site generator of the publisher's own
        if shown.fate == "notice":
            text = with_notice(text, article, "plain", language, source)
        outputs.files.append((project.output_path(language, f"{article.slug}.md"), text))
        localized = None if language == source else text
        outputs.pages.append(_page_meta(article, localized, language))
        return None
    outputs.files.append((project.output_path(language, f"{article.slug}.md"), text))
    tokens = parses.take(text)
    if shown.localized is not None and shown.fate == "notice":  # HTML text kept in English
        source_lang, source_direction = html_lang(source), text_direction(source)
        marked = mark_fallback_html(
            text, article.segments, shown.localized.assembled, source_lang, source_direction
        )
        if marked != text:  # the same lines: the segments' line maps still hold
            tokens = parser(article.flavor).parse(marked)
    heading_ids: tuple[str, ...] = ()
    if project.settings.heading_ids == "source":  # every language has the source's ids
        if decided is None:
            heading_ids = tuple(source_heading_ids(tokens))
        else:
            set_heading_ids(tokens, decided.heading_ids)
    notice: dict[str, str] | None = None
    title_lang: tuple[str, str] | None = None
    if shown.localized is not None and shown.fate == "notice":
        done = shown.localized.assembled
        lang, direction = html_lang(source), text_direction(source)
        mark_fallback(tokens, text, article.segments, done.spans, done.fell_back, lang, direction)
        notice = _notice(language, source)
        title = str(article.front_matter.get("title", ""))
        segments = [article.segments[index] for index in done.fell_back]
        if any(seg.style.front_matter and seg.msgid == title for seg in segments):
            title_lang = (lang, direction)
    meta, page, in_body = _page(article, text, language, links, tokens, decided)
    if title_lang is not None:
        meta = dataclasses.replace(meta, title_lang=source)
    outputs.pages.append(meta)
    html = article_page(
        meta,
        page.body,
        list(present),
        source,
        heading=page.heading,
        site=site,
        notice=notice,
        title_lang=title_lang,
    )
    outputs.files.append((project.output_path(language, f"{article.slug}.html"), html))
    if decided is None:
        return _SourcePage(allowances_of(page.heading + page.body), in_body, heading_ids)
    return None


def _notice(language: str, source: str) -> dict[str, str]:
    """The page's notice, marked with its language where it is not the page's."""
    text, written = chrome.untranslated_notice(language, source)
    if written == language:
        return {"text": text, "lang": "", "dir": ""}
    return {"text": text, "lang": html_lang(written), "dir": text_direction(written)}


# A line that gives the block above it attributes (kramdown's IAL, goldmark's).
_ATTRIBUTE_LINES = ("kramdown_ial", "block_attributes")


def with_notice(text: str, article: Article, generator: str, language: str, source: str) -> str:
    """``text`` with the notice of its source text at the top of the body (after the front
    matter and a leading ``# Title``), in the generator's own words: a Docusaurus
    ``:::note``, an MkDocs admonition where the site has them, else a blockquote."""
    words, _ = chrome.untranslated_notice(language, source)
    if generator == "docusaurus":
        block = f":::note\n\n{words}\n\n:::"
    elif generator == "mkdocs" and "admonition" in article.flavor.extensions:
        block = f'!!! note ""\n\n    {words}'
    else:
        block = f"> {words}"
    fenced = split_front_matter(text, front_matter_formats(generator), article.ref)
    top = 0 if fenced is None else text.count("\n", 0, fenced.end) + 1  # TOML, JSON
    blocks = [
        token
        for token in parser(article.flavor).parse(text if fenced is None else blanked(text, fenced))
        if token.map is not None and token.level == 0 and token.nesting >= 0
    ]
    if blocks and blocks[0].type == "front_matter":
        top = blocks.pop(0).map[1]  # type: ignore[index]
    if blocks and blocks[0].type == "heading_open" and blocks[0].tag == "h1":
        top = blocks[0].map[1]  # type: ignore[index]
        following = blocks[1].map if len(blocks) > 1 else None  # the next block, if any
        if following and blocks[1].type in _ATTRIBUTE_LINES and following[0] == top:
            top = following[1]  # the heading's attributes, right below it
    end = "\r" if majority_line_ending(text) == "\r\n" else ""
    lines = text.split("\n")
    head, rest = lines[:top], lines[top:]
    while rest and not rest[0].strip():
        head.append(rest.pop(0))
    if head and head[-1].strip():
        head.append(end)
    return "\n".join([*head, *(line + end for line in [*block.split("\n"), ""]), *rest])


class _Parses:
    """Each distinct text of an article's pages parsed once.

    A language nobody translated yet has the source's very text, and a
    pathological article (``![`` half a million times) takes seconds to
    parse: its languages share one parse, each rendering its own copy.
    """

    def __init__(
        self, texts: list[str], known: dict[str, list[Token] | None], flavor: Flavor
    ) -> None:
        self._flavor = flavor
        self._left = Counter(texts)
        self._tokens = {text: tokens for text, tokens in known.items() if tokens is not None}

    def take(self, text: str) -> list[Token]:
        """Tokens of ``text`` that the caller may change (the last taker gets the original)."""
        tokens = self._tokens.get(text)
        if tokens is None:
            tokens = self._tokens[text] = parser(self._flavor).parse(text)
        self._left[text] -= 1
        if self._left[text] > 0:
            return copy_tokens(tokens)
        del self._tokens[text]
        return tokens


@dataclass(frozen=True)
class _Body:
    """The safe HTML of a page's leading ``<h1>`` (or "") and of the rest of its body."""

    heading: str
    body: str


@dataclass(frozen=True)
class _SourcePage:
    """What the source page decides for its translations."""

    allowances: Allowances  # the guarded markup they may keep (site/render.py)
    title_in_body: bool  # the body's leading ``# Title`` is the page's heading
    heading_ids: tuple[str, ...]  # heading_ids = "source": its headings' ids, in order


def _page(
    article: Article,
    text: str,
    language: str,
    links: ArticleLinks,
    tokens: list[Token] | None = None,
    source: _SourcePage | None = None,
) -> tuple[PageMeta, _Body, bool]:
    """Page facts from the front matter, the safe HTML body (one parse for both), and
    whether the body's leading ``<h1>`` is the page's heading.

    The front matter token renders to nothing, so the body needs no cutting.
    Article links lead to this language's pages; headings and tables are made
    accessible (:mod:`painl10n.site.a11y`); numbers keep their units on their
    line (:mod:`painl10n.site.typography`). ``source``: what the source page
    decided, for a translation (None: this is the source page).

    The title is shown once: a body that starts with ``# Title`` when the front
    matter has no title, or the same one, has its heading as the page's
    ``<h1>`` (the front matter title is then the ``<title>`` only); a leading
    ``# Overview`` under another title is a section, moved a level down. The
    source page decides, so every translation has the source's structure.
    """
    if tokens is None:
        tokens = parser(article.flavor).parse(text)
    rewrite_links(tokens, links, article.ref, None if source is None else language)
    bind_units_in_tokens(tokens, language)
    heading, rest = split_title(tokens)
    front_matter = tokens[0] if tokens and tokens[0].type == "front_matter" else None
    meta = _meta(article, front_matter, language, title_text(heading))
    if source is None:
        in_body = bool(heading) and _same_text(meta.title, title_text(heading))
    else:
        in_body = source.title_in_body and bool(heading)
    if not in_body:
        heading, rest = [], tokens
    accessible_body(rest)
    allowances = None if source is None else source.allowances
    body = _Body(
        render_tokens(heading, allowances, article.flavor) if heading else "",
        render_tokens(rest, allowances, article.flavor),
    )
    return meta, body, in_body


def _same_text(one: str, other: str) -> bool:
    return " ".join(one.casefold().split()) == " ".join(other.casefold().split())


def _page_meta(article: Article, localized: str | None, language: str) -> PageMeta:
    """The page facts alone: the localized front matter, without parsing the body
    (``localized`` None: the source page, whose front matter is read already)."""
    token = None if localized is None else front_matter_token(localized)
    return _meta(article, token, language)


def _meta(
    article: Article, front_matter: Token | None, language: str, heading: str = ""
) -> PageMeta:
    """Title, description and dates: the page's own front matter if it has one.

    Without a front matter title, the body's leading heading (``heading``) is
    the title, and then the slug.
    """
    data = article.front_matter
    if front_matter is not None:
        data, _ = frontmatter.parse(front_matter, article.ref)
    return PageMeta(
        slug=article.slug,
        language=language,
        title=str(data.get("title") or heading or article.slug),
        description=str(data.get("description") or ""),
        date=frontmatter.as_date(data.get("date")),
        reviewed=frontmatter.as_date(data.get("last_reviewed", data.get("reviewed"))),
    )


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
    unoffered: tuple[Unoffered, ...] = ()  # text a reader sees that no message offers


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
        source_path=path,
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
        ref=shown_path(project, path),  # the name build_site knows it by (symlinks unresolved)
        source=source_digest,
        slug=article.slug,
        files=files,
        staged=staged,
        pages=outputs.pages,
        outcomes=outputs.outcomes,
        stats=outputs.stats,
        context=item.context,
        catalogs=fillable,
        units={lang: units_digest(units) for lang, units in reviewed.items()},
        unoffered=article.unoffered,
    )
