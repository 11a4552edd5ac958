"""goldmark's attributes, as Hugo reads them: '## Title {#id .class}' and block lines.

``parser.attribute.title``: a list at the end of a heading sets its id and
classes; a core rule takes it out of the heading's text (so a translator
never sees ``{#dosage}``, and the explicit id is copied as it is) and sets
the ``id`` on the heading, as ``attr_list`` does for MkDocs.
``parser.attribute.block``: a line that is only a list (``{.lead #intro}``)
belongs to the block above it; a block rule makes it a
``block_attributes`` token of its own, so it ends a paragraph instead of
being joined into its text.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore

from .rules import INTERRUPTS, render_nothing

_PART = re.compile(r"""#[\w.:-]+|\.[\w.:-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'{}]+)""")
_LIST = r"\{(?P<attrs>[^{}\n]*)\}"
_HEADING = re.compile(r"(?:^|(?<![ \t])[ \t]+)" + _LIST + r"[ \t]*$")
_LINE = re.compile(r"[ \t]*" + _LIST + r"[ \t]*$")


def is_list(attrs: str) -> bool:
    """Whether the text inside braces is an attribute list goldmark reads."""
    parts = attrs.split()
    return bool(parts) and all(_PART.fullmatch(part) for part in parts)


def heading_attributes_plugin(md: MarkdownIt) -> None:
    """Take '{#id .class}' off the end of headings into ``meta["attributes"]``."""
    md.core.ruler.after("block", "heading_attributes", _headings)


def block_attributes_plugin(md: MarkdownIt) -> None:
    """Read a line that is only '{.class #id}' as a block of its own."""
    # Before every rule that could take the line as a part of its block (a
    # definition list's term): goldmark reads it as the attributes of the block above.
    md.block.ruler.before(
        "code",
        "block_attributes",
        _line,
        INTERRUPTS,
    )
    render_nothing(md, "block_attributes")


def _headings(state: StateCore) -> None:
    tokens = state.tokens
    for index, token in enumerate(tokens[1:], start=1):
        parent = tokens[index - 1]
        if token.type != "inline" or parent.type != "heading_open":
            continue
        last_line_start = token.content.rfind("\n") + 1
        match = _HEADING.search(token.content, last_line_start)
        if match is None or not is_list(match["attrs"]) or match.start() == 0:
            continue
        token.meta = {**token.meta, "attributes": match[0]}
        token.content = token.content[: match.start()]
        for part in match["attrs"].split():
            if part.startswith("#"):
                parent.attrSet("id", part[1:])
            elif part.startswith("."):
                classes = str(parent.attrGet("class") or "").split()
                parent.attrSet("class", " ".join([*classes, part[1:]]))
            else:
                key, _, value = part.partition("=")
                parent.attrSet(key, value.strip("\"'"))


def _line(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.is_code_block(start_line):
        return False
    start = state.bMarks[start_line] + state.tShift[start_line]
    if state.src[start : start + 1] != "{":
        return False
    match = _LINE.match(state.src, start, state.eMarks[start_line])
    if match is None or not is_list(match["attrs"]):
        return False
    if silent:
        return True
    token = state.push("block_attributes", "", 0)
    token.map = [start_line, start_line + 1]
    token.content = match["attrs"]
    state.line = start_line + 1
    return True
