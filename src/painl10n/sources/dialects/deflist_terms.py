"""Definition lists whose item has several terms, one per line, as the generators read them.

Python-Markdown's ``def_list``, goldmark's definition lists (Hugo) and
kramdown (Jekyll) follow PHP Markdown Extra: every line of the block above a
``: definition`` line is a term of its own::

    Term1
    Term2
    : Their one definition

mdit-py-plugins' ``deflist`` (Pandoc's reading) takes the last line only, so
the block was one paragraph, "Term1 Term2 : Their one definition": offered as
one message and written back on one line, which no generator reads as a list
any more. Here the lines above the last term become terms of the same item,
down to a line that starts another block: a heading, an admonition, a quote
or a list item ends the terms, as in goldmark and kramdown's GFM input
(Jekyll's). Python-Markdown splits a block at a heading or an admonition too,
but takes a list or quote line for one more term: painl10n reads a list there.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from .rules import BlockRule, wrap_block_rule


def several_terms_plugin(md: MarkdownIt) -> None:
    """Wrap the ``deflist`` rule (already in ``md``) so an item may have several terms."""
    wrap_block_rule(md, "deflist", _several_terms)


def _several_terms(deflist: BlockRule) -> BlockRule:
    def rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        if silent:  # asked whether a line ends a paragraph: as deflist answers
            return bool(deflist(state, start_line, end_line, silent))
        last = _last_term(state, start_line, end_line)
        if last == start_line:
            return bool(deflist(state, start_line, end_line, False))
        mark = len(state.tokens)
        if not deflist(state, last, end_line, False):
            return bool(deflist(state, start_line, end_line, False))
        opening, term, inline = state.tokens[mark : mark + 3]
        terms = []
        for line in range(start_line, last):
            dt = Token("dt_open", "dt", 1, map=[line, line], level=term.level, block=True)
            text = Token("inline", "", 0, map=[line, line], level=inline.level, block=True)
            text.content = state.getLines(line, line + 1, state.blkIndent, False).strip()
            text.children = []
            closing = Token("dt_close", "dt", -1, level=term.level, block=True)
            terms += [dt, text, closing]
        state.tokens[mark + 1 : mark + 1] = terms
        assert opening.map is not None
        opening.map[0] = start_line
        return True

    return rule


def _last_term(state: StateBlock, start_line: int, end_line: int) -> int:
    """The line above the first definition marker of the block from ``start_line``, when
    every line down to it can be a term; else ``start_line``."""
    if state.sCount[start_line] - state.blkIndent >= 4:
        return start_line
    terminators = state.md.block.ruler.getRules("paragraph")
    line = start_line
    while line + 1 < end_line and not state.isEmpty(line + 1):
        following = line + 1
        if state.sCount[following] - state.blkIndent >= 4:
            return start_line  # a continuation line, not a term
        if _marker(state, following):
            return line
        if any(rule(state, following, end_line, True) for rule in terminators):
            return start_line  # another block starts: no term there
        line = following
    return start_line


def _marker(state: StateBlock, line: int) -> bool:
    """Whether ``line`` starts a definition: ':' (or '~') and a blank, then text."""
    start = state.bMarks[line] + state.tShift[line]
    end = state.eMarks[line]
    if start >= end or state.src[start] not in ":~":
        return False
    after = state.skipSpaces(start + 1)
    return after > start + 1 and after < end
