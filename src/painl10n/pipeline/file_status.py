"""A file's status, as git's index keeps it: the same status, the same bytes.

The check cache remembers what it read of a file (a source's slug, a catalog's
digest) with the file's size, modification and change times and inode; a file
whose status is the same was not written since, so it is not read again. A file
changed less than two seconds before its status was taken is not remembered: a
later write within the clock's resolution could leave the status unchanged.
"""

from __future__ import annotations

import os
from pathlib import Path

FileStatus = tuple[int, int, int, int]  # size, modified (ns), changed (ns), inode

_RACY_NS = 2_000_000_000  # a file changed this recently is read again next time


def file_status(path: Path) -> FileStatus | None:
    """(size, modified, changed, inode) of the file a path names, links followed."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)


def settled(status: FileStatus, now_ns: int) -> bool:
    """Whether what was read of a file with this status may be remembered by it."""
    return status[2] < now_ns - _RACY_NS
