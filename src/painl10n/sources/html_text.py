"""The text of a raw HTML block, offered as messages: what the reader sees there.

CommonMark (and goldmark, Python-Markdown, kramdown) copy an HTML block to
the page as it is — ``<div class="warning"><p>Do not take more than 4 g a
day.</p></div>``, ``<details><summary>More</summary>``, a line that starts
with a comment (``<!-- note --> words``) — so its text is shown to the
reader, in English on every translated page, unless it is offered too.
:mod:`.html_runs` says what in a block is text; here each run becomes a
segment tied to its span in the source, behind any container prefix.

A message's whitespace is collapsed (HTML shows a run of blanks as one), and
the translation is written back on one line (``localize.assemble``): a blank
line inside an HTML block would end it. The inline tags in a message are
kept there, so the ``markup`` check holds the translation to them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from markdown_it.token import Token

from ..text.dialect_syntax import pattern
from .html_runs import Run, Unreadable, runs
from .model import Flavor, Segment, Style, Unoffered

_BLANKS = re.compile(r"\s+")
# Dialects whose HTML block ends with its first element (kramdown, Python-Markdown).
_ENDS_AT_CLOSE = frozenset({"jekyll", "mkdocs"})
_READERS = {"jekyll": "Jekyll (kramdown)", "mkdocs": "MkDocs (Python-Markdown)"}
_UNREADABLE = (
    "the text of this HTML block is not offered for translation: it is unclear where the "
    "tag starting '{piece}' ends; write '&lt;' for a '<' that is text, or complete the tag"
)
_MARKDOWN_AFTER = (
    "the lines from here are not offered for translation: {reader} reads them as Markdown "
    "after the HTML element above, whose closing tag has more text on its line; put the "
    "closing tag on a line of its own"
)


def html_text(
    token: Token, texts: list[str], starts: list[int], flavor: Flavor
) -> tuple[list[Segment], Unoffered | None]:
    """The messages of an ``html_block`` token, and text of it that none offers;
    ``texts``/``starts``: the source's lines and their offsets. A block whose lines
    cannot be found in the source is left alone."""
    if token.map is None or "<" not in token.content:
        return [], None
    first = token.map[0]
    content = token.content
    columns = _columns(content, texts, first)
    if columns is None:
        return [], None
    line_offsets = [0]  # where each content line starts in ``content``
    for line in content.split("\n")[:-1]:
        line_offsets.append(line_offsets[-1] + len(line) + 1)
    syntax = pattern(
        flavor.dialect, flavor.extensions, flavor.math_delimiters, flavor.code_shortcodes
    )
    found: list[Segment] = []
    try:
        found_runs, after = _all_runs(content, syntax, flavor.dialect in _ENDS_AT_CLOSE)
    except Unreadable as unreadable:
        at = first + _place(line_offsets, unreadable.position)[0] + 1
        piece = content[unreadable.position :].split(None, 1)[0][:20]
        return [], Unoffered(at, _UNREADABLE.format(piece=piece))
    unoffered = None
    if after is not None:
        at = first + _place(line_offsets, after)[0] + 1
        unoffered = Unoffered(at, _MARKDOWN_AFTER.format(reader=_READERS[flavor.dialect]))
    for run in found_runs:
        start_line, start_column = _place(line_offsets, run.start)
        end_line, end_column = _place(line_offsets, run.end)
        element = ""
        if run.attribute:
            kind, style = f'HTML text: "{run.attribute}" of <{run.element}>', Style.ATTRIBUTE
        else:
            kind = f"HTML text in <{run.element}>" if run.element else "HTML text"
            style, element = Style.HTML, run.element
        found.append(
            Segment(
                msgid=_BLANKS.sub(" ", content[run.start : run.end]),
                kind=kind,
                line=first + start_line + 1,
                start=starts[first + start_line] + columns[start_line] + start_column,
                end=starts[first + end_line] + columns[end_line] + end_column,
                style=style,
                quote=run.quote or '"',
                element=element,
            )
        )
    found.sort(key=lambda segment: segment.start)
    return found, unoffered


def _all_runs(
    content: str, syntax: re.Pattern[str] | None, ends_at_close: bool
) -> tuple[list[Run], int | None]:
    """Every run of the block, and where the lines start that its generator reads as
    Markdown after the element that ended it, if they have a word (else None)."""
    found: list[Run] = []
    reading = runs(content, syntax, ends_at_close)
    while True:
        try:
            found.append(next(reading))
        except StopIteration as done:
            after: int | None = done.value
            return found, after


def _columns(content: str, texts: list[str], first: int) -> list[int] | None:
    """Where each content line starts on its source line (it is the line's tail once
    container markers and indentation are taken off); None if one is not found."""
    columns = []
    for index, line in enumerate(content.removesuffix("\n").split("\n")):
        if first + index >= len(texts):
            return None
        source = texts[first + index]
        if not source.endswith(line):
            return None
        columns.append(len(source) - len(line))
    return columns


def _place(line_offsets: list[int], offset: int) -> tuple[int, int]:
    """(content line, column) of an offset in the content."""
    line = bisect_right(line_offsets, offset) - 1
    return line, offset - line_offsets[line]
