"""Jekyll: Liquid, then kramdown (Jekyll's default Markdown).

Names are this module's own (Jekyll's ``_config.yml`` lists no Markdown
extensions): ``liquid`` (:mod:`.liquid`), ``kramdown`` for attribute lines,
TOC lists and ``{::…}`` extensions (:mod:`.kramdown`), and kramdown's
definition lists, abbreviations and footnotes under the names the mkdocs
dialect gives the same syntax.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from .abbr import abbr_plugin
from .kramdown import kramdown_plugin
from .liquid import liquid_plugin

EXTENSIONS: dict[str, str] = {
    "liquid": "Liquid: '{% raw %}', '{% highlight %}', '{% comment %}' blocks and lines of "
    "tags ('{% include note.html %}') kept out of the text",
    "kramdown": "kramdown's attribute lines '{: .note}', '* TOC' + '{:toc}', "
    "'{::options /}' and '{::comment}' extensions",
    "def_list": "definition lists 'Term' then ': definition'",
    "abbr": "abbreviation lines '*[HTML]: Hyper Text Markup Language'",
    "footnotes": "footnotes '[^1]' and '[^1]: note'",
}
DEFAULTS = frozenset(EXTENSIONS)

# Lines that open a construct: a translation's line must not.
LINE_STARTS = re.compile(r"\{:|\*\[|:[ \t]")


def build(extensions: frozenset[str]) -> MarkdownIt:
    """A parser for Jekyll Markdown with ``extensions`` (names of :data:`EXTENSIONS`)."""
    md = MarkdownIt("commonmark", {"html": True}).enable("table").use(front_matter_plugin)
    if "footnotes" in extensions:
        md.use(footnote_plugin)
    if "def_list" in extensions:
        md.use(deflist_plugin)
    if "abbr" in extensions:
        md.use(abbr_plugin)
    if "kramdown" in extensions:
        md.use(kramdown_plugin)
    if "liquid" in extensions:
        md.use(liquid_plugin)
    return md
