"""Python-Markdown's table separator rows: any mix of '-', ':', '|' and blanks.

GFM (markdown-it's ``table``) wants each separator cell to be ``:?-+:?``;
Python-Markdown's ``tables`` takes any cell made of ``-``, ``:`` and blanks,
as long as the row has as many cells as the header. A typo such as
``| ---- --- |`` (pydantic's docs) is a table to MkDocs and was a paragraph to
painl10n: one message of pipes, rebuilt on one line, and no table any more.

The ``table`` rule is asked again with such a row written the GFM way: a blank
between two marks becomes a '-', character for character, so every offset
the parser keeps is unchanged (the row holds no text for the skeleton).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .rules import BlockRule, wrap_block_rule

_SEPARATOR_ROW = re.compile(r"[|:\- ]*-[|:\- ]*")
_INNER_BLANKS = re.compile(r"(?<=[-:]) +(?=[-:])")


def table_separators_plugin(md: MarkdownIt) -> None:
    """Let ``table`` (already in ``md``) read Python-Markdown's looser separator rows."""
    wrap_block_rule(md, "table", _looser)


def _looser(table: BlockRule) -> BlockRule:
    def rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        if table(state, start_line, end_line, silent):
            return True
        row = start_line + 1
        if row >= end_line:
            return False
        begin, end = state.bMarks[row] + state.tShift[row], state.eMarks[row]
        line = state.src[begin:end]
        if not _SEPARATOR_ROW.fullmatch(line.rstrip()) or not _INNER_BLANKS.search(line):
            return False
        original = state.src
        state.src = original[:begin] + _INNER_BLANKS.sub(_dashes, line) + original[end:]
        if table(state, start_line, end_line, silent):
            return True
        state.src = original
        return False

    return rule


def _dashes(match: re.Match[str]) -> str:
    return "-" * len(match[0])
