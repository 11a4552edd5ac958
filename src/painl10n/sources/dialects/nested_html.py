"""Python-Markdown reads raw HTML blocks only at a line's start (three blanks at most).

Its HTML block reader runs over the whole page before any Markdown, and takes a
tag or comment that starts a line as raw HTML wherever it is — a lazy line
under a list item too (pydantic's docs put ``<!-- markdownlint … -->`` there:
the list ends); such a line of tags and comments only is an HTML block here
too (one with text after its tag stays a paragraph's, whose text is offered).
Further in, inside a definition, an admonition or a tab (indented content, or
after a list marker), a line starting with a tag or a comment is part of a
paragraph, its inline HTML: ``:   <!-- md:default none --> This option …``
(Material's badges) shows its words, which CommonMark's HTML block would hide
from the translator. So, in indented content, ``html_block`` reads a line that
does not start the page's line (four blanks or more, or a marker before it)
only when it holds no text: ``<script>``, ``<style>``, ``<pre>``,
``<textarea>`` (CommonMark's first kind). Top-level HTML, a quote's and
``md_in_html``'s elements are read as before.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .rules import BlockRule, wrap_block_rule

_RAW_TEXT = re.compile(r"<(?:script|pre|style|textarea)(?=[\s>]|$)", re.IGNORECASE)
# A line of tags and comments only (or a comment that goes on below): no text in it.
_HTML_ONLY = re.compile(r"(?:<!--.*?-->|<[^<>\n]*>|[ \t])+|<!--(?!.*-->).*")


def nested_html_plugin(md: MarkdownIt) -> None:
    """An indented line of HTML is a paragraph's, as Python-Markdown reads it."""
    wrap_block_rule(md, "html_block", _top_level)


def _top_level(html_block: BlockRule) -> BlockRule:
    def top_level(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        start = state.bMarks[start_line] + state.tShift[start_line]
        line = state.src[start : state.eMarks[start_line]]
        raw = _at_line_start(state.src, start) and _HTML_ONLY.fullmatch(line.rstrip())
        if state.blkIndent > 0 and not raw and not _RAW_TEXT.match(state.src, start):
            return False
        return bool(html_block(state, start_line, end_line, silent))

    return top_level


def _at_line_start(src: str, position: int) -> bool:
    """Whether only up to three blanks stand between ``position`` and its line's start,
    as Python-Markdown's HTML reader asks (``at_line_start``)."""
    before = src[src.rfind("\n", 0, position) + 1 : position]
    return len(before) <= 3 and not before.strip(" ")
