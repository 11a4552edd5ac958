"""CRLF catalogs read as GNU gettext reads them (Git for Windows checks files out so).

Differential against msgfmt: each case is read by read_po and compiled by
``msgfmt -c``; both accept it or both reject it, except where the table says
we are stricter (and why), and what msgfmt compiles holds exactly the
translations read_po read. gettext's lexer (po-lex.c) takes a CR outside a
string as a space and keeps one inside a string or a comment.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import polib
import pytest

from painl10n.errors import PoSyntaxError
from painl10n.po import read_po, read_po_file, write_po
from tests.helpers.gettext import gettext_tool, msgcat, run_gettext

HEADER = """\
# Header comment.
#
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
"""
BODY = HEADER.count("\n") + 2  # first line after HEADER and a blank line
# Every kind of line, some in shapes msgcat would not write.
FEATURES = (
    HEADER
    + """\

# Translator comment
#
#. Extracted comment
#: articles/a.md:12 articles/b.md c.md : 3
#, fuzzy, c-format
#| msgctxt "old"
#| msgid "Old %d thing"
msgctxt "ctx"
msgid ""
"A %d thing\\n"
"on two lines"
msgid_plural "Things %d"
msgstr[0] "Une chose %d\\n"
msgstr[1] "Des choses %d\\n"

  # indented comment
msgid "Tab\\tquote\\" octal \\303\\251" " two strings"
msgstr "x"
  "y"

#~ msgid "gone"
#~ msgstr "parti"
"""
)

# (name, text after HEADER and a blank line, the translations msgfmt compiles from it)
ACCEPTED = [
    (
        "CRLF everywhere",
        '# note\r\n#. x\r\n#: a.md:1\r\nmsgid "a"\r\n"b"\r\nmsgstr "c"\r\n"d"\r\n',
        {(None, "ab"): "cd"},
    ),
    (
        "mixed endings",
        'msgid "a"\r\nmsgstr "b"\n\r\nmsgctxt "k"\nmsgid "a"\r\nmsgstr "c"\n',
        {(None, "a"): "b", ("k", "a"): "c"},
    ),
    ("no final line break", 'msgid "a"\r\nmsgstr "b"', {(None, "a"): "b"}),
    ("a CR ending the file", 'msgid "a"\r\nmsgstr "b"\r', {(None, "a"): "b"}),
    ("CR inside a string", 'msgid "a"\r\nmsgstr "b\rc"\r\n', {(None, "a"): "b\rc"}),
    ("CR before the closing quote", 'msgid "a"\r\nmsgstr "b\r"\r\n', {(None, "a"): "b\r"}),
    ("CR in a continuation", 'msgid "a"\r\nmsgstr ""\r\n"b\r"\r\n', {(None, "a"): "b\r"}),
    ("escaped CR", 'msgid "a"\r\nmsgstr "b\\r"\r\n', {(None, "a"): "b\r"}),
    (
        "plural forms",
        'msgid "a"\r\nmsgid_plural "as"\r\nmsgstr[0] "b"\r\nmsgstr[1] "bs"\r\n',
        {(None, "a"): ("b", "bs")},
    ),
    (
        "fuzzy and obsolete",
        '#, fuzzy\r\nmsgid "a"\r\nmsgstr "b"\r\n\r\n#~ msgid "c"\r\n#~ msgstr "d"\r\n',
        {},
    ),
    ("blank line of a CR", 'msgid "a"\r\nmsgstr "b"\r\n\r\n\r\nmsgid "c"\nmsgstr "d"\n', None),
]

# (name, body, line of our error, message part, whether msgfmt -c rejects it too)
REJECTED = [
    ("unterminated", 'msgid "a"\r\nmsgstr "b\r\n', BODY + 1, "unterminated", True),
    ("backslash CR LF in a string", 'msgid "a\\\r\n"\r\nmsgstr ""\r\n', BODY, "backslash", True),
    # gettext reads a lone CR between tokens as a space: this is msgid "a" msgstr "b".
    ("lone CR between tokens", 'msgid "a"\rmsgstr "b"\r\n', BODY, "carriage return", False),
    ("lone CR line endings", 'msgid "a"\rmsgstr "b"\r', BODY, "carriage return", False),
    ("CR after a keyword", 'msgid\r"a"\r\nmsgstr "b"\r\n', BODY, "carriage return", False),
    # gettext keeps it in the comment, which then runs to the line feed and
    # swallows msgid "a" (see test_a_lone_cr_in_a_comment_hides_an_entry_from_gettext).
    ("lone CR in a comment", '# c\rmsgid "a"\rmsgstr "b"\r\n', BODY, "carriage return", False),
    ("CR mid-comment", '#. a\rb\r\nmsgid "a"\r\nmsgstr "b"\r\n', BODY, "carriage return", False),
    # Not a line continuation for gettext with CRLF, but one once the file has LF.
    ("backslash before CRLF", '# C:\\\r\nmsgid "a"\r\nmsgstr ""\r\n', BODY, "backslash", False),
]


def _compiled(text: str, folder: Path) -> dict[tuple[str | None, str], Any]:
    """The translations ``msgfmt -c`` compiles from ``text`` (it must accept it)."""
    source, mo = folder / "in.po", folder / "out.mo"
    source.write_bytes(text.encode())
    done = subprocess.run(
        [gettext_tool("msgfmt"), "-c", "-o", str(mo), str(source)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    return {
        (entry.msgctxt, entry.msgid): _translation(entry)
        for entry in polib.mofile(str(mo))
        if entry.msgid
    }


def _translation(entry: polib.POEntry | polib.MOEntry) -> Any:
    if entry.msgid_plural:
        return tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
    return entry.msgstr


def _read(text: str) -> dict[tuple[str | None, str], Any]:
    """What read_po reads as msgfmt would compile it: translated, not fuzzy or obsolete."""
    return {
        (entry.msgctxt, entry.msgid): _translation(entry)
        for entry in read_po(text, path="t.po")
        if entry.translated() and not entry.obsolete
    }


@pytest.mark.parametrize(
    ("body", "expected"), [case[1:] for case in ACCEPTED], ids=[case[0] for case in ACCEPTED]
)
def test_line_endings_gettext_accepts_read_as_msgfmt_compiles_them(
    body: str, expected: dict[tuple[str | None, str], Any] | None, tmp_path: Path
) -> None:
    text = HEADER + "\n" + body
    compiled = _compiled(text, tmp_path)
    if expected is not None:
        assert compiled == expected
    assert _read(text) == compiled


@pytest.mark.parametrize(
    ("body", "line", "message", "msgfmt_rejects"),
    [case[1:] for case in REJECTED],
    ids=[case[0] for case in REJECTED],
)
def test_stray_carriage_returns_are_rejected(
    body: str, line: int, message: str, msgfmt_rejects: bool
) -> None:
    text = HEADER + "\n" + body
    with pytest.raises(PoSyntaxError, match=message) as raised:
        read_po(text, path="fr.po")
    assert (raised.value.path, raised.value.line) == ("fr.po", line)
    assert "\n" not in str(raised.value)
    done = run_gettext("msgfmt", "-c", "-o", os.devnull, "-", text=text)
    assert (done.returncode != 0) == msgfmt_rejects, done.stderr.decode()


def test_a_lone_cr_in_a_comment_hides_an_entry_from_gettext(tmp_path: Path) -> None:
    """Why a lone CR is an error: gettext and a line-based reader disagree on the entries."""
    text = HEADER + '\n# note\rmsgid "a"\rmsgstr "b"\r\n\nmsgid "c"\nmsgstr "d"\n'
    assert _compiled(text, tmp_path) == {(None, "c"): "d"}
    assert [e.msgid for e in polib.pofile(text)] == ["a", "c"]


@pytest.mark.parametrize("every", [1, 2], ids=["CRLF", "mixed"])
def test_crlf_file_reads_as_its_lf_twin(every: int) -> None:
    """Every field (comments, references, flags, previous strings, line numbers) as with LF."""
    lf_text = FEATURES
    lines = lf_text.split("\n")
    ends = ["\r\n" if i % every == 0 else "\n" for i in range(len(lines) - 1)]
    text = "".join(line + end for line, end in zip(lines, ends, strict=False)) + lines[-1]
    assert "\r\n" in text
    crlf, lf = read_po(text, path="t.po"), read_po(lf_text, path="t.po")
    assert write_po(crlf) == write_po(lf)
    assert [e.linenum for e in crlf] == [e.linenum for e in lf]
    assert run_gettext("msgfmt", "-c", "-o", os.devnull, "-", text=text).returncode == 0


def test_a_kept_cr_is_written_back_escaped_as_msgcat_does() -> None:
    text = HEADER + '\nmsgid "a"\nmsgstr "b\rc"\n'
    assert write_po(read_po(text, path="t.po")) == msgcat(text)
    assert 'msgstr "b\\rc"' in msgcat(text)


def test_read_po_file_reads_a_crlf_file(tmp_path: Path) -> None:
    path = tmp_path / "es.po"
    path.write_bytes((HEADER + '\nmsgid "pain"\nmsgstr "dolor"\n').replace("\n", "\r\n").encode())
    (entry,) = read_po_file(path)
    assert (entry.msgid, entry.msgstr, entry.linenum) == ("pain", "dolor", BODY)
