"""The word-count rule: what a translator would count in a source string."""

from __future__ import annotations

import pytest

from painl10n.text.words import count_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("   \n ", 0),
        ("Chronic pain is common.", 4),
        ("Take **one** tablet, *twice* a day.", 6),
        # apostrophes and hyphens inside a word join it; around it they do not
        ("Don't stop long-term therapy", 4),
        ("the patients\u2019 view", 3),
        ("the patient\u2019s view", 3),
        ("post\u2010operative care", 2),
        ("- a list - of words -", 4),
        ("'quoted' words", 2),
        # decimals and thousands are one number; a sentence full stop is not a joiner
        ("Take 0.5 mg, then 1,000 mg.", 6),
        ("Stop.Then go", 3),
        ("a,b", 2),
        # link and image targets are not words, their text is
        ('See [the guide](https://example.org/a-long/path?x=1 "Title here") now', 4),
        ("![pain map](img/pain-map.png)", 2),
        ("Visit <https://example.org/x-y> today", 2),
        ("[ref][label] stays", 3),
        # scripts: combining marks stay in the word, CJK counts per character
        ("الأَلَم المُزمِن شائع", 3),
        ("क्रोनिक दर्द", 2),
        ("慢性疼痛", 4),
        ("痛み is pain", 4),
        ("Ketamin-Infusion über 40 Minuten", 4),
        ("`code span` and_more", 4),
        # raw HTML is markup, not words (a tag is a placeable)
        ('Take <b>two</b> <abbr title="tablets">tabs</abbr><!-- note -->.', 3),
        ("if a < b then", 4),
    ],
)
def test_count_words(text: str, expected: int) -> None:
    assert count_words(text) == expected
