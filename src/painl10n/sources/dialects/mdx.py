"""MDX's block syntax (Docusaurus): ESM lines, JSX element lines, expression blocks.

As MDX reads them (micromark-extension-mdxjs): an ``import``/``export`` block
at the top level runs to the next blank line (``mdx_esm``; it interrupts no
paragraph); a line of JSX tags
only, ``<Tabs>``, ``<TabItem value="a" label="Adults">``, ``</TabItem>``,
``<Figure … />`` (a tag may span lines), is ``mdx_jsx`` and the Markdown
between such lines is Markdown; a line that is one ``{…}`` expression
(``{/* comment */}`` too, over several lines, and an HTML comment, which
Docusaurus reads as one) is ``mdx_expression``. These
two interrupt a paragraph, as in MDX. All render to nothing here: the lines stay
in the skeleton. A tag with text on its line (``<B>bold</B> text``) and an
expression inside a sentence stay inline. MDX has no indented code and no HTML
blocks: both rules are off with these.

An ``mdx_jsx`` token's ``meta["attributes"]`` lists each string-valued
attribute as ``(line, column, tag, name, value, quote)``, line and column of
the value in the source, for :mod:`painl10n.sources.component_constructs`; a
line of one opening or closing tag has ``meta["opens"]`` or ``meta["closes"]``
(its name), and ``meta["paired"]`` once matched with its partner.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from .positions import line_and_column, line_ending_at, push_lines
from .rules import INTERRUPTS, render_nothing

_ESM = re.compile(r"(?:import|export)(?=[\s{*])")
_NAME = re.compile(r"[A-Za-z_$][\w$.:-]*")
_ATTRIBUTE = re.compile(
    r"""(?P<name>[A-Za-z_$][\w$:-]*)(?:[ \t\n]*=[ \t\n]*(?P<q>["'])(?P<value>.*?)(?P=q))?""", re.S
)


def mdx_plugin(md: MarkdownIt) -> None:
    """Read MDX's ESM, JSX and expression lines; no indented code, no HTML blocks."""
    md.disable(["code", "html_block"])
    md.block.ruler.before("table", "mdx_esm", _esm)  # it interrupts no paragraph
    md.block.ruler.before("table", "mdx_jsx", _jsx, INTERRUPTS)
    md.block.ruler.before("table", "mdx_expression", _expression, INTERRUPTS)
    md.core.ruler.after("block", "mdx_pairs", _pairs)
    render_nothing(md, "mdx_esm", "mdx_jsx", "mdx_expression")


def _esm(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """``import``/``export`` at a top-level line's start, up to a blank line.

    Top level: ``level`` 0 (``parentType`` may still say 'paragraph' after a failed
    setext heading rule, a markdown-it quirk).
    """
    if state.level != 0 or state.tShift[start_line] != 0:
        return False
    start = state.bMarks[start_line]
    if _ESM.match(state.src, start, state.eMarks[start_line]) is None:
        return False
    if silent:
        return True
    last = start_line
    while last + 1 < end_line and not state.isEmpty(last + 1):
        last += 1
    push_lines(state, "mdx_esm", start_line, last)
    return True


def _jsx(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """A line of JSX tags only (one tag may span lines)."""
    position = state.bMarks[start_line] + state.tShift[start_line]
    if state.src[position : position + 1] != "<":
        return False
    attributes: list[tuple[int, str, str, str, str]] = []
    tags: list[str] = []
    last: int | None = None
    while last is None:
        end = _tag(state.src, position, attributes)
        if end is None:
            return False
        tags.append(state.src[position:end])
        position = end
        while position < len(state.src) and state.src[position] in " \t":
            position += 1
        if state.src[position : position + 1] != "<":
            last = line_ending_at(state, position, start_line, end_line)
            if last is None:
                return False
    if silent:
        return True
    push_lines(state, "mdx_jsx", start_line, last)
    meta: dict[str, Any] = {"attributes": [_where(state, *item) for item in attributes]}
    if len(tags) == 1 and not tags[0].endswith("/>"):
        name = _NAME.match(tags[0], 2 if tags[0].startswith("</") else 1)
        key = "closes" if tags[0].startswith("</") else "opens"
        meta[key] = name[0] if name else ""
    state.tokens[-1].meta = meta
    return True


def _pairs(state: StateCore) -> None:
    """Mark each element line opened and closed by lines at one level of one container
    (``meta["paired"]``): the Markdown between them is the element's."""
    stack: list[Token] = []
    for token in state.tokens:
        while stack and token.level < stack[-1].level:
            stack.pop()  # its container ended: never closed inside it
        if token.type != "mdx_jsx":
            continue
        if "opens" in token.meta:
            stack.append(token)
        elif "closes" in token.meta:
            while stack and stack[-1].meta["opens"] != token.meta["closes"]:
                stack.pop()
            if stack and stack[-1].level == token.level:
                stack.pop().meta["paired"] = True
                token.meta["paired"] = True


def _where(
    state: StateBlock, offset: int, tag: str, name: str, value: str, quote: str
) -> tuple[int, int, str, str, str, str]:
    """(line, column, tag, name, value, quote) of an attribute value at ``offset``."""
    line, column = line_and_column(state, offset)
    return line, column, tag, name, value, quote


def _tag(src: str, position: int, attributes: list[tuple[int, str, str, str, str]]) -> int | None:
    """The end of the JSX tag at ``position`` (its string attributes added), or None.

    As micromark-extension-mdx-jsx reads a tag: after a quoted or ``{…}`` value
    the next attribute may follow without a blank (``class="a"src="b"``).
    """
    position += 1  # '<'
    if src[position : position + 1] == "/":
        position += 1
    name = _NAME.match(src, position)
    tag = name[0] if name else ""
    if name is not None:
        position = name.end()
    elif src[position : position + 1] != ">":  # '<>' and '</>': fragments
        return None
    while position < len(src):
        char = src[position]
        if char in " \t\n":
            position += 1
        elif char == ">":
            return position + 1
        elif char == "/" and src[position + 1 : position + 2] == ">":
            return position + 2
        elif char == "{":  # '{...spread}'; what follows is read as after any attribute
            end = _braces(src, position)
            if end is None:
                return None
            position = end
        else:
            attribute = _ATTRIBUTE.match(src, position)
            if attribute is None:
                return None
            position = attribute.end()
            rest = src[position : position + 1]
            if attribute["q"] is None and src[position:].lstrip(" \t\n").startswith("="):
                brace = src.index("=", position) + 1
                while src[brace : brace + 1] in (" ", "\t", "\n"):
                    brace += 1
                end = _braces(src, brace) if src[brace : brace + 1] == "{" else None
                if end is None:
                    return None
                position = end
            elif attribute["q"] is not None:
                attributes.append(
                    (attribute.start("value"), tag, attribute["name"], attribute["value"],
                     attribute["q"])
                )  # fmt: skip
            elif rest not in ("", " ", "\t", "\n", ">", "/"):
                return None  # a name runs on only into '=', a blank or the tag's end
    return None


def _braces(src: str, position: int) -> int | None:
    """The end of the ``{…}`` at ``position``: braces balanced, strings and comments skipped."""
    depth = 0
    while position < len(src):
        char = src[position]
        if char in "\"'`":
            end = src.find(char, position + 1)
            while end > 0 and src[end - 1] == "\\":
                end = src.find(char, end + 1)
            if end < 0:
                return None
            position = end
        elif src.startswith("/*", position):
            end = src.find("*/", position + 2)
            if end < 0:
                return None
            position = end + 1
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    return None


def _expression(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """A line (or lines) holding one ``{…}`` expression and nothing else, or one HTML
    comment: Docusaurus reads ``<!-- … -->`` as ``{/* … */}`` (``markdown.mdx1Compat.comments``,
    on by default), so ``<!-- prettier-ignore -->`` above an ``import`` is no text and
    the ``import`` is ESM."""
    position = state.bMarks[start_line] + state.tShift[start_line]
    if state.src.startswith("<!--", position):
        close = state.src.find("-->", position + 4)
        end: int | None = None if close < 0 else close + 3
    elif state.src[position : position + 1] == "{":
        end = _braces(state.src, position)
    else:
        return False
    last = None if end is None else line_ending_at(state, end, start_line, end_line)
    if last is None:
        return False
    if silent:
        return True
    push_lines(state, "mdx_expression", start_line, last)
    return True
