"""The one Markdown parser configuration shared by segmenting and rendering."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from .errors import Painl10nError


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """CommonMark plus GFM tables, footnotes and YAML front matter.

    Segmenting and rendering must agree on the grammar, or a string could be
    cut where the renderer sees something else; hence one shared instance.
    """
    return (
        MarkdownIt("commonmark", {"html": True})
        .enable("table")
        .use(front_matter_plugin)
        .use(footnote_plugin)
    )


# Blocks whose content the parser tokenizes one level deeper.
_CONTAINERS = ("blockquote_open", "list_item_open", "footnote_open")


def check_nesting(tokens: list[Token], ref: str) -> None:
    """Refuse containers nested past the parser's ``maxNesting``.

    markdown-it stops there (it recurses per level) and silently drops the
    rest of the document, which would then be neither translated nor
    rendered; a clear error is better than a page that lost its end.
    """
    limit = int(parser().options["maxNesting"])
    for token in tokens:
        if token.type in _CONTAINERS and token.level >= limit - 1:
            line = token.map[0] + 1 if token.map else None
            raise Painl10nError(
                f"blockquotes and lists nested more than {limit} levels deep",
                path=ref,
                line=line,
                hint="a list item counts two levels; flatten the structure",
            )
