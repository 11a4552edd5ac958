"""Links between articles lead to the same language's page.

An author links to another article the way their editor resolves it: the
Markdown file (``other.md``, ``./other.md#dose``, ``../source/other.md``) or
the published source-language page (``other.html``, ``../en/other.html``,
``/en/other.html``). Translators must keep link targets as they are (the
``urls`` check), so on a Spanish page each of these would lead to a file that
is not published or to the English page. ``build`` rewrites the ``href`` of
every Markdown link token that names an article into ``<slug>.html`` (query
and fragment kept), relative to the page's own folder ``output/<lang>/``.
Anything else (other sites, ``mailto:``, paths that are not articles, pages
of other languages) is left exactly as written.

The localized Markdown (``output/<lang>/<slug>.md``) is not rewritten: it is
the source with only the translations swapped in, byte for byte.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from markdown_it.token import Token


@dataclass(frozen=True)
class ArticleLinks:
    """Which hrefs name an article, seen from the project's source files."""

    source_language: str
    slug_by_source: dict[str, str]  # project-relative source path → slug
    slugs: frozenset[str]
    # (language, slug): pages not published in that language (the publishing gate's
    # partial_pages, publish_threshold); a link there leads to the source's page.
    withheld: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def of(cls, source_language: str, articles: Iterable[tuple[str, str]]) -> ArticleLinks:
        """From ``(ref, slug)`` pairs, ``ref`` being the project-relative source path."""
        by_source = {posixpath.normpath(ref): slug for ref, slug in articles}
        return cls(source_language, by_source, frozenset(by_source.values()))

    def page_href(self, href: str, from_ref: str, language: str | None = None) -> str | None:
        """The href of the linked article's page, or ``None`` if ``href`` names no article.

        ``from_ref`` is the project-relative source path of the linking article:
        relative Markdown paths resolve from its folder, relative page paths
        from its published page ``<source_language>/<slug>.html``. ``language``: the
        linking page's; where the linked page is withheld in it, the source's page.
        """
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not parts.path:
            return None
        path = unquote(parts.path)
        slug = self._slug_of_markdown(path, from_ref) or self._slug_of_page(path)
        if slug is None:
            return None
        target = f"{slug}.html"
        if (language, slug) in self.withheld:
            target = f"../{self.source_language}/{slug}.html"
        if parts.query:
            target += f"?{parts.query}"
        if parts.fragment:
            target += f"#{parts.fragment}"
        return target

    def _slug_of_markdown(self, path: str, from_ref: str) -> str | None:
        if not path.endswith(".md"):
            return None
        if path.startswith("/"):
            resolved = path.lstrip("/")
        else:
            resolved = posixpath.join(posixpath.dirname(posixpath.normpath(from_ref)), path)
        return self.slug_by_source.get(posixpath.normpath(resolved))

    def _slug_of_page(self, path: str) -> str | None:
        if not path.endswith(".html"):
            return None
        if path.startswith("/"):
            resolved = posixpath.normpath(path.lstrip("/"))
        else:
            resolved = posixpath.normpath(posixpath.join(self.source_language, path))
        folder, name = posixpath.split(resolved)
        slug = name.removesuffix(".html")
        if folder == self.source_language and slug in self.slugs:
            return slug
        return None


def rewrite_links(
    tokens: Sequence[Token], links: ArticleLinks, from_ref: str, language: str | None = None
) -> int:
    """Point every article link in ``tokens`` (nested too) at its page in ``language``
    (or the source's, with its ``hreflang``, where that page is withheld); the count
    rewritten."""
    rewritten = 0
    for token in tokens:
        if token.children:
            rewritten += rewrite_links(token.children, links, from_ref, language)
        if token.type != "link_open":
            continue
        href = token.attrGet("href")
        if not isinstance(href, str):
            continue
        target = links.page_href(href, from_ref, language)
        if target is not None and target.startswith(f"../{links.source_language}/"):
            token.attrSet("hreflang", links.source_language)
        if target is not None and target != href:
            token.attrSet("href", target)
            rewritten += 1
    return rewritten
