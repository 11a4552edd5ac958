"""Article body markup that reads right with assistive technology and in RTL.

A few small fixes on the token stream before rendering:

- a page has one ``<h1>``: when the body starts with a ``#`` heading, that
  heading is the page's (:func:`split_title`: the front matter title is then
  the ``<title>`` only, not shown twice); otherwise the front matter title
  is, and when the rest of the body has ``#`` headings every body heading
  moves one level down (``h6`` stays ``h6``);
- table header cells get ``scope="col"``, so screen readers announce the
  column header with each cell;
- GFM column alignment (``text-align:left|right``) becomes ``start|end``: a
  column of numbers aligned right in English is aligned left in Arabic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it.token import Token

_PHYSICAL_ALIGN = re.compile(r"text-align:\s*(left|right)")
_LOGICAL = {"left": "start", "right": "end"}


def accessible_body(tokens: Sequence[Token]) -> None:
    """Apply every fix in place."""
    demote_headings(tokens)
    for token in tokens:
        if token.type == "th_open":
            token.attrSet("scope", "col")
        if token.type in ("th_open", "td_open"):
            style = token.attrGet("style")
            if isinstance(style, str):
                token.attrSet(
                    "style", _PHYSICAL_ALIGN.sub(lambda m: f"text-align:{_LOGICAL[m[1]]}", style)
                )


def split_title(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """The body's leading ``<h1>`` (its three tokens, or none) and the rest of the tokens.

    Leading means first after the front matter: an article written as
    ``# Title`` followed by its text. A ``#`` heading further down is a section.
    """
    start = 1 if tokens and tokens[0].type == "front_matter" else 0
    head = tokens[start : start + 3]
    if len(head) == 3 and head[0].type == "heading_open" and head[0].tag == "h1":
        return head, tokens[:start] + tokens[start + 3 :]
    return [], tokens


def title_text(heading: list[Token]) -> str:
    """The plain text of a heading's tokens (for ``<title>`` and the indexes)."""
    if len(heading) < 2:
        return ""
    return "".join(
        child.content
        for child in heading[1].children or []
        if child.type in ("text", "code_inline", "text_special")
    ).strip()


def demote_headings(tokens: Sequence[Token]) -> bool:
    """Move body headings one level down if any is an ``h1``; whether it did."""
    headings = [t for t in tokens if t.type in ("heading_open", "heading_close")]
    if not any(t.tag == "h1" for t in headings):
        return False
    for token in headings:
        level = min(int(token.tag[1]) + 1, 6)
        token.tag = f"h{level}"
    return True
