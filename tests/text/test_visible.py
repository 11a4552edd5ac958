"""Hidden characters: found, and shown as escapes where they would act unseen."""

from __future__ import annotations

import json

import pytest

from painl10n.text.visible import added_hidden, describe, is_hidden, json_visible, visible


@pytest.mark.parametrize(
    "char",
    [
        *("\u202e", "\u202d", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c", "\u200b"),
        *("\ufeff", "\x1b", "\x07", "\x7f", "\x85", "\x9b", "\ufffe"),
    ],
)
def test_controls_and_format_characters_are_hidden(char: str) -> None:
    assert is_hidden(char)
    assert char not in visible(f"a{char}b")
    assert json.loads(json_visible(json.dumps(f"a{char}b", ensure_ascii=False))) == f"a{char}b"


@pytest.mark.parametrize(
    "char", ["\n", "\t", "\u200c", "\u200d", "\u00ad", "\u00a0", "\u202f", "ل", "é", "\u0663", " "]
)
def test_layout_joiners_and_letters_are_not(char: str) -> None:
    """The near misses: line layout, shaping joiners, no-break spaces and letters."""
    assert not is_hidden(char)
    assert visible(f"a{char}b") == f"a{char}b"


def test_a_reversed_dose_is_shown_as_written() -> None:
    assert visible("Tome \u202e01\u202c mg") == "Tome \\u202e01\\u202c mg"
    assert visible("\x1b]0;pwned\x07") == "\\x1b]0;pwned\\x07"
    assert describe("\u202e") == "U+202E RIGHT-TO-LEFT OVERRIDE"


def test_only_what_the_translation_adds_counts() -> None:
    assert list(added_hidden("Take \u200f10 mg", "Tome \u200f10 mg")) == []
    assert list(added_hidden("Take 10 mg", "Tome \u200f1\u200f0 mg")) == [("\u200f", 5)]
    assert list(added_hidden("a\u200fb", "\u200fa\u200fb")) == [("\u200f", 0)]
