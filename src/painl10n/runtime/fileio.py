"""Atomic, change-aware file writes and bounded reads.

A crash never leaves a half-written file; a read never takes more than its
bound, however big the file (``/dev/zero``, a FIFO, a 22 GB upload).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import Painl10nError
from .filestamp import remember_read, stamp_of
from .staging import replace_now, stage

# The default bound of an input file: a catalog of 100,000 entries is about
# 15 MB. Readers of smaller things (settings, articles) pass their own.
MAX_INPUT_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024

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
    replace_now(staged)
    return True


def read_bounded(path: Path, shown: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``path``, refused when there are more than ``limit``.

    Reads at most ``limit + 1`` bytes, so an endless file (``/dev/zero``, a pipe)
    costs no more than a big one. A regular file is stamped for
    :mod:`painl10n.runtime.filestamp`: a step will not replace it if it changes.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except IsADirectoryError:
        raise Painl10nError("is a folder, not a file", path=shown) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise Painl10nError("is a folder, not a file", path=shown)
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise _too_big(shown, info.st_size, limit)
        chunks: list[bytes] = []
        size = 0
        while size <= limit and (chunk := os.read(fd, min(_CHUNK, limit + 1 - size))):
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise _too_big(shown, None, limit)
        data = b"".join(chunks)
        if stat.S_ISREG(info.st_mode):
            remember_read(path, stamp_of(info, data))
        return data
    finally:
        os.close(fd)


def _too_big(shown: str, size: int | None, limit: int) -> Painl10nError:
    told = f"{_mb(size)}, " if size is not None else ""
    return Painl10nError(
        f"file too big: {told}more than the {_mb(limit)} limit",
        path=shown,
        hint="is it the right file? split it, or point painl10n at a regular file",
    )


def _mb(size: int) -> str:
    if size < 1048576:
        return f"{size:,} bytes"
    return f"{size / 1048576:.1f} MB" if size % 1048576 else f"{size // 1048576} MB"


def read_text_strict(path: Path, shown: str, limit: int = MAX_INPUT_BYTES) -> str:
    """Read UTF-8 text (at most ``limit`` bytes), naming the line of the first undecodable byte."""
    data = read_bounded(path, shown, limit)
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


def read_text_lf(path: Path, shown: str, limit: int = MAX_INPUT_BYTES) -> str:
    """:func:`read_text_strict` with CRLF and CR read as LF (as ``Path.read_text`` does)."""
    return read_text_strict(path, shown, limit).replace("\r\n", "\n").replace("\r", "\n")


def read_head(path: Path, size: int) -> bytes | None:
    """The first ``size`` bytes of a plain file; None for anything else or an error.

    Opened without following a link and without blocking (a FIFO is no file).
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return os.read(fd, size)
    except OSError:
        return None
    finally:
        os.close(fd)


def head_mentions(path: Path, *marks: str, within: int = 8192) -> bool:
    """Whether the first ``within`` bytes of ``path`` contain one of ``marks``.

    How a step recognises a file it generated (a template's or a pseudo-catalog's
    header) before it removes it; a file that cannot be read is not ours.
    """
    head = read_head(path, within)
    return head is not None and any(mark.encode("utf-8") in head for mark in marks)


def line_ending_of(path: Path) -> str:
    """The line ending to write ``path`` back with: CRLF when most lines of its first
    64 KiB end so (Git for Windows' checkout), else LF, as for a file not there yet.
    A rewritten file keeps its endings, so a Windows checkout does not see every
    line changed; a mixed one gets its majority's.
    """
    head = read_head(path, _LINE_ENDING_SAMPLE)  # no link followed, no FIFO waited on
    if head is None:  # none yet, or not a plain file: the write that follows says why
        return "\n"
    return majority_line_ending(head.decode("latin-1"))


def majority_line_ending(text: str) -> str:
    """CRLF when most lines of ``text`` end so, else LF (ties and no line break too)."""
    return "\r\n" if 2 * text.count("\r\n") > text.count("\n") else "\n"


def in_line_endings_of(path: Path, text: str) -> str:
    """``text``, written with LF line endings and no other CR, in the endings of the
    file at ``path`` now (see :func:`line_ending_of`)."""
    return text.replace("\n", "\r\n") if line_ending_of(path) == "\r\n" else text
