"""Precision and recall of the negation and sentences checks on labelled cases.

Run: PYTHONPATH=src .venv/bin/python benchmarks/bench_patient_checks.py

The cases are the labelled translations of ``tests/helpers/polarity_cases.py``
(a violation or a correct translation each, in es, fr, de and ar): the set the
checks were tuned on, then a held-out set written after tuning. A case is a
true positive when the check reports a violation, a false positive when it
reports a correct translation, a false negative when it misses a violation.
Prints one Markdown table per check, per language and in all.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from painl10n.checks.base import EntryContext
from painl10n.checks.negation import run as negation
from painl10n.checks.sentences import run as sentences
from tests.helpers.polarity_cases import (
    HELDOUT_NEGATION,
    HELDOUT_SENTENCES,
    NEGATION_CASES,
    SENTENCE_CASES,
)


def reported(check: object, language: str, source: str, target: str) -> bool:
    entry = polib.POEntry(msgid=source, msgstr=target)
    context = EntryContext(language=language, source_language="en")
    return any(check(entry, context))  # type: ignore[operator]


def table(name: str, cases: list[tuple[str, str, str, bool]], check: object) -> list[str]:
    counts: dict[str, Counter[str]] = {}
    misses: list[str] = []
    for language, source, target, violation in cases:
        found = reported(check, language, source, target)
        outcome = {(True, True): "tp", (False, True): "fp", (True, False): "fn"}.get(
            (violation, found), "tn"
        )
        for key in (language, "all"):
            counts.setdefault(key, Counter())[outcome] += 1
        if outcome in ("fp", "fn"):
            misses.append(f"- {outcome} {language}: {source} → {target}")
    lines = [f"### {name}", "", "| language | cases | tp | fp | fn | precision | recall |"]
    lines.append("|---|---|---|---|---|---|---|")
    for key, c in sorted(counts.items(), key=lambda item: item[0] == "all"):
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        lines.append(
            f"| {key} | {c.total()} | {c['tp']} | {c['fp']} | {c['fn']} "
            f"| {precision:.2f} | {recall:.2f} |"
        )
    return [*lines, "", *misses, ""]


def main() -> None:
    for title, negation_set, sentence_set in (
        ("", NEGATION_CASES, SENTENCE_CASES),
        (" (held out)", HELDOUT_NEGATION, HELDOUT_SENTENCES),
    ):
        cases = [(lang, s, t, label is not None) for lang, s, t, label in negation_set]
        print("\n".join(table("negation" + title, cases, negation)))
        print("\n".join(table("sentences" + title, sentence_set, sentences)))


if __name__ == "__main__":
    main()
