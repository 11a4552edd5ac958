"""``painl10n pseudo``: extract, then write every pseudo-locale catalog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .catalogs.pseudo import pseudo_languages
from .runtime.lock import locked

if TYPE_CHECKING:
    from .project import Project, UpdateResult


@locked
def write_pseudo_catalogs(project: Project, languages: Sequence[str] | None = None) -> UpdateResult:
    """Extract, then write every pseudo-locale catalog; remove those of gone articles."""
    from .project import extract, update  # project imports this module for update()

    chosen = pseudo_languages(languages)
    articles, _ = extract(project)
    slugs = [article.slug for article in articles]
    result = update(project, chosen, slugs=slugs)
    for language in chosen:
        folder = project.settings.locales_dir / language / "LC_MESSAGES"
        for path in sorted(folder.glob("*.po")) if folder.is_dir() else []:
            if path.stem not in slugs:
                path.unlink()
                result.written.removed.append(project.shown(path))
    return result
