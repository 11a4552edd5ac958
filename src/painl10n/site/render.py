"""Markdown → HTML: the shared parser's rendering, then sanitized.

Translations are untrusted input: whatever raw HTML they carry, nothing in
a published page may execute. nh3 (ammonia) keeps a safe tag/attribute set
and drops ``javascript:``/``data:`` URLs and event handlers.

A translated page is held to its source as well: an ``id``, ``class`` or
``style`` attribute, or a form element (``<input>``), survives only where the
source article's own page has the same one (:class:`Allowances`). Otherwise a
translator could add a second ``id="main"``, a fake skip link styled by the
site's CSS, or a checkbox the source never had.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3
from markdown_it.token import Token

from ..sources.markdown import parser
from ..sources.model import PLAIN, Flavor
from ..text.html_policy import (
    ATTRIBUTES,
    GENERIC_ATTRIBUTES,
    GUARDED_ATTRIBUTES,
    GUARDED_TAGS,
    TAGS,
    URL_SCHEMES,
)

_TAGS = set(TAGS)
_ATTRIBUTES = {tag: set(names) for tag, names in ATTRIBUTES.items()}
# On any element (ammonia's own generic ones, and ``dir``): a block of source text on a
# translated page carries the source's language and direction (site/fallback.py).
_ATTRIBUTES["*"] = {*GENERIC_ATTRIBUTES, "title"}
_URL_SCHEMES = set(URL_SCHEMES)


@dataclass(frozen=True)
class Allowances:
    """The guarded markup a source page has, which its translations may keep."""

    tags: frozenset[str] = frozenset()
    attributes: frozenset[tuple[str, str, str]] = frozenset()  # (tag, attribute, value)
    elements: frozenset[str] = frozenset()  # guarded elements as serialized: '<input …>'

    def keeps(self, tag: str, attribute: str, value: str) -> bool:
        if tag in GUARDED_TAGS or attribute in GUARDED_ATTRIBUTES:
            return (tag, attribute, value) in self.attributes
        return True


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[tuple[str, str, str]] = set()
        self.elements: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in GUARDED_TAGS:
            self.tags.add(tag)
            self.elements.add(self.get_starttag_text() or "")
        for name, value in attrs:
            if tag in GUARDED_TAGS or name in GUARDED_ATTRIBUTES:
                self.attributes.add((tag, name, value or ""))


def allowances_of(html: str) -> Allowances:
    """What of the guarded markup ``html`` (a source page's sanitized body) has."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return Allowances(
        frozenset(collector.tags), frozenset(collector.attributes), frozenset(collector.elements)
    )


# A guarded element as nh3 serializes it: its attributes are the few allowed ones.
_GUARDED_ELEMENT = re.compile("<(?:" + "|".join(sorted(GUARDED_TAGS)) + r")\b[^<>]*>")


def _foreign_elements_removed(html: str, source: Allowances) -> str:
    """A guarded element survives only whole, as the source has it: ``<input type=text>``
    would otherwise lose its type and still be a text field the source never had."""
    return _GUARDED_ELEMENT.sub(lambda m: m[0] if m[0] in source.elements else "", html)


def render_markdown(text: str) -> str:
    """Unsanitized rendering; the fidelity tests compare these."""
    html: str = parser().render(text)
    return html


def sanitize(html: str, source: Allowances | None = None) -> str:
    """Only safe markup survives (no script, handlers or dangerous URLs).

    ``source``: the allowances of the source page that ``html`` translates;
    ``None`` for a source page itself, whose author is trusted with the
    guarded markup.
    """
    tags = _TAGS if source is None else (_TAGS - GUARDED_TAGS) | source.tags

    def keep(tag: str, attribute: str, value: str) -> str | None:
        return value if source is None or source.keeps(tag, attribute, value) else None

    cleaned: str = nh3.clean(
        html,
        tags=tags,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener",
        strip_comments=True,
        filter_style_properties={"text-align"},
        attribute_filter=None if source is None else keep,
    )
    if source is not None and source.tags:
        cleaned = _foreign_elements_removed(cleaned, source)
    return cleaned


def render_body(text: str, source: Allowances | None = None) -> str:
    """The safe HTML body of a Markdown article (``source``: see :func:`sanitize`)."""
    return sanitize(render_markdown(text), source)


def render_tokens(
    tokens: list[Token], source: Allowances | None = None, flavor: Flavor = PLAIN
) -> str:
    """The safe HTML of an already parsed article (saves parsing it twice)."""
    md = parser(flavor)
    html: str = md.renderer.render(tokens, md.options, {})
    return sanitize(html, source)
