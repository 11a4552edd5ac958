"""kramdown's block syntax (Jekyll's Markdown): attribute lines and extensions.

A block IAL or ALD on a line of its own (``{: .note}``, ``{:toc}``,
``{:ref: .warning}``) is ``kramdown_ial``; a paragraph's last line does not
take it in (kramdown applies it to that paragraph, it is no text). The list
kramdown replaces by a table of contents (``* TOC`` then ``{:toc}``) is
``kramdown_toc``. Extensions, ``{::options … /}``, ``{::comment}…{:/comment}``,
``{::nomarkdown}…{:/}``, are ``kramdown_extension``. All render to nothing
here and are copied byte for byte.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .positions import line_text, push_lines
from .rules import INTERRUPTS, render_nothing

_IAL = re.compile(r"\{:(?!:)[^{}\n]*\}[ \t]*$")
_TOC_ITEM = re.compile(r"(?:[*+-]|\d+\.)[ \t]+TOC[ \t]*$")
_TOC = re.compile(r"[ ]{0,3}\{:[ \t]*toc\b[^{}\n]*\}[ \t]*$")
_EXTENSION = re.compile(r"\{::(?P<name>[A-Za-z]+)\b(?P<rest>[^\n]*)$")


def kramdown_plugin(md: MarkdownIt) -> None:
    """Read kramdown's attribute lines, TOC lists and extensions."""
    md.block.ruler.before("table", "kramdown_extension", _extension, INTERRUPTS)
    md.block.ruler.before("table", "kramdown_ial", _ial, INTERRUPTS)
    md.block.ruler.before("list", "kramdown_toc", _toc, INTERRUPTS)
    render_nothing(md, "kramdown_extension", "kramdown_ial", "kramdown_toc")


def _text(state: StateBlock, line: int) -> str | None:
    """A line less its indentation (None: indented as code)."""
    if state.sCount[line] - state.blkIndent >= 4:
        return None
    return line_text(state, line)


def _ial(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    text = _text(state, start_line)
    if text is None or not text.startswith("{:") or _IAL.match(text) is None:
        return False
    if not silent:
        push_lines(state, "kramdown_ial", start_line, start_line)
    return True


def _toc(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    text = _text(state, start_line)
    if text is None or start_line + 1 >= end_line or _TOC_ITEM.match(text) is None:
        return False
    following = state.src[state.bMarks[start_line + 1] : state.eMarks[start_line + 1]]
    if _TOC.match(following) is None:
        return False
    if not silent:
        push_lines(state, "kramdown_toc", start_line, start_line + 1)
    return True


def _extension(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    text = _text(state, start_line)
    if text is None or not text.startswith("{::"):
        return False
    match = _EXTENSION.match(text)
    if match is None:
        return False
    last: int | None = None
    if re.search(r"/\}[ \t]*$", match["rest"]):  # '{::options key="value" /}'
        last = start_line
    else:
        closing = re.compile(r"\{:/(?:" + match["name"] + r")?\}[ \t]*$")
        for line in range(start_line, end_line):
            rest = state.src[state.bMarks[line] : state.eMarks[line]]
            after = state.tShift[line] + 3 + len(match["name"]) if line == start_line else 0
            if closing.search(rest, after):
                last = line
                break
    if last is None:
        return False
    if not silent:
        push_lines(state, "kramdown_extension", start_line, last)
    return True
