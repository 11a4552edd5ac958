"""Precision and recall of term matching on the labelled occurrences, and its cost.

Run: PYTHONPATH=src .venv/bin/python benchmarks/bench_term_matching.py [TERMBASE]

The set is ``tests/data/terms_labelled/<lang>.tsv`` (es, fr, de, ar; at least
200 labelled occurrences each, written before the matcher was tuned; see its
README for what counts as an occurrence). The termbase is the project's
``locales/glossary.tbx`` unless one is given. Prints one Markdown table (per
language and in all), every miss and false alarm, then the matcher's cost per
message: the first pass (cold word caches, what one ``check`` process pays,
lemma dictionaries loaded before timing) and a second pass with warm word
caches and a fresh matcher.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from painl10n.terms.matcher import TermMatcher
from painl10n.terms.tbx import read_tbx
from tests.helpers.terms_labelled import LANGUAGES, Score, load, score

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "locales" / "glossary.tbx"
    termbase = read_tbx(path)
    total = Score()
    lines = ["| language | sentences | labelled | tp | fp | fn | precision | recall |"]
    lines.append("|---|---|---|---|---|---|---|---|")
    misses: list[str] = []
    costs: list[str] = []
    for language in LANGUAGES:
        labelled = load(language)
        started = time.perf_counter()
        matcher = TermMatcher(termbase, language)
        matcher.find("")  # the language's lemma dictionary, loaded once a process
        loaded = time.perf_counter() - started
        started = time.process_time()
        result = score(matcher, labelled)
        cold = time.process_time() - started
        started = time.process_time()
        score(TermMatcher(termbase, language), labelled)
        warm = time.process_time() - started
        costs.append(
            f"| {language} | {loaded * 1000:.0f} ms | {cold / len(labelled) * 1e6:.0f} µs "
            f"| {warm / len(labelled) * 1e6:.0f} µs |"
        )
        for name in ("true_positive", "false_positive", "false_negative", "near_misses"):
            setattr(total, name, getattr(total, name) + getattr(result, name))
        lines.append(_row(language, len(labelled), result))
        misses.extend(f"- {language}: {miss}" for miss in result.misses)
    lines.append(_row("all", sum(len(load(lang)) for lang in LANGUAGES), total))
    print("\n".join([*lines, "", *misses, ""]))
    print("| language | matcher + lemmas ready | per message, cold | per message, warm |")
    print("|---|---|---|---|")
    print("\n".join(costs))


def _row(language: str, sentences: int, result: Score) -> str:
    return (
        f"| {language} | {sentences} | {result.labelled} | {result.true_positive} "
        f"| {result.false_positive} | {result.false_negative} "
        f"| {result.precision:.3f} | {result.recall:.3f} |"
    )


if __name__ == "__main__":
    main()
