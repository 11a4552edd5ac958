"""Python-Markdown reads raw HTML blocks at the top level only.

Inside a list item, a definition, an admonition or a tab (indented content),
a line starting with a tag or a comment is part of a paragraph, its inline
HTML: ``:   <!-- md:default none --> This option …`` (Material's badges) shows
its words, which CommonMark's HTML block would hide from the translator. So,
indented, ``html_block`` reads only what holds no text: ``<script>``,
``<style>``, ``<pre>``, ``<textarea>`` (CommonMark's first kind). Top-level HTML,
a quote's and ``md_in_html``'s elements are read as before.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

_RAW_TEXT = re.compile(r"<(?:script|pre|style|textarea)(?=[\s>]|$)", re.IGNORECASE)


def nested_html_plugin(md: MarkdownIt) -> None:
    """An indented line of HTML is a paragraph's, as Python-Markdown reads it."""
    ruler = md.block.ruler
    rule = ruler.__rules__[ruler.__find__("html_block")]
    html_block, alt = rule.fn, list(rule.alt)

    def top_level(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        start = state.bMarks[start_line] + state.tShift[start_line]
        if state.blkIndent > 0 and not _RAW_TEXT.match(state.src, start):
            return False
        return bool(html_block(state, start_line, end_line, silent))

    ruler.at("html_block", top_level, {"alt": alt})
