"""The id each site generator gives a heading that has none written, from its text.

``heading_ids = "source"`` writes these ids, computed from the SOURCE heading,
into every translation, so that a ``#anchor`` link keeps its target in every
language. Each is the generator's own algorithm, written out here: no library
computes them (python-slugify transliterates, ``día`` → ``dia``, where Hugo,
github-slugger and kramdown keep ``día``), and the one that does, MkDocs' own
``markdown.extensions.toc.slugify``, would make Python-Markdown a dependency of
every project for three lines; ``tests/sources/test_heading_slugs.py`` holds
each to the real tool's output (that function, Hugo, github-slugger, Jekyll).

- Hugo (goldmark, ``autoHeadingIDType = "github"``): of the heading's raw
  Markdown (its last line), letters, digits and ``_`` lower-cased, a space or
  ``-`` becomes ``-``, anything else goes; empty: ``heading``; a repeat gets
  ``-1``, ``-2`` …; ``github-ascii``: accents taken off first, then only ASCII
  kept; ``blackfriday``: letters and digits lower-cased, every run of anything
  else one ``-``, none at either end (Hugo 0.111 and 0.168 alike).
- MkDocs (Python-Markdown ``toc``'s ``slugify``): of the heading's text,
  accents folded to ASCII, what is not a word character, blank or ``-`` goes,
  lower-cased, runs of blanks and ``-`` become one ``-``; a repeat gets ``_1`` …
- Docusaurus (github-slugger): the text lower-cased, what is not a letter,
  mark, digit, connector, ``-`` or space goes, each space becomes ``-``; a
  repeat gets ``-1`` …
- painl10n's own pages (``plain``): github-slugger's, as Docusaurus.
- Jekyll (kramdown's GFM parser, Jekyll's default input): the text
  lower-cased, what is not a word character (letter, mark, digit,
  connector), ``-``, space or tab goes, each blank becomes ``-``; a repeat
  gets ``-1`` …
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_MKDOCS_DROP = re.compile(r"[^\w\s-]")
_MKDOCS_JOIN = re.compile(r"[-\s]+")
# github-slugger keeps letters, marks, numbers and connector punctuation.
_SLUGGER_KEPT = ("L", "M", "N", "Pc")
_WORD = {"Mn", "Mc", "Me", "Nd", "Pc"}  # with the letters: Ruby's \p{Word}


def hugo_slug(raw: str) -> str:
    """goldmark's ``github`` auto id of a heading's raw Markdown (Hugo's ``autoid.go``)."""
    out = []
    for char in raw.strip():
        if char in " -":
            out.append("-")
        elif char == "_" or char.isalpha() or unicodedata.category(char) == "Nd":
            out.append(char.lower()[0])  # Go lower-cases one rune to one rune
    return "".join(out) or "heading"


def hugo_ascii_slug(raw: str) -> str:
    """goldmark's ``github-ascii`` auto id: accents removed (Hugo's ``RemoveAccents``),
    then the ``github`` rule on the ASCII characters left."""
    folded = unicodedata.normalize("NFD", raw)
    plain = "".join(char for char in folded if unicodedata.category(char) != "Mn")
    return hugo_slug("".join(char for char in plain if char.isascii()))


def blackfriday_slug(raw: str) -> str:
    """Hugo's ``blackfriday`` auto id (blackfriday's ``SanitizedAnchorName``)."""
    out: list[str] = []
    dash = False
    for char in raw:
        if char.isalpha() or unicodedata.category(char).startswith("N"):
            if dash and out:
                out.append("-")
            dash = False
            out.append(char.lower()[0])
        else:
            dash = True
    return "".join(out) or "heading"


def mkdocs_slug(text: str) -> str:
    """Python-Markdown's ``toc.slugify(text, "-")``."""
    value = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    value = _MKDOCS_DROP.sub("", value).strip().lower()
    return _MKDOCS_JOIN.sub("-", value)


def docusaurus_slug(text: str) -> str:
    """github-slugger's ``slug(text)``."""
    kept = (
        char
        for char in text.lower()
        if char in " -" or unicodedata.category(char).startswith(_SLUGGER_KEPT)
    )
    return "".join(kept).replace(" ", "-")


def jekyll_slug(text: str) -> str:
    """kramdown-parser-gfm's ``generate_gfm_header_id`` (``\\p{Word}``: L, M, Nd, Pc)."""
    kept = (
        char
        for char in text.lower()
        if char in " \t-" or unicodedata.category(char) in _WORD or char.isalpha()
    )
    return "".join(kept).replace(" ", "-").replace("\t", "-")


# generator → (slug of a heading, how a repeat is told apart, reads the raw Markdown,
# takes every explicit id before making any: Python-Markdown's toc; the others go
# in the page's order)
_RULES: dict[str, tuple[Callable[[str], str], str, bool, bool]] = {
    "hugo": (hugo_slug, "-", True, False),
    "hugo/github-ascii": (hugo_ascii_slug, "-", True, False),
    "hugo/blackfriday": (blackfriday_slug, "-", True, False),
    "mkdocs": (mkdocs_slug, "_", False, True),
    "docusaurus": (docusaurus_slug, "-", False, False),
    "jekyll": (jekyll_slug, "-", False, False),
    "plain": (docusaurus_slug, "-", False, False),  # painl10n's own pages: GitHub's ids
}


def reads_raw(generator: str) -> bool:
    """Whether ``generator`` makes its ids of a heading's raw Markdown (else its text)."""
    return _RULES[generator][2]


def explicit_first(generator: str) -> bool:
    """Whether ``generator`` takes all explicit ids before making automatic ones."""
    return _RULES[generator][3]


def knows(generator: str) -> bool:
    """Whether painl10n can compute ``generator``'s heading ids."""
    return generator in _RULES


class Ids:
    """A page's heading ids in order, as the generator makes them unique."""

    def __init__(self, generator: str, id_type: str = "github") -> None:
        """``id_type``: Hugo's ``autoHeadingIDType`` (the other generators have one rule)."""
        rule = (
            f"{generator}/{id_type}" if generator == "hugo" and id_type != "github" else generator
        )
        self._slug, self._joiner, _, _ = _RULES[rule]
        self._used: set[str] = set()

    def explicit(self, heading_id: str) -> None:
        """An id written in the source: taken, so no automatic one repeats it."""
        self._used.add(heading_id)

    def automatic(self, text: str) -> str:
        """The id the generator gives the next heading without one."""
        base = self._slug(text)
        candidate, count = base, 0
        while candidate in self._used or not candidate:
            count += 1
            candidate = f"{base}{self._joiner}{count}"
        self._used.add(candidate)
        return candidate
