"""Atomic, change-aware file writes: a crash never leaves a half-written file."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import Painl10nError
from .staging import stage

# Enough lines to judge a file's line endings by, without reading a large one whole.
_LINE_ENDING_SAMPLE = 65_536


def write_if_changed(path: Path, data: str | bytes) -> bool:
    """Write ``data`` to ``path`` unless it already holds exactly that.

    Returns True when the file was (re)written. The new content goes to a
    temporary file in the same folder first and replaces the old one with
    ``os.replace``, so readers see either the old or the new file, never a mix.
    """
    staged = stage(path, data, fsync=True)
    if staged is None:
        return False
    try:
        os.replace(staged.temporary, path)
    except BaseException:
        staged.temporary.unlink(missing_ok=True)
        raise
    return True


def read_text_strict(path: Path, shown: str) -> str:
    """Read UTF-8 text, naming the line of the first undecodable byte."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise Painl10nError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x})",
            path=shown,
            line=line,
            hint="save the file as UTF-8",
        ) from exc
    return text.removeprefix("\ufeff")


def line_ending_of(path: Path) -> str:
    """The line ending to write ``path`` back with: CRLF when most lines of its first
    64 KiB end so (Git for Windows' checkout), else LF, as for a file not there yet.
    A rewritten file keeps its endings, so a Windows checkout does not see every
    line changed; a mixed one gets its majority's.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(_LINE_ENDING_SAMPLE)
    except OSError:  # none yet, or unreadable: the write that follows says why
        return "\n"
    return majority_line_ending(head.decode("latin-1"))


def majority_line_ending(text: str) -> str:
    """CRLF when most lines of ``text`` end so, else LF (ties and no line break too)."""
    return "\r\n" if 2 * text.count("\r\n") > text.count("\n") else "\n"


def in_line_endings_of(path: Path, text: str) -> str:
    """``text``, written with LF line endings and no other CR, in the endings of the
    file at ``path`` now (see :func:`line_ending_of`)."""
    return text.replace("\n", "\r\n") if line_ending_of(path) == "\r\n" else text
