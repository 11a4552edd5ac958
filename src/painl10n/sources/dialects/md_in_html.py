"""Python-Markdown's ``md_in_html``: Markdown inside an HTML element marked ``markdown``.

Material's grids and cards are written so: ``<div class="grid cards" markdown>``,
Markdown lines, ``</div>``. CommonMark reads all of it as one HTML block,
never offered to a translator. This rule reads the opening and the closing
tag lines as ``md_in_html_open`` / ``md_in_html_close`` (their lines stay in
the skeleton) and the lines between as Markdown. An element whose closing
tag is not alone on a line stays an HTML block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

_OPENING = re.compile(r"^<(?P<tag>[A-Za-z][A-Za-z0-9-]*)(?P<attrs>\s[^<>]*)?>[ \t]*$")
_MARKDOWN = re.compile(r"""\smarkdown(?:=(?P<value>"[^"]*"|'[^']*'|[^\s>]+))?(?=[\s/>]|$)""")


def md_in_html_plugin(md: MarkdownIt, values: frozenset[str] | None = None) -> None:
    """Read Markdown inside HTML elements marked ``markdown``; ``values``: the attribute's
    values that ask for block-level Markdown (None: any, as Python-Markdown reads it;
    kramdown's ``markdown="1"`` and ``"block"`` — ``"0"`` is raw HTML, ``"span"`` text)."""

    def element(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        return _element(state, start_line, end_line, silent, values)

    md.block.ruler.before("html_block", "md_in_html", element, {"alt": ["paragraph"]})
    md.add_render_rule("md_in_html_open", _render_open)
    md.add_render_rule("md_in_html_close", _render_close)


def _element(
    state: StateBlock, start_line: int, end_line: int, silent: bool, values: frozenset[str] | None
) -> bool:
    if state.is_code_block(start_line):
        return False
    start = state.bMarks[start_line] + state.tShift[start_line]
    if state.src[start : start + 1] != "<":
        return False
    opening = _OPENING.match(state.src[start : state.eMarks[start_line]])
    marked = _MARKDOWN.search(opening["attrs"] or "") if opening else None
    if opening is None or marked is None:
        return False
    if values is not None and (marked["value"] or "").strip("\"'") not in values:
        return False
    tag = opening["tag"]
    close_line = _closing_line(state, tag, start_line, end_line)
    if close_line is None:
        return False
    if silent:
        return True
    token = state.push("md_in_html_open", tag, 1)
    token.block = True
    token.map = [start_line, close_line + 1]
    token.content = _MARKDOWN.sub("", opening[0].strip())
    old_line_max = state.lineMax
    state.lineMax = close_line
    state.md.block.tokenize(state, start_line + 1, close_line)
    state.lineMax = old_line_max
    token = state.push("md_in_html_close", tag, -1)
    token.block = True
    token.map = [close_line, close_line + 1]
    state.line = close_line + 1
    return True


def _closing_line(state: StateBlock, tag: str, start_line: int, end_line: int) -> int | None:
    """The line of the matching ``</tag>`` (alone on its line), counting nested ones."""
    known: dict[str, dict[int, int]] = state.env.setdefault("md_in_html", {})
    if tag not in known:
        known[tag] = _closings(state, tag)
    closings = known[tag]
    line = closings.get(start_line)
    return line if line is not None and line < end_line else None


def _closings(state: StateBlock, tag: str) -> dict[int, int]:
    """Each line that opens a ``tag`` → the line that closes it alone, in one pass.

    Once per document and tag, so that many unclosed elements cost one pass,
    not one pass each; the table is kept in the parse's ``env``.
    """
    opens = re.compile(rf"<{tag}(?=[\s>/])", re.IGNORECASE)
    closes = re.compile(rf"</{tag}>", re.IGNORECASE)
    alone = re.compile(rf"^[ \t]*</{tag}>[ \t]*$", re.IGNORECASE)
    stack: list[int] = []
    found: dict[int, int] = {}
    for line, text in enumerate(state.src.split("\n")):
        stack.extend(line for _ in opens.finditer(text))
        for _ in closes.finditer(text):
            if not stack:
                break
            opener = stack.pop()
            if alone.match(text):
                found[opener] = line
    return found


def _render_open(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return tokens[idx].content + "\n"


def _render_close(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return f"</{tokens[idx].tag}>\n"
