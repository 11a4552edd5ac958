"""A page that shows some of its text in the source language says so, and marks it.

With ``partial_pages = "notice"`` a translated page whose build kept the source
text of some segments (untranslated, fuzzy, or held back by the publishing
gate) carries a notice in its own language, and every block of source text
(a paragraph, heading, list item's paragraph or table cell) gets the
source's ``lang`` and ``dir``: a screen reader then reads it in the right
voice, and English inside an Arabic page is laid out left to right.

The blocks are found from where the build put each segment in the localized
Markdown (:class:`~painl10n.localize.assemble.Assembled`) and the parsed
tokens' line maps; a table cell, which has no map of its own, by its text
among the cells of its row. A block that holds translated text as well is
not marked.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence

from markdown_it.token import Token

from ..sources.model import Segment, Style

# Segments that are a block's text (not an attribute, label or front matter value).
_BLOCK_STYLES = frozenset({Style.BLOCK, Style.LINE, Style.ATX, Style.SETEXT, Style.CELL})
_BLOCKS = frozenset({"paragraph_open", "heading_open", "th_open", "td_open"})


def mark_fallback(
    tokens: list[Token],
    text: str,
    segments: Sequence[Segment],
    spans: Sequence[tuple[int, int]],
    fell_back: Collection[int],
    lang: str,
    direction: str,
) -> int:
    """Give every block of ``tokens`` whose text is all source text ``lang`` and ``dir``;
    the number of blocks marked. ``spans``: each segment's place in ``text``;
    ``fell_back``: the indices of the segments that kept the source text."""
    if not fell_back:
        return 0
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    def line_of(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    lines: list[tuple[int, int, int]] = []  # (first line, last line, segment index)
    cells: dict[int, list[int]] = {}  # line -> its cell segments, in order
    for index, (seg, (start, end)) in enumerate(zip(segments, spans, strict=True)):
        if seg.style not in _BLOCK_STYLES:
            continue
        first, last = line_of(start), line_of(max(start, end - 1))
        if seg.style is Style.CELL:
            cells.setdefault(first, []).append(index)
        else:
            lines.append((first, last, index))
    marked = 0
    row: list[int] = []
    for position, token in enumerate(tokens):
        if token.type == "tr_open" and token.map:
            row = list(cells.get(token.map[0], []))
        if token.type not in _BLOCKS or position + 1 >= len(tokens):
            continue
        inline = tokens[position + 1]
        if inline.type != "inline" or inline.map is None:
            continue
        if token.type in ("th_open", "td_open"):
            found = _cell(row, inline.content, text, spans)
        else:
            top, bottom = inline.map
            found = [i for first, last, i in lines if top <= first and last < bottom]
        if found and all(index in fell_back for index in found):
            token.attrSet("lang", lang)
            token.attrSet("dir", direction)
            marked += 1
    return marked


def _cell(row: list[int], content: str, text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """The segment of the row's next cell, if its text is the cell's (an empty cell has
    none); taken off ``row``."""
    if row:
        start, end = spans[row[0]]
        if text[start:end].strip() == content.strip():
            return [row.pop(0)]
    return []
