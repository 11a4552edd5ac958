"""``heading_ids = "source"``: each heading keeps its source's id in every language.

A generator makes a heading's id of its text, so a translated heading gets
another one and every ``#anchor`` link to it breaks. With this setting each
heading segment without an explicit id carries the id the generator makes of
the SOURCE heading (:mod:`painl10n.sources.heading_slugs`, repeats told apart
as the generator does) as a suffix written after its translation in the
generator's own syntax: ``## Dosis {#dose}`` (Hugo, Docusaurus, kramdown),
``## Dosis { #dose }`` (MkDocs with ``attr_list``; a heading's attribute list
without an id gets it inside: ``### Versión { #version data-toc-label="Version" }``,
the list then part of the replaced span). An explicit id is the
parser's already (``goldmark_attributes``, ``attr_list``): kept out of the
msgid and copied with the skeleton. An untranslated heading is the source and
has its id already. ``plain`` (painl10n's own pages) is left as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from markdown_it.token import Token

from ..text.dialect_syntax import ICON
from .heading_slugs import Ids, explicit_first, reads_raw
from .markdown import parser
from .model import Flavor, Segment


class _Lines(Protocol):
    """The source's lines and where each starts (``segment._Lines``)."""

    starts: list[int]
    texts: list[str]


_EXPLICIT = re.compile(r"\{:?[ \t]*#([\w.:-]+)[^{}\n]*\}[ \t]*$")
# How each dialect writes an explicit id, and the extension that must read it.
_SYNTAX = {
    "hugo": (" {{#{}}}", "parser.attribute.title"),
    "mkdocs": (" {{ #{} }}", "attr_list"),
    "docusaurus": (" {{#{}}}", None),
    "jekyll": (" {{#{}}}", None),
}


def with_source_ids(
    segments: list[Segment],
    tokens: Sequence[Token],
    lines: _Lines,
    flavor: Flavor,
) -> list[Segment]:
    """``segments`` with each heading's source id as its suffix, if the flavor asks."""
    if flavor.heading_ids != "source" or flavor.dialect not in _SYNTAX:
        return segments  # plain: painl10n's own pages set them (site/anchors.py)
    syntax, extension = _SYNTAX[flavor.dialect]
    if extension is not None and extension not in flavor.extensions:
        return segments
    ids = _source_ids(tokens, flavor)
    out = []
    for seg in segments:
        heading_id = ids.get(seg.line - 1) if seg.kind.startswith("heading ") else None
        if heading_id is not None and _ends_its_line(seg, lines):
            seg = replace(seg, suffix=syntax.format(heading_id))
        elif heading_id is not None and (listed := _attribute_list(seg, lines)) is not None:
            seg = replace(seg, end=seg.end + len(listed[0]), suffix=_with_id(listed, heading_id))
        out.append(seg)
    return out


# An attribute list without an id ending the heading's line ('### Title { data-toc-label="V" }'):
# its opening, and the rest, between which the id goes.
_ATTRIBUTE_LIST = re.compile(r"(?P<opening>[ ]+\{:?[ ]*)(?P<rest>[^{}\n]*\})")


def _attribute_list(seg: Segment, lines: _Lines) -> re.Match[str] | None:
    """The attribute list (Python-Markdown's ``attr_list``, no id in it: the heading has
    none) that follows the heading's text to the end of its line, if one does."""
    line = bisect_right(lines.starts, seg.end) - 1
    rest = lines.texts[line][seg.end - lines.starts[line] :].rstrip()
    return _ATTRIBUTE_LIST.fullmatch(rest)


def _with_id(listed: re.Match[str], heading_id: str) -> str:
    """The attribute list with the source's id first in it: Python-Markdown's ``toc``
    takes it, and the list's other attributes (``data-toc-label``) stay as written."""
    return f"{listed['opening']}#{heading_id} {listed['rest']}"


def _source_ids(tokens: Sequence[Token], flavor: Flavor) -> dict[int, str]:
    """The automatic id of each heading without an explicit one, by its first line.

    With Hugo's ``autoDefinitionTermID`` each definition term takes the next id of
    the same pool, in the page's order: a term 'Options' makes a later heading
    'Options' ``options-1``.
    """
    ids = Ids(flavor.dialect, flavor.heading_id_type)
    headings = [
        (opener, tokens[index + 1])
        for index, opener in enumerate(tokens[:-1])
        if (opener.type == "heading_open" and opener.map is not None)
        or (opener.type == "dt_open" and flavor.definition_term_ids)
    ]
    if explicit_first(flavor.dialect):
        for opener, _ in headings:
            if opener.attrGet("id"):
                ids.explicit(str(opener.attrGet("id")))
    found: dict[int, str] = {}
    for opener, inline in headings:
        if opener.type == "dt_open":
            ids.automatic(_hugo_text(inline.content, flavor))
            continue
        assert opener.map is not None
        written = opener.attrGet("id") or _written_id(inline.content)
        if written:
            ids.explicit(str(written))
            continue
        if reads_raw(flavor.dialect):
            # Hugo: before 0.144, the last line's Markdown; since, the last line's text
            text = inline.content.rsplit("\n", 1)[-1]
            if "{{" in text:
                continue  # Hugo reads a placeholder for the shortcode: left to Hugo
            if flavor.heading_ids_of_text:
                text = _hugo_text(inline.content, flavor).rsplit("\n", 1)[-1]
        else:
            text = _text(inline.content, flavor)
        found[opener.map[0]] = ids.automatic(text)
    return found


def _written_id(content: str) -> str | None:
    """An id the parser left in the heading's text ('Dose {#dose}'): it is explicit."""
    match = _EXPLICIT.search(content)
    return match[1] if match else None


def _text(content: str, flavor: Flavor) -> str:
    """A heading's text as a reader sees it: no markup, code spans' content kept; with
    pymdownx.emoji no icon either (it is an image, which Python-Markdown's toc leaves
    out: '#### :material-check-all: On all pages' is 'on-all-pages')."""
    icons = "pymdownx.emoji" in flavor.extensions
    parts = []
    for token in parser(flavor).parseInline(content)[0].children or []:
        if token.type == "text" and icons:
            parts.append(ICON.sub("", token.content))
        elif token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


# goldmark's typographer (on in Hugo) writes '--' and '---' as dashes, which no id keeps.
_TYPOGRAPHER_DASHES = re.compile(r"-{2,3}")


def _hugo_text(content: str, flavor: Flavor) -> str:
    """Hugo's plain text of a heading or term (``render.TextPlain``, since 0.144): its
    text and code spans, entities resolved, raw HTML and formulas left out, a line
    break kept; of a link, an emphasis or an image (its alt text) only the first
    piece, as Hugo reads them; the typographer's dashes are no characters of an id."""
    children = parser(flavor).parseInline(content)[0].children or []
    return "".join(_plain(children, 0, len(children), every=True))


def _plain(tokens: Sequence[Token], start: int, end: int, *, every: bool) -> list[str]:
    """The plain text of the nodes in ``tokens[start:end]`` (each node a token, or an
    opening token, what it holds and its closing one): all of them, or the first."""
    parts: list[str] = []
    index = start
    while index < end:
        token = tokens[index]
        after = index + 1
        if token.nesting == 1:  # a container: its closing token is the one at its level
            depth = 1
            while depth and after < end:
                depth += tokens[after].nesting
                after += 1
            parts += _plain(tokens, index + 1, after - 1, every=False)
        elif token.type == "text":
            parts.append(_TYPOGRAPHER_DASHES.sub("", token.content))
        elif token.type == "code_inline":
            parts.append(token.content)
        elif token.type == "image":
            alt = token.children or []
            parts += _plain(alt, 0, len(alt), every=False)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        if not every:
            break
        index = after
    return parts


def _ends_its_line(seg: Segment, lines: _Lines) -> bool:
    """Whether nothing but blanks follows the heading's text (no closing '##')."""
    line = bisect_right(lines.starts, seg.end) - 1
    return not lines.texts[line][seg.end - lines.starts[line] :].strip()
