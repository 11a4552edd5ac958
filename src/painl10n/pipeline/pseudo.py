"""``painl10n pseudo``: extract, then write every pseudo-locale catalog.

The catalogs themselves are made by :mod:`painl10n.catalogs.pseudo`; this step
runs extract and update for the pseudo-locales and removes those of gone articles
(only catalogs its header says painl10n pseudo-translated, in a folder that is
not a symbolic link).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..catalogs.pseudo import pseudo_languages
from ..project import Project
from ..runtime.confine import refuse_links
from ..runtime.fileio import head_mentions
from ..runtime.lock import locked
from .extract import extract
from .update import UpdateResult, update

PSEUDO_MARK = "painl10n pseudo"  # in the header comment and Last-Translator of each


@locked
def write_pseudo_catalogs(project: Project, languages: Sequence[str] | None = None) -> UpdateResult:
    """Extract, then write every pseudo-locale catalog; remove those of gone articles."""
    chosen = pseudo_languages(languages)
    slugs = [article.slug for article in extract(project).articles]
    result = update(project, chosen, slugs=slugs)
    for language in chosen:
        refuse_links(project.catalogs_dir(language), "remove pseudo-locale catalogs")
        for path in project.catalog_files(language):
            if path.stem not in slugs and head_mentions(path, PSEUDO_MARK):
                path.unlink()
                result.files.removed.append(project.shown(path))
    return result
