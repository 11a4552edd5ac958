"""The blocks of a generator's page that kept the source's text, marked with its language.

With ``partial_pages = "notice"`` painl10n's own pages give every block of
source text the source's ``lang`` and ``dir`` (:mod:`painl10n.site.fallback`):
a screen reader then reads English inside a Spanish page in an English voice,
and English inside an Arabic page runs left to right (WCAG 3.1.2). A
generator's page gets them written in its own Markdown, only where its
dialect reads an attribute list as attributes (shown as text, it would
spoil the page):

- MkDocs with ``attr_list``: ``{: lang="en" dir="ltr" }`` as a paragraph's
  last line, ``{ lang="en" dir="ltr" }`` at the end of a heading's line;
- Jekyll (kramdown): ``{: lang="en" dir="ltr"}`` on the line below the block;
- Hugo: ``{lang="en" dir="ltr"}`` at the end of a heading's line
  (``parser.attribute.title``), and on the line below a paragraph only where
  the site's configuration sets ``parser.attribute.block`` (Hugo's default is
  off, and then shows the line as text);
- Docusaurus: a top-level paragraph inside ``<div lang="en" dir="ltr">``, with
  blank lines inside, which MDX (a JSX element) and CommonMark pages (raw
  HTML, ``rehype-raw``) both read with the Markdown in it. Headings are not
  wrapped: the theme styles only ``.markdown > h2`` and the like.

An attribute list the block has already gets the two attributes added to it
(a block that names its language already is left alone). Paragraphs and
headings are marked at the top level and in blockquotes: kramdown and Hugo
drop the list of a list item's text, a table cell has none, and a
container of a dialect's own (an admonition, a shortcode) is left alone, and
so, for MkDocs and Jekyll, is a block inside an HTML element (their readers
copy the element's content as it is: the list would show). A
line is added below a paragraph only where a blank line follows it (no
other reader's block can take it in) and no hard line break ends it, and an
indented paragraph is left alone (Python-Markdown may read it as the rest of
a footnote or list item above it, where the list would show).

The blocks are found as for painl10n's own pages: a block whose text is all
source text is marked, one that holds translated text as well is not. Text
of a raw HTML block that kept the source's is wrapped in a ``<span>`` with
the two attributes instead, in every dialect (:mod:`.fallback_html`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from markdown_it.token import Token

from ..runtime.fileio import majority_line_ending
from ..sources.front_matter_formats import blanked, front_matter_formats, split_front_matter
from ..sources.markdown import parser
from ..sources.model import Article, Flavor, Segment, Style
from .assemble import Assembled
from .fallback_html import html_text_marks, with_edits

# Segments that are a paragraph's or a heading's text.
_BLOCK_STYLES = frozenset({Style.BLOCK, Style.LINE, Style.ATX, Style.SETEXT})
_NAMED = re.compile(r"(?:^|[\s{:])(?:lang|dir)=")


def mark_fallback_blocks(
    text: str, article: Article, assembled: Assembled, lang: str, direction: str
) -> str:
    """``text`` (``assembled.text``) with ``lang`` and ``dir`` on every paragraph and
    heading whose text is all source text, in the syntax of the article's dialect (none
    where the dialect has none), and on every run of HTML text that kept the source's."""
    flavor = article.flavor
    if not assembled.fell_back:
        return text
    attributes = f'lang="{lang}" dir="{direction}"'
    edits = html_text_marks(article.segments, assembled, attributes)  # any dialect
    if not _writes(flavor):
        return with_edits(text, edits)
    fenced = split_front_matter(text, front_matter_formats(flavor.dialect), article.ref)
    tokens = parser(flavor).parse(text if fenced is None else blanked(text, fenced))
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    blocks = _fallback_lines(text, starts, article.segments, assembled)
    lines = _Lines(text, starts)
    for position, token, depth in _blocks(tokens, flavor.dialect):
        inline = tokens[position + 1]
        if inline.map is None or token.map is None:
            continue
        top, bottom = inline.map
        found = [index for first, last, index in blocks if top <= first and last < bottom]
        if not found or not all(index in assembled.fell_back for index in found):
            continue
        if token.type == "paragraph_open" and _indented(lines.line(top), depth):
            continue  # another reader may take it for the rest of a list item or footnote
        if flavor.dialect == "docusaurus":
            edits += _wrap(token, depth, lines, attributes)
            continue
        edit = _edit(flavor, tokens, position, depth, lines, attributes)
        if edit is not None:
            edits.append(edit)
    newline = majority_line_ending(text)
    return with_edits(text, [(offset, insert.replace("\n", newline)) for offset, insert in edits])


def _indented(line: str, depth: int) -> bool:
    """Whether a paragraph's first line is indented inside its ``depth`` blockquotes."""
    quotes = re.match(r"(?:[ ]{0,3}>[ ]?)" * depth, line)
    return quotes is None or line[quotes.end() :].startswith((" ", "\t"))


def _writes(flavor: Flavor) -> bool:
    """Whether the dialect can carry a block's attributes at all."""
    if flavor.dialect == "mkdocs":
        return "attr_list" in flavor.extensions
    return flavor.dialect in ("jekyll", "hugo", "docusaurus")


def _wrap(token: Token, depth: int, lines: _Lines, attributes: str) -> list[tuple[int, str]]:
    """Docusaurus: a top-level paragraph between blank lines, wrapped in a ``<div>`` with
    blank lines inside (MDX and CommonMark both read the paragraph within as Markdown)."""
    assert token.map is not None
    first, end = token.map
    if token.type != "paragraph_open" or depth:
        return []  # a heading would leave the theme's '.markdown > h2' rules
    if not (first == 0 or lines.ends_block(first - 1)) or not lines.ends_block(end):
        return []
    return [
        (lines.end(first) - len(lines.line(first)), f"<div {attributes}>\n\n"),
        (lines.end(end - 1), "\n\n</div>"),
    ]


def _fallback_lines(
    text: str, starts: list[int], segments: Sequence[Segment], assembled: Assembled
) -> list[tuple[int, int, int]]:
    """(first line, last line, index) of every segment that is a block's text."""
    found: list[tuple[int, int, int]] = []
    for index, (seg, (start, end)) in enumerate(zip(segments, assembled.spans, strict=True)):
        if seg.style in _BLOCK_STYLES:
            first = bisect_right(starts, start) - 1
            found.append((first, bisect_right(starts, max(start, end - 1)) - 1, index))
    return found


def _blocks(tokens: list[Token], dialect: str) -> list[tuple[int, Token, int]]:
    """(position, token, blockquotes around it) of each paragraph and heading that sits
    at the top level or in blockquotes only.

    MkDocs, Jekyll: none inside an HTML element (Python-Markdown and kramdown copy
    its content as it is, a list included). Jekyll: none after a code fence that
    follows a paragraph with no blank line between, or whose info has more than a
    word (``` python title="x"): kramdown reads no fence there, and from there on
    pairs the fences otherwise, so a list could land in a code block.
    """
    found: list[tuple[int, Token, int]] = []
    opened: list[str] = []
    elements = 0  # HTML elements opened by the HTML blocks so far and not yet closed
    paragraph_end = -1  # the line after the last paragraph
    for position, token in enumerate(tokens):
        if token.type == "html_block" and dialect in ("mkdocs", "jekyll"):
            elements = max(0, elements + _balance(token.content))
        if (
            dialect == "jekyll"
            and token.type == "fence"
            and _no_kramdown_fence(token, paragraph_end)
        ):
            break  # kramdown reads no fence there: the later fences pair otherwise
        if token.type == "paragraph_open" and token.map:
            paragraph_end = token.map[1]
        block = token.type in ("paragraph_open", "heading_open") and not token.hidden
        if block and not elements and all(kind == "blockquote_open" for kind in opened):
            found.append((position, token, len(opened)))
        if token.nesting == 1:
            opened.append(token.type)
        elif token.nesting == -1 and opened:
            opened.pop()
    return found


def _no_kramdown_fence(fence: Token, paragraph_end: int) -> bool:
    """Whether kramdown reads no fence where ``fence`` opens: right below a paragraph,
    or with more than one word after the backticks."""
    return (fence.map is not None and fence.map[0] == paragraph_end) or len(fence.info.split()) > 1


# A tag ends at the first '>' (one inside an attribute's quotes is not looked for): each
# match stops at the next '<', so a block of half-written tags is read in linear time.
_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)(?![\w-])[^<>]*?(/?)>")
_VOID = re.compile(r"area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr", re.I)


def _balance(html: str) -> int:
    """Elements ``html`` opens less those it closes (void and self-closed ones aside)."""
    balance = 0
    for match in _TAG.finditer(html):
        closing, name, self_closed = match.groups()
        if self_closed or _VOID.fullmatch(name):
            continue
        balance += -1 if closing else 1
    return balance


class _Lines:
    """The lines of a text by number: where each ends, what it says."""

    def __init__(self, text: str, starts: list[int]) -> None:
        self._text = text
        self._starts = starts

    def line(self, number: int) -> str:
        return self._text[self._starts[number] : self.end(number)]

    def ends_block(self, number: int) -> bool:
        """Whether line ``number`` is blank (but for quote markers) or past the end."""
        return number >= len(self._starts) or not self.line(number).strip(" \t\r>")

    def end(self, number: int) -> int:
        """The offset of the end of line ``number``'s content (before its line break)."""
        stop = self._text.find("\n", self._starts[number])
        stop = len(self._text) if stop < 0 else stop
        return stop - 1 if stop > self._starts[number] and self._text[stop - 1] == "\r" else stop


def _edit(
    flavor: Flavor, tokens: list[Token], position: int, depth: int, lines: _Lines, attributes: str
) -> tuple[int, str] | None:
    """Where the attributes of the block at ``position`` go and what is written there;
    None where the block cannot take them safely."""
    token, inline = tokens[position], tokens[position + 1]
    assert token.map is not None and inline.map is not None  # checked by the caller
    prefix = re.match(r"(?:[ ]{0,3}>[ ]?)" * depth, lines.line(inline.map[1] - 1))
    if prefix is None:
        return None  # a lazy line of a blockquote: a line below it would leave the quote
    heading = token.type == "heading_open"
    last = lines.line(token.map[1] - 1)
    following = tokens[position + 3] if position + 3 < len(tokens) else None
    # A line below the block: not after a paragraph's hard line break, and only where a
    # blank line (or the block's own attribute line) follows: it cannot join another block.
    below: tuple[int, str] | None = None
    if heading or not last.rstrip("\r").endswith(("  ", "\\")):
        below = (lines.end(token.map[1] - 1), f"\n{prefix[0]}")
    if flavor.dialect == "jekyll":
        own = following.map if following and following.type == "kramdown_ial" else None
        if own and _NAMED.search(lines.line(own[0])):
            return None  # the block names its language or direction itself
        if below is None or not (own or lines.ends_block(token.map[1])):
            return None
        return below[0], below[1] + f"{{: {attributes}}}"
    if not lines.ends_block(token.map[1]):
        below = None
    if flavor.dialect == "mkdocs":
        listed = inline.meta.get("attr_list")
        if inline.meta.get("inline_attr_list"):
            return None  # an image's or a link's list ends the block: not tried
        if listed:
            return _merge(lines, inline.map[1] - 1, str(listed), attributes)
        if heading:
            return _append(lines, token, inline, f" {{ {attributes} }}")
        return None if below is None else (below[0], below[1] + f"{{: {attributes} }}")
    # Hugo
    if heading:
        if "parser.attribute.title" not in flavor.extensions:
            return None
        listed = inline.meta.get("attributes")
        if listed:
            return _merge(lines, inline.map[1] - 1, str(listed), attributes)
        return _append(lines, token, inline, f" {{{attributes}}}")
    if not flavor.attribute_lines or "parser.attribute.block" not in flavor.extensions:
        return None
    if following is not None and following.type == "block_attributes" and following.map:
        line = following.map[0]
        return _merge(lines, line, lines.line(line), attributes)
    return None if below is None else (below[0], below[1] + f"{{{attributes}}}")


def _merge(lines: _Lines, number: int, listed: str, attributes: str) -> tuple[int, str] | None:
    """The attributes added inside the list that ends line ``number``, before its brace."""
    if _NAMED.search(listed):
        return None  # the block names its language or direction itself
    line = lines.line(number)
    brace = line.rfind("}")
    if brace < 0:
        return None
    inside = len(line[:brace].rstrip(" \t"))  # '{ #dose }' → '{ #dose lang="en" … }'
    return lines.end(number) - len(line) + inside, f" {attributes}"


def _append(lines: _Lines, token: Token, inline: Token, written: str) -> tuple[int, str] | None:
    """``written`` at the end of a heading's (last) line of text."""
    assert inline.map is not None
    number = inline.map[1] - 1
    line = lines.line(number)
    if token.markup.startswith("#") and re.search(r"(?:^|[ \t])#+[ \t]*$", line):
        return None  # a closing sequence '## Dose ##': a list after it is not tried
    return lines.end(number) - len(line) + len(line.rstrip(" \t")), written
