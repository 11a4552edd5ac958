"""Where an offset of the parsed text lies: its line and column in the source's lines."""

from __future__ import annotations

from bisect import bisect_right

from markdown_it.rules_block import StateBlock


def line_and_column(state: StateBlock, offset: int) -> tuple[int, int]:
    """The 0-based line and column of ``offset`` in ``state.src``, as the segmenter's line
    table counts them (markdown-it made every line break one ``\\n``).

    A line's ``bMarks`` entry lies at or after its start (past a container's
    markers), never after text a rule reads on it: a binary search finds the line.
    """
    line = bisect_right(state.bMarks, offset) - 1
    return line, offset - (state.src.rfind("\n", 0, offset) + 1)
