"""Sentences of a message of inline Markdown, found by a real multilingual splitter.

The splitter is sentencex (Wikimedia's, rule-based, with per-language
abbreviation lists for some 300 languages, written in Rust: splitting every
message of a large project costs milliseconds). It is given what a reader
reads: code spans, link destinations, autolinks, raw HTML and URLs removed, and
the emphasis, bracket and escape markers of Markdown dropped, so neither
``**Note.**`` nor a URL's dots can end a sentence.

Two corrections follow it, for the abbreviations of patient text it splits
after (``approx. 2 weeks``, ``p. ej. …``): a piece whose predecessor ends with
a listed abbreviation (:data:`ABBREVIATIONS`), or that starts with a lower-case
letter, continues the previous sentence. Pieces without a letter (list
numbers, a lone dash) are not sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

import sentencex

from .prose import blank_hidden, decoded

# Abbreviations (casefolded, without their final dot) after which sentencex may
# split although the sentence goes on; common ones it already knows stay out.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"approx", "e.g", "i.e", "etc", "vs", "dr", "no", "max", "min", "tab", "fig"}),
    "es": frozenset({"p. ej", "ej", "aprox", "etc", "dr", "dra", "máx", "mín", "núm", "vs"}),
    "fr": frozenset({"p. ex", "ex", "env", "etc", "dr", "cf", "max", "min", "n°", "vs"}),
    "de": frozenset({"z. b", "ca", "bzw", "ggf", "evtl", "etc", "dr", "max", "min", "tbl", "std"}),
    "ar": frozenset(),
}
_SYNTAX = re.compile(r"[*_~\[\]\\]|!(?=\[)")  # emphasis, brackets, escapes, image marks


@lru_cache(maxsize=4096)  # the sentences and length checks read the same texts
def visible(text: str) -> str:
    """What a reader reads of ``text``: no code, URLs, HTML or Markdown markers,
    whitespace collapsed (also the text whose length ``style``'s length check counts)."""
    prose = decoded(blank_hidden(text))  # "ning&uacute;n" is "ningún", one letter each
    return " ".join(without_markers(prose).split())


def without_markers(prose: str) -> str:
    """``_SYNTAX.sub("", prose)`` by replacements, not a regex match at each character:
    an image's "!" before "[" goes, then each marker that occurs (six substring
    searches cost a seventh of a translation table on text beyond ASCII)."""
    if "![" in prose:
        prose = prose.replace("![", "[")
    for marker in "*_~[]\\":
        if marker in prose:
            prose = prose.replace(marker, "")
    return prose


@lru_cache(maxsize=65536)
def sentences(text: str, language: str) -> tuple[str, ...]:
    """The sentences of ``text`` (inline Markdown) in ``language`` (a bare code)."""
    pieces = [piece.strip() for piece in sentencex.segment(language, visible(text))]
    merged: list[str] = []
    for piece in pieces:
        if not any(map(str.isalpha, piece)):
            if merged:
                merged[-1] = f"{merged[-1]} {piece}".strip()
            continue
        if merged and _continues(merged[-1], piece, language):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return tuple(merged)


def _continues(previous: str, piece: str, language: str) -> bool:
    if piece[:1].islower():
        return True
    if not previous.endswith("."):
        return False
    # "approx", or "z. b" in two words (the last two only: a long sentence is not split)
    last = [word.casefold() for word in previous[:-1].rsplit(None, 2)[-2:]]
    known = ABBREVIATIONS.get(language, frozenset())
    return bool(last) and (last[-1] in known or " ".join(last) in known)
