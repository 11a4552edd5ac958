"""The constructs of site generators' dialects, cut by their structure.

An admonition's, details block's or tab's title is a message of its own (its
body's paragraphs are segmented like any); an abbreviation's expansion is one;
each is named in the '#.' comment, and every marker stays in the skeleton.
:mod:`painl10n.sources.segment` walks the tokens and calls these.
"""

from __future__ import annotations

import re
from typing import Protocol

from markdown_it.token import Token

from .dialects.abbr import ABBREVIATION
from .dialects.alerts import MARKER
from .dialects.blocks import ADMONITION_TYPES, block_name
from .dialects.docusaurus import admonition_kind
from .model import Flavor, Segment, Style

_HAS_WORD = re.compile(r"[^\W\d_]")
_ESCAPED_QUOTE = re.compile(r'\\(")')  # a quote inside a Hugo parameter's "…"


class LineTable(Protocol):
    """The source's lines and their offsets (``segment._Lines``)."""

    texts: list[str]

    def offset(self, line: int, column: int) -> int: ...


# An abbreviation's expansion in the '#.' comment, and what reads its term back.
ABBREVIATION_KIND = 'expansion of abbreviation "{}"'
_ABBREVIATED = re.compile(r'^expansion of abbreviation "(?P<term>.+)"$', re.M)


def abbreviated_terms(comment: str) -> list[str]:
    """The terms whose expansions a '#.' comment names ('HTML' of '*[HTML]: …')."""
    return [match["term"] for match in _ABBREVIATED.finditer(comment)]


# Blocks whose paragraphs are named after them in the '#.' comment.
CLOSERS = {
    "blockquote_close",
    "list_item_close",
    "footnote_close",
    "admonition_close",
    "tab_close",
    "dd_close",
    "container_blocks_close",
    "container_admonition_close",
    "shortcode_close",
}
# pymdownx.blocks: what each '///' block is called, and whether its '| …' is a title.
_BLOCKS = {"details": "details", "tab": "tab", "caption": "caption", "define": "definition"}
_UNTITLED_BLOCKS = {"caption", "define", "html"}


def container_name(token: Token, term: str) -> str | None:
    """What a block that holds paragraphs is called in their comments (None: no such block)."""
    if token.type == "admonition_open":
        construct = "details" if token.markup.startswith("?") else "admonition"
        return f"{construct} ({token.meta.get('tag', '')})"
    if token.type == "container_admonition_open":  # Docusaurus' ':::tip'
        return admonition_kind(token.info)
    if token.type == "shortcode_open":
        return f"shortcode {token.info}"
    if token.type == "blockquote_open" and "alert" in token.meta:
        return f"alert ({token.meta['alert']})"
    if token.type == "container_blocks_open":
        name = block_name(token.info)
        if name == "html":
            return "HTML block"
        if name in _BLOCKS:
            return _BLOCKS[name]
        return "admonition" if name == "admonition" else f"admonition ({name})"
    names = {
        "blockquote_open": "blockquote",
        "list_item_open": "list item",
        "footnote_open": "footnote",
        "tab_open": "tab",
        "dd_open": f'definition of "{term}"' if term else "definition",
    }
    return names.get(token.type)


def title_kind(container: str) -> str:
    """'admonition (warning)' → 'admonition title (warning)'; 'tab' → 'tab title'."""
    construct, _, tag = container.partition(" (")
    return f"{construct} title (" + tag if tag else f"{construct} title"


def label(token: Token, opener: Token, lines: LineTable, kind: str) -> list[Segment]:
    """A block's title written in quotes on its marker line ('!!! note "Title"').

    An admonition without one shows its type's name ('Note'): that title is
    offered too, and a translation of it is written in quotes at the end of
    the marker line ('!!! note "Nota"'). '!!! note ""' shows none: nothing.
    """
    assert token.map is not None
    line = token.map[0]
    text = lines.texts[line]
    first, last = text.find('"'), text.rfind('"')
    if first < 0 and opener.type == "admonition_open":
        shown = opener.info.split()[0].capitalize()  # Python-Markdown's: the first class
        end = lines.offset(line, len(text.rstrip()))
        kind += ", shown when none is written"
        return [Segment(shown, kind, line + 1, end, end, Style.ADDED_LABEL)]
    if first < 0 or last <= first or text[first + 1 : last] != token.content:
        return []
    start = lines.offset(line, first + 1)
    return [Segment(token.content, kind, line + 1, start, start + len(token.content), Style.LABEL)]


def block_title(token: Token, lines: LineTable, container: str) -> list[Segment]:
    """The title after '|' on a '///' block's first line ('/// warning | Take care')."""
    assert token.map is not None
    if block_name(token.info) in _UNTITLED_BLOCKS:
        return []
    line = token.map[0]
    text = lines.texts[line]
    bar = text.find("|")
    title = text[bar + 1 :].strip() if bar >= 0 else ""
    kind = title_kind(container)
    name = block_name(token.info)
    if bar < 0 and name in ADMONITION_TYPES:  # '/// tip' shows 'Tip': offered, added after '|'
        end = lines.offset(line, len(text.rstrip()))
        kind += ", shown when none is written"
        return [Segment(name.title(), kind, line + 1, end, end, Style.ADDED_LABEL, quote="|")]
    if not _HAS_WORD.search(title):
        return []
    start = lines.offset(line, text.index(title, bar + 1))
    return [Segment(title, kind, line + 1, start, start + len(title), Style.LABEL)]


_FENCE_TITLE = re.compile(r'(?<!\S)title="(?P<title>[^"\n]*)"')


def fence_title(token: Token, lines: LineTable) -> list[Segment]:
    """The title pymdownx.highlight shows over a code block ('```yaml title="Settings"'):
    a reader sees it, so it is offered; the code stays code."""
    assert token.map is not None
    line = token.map[0]
    text = lines.texts[line]
    info_at = text.find(token.markup) + len(token.markup)
    match = _FENCE_TITLE.search(text, info_at)
    if match is None or not _HAS_WORD.search(match["title"]):
        return []
    start = lines.offset(line, match.start("title"))
    title = match["title"]
    return [Segment(title, "code block title", line + 1, start, start + len(title), Style.LABEL)]


def abbreviation(token: Token, lines: LineTable) -> list[Segment]:
    """The expansion of an abbreviation line ('*[HTML]: Hyper Text Markup Language')."""
    assert token.map is not None
    line = token.map[0]
    text = lines.texts[line]
    indent = len(text) - len(text.lstrip(" "))
    match = ABBREVIATION.match(text[indent:])
    expansion = match["expansion"].rstrip(" \t") if match else ""
    if match is None or not _HAS_WORD.search(expansion):
        return []
    start = lines.offset(line, indent + match.start("expansion"))
    kind = ABBREVIATION_KIND.format(match["abbr"])
    return [Segment(expansion, kind, line + 1, start, start + len(expansion), Style.LABEL)]


def alert_title(token: Token, lines: LineTable, container: str) -> list[Segment]:
    """The title after an alert's marker ('> [!WARNING]+ Take care')."""
    line = token.meta["alert_line"]
    text = lines.texts[line]
    bracket = text.find("[!")
    match = MARKER.match(text[bracket:].rstrip()) if bracket >= 0 else None
    title = match["title"] if match else None
    if match is None or not title or not _HAS_WORD.search(title):
        return []
    start = lines.offset(line, bracket + match.start("title"))
    kind = title_kind(container)
    return [Segment(title, kind, line + 1, start, start + len(title), Style.LABEL)]


def shortcode_parameters(token: Token, lines: LineTable, flavor: Flavor) -> list[Segment]:
    """The translatable named parameters written in double quotes of a line of tags.

    Each value is a message named after its shortcode and parameter
    ('shortcode figure, caption'); the msgid is the value as Hugo reads it
    (``\\"`` is a quote), and a translation's quotes are written ``\\"``
    (``Style.TITLE``), as Hugo reads them.
    """
    found = []
    for shortcode, name, value, line, column in token.meta.get("parameters", ()):
        if not value.startswith('"') or name not in flavor.translatable_parameters(shortcode):
            continue
        inner = value[1:-1]
        text = _ESCAPED_QUOTE.sub(r"\1", inner)
        if not _HAS_WORD.search(text) or "{{" in text:
            continue
        start = lines.offset(line, column + 1)
        kind = f"shortcode {shortcode}, {name}"
        found.append(Segment(text, kind, line + 1, start, start + len(inner), Style.TITLE))
    return found
