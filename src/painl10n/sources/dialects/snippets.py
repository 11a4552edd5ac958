"""Snippet lines of pymdownx.snippets: a file's content stands where the line was.

``--8<-- "install-kn.md"`` on a line of its own, and a block of file names
between two ``--8<--`` lines, are replaced by files before Markdown is read
(Knative's docs include 70 shared paragraphs so): the lines are no text. A
line holding a section mark (``--8<-- [start:intro]``) is removed. Each is
``snippet`` (copied byte for byte, never offered) and interrupts a paragraph,
as its file does. An escaped line (``;--8<-- "x.md"``) shows as text, and is.
The patterns are pymdownx's own (``SnippetPreprocessor``); a block that is
never closed takes the rest of the container, as pymdownx takes the rest of
the file.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .positions import line_text, push_lines
from .rules import INTERRUPTS, render_nothing

_ONE_FILE = re.compile(r"""-+8<-+[ \t]+(?:"(?:\\"|[^"\n\r])+?"|'(?:\\'|[^'\n\r])+?')""")
_BLOCK_MARK = re.compile(r"-+8<-+")
_SECTION = re.compile(
    r"(?<!;)(?!(?<=-)-)-+8<-+[ \t]+\[[ \t]*(?:start|end)[ \t]*:[ \t]*[a-z][-_0-9a-z]*[ \t]*\]",
    re.IGNORECASE,
)


def snippets_plugin(md: MarkdownIt) -> None:
    """Read snippet lines and blocks; they render to nothing here."""
    md.block.ruler.before("table", "snippet", _snippet, INTERRUPTS)
    render_nothing(md, "snippet")


def _snippet(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False  # indented code: copied as it is anyway
    text = line_text(state, start_line)
    if "8<-" not in text:
        return False
    last = start_line
    if _BLOCK_MARK.fullmatch(text):
        last = end_line - 1
        for line in range(start_line + 1, end_line):
            if _BLOCK_MARK.fullmatch(line_text(state, line)):
                last = line
                break
    elif not (_ONE_FILE.fullmatch(text) or _SECTION.search(text)):
        return False
    if silent:
        return True
    push_lines(state, "snippet", start_line, last)
    return True
