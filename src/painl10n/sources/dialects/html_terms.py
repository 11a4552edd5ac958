"""A raw HTML line as a definition term, as Python-Markdown's ``def_list`` reads it.

Python-Markdown stashes an HTML block as a paragraph of its own, so a line
``<!-- md:option type:note -->`` followed (after a blank line or not) by
``:   definition`` is the term of a definition list: Material's documentation
turns such comments into badges with a hook. markdown-it reads an HTML block
first, and the definition becomes a paragraph starting ``:   !!! note``.

This rule, tried before ``html_block``, lets mdit-py-plugins' ``deflist`` read
a one-line HTML block followed by a definition: the term is inline content of
HTML only (not offered: it has no text), the definitions are read as any
(an admonition in one is an admonition). A longer HTML block, or one followed
by two blank lines, stays an HTML block.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock


def html_terms_plugin(md: MarkdownIt) -> None:
    """Read a one-line HTML block followed by ': definition' as a definition list."""
    ruler = md.block.ruler
    deflist = ruler.__rules__[ruler.__find__("deflist")].fn
    html_block = ruler.__rules__[ruler.__find__("html_block")].fn

    def html_term(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        if silent or state.sCount[start_line] - state.blkIndent >= 4:
            return False
        if not state.src.startswith("<", state.bMarks[start_line] + state.tShift[start_line]):
            return False
        mark = len(state.tokens)
        if not html_block(state, start_line, end_line, False):
            return False
        one_line = state.line == start_line + 1
        del state.tokens[mark:]  # a trial: the block is read again by whichever rule takes it
        state.line = start_line
        return one_line and bool(deflist(state, start_line, end_line, False))

    ruler.before("html_block", "html_term", html_term)
