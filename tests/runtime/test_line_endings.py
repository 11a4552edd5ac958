"""A rewritten file keeps its line endings: CRLF stays CRLF, LF and new files get LF."""

from __future__ import annotations

from pathlib import Path

import pytest

from painl10n.runtime.fileio import in_line_endings_of, line_ending_of, majority_line_ending


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb\r\n", "\r\n"),
        ("a\nb\n", "\n"),
        ("a\r\nb\r\nc\n", "\r\n"),  # mixed: the majority's
        ("a\r\nb\nc\n", "\n"),
        ("a\r\nb\n", "\n"),  # a tie: LF, what .gitattributes asks for
        ("no line break", "\n"),
        ("", "\n"),
    ],
)
def test_majority_line_ending(text: str, expected: str) -> None:
    assert majority_line_ending(text) == expected


def test_a_file_keeps_its_line_endings(tmp_path: Path) -> None:
    crlf, lf, new = tmp_path / "crlf.po", tmp_path / "lf.po", tmp_path / "new.po"
    crlf.write_bytes(b"a\r\nb\r\n")
    lf.write_bytes(b"a\nb\n")
    assert line_ending_of(crlf) == "\r\n"
    assert line_ending_of(lf) == line_ending_of(new) == "\n"
    assert in_line_endings_of(crlf, "x\ny\n") == "x\r\ny\r\n"
    assert in_line_endings_of(lf, "x\ny\n") == in_line_endings_of(new, "x\ny\n") == "x\ny\n"
    assert line_ending_of(tmp_path) == "\n"  # a folder: the write that follows says why


def test_only_the_head_of_a_large_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "large.po"
    path.write_bytes(b"a\r\n" * 30_000 + b"b\n" * 200_000)  # CRLF for its first 64 KiB
    assert line_ending_of(path) == "\r\n"
