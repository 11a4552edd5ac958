"""The words of a message a spelling dictionary should see, and only those.

A spell checker must read prose, not markup: code spans, link destinations,
autolinks, raw HTML, bare URLs, the site generator's
inline syntax (Hugo shortcodes, Liquid tags …) and placeholders (``{count}``,
``%(name)s``, ``%s``) are blanked first. A *word* is then a run of letters,
which may be joined by an apostrophe (``l'aspirine``, ``qu'il``, either
apostrophe) or a hyphen (``anti-inflammatoire``), and keeps a dot that follows
it (``engl.``, ``z.``: an abbreviation, or the end of a sentence; the checker
tries both). A run touching a digit (``10mg``, ``COVID-19``, ``B12``) is a
number or a code, not a word, and a short one after a number or beside a slash
is a unit (``500 mg``, ``mg/kg``). A character reference is the character it stands
for (``ning&uacute;n`` is ``ningún``). Arabic short vowels, shadda,
sukun and tatweel are dropped (dictionaries list the bare spelling).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain

from .dialect_syntax import CODE_SHORTCODES, Delimiters, pattern
from .prose import blank, blank_hidden, decoded

PLACEHOLDER = re.compile(r"\{[^{}\s]*\}|%(?:\([^)\s]*\))?[-+ #0]*\d*(?:\.\d+)?[sdifgeExXr%]")
UNIT_LETTERS = 4  # "mg", "mmol", "mmHg": longer words after numbers are words
# A short word after a number and one gap (500 mg, 5\u00a0ml) or beside a slash (mg/kg).
_UNIT = re.compile(
    rf"(?:(?<=\d)|(?<=\d[ \u00a0\u202f\u2009])|(?<=/))[^\W\d_]{{1,{UNIT_LETTERS}}}\.?(?!\w)"
    rf"|(?<!\w)[^\W\d_]{{1,{UNIT_LETTERS}}}(?=/)"
)
# Without a slash only the first case after a digit can match: the digit (and the gap) is
# matched and written back, so the regex engine skips in C from digit to digit instead of
# trying three look-behinds and a word at every character (equal: tests/checks/
# test_check_speedups.py).
_UNIT_AFTER_DIGIT = re.compile(rf"(\d[ \u00a0\u202f\u2009]?)[^\W\d_]{{1,{UNIT_LETTERS}}}\.?(?!\w)")
# Arabic harakat, tanwin, shadda, sukun, superscript alef (U+064B to U+065F, U+0670), tatweel.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_LETTERS = r"[^\W\d_]+"
_JOINERS = "'\u2019\\-"  # apostrophes and the hyphen
_WORD = re.compile(
    rf"(?<![\w{_JOINERS}]){_LETTERS}(?:[{_JOINERS}]{_LETTERS})*(?!\w|[{_JOINERS}]\w)\.?"
)


@lru_cache(maxsize=4096)  # a msgid is read again in each language of its article
def spelled_words(
    text: str,
    generator: str = "plain",
    extensions: frozenset[str] = frozenset(),
    math: Delimiters = (),
    code: frozenset[str] = CODE_SHORTCODES,
) -> tuple[str, ...]:
    """The words of ``text`` in order (repeats kept), with markup, placeholders and the
    generator's syntax (its ``extensions``', Hugo's formulas in ``math`` and the code of
    its ``code`` shortcodes too) blanked."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = blank_hidden(text)
    dialect = pattern(generator, extensions, math, code)
    rules = []
    if "{" in text or "%" in text:  # what a placeholder starts with
        rules.append((PLACEHOLDER, " "))
    if dialect is not None:
        rules.insert(0, (dialect, " "))
    text = blank(text, rules) if rules else text
    if "&" in text:  # "ning&uacute;n" is the word "ningún", "&nbsp;" a space
        text = decoded(text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        text = _ARABIC_MARKS.sub("", text)
    if any(mark in text for mark in "/0123456789"):
        text = without_units(text)
    return words_of(text)


def words_of(text: str) -> tuple[str, ...]:
    """``_WORD.findall(text)``, read whitespace-separated piece by piece: no word runs
    across whitespace, nor does whitespace count as a letter or joiner beside one, and
    the pieces (words with their punctuation) recur, so each is read once."""
    return tuple(chain.from_iterable(map(_piece_words, text.split())))


@lru_cache(maxsize=65_536)
def _piece_words(piece: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(piece))


def without_units(text: str) -> str:
    """``text`` with each unit (see :data:`_UNIT`) written as one space."""
    if "/" in text:
        return _UNIT.sub(" ", text)
    return _UNIT_AFTER_DIGIT.sub(_kept_number, text)


def _kept_number(unit: re.Match[str]) -> str:
    """The number (and its gap) of a unit match, the unit as one space (a function: the
    regex module expands a template like ``\1`` in Python, slower)."""
    return unit[1] + " "
