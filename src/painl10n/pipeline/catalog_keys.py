"""The check cache's catalog keys, with each catalog's bytes read only when it changed.

A catalog's facts are kept under a key made of its bytes (:meth:`CheckCache.key`):
a cached run after one catalog changed read all 4,000 catalogs of a
1,000-article project to make their keys, ~0.15 s of its 0.84 s. The digest of
a catalog's bytes is now remembered by its file's status (:mod:`.file_status`,
as the sources' slugs are): a catalog whose status is the same is not read.
Before its facts are kept, a catalog examined is read again all the same
(``check._keep``): a translator may save it while the run examines it.
"""

from __future__ import annotations

from ..project import Project
from ..runtime.cachedir import digest
from .check_cache import CATALOG_DIGESTS, CheckCache
from .file_status import StatusTable, file_status


class CatalogKeys:
    """The keys of a run's catalogs; :meth:`keep` remembers their digests for the next."""

    def __init__(self, project: Project, store: CheckCache) -> None:
        self.project, self.store = project, store
        self.digests = StatusTable(store, CATALOG_DIGESTS)

    def key(self, language: str, slug: str, shown: str) -> str | None:
        """The cache key of a catalog as it is now; None when it cannot be read."""
        path = self.project.catalog_path(language, slug)
        status = file_status(path)
        data_digest = self.digests.recall(shown, status)
        if data_digest is None:
            try:
                data = path.read_bytes()
            except OSError:  # missing, or not a file: examined, never cached
                return None
            data_digest = digest(data)
            if file_status(path) != status:  # written while read: not remembered
                status = None
        self.digests.remember(shown, status, data_digest)
        return self.store.key_of_digest(language, shown, data_digest)

    def keep(self) -> None:
        """Remember the digests for the next run, if they changed."""
        self.digests.keep()
