"""CommonMark with GFM tables, footnotes and YAML front matter: painl10n's own pages."""

from __future__ import annotations

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin


def build(extensions: frozenset[str]) -> MarkdownIt:
    """The grammar of ``plain`` projects; it has no optional extensions."""
    del extensions
    return (
        MarkdownIt("commonmark", {"html": True})
        .enable("table")
        .use(front_matter_plugin)
        .use(footnote_plugin)
    )
