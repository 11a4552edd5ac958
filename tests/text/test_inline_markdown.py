"""The shared inline parse: the grammar of plain projects, and prose read from it as
the numbers check read it with a parser of its own (the oracle below, kept here)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from painl10n.sources.markdown import parser
from painl10n.text.inline_markdown import (
    TEXT_STOPS,
    _AnyFootnote,
    _AnyReference,
    default_reader,
    parse_inline,
    reader,
)
from painl10n.text.quantities import _LABEL, _URL, prose

_CODE = "\0"


# Where the two readings part, on purpose: a bracket group directly followed by "(" or
# "[" ("[a][b](c)", "[z](a[t](u)", "[^1][a]") or after "^" or a backslash ("^[a](b)" is
# an inline footnote, as the site renders it) is read differently when every label
# counts as defined (the oracle: none is).
def _reads_apart(pieces: list[str]) -> bool:
    return any(
        (first.endswith("]") and second[:1] in "([") or (first in "^\\" and second[:1] == "[")
        for first, second in pairwise(pieces)
    )


def _oracle(markdown: str) -> str:
    """What ``prose`` returned when it parsed with CommonMark alone (no footnotes, no
    references, unsafe links left as text)."""
    parts: list[str] = []
    for token in MarkdownIt("commonmark", {"html": True}).parseInline(markdown, {}):
        _collect(token.children or [], parts)
    return _LABEL.sub("", _URL.sub(" ", "".join(parts)))


def _collect(children: Iterable[Token], parts: list[str]) -> None:
    in_autolink = False
    for child in children:
        if child.type in ("link_open", "link_close") and child.markup == "autolink":
            in_autolink = child.type == "link_open"
        elif in_autolink:
            continue
        elif child.type == "text":
            parts.append(child.content)
        elif child.type == "image":
            _collect(child.children or [], parts)
        elif child.type == "code_inline":
            parts.append(_CODE)
        elif child.type in ("softbreak", "hardbreak", "html_inline"):
            parts.append(" ")


def test_the_inline_grammar_is_the_plain_projects_one() -> None:
    ours, theirs = reader(), parser()
    assert ours.inline.ruler.get_active_rules() == theirs.inline.ruler.get_active_rules()
    assert ours.inline.ruler2.get_active_rules() == theirs.inline.ruler2.get_active_rules()
    for option in ("html", "linkify", "typographer", "breaks", "maxNesting"):
        assert ours.options.get(option) == theirs.options.get(option)


def test_a_parse_is_shared() -> None:
    text = "Take *5 mg* [daily](https://example.org/a)."
    assert parse_inline(text) is parse_inline(text)


# Whole constructs rather than loose brackets: bracket soup ("^[^[x][y]") is read
# differently by a grammar with footnotes, and is not what translators write.
_PIECES = st.sampled_from(
    [
        *("a", "5", "10", " ", "mg", "\n", "*", "_", "**", "`", "\\", "&#53;", "&amp;"),
        *("(", ")", "!", "<", ">", "^", "[^1]", "^[note 3 *mg*]", "https://x.org/7"),
        *("<b>", "</b>", "<https://x.org/8>", "[x][y]", "[z]", "![alt 3](p.png)"),
        *("[t](u 9)", '[t](u "t 4")', "![i][r]", "mg/kg", "%", ",", ".", "&", "#"),
        *("[5 mg](https://x.org/5)", "[*2* tablets][dose]", "[label][]"),
    ]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=14).filter(lambda pieces: not _reads_apart(pieces)).map("".join))
@example("[5 mg][dose] and [^2] and ^[note 3 *mg*] and ![4 ml][img]")
@example("See [the leaflet](https://example.org/5) or <https://x.org/6>, `7 mg`.")
def test_prose_reads_as_the_numbers_check_always_read(text: str) -> None:
    assert prose(text) == _oracle(text)


def _shape(tokens: Iterable[Token]) -> list[object]:
    return [
        (
            token.type,
            token.content,
            token.markup,
            token.attrs,
            token.meta,
            _shape(token.children or []),
        )
        for token in tokens
    ]


_STOPS_LEFT = st.sampled_from(
    ["-", ":", "%", "~~", "~", "{", "}", "$", "@", "#", "+", "=", ">", "a  \n", "x\\\n"]
)  # characters markdown-it's default text rule stops at and ours does not, hard breaks


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(
        _PIECES | _STOPS_LEFT | st.sampled_from(["\r\n", "\r", "\0", "\\*", "&lt;"]),
        max_size=14,
    ).map("".join)
)
@example("a\r\nb \\*c\\* &amp; ![x\\_y &#53;](p.png)")
@example("5-10 mg: ~~not~~ {x} $y$ a@b.c <b>1</b> -> **2**  \n3")
def test_the_direct_inline_parse_makes_what_parse_inline_of_markdown_it_makes(text: str) -> None:
    env = {"references": _AnyReference(), "footnotes": {"refs": _AnyFootnote()}}
    blocks = default_reader().parseInline(text, env)  # markdown-it's own text stops
    assert _shape(parse_inline(text).tokens) == _shape(blocks[0].children or [] if blocks else [])


def test_the_text_stops_are_fewer_than_markdown_its() -> None:
    stops = {chr(code) for code in range(128) if TEXT_STOPS.match(chr(code))}
    assert stops == set("\n!&*<[\\]^_`")
    assert reader().inline.terminator_re is TEXT_STOPS
    assert default_reader().inline.terminator_re.match(":")  # the default stops there


def test_an_inline_footnote_with_an_escape_is_read_once() -> None:
    # markdown-it joins a note's escaped text in its own copy of the tokens only: the
    # note was read as "not 10*2 mg*2 mg", with a dose that is not there.
    notes = parse_inline("Take 5 mg^[not 10\\*2 mg] daily").notes
    assert [[(token.type, token.content) for token in note] for note in notes.values()] == [
        [("text", "not 10*2 mg")]
    ]
    assert prose("Take 5 mg^[not 10\\*2 mg] daily") == "Take 5 mg^[not 10*2 mg] daily"
