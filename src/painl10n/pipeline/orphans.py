"""Orphans: templates and catalogs whose article is gone.

An article's slug names its catalogs; when no source article has that slug
any more (the article was deleted, renamed or moved), its template, its
catalogs and the ``.mo`` files compiled from them are orphans. ``check``
reports them, ``compile`` and ``build`` leave them out, ``update`` hands them
to a renamed article (:mod:`painl10n.pipeline.renames`), ``painl10n mv``
moves them and ``painl10n clean`` removes them.

Only files painl10n itself writes are considered: ``<slug>.pot`` under
``locales/templates/LC_MESSAGES`` and ``<slug>.po`` / ``<slug>.mo`` /
``<slug>.signoffs`` (the sign-off ledger) under
``locales/<lang>/LC_MESSAGES`` for the project's languages and the
pseudo-locales.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..languages import PSEUDO_LOCALES
from ..project import Project, article_slugs
from ..runtime.confine import refuse_links


@dataclass(frozen=True)
class SlugFiles:
    """The files painl10n keeps for one slug, those that exist on disk."""

    slug: str
    template: Path | None
    catalogs: dict[str, Path]  # by language
    compiled: dict[str, Path]  # the .mo beside a catalog, by language
    # the sign-off ledger beside a catalog (<slug>.signoffs), by language
    ledgers: dict[str, Path] = field(default_factory=dict)

    @property
    def paths(self) -> list[Path]:
        """Every file, template first, then each language's catalog, .mo and ledger."""
        found = [self.template] if self.template is not None else []
        kinds = (self.catalogs, self.compiled, self.ledgers)
        for language in sorted({*self.catalogs, *self.compiled, *self.ledgers}):
            found += [files[language] for files in kinds if language in files]
        return found

    @property
    def exists(self) -> bool:
        return self.template is not None or bool(self.catalogs)


def catalog_languages(project: Project) -> list[str]:
    """The languages whose catalogs painl10n writes: the project's, then the pseudo-locales."""
    languages = list(project.settings.languages)
    return languages + [code for code in sorted(PSEUDO_LOCALES) if code not in languages]


def slug_files(project: Project, slug: str) -> SlugFiles:
    """The template, catalogs and ``.mo`` files of ``slug`` that are on disk."""
    template = project.template_path(slug)
    catalogs: dict[str, Path] = {}
    compiled: dict[str, Path] = {}
    ledgers: dict[str, Path] = {}
    for language in catalog_languages(project):
        path = project.catalog_path(language, slug)
        if _is_file(path):
            catalogs[language] = path
        if _is_file(path.with_suffix(".mo")):
            compiled[language] = path.with_suffix(".mo")
        if _is_file(ledger := project.signoff_ledger_path(language, slug)):
            ledgers[language] = ledger
    found = template if _is_file(template) else None
    return SlugFiles(slug, found, catalogs, compiled, ledgers)


def _is_file(path: Path) -> bool:
    return path.is_file() or path.is_symlink()


def catalog_slugs(project: Project, *, templates: bool = True) -> set[str]:
    """Every slug that has a catalog in any language (or, with ``templates``, a template)."""
    found = set(project.template_slugs()) if templates else set()
    for language in catalog_languages(project):
        found.update(project.catalog_slugs(language))
    return found


def live_slugs(
    project: Project, slug_of: Callable[[Path, str], str] | None = None
) -> set[str] | None:
    """Every article's slug (``slug_of``: see :func:`painl10n.project.article_slugs`);
    None when the project has no source folder (catalogs checked or compiled on their
    own, say in a translators' repository): then no catalog can be called an orphan."""
    if not project.settings.source_dir.is_dir():
        return None
    return set(article_slugs(project, slug_of))


def find_orphans(project: Project, live: Iterable[str] | None = None) -> list[SlugFiles]:
    """The orphans, sorted by slug; ``live`` is every article's slug (read from the
    sources when not given)."""
    alive = set(article_slugs(project) if live is None else live)
    return [slug_files(project, slug) for slug in sorted(catalog_slugs(project) - alive)]


def check_owned_folders(project: Project) -> None:
    """Refuse to move or remove files through a linked locale folder.

    ``locales/es/LC_MESSAGES → /elsewhere`` in a pull request would otherwise
    make ``clean`` delete another project's catalogs.
    """
    folders = [project.settings.locales_dir, project.templates_dir.parent, project.templates_dir]
    for language in catalog_languages(project):
        folders += [project.catalogs_dir(language).parent, project.catalogs_dir(language)]
    for folder in folders:
        refuse_links(folder, "move or remove catalogs")
