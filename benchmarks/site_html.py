"""Comparing a generator's HTML of a source page with its translated pages (issue 14).

Three measures of ``bench_sites_html.py``, kept here so that tests on tiny
inline HTML hold them to their definitions (tests/bench/test_site_html.py):

- :func:`same_html`: the page's main content, serialised by lxml, equal to the
  translation's once only what must differ is normalised (:func:`normalised`):
  every link and image address resolved against the page's own URL, the
  language's folder (``/en_GB/``) taken off, a source file named with the
  language (``a.en_GB.md`` of an "edit this page" link) named as the source's,
  and ``lang`` attributes dropped. Nothing else: text, classes, ids, other
  attributes and the order of everything must be equal.
- :func:`structure`: the element tree of the main content without its text —
  each element's depth, tag, classes, id and normalised link target (href,
  src). A pseudo-translation changes every letter of the prose and must keep
  this signature. Attributes that carry text (``title``, ``alt``,
  ``aria-label``, ``data-*``) are left out.
- :func:`unoffered_words`: the visible words of a pseudo page's main content
  (outside code, pre, kbd, samp, script, style, svg and math, and KaTeX's
  drawing of a formula, ``span.katex-html``; not numbers or URLs) that are
  still the source's words as written. en-XA accents every letter it is
  given, so such a word never reached the pseudo-translation.
  The number words pseudo pads a string with (right before its closing
  ``⟧``) are taken off first.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from lxml import html
from lxml.html import HtmlElement

from painl10n.text.pseudo import DIALECT_BRACKETS, PAD_WORDS

LINK_ATTRIBUTES = ("href", "src")
# Elements whose text is no prose: code, keys, scripts, drawings, formulas.
NOT_PROSE = frozenset({"code", "pre", "kbd", "samp", "script", "style", "svg", "math", "template"})
# KaTeX draws a formula twice: as MathML (``math``) and in spans for the eye.
NOT_PROSE_CLASSES = frozenset({"katex-html"})
_CLOSING = DIALECT_BRACKETS[1]  # ⟧: the end of an en-XA string in a generator's project
_PADDING = re.compile(r"(?:\s+(?:" + "|".join(sorted(PAD_WORDS)) + r"))+\s*(?=" + _CLOSING + ")")
_URL = re.compile(r"\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_BRACKETED = re.compile(r"\[([^\[\]]*)\]")

Finder = Callable[[HtmlElement], HtmlElement | None]


def _class_test(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def by_xpath(path: str, *, without: tuple[str, ...] = ()) -> Finder:
    """The first element at ``path``, less the elements below it at the relative paths
    ``without`` (a theme's chrome inside the article: breadcrumbs, "Improve this page")."""

    def find(document: HtmlElement) -> HtmlElement | None:
        found = document.xpath(path)
        if not found:
            return None
        region: HtmlElement = found[0]
        for relative in without:
            for element in region.xpath(relative):
                element.drop_tree()
        return region

    return find


def by_class(tag: str, name: str, *, without: tuple[str, ...] = ()) -> Finder:
    """The first ``<tag>`` with the class ``name`` (e.g. Material's ``md-content__inner``)."""
    return by_xpath(f"//{tag}[{_class_test(name)}]", without=without)


def by_id(name: str, *, without: tuple[str, ...] = ()) -> Finder:
    """The element with the id ``name`` (e.g. hugoDocs' ``<article id="article">``)."""
    return by_xpath(f"//*[@id='{name}']", without=without)


def with_class(tag: str, name: str) -> str:
    """A relative path for ``without``: every ``<tag>`` below with the class ``name``."""
    return f".//{tag}[{_class_test(name)}]"


def main_content(text: str, finder: Finder) -> HtmlElement | None:
    """The page's main content region, parsed by lxml, or None if the page has none."""
    if not text.strip():
        return None
    return finder(html.document_fromstring(text))


@dataclass(frozen=True)
class Page:
    """Where a page is: its URL path on the site (``/setup/``); for a translation, its
    language's folder on the site and in file names (``en_GB``, ``en-gb``), the
    source language's folder the translation's source files are in instead (Hugo's
    ``content/en`` → ``content/en-gb``), if any, and the site's host if its links are
    absolute (Docsy's ``https://www.docsy.dev/tags/x/``)."""

    url: str
    language: str = ""
    source_folder: str = ""
    site_host: str = ""  # the site's own host, whose absolute addresses are its pages


_BUILD_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)")


def normalised_link(value: str, page: Page) -> str:
    """``value`` (an href or src) resolved against the page and put back in the source
    language's place: ``../b/`` on ``/en_GB/a/x/`` is ``/a/b/`` (and
    ``https://<site_host>/en_GB/b/`` is ``https://<site_host>/b/``); an address
    elsewhere (an "edit this page" link) names the source's file:
    ``…/content/en-gb/a.md`` → ``…/content/en/a.md`` (``source_folder="en"``),
    ``…/docs/a.en_GB.md`` → ``…/docs/a.md``."""
    parts = urlsplit(value)
    path = parts.path
    elsewhere = bool(parts.scheme or parts.netloc)
    if not elsewhere and path and not value.startswith("#"):
        base = page.url if page.url.endswith("/") else posixpath.dirname(page.url) + "/"
        joined = posixpath.normpath(posixpath.join(base, path))
        path = joined + ("/" if path.endswith("/") and joined != "/" else "")
    if page.language:
        code = re.escape(page.language)
        at_root = re.match(rf"/{code}(?=/|$)", path)
        if at_root and (not elsewhere or page.site_host == parts.netloc):
            path = path[at_root.end() :] or "/"  # the site's own address, maybe absolute
        elif elsewhere and page.source_folder:
            path = re.sub(rf"(?<=\w)/{code}/", f"/{page.source_folder}/", path, count=1)
        path = re.sub(rf"\.{code}(\.mdx?)$", r"\1", path)
    return urlunsplit(parts._replace(path=path))


def normalised(region: HtmlElement, page: Page) -> HtmlElement:
    """A copy of ``region`` with its links normalised and ``lang`` attributes dropped;
    in its text, the site's own absolute addresses lose the language folder as links do
    (Hugo writes a page's permalink into a code block), and a script's build time
    (``new Date("2026-12-07T04:01:43Z")``) is no difference: each build has its own."""
    copy: HtmlElement = html.fromstring(html.tostring(region, encoding="unicode"))
    own = (
        re.compile(rf"(https?://{re.escape(page.site_host)})/{re.escape(page.language)}(?=/)")
        if page.site_host and page.language
        else None
    )
    for element in copy.iter():
        if not isinstance(element.tag, str):
            continue
        if own is not None:
            element.text = own.sub(r"\1", element.text) if element.text else element.text
            element.tail = own.sub(r"\1", element.tail) if element.tail else element.tail
        if element.tag == "script" and element.text:
            element.text = _BUILD_TIME.sub("<build time>", element.text)
        for name in LINK_ATTRIBUTES:
            value = element.get(name)
            if value is not None:
                element.set(name, normalised_link(value, page))
        for name in ("lang", "xml:lang"):
            if name in element.attrib:
                del element.attrib[name]
    return copy


def serialised(region: HtmlElement, page: Page) -> str:
    return html.tostring(normalised(region, page), encoding="unicode")


def same_html(
    source: HtmlElement, source_page: Page, translated: HtmlElement, translated_page: Page
) -> str | None:
    """None if both regions serialise alike once normalised, else where they first differ."""
    one, other = serialised(source, source_page), serialised(translated, translated_page)
    if one == other:
        return None
    at = next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), None)
    at = min(len(one), len(other)) if at is None else at
    return f"at {at}: {one[max(0, at - 60) : at + 60]!r} != {other[max(0, at - 60) : at + 60]!r}"


Node = tuple[int, str, str, str, str]


def structure(region: HtmlElement, page: Page, *, ids: bool = True) -> list[Node]:
    """(depth, tag, classes, id, link target) of every element, in document order;
    ``ids=False`` leaves ids and in-page links (``#x``) out: those the generator
    makes of a text (a tab's title) change with it."""
    nodes: list[Node] = []

    def walk(element: HtmlElement, depth: int) -> None:
        if not isinstance(element.tag, str):
            return  # a comment or processing instruction
        link = " ".join(
            normalised_link(element.get(n, ""), page) for n in LINK_ATTRIBUTES if element.get(n)
        )
        classes = " ".join(sorted(element.get("class", "").split()))
        if not ids:
            link = "" if link.startswith("#") else link
        nodes.append((depth, element.tag, classes, element.get("id", "") if ids else "", link))
        for child in element:
            walk(child, depth + 1)

    walk(region, 0)
    return nodes


def structure_difference(
    source: HtmlElement,
    source_page: Page,
    pseudo: HtmlElement,
    pseudo_page: Page,
    *,
    ids: bool = True,
) -> str | None:
    """None if the pseudo page keeps the source's element tree, else the first difference."""
    one = structure(source, source_page, ids=ids)
    other = structure(pseudo, pseudo_page, ids=ids)
    for index, (a, b) in enumerate(zip(one, other, strict=False)):
        if a != b:
            return f"element {index}: {a} != {b}"
    if len(one) != len(other):
        return f"{len(one)} elements != {len(other)}"
    return None


def _prose(
    element: HtmlElement, code: frozenset[str] = frozenset()
) -> Iterator[tuple[str, HtmlElement]]:
    """The visible text below ``element``, outside code and the like (and elements with
    a class of ``code``: a theme's code blocks drawn with divs), piece by piece, each
    with the element it is written in."""
    if not isinstance(element.tag, str) or element.tag in NOT_PROSE:
        return
    classes = set(element.get("class", "").split())
    if classes & NOT_PROSE_CLASSES or (code and code & classes):
        return
    if element.text:
        yield element.text, element
    for child in element:
        yield from _prose(child, code)
        if child.tail:
            yield child.tail, element


def _words(text: str) -> list[str]:
    return _WORD.findall(_URL.sub(" ", text))


def visible_words(region: HtmlElement, code: frozenset[str] = frozenset()) -> list[str]:
    """The words a reader sees in ``region``: letter runs, outside code, numbers and URLs."""
    return _words(" ".join(text for text, _ in _prose(region, code)))


def _link_text(element: HtmlElement) -> tuple[str, ...] | None:
    """The words of the link ``element`` is in, or None outside links."""
    for ancestor in element.iterancestors("a") if element.tag != "a" else [element]:
        return tuple(_words(" ".join(text for text, _ in _prose(ancestor))))
    return None


def context(element: HtmlElement) -> str:
    """``tag.class`` of an element, to tell the kinds of words never offered apart."""
    classes = element.get("class", "").split()
    return element.tag + (f".{classes[0]}" if classes else "")


LABEL = "reference label"
SYNTAX = "dialect syntax"


def unoffered_words(
    source: HtmlElement,
    pseudo: HtmlElement,
    labels: frozenset[tuple[str, ...]] = frozenset(),
    code: frozenset[str] = frozenset(),
    syntax: re.Pattern[str] | None = None,
) -> tuple[int, list[tuple[str, str, str]]]:
    """(the source's visible words, those the pseudo page still shows as written, each
    with where: ``LABEL`` for the text of a link, or a bracketed ``[text]``, that is one
    of ``labels`` — a shortcut reference ``[Label]`` the pseudo-translation keeps, so as
    not to break the link —, ``SYNTAX`` inside what ``syntax`` matches (the dialect's
    inline tokens pseudo leaves alone: ``@name``, ``\\(x\\)``), else the ``tag.class``
    of the element the word is in; and the text it was found in, for a caller to tell
    where it comes from)."""
    source_words = Counter(visible_words(source, code))
    found: list[tuple[str, str, str]] = []
    pieces = list(_prose(pseudo, code))
    text = "\x00".join(piece for piece, _ in pieces)
    text = _PADDING.sub(lambda m: re.sub(r"[^\x00]", " ", m[0]), text)
    for piece, (_, owner) in zip(text.split("\x00"), pieces, strict=True):
        link = _link_text(owner)
        where = LABEL if link is not None and link in labels else context(owner)
        kept = [
            (word, LABEL)
            for bracketed in _BRACKETED.findall(piece)
            if tuple(_words(bracketed)) in labels
            for word in _words(bracketed)
        ]
        rest = _BRACKETED.sub(lambda m: " " if tuple(_words(m[1])) in labels else m[0], piece)
        if syntax is not None:
            kept += [(word, SYNTAX) for token in syntax.findall(rest) for word in _words(token)]
            rest = syntax.sub(" ", rest)
        kept += [(word, where) for word in _words(rest)]
        for word, place in kept:
            if _ASCII_WORD.fullmatch(word) and source_words[word] > 0:
                source_words[word] -= 1
                found.append((word, place, piece))
    return len(visible_words(source, code)), found
