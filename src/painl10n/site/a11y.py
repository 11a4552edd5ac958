"""Article body markup that reads right with assistive technology and in RTL.

Three small fixes on the token stream before rendering:

- the page's only ``<h1>`` is the article title, so when a body has ``#``
  headings every body heading moves one level down (``h6`` stays ``h6``);
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


def demote_headings(tokens: Sequence[Token]) -> bool:
    """Move body headings one level down if any is an ``h1``; whether it did."""
    headings = [t for t in tokens if t.type in ("heading_open", "heading_close")]
    if not any(t.tag == "h1" for t in headings):
        return False
    for token in headings:
        level = min(int(token.tag[1]) + 1, 6)
        token.tag = f"h{level}"
    return True
