"""The site's shared files: index pages, assets, and the removal of stale pages.

Everything here is about the site as a whole, not one article: the build
stages these beside the articles' pages, and removes pages no article owns.
It removes only pages the last build's manifest says it wrote (and assets
equal to its own): ``output/`` may hold the publisher's files too. A
language folder that is a symbolic link is refused, not followed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..config import translation_root
from ..errors import Painl10nError
from ..languages import PSEUDO_LOCALES
from ..project import Project
from ..runtime.confine import is_link_free, refuse_links
from ..runtime.fileio import read_bounded
from ..runtime.staging import Staged
from ..site.pages import ASSETS, PageMeta, SiteOptions, asset, language_index, root_index
from ..sources.discover import article_suffixes
from ..sources.layout import copy_path, is_translation, translation_language
from .manifest import shown_path, written_outputs


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
    # A language built now counts the pages it publishes (some may be withheld there).
    counts = {code: len(pages[code]) if code in built else count for code in indexed}
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
    refuse_links(output, "remove pages")
    written = written_outputs(project)
    stale = [output / "index.html"]
    for code in dict.fromkeys([*project.all_languages, *PSEUDO_LOCALES]):
        folder = output / code
        refuse_links(folder, "remove pages")
        stale += sorted(folder.glob("*.html")) if folder.is_dir() else []
    stale = [path for path in stale if shown_path(project, path) in written]
    stale += [output / name for name in ASSETS if _holds_asset(output / name, name)]
    removed = []
    for path in stale:
        refuse_links(path.parent, "remove pages")
        if path.is_file():
            os.remove(path)
            removed.append(project.shown(path))
    folders = {path.parent for path in (output / name for name in ASSETS)} - {output}
    for folder in folders:
        if folder.is_dir() and is_link_free(folder) and not any(folder.iterdir()):
            folder.rmdir()
    return removed


def _holds_asset(path: Path, name: str) -> bool:
    """An asset is removed only when it is painl10n's own, byte for byte."""
    try:
        return path.is_file() and path.read_bytes() == asset(name).encode("utf-8")
    except OSError:
        return False


def remove_stale(
    project: Project, languages: Sequence[str], owned: Mapping[str, set[str]]
) -> list[str]:
    """Pages of articles that no longer exist, or that are withheld in a language
    (``partial_pages``, ``publish_threshold``), must not stay published.

    ``owned``: per language, the names of the pages this build owns in its folder.
    Only pages the last build wrote are removed; other files are the publisher's.
    """
    removed = []
    written: set[str] | None = None
    for language in languages:
        folder = project.settings.output_dir / language
        refuse_links(folder, "remove stale pages")
        try:
            entries = sorted(entry.name for entry in os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for name in entries:
            if os.path.splitext(name)[1] in (".md", ".html") and name not in owned[language]:
                path = folder / name
                written = written_outputs(project) if written is None else written
                if shown_path(project, path) in written:
                    os.remove(path)
                    removed.append(project.shown(path))
    return removed


# -- a generator's layout: translations (and copies) where the generator reads them --


def layout_copies(project: Project, languages: Sequence[str]) -> list[tuple[Path, bytes]]:
    """Every file below ``source_dir`` other than an article (images, data …), for each of
    ``languages`` where the generator needs it (:func:`painl10n.sources.layout.copy_path`):
    Jekyll looks for the ``![](chart.png)`` of ``es/docs/dose.md`` in ``es/docs/``.
    Hidden files stay."""
    settings = project.settings
    if copy_path(settings, settings.source_language, settings.source_dir / "x") is None:
        return []
    found = []
    for path in sorted(settings.source_dir.rglob("*")):
        relative = path.relative_to(settings.source_dir)
        if any(part.startswith(".") for part in relative.parts) or path.is_symlink():
            continue
        if path.suffix.lower() in article_suffixes(settings.generator) or not path.is_file():
            continue
        if is_translation(settings, path):
            continue
        payload = read_bounded(path, project.shown(path))
        for language in languages:
            target = copy_path(settings, language, path)
            if target is not None and language != settings.source_language:
                found.append((target, payload))
    return found


def remove_stale_translations(
    project: Project, languages: Sequence[str], owned: set[str]
) -> list[str]:
    """Translations and copies of sources that are gone, in ``languages``: only files the
    manifest says painl10n wrote (``owned``: this build's, as shown paths), and the
    folders that leaves empty, up to the language's own."""
    settings = project.settings
    chosen = set(languages) - {settings.source_language}
    removed = []
    for shown in sorted(written_outputs(project) - owned):
        path = settings.root / shown
        language = translation_language(settings, path)
        if language not in chosen:
            continue
        refuse_links(path.parent, "remove stale translations")
        if path.is_file():
            os.remove(path)
            removed.append(shown)
            top = translation_root(
                settings.output_dir, settings.output_layout, settings.generator_code(language)
            )
            if top is not None:
                _prune_empty(path.parent, top)
    return removed


def _prune_empty(folder: Path, top: Path) -> None:
    """Remove ``folder`` and the folders above it that a removal left empty, below ``top``
    (a language's own folder of translations, which stays)."""
    while folder != top and folder.is_relative_to(top):
        if any(folder.iterdir()):
            return
        folder.rmdir()
        folder = folder.parent


def foreign_files(project: Project, staged: Sequence[Staged]) -> list[Painl10nError]:
    """Translations about to replace a file painl10n did not write: the publisher's
    own (or one from a build whose manifest this checkout lacks). Not overwritten."""
    settings = project.settings
    written: set[str] | None = None
    refused = []
    for item in staged:
        if item.base is None or translation_language(settings, item.target) is None:
            continue  # a new file, or a catalog
        written = written_outputs(project) if written is None else written
        shown = shown_path(project, item.target)
        if shown not in written:
            refused.append(
                Painl10nError(
                    "build would overwrite this file, which painl10n did not write",
                    path=shown,
                    hint="move it away (if an earlier build wrote it, delete it: this "
                    "checkout's .painl10n/cache has no record of it)",
                )
            )
    return refused
