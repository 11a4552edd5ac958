"""Finding the closest old string for a changed one, without comparing every pair.

An inverted index from words to strings proposes a handful of candidates
(ranked by how rare the shared words are); only those are compared with
difflib. Cost grows with the number of strings that changed, not with the
product of old and new catalog sizes.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

_WORD = re.compile(r"\w+")
DEFAULT_THRESHOLD = 0.6  # msgmerge's own cut-off for fuzzy matches
_CANDIDATES = 12


def words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def similarity(a: str, b: str) -> float:
    """Character-level similarity in [0, 1], as msgmerge's fstrcmp measures it."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < DEFAULT_THRESHOLD / 2:
        return matcher.real_quick_ratio()
    return matcher.ratio()


class FuzzyIndex:
    """Index over candidate strings; :meth:`best` returns a position or None."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = list(texts)
        self._postings: dict[str, list[int]] = defaultdict(list)
        for position, text in enumerate(self._texts):
            for word in words(text):
                self._postings[word].append(position)

    def best(self, text: str, threshold: float = DEFAULT_THRESHOLD) -> tuple[int, float] | None:
        """The most similar indexed string at or above ``threshold``."""
        total = len(self._texts)
        if not total:
            return None
        scores: dict[int, float] = defaultdict(float)
        for word in words(text):
            posting = self._postings.get(word)
            if not posting:
                continue
            weight = math.log(1 + total / len(posting))
            for position in posting:
                scores[position] += weight
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:_CANDIDATES]
        best: tuple[int, float] | None = None
        for position, _ in ranked:
            score = similarity(text, self._texts[position])
            if score >= threshold and (best is None or score > best[1]):
                best = (position, score)
        return best
