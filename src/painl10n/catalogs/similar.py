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
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from itertools import pairwise

_WORD = re.compile(r"\w+")
DEFAULT_THRESHOLD = 0.6  # msgmerge's own cut-off for fuzzy matches
_CANDIDATES = 12
_SHORT = 6  # tokens
_TOKEN = re.compile(r"\w+|[^\w\s]")


def words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def features(text: str) -> set[str]:
    """Words and adjacent word pairs: pairs are far more selective than words."""
    tokens = [w.casefold() for w in _WORD.findall(text)]
    return set(tokens) | {f"{a} {b}" for a, b in pairwise(tokens)}


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """Similarity in [0, 1], like msgmerge's fstrcmp; 0 when surely below ``floor``.

    Sentences are compared as token sequences (words and punctuation): as
    telling as characters for prose and some thirty times cheaper. Very short
    strings, where one changed word is most of the text, compare characters.
    """
    ta, tb = _tokens(a), _tokens(b)
    matcher = (
        SequenceMatcher(None, a, b, autojunk=False)
        if min(len(ta), len(tb)) < _SHORT
        else SequenceMatcher(None, ta, tb, autojunk=False)
    )
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


class SimilarityIndex:
    """Index over candidate strings; :meth:`best` returns a position or None."""

    def __init__(
        self,
        texts: Sequence[str],
        *,
        common: int | None = None,
        searched: Iterable[str] | None = None,
    ) -> None:
        """``searched``: when the strings to look up are known, only their features
        are indexed; answers for them are the same, built at a fraction of the cost."""
        self._texts = list(texts)
        self._postings: dict[str, list[int]] = defaultdict(list)
        wanted = set().union(*map(features, searched)) if searched is not None else None
        for position, text in enumerate(self._texts):
            found = features(text)
            for feature in found if wanted is None else found & wanted:
                self._postings[feature].append(position)
        # Features found in a large share of strings say little and cost a lot;
        # ``common`` caps that share for callers searching a large index often.
        self._common = common or max(64, len(self._texts) // 20)

    def _candidates(self, text: str) -> list[int]:
        """Positions of the few strings sharing the rarest words and word pairs with ``text``."""
        total = len(self._texts)
        postings = [p for f in features(text) if (p := self._postings.get(f))]
        selective = [p for p in postings if len(p) <= self._common]
        scores: dict[int, float] = defaultdict(float)
        for posting in selective or [p[: self._common] for p in postings]:
            weight = math.log(1 + total / len(posting))
            for position in posting:
                scores[position] += weight
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:_CANDIDATES]
        return [position for position, _ in ranked]

    def matches(self, text: str, threshold: float = DEFAULT_THRESHOLD) -> list[tuple[int, float]]:
        """Every candidate at or above ``threshold``, best first (ties: lower position first).

        For callers that must choose among equally good strings by their own rule.
        """
        found = []
        for position in self._candidates(text):
            score = similarity(text, self._texts[position], threshold)
            if score >= threshold:
                found.append((position, score))
        return sorted(found, key=lambda item: (-item[1], item[0]))

    def best(self, text: str, threshold: float = DEFAULT_THRESHOLD) -> tuple[int, float] | None:
        """The most similar indexed string at or above ``threshold``."""
        if not self._texts:
            return None
        best: tuple[int, float] | None = None
        for position in self._candidates(text):
            floor = threshold if best is None else max(threshold, best[1])
            score = similarity(text, self._texts[position], floor)
            if score >= threshold and (best is None or score > best[1]):
                best = (position, score)
        return best
