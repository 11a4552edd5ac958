"""The memory must not make `update` slow: count the work instead of timing it.

benchmarks/bench_tm.py times 1,000 articles (the 20% budget); here a smaller
project of the same shape proves the costs that make that hold: one index per
language, built only when a string is untranslated, and a bounded number of
similarity comparisons per searched string, however large the memory.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from painl10n import Project, update
from painl10n.catalogs import similar as fuzzy
from painl10n.memory import engine as memory
from tests.helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from bench_tm import LANGUAGES, STRINGS_PER_ARTICLE, edit_a_tenth, make_translated_project

ARTICLES = 40
CANDIDATES = 12  # fuzzy._CANDIDATES: strings compared per search at most


class Counter:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.comparisons = 0
        self.indexes = 0
        self.searches = 0
        real_similarity = fuzzy.similarity
        real_index = memory.SimilarityIndex
        real_suggest = memory.TranslationMemory.suggest

        def similarity(a: str, b: str, floor: float = 0.0) -> float:
            self.comparisons += 1
            return real_similarity(a, b, floor)

        def index(texts: list[str], **options: Any) -> fuzzy.SimilarityIndex:
            self.indexes += 1
            return real_index(texts, **options)

        def suggest(
            tm: memory.TranslationMemory, text: str, threshold: float, *, exclude: str
        ) -> memory.Suggestion | None:
            self.searches += 1
            return real_suggest(tm, text, threshold, exclude=exclude)

        monkeypatch.setattr(fuzzy, "similarity", similarity)
        monkeypatch.setattr(memory, "SimilarityIndex", index)
        monkeypatch.setattr(memory.TranslationMemory, "suggest", suggest)


def test_memory_work_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "big"
    writer, articles = make_translated_project(root, ARTICLES)
    counter = Counter(monkeypatch)
    result = update(Project.load(root))
    assert counter.indexes == counter.searches == counter.comparisons == 0  # nothing new
    assert not result.prefilled

    edited = edit_a_tenth(root, writer, articles)
    result = update(Project.load(root))
    new_strings = 3 * edited * len(LANGUAGES)
    # a new paragraph the article already had is no new string
    assert edited * len(LANGUAGES) <= counter.searches <= new_strings
    assert counter.indexes == len(LANGUAGES)  # one per language, not one per catalog
    pool = ARTICLES * STRINGS_PER_ARTICLE
    assert counter.comparisons <= CANDIDATES * counter.searches < pool  # never all pairs
    prefilled = sum(result.prefilled.values())
    assert 2 * edited * len(LANGUAGES) <= prefilled <= new_strings
    for (language, slug), count in result.prefilled.items():
        catalog = result.catalogs[(language, slug)]
        notes = [e for e in catalog if any(n.startswith("tm: ") for n in e.comment.splitlines())]
        assert len(notes) == count and all("fuzzy" in e.flags for e in notes)


def test_index_of_searched_features_gives_the_same_answers() -> None:
    """Indexing only the features of the strings to look up changes no answer."""
    from bench_tm import SEED, Writer

    writer = Writer(SEED)
    texts = sorted({writer.paragraph() for _ in range(3000)})
    queries = [writer.near_copy(text) for text in texts[::50]]
    queries += [writer.sentence() for _ in range(20)]
    full = fuzzy.SimilarityIndex(texts, common=64)
    partial = fuzzy.SimilarityIndex(texts, common=64, searched=queries)
    answers = [full.matches(q, 0.5) for q in queries]
    assert [partial.matches(q, 0.5) for q in queries] == answers
    assert sum(bool(a) for a in answers) >= len(texts[::50])  # the near copies are found
    assert len(partial._postings) < len(full._postings) / 2


def test_memory_answers_a_string_it_was_not_told_about() -> None:
    units = [memory.Unit("Take one tablet daily with food.", "Tome un comprimido.", "a")]
    tm = memory.TranslationMemory(units, searched=["Something else entirely."])
    found = tm.suggest("Take one tablet daily with fruit.", 0.5, exclude="b")
    assert found is not None and found.unit.target == "Tome un comprimido."
