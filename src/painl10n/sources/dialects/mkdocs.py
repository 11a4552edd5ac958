"""MkDocs (with Material and pymdown-extensions): Python-Markdown's extensions as plugins.

Names are those of ``mkdocs.yml``'s ``markdown_extensions``. mdit-py-plugins
parses admonitions and ``???`` blocks (``admon``), definition lists and
footnotes; tabs, abbreviations and attribute lists are ours. Extensions that
change nothing painl10n must cut (``toc``, ``pymdownx.superfences``,
``md_in_html`` …) are known so that naming them is no error.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.admon.index import admonition
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from .abbr import abbr_plugin
from .attr_list import attr_list_plugin
from .blocks import blocks_plugin
from .deflist_terms import several_terms_plugin
from .html_block_end import PYTHON_MARKDOWN_BLOCKS, html_block_end_plugin
from .html_terms import html_terms_plugin
from .include_lines import include_lines_plugin
from .liquid import liquid_plugin
from .md_in_html import md_in_html_plugin
from .nested_html import nested_html_plugin
from .rules import INTERRUPTS
from .snippets import snippets_plugin
from .tabbed import tabbed_plugin
from .table_separators import table_separators_plugin

EXTENSIONS: dict[str, str] = {
    "abbr": "abbreviation lines '*[HTML]: Hyper Text Markup Language'",
    "admonition": "admonitions '!!! note \"Title\"' with an indented body",
    "attr_list": "attribute lists '{ #id .class }' after headings and paragraphs",
    "def_list": "definition lists 'Term' then ': definition'",
    "footnotes": "footnotes '[^1]' and '[^1]: note'",
    "markdown_include_variants": "a line '{* docs_src/app.py hl[3] *}': a file is put there",
    "macros": "mkdocs-macros (a plugin, 'plugins: [macros]'): Jinja '{% for x in y %}' lines "
    "and '{% raw %}' blocks kept out of the text, '{{ x }}' kept in it",
    "md_in_html": "Markdown inside an HTML element marked 'markdown' (Material's cards)",
    "mdx_include": "a line '{! file.md !}' or '{!> file.md <!}': a file is put there",
    "pymdownx.blocks.admonition": "'/// warning | Title' … '///' (and '/// note' …)",
    "pymdownx.blocks.caption": "'/// caption' … '///'",
    "pymdownx.blocks.definition": "'/// define' … '///'",
    "pymdownx.blocks.details": "'/// details | Title' … '///'",
    "pymdownx.blocks.html": "'/// html | div' … '///'",
    "pymdownx.blocks.tab": "'/// tab | Title' … '///'",
    "pymdownx.details": "collapsible blocks '??? note \"Title\"' and '???+'",
    "pymdownx.emoji": "icons and emoji ':material-pill:', images with no text: a heading's id "
    "leaves them out",
    "pymdownx.snippets": "a line '--8<-- \"file.md\"' or a '--8<--' block of file names: "
    "files are put there",
    "pymdownx.smartsymbols": "'4th', '(c)', 'c/o' made symbols: the pseudo-locales keep them",
    "pymdownx.superfences": "fenced code inside other blocks (CommonMark already nests them)",
    "pymdownx.tabbed": "content tabs '=== \"Title\"' with an indented body",
    "pymdownx.tasklist": "task list items '- [x] Done': the box is no text",
    "tables": "GFM tables (MkDocs always has them)",
    "toc": "the table of contents (nothing to parse)",
    "zensical.extensions.macros": "the Jinja of macros, as the 'macros' plugin's",
}

# Python-Markdown's bundles, as mkdocs.yml may list them (pydantic's docs load
# 'pymdownx.extra'): each stands for the extensions it loads.
_EXTRA = frozenset({"abbr", "attr_list", "def_list", "footnotes", "md_in_html", "tables"})
BUNDLES = {"extra": _EXTRA, "pymdownx.extra": _EXTRA | {"pymdownx.superfences"}}
# Python-Markdown's own extensions may be named by their module ('markdown.extensions.toc').
MODULE_PREFIX = "markdown.extensions."

# Lines that open a construct of some extension: a translation's line must not.
LINE_STARTS = re.compile(r"!!!|\?\?\?|===|///|\*\[|[:~][ \t]|<[A-Za-z][^>]*\smarkdown|\{[*!]|-+8<-")

_FAR = 1 << 30  # an indentation no line has

# Material's recommended set, used when the project has no mkdocs.yml.
INCLUDES = frozenset({"markdown_include_variants", "mdx_include"})
MACROS = frozenset({"macros", "zensical.extensions.macros"})
DEFAULTS = frozenset(
    name
    for name in EXTENSIONS
    if not name.startswith("pymdownx.blocks.") and name not in INCLUDES | MACROS
)


class _PythonMarkdown(MarkdownIt):
    """Links of any scheme, as Python-Markdown reads them: '[Demo]: javascript:…' is a
    reference definition (Material's demo buttons), not a paragraph to translate.
    painl10n renders no page of a generator's project; the ``markup`` check and the
    build's escaping of unsafe links a translation adds see them all the same."""

    def validateLink(self, url: str) -> bool:
        return True


def build(extensions: frozenset[str]) -> MarkdownIt:
    """A parser for MkDocs Markdown with ``extensions`` (names of :data:`EXTENSIONS`)."""
    md = _PythonMarkdown("commonmark", {"html": True}).enable("table").use(front_matter_plugin)
    md.use(table_separators_plugin)  # Python-Markdown's looser separator rows
    md.use(nested_html_plugin)
    md.use(html_block_end_plugin, PYTHON_MARKDOWN_BLOCKS.__contains__)  # as Python-Markdown
    if "footnotes" in extensions:
        md.use(footnote_plugin)
    if "def_list" in extensions:
        md.use(deflist_plugin).use(html_terms_plugin).use(several_terms_plugin)
    markers = ("!" if "admonition" in extensions else "") + (
        "?" if "pymdownx.details" in extensions else ""
    )
    if markers:
        _admonitions(md, markers)
    if "pymdownx.tabbed" in extensions:
        md.use(tabbed_plugin)
    if any(name.startswith("pymdownx.blocks.") for name in extensions):
        blocks_plugin(md, extensions)
    if "md_in_html" in extensions:
        md.use(md_in_html_plugin)
    if "abbr" in extensions:
        md.use(abbr_plugin)
    if INCLUDES & extensions:
        md.use(include_lines_plugin)
    if "pymdownx.snippets" in extensions:
        md.use(snippets_plugin)
    if MACROS & extensions:  # Jinja's statements, comments and raw blocks, as Liquid's
        md.use(liquid_plugin, jinja=True)
    if "attr_list" in extensions:
        md.use(attr_list_plugin)
    return md


def _admonitions(md: MarkdownIt, markers: str) -> None:
    """mdit-py-plugins' admonitions, for the markers whose extension is on.

    Its one rule reads both '!!!' (``admonition``) and '???' (``pymdownx.details``);
    a line whose marker belongs to an extension that is off stays a paragraph.
    """
    md.use(admon_plugin)

    def guarded(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        first = state.src[state.bMarks[start_line] + state.tShift[start_line]]
        if first not in markers:
            return False
        if silent:
            return bool(admonition(state, start_line, end_line, silent))
        # Python-Markdown ends a box at a line indented less, never at blank lines; the
        # plugin ends it at two: its blank lines are made to look indented meanwhile.
        blanks = [line for line in range(start_line + 1, end_line) if state.isEmpty(line)]
        counts = [state.sCount[line] for line in blanks]
        for line in blanks:
            state.sCount[line] = _FAR
        try:
            return bool(admonition(state, start_line, end_line, silent))
        finally:
            for line, count in zip(blanks, counts, strict=True):
                state.sCount[line] = count

    md.block.ruler.at("admonition", guarded, INTERRUPTS)
