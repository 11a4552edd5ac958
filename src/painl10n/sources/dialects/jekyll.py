"""Jekyll: Liquid, then kramdown (Jekyll's default Markdown).

Names are this module's own (Jekyll's ``_config.yml`` lists no Markdown
extensions): ``liquid`` (:mod:`.liquid`), ``kramdown`` for attribute lines,
TOC lists and ``{::…}`` extensions (:mod:`.kramdown`), and kramdown's
definition lists, abbreviations and footnotes under the names the mkdocs
dialect gives the same syntax; ``tasklist`` for the GFM input's checkboxes.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from .abbr import abbr_plugin
from .deflist_terms import several_terms_plugin
from .goldmark_attributes import heading_attributes_plugin
from .html_block_end import KRAMDOWN_SPAN_ELEMENTS, html_block_end_plugin
from .kramdown import kramdown_plugin
from .liquid import liquid_plugin
from .md_in_html import md_in_html_plugin

EXTENSIONS: dict[str, str] = {
    "liquid": "Liquid: '{% raw %}', '{% highlight %}', '{% comment %}' blocks and lines of "
    "tags ('{% include note.html %}') kept out of the text",
    "kramdown": "kramdown's attribute lines '{: .note}', '* TOC' + '{:toc}', "
    "'{::options /}' and '{::comment}' extensions",
    "def_list": "definition lists 'Term' then ': definition'",
    "abbr": "abbreviation lines '*[HTML]: Hyper Text Markup Language'",
    "footnotes": "footnotes '[^1]' and '[^1]: note'",
    "tasklist": "task list items '- [x] Done' (kramdown's GFM input): the box is no text",
}
DEFAULTS = frozenset(EXTENSIONS)

# Lines that open a construct: a translation's line must not.
LINE_STARTS = re.compile(r"\{:|\*\[|:[ \t]")


def build(extensions: frozenset[str]) -> MarkdownIt:
    """A parser for Jekyll Markdown with ``extensions`` (names of :data:`EXTENSIONS`)."""
    md = MarkdownIt("commonmark", {"html": True}).enable("table").use(front_matter_plugin)
    md.use(heading_attributes_plugin)  # kramdown's '## Dose {#dose}': an id, not text
    md.use(html_block_end_plugin, _kramdown_block)  # an HTML block ends where it closes
    md.use(md_in_html_plugin, _KRAMDOWN_BLOCKS)  # '<div markdown="1">': Markdown inside
    if "footnotes" in extensions:
        md.use(footnote_plugin)
    if "def_list" in extensions:
        md.use(deflist_plugin)
        _stop_definitions_at_syntax_lines(md)
        md.use(several_terms_plugin)
    if "abbr" in extensions:
        md.use(abbr_plugin)
    if "kramdown" in extensions:
        md.use(kramdown_plugin)
    if "liquid" in extensions:
        md.use(liquid_plugin)
    return md


def _kramdown_block(name: str) -> bool:
    """Whether kramdown opens an HTML block at an element: any but its span elements."""
    return name not in KRAMDOWN_SPAN_ELEMENTS


# kramdown's markdown attribute values that read the element's content as Markdown blocks.
_KRAMDOWN_BLOCKS = frozenset({"1", "block"})
_SYNTAX_LINES = ("kramdown_ial", "kramdown_extension", "liquid_line", "liquid_block")


def _stop_definitions_at_syntax_lines(md: MarkdownIt) -> None:
    """A definition list ends before an attribute or Liquid line: mdit-py-plugins'
    ``deflist`` would take such a line followed by ': …' for a term, a message.

    The list is read as before; if a term of it is such a line, it is read again
    up to that line (once per such line: linear in the list's length).
    """
    ruler = md.block.ruler
    deflist = ruler.__rules__[ruler.__find__("deflist")].fn

    def bounded(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        if silent:
            return bool(deflist(state, start_line, end_line, silent))
        rules = [rule.fn for rule in ruler.__rules__ if rule.name in _SYNTAX_LINES and rule.enabled]
        mark = len(state.tokens)
        while deflist(state, start_line, end_line, False):
            terms = [t.map[0] for t in state.tokens[mark:] if t.type == "dt_open" and t.map]
            bad = [
                line for line in terms if any(rule(state, line, end_line, True) for rule in rules)
            ]
            if not bad:
                return True
            del state.tokens[mark:]
            state.line = start_line
            end_line = bad[0]
            if end_line == start_line:
                return False
        return False

    ruler.at("deflist", bounded, {"alt": ["paragraph", "reference", "blockquote"]})
