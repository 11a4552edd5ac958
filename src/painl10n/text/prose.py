"""Where the prose is in a message of inline Markdown.

Checks and term matching must look at what a reader reads, not at code spans,
link destinations, autolinks, raw HTML or bare URLs. These patterns find that
markup; :func:`blank` overwrites it while keeping every offset, so a position
found in the blanked text is a position in the message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from html import unescape

# A code span: a backtick run not after a backtick or a backslash, written first
# backtick first and the look-behind after it, so the regex engine skips to the next
# backtick instead of trying the look-behind at every character (equal: tests/checks/
# test_check_speedups.py).
CODE_SPAN = re.compile(r"(`(?<![`\\]`)`*)(?!`).+?(?<!`)\1(?!`)", re.S)
AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>")
DESTINATION = re.compile(  # after "]": "(…)" or "[…]", each bracket first (as CODE_SPAN)
    r"(?:\((?<=\]\()(?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)|\[(?<=\]\[)(?:[^\[\]\\]|\\.)*\])",
    re.S,
)
HTML = re.compile(
    r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*"
    r"""(?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*/?>""",
    re.S,
)
# "http(s)://" or "www." at a word's start: its first letter first, then the look-behind.
URL = re.compile(r"(?:h(?<!\w.)ttps?://|w(?<!\w.)ww\.)[^\s<>]*[^\s<>.,;:!?'\")\]*_]")
# What starts an inline rule of CommonMark (escapes, code, emphasis, links, images,
# autolinks, raw HTML, entities, line breaks; footnotes start with "[" too) or what
# the parser normalizes first (CR, NUL): markdown-it hands a text without any of
# them back as one text token, so a reader may skip the parse.
INLINE_SYNTAX = re.compile(r"[\\`*_\[\]!<&\n\r\0]")
INLINE_RULES = frozenset(
    {"text", "newline", "escape", "backticks", "emphasis", "link", "image"}
    | {"autolink", "html_inline", "entity", "footnote_inline", "footnote_ref"}
)  # the rules INLINE_SYNTAX knows the start of (tests compare the parsers' own)
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def blank(text: str, rules: Iterable[tuple[re.Pattern[str], str]]) -> str:
    """``text`` with each rule's matches overwritten by its fill character.

    Apply code spans first: inside one, brackets and angle brackets are literal.
    """
    for pattern, fill in rules:
        text = pattern.sub(_filler(fill), text)
    return text


# The strings each pattern cannot match without: where none occurs, it is not run.
MARKS: dict[re.Pattern[str], tuple[str, ...]] = {
    CODE_SPAN: ("`",),
    AUTOLINK: ("<",),
    DESTINATION: ("]",),
    HTML: ("<",),
    URL: ("://", "www."),
    ENTITY: ("&",),
}


def blank_marked(text: str, rules: Iterable[tuple[re.Pattern[str], str]]) -> str:
    """:func:`blank`, running only the rules whose pattern's mark (:data:`MARKS`)
    occurs: most messages have no code, link, tag, URL or entity."""
    for pattern, fill in rules:
        for mark in MARKS[pattern]:
            if mark in text:
                text = pattern.sub(_filler(fill), text)
                break
    return text


HIDDEN = (CODE_SPAN, AUTOLINK, DESTINATION, HTML, URL)  # what blank_hidden blanks, in order


@lru_cache(maxsize=4096)  # negation, sentences and spelling read the same texts
def blank_hidden(text: str, fill: str = " ") -> str:
    """``text`` with code spans, destinations, autolinks, HTML and URLs blanked.

    Only the patterns whose mark occurs are run: most messages have no code,
    link or URL, and the five searches would be most of a check's cost.
    """
    if not ("`" in text or "<" in text or "]" in text or "://" in text or "www." in text):
        return text  # most messages: looked at with five substring searches, no more
    return blank_marked(text, [(pattern, fill) for pattern in HIDDEN])


def _filler(fill: str) -> Callable[[re.Match[str]], str]:
    return lambda match: fill * len(match[0])


# What a reference may stand for that is no letter of a word: a soft hyphen or a
# zero-width character inside one ("medi&shy;cation") joins its halves.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


def entity_text(reference: str) -> str:
    """The text a character reference stands for (``&uacute;`` is ``ú``, ``&#250;`` too),
    as CommonMark and a browser read it (HTML5's names); an unknown name stays as written.
    An invisible character is no text."""
    char = unescape(reference)
    return "" if char in _INVISIBLE else char


def decoded(text: str) -> str:
    """``text`` with each character reference as what it stands for: the words a reader
    sees ("ning&uacute;n" is "ningún"), for checks that read words, not offsets."""
    if "&" not in text:
        return text
    return ENTITY.sub(lambda match: entity_text(match[0]), text)


def characters(text: str) -> Iterator[tuple[str, int, int]]:
    """Each character a reader sees in ``text`` with the offsets of what writes it: a
    character reference is the character it stands for, spanning the reference
    (``&ntilde;`` is ``ñ`` at its 8 characters), an invisible one nothing."""
    position = 0
    for match in ENTITY.finditer(text) if "&" in text else ():
        for index in range(position, match.start()):
            yield text[index], index, index + 1
        for char in entity_text(match[0]):
            yield char, match.start(), match.end()
        position = match.end()
    for index in range(position, len(text)):
        yield text[index], index, index + 1
