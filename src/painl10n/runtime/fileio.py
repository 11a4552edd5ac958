"""Atomic, change-aware file writes: a crash never leaves a half-written file."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import Painl10nError
from .staging import stage


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
