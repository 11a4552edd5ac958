"""Hugo: goldmark's Markdown with Hugo's shortcodes, as markdown-it-py plugins.

Names are those of Hugo's own configuration (``markup.goldmark.extensions``
and ``markup.goldmark.parser``), plus ``shortcodes`` and ``alerts``.
mdit-py-plugins parses definition lists and footnotes; shortcodes, alerts and
goldmark's attributes are ours (``shortcodes.py``, ``alerts.py``,
``goldmark_attributes.py``).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from .alerts import alerts_plugin
from .deflist_terms import several_terms_plugin
from .goldmark_attributes import block_attributes_plugin, heading_attributes_plugin
from .shortcodes import shortcodes_plugin

EXTENSIONS: dict[str, str] = {
    "shortcodes": "block shortcodes '{{< name >}}' … '{{< /name >}}' on lines of their own",
    "alerts": "alerts '> [!NOTE]' and '> [!WARNING]+ Title' (blockquote render hooks)",
    "parser.attribute.title": "attributes ending a heading '## Title {#id .class}'",
    "parser.attribute.block": "attribute lines '{.class #id}' below a block",
    "definitionList": "definition lists 'Term' then ': definition'",
    "footnote": "footnotes '[^1]' and '[^1]: note'",
    "table": "GFM tables",
    "taskList": "task list items '- [x] Done': the box is no text",
}

# Lines that open a construct of some extension: a translation's line must not. An
# attribute list only as the whole line, an alert marker only as a quote's first.
# A shortcode is no Markdown (Hugo reads it anywhere): escaping one would break it.
LINE_STARTS = re.compile(r"\{[^{}\n]*\}[ \t]*$|:[ \t]|\[![A-Za-z]+\][+-]?(?:[ \t]|$)")

# Hugo's defaults, and attribute lines (Hugo's are off by default, but a
# line that is only an attribute list is no text either way).
DEFAULTS = frozenset(EXTENSIONS)


def build(extensions: frozenset[str]) -> MarkdownIt:
    """A parser for Hugo Markdown with ``extensions`` (names of :data:`EXTENSIONS`).

    Which shortcodes hold code is the parser's option ``shortcodes.OPTION``
    (``sources/markdown.py`` sets it from the flavor).
    """
    md = MarkdownIt("commonmark", {"html": True}).use(front_matter_plugin)
    if "table" in extensions:
        md.enable("table")
    if "footnote" in extensions:
        md.use(footnote_plugin)
    if "definitionList" in extensions:
        md.use(deflist_plugin).use(several_terms_plugin)
    if "shortcodes" in extensions:
        md.use(shortcodes_plugin)
    if "alerts" in extensions:
        md.use(alerts_plugin)
    if "parser.attribute.title" in extensions:
        md.use(heading_attributes_plugin)
    if "parser.attribute.block" in extensions:
        md.use(block_attributes_plugin)
    return md
