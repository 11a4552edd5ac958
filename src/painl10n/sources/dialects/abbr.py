"""Abbreviation lines of Python-Markdown's ``abbr``: '*[HTML]: Hyper Text Markup Language'.

No mdit-py-plugins plugin reads them. Each line becomes an ``abbr_definition``
token (``meta``: the abbreviation and its expansion) that renders to nothing;
like Python-Markdown, a definition may follow a paragraph line directly.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .rules import INTERRUPTS, render_nothing

# The expansion runs to the line's end, trailing blanks included (strip them).
ABBREVIATION = re.compile(r"^\*\[(?P<abbr>[^\]\n]+)\]:[ \t]*(?P<expansion>.*)$")


def abbr_plugin(md: MarkdownIt) -> None:
    """Parse abbreviation lines; they render to nothing (the generator uses them)."""
    md.block.ruler.before(
        "reference",
        "abbr_definition",
        _abbreviation,
        INTERRUPTS,
    )
    render_nothing(md, "abbr_definition")


def _abbreviation(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.is_code_block(start_line):
        return False
    start = state.bMarks[start_line] + state.tShift[start_line]
    if not state.src.startswith("*[", start):
        return False
    match = ABBREVIATION.match(state.src[start : state.eMarks[start_line]])
    if match is None:
        return False
    if silent:
        return True
    token = state.push("abbr_definition", "", 0)
    token.map = [start_line, start_line + 1]
    token.meta = {"abbr": match["abbr"], "expansion": match["expansion"].rstrip(" \t")}
    token.block = True
    state.line = start_line + 1
    return True
