"""What a reviewer's eye should fall on in one text: termbase terms, numbers with their
units, negation cues — as pieces of the text, each with its marks.

Nothing is found here: the terms come from the termbase matcher
(:mod:`painl10n.terms.matcher`), the numbers from
:func:`painl10n.text.quantities.number_spans` and the negations from
:func:`painl10n.text.negation.cue_spans`, the readers the checks use, so the
pack highlights what ``check`` compares.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from ..terms.matcher import TermMatch, TermMatcher
from ..text.negation import cue_spans, has_lexicon
from ..text.quantities import number_spans
from ..text.visible import visible

# The marks a piece may carry, in the order they are listed on it.
MARKS = ("term", "forbidden-term", "number", "negation", "negation-soft")


@dataclass(frozen=True)
class Piece:
    """A run of text with the same marks (none: plain text)."""

    text: str
    marks: tuple[str, ...] = ()
    title: str = ""  # what a term stands for in the termbase


class Highlighter:
    """Marks the texts of one language (a source or a translation)."""

    def __init__(self, language: str, terms: TermMatcher | None, other: str) -> None:
        self.language = language
        self.bare = language.replace("-", "_").split("_")[0]  # the negation lexicon's code
        self.terms = terms
        self.other = other  # the other side's language: a term's title names its term there

    def pieces(self, text: str) -> list[Piece]:
        """``text`` cut where its marks change, in order; joined, the pieces are ``text``
        with its hidden characters shown (:func:`~painl10n.text.visible.visible`: a bidi
        override must not make "01 mg" read "10 mg" to the reviewer)."""
        marks: list[set[str]] = [set() for _ in text]
        titles = [""] * len(text)
        if self.terms is not None:
            self._mark_terms(self.terms.find(text), "term", marks, titles)
            self._mark_terms(self.terms.find_forbidden(text), "forbidden-term", marks, titles)
        for start, end in number_spans(text, self.language):
            _mark(marks, start, end, "number")
        if has_lexicon(self.bare):
            for start, end, kind in cue_spans(text, self.bare):
                _mark(marks, start, end, "negation" if kind == "hard" else "negation-soft")
        keys = [(tuple(m for m in MARKS if m in marks[i]), titles[i]) for i in range(len(text))]
        pieces: list[Piece] = []
        start = 0
        for key, run in groupby(keys):
            length = len(list(run))
            pieces.append(Piece(visible(text[start : start + length]), *key))
            start += length
        return pieces

    def _mark_terms(
        self, found: list[TermMatch], mark: str, marks: list[set[str]], titles: list[str]
    ) -> None:
        for match in found:
            _mark(marks, match.start, match.end, mark)
            titles[match.start : match.end] = [self._title(match, mark)] * (match.end - match.start)

    def _title(self, match: TermMatch, mark: str) -> str:
        concept = match.concept
        if mark == "forbidden-term":
            preferred = concept.preferred_in(self.language)
            instead = f": use {preferred.text}" if preferred is not None else ""
            return f"termbase: {match.term.text} is not to be used{instead}"
        if concept.do_not_translate:
            return f"termbase: {match.term.text} (do not translate)"
        there = concept.preferred_in(self.other)
        named = there.text if there is not None else "no approved term yet"
        return f"termbase: {match.term.text} = {named} ({self.other})"


def _mark(marks: list[set[str]], start: int, end: int, mark: str) -> None:
    for index in range(max(start, 0), min(end, len(marks))):
        marks[index].add(mark)
