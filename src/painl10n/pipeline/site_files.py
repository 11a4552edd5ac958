"""The site's shared files: index pages, assets, and the removal of stale pages.

Everything here is about the site as a whole, not one article: the build
stages these beside the articles' pages, and removes pages no article owns.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ..languages import PSEUDO_LOCALES
from ..project import Project
from ..site.pages import ASSETS, PageMeta, SiteOptions, asset, language_index, root_index


def site_indexes(
    project: Project, languages: Sequence[str], pages: dict[str, list[PageMeta]], count: int
) -> list[tuple[Path, str]]:
    """``output/<lang>/index.html`` for ``languages`` and ``output/index.html``."""
    built = list(languages)
    site = SiteOptions.of(project.settings)
    indexed = existing_languages(project, project.all_languages, built, "index.html")
    files = [
        (
            project.output_path(language, "index.html"),
            language_index(language, pages[language], indexed, site),
        )
        for language in built
    ]
    source = project.settings.source_language
    counts = dict.fromkeys(indexed, count)
    files.append(
        (project.settings.output_dir / "index.html", root_index(indexed, source, counts, site))
    )
    return files


def site_assets(project: Project) -> list[tuple[Path, str]]:
    """The stylesheet and icon every page uses, under ``output/assets/``."""
    return [(project.settings.output_dir / name, asset(name)) for name in ASSETS]


def existing_languages(
    project: Project, languages: Sequence[str], built: Sequence[str], name: str
) -> list[str]:
    """The languages a page exists in: built now, or left by an earlier build."""
    return [
        code for code in languages if code in built or project.output_path(code, name).is_file()
    ]


def remove_site_files(project: Project) -> list[str]:
    """Without HTML pages, older pages (of any language, pseudo-locales too), the site
    index and its assets would be stale or lead nowhere."""
    output = project.settings.output_dir
    stale = [output / "index.html", *(output / name for name in ASSETS)]
    for code in dict.fromkeys([*project.all_languages, *PSEUDO_LOCALES]):
        folder = output / code
        stale += sorted(folder.glob("*.html")) if folder.is_dir() else []
    removed = []
    for path in stale:
        if path.is_file():
            os.remove(path)
            removed.append(project.shown(path))
    folders = {path.parent for path in (output / name for name in ASSETS)} - {output}
    for folder in folders:
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return removed


def remove_stale(project: Project, languages: Sequence[str], owned: set[str]) -> list[str]:
    """Pages of articles that no longer exist must not stay published.

    ``owned``: the names of the pages this build owns, in each language's folder.
    """
    removed = []
    for language in languages:
        folder = project.settings.output_dir / language
        try:
            entries = sorted(entry.name for entry in os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for name in entries:
            if os.path.splitext(name)[1] in (".md", ".html") and name not in owned:
                path = folder / name
                os.remove(path)
                removed.append(project.shown(path))
    return removed
