"""Attribute lists of Python-Markdown's ``attr_list``: '## Title { #id .class }'.

As Python-Markdown reads them: at the end of a heading's or a definition
term's line, and on the last line of a paragraph, a line of its own. A core
rule takes them out of the inline content (so they are never text to
translate) into ``meta["attr_list"]`` of the inline token, and sets the
``id`` and classes they name on the block. The list of an inline element
that ends the block (an image's ``{ width="300" }``, a button link's
``{ .md-button }``) is taken out too, into ``meta["inline_attr_list"]``;
one inside a sentence stays in it.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

# No brace inside, no lazy part, a run of blanks tried from its start only:
# every pattern here is linear in the line's length.
_BASE = r"\{:?[ ]*(?P<attrs>[^{}\n ][^{}\n]*)\}"
_HEADER = re.compile(r"(?<![ ])[ ]+" + _BASE + r"[ ]*$")
_BLOCK = re.compile(r"\n[ \t]*" + _BASE + r"[ ]*$")
# An inline element's list, right after it, ending the block: '[More](x){ .md-button }'.
_TRAILING = re.compile(r"(?<=[)\]*_`])" + _BASE + r"[ ]*$")
_PART = re.compile(r"""(?P<key>[\w-]+)=(?P<value>"[^"]*"|'[^']*'|\S+)|(?P<short>[#.][\w-]+)""")


def attr_list_plugin(md: MarkdownIt) -> None:
    """Move block attribute lists out of headings, terms and paragraphs."""
    md.core.ruler.after("block", "attr_list", _attr_lists)


def _attr_lists(state: StateCore) -> None:
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "inline" or index == 0:
            continue
        parent = tokens[index - 1]
        pattern = _BLOCK if parent.type == "paragraph_open" else _HEADER
        if parent.type not in ("paragraph_open", "heading_open", "dt_open"):
            continue
        match = pattern.search(token.content)
        if match is not None:
            token.meta = {**token.meta, "attr_list": match[0]}
            token.content = token.content[: match.start()]
        trailing = _TRAILING.search(token.content)
        if trailing is not None:
            token.meta = {**token.meta, "inline_attr_list": trailing[0]}
            token.content = token.content[: trailing.start()]
        if match is None:
            continue
        for part in _PART.finditer(match["attrs"]):
            if part["short"] is not None and part["short"].startswith("#"):
                parent.attrSet("id", part["short"][1:])
            elif part["short"] is not None:
                classes = str(parent.attrGet("class") or "").split()
                parent.attrSet("class", " ".join([*classes, part["short"][1:]]))
            else:
                parent.attrSet(part["key"], part["value"].strip("\"'"))
