"""blank_hidden: the shortcut gives what running every hidden pattern gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from painl10n.checks import markup
from painl10n.sources.markdown import parser
from painl10n.text.inline_markdown import parse_inline, reader
from painl10n.text.prose import (
    AUTOLINK,
    CODE_SPAN,
    DESTINATION,
    HTML,
    INLINE_RULES,
    INLINE_SYNTAX,
    URL,
    blank,
    blank_hidden,
)

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
    assert blank_hidden(text) == text


# --- INLINE_SYNTAX: a text without it is one text token, so readers skip the parse ---

# Every other character markdown-it's text rule stops at, then hands back as text,
# beside letters, digits, spaces and other scripts.
_NO_SYNTAX = st.text(
    alphabet=st.sampled_from(list("#$%+-:=>@^{}~|.,;'\"()/?aZé5٣ \t\u00a0\u202fµ½²")),
    max_size=40,
)


def test_the_parsers_have_only_the_inline_rules_the_pattern_knows() -> None:
    for markdown in (parser(), reader()):
        assert set(markdown.inline.ruler.get_active_rules()) <= INLINE_RULES
        assert not markdown.options.get("linkify") and not markdown.options.get("typographer")


@settings(max_examples=400, deadline=None)
@given(text=_NO_SYNTAX)
def test_a_text_without_inline_syntax_reads_as_the_parser_reads_it(text: str) -> None:
    assert INLINE_SYNTAX.search(text) is None
    for markdown in (parser(), reader()):
        tokens = markdown.parseInline(text, {})[0].children or []
        assert [token.content for token in tokens if token.type == "text"] == (
            [text] if text else []
        )
        assert [token.type for token in tokens] in ([], ["text"])
    shared = parse_inline(text)
    assert [(token.type, token.content) for token in shared.tokens] == [
        (token.type, token.content) for token in reader().parseInline(text, {})[0].children or []
    ]
    assert markup._elements(text) == ()


@pytest.mark.parametrize("text", ["5 *mg*", "a\\*", "&#53; mg", "[5](x)", "`5`", "a\nb", "<b>"])
def test_each_syntax_character_takes_the_parse(text: str) -> None:
    assert INLINE_SYNTAX.search(text) is not None
