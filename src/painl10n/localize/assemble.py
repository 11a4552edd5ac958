"""Skeleton + translations → Markdown.

Everything outside a segment's span is copied from the source byte for byte;
each translation is fitted to its place so that it cannot break the block
around it (a translated line cannot start a list, end a table cell or leave
its blockquote).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..runtime.fileio import majority_line_ending
from ..sources.dialects import dialect_of
from ..sources.model import Article, Segment, Style
from .front_matter import front_matter_value
from .unsafe import neutralize

# A line that, at the start of a paragraph line, would open another block.
_BLOCK_START = re.compile(
    r"""^(?:
        (?P<hash>\#{1,6})(?:[ \t]|$)       # ATX heading
      | (?P<quote>>)                       # blockquote
      | (?P<bullet>[-+*])(?:[ \t]|$)       # bullet list item
      | (?P<num>\d{1,9})[.)](?:[ \t]|$)    # ordered list item
      | (?P<rule>[=-])[=\- \t]*$           # setext underline
      | (?P<fence>`{3,}(?!.*`)|~{3,})      # code fence (no backtick in its info)
      | (?P<thematic>[*_])(?:[ \t]*[*_]){2,}[ \t]*$
    )""",
    re.X,
)
_UNESCAPED_PIPE = re.compile(r"(?<!\\)((?:\\\\)*)\|")
_UNESCAPED_BRACKET = re.compile(r"(?<!\\)((?:\\\\)*)([\[\]])")
_BLANK_LINES = re.compile(r"\n[ \t]*(?=\n)")
# Translations that go into raw HTML or an attribute's string, where a backslash escapes
# nothing: unsafe markup is escaped with a character reference there.
_RAW = frozenset({Style.HTML, Style.ATTRIBUTE})

Lookup = Callable[[Segment], str | None]


@dataclass(frozen=True)
class Assembled:
    """A built article and how many of its segments fell back to the source.

    ``spans``: where each segment (in source order) ended up in ``text``;
    ``fell_back``: the indices of the segments that kept the source's text.
    """

    text: str
    translated: int
    fallback: int
    spans: tuple[tuple[int, int], ...] = ()
    fell_back: frozenset[int] = frozenset()


def assemble(article: Article, lookup: Lookup) -> Assembled:
    """Replace every segment by ``lookup(segment)``, or keep the source text.

    A translation equal to its msgid keeps the source's bytes too: the msgid
    joined the paragraph's lines, and a line break may be syntax in the
    generator's dialect (an identity translation rebuilds the source exactly).
    A segment's ``suffix`` (a heading's source id) follows a translation.
    """
    out: list[str] = []
    position = 0
    length = 0  # of what is in ``out``
    translated = fallback = 0
    spans: list[tuple[int, int]] = []
    fell_back: set[int] = set()
    newline = majority_line_ending(article.text)  # line breaks inside translations too
    starts = dialect_of(article.flavor).line_starts
    for index, seg in enumerate(article.segments):
        out.append(article.text[position : seg.start])
        length += seg.start - position
        translation = lookup(seg)
        if translation is None or not translation.strip():
            out.append(article.text[seg.start : seg.end])
            fallback += 1
            fell_back.add(index)
        elif translation == seg.msgid:
            out.append(article.text[seg.start : seg.end])
            translated += 1
        else:
            if not seg.style.front_matter:  # a front matter value is no Markdown
                translation = neutralize(translation, seg.msgid, raw_html=seg.style in _RAW)
            out.append(fit(seg, translation, starts).replace("\n", newline) + seg.suffix)
            translated += 1
        spans.append((length, length + len(out[-1])))
        length += len(out[-1])
        position = seg.end
    out.append(article.text[position:])
    return Assembled("".join(out), translated, fallback, tuple(spans), frozenset(fell_back))


def fit(seg: Segment, text: str, starts: re.Pattern[str] | None = None) -> str:
    """Shape a translation for the kind of place it goes into.

    ``starts``: what else opens a block at a line's start in the article's dialect.
    """
    if seg.style.front_matter:
        return front_matter_value(seg, text)
    # A CR (gettext keeps one written inside a string) ends a line in Markdown too:
    # fit it as the line break it is, or it would end a heading or a table row.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if seg.style is Style.BLOCK:
        return _block(text, seg.continuation, starts)
    one_line = " ".join(part.strip() for part in text.strip().split("\n"))
    if seg.style is Style.LINE:  # its line break is syntax: one line, opening no block
        return _guard(one_line, starts)
    if seg.style is Style.LABEL:  # the rest of a marker line (up to its last quote)
        return one_line
    if seg.style is Style.HTML:  # a blank line or a new line would end its HTML block,
        return " ".join(text.split())  # where a run of blanks shows as one
    if seg.style is Style.ADDED_LABEL:  # '!!! note' + ' "Nota"', '/// note' + ' | Nota'
        return f" | {one_line}" if seg.quote == "|" else f' "{one_line}"'
    if seg.style is Style.ATTRIBUTE:  # a JSX string knows no backslash: its quote as a reference
        return one_line.replace(seg.quote, "&quot;" if seg.quote == '"' else "&#39;")
    if seg.style is Style.ATX:
        return re.sub(r"(?<=[ \t])(#+)$", lambda m: "\\" + m[1], one_line)
    if seg.style is Style.SETEXT:
        return _guard(one_line)
    if seg.style is Style.CELL:
        return _UNESCAPED_PIPE.sub(lambda m: m[1] + "\\|", one_line)
    if seg.style is Style.TITLE:
        closing = {"(": ")"}.get(seg.quote, seg.quote)
        escaped = {seg.quote, closing}
        return "".join("\\" + ch if ch in escaped else ch for ch in _unescape_quotes(one_line))
    # Style.ALT: an unescaped bracket would end the alt text early.
    return _UNESCAPED_BRACKET.sub(lambda m: m[1] + "\\" + m[2], one_line)


def _unescape_quotes(text: str) -> str:
    """Translators may escape quotes themselves; normalise before escaping."""
    return re.sub(r"\\([\"'()])", r"\1", text)


def _block(text: str, continuation: str, starts: re.Pattern[str] | None) -> str:
    """Paragraph text: blank lines would end the paragraph, so they go."""
    cleaned = _BLANK_LINES.sub("", text.strip())
    # Leading blanks would indent into code; trailing ones may be a hard break.
    lines = [_guard(line.lstrip(" \t"), starts) for line in cleaned.split("\n")]
    return ("\n" + continuation).join(lines)


def _guard(line: str, starts: re.Pattern[str] | None = None) -> str:
    """Escape the one character that would make ``line`` open a new block.

    A dialect's own openers ('!!! note', ': definition') cannot all be escaped
    with a backslash there; their first character becomes a character reference.
    """
    match = _BLOCK_START.match(line)
    if match is None:
        if starts is not None and starts.match(line):
            return f"&#{ord(line[0])};{line[1:]}"
        return line
    if match["num"] is not None:
        cut = len(match["num"])
        return line[:cut] + "\\" + line[cut:]
    return "\\" + line
