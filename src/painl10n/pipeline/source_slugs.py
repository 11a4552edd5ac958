"""The sources' slugs for ``check``, remembered by each file's status between runs.

``check`` needs every article's slug to tell an orphaned catalog from a live
one, and a slug may come from the article's front matter: reading and parsing
a thousand articles took ~0.12 s of the 1.1 s a cached run takes after one
catalog changed. With the check cache, each source's slug is kept with its
file's size, modification and change times and inode, as git's index keeps a
file's status: a file whose status is the same was not written since. A file
changed less than two seconds before the slugs were kept is not kept (a
later write within the clock's resolution could leave its status the same),
and any settings or code change makes a new key (:attr:`CheckCache.run`).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from ..project import Project
from .check_cache import CheckCache
from .orphans import live_slugs

_RACY_NS = 2_000_000_000  # a file changed this recently is read again next time


def source_slugs(project: Project, store: CheckCache | None) -> set[str] | None:
    """Every article's slug, as :func:`.orphans.live_slugs` gives them (None: no source
    folder), each read from its file only when the cache holds none for its status."""
    if store is None:
        return live_slugs(project)
    kept = store.load_slugs() or {}
    now = time.time_ns()
    fresh: dict[str, tuple[Any, ...]] = {}

    def slug_of(path: Path, ref: str) -> str:
        status = _status(path)
        known = kept.get(ref)
        if status is not None and known is not None and tuple(known[:4]) == status:
            slug = str(known[4])
        else:
            slug = project.article_slug(path, ref)
        if status is not None and status[2] < now - _RACY_NS:
            fresh[ref] = (*status, slug)
        return slug

    live = live_slugs(project, slug_of)
    if live is not None and fresh != kept:
        store.store_slugs(fresh)
    return live


def _status(path: Path) -> tuple[int, int, int, int] | None:
    """(size, modified, changed, inode) of the file a path names, links followed."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)
