"""Liquid in Jekyll's Markdown: block tags and lines of tags, kept out of the text.

Jekyll runs Liquid before kramdown reads the Markdown, so a tag works
anywhere; what painl10n must not do is offer it for translation or join it
into a paragraph. ``{% raw %}…{% endraw %}``, ``{% highlight x %}…{% endhighlight %}``
and ``{% comment %}…{% endcomment %}`` starting a line are ``liquid_block``
(copied byte for byte; their closing tag ends a line), a line of tags and
outputs only (``{% include note.html %}``, ``{% if x %}``, ``{{ page.x }}``,
a tag may span lines) is ``liquid_line`` (``meta["attributes"]``: an include's
quoted parameters, as :mod:`.mdx` lists a JSX tag's); both interrupt a paragraph (a tag
that prints nothing leaves a blank line to kramdown). A tag inside a sentence
stays in it (the ``dialect-syntax`` check guards it); an unclosed block tag is
no block (Jekyll refuses the page).

A link reference definition whose destination holds Liquid
(``[1349]: {{ site.repository }}/issues/1349``) is ``liquid_reference``: the
template makes it a URL before the Markdown is read, but its blanks make it
no destination to CommonMark, which read a paragraph there (offered to the
translator, and broken by pseudo-translation). Its label is defined, so
``[a patch][1349]`` is a link.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.rules_block import StateBlock

from .positions import line_and_column, line_ending_at, push_lines
from .rules import INTERRUPTS, render_nothing

_BLOCK = re.compile(r"\{%-?[ \t]*(?P<name>raw|highlight|comment)\b[^\n]*?-?%\}")
_TAG = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
_JINJA_TAG = re.compile(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}", re.S)  # with Jinja's comments
_INCLUDE = re.compile(r"\{%-?[ \t\n]*include(?:_relative)?[ \t\n]+(?P<file>[^\s%]+)")
# '[label]: destination "title"' with Liquid in the destination (at most one line).
_REFERENCE = re.compile(
    r"\[(?P<label>(?:[^\\\[\]\n]|\\.){1,999})\]:[ \t]*"
    r"(?P<destination>(?:\{\{.*?\}\}|\{%.*?%\}|[^\s{])+)"
    r"""(?:[ \t]+(?P<title>"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$"""
)
_PARAMETER = re.compile(
    r"""(?P<name>[\w-]+)[ \t]*=[ \t]*(?P<q>["'])(?P<value>(?:(?!(?P=q))[^\n])*)(?P=q)"""
)


def liquid_plugin(md: MarkdownIt, jinja: bool = False) -> None:
    """Read Liquid block tags and lines of tags; they render to nothing here.

    ``jinja``: the template language is Jinja (MkDocs' macros), whose comments
    ``{# … #}`` are tags too; in Jekyll's Liquid they are text.
    """
    tags = _JINJA_TAG if jinja else _TAG
    openings = ("{%", "{{", "{#") if jinja else ("{%", "{{")

    def line(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        return _line(state, start_line, end_line, silent, tags, openings)

    md.block.ruler.before("table", "liquid_block", _block, INTERRUPTS)
    md.block.ruler.before("table", "liquid_line", line, INTERRUPTS)
    md.block.ruler.before("reference", "liquid_reference", _reference)  # interrupts nothing
    render_nothing(md, "liquid_block", "liquid_line", "liquid_reference")


def _start(state: StateBlock, line: int, openings: tuple[str, ...] = ("{%", "{{")) -> int | None:
    """Where a line's Liquid starts ('{' after at most three blanks), or None."""
    if state.sCount[line] - state.blkIndent >= 4:
        return None
    position = state.bMarks[line] + state.tShift[line]
    return position if state.src.startswith(openings, position) else None


def _block(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    position = _start(state, start_line)
    if position is None:
        return False
    opening = _BLOCK.match(state.src, position)
    if opening is None:
        return False
    name = opening["name"]
    closing = re.compile(r"\{%-?[ \t]*end" + name + r"[ \t]*-?%\}")
    last = None
    for match in closing.finditer(state.src, opening.end()):
        last = line_ending_at(state, match.end(), start_line, end_line)
        if last is not None:
            break
    if last is None:
        return False
    if silent:
        return True
    push_lines(state, "liquid_block", start_line, last)
    state.tokens[-1].info = name
    return True


def _line(
    state: StateBlock,
    start_line: int,
    end_line: int,
    silent: bool,
    pattern: re.Pattern[str],
    openings: tuple[str, ...],
) -> bool:
    position = _start(state, start_line, openings)
    if position is None:
        return False
    last = None
    tags = []
    while last is None:
        tag = pattern.match(state.src, position)
        if tag is None:
            return False
        tags.append(tag)
        position = tag.end()
        while position < len(state.src) and state.src[position] in " \t":
            position += 1
        if not state.src.startswith(openings, position):
            last = line_ending_at(state, position, start_line, end_line)
            if last is None:
                return False
    if silent:
        return True
    push_lines(state, "liquid_line", start_line, last)
    state.tokens[-1].meta = {
        "attributes": [item for tag in tags for item in _parameters(state, tag)]
    }
    return True


def _parameters(state: StateBlock, tag: re.Match[str]) -> list[tuple[int, int, str, str, str, str]]:
    """An include's quoted parameters as (line, column, file, name, value, quote)."""
    include = _INCLUDE.match(tag[0])
    if include is None:
        return []
    found = []
    for parameter in _PARAMETER.finditer(tag[0], include.end()):
        offset = tag.start() + parameter.start("value")
        line, column = line_and_column(state, offset)
        value, quote = parameter["value"], parameter["q"]
        found.append((line, column, include["file"], parameter["name"], value, quote))
    return found


def _reference(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """A reference definition whose destination holds Liquid, on one line."""
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False
    position = state.bMarks[start_line] + state.tShift[start_line]
    line = state.src[position : state.eMarks[start_line]]
    found = _REFERENCE.match(line)
    if found is None or not _TAG.search(found["destination"]):
        return False
    label = normalizeReference(found["label"])
    if not label:
        return False
    if silent:
        return True
    push_lines(state, "liquid_reference", start_line, start_line)
    title = (found["title"] or "")[1:-1]
    references = state.env.setdefault("references", {})
    references.setdefault(label, {"title": title, "href": found["destination"]})
    return True
