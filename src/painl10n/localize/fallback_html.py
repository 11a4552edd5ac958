"""Source text left in a raw HTML block, marked with the source's language.

A page that keeps the source text of some segments marks each such block
with the source's ``lang`` and ``dir`` (:mod:`.fallback_attributes`,
:mod:`painl10n.site.fallback`), so a screen reader reads it in the right
voice and English inside an Arabic page runs left to right (WCAG 3.1.2).
The text of a raw HTML block (``<div class="warning"><p>Do not …</p></div>``)
is no Markdown block of its own: each of its runs that kept the source text
is wrapped in ``<span lang="en" dir="ltr">…</span>`` instead, in the HTML
every generator copies to its page as it is (and painl10n's own pages keep,
``lang`` and ``dir`` being allowed on any element).

Only a run inside an element whose content is phrasing-capable flow content
is wrapped (a ``<p>``, ``<li>``, ``<td>``, ``<summary>``, or the block's top
level): a ``<span>`` inside ``<option>`` or ``<title>`` would be shown as
text or dropped. The value of a text attribute (``alt``, ``title``) cannot
be marked this way and is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..sources.model import Segment, Style
from .assemble import Assembled

# Block-level elements (CommonMark's HTML block names) whose content may hold a <span>.
_WRAPPABLE = frozenset(
    {
        "",  # text at the top of the block
        *("address", "article", "aside", "blockquote", "body", "caption", "center"),
        *("dd", "details", "dialog", "dir", "div", "dt", "fieldset", "figcaption"),
        *("figure", "footer", "form", "header", "legend", "li", "main", "menu", "nav"),
        *("p", "search", "section", "summary", "td", "th"),
        *(f"h{level}" for level in range(1, 7)),
    }
)


def html_text_marks(
    segments: Sequence[Segment], assembled: Assembled, attributes: str
) -> list[tuple[int, str]]:
    """(offset in ``assembled.text``, what to insert there) that wrap every run of HTML
    text that kept the source's text in a ``<span>`` with ``attributes``."""
    edits: list[tuple[int, str]] = []
    for index in sorted(assembled.fell_back):
        segment = segments[index]
        if segment.style is not Style.HTML or segment.element not in _WRAPPABLE:
            continue
        start, end = assembled.spans[index]
        if start < end:
            edits += [(start, f"<span {attributes}>"), (end, "</span>")]
    return edits


def with_edits(text: str, edits: Sequence[tuple[int, str]]) -> str:
    """``text`` with each insertion made at its offset (offsets of the text as given)."""
    if not edits:
        return text
    pieces: list[str] = []
    position = 0
    for offset, insert in sorted(edits, key=lambda edit: edit[0]):
        pieces += [text[position:offset], insert]
        position = offset
    pieces.append(text[position:])
    return "".join(pieces)


def mark_fallback_html(
    text: str, segments: Sequence[Segment], assembled: Assembled, lang: str, direction: str
) -> str:
    """``text`` (``assembled.text``) with every run of HTML text that kept the source's
    text wrapped in a ``<span>`` of the source's ``lang`` and ``dir``."""
    attributes = f'lang="{lang}" dir="{direction}"'
    return with_edits(text, html_text_marks(segments, assembled, attributes))
