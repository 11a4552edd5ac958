"""The labelled term occurrences of tests/data/terms_labelled and their score.

Shared by the matcher's tests (floors) and benchmarks/bench_term_matching.py
(the published figures), so both count alike.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from painl10n.terms.matcher import TermMatcher

DATA = Path(__file__).resolve().parent.parent / "data" / "terms_labelled"
LANGUAGES = ("es", "fr", "de", "ar")


@dataclass(frozen=True)
class Labelled:
    sentence: str
    expected: frozenset[str]
    near_misses: frozenset[str]


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    near_misses: int = 0  # labelled negatives
    near_misses_found: int = 0  # of which the matcher found (false positives too)
    misses: list[str] = field(default_factory=list)

    @property
    def labelled(self) -> int:
        return self.true_positive + self.false_negative + self.near_misses

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else 1.0


def _ids(cell: str) -> frozenset[str]:
    return frozenset(part.strip() for part in cell.split(",") if part.strip())


def load(language: str) -> list[Labelled]:
    """The labelled sentences of one language, in file order."""
    with (DATA / f"{language}.tsv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Labelled(row["sentence"], _ids(row["expected"]), _ids(row["near_miss"])) for row in rows
        ]


def score(matcher: TermMatcher, labelled: list[Labelled]) -> Score:
    """Micro-averaged over concept ids: any concept found and not expected is a false
    positive, labelled near miss or not."""
    result = Score()
    for item in labelled:
        got = matcher.find_concepts(item.sentence)
        result.true_positive += len(got & item.expected)
        result.false_positive += len(got - item.expected)
        result.false_negative += len(item.expected - got)
        result.near_misses += len(item.near_misses)
        result.near_misses_found += len(got & item.near_misses)
        if got != item.expected:
            extra, missing = sorted(got - item.expected), sorted(item.expected - got)
            result.misses.append(f"{item.sentence}  (extra {extra}, missing {missing})")
    return result
