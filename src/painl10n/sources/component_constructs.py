"""Docusaurus' and Jekyll's constructs cut by their structure: admonition titles, JSX
attributes and include parameters.

A ``:::tip[Title]`` or legacy ``:::tip Title`` admonition's title is a message
of its own (its body is segmented like any Markdown); a JSX element line's
translatable attributes (``component_attributes``: ``label``, ``title``,
``alt`` by default) are messages named after the attribute and component in
the '#.' comment, and so are a Liquid include's (``content``, ``title``, ``alt``,
``caption`` by default). The colons, the type, the tag and every other attribute stay
in the skeleton. :mod:`painl10n.sources.segment` calls these.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from .constructs import LineTable, title_kind
from .dialects.docusaurus import DIRECTIVE, KEYWORDS, admonition_kind
from .model import Flavor, Segment, Style

_HAS_WORD = re.compile(r"[^\W\d_]")


def admonition_title(token: Token, lines: LineTable) -> list[Segment]:
    """The title of ':::tip[Title]' (between its brackets) or ':::tip Title' (the rest)."""
    assert token.map is not None
    match = DIRECTIVE.match(token.info)
    if match is None or match["name"] not in KEYWORDS:
        return []
    line = token.map[0]
    text = lines.texts[line]
    rest_at = text.index(token.markup) + len(token.markup) + len(match["name"])
    rest = match["rest"]
    if rest.startswith("["):
        end = _label_end(rest)
        if end is None:
            return []
        title, column, style = rest[1:end], rest_at + 1, Style.ALT
    elif rest.startswith(" "):
        title = rest.strip()
        column, style = rest_at + len(rest) - len(rest.lstrip(" ")), Style.LABEL
    else:
        return []
    if not _HAS_WORD.search(title):
        return []
    start = lines.offset(line, column)
    kind = title_kind(admonition_kind(token.info))
    return [Segment(title, kind, line + 1, start, start + len(title), style)]


def _label_end(rest: str) -> int | None:
    """The index of the ']' that closes the label at ``rest[0]`` (brackets balanced)."""
    depth = 0
    index = 0
    while index < len(rest):
        char = rest[index]
        if char == "\\":
            index += 2
            continue
        depth += {"[": 1, "]": -1}.get(char, 0)
        if depth == 0:
            return index
        index += 1
    return None


def jsx_attributes(token: Token, lines: LineTable, flavor: Flavor) -> list[Segment]:
    """The values of a JSX element line's text attributes (``label="Adults"``), or of a
    Liquid include's text parameters (``{% include note.html content="Take care" %}``)."""
    found = []
    for line, column, tag, name, value, quote in token.meta.get("attributes", ()):
        if not flavor.is_text_attribute(tag, name) or "\n" in value:
            continue
        if not _HAS_WORD.search(value):
            continue
        start = lines.offset(line, column)
        kind = f'"{name}" of <{tag}>' if token.type == "mdx_jsx" else f'"{name}" of include {tag}'
        found.append(
            Segment(value, kind, line + 1, start, start + len(value), Style.ATTRIBUTE, quote=quote)
        )
    return found


def jsx_container(token: Token, flavor: Flavor) -> str | None:
    """What the paragraphs between a paired element's lines are called in their comment:
    '<TabItem> "Adults"' (its first text attribute), '<details>'; None: no such line."""
    if token.type != "mdx_jsx" or not token.meta.get("paired") or "opens" not in token.meta:
        return None
    tag = token.meta["opens"]
    values = [
        value
        for _, _, _, name, value, _ in token.meta["attributes"]
        if flavor.is_text_attribute(tag, name) and _HAS_WORD.search(value) and "\n" not in value
    ]
    return f'<{tag}> "{values[0]}"' if values else f"<{tag}>"
