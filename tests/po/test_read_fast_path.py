"""The PO reader's fast paths read exactly what its general path reads.

``read.py`` reads whole entries in msgcat's shape with one pattern, and
plain lines (``msgid "text"``, ``"text"``) through a short path, for speed.
These tests read the same text with the short paths switched off and demand
the same catalog, or the same error at the same line.
"""

from __future__ import annotations

import re
from typing import Any

import polib
import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from painl10n.errors import PoSyntaxError
from painl10n.languages import PSEUDO_LOCALES
from painl10n.po import read as read_module
from painl10n.po import read_po
from tests.helpers import REPO

ROOT = REPO
NEVER = re.compile(r"(?!)")

HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
)
# Lines that sit on either side of the fast paths' edges.
LINES = [
    "",
    "   ",
    "# a comment",
    "#. extracted",
    "#: source/a.md:3",
    "#, fuzzy",
    '#| msgid "old"',
    '#| "old continued"',
    '#~ msgid "gone"',
    '#~ msgstr "weg"',
    '#~ "continued"',
    'msgctxt "ctx"',
    'msgid "text"',
    'msgid ""',
    'msgid "a \\"quoted\\" word"',
    'msgid "tab\\there"',
    'msgid_plural "texts"',
    'msgstr "Text"',
    'msgstr ""',
    'msgstr[0] "eins"',
    'msgstr[1] "zwei"',
    'msgstr[00] "null"',
    'msgstr[2] "drei"',
    '"plain continuation"',
    '"with \\n newline escape"',
    '"octal \\303\\251"',
    '"bad \\q escape"',
    '""',
    '"two" "strings"',
    '  "indented"',
    '"trailing space" ',
    '"unterminated',
    '"ends in backslash\\',
    'msgid  "two spaces"',
    'msgid\t"tab"',
    'msgid "x"y',
    'domain "d"',
    "msgid",
    '"\\x41"',
    # Carriage returns: a CRLF line ending, kept inside a string, stray elsewhere.
    'msgstr "CRLF"\r',
    "# comment CRLF\r",
    'msgid "CR\rinside"',
    '"CR before the quote\r"',
    '"lone" \r "CR"',
    "# lone\rCR",
]


def _outcome(text: str) -> Any:
    try:
        catalog = read_po(text, path="t.po")
    except PoSyntaxError as error:
        return ("error", str(error))
    return ("ok", catalog.metadata, [_entry(entry) for entry in catalog])


def _entry(entry: polib.POEntry) -> dict[str, Any]:
    """Every attribute, as polib's constructor and the readers set them."""
    fields = dict(vars(entry))
    fields["msgstr_plural"] = sorted(entry.msgstr_plural.items())
    return fields


def _general_outcome(text: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as patched:
        patched.setattr(read_module, "_PLAIN_LINE", NEVER)
        patched.setattr(read_module, "_PLAIN_STRING", NEVER)
        patched.setattr(read_module, "_BULK_ENTRY", NEVER)
        return _outcome(text)


def test_switching_the_fast_paths_off_is_seen() -> None:
    """The patch really disables them: the general path is slower, not the same code."""
    assert NEVER.fullmatch('msgid "x"') is None
    assert read_module._PLAIN_LINE.fullmatch('msgid "x"') is not None
    assert read_module._PLAIN_STRING.fullmatch('"x"') is not None
    assert read_module._BULK_ENTRY.fullmatch('#: a.md:1\nmsgid "x"\nmsgstr "y"\n') is not None


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["LF", "CRLF"])
def test_shipped_catalogs_take_the_bulk_path(monkeypatch: pytest.MonkeyPatch, newline: str) -> None:
    """Only the header goes line by line in the catalogs we write (with either ending)."""
    fed: list[int] = []
    general = read_module._Reader.read_lines

    def counting(self: Any, lines: list[str], first: int) -> None:
        fed.append(len(lines))
        general(self, lines, first)

    monkeypatch.setattr(read_module._Reader, "read_lines", counting)
    # The shipped catalogs only: the pseudo-locales that `make build` generates
    # are not ours to keep in the bulk shape (their text has escapes).
    paths = sorted(
        path
        for path in (ROOT / "locales").glob("*/LC_MESSAGES/*.po")
        if path.parent.parent.name not in PSEUDO_LOCALES
    )
    assert len(paths) == 8
    for path in paths:
        fed.clear()
        text = path.read_text("utf-8").replace("\n", newline)
        catalog = read_po(text, path=path.name)
        assert len(catalog) > 10
        assert len(fed) == 1 and fed[0] < 30, path  # the header block alone


def test_shipped_catalogs_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted((ROOT / "locales").glob("*/LC_MESSAGES/*.po*"))
    assert len(paths) >= 10
    for path in paths:
        text = path.read_text("utf-8")
        fast = _outcome(text)
        assert fast[0] == "ok", (path, fast)
        assert fast == _general_outcome(text, monkeypatch), path


@settings(
    max_examples=600,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(lines=st.lists(st.sampled_from(LINES), max_size=14))
def test_random_line_soups_read_the_same(lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    text = HEADER + "\n" + "\n".join(lines) + "\n"
    assert _outcome(text) == _general_outcome(text, monkeypatch)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('msgid "a"\n"b"\nmsgstr "c"\n"d"\n', ("ab", "cd")),
        ('msgid "a"\n"\\"b\\""\nmsgstr "c"\n"\\td"\n', ('a"b"', "c\td")),  # general path
        ('msgid "a"\nmsgstr "c"\n"\\303\\251"\n', ("a", "cé")),
    ],
)
def test_continuations_join(body: str, expected: tuple[str, str]) -> None:
    entry = read_po(HEADER + "\n" + body, path="t.po")[0]
    assert (entry.msgid, entry.msgstr) == expected


STRINGS = ['"plain"', '"with \\"quote\\""', '"tab\\t"', '""', '"\\303\\251"', '"é ü"', '"x\\\\"']


@st.composite
def entries(draw: st.DrawFn) -> str:
    """Mostly valid entries, in the shapes msgcat writes and some it does not."""
    lines = draw(st.lists(st.sampled_from(["# c", "#. e", "#: a.md:1", "#, fuzzy"]), max_size=3))
    prefix = draw(st.sampled_from(["", "", "#~ "]))
    keywords = ["msgid", "msgstr"]
    if draw(st.booleans()):
        keywords.insert(0, "msgctxt")
    for keyword in keywords:
        first = draw(st.sampled_from(STRINGS))
        lines.append(f"{prefix}{keyword} {first}")
        for extra in draw(st.lists(st.sampled_from(STRINGS), max_size=3)):
            lines.append(prefix + extra)
    return "\n".join(lines)


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(parts=st.lists(entries(), max_size=6))
def test_random_catalogs_read_the_same(parts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    text = HEADER + "".join("\n" + part + "\n" for part in parts)
    assert _outcome(text) == _general_outcome(text, monkeypatch)


BULK_COMMENTS = [
    "#",
    "# translator",
    "#  two spaces",
    "#. extracted",
    "#.no space",
    "#: source/a.md:3",
    "#: a.md:1 b.md:2",
    "#: ./a.md:1 a.md:1",
    "#: a.md:",
    "#: has space.md:1",
    "#, fuzzy",
    "#, c-format, no-wrap",
    "#,fuzzy",
    "# File: a.c, line: 3",
    "# ends in backslash\\",
    '#~ msgid "old"',
    '#| msgid "old"',
]
BULK_STRINGS = ['"plain"', '""', '"é ü"', '"a\x04b"', '"two" ', '"x\\ty"']
# Previous strings as msgmerge writes them, and a few steps off that shape.
BULK_PREVIOUS = [
    ['#| msgid "old"'],
    ['#| msgid ""', '#| "old "', '#| "text"'],
    ['#| msgctxt "ctx"', '#| msgid "old"'],
    ['#| msgctxt ""', '#| "c"', '#| msgid "old"', '#| ""'],
    ['#| msgctxt "ctx"'],
    ['#| msgid "old"', '#| msgctxt "ctx"'],
    ['#| msgid "old"', '#| msgid_plural "olds"'],
    ['#| msgid "old"', '"not previous"'],
    ['#| msgid "old"', '#|"no space"'],
    ['#|  msgid "two spaces"'],
    ['#| msgid "a\\"b"'],
    ['#| msgid "a\x04b"'],
    ['#| "orphan"'],
    ['#| msgid "old"', "# late comment"],
]


@st.composite
def bulk_entries(draw: st.DrawFn) -> str:
    """Entries in msgcat's shape, now and then one step off it (an edge of the bulk path)."""
    lines = draw(st.lists(st.sampled_from(BULK_COMMENTS), max_size=4))
    if draw(st.integers(0, 2)) == 0:
        shape = draw(st.integers(0, len(BULK_PREVIOUS) - 1))
        lines += BULK_PREVIOUS[shape if draw(st.integers(0, 2)) else shape % 4]
    keywords = ["msgid", "msgstr"]
    if draw(st.booleans()):
        keywords.insert(0, "msgctxt")
    for keyword in keywords:
        pick = (
            st.sampled_from(BULK_STRINGS[:3])
            if draw(st.integers(0, 5))
            else st.sampled_from(BULK_STRINGS)
        )
        first = draw(pick)
        if keyword == "msgid" and draw(st.integers(0, 3)):  # mostly distinct entries
            first = f'"id {draw(st.integers(0, 40))}"'
        lines.append(f"{keyword} {first}")
        lines += draw(st.lists(pick, max_size=2))
    return "\n".join(lines)


@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    parts=st.lists(bulk_entries(), max_size=6),
    joiner=st.sampled_from(["\n\n", "\n\n", "\n\n", "\n", "\n\n\n", "\n \n"]),
    ending=st.sampled_from(["\n", "\n", "", "\n\n"]),
)
def test_msgcat_shaped_catalogs_read_the_same(
    parts: list[str], joiner: str, ending: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = HEADER + "\n" + joiner.join(parts) + ending
    assert _outcome(text) == _general_outcome(text, monkeypatch)


def test_msgcat_shaped_catalogs_reach_the_bulk_path() -> None:
    """The generator above must produce catalogs the bulk path reads whole."""

    def bulk(parts: list[str]) -> bool:
        text = HEADER + "\n" + "\n\n".join(parts) + "\n"
        return read_module._read_in_bulk("t.po", text) is not None

    assert len(find(st.lists(bulk_entries(), min_size=3), bulk)) >= 3

    def bulk_with_previous(parts: list[str]) -> bool:
        text = HEADER + "\n" + "\n\n".join(parts) + "\n"
        read = read_module._read_in_bulk("t.po", text)
        return read is not None and sum(e.previous_msgctxt is not None for e in read) >= 2

    assert len(find(st.lists(bulk_entries(), min_size=3), bulk_with_previous)) >= 3


def test_random_catalogs_reach_readable_catalogs() -> None:
    """The generator above must reach the ok path with several entries, not only errors."""

    def readable(parts: list[str]) -> bool:
        found = _outcome(HEADER + "".join("\n" + part + "\n" for part in parts))
        return found[0] == "ok" and len(found[2]) >= 3

    assert len(find(st.lists(entries(), min_size=3), readable)) >= 3
