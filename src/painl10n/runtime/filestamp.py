"""What each input file was when it was read, so a step never replaces a newer one.

A translator may save a catalog in Poedit while ``build`` or ``update`` runs.
The step read the old catalog and computed its new one from it; replacing
the file with that would drop the translator's edit without a word. So every
file read through :func:`painl10n.runtime.fileio.read_bounded` is stamped
(device, inode, size, modification time), and staging compares the stamp
before it replaces the file: one ``stat`` per file, no re-reading. A file
modified within :data:`RACY_SECONDS` of its reading could change again
within the clock's granularity without its stamp changing (git's "racy
clean" case); for those the content's digest is kept and compared too.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

RACY_SECONDS = 2.0


@dataclass(frozen=True)
class FileStamp:
    """A file's identity and version as ``stat`` gives them; ``digest`` for racy ones."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    digest: str | None = None

    def same_file(self, other: FileStamp) -> bool:
        return (self.device, self.inode, self.size, self.mtime_ns) == (
            other.device,
            other.inode,
            other.size,
            other.mtime_ns,
        )


def stamp_of(info: os.stat_result, data: bytes | None = None) -> FileStamp:
    """The stamp of a file whose ``stat`` is ``info``; with its ``data`` when recent."""
    racy = data is not None and time.time_ns() - info.st_mtime_ns < RACY_SECONDS * 1e9
    digest = hashlib.sha256(data).hexdigest() if racy and data is not None else None
    return FileStamp(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, digest)


# Files read by this process: absolute path -> stamp at the last reading. Workers
# stamp what they read themselves; the stamp travels with what they stage.
_read: dict[str, FileStamp] = {}


def remember_read(path: Path, stamp: FileStamp) -> None:
    _read[os.path.abspath(path)] = stamp


def stamp_when_read(path: Path) -> FileStamp | None:
    """The stamp of ``path`` when this process last read it, if it did."""
    return _read.get(os.path.abspath(path))


def forget(path: Path) -> None:
    """``path`` was replaced by this process: its old stamp no longer applies."""
    _read.pop(os.path.abspath(path), None)


def forget_all() -> None:
    """A new step starts (the project lock is taken): what earlier steps of this
    process read is no longer what this one works from."""
    _read.clear()


def changed_since(path: Path, stamp: FileStamp) -> bool:
    """Whether the file at ``path`` is no longer the one stamped (or is gone)."""
    try:
        now = stamp_of(os.lstat(path))
    except FileNotFoundError:
        return True
    if not now.same_file(stamp):
        return True
    if stamp.digest is None:
        return False
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest() != stamp.digest
    except OSError:
        return True
