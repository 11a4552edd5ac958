"""kramdown and Python-Markdown end an HTML block where its element closes.

CommonMark's HTML block of a block-level element (``<div>``, ``<p>``,
``<details>``) runs to the next blank line; kramdown (Jekyll) and
Python-Markdown (MkDocs) end it on the line where that element closes, and
read the lines after it as Markdown::

    <div class="note">
    <p>Keep it dry.</p>
    </div>
    Do **not** freeze it.

is a ``<div>`` and a paragraph there (checked with both), one HTML block in
CommonMark — whose words no message offered. Here the block ends where its
first element closes, when nothing but blanks follows the closing tag on its
line (otherwise it is left as CommonMark reads it), and an element that the
generator reads as Markdown inside (``markdown="1"``) is left to its own rule.

A line that is one inline element alone (``<span class="big">``) starts no
HTML block there: it is a paragraph's first line, its inline HTML (CommonMark
reads an HTML block of its seventh kind). Which elements are inline is the
generator's own list, not CommonMark's: kramdown's span elements, everything
but Python-Markdown's block-level ones (``<video>`` is a block for both, a
paragraph for neither). A line that only closes a block
element (``</div>`` of one opened above, ``markdown="1"``) is a block of its
own: a fence below it is a fence (just-the-docs' buttons page).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.common.html_blocks import block_names
from markdown_it.common.html_re import close_tag, open_tag
from markdown_it.rules_block import StateBlock

from .positions import line_text
from .rules import BlockRule, wrap_block_rule

_BLOCKS = frozenset(block_names)
# kramdown 2.4's HTML_SPAN_ELEMENTS: any other element at a line's start opens a block.
KRAMDOWN_SPAN_ELEMENTS = frozenset(
    {
        *("a", "abbr", "acronym", "b", "bdo", "big", "br", "button", "cite", "code", "del"),
        *("dfn", "em", "i", "img", "input", "ins", "kbd", "label", "mark", "option", "q"),
        *("rb", "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small", "span"),
        *("strong", "sub", "sup", "tt", "u", "var"),
    }
)
# Python-Markdown 3.11's Markdown.block_level_elements: only these open a raw HTML block.
PYTHON_MARKDOWN_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "canvas", "center"),
        *("colgroup", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption"),
        *("figure", "footer", "form", "group", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("header", "hgroup", "hr", "html", "iframe", "legend", "li", "main", "map"),
        *("math", "menu", "nav", "noscript", "object", "ol", "option", "output", "p"),
        *("pre", "progress", "script", "section", "style", "summary", "table", "tbody"),
        *("td", "textarea", "tfoot", "th", "thead", "tr", "ul", "video"),
    }
)
_FIRST = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")
_ALONE = re.compile(rf"(?:{open_tag}|{close_tag})[ \t]*")  # a line of one tag
_MARKDOWN_INSIDE = re.compile(r"\smarkdown(?:\s*=|[\s/>])", re.IGNORECASE)
# Elements whose content CommonMark already ends at their closing tag (its first kind).
_RAW = frozenset({"pre", "script", "style", "textarea"})


def html_block_end_plugin(md: MarkdownIt, is_block: Callable[[str], bool]) -> None:
    """HTML blocks as kramdown and Python-Markdown end them; ``is_block``: whether an
    element (its lower-case name) opens a block for the generator."""
    wrap_block_rule(md, "html_block", lambda rule: _ending_at_close(rule, is_block))


def _ending_at_close(html_block: BlockRule, is_block: Callable[[str], bool]) -> BlockRule:
    def ending_at_close(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        line = line_text(state, start_line)
        first = _FIRST.match(line)
        name = first[1].lower() if first else ""
        block = bool(first) and (is_block(name) or name in _RAW)
        if first and not block and _ALONE.fullmatch(line):
            return False  # '<span>' alone: a paragraph's first line there
        count = len(state.tokens)
        if not html_block(state, start_line, end_line, silent):
            return False
        if silent or not block or _MARKDOWN_INSIDE.search(line):
            return True
        if line.startswith("</"):  # the end of an element opened above: nothing after it
            closing: int | None = start_line if _ALONE.fullmatch(line) else None
        else:
            closing = _closing_line(state, start_line, state.line, name)
        if closing is not None and closing + 1 < state.line:
            token = state.tokens[count]
            state.line = closing + 1
            token.map = [start_line, state.line]
            token.content = state.getLines(start_line, state.line, state.blkIndent, True)
        return True

    return ending_at_close


def _closing_line(state: StateBlock, first: int, end: int, name: str) -> int | None:
    """The line from ``first`` on, before ``end``, where the element ``name`` opened on
    ``first`` closes, with only blanks after its closing tag; None if there is none."""
    tags = re.compile(rf"<(/?){name}(?=[\s/>])[^>]*>", re.IGNORECASE)
    depth = 0
    for line in range(first, end):
        text = line_text(state, line)
        for tag in tags.finditer(text):
            if tag[1]:
                depth -= 1
            elif not tag[0].endswith("/>"):
                depth += 1
            if depth == 0:
                rest = text[tag.end() :]
                return None if rest.strip() else line
    return None
