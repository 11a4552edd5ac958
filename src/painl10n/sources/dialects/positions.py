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


def line_ending_at(state: StateBlock, position: int, start_line: int, end_line: int) -> int | None:
    """The line whose end ``position`` is at (blanks aside), or None: text follows."""
    src = state.src
    while position < len(src) and src[position] in " \t":
        position += 1
    if position < len(src) and src[position] != "\n":
        return None
    for line in range(start_line, end_line):
        if state.eMarks[line] >= position:
            return line
    return None


def push_lines(state: StateBlock, kind: str, start_line: int, last_line: int) -> None:
    """One block token of ``kind`` for the lines ``start_line`` to ``last_line``, as
    written: the skeleton keeps them byte for byte, the translator never sees them."""
    token = state.push(kind, "", 0)
    token.block = True
    token.map = [start_line, last_line + 1]
    token.content = state.src[state.bMarks[start_line] : state.eMarks[last_line]]
    state.line = last_line + 1


def line_text(state: StateBlock, line: int) -> str:
    """The text of ``line`` after its indentation (and its container's markers)."""
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]
