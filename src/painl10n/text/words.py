"""Counting source words the way a translator would count them.

The rule, on the msgid (the source text):

- link and image targets ``](url "title")`` and autolinks ``<https://…>`` are
  dropped first: nobody translates a URL; so are raw HTML tags and comments
  (``<b>``, ``<a href="…">``): markup a CAT tool shows as a placeable, not words;
- a *word* is a run of letters, digits and combining marks (Unicode categories
  L*, N*, M*, so Arabic vowel signs and Devanagari matras stay inside their
  word), which may be joined by an apostrophe (``'``, U+2019) or a hyphen
  (``-``, U+2010) between two such characters (``don't``, ``long-term`` = one
  word), or by ``.`` ``,`` between two digits (``0.5``, ``1,000`` = one word);
- each Han, Hiragana and Katakana character is a word of its own, since those
  scripts put no space between words (what CAT tools do for CJK);
- everything else (spaces, punctuation, Markdown syntax ``**`` ``_`` ``#`` …)
  separates words and is not counted.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from markdown_it.common import html_re

_LINK_TARGET = re.compile(r"\]\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+[^)]*)?\)")
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>")
_HTML_TAG = re.compile(f"{html_re.open_tag}|{html_re.close_tag}|{html_re.comment}")
_WORD_JOINERS = frozenset("'\u2019-\u2010")
_NUMBER_JOINERS = frozenset(".,")
_IDEOGRAPHIC_RANGES = (
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3FFFF),  # CJK extensions B and later
)


@cache
def _kind(char: str) -> str:
    """'i' ideograph, 'w' word character, 'd' digit (also a word character), '' other."""
    code = ord(char)
    if any(low <= code <= high for low, high in _IDEOGRAPHIC_RANGES):
        return "i"
    category = unicodedata.category(char)
    if category == "Nd":
        return "d"
    return "w" if category[0] in "LNM" else ""


def count_words(text: str) -> int:
    """Source words in one message, by the rule in this module's docstring."""
    text = _AUTOLINK.sub(" ", _LINK_TARGET.sub("] ", text))
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    count = 0
    in_word = False
    for index, char in enumerate(text):
        kind = _kind(char)
        if kind == "i":
            count += 1
            in_word = False
        elif kind:
            if not in_word:
                count += 1
                in_word = True
        elif in_word and _joins(text, index):
            continue
        else:
            in_word = False
    return count


def _joins(text: str, index: int) -> bool:
    """Whether the character at ``index`` glues the word before it to the one after it."""
    if index + 1 >= len(text):
        return False
    before, char, after = _kind(text[index - 1]), text[index], _kind(text[index + 1])
    if char in _WORD_JOINERS:
        return before in ("w", "d") and after in ("w", "d")
    if char in _NUMBER_JOINERS:
        return before == "d" and after == "d"
    return False
