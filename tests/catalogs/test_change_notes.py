"""The reviewer's change note: word-by-word format and critical classes."""

# ruff: noqa: RUF001  (typographic look-alikes are the test data)

from __future__ import annotations

import pytest

from painl10n.catalogs.change_notes import change_note, diff

FORMAT = [
    pytest.param(
        "Pain lasts more than three months.",
        "Pain lasts more than six months.",
        "CRITICAL (number) changed: three → six",
        id="replacement",
    ),
    pytest.param(
        "Take it with food.",
        "Take it with food and water.",
        "changed: +and water",
        id="insertion",
    ),
    pytest.param(
        "Take it often with food.",
        "Take it with food.",
        "changed: -often",
        id="deletion",
    ),
    pytest.param(
        "Always take it with food.",
        "Take it with food always.",
        "changed: take → Take; moved: always",
        id="reorder",
    ),
    pytest.param(
        "Rest and drink water.",
        "Rest, then drink water slowly.",
        "changed: and → , then; +slowly",
        id="several-in-new-order",
    ),
    pytest.param(
        "It works for **most** people.",
        "It works for *most* people.",
        "changed: ** → *; ** → *",
        id="markdown-markers",
    ),
    pytest.param(
        "Read [this](https://a.org/x) now.",
        "Read [this](https://a.org/y) now.",
        "changed: https://a.org/x → https://a.org/y",
        id="link-target-is-one-token",
    ),
    pytest.param(
        "It helps.",
        "It helps; rest too.",
        "changed: +“; rest too”",
        id="quoted-when-holding-a-separator",
    ),
    pytest.param(
        "Keep it at −5 °C.",
        "Keep it at 5 °C.",
        "CRITICAL (number) changed: -“−”",
        id="quoted-when-starting-with-a-dash",
    ),
    pytest.param(
        "Pain is “common” - and real.",
        'Pain is "common" — and serious.',
        "changed: real → serious",
        id="typography-not-shown",
    ),
]


@pytest.mark.parametrize(("old", "new", "note"), FORMAT)
def test_note_format(old: str, new: str, note: str) -> None:
    assert change_note(old, new, "en") == note


def test_no_note_when_only_typography_or_nothing_changed() -> None:
    assert change_note("Don't stop - ever...", "Don’t stop — ever…", "en") is None
    assert change_note("Same words.", "Same words.", "en") is None


def test_a_long_side_is_shortened_in_the_middle() -> None:
    new = " ".join(["Completely"] * 30) + " here."
    note = change_note("Short words here.", new, "en")
    assert note == "changed: Short words → Completely Completely … Completely Completely"


def test_many_changes_are_counted_after_160_characters() -> None:
    old = " keep ".join(["red"] * 20)
    new = " keep ".join(["blue"] * 20)
    note = change_note(old, new, "en")
    assert note is not None
    items = note.removeprefix("changed: ").split("; ")
    assert items[-1] == f"… {20 - (len(items) - 1)} more"
    assert set(items[:-1]) == {"red → blue"} and 10 < len(items) - 1 < 20
    assert len(note) <= len("changed: ") + 160 + len("; … 99 more")


def test_hard_break_never_ends_a_comment_line_in_a_backslash() -> None:
    note = change_note("a\\\nb", "a b", "en")
    assert note == "changed: -“\\”"


def test_diff_kinds_and_sides() -> None:
    changes = diff("Take one tablet daily.", "take two tablets daily, not more.")
    assert [(c.kind, c.old, c.new) for c in changes] == [
        ("case", "Take", "take"),
        ("replace", "one tablet", "two tablets"),
        ("insert", "", ", not more"),
    ]


CRITICAL = [
    pytest.param("Take 5 mg.", "Take 10 mg.", ["number"], id="digits"),
    pytest.param("Take three pills.", "Take six pills.", ["number"], id="number-words"),
    pytest.param("Take it twice a day.", "Take it once a day.", ["number"], id="multipliers"),
    pytest.param("The first dose.", "The third dose.", ["number"], id="ordinals"),
    pytest.param("The dose is 1,5 mg.", "The dose is 15 mg.", ["number"], id="comma-removed"),
    pytest.param("Keep below −5 °C.", "Keep below 5 °C.", ["number"], id="minus-removed"),
    pytest.param("Keep it <5 °C.", "Keep it >5 °C.", ["number"], id="comparison"),
    pytest.param("Take 3 mg.", "Take 3 ml.", ["unit"], id="unit-symbol"),
    pytest.param("Take 3 mg.", "Take 3 mg/kg.", ["unit"], id="compound-unit"),
    pytest.param("Rest for a few days.", "Rest for a few weeks.", ["unit"], id="unit-word"),
    pytest.param("Take it daily.", "Take it hourly.", ["unit"], id="frequency-word"),
    pytest.param("Take 5 g a day.", "Take 5 d a day.", ["unit"], id="one-letter-after-number"),
    pytest.param("Up to 10% of people.", "Up to 10 percent of people.", ["unit"], id="percent"),
    pytest.param("Take it with food.", "Do not take it with food.", ["negation"], id="not"),
    pytest.param("You don't need it.", "You need it.", ["negation"], id="contraction-removed"),
    pytest.param("Eat with meals.", "Eat without meals.", ["negation"], id="without"),
    pytest.param("It is safe.", "It is unsafe.", ["negation"], id="un-prefix"),
    pytest.param("A drowsy pill.", "A non-drowsy pill.", ["negation"], id="non-prefix"),
    pytest.param("Always take it.", "Never take it.", ["negation"], id="never"),
    pytest.param(
        "Take three 5 mg tablets.",
        "Do not take six 5 ml tablets.",
        ["number", "unit", "negation"],
        id="all-three-in-order",
    ),
]

NOT_CRITICAL = [
    pytest.param("Ketamine therapy helps.", "Ketamine therapies help.", id="inflection"),
    pytest.param("Take 3 mg", "Take 3 mg.", id="period-after-unit"),
    pytest.param("It happens in 2024.", "It happened in 2024.", id="number-unchanged"),
    pytest.param("Note the dose.", "Notice the dose.", id="note-is-not-no"),
    pytest.param("Know your dose.", "Learn your dose.", id="know-is-not-no"),
    pytest.param("See page e.g. here.", "See page i.e. here.", id="letters-are-not-units"),
    pytest.param("Call us today.", "Call us now.", id="plain-words"),
    pytest.param("See [this](https://a.org/1).", "See [this](https://a.org/2).", id="url-digits"),
    pytest.param("Pain is real.", "pain is real.", id="case-only"),
    pytest.param("Take it. No more.", "Take it, no more.", id="case-of-a-negation"),
]


@pytest.mark.parametrize(("old", "new", "classes"), CRITICAL)
def test_critical_classes(old: str, new: str, classes: list[str]) -> None:
    note = change_note(old, new, "en")
    assert note is not None
    assert note.startswith(f"CRITICAL ({', '.join(classes)}) changed: ")


@pytest.mark.parametrize(("old", "new"), NOT_CRITICAL)
def test_not_critical(old: str, new: str) -> None:
    note = change_note(old, new, "en")
    assert note is not None and note.startswith("changed: ")


@pytest.mark.parametrize(
    ("language", "old", "new", "classes"),
    [
        ("es", "Tómelo con comida.", "No lo tome con comida.", ["negation"]),
        ("es", "Dura tres meses.", "Dura seis meses.", ["number"]),
        ("fr", "Il faut le prendre.", "Il ne faut pas le prendre.", ["negation"]),
        ("fr", "C'est utile.", "N'est-ce utile.", ["negation"]),
        ("de", "Nehmen Sie es mit Essen.", "Nehmen Sie es ohne Essen.", ["negation"]),
        ("de", "Es dauert drei Wochen.", "Es dauert sechs Wochen.", ["number"]),
        ("de", "Es dauert drei Wochen.", "Es dauert drei Monate.", ["unit"]),
    ],
)
def test_other_source_languages(language: str, old: str, new: str, classes: list[str]) -> None:
    note = change_note(old, new, language)
    assert note is not None and note.startswith(f"CRITICAL ({', '.join(classes)}) changed: ")


def test_negation_words_are_per_language() -> None:
    """English 'no' is a negation; in German 'no' is just a word (no list entry)."""
    assert change_note("Yes.", "No.", "en") == "CRITICAL (negation) changed: Yes → No"
    assert change_note("Ja.", "No.", "de") == "changed: Ja → No"
