"""What in a raw HTML block's content a reader sees as text: its runs, as spans.

Read with markdown-it's own HTML grammar (``common.html_re``, what its
``html_inline`` rule reads; a comment as browsers read it), after the
dialect's own syntax (a shortcode, a Liquid tag), which the generator reads
first: text between the pieces of HTML is what the reader sees. Block-level
elements (CommonMark's list of HTML block names) end one run and start the
next; inline elements (``<b>``, ``<a href>``, ``<code>``, ``<br>``) stay in
the run as written. Never text: comments,
declarations, the bodies of ``<script>``, ``<style>``, ``<pre>``,
``<textarea>``, ``<svg>``, ``<math>`` and ``<template>``, and the body of an
element the generator reads as Markdown (``markdown="1"``: kramdown,
Python-Markdown's md_in_html). A run needs a word outside code and the
dialect's own syntax (a Liquid loop, a shortcode): tags and numbers are none.
The ``alt``, ``title`` and ``aria-label`` of a tag outside a run are runs of
their own.

kramdown and Python-Markdown end an HTML block where its element closes, and
only a block-level element starts one: what CommonMark keeps in the block after
that is Markdown there, and is no run. Linear in the content, also on pieces
that never close (``<!--`` repeated).
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass

from markdown_it.common.html_blocks import block_names
from markdown_it.common.html_re import cdata as cdata_section
from markdown_it.common.html_re import close_tag, declaration, open_tag, processing

from ..text.prose import ENTITY

# A comment as a browser reads one (HTML5: '--' inside it too, '<!-->' empty), not only
# as CommonMark's grammar does: Docsy's '<!-- ENTRY TEMPLATE ------- … -->' is no text.
_COMMENT = r"<!--(?:-?>|[\s\S]*?-->)"
_PIECE = re.compile(
    f"(?P<open>{open_tag})|(?P<close>{close_tag})"
    f"|(?P<other>{_COMMENT}|{processing}|{declaration}|{cdata_section})"
)
_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")
_BLOCKS = frozenset(block_names)
# Elements whose content is never text for a reader to be offered.
_OPAQUE = frozenset({"script", "style", "pre", "textarea", "svg", "math", "template"})
# Inline elements whose words are code, not prose (they stay in the message).
_CODE = frozenset({"code", "kbd", "samp", "var"})
_VOID = frozenset({"area", "br", "embed", "img", "input", "source", "wbr"})
# Opener, closer, and how far after the opener's start the closer may start ('<!-->').
_UNCLOSABLE = (("<!--", "-->", 2), ("<?", "?>", 2), ("<![CDATA[", "]]>", 9))
_DECLARATION = re.compile(r"<![A-Za-z]")
# Attributes whose values a reader is shown or read out: a tooltip, a screen reader's.
_TEXT_ATTRIBUTE = re.compile(
    r"""\s(?P<name>alt|title|aria-label)\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)')""",
    re.I,
)
_LINE_START_TAG = re.compile(r"[ ]{0,3}<(?:(?P<comment>!--)|(?P<name>[A-Za-z][A-Za-z0-9-]*))")
# An element whose content the generator reads as Markdown blocks (kramdown's and
# Python-Markdown's md_in_html 'markdown="1"'): its text is no raw HTML to offer here.
_MARKDOWN_INSIDE = re.compile(
    r"""\smarkdown(?:\s*=\s*(?:"(?!0"|span")[^"]*"|'(?!0'|span')[^']*'|(?!0[\s/>]|span[\s/>])[^\s"'=<>`/]+))?(?=[\s/>])"""
)
# CommonMark's type 7 HTML block: a line of one complete tag (not a block name) alone.
_TYPE_7_START = re.compile(rf"[ ]{{0,3}}({open_tag}|{close_tag})[ \t]*(?:\n|$)")
_WORD = re.compile(r"[^\W\d_]")
_TAG_LIKE = re.compile(r"<[A-Za-z/!?]")  # what a browser would start a tag at
_NOT_NEWLINE = re.compile(r"[^\n]")
# A fenced code block (to its closing fence or the end): code, no text, in the Markdown
# that kramdown and Python-Markdown read after an element that ended an HTML block.
_FENCED = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})[^\n]*\n(?:.*?^[ ]{0,3}\1[ \t]*$|.*\Z)", re.M | re.S)


class Unreadable(Exception):
    """The block has a piece of HTML its grammar does not read: it is left alone.

    ``position``: where that piece starts in the block's content."""

    def __init__(self, position: int) -> None:
        super().__init__(position)
        self.position = position


@dataclass(frozen=True)
class Run:
    """A message's span in the block's content, and the element it is in; for the value
    of a text attribute (``alt="…"``), the attribute and its quote."""

    start: int
    end: int
    element: str
    attribute: str = ""
    quote: str = ""


@dataclass(frozen=True)
class _Item:
    """A piece of a run: text, or an inline tag ('open', 'close'; a void tag is 'text')."""

    start: int
    end: int
    kind: str
    name: str = ""


def runs(
    content: str, syntax: re.Pattern[str] | None, ends_at_close: bool = False
) -> Generator[Run, None, int | None]:
    """The spans of text and inline HTML between block-level pieces, with a word.

    ``ends_at_close``: the generator ends an HTML block where its first element closes
    (kramdown, Python-Markdown), not at a blank line as CommonMark does: the lines after
    it, which CommonMark reads as HTML, are Markdown there, and no HTML text. Returns
    where such Markdown starts when it has a word (offered nowhere), else None."""
    opaque = ""  # the element whose body is being skipped
    depth = 0  # how many elements of its name are open inside it, itself included
    blocks: list[str] = []  # open block-level elements, innermost last
    places: dict[str, list[int]] = {}  # where each name is open in ``blocks``
    items: list[_Item] = []  # the current run
    worded = False  # the current run has a word of prose
    code = 0  # depth of open code-like inline elements

    def flush() -> Iterator[Run]:
        nonlocal worded
        kept = _balanced(items) if worded else []
        if kept:
            yield Run(kept[0].start, kept[-1].end, blocks[-1] if blocks else "")
        in_message = {item.start for item in kept}
        for item in items:  # a tag left out of the message: its text attributes
            if item.name and item.start not in in_message:
                yield from _attributes(content, item.start, item.end, syntax)
        items.clear()
        worded = False

    def text(start: int, end: int) -> None:
        nonlocal worded
        piece = content[start:end]
        if found := _TAG_LIKE.search(masked, start, end):  # a tag the grammar cannot read
            raise Unreadable(found.start())
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            items.append(_Item(start + lead, start + len(piece.rstrip()), "text"))
            worded = worded or (code == 0 and _has_word(piece, syntax))

    # A type 7 block's first line is its one tag: text joined to it would end the block.
    # (Where the generator reads such a line as a paragraph's, kramdown's '<span>' alone,
    # the dialect's parser makes no HTML block of it: ``dialects/html_block_end.py``.)
    first_line_tag = _TYPE_7_START.match(content)
    position = 0
    readable = _readable_end(content)
    # The dialect's own syntax is read as the generator reads it, before the HTML: a
    # shortcode inside a tag ('<a {{% _param btn-lg %}} href="…">', Docsy) is an attribute
    # to the HTML grammar, a '<' inside one ('{{<ref "a">}}') starts no tag.
    masked = content if syntax is None else syntax.sub(_filler, content)
    while match := _PIECE.search(masked, position, readable):
        if not opaque:
            text(position, match.start())
        position = match.end()
        name = _tag_name(match[0]) if match["other"] is None else ""
        opening = match["open"] is not None and not match[0].endswith("/>")
        closed = False  # a block-level element at the top closed
        if opaque:
            if name == opaque and opening:
                depth += 1
            elif name == opaque and match["close"] is not None:
                depth -= 1
                opaque = opaque if depth else ""
                closed = not opaque and not blocks
        elif opening and (name in _OPAQUE or _MARKDOWN_INSIDE.search(match[0])):
            yield from flush()
            yield from _attributes(content, match.start(), match.end(), syntax)
            opaque, depth = name, 1
        elif name in _BLOCKS:
            yield from flush()
            yield from _attributes(content, match.start(), match.end(), syntax)
            if opening:
                places.setdefault(name, []).append(len(blocks))
                blocks.append(name)
            elif match["close"] is not None:
                if places.get(name):  # it closes its innermost namesake and all inside
                    cut = places[name][-1]
                    for inner in blocks[cut:]:
                        places[inner].pop()
                    del blocks[cut:]
                closed = not blocks
        elif not name or (first_line_tag and match.start() == first_line_tag.start(1)):
            yield from flush()  # a comment, a declaration, a type 7 opener: no text, an end
            if name:
                yield from _attributes(content, match.start(), match.end(), syntax)
        else:  # an inline element: part of the message
            kind = "open" if opening and name not in _VOID else "text"
            kind = "close" if match["close"] is not None else kind
            items.append(_Item(match.start(), match.end(), kind, name))
            if name in _CODE:
                code = max(0, code + (1 if match["open"] is not None else -1))
        if closed and ends_at_close:  # what follows is Markdown, or a new HTML block
            following = _next_html_block(content, position)
            if following < 0:
                line = content.find("\n", position)
                return None if line < 0 else _worded_from(content, line + 1, syntax)
            position = following
    if not opaque and position < readable:
        text(position, readable)
    yield from flush()
    return None


def _filler(token: re.Match[str]) -> str:
    """A dialect token as letters of its length, a line break kept: an attribute's name to
    the HTML grammar, no '<' or '>', the same offsets for what follows."""
    return _NOT_NEWLINE.sub("x", token[0])


def _worded_from(content: str, start: int, syntax: re.Pattern[str] | None) -> int | None:
    """``start`` if the content from there has a word outside tags and code fences, else
    None: lines the generator reads as Markdown that CommonMark keeps in the HTML block."""
    rest = _FENCED.sub(" ", content[start:])
    return start if _has_word(_PIECE.sub(" ", rest), syntax) else None


def _attributes(
    content: str, start: int, end: int, syntax: re.Pattern[str] | None
) -> Iterator[Run]:
    """The quoted text attributes of the tag at ``content[start:end]`` with a word
    (an image's ``alt``, a ``title``, an ``aria-label``)."""
    tag = content[start:end]
    if not tag.startswith("<") or tag.startswith("</") or "=" not in tag:
        return
    element = _tag_name(tag)
    for found in _TEXT_ATTRIBUTE.finditer(tag):
        group = "double" if found["double"] is not None else "single"
        if _has_word(found[group], syntax):
            quote = '"' if group == "double" else "'"
            yield Run(start + found.start(group), start + found.end(group), element,
                       found["name"].lower(), quote)  # fmt: skip


def _next_html_block(content: str, end: int) -> int:
    """Where the next line starts if it starts an HTML block for kramdown and
    Python-Markdown (a block-level element or a comment at its start), else -1."""
    line = content.find("\n", end)
    if line < 0:
        return -1
    start = _LINE_START_TAG.match(content, line + 1)
    if start is None or not (start["comment"] or start["name"].lower() in _BLOCKS):
        return -1
    return line + 1


def _readable_end(content: str) -> int:
    """Where the first comment, processing instruction, CDATA section or declaration
    that never closes starts (the content's end if none): what follows it is no text.

    Found from each closer's last place, so that the grammar is never tried again and
    again on an opener that scans to the end (linear on ``<!--`` repeated)."""
    end = len(content)
    for opener, closer, closer_from in _UNCLOSABLE:
        last = content.rfind(closer)
        at = content.find(opener, 0 if last < 0 else max(0, last - closer_from + 1))
        if at >= 0:
            end = min(end, at)
    if found := _DECLARATION.search(content, max(0, content.rfind(">"))):
        end = min(end, found.start())
    return end


def _balanced(items: list[_Item]) -> list[_Item]:
    """The run without the tags at its ends that hold none of its text: those that open
    or close nothing inside it ('*bar*\\n</a>' after a type 7 '<a href>' line is
    '*bar*'), empty elements (a checkbox's '<input>', a closing '<br>') and an element
    around all of it ('<label for="x">Text</label>' is 'Text'). They stay in the file;
    the text attributes of those left out are messages of their own."""
    partner: dict[int, int] = {}
    open_tags: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        if item.kind == "open":
            open_tags.setdefault(item.name, []).append(index)
        elif item.kind == "close" and open_tags.get(item.name):
            opened = open_tags[item.name].pop()
            partner[opened], partner[index] = index, opened
    first, last = 0, len(items)
    while True:
        before = first, last
        while first < last and _holds_no_text(items[first], first in partner):
            first += 1
        while last > first and _holds_no_text(items[last - 1], last - 1 in partner):
            last -= 1
        if last - first > 2 and partner.get(first) == last - 1:
            first, last = first + 1, last - 1  # an element around all the rest
        if (first, last) == before:
            return items[first:last]


def _holds_no_text(item: _Item, paired: bool) -> bool:
    """A tag at a run's end with no text of the run in it: unpaired, or empty ('<input>')."""
    if item.kind in ("open", "close"):
        return not paired
    return item.kind == "text" and item.name in _VOID


def _tag_name(tag: str) -> str:
    """The lower-case element name of an open or close tag."""
    found = _NAME.match(tag)
    return found[1].lower() if found else ""


def _has_word(text: str, syntax: re.Pattern[str] | None) -> bool:
    """A letter outside the dialect's own syntax ('{% for x in y %}' is no prose) and
    outside character references ('&times;')."""
    if syntax is not None:
        text = syntax.sub(" ", text)
    if "&" in text:
        text = ENTITY.sub(" ", text)
    return _WORD.search(text) is not None
