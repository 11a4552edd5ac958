# ruff: noqa: RUF001  (dose ranges are written with an en dash, as the articles write them)
"""The word diff a reviewer reads: what changed since the sign-off, word by word."""

from __future__ import annotations

from painl10n.review.worddiff import Change, word_diff


def shown(changes: list[Change]) -> str:
    marks = {"same": "{}", "deleted": "[-{}-]", "inserted": "{{+{}+}}"}
    return "".join(marks[c.op].format(c.text) for c in changes)


def test_a_changed_dose_is_one_number() -> None:
    changes = word_diff("Tome 100–200 mg/kg al día.", "Tome 100–250 mg al día.")
    assert shown(changes) == "Tome 100–[-200-]{+250+} mg[-/kg-] al día."


def test_a_dropped_negation_is_one_word() -> None:
    changes = word_diff("No conduzca después de la dosis.", "Conduzca después de la dosis.")
    assert shown(changes) == "[-No conduzca-]{+Conduzca+} después de la dosis."


def test_arabic_words_and_digits() -> None:
    changes = word_diff("لا تتناول ٢٠٠ ملغ", "تناول ٢٥٠ ملغ")
    assert shown(changes) == "[-لا-]{+تناول+} [-تتناول ٢٠٠-]{+٢٥٠+} ملغ"


def test_same_text_is_one_unchanged_run_and_both_sides_rebuild() -> None:
    assert word_diff("a b", "a b") == [Change("same", "a b")]
    old, new = "Take 1 tablet, twice a day.", "Take 2 tablets once a day!"
    changes = word_diff(old, new)
    assert "".join(c.text for c in changes if c.op != "inserted") == old
    assert "".join(c.text for c in changes if c.op != "deleted") == new
