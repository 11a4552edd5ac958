"""``front_matter_token`` finds exactly the front matter the full parse finds.

It parses only as far as the first line that could close the front matter;
these tests compare it with parsing the whole text on the edges of that
shortcut: closing lines that do not close, indented markers, YAML's ``...``,
CRLF and CR line ends, no closing line at all.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from painl10n.sources.markdown import front_matter_parser, front_matter_token

LINES = [
    "---",
    "----",
    "--",
    "--- x",
    "---  ",
    "  ---",
    "    ---",
    "\t---",
    "...",
    "... ",
    "....",
    "title: A",
    "slug: b",
    "key: ---",
    "- item",
    "",
    "   ",
    "# Heading",
    "Text --- dash",
    "```",
    "> quote",
]


def _full(text: str) -> Any:
    tokens = front_matter_parser().parse(text)
    if tokens and tokens[0].type == "front_matter":
        return (tokens[0].content, tokens[0].map, tokens[0].markup)
    return None


def _short(text: str) -> Any:
    token = front_matter_token(text)
    return None if token is None else (token.content, token.map, token.markup)


@settings(max_examples=800, deadline=None)
@given(
    first=st.sampled_from(["---", "----", "--- ", "---x", "--", "-", "title: A", ""]),
    lines=st.lists(st.sampled_from(LINES), max_size=10),
    newline=st.sampled_from(["\n", "\n", "\r\n", "\r"]),
    end=st.sampled_from(["\n", ""]),
)
def test_same_front_matter_as_the_full_parse(
    first: str, lines: list[str], newline: str, end: str
) -> None:
    text = newline.join([first, *lines]) + end
    assert _short(text) == _full(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("---\ntitle: A\n---\nBody\n", "title: A"),
        ("---\ntitle: A\n--- no\nmore: b\n---\nBody\n", "title: A\n--- no\nmore: b"),
        ("---\ntitle: A\n...\n---\n", "title: A"),
        ("----\ntitle: A\n---\nx: y\n----\n", "title: A\n---\nx: y"),
        ("---\r\ntitle: A\r\n---\r\nBody\r\n", "title: A"),
        ("---\ntitle: A\n", None),
        ("Body\n---\ntitle: A\n---\n", None),
    ],
)
def test_examples(text: str, content: str | None) -> None:
    token = front_matter_token(text)
    assert (None if token is None else token.content) == content
    assert _short(text) == _full(text)
