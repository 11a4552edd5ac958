"""The sources' slugs for ``check``, remembered by each file's status between runs.

``check`` needs every article's slug to tell an orphaned catalog from a live
one, and a slug may come from the article's front matter: reading and parsing
a thousand articles took ~0.12 s of the 1.1 s a cached run takes after one
catalog changed. With the check cache, each source's slug is kept with its
file's status (:mod:`.file_status`), and any settings or code change makes a
new key (:attr:`CheckCache.run`).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ..project import Project
from .check_cache import SOURCE_SLUGS, CheckCache
from .file_status import file_status, settled
from .orphans import live_slugs


def source_slugs(project: Project, store: CheckCache | None) -> set[str] | None:
    """Every article's slug, as :func:`.orphans.live_slugs` gives them (None: no source
    folder), each read from its file only when the cache holds none for its status."""
    if store is None:
        return live_slugs(project)
    kept = store.load_table(SOURCE_SLUGS) or {}
    now = time.time_ns()
    fresh: dict[str, tuple[Any, ...]] = {}

    def slug_of(path: Path, ref: str) -> str:
        status = file_status(path)
        known = kept.get(ref)
        if status is not None and known is not None and tuple(known[:4]) == status:
            slug = str(known[4])
        else:
            slug = project.article_slug(path, ref)
        if status is not None and settled(status, now):
            fresh[ref] = (*status, slug)
        return slug

    live = live_slugs(project, slug_of)
    if live is not None and fresh != kept:
        store.store_table(SOURCE_SLUGS, fresh)
    return live
