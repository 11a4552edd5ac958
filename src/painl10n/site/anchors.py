"""``heading_ids = "source"`` on painl10n's own pages: every language has the source's ids.

The source page's headings get the GitHub-style id of their text
(:mod:`painl10n.sources.heading_slugs`, as github-slugger makes it); each
translated page gives its headings, in order, the ids of the source's, so a
``#anchor`` link, a bookmark or a link from another site leads to the same
section in every language. Without the setting, pages have no heading ids (as
before). The ids are the source page's own markup, which a translation may
keep (``site/render.py``'s allowances).
"""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it.token import Token

from ..sources.heading_slugs import Ids


def source_heading_ids(tokens: Sequence[Token]) -> list[str]:
    """The id of each heading of a source page, in order, set on its tokens too."""
    ids = Ids("plain")
    made = []
    for index, token in enumerate(tokens[:-1]):
        if token.type == "heading_open":
            made.append(ids.automatic(_text(tokens[index + 1])))
    set_heading_ids(tokens, made)
    return made


def set_heading_ids(tokens: Sequence[Token], ids: Sequence[str]) -> None:
    """Give the headings of a page, in order, ``ids`` (extra headings get none)."""
    headings = [token for token in tokens if token.type == "heading_open"]
    for heading, heading_id in zip(headings, ids, strict=False):
        heading.attrSet("id", heading_id)


def _text(inline: Token) -> str:
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)
