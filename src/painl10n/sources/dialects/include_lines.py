"""Include lines of MkDocs' Markdown: a file's content stands where the line was.

``{* ../../docs_src/app.py hl[3] *}`` (``markdown_include_variants``, FastAPI's
code examples) and ``{! file.md !}`` / ``{!> file.md <!}`` (``mdx_include``) on
a line of their own are replaced by a file before Markdown is read: the
line is no text. It is ``include_line`` (copied byte for byte, never offered)
and interrupts a paragraph, as the included block does. Such a token inside a
sentence, or in a code block, stays as it is (a code block is code).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .positions import line_ending_at, push_lines
from .rules import INTERRUPTS, render_nothing

_INCLUDE = re.compile(r"\{\*[^\n]*?\*\}|\{!>?[^\n]*?<?!\}")


def include_lines_plugin(md: MarkdownIt) -> None:
    """Read a line that is one include; it renders to nothing here."""
    md.block.ruler.before(
        "table",
        "include_line",
        _line,
        INTERRUPTS,
    )
    render_nothing(md, "include_line")


def _line(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False  # indented code
    include = _INCLUDE.match(state.src, state.bMarks[start_line] + state.tShift[start_line])
    if include is None:
        return False
    last = line_ending_at(state, include.end(), start_line, end_line)
    if last != start_line:
        return False
    if silent:
        return True
    push_lines(state, "include_line", start_line, last)
    return True
