"""blank_hidden: the shortcut gives what running every hidden pattern gives."""

from __future__ import annotations

import pytest

from painl10n.text.prose import AUTOLINK, CODE_SPAN, DESTINATION, HTML, URL, blank, blank_hidden

EVERY_PATTERN = [(pattern, " ") for pattern in (CODE_SPAN, AUTOLINK, DESTINATION, HTML, URL)]


@pytest.mark.parametrize(
    "text",
    [
        "Take one tablet a day.",
        "Run `no-cache` first.",
        "See [the leaflet](https://example.org/a.b.html) and <https://x.org/no>.",
        "Read https://example.org/never or www.example.org/not today.",
        "A <b>bold</b> word and [a reference][ref].",
        "",
    ],
)
def test_same_as_every_pattern(text: str) -> None:
    assert blank_hidden(text) == blank(text, EVERY_PATTERN)
    assert len(blank_hidden(text)) == len(text)


def test_plain_text_is_returned_as_is() -> None:
    text = "Do not drive."
    assert blank_hidden(text) is text
