"""The sources' slugs for ``check``, remembered by each file's status between runs.

``check`` needs every article's slug to tell an orphaned catalog from a live
one, and a slug may come from the article's front matter: reading and parsing
a thousand articles took ~0.12 s of the 1.1 s a cached run takes after one
catalog changed. With the check cache, each source's slug is kept with its
file's status (:mod:`.file_status`), and any settings or code change makes a
new key (:attr:`CheckCache.run`).
"""

from __future__ import annotations

from pathlib import Path

from ..project import Project
from .check_cache import SOURCE_SLUGS, CheckCache
from .file_status import StatusTable, file_status
from .orphans import live_slugs


def source_slugs(project: Project, store: CheckCache | None) -> set[str] | None:
    """Every article's slug, as :func:`.orphans.live_slugs` gives them (None: no source
    folder), each read from its file only when the cache holds none for its status."""
    if store is None:
        return live_slugs(project)
    slugs = StatusTable(store, SOURCE_SLUGS)

    def slug_of(path: Path, ref: str) -> str:
        status = file_status(path)
        slug = slugs.recall(ref, status)
        if slug is None:
            slug = project.article_slug(path, ref)
        slugs.remember(ref, status, slug)
        return slug

    live = live_slugs(project, slug_of)
    if live is not None:
        slugs.keep()
    return live
