"""The one Markdown parser configuration shared by segmenting and rendering."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin


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
