"""``painl10n clean``: remove the orphans, the catalogs whose article is gone.

Only what painl10n writes for a slug no article has (:mod:`painl10n.pipeline.orphans`):
its template, its catalog and ``.mo`` in each of the project's languages and
pseudo-locales. A renamed article's catalogs are orphans only until ``update``
or ``painl10n mv`` gives them to it, so ``--dry-run`` lists first.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..project import Project
from ..runtime.lock import locked
from ..runtime.staging import FileChanges
from .orphans import check_owned_folders, find_orphans


@dataclass
class CleanResult:
    """The orphaned slugs, and their files removed (or, on a dry run, to remove)."""

    slugs: list[str]
    files: FileChanges
    dry_run: bool = False


@locked
def clean_orphans(project: Project, *, dry_run: bool = False) -> CleanResult:
    """Remove every orphaned template, catalog and ``.mo`` file (none with ``dry_run``)."""
    check_owned_folders(project)
    orphans = find_orphans(project)
    files = FileChanges()
    for orphan in orphans:
        for path in orphan.paths:
            if not dry_run:
                path.unlink(missing_ok=True)
            files.removed.append(project.shown(path))
    return CleanResult([orphan.slug for orphan in orphans], files, dry_run)
