"""read_po: strict like msgfmt, lossless with write_po, normalizing like msgcat.

Malformed catalogs must raise PoSyntaxError at the right line; where the case
is one GNU msgfmt also rejects, the test checks that msgfmt -c does reject it.
Valid catalogs must read into the polib model and write back exactly as
msgcat would print them.
"""

from __future__ import annotations

import os
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from painl10n.errors import Painl10nError, PoSyntaxError
from painl10n.po import read_po, read_po_file, write_po
from painl10n.po.syntax import parse_references
from tests.helpers.gettext import msgcat, run_gettext

HEADER = """\
# Header comment.
#
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
"""
HEADER_LINES = HEADER.count("\n")


# (name, text after HEADER, line of the error counted in the whole file, message part,
#  whether msgfmt -c rejects it too)
BODY = HEADER_LINES + 2  # first line after HEADER and a blank line
MALFORMED = [
    ("unterminated", 'msgid "abc\nmsgstr ""\n', BODY, "unterminated string", True),
    ("unknown escape", 'msgid "a\\qb"\nmsgstr ""\n', BODY, "unknown escape", True),
    ("stray line", 'msgid "a"\nmsgstr ""\nhello\n', BODY + 2, "unexpected text", True),
    ("text after string", 'msgid "a" x\nmsgstr ""\n', BODY, "after string", True),
    ("msgstr without msgid", 'msgstr "x"\n', BODY, "out of place", True),
    ("msgctxt then msgstr", 'msgctxt "c"\nmsgstr "x"\n', BODY + 1, "out of place", True),
    (
        "msgid_plural then msgstr",
        'msgid "a"\nmsgid_plural "as"\nmsgstr "x"\n',
        BODY + 2,
        "out of place",
        True,
    ),
    (
        "plural index gap",
        'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[2] "y"\n',
        BODY + 3,
        r"expected msgstr\[1\]",
        True,
    ),
    (
        "plural starts at 1",
        'msgid "a"\nmsgid_plural "as"\nmsgstr[1] "x"\n',
        BODY + 2,
        r"expected msgstr\[0\]",
        True,
    ),
    (
        "msgstr[0] without msgid_plural",
        'msgid "a"\nmsgstr[0] "x"\n',
        BODY + 1,
        "out of place",
        True,
    ),
    (
        "msgid_plural twice",
        'msgid "a"\nmsgid_plural "b"\nmsgid_plural "c"\nmsgstr[0] ""\n',
        BODY + 2,
        "out of place",
        True,
    ),
    ("keyword without string", 'msgid\nmsgstr ""\n', BODY, "has no string", True),
    (
        "continuation first",
        '# c\n"orphan"\nmsgid "a"\nmsgstr ""\n',
        BODY + 1,
        "without a keyword",
        True,
    ),
    ("comment inside entry", 'msgid "a"\n# note\nmsgstr ""\n', BODY + 1, "inside an entry", True),
    (
        "previous after msgid",
        'msgid "a"\n#| msgid "b"\nmsgstr ""\n',
        BODY + 1,
        "out of place",
        True,
    ),
    (
        "previous plural alone",
        '#| msgid_plural "b"\nmsgid "a"\nmsgstr ""\n',
        BODY,
        "out of place",
        True,
    ),
    ("previous msgstr", '#| msgstr "b"\nmsgid "a"\nmsgstr ""\n', BODY, "#| msgstr", True),
    ("NUL character", 'msgid "a\0"\nmsgstr ""\n', BODY, "NUL", False),
    ("mixed obsolete", '#~ msgid "a"\nmsgstr ""\n', BODY + 1, "obsolete", True),
    ("obsolete continuation", 'msgid "a"\n#~ "b"\nmsgstr ""\n', BODY + 1, "prefix", True),
    ("no msgstr at end", 'msgid "a"\n', BODY, "without msgstr", True),
    (
        "duplicate",
        'msgid "a"\nmsgstr ""\n\nmsgid "a"\nmsgstr "x"\n',
        BODY + 3,
        f"first defined at line {BODY}",
        True,
    ),
    (
        "duplicate obsolete",
        'msgid "a"\nmsgstr ""\n\n#~ msgid "a"\n#~ msgstr "x"\n',
        BODY + 3,
        f"first defined at line {BODY}",
        True,
    ),
    (
        "duplicate context",
        'msgctxt "c"\nmsgid "a"\nmsgstr ""\n\nmsgctxt "c"\nmsgid "a"\nmsgstr ""\n',
        BODY + 5,
        f"first defined at line {BODY + 1}",
        True,
    ),
    ("NUL escape", 'msgid "a\\0"\nmsgstr ""\n', BODY, "NUL", False),
    ("EOT", 'msgid "a\\004"\nmsgstr ""\n', BODY, "context separator", True),
    ("bad UTF-8 escape", 'msgid "a\\303"\nmsgstr ""\n', BODY, "UTF-8", False),
    ("domain", 'domain "x"\n', BODY, "domain", False),
    (
        "empty msgid_plural",
        'msgid "a"\nmsgid_plural ""\nmsgstr[0] ""\nmsgstr[1] ""\n',
        BODY + 1,
        "empty msgid_plural",
        False,
    ),
    ("backslash newline", '# path C:\\\nmsgid "a"\nmsgstr ""\n', BODY, "backslash", False),
    ("Solaris reference", '# File: a.c, line:3\nmsgid "a"\nmsgstr ""\n', BODY, "Solaris", False),
    ("comments at end", 'msgid "a"\nmsgstr ""\n\n# dangling\n', BODY + 3, "end of file", False),
    ("nplurals", 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\n', BODY, "says 2", True),
    ("newline start", 'msgid "\\na"\nmsgstr "x"\n', BODY + 1, "begin with", True),
    (
        "newline end",
        'msgid "a\\n"\nmsgid_plural "as"\nmsgstr[0] "x\\n"\nmsgstr[1] "y"\n',
        BODY,
        "end with",
        True,
    ),
]


@pytest.mark.parametrize(
    ("body", "line", "message", "msgfmt_rejects"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_malformed_catalog_is_rejected(
    body: str, line: int, message: str, msgfmt_rejects: bool
) -> None:
    text = HEADER + "\n" + body
    with pytest.raises(PoSyntaxError, match=message) as raised:
        read_po(text, path="fr.po")
    assert (raised.value.path, raised.value.line) == ("fr.po", line)
    assert str(raised.value).startswith(f"fr.po:{line}: ")
    if msgfmt_rejects:
        assert run_gettext("msgfmt", "-c", "-o", os.devnull, "-", text=text).returncode != 0


HEADER_CASES = [
    ("", "missing header", 1),
    ('msgid "a"\nmsgstr ""\n', "missing header", 1),
    (
        'msgid "a"\nmsgstr ""\n\nmsgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n',
        "missing header",
        1,
    ),
    ('msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n', "ISO-8859-1", 2),
    ('msgid ""\nmsgstr "Language: fr\\n"\n', "charset must be UTF-8", 2),
    ('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8"\n', "end with", 2),
    ('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\nBroken\\n"\n', "Broken", 2),
    ('#: x.md:1\nmsgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n', "header", 2),
    ('#~ msgid ""\n#~ msgstr "Content-Type: text/plain; charset=UTF-8\\n"\n', "missing header", 1),
    ('msgid ""\rmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n', "carriage", 1),
    ('\ufeffmsgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n', "byte order", 1),
]


@pytest.mark.parametrize(("text", "message", "line"), HEADER_CASES)
def test_bad_or_missing_header_is_rejected(text: str, message: str, line: int) -> None:
    with pytest.raises(PoSyntaxError, match=message) as raised:
        read_po(text, path="x.po")
    assert raised.value.line == line


FEATURES = (
    HEADER
    + """\

# Translator comment
#
# after an empty line
#. Extracted comment
#: articles/a.md:12 articles/b.md
#, fuzzy, c-format
#| msgctxt "old"
#| msgid "Old %d thing"
msgctxt ""
msgid ""
"A long %d thing that needs wrapping because it is longer than seventy-nine "
"columns\\n"
"and has two lines"
msgid_plural "Things %d"
msgstr[0] "Une chose %d"
msgstr[1] "Des choses %d"

msgid "Tab\\tquote\\" backslash\\\\ octal \\303\\251 hex \\x41"
msgstr "x"

# obsolete note
#, fuzzy
#~| msgid "older"
#~ msgid "gone"
#~ msgstr "parti"
"""
)


def test_model_matches_polib_conventions() -> None:
    catalog = read_po(FEATURES, path="fr.po")
    assert catalog.header == "Header comment.\n"
    assert catalog.metadata == {
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    assert not catalog.metadata_is_fuzzy
    first, second, gone = catalog
    assert first.tcomment == "Translator comment\n\nafter an empty line"
    assert first.comment == "Extracted comment"
    assert first.occurrences == [("articles/a.md", "12"), ("articles/b.md", "")]
    assert first.flags == ["fuzzy", "c-format"]
    assert (first.previous_msgctxt, first.previous_msgid) == ("old", "Old %d thing")
    assert first.msgctxt == ""
    assert first.msgid.endswith("columns\nand has two lines")
    assert first.msgstr_plural == {0: "Une chose %d", 1: "Des choses %d"}
    assert first.linenum == HEADER_LINES + 11
    assert second.msgid == 'Tab\tquote" backslash\\ octal é hex A'
    assert second.msgctxt is None and second.previous_msgid is None
    assert gone.obsolete and gone.previous_msgid == "older" and gone.msgstr == "parti"
    assert gone.linenum == FEATURES.count("\n") - 1


def test_msgcat_normalized_file_round_trips() -> None:
    normalized = msgcat(FEATURES)
    assert write_po(read_po(normalized, path="fr.po")) == normalized


NOT_NORMALIZED = (
    HEADER
    + """\

  # leading spaces are allowed
#, fuzzy c-format
# comments in any order
#: a.md : 12 b.md: 13 c.md :14 ./d.md:015 e.md:x f.md:
#. extracted
msgid "split" " on one line"

msgstr "x"
  "y"

#!fuzzy
#~msgid "no space after the obsolete mark"
#~msgstr "z"

#, range: 2..3, no-such-flag, impossible-c-format
msgid "flags msgcat drops"
msgstr ""
"a"
"""
)


@pytest.mark.parametrize("width", [79, 40, 0])
def test_reading_normalizes_like_msgcat(width: int) -> None:
    """Valid but unusual input: read_po + write_po == msgcat."""
    catalog = read_po(NOT_NORMALIZED, path="odd.po")
    assert write_po(catalog, width=width) == msgcat(NOT_NORMALIZED, width)


def test_references_parse_like_gettext() -> None:
    text = "a.md : 12 b.md: 13 c.md :14 d.md:015 e.md:x f.md: g:h:3 :5 h.md :6x"
    assert parse_references(text) == [
        ("a.md", "12"),
        ("b.md", "13"),
        ("c.md", "14"),
        ("d.md", "15"),
        ("e.md:x", ""),
        ("f.md:", ""),
        ("g:h:3", "5"),
        ("h.md", ""),
        (":6x", ""),
    ]


def test_read_po_file_reports_bad_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "de.po"
    path.write_bytes(HEADER.encode() + b'\nmsgid "a"\nmsgstr "\xff"\n')
    with pytest.raises(Painl10nError, match="UTF-8") as raised:
        read_po_file(path)
    assert (raised.value.path, raised.value.line) == (str(path), HEADER_LINES + 3)


def test_read_po_file_reads_utf8(tmp_path: Path) -> None:
    path = tmp_path / "ar.po"
    path.write_text(HEADER + '\nmsgid "pain"\nmsgstr "ألم"\n', encoding="utf-8")
    catalog = read_po_file(path)
    assert isinstance(catalog, polib.POFile)
    assert catalog[0].msgstr == "ألم"
    assert catalog.fpath == str(path)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tokens=st.lists(st.from_regex(r"[a:1./]{1,5}", fullmatch=True), min_size=1, max_size=6),
    separators=st.lists(st.sampled_from([" ", "  ", "\t", " \t "]), min_size=6, max_size=6),
)
def test_reference_lines_read_like_gettext(tokens: list[str], separators: list[str]) -> None:
    """Odd #: lines (colons, digits, spacing) mean the same to read_po and msgcat.

    msgcat strips leading ./ only when printing, so paths that differ by it
    merge on its second pass; write_po merges them at once (a fixed point).
    """
    line = "#:" + "".join(sep + token for sep, token in zip(separators, tokens, strict=False))
    text = f'{HEADER}\n{line}\nmsgid "a"\nmsgstr ""\n'
    try:
        catalog = read_po(text, path="refs.po")
    except PoSyntaxError as error:
        assert "split or merge" in error.message
        return
    assert write_po(catalog) == msgcat(msgcat(text))


def test_lone_empty_comment_is_accepted_like_gettext_does() -> None:
    """polib writes a bare '#' above the header; gettext reads it as an empty comment."""
    catalog = read_po("#\n" + HEADER + '\n#\nmsgid "a"\nmsgstr "b"\n', path="fr.po")
    assert [(e.msgid, e.msgstr, e.tcomment) for e in catalog] == [("a", "b", "")]
    assert run_gettext("msgfmt", "-c", "-o", os.devnull, "-", text="#\n" + HEADER).returncode == 0
