"""GitHub alerts, as Hugo reads them: '> [!NOTE]' then the body, each line behind '> '.

Hugo (0.132 and later, through blockquote render hooks) also reads a fold
mark and a title: '> [!WARNING]+ Take care'. Older Hugo renders a plain
blockquote; either way the marker line must stay as it is. No markdown-it
plugin reads them: this core rule finds a blockquote whose first line is a
marker, takes that line out of its first paragraph (so ``[!NOTE]`` is never
text to translate) and marks the blockquote with ``meta["alert"]``, the type
in lower case, and ``meta["alert_line"]``, the marker's line.
:func:`painl10n.sources.constructs.alert_title` offers the title.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

MARKER = re.compile(r"^\[!(?P<type>[A-Za-z]+)\](?P<fold>[+-]?)(?:[ \t]+(?P<title>.*?))?[ \t]*$")


def alerts_plugin(md: MarkdownIt) -> None:
    """Mark alerts and cut their marker line out of the text."""
    md.core.ruler.after("block", "alerts", _alerts)


def _alerts(state: StateCore) -> None:
    tokens = state.tokens
    index = 0
    while index < len(tokens) - 2:
        quote, paragraph, inline = tokens[index], tokens[index + 1], tokens[index + 2]
        index += 1
        if quote.type != "blockquote_open" or paragraph.type != "paragraph_open":
            continue
        if inline.map is None or quote.map is None or inline.map[0] != quote.map[0]:
            continue
        first, _, rest = inline.content.partition("\n")
        match = MARKER.match(first)
        if match is None:
            continue
        quote.meta = {**quote.meta, "alert": match["type"].lower(), "alert_line": quote.map[0]}
        if not rest:
            del tokens[index : index + 3]  # the paragraph was the marker alone
            continue
        inline.content = rest
        inline.map = [inline.map[0] + 1, inline.map[1]]
        if paragraph.map is not None:
            paragraph.map = [paragraph.map[0] + 1, paragraph.map[1]]
