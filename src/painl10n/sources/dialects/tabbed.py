"""Content tabs of pymdownx.tabbed: '=== "Title"' and a body indented by four spaces.

No mdit-py-plugins plugin reads them; this one follows its ``admon`` rule. A
tab is ``tab_open`` (its ``info``: the marker), a ``tab_title`` with the title's
inline content, the body's blocks, ``tab_close``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from .rules import INTERRUPTS

# pymdownx.tabbed: '===' with up to two of '!' (new set) and '+' (selected), a title.
_MARKER = re.compile(r'^(?P<marker>={3}[!+]{0,2}) +"(?P<title>.*)"[ \t]*$')
_INDENT = 4


def tabbed_plugin(md: MarkdownIt) -> None:
    """Parse content tabs; render each as a labelled block."""
    md.block.ruler.before("fence", "tab", _tab, INTERRUPTS)
    md.add_render_rule("tab_open", _render_open)
    md.add_render_rule("tab_close", _render_close)
    md.add_render_rule("tab_title_open", _render_title_open)
    md.add_render_rule("tab_title_close", _render_title_close)


def _tab(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.is_code_block(start_line):
        return False
    start = state.bMarks[start_line] + state.tShift[start_line]
    if not state.src.startswith("===", start):
        return False
    match = _MARKER.match(state.src[start : state.eMarks[start_line]])
    if match is None:
        return False
    if silent:
        return True
    old_parent, old_line_max, old_indent = state.parentType, state.lineMax, state.blkIndent
    state.parentType = "tab"
    state.blkIndent = state.sCount[start_line] + _INDENT
    next_line = _block_end(state, start_line, end_line)
    state.lineMax = next_line

    token = state.push("tab_open", "div", 1)
    token.markup = match["marker"]
    token.info = match["marker"]
    token.block = True
    token.map = [start_line, next_line]
    token = state.push("tab_title_open", "label", 1)
    token.map = [start_line, start_line + 1]
    token = state.push("inline", "", 0)
    token.content = match["title"]
    token.map = [start_line, start_line + 1]
    token.children = []
    state.push("tab_title_close", "label", -1)

    state.md.block.tokenize(state, start_line + 1, next_line)

    token = state.push("tab_close", "div", -1)
    token.markup = match["marker"]
    token.block = True
    state.parentType, state.lineMax, state.blkIndent = old_parent, old_line_max, old_indent
    state.line = next_line
    return True


def _block_end(state: StateBlock, start_line: int, end_line: int) -> int:
    """The line after the body: the first non-blank line indented less (blank lines, however
    many, end no tab in Python-Markdown)."""
    next_line = start_line + 1
    while next_line < end_line and (
        state.isEmpty(next_line) or state.sCount[next_line] >= state.blkIndent
    ):
        next_line += 1
    return next_line


def _render_open(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return '<div class="tabbed-block">\n'


def _render_close(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return "</div>\n"


def _render_title_open(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return '<p class="tabbed-title">'


def _render_title_close(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return "</p>\n"
