"""A file's status, as git's index keeps it: the same status, the same bytes.

The check cache remembers what it read of a file (a source's slug, a catalog's
digest) with the file's size, modification and change times and inode; a file
whose status is the same was not written since, so it is not read again. A file
changed less than two seconds before its status was taken is not remembered: a
later write within the clock's resolution could leave the status unchanged.
:class:`StatusTable` keeps such a table in the check cache between runs.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from .check_cache import CheckCache

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


class StatusTable:
    """What a run read of files, by their status: one of the check cache's tables (its
    name: ``table``), read at the start of a run and kept for the next by :meth:`keep`."""

    def __init__(self, store: CheckCache, table: str) -> None:
        self.store, self.table = store, table
        self.kept = store.load_table(table) or {}
        self.fresh: dict[str, tuple[Any, ...]] = {}
        self.now = time.time_ns()

    def recall(self, name: str, status: FileStatus | None) -> str | None:
        """What was read of the file ``name`` when it had this status (None: nothing)."""
        known = self.kept.get(name)
        if status is None or known is None or tuple(known[:4]) != status:
            return None
        return str(known[4])

    def remember(self, name: str, status: FileStatus | None, value: str) -> None:
        """Keep ``value`` for the next run, if the file's status can vouch for it."""
        if status is not None and settled(status, self.now):
            self.fresh[name] = (*status, value)

    def keep(self) -> None:
        """Write the table for the next run, if it changed."""
        if self.fresh != self.kept:
            self.store.store_table(self.table, self.fresh)
