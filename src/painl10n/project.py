"""A project on disk: its settings, the paths derived from them, its articles.

The steps that run over a project (extract, update, build, compile …) live in
:mod:`painl10n.pipeline`; this module only says where things are, so every
stage can take a ``Project`` without importing any step. The locale layout
(``locales/templates/LC_MESSAGES``, ``locales/<lang>/LC_MESSAGES``) is spelled
here once.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TypeVar

from markdown_it.token import Token

from .config import Settings, load_settings, translation_root
from .errors import Painl10nError, raise_all
from .languages import PSEUDO_LOCALES, canonical_code, is_pseudo
from .runtime.cachedir import cache_path
from .runtime.staging import sweep_leftovers
from .sources.dialects import file_flavor, flavor_for
from .sources.discover import (
    article_name,
    article_suffixes,
    default_slug,
    discover,
    read_text_strict,
)
from .sources.front_matter_formats import front_matter_formats
from .sources.layout import is_translation, translation_path, written_languages
from .sources.model import Article, Flavor
from .sources.segment import article_slug, segment_and_parse, segment_article
from .terms.model import Termbase
from .terms.tbx import read_tbx

T = TypeVar("T")

TEMPLATES = "templates"  # the locale folder of the templates: Babel's, Sphinx's and Weblate's spot
MESSAGES = "LC_MESSAGES"


@lru_cache(maxsize=64)  # asked for every catalog read; paths are immutable
def locale_folder(locales_dir: Path, language: str) -> Path:
    """``<locales>/<language>/LC_MESSAGES`` (``language`` is ``templates`` for the templates)."""
    return locales_dir / language / MESSAGES


@dataclass(frozen=True)
class Project:
    """Settings plus the paths derived from them."""

    settings: Settings

    def __post_init__(self) -> None:
        try:  # an unknown 'markdown_extensions' name: one error, before any article is read
            self.flavor  # noqa: B018
        except Painl10nError as exc:
            exc.path = exc.path or str(self.settings.settings_file)
            raise

    @classmethod
    def load(cls, root: Path | str = ".") -> Project:
        return cls(load_settings(Path(root)))

    def with_html(self, html: bool) -> Project:
        """The same project, building HTML pages or Markdown only (``build --no-html``)."""
        if html and self.settings.output_layout != "plain":
            raise Painl10nError(
                f"painl10n renders no pages of its own with generator "
                f"{self.settings.generator!r}: the generator renders them",
                hint="leave out --html",
            )
        return Project(dataclasses.replace(self.settings, html=html))

    def sweep_leftovers(self) -> list[Path]:
        """Staged files a killed run left beside catalogs, templates, pages and caches."""
        settings = self.settings
        output, locales = settings.output_dir, settings.locales_dir
        languages = _subfolders(locales)  # and templates/, memory/
        cache = cache_path(settings.root, "units")
        folders = [settings.root, output, *_subfolders(output), locales, *languages]
        folders += [folder / MESSAGES for folder in languages]
        folders += [cache.parent.parent, cache.parent, cache]
        folders += self._translation_folders()
        return sweep_leftovers(folders)

    def _translation_folders(self) -> list[Path]:
        """Every folder a generator's layout writes translations into, nested ones too."""
        settings = self.settings
        if settings.output_layout == "plain":
            return []
        tops = [
            translation_root(
                settings.output_dir, settings.output_layout, settings.generator_code(code)
            )
            for code in written_languages(settings)
        ]
        found = []
        for top in [settings.source_dir] if settings.output_layout == "suffix" else tops:
            if top is not None and top.is_dir():
                found += [Path(folder) for folder, _, _ in os.walk(top)]  # links not followed
        return found

    @property
    def flavor(self) -> Flavor:
        """The Markdown the articles are written in: the generator's dialect and extensions."""
        settings = self.settings
        flavor = flavor_for(
            settings.generator,
            settings.generator_extensions,
            settings.markdown_extensions,
            settings.component_attributes,
        )
        if flavor.dialect == "plain":
            return flavor  # painl10n's own pages: none of these apply
        return dataclasses.replace(
            flavor,
            heading_ids=settings.heading_ids,
            heading_id_type=settings.heading_id_type,
            math_delimiters=settings.math_delimiters,
            heading_ids_of_text=settings.heading_ids_of_text,
            definition_term_ids=settings.definition_term_ids,
            attribute_lines=settings.attribute_lines,
            shortcode_parameters=tuple(sorted(settings.shortcode_parameters.items())),
            code_shortcodes=frozenset(settings.code_shortcodes),
        )

    @property
    def all_languages(self) -> list[str]:
        return [self.settings.source_language, *self.settings.languages]

    # -- the locale layout: Babel's and Sphinx's, spelled here and nowhere else --

    @property
    def templates_dir(self) -> Path:
        """``locales/templates/LC_MESSAGES``: where Weblate looks for each article's template."""
        return locale_folder(self.settings.locales_dir, TEMPLATES)

    def catalogs_dir(self, language: str) -> Path:
        """``locales/<lang>/LC_MESSAGES``: one catalog per article."""
        return locale_folder(self.settings.locales_dir, language)

    def template_path(self, slug: str) -> Path:
        return self.templates_dir / f"{slug}.pot"

    def catalog_path(self, language: str, slug: str) -> Path:
        return self.catalogs_dir(language) / f"{slug}.po"

    def signoff_ledger_path(self, language: str, slug: str) -> Path:
        """``<slug>.signoffs`` beside the catalog: the text each sign-off vouched for
        (:mod:`painl10n.catalogs.signoff`), for the reviewer's word diff."""
        return self.catalogs_dir(language) / f"{slug}.signoffs"

    def template_files(self) -> list[Path]:
        """Every template on disk, sorted by name."""
        return _files(self.templates_dir, "*.pot")

    def catalog_files(self, language: str) -> list[Path]:
        """Every catalog of ``language`` on disk, sorted by name (orphans too)."""
        return _files(self.catalogs_dir(language), "*.po")

    def template_slugs(self) -> list[str]:
        """The articles that have a template, sorted by slug (not by file name:
        ``pain`` comes before ``pain-b``, whose file sorts first)."""
        return sorted(file_stems(self.templates_dir, ".pot"))

    def catalog_slugs(self, language: str) -> list[str]:
        """The slugs of every catalog of ``language`` on disk, in no order."""
        return file_stems(self.catalogs_dir(language), ".po")

    @property
    def memory_dir(self) -> Path:
        """``locales/memory``: imported translation memories, one TMX per language."""
        return self.settings.locales_dir / "memory"

    def memory_path(self, language: str) -> Path:
        """Where imported memories of ``language`` are kept (read by every update)."""
        return self.memory_dir / f"{language}.tmx"

    def termbase(self) -> Termbase:
        """The termbase named in the settings; an empty one when there is no file yet."""
        path = self.settings.termbase
        if not path.is_file():
            return Termbase(source_language=self.settings.source_language)
        return read_tbx(path, shown=self.shown(path))

    def output_path(self, language: str, name: str) -> Path:
        """A file of painl10n's own site (the ``plain`` layout): ``output/<lang>/<name>``."""
        return self.settings.output_dir / language / name

    def article_outputs(self, language: str, slug: str, source: Path) -> list[Path]:
        """The files ``build`` writes for one article in ``language``: its Markdown and page
        (``plain``), or only the translation where the generator reads it (none in the
        source language: the generator reads the source itself)."""
        settings = self.settings
        if settings.output_layout == "plain":
            return [self.output_path(language, slug + suffix) for suffix in settings.page_suffixes]
        if language == settings.source_language:
            return []
        return [translation_path(settings, language, source)]

    def sources(self) -> list[Path]:
        """Every source article, in a stable order (less the translations a generator's
        layout keeps among them)."""
        settings = self.settings
        skip = None
        if settings.output_layout != "plain":
            skip = partial(is_translation, settings)
        return discover(settings.source_dir, self.shown, skip, article_suffixes(settings.generator))

    def shown(self, path: Path) -> str:
        return self.settings.relative(path)

    def select_languages(self, requested: Sequence[str] | None) -> list[str]:
        """Validate ``-l`` options against the project's languages.

        The pseudo-locales are always accepted, but only when asked for by name.
        """
        if not requested:
            return list(self.settings.languages)
        chosen = []
        for code in requested:
            canonical = canonical_code(code)
            if canonical not in self.settings.languages and not is_pseudo(canonical):
                raise Painl10nError(
                    f"language {code!r} is not one of the project's languages "
                    f"({', '.join(self.settings.languages)}) nor a pseudo-locale "
                    f"({', '.join(PSEUDO_LOCALES)})",
                    path=self.shown(self.settings.settings_file),
                    hint="add it to 'languages' first",
                )
            if canonical not in chosen:
                chosen.append(canonical)
        return chosen

    def articles(self) -> list[Article]:
        """Read and segment every source article; slugs must be unique."""
        found, refused = [], []
        for path in self.sources():
            try:
                found.append(self.read_article(path))
            except Painl10nError as exc:  # each article independent: name every bad one
                refused.append(exc)
        refused += [error for error, _ in slug_clashes((a.ref, a.slug) for a in found)]
        raise_all(refused)
        return found

    def read_article(self, path: Path) -> Article:
        """Read and segment one source article (its slug is not checked for clashes)."""
        return self._segmented(path, segment_article)

    def read_article_parsed(self, path: Path) -> tuple[Article, list[Token]]:
        """:meth:`read_article`, with the source's tokens for rendering its page."""
        return self._segmented(path, segment_and_parse)

    def _segmented(self, path: Path, segmenter: Callable[..., T]) -> T:
        ref = self.shown(path)
        text = read_text_strict(path, ref)
        return segmenter(
            text,
            ref=ref,
            default_slug=default_slug(path, self.settings.source_dir),
            front_matter_fields=self.settings.front_matter_fields,
            name=self._name(path, ref),
            front_matter_formats=front_matter_formats(self.settings.generator),
            flavor=file_flavor(self.flavor, path.name),
        )

    def _name(self, path: Path, ref: str) -> str | None:
        """A generator's article is named by its path (its front matter's ``slug:`` is the
        generator's); None: painl10n's ``slug:``, else the file's name (``plain``)."""
        if not self.settings.names_from_paths:
            return None
        return article_name(path, self.settings.source_dir, ref)

    def article_slug(self, path: Path, ref: str | None = None) -> str:
        """The slug of one source article, without segmenting it (``ref``: its shown
        name, when the caller has it already)."""
        ref = self.shown(path) if ref is None else ref
        name = self._name(path, ref)
        if name is not None:
            return name
        return article_slug(
            read_text_strict(path, ref),
            ref=ref,
            default_slug=default_slug(path, self.settings.source_dir),
            front_matter_formats=front_matter_formats(self.settings.generator),
        )


def _subfolders(folder: Path) -> list[Path]:
    try:
        return [Path(entry.path) for entry in os.scandir(folder) if entry.is_dir()]
    except (FileNotFoundError, NotADirectoryError):
        return []


def _files(folder: Path, pattern: str) -> list[Path]:
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def file_stems(folder: Path, suffix: str) -> list[str]:
    """The stems of the files ``_files(folder, "*" + suffix)`` finds, in no order:
    read as names, without a path made and sorted for each (a project's 4,000
    catalogs cost 30 ms so). ``suffix`` is one dot and letters (``.po``)."""
    try:
        names = os.listdir(folder)
    except OSError:  # missing, not a folder, not readable: glob finds nothing either
        return []
    cut = len(suffix)
    # Path.stem: the name up to its last dot, unless that dot starts it (".po")
    return [name[:-cut] if len(name) > cut else name for name in names if name.endswith(suffix)]


def check_unique_slugs(pairs: Iterable[tuple[str, str]]) -> None:
    """Two articles with one slug would share catalogs and pages; ``pairs`` are (ref, slug).

    Every clash is named, not only the first.
    """
    raise_all(error for error, _ in slug_clashes(pairs))


def slug_clashes(pairs: Iterable[tuple[str, str]]) -> list[tuple[Painl10nError, tuple[str, str]]]:
    """Each slug clash as an error and the two refs it names, in order.

    Slugs that differ only in case clash too: on macOS and Windows ``Sleep.po``
    and ``sleep.po`` are one file, and so are their pages.
    """
    seen: dict[str, tuple[str, str]] = {}  # casefolded slug -> (ref, slug)
    clashes = []
    for ref, slug in pairs:
        first = seen.setdefault(slug.casefold(), (ref, slug))
        if first[0] == ref:
            continue
        other, other_slug = first
        also = f" (as {other_slug!r}; case does not tell files apart on macOS and Windows)"
        error = Painl10nError(
            f"slug {slug!r} is also used by {other}{also if other_slug != slug else ''}",
            path=ref,
            hint='rename one of the files or, with generator "plain", give it another '
            "'slug' in its front matter",
        )
        clashes.append((error, (other, ref)))
    return clashes


def article_slugs(project: Project, slug_of: Callable[[Path, str], str] | None = None) -> list[str]:
    """Every source article's slug, in discovery order, from the front matter alone
    (``slug_of(path, shown name)``: one article's, :meth:`Project.article_slug` by default)."""
    slug_of = project.article_slug if slug_of is None else slug_of
    pairs, refused = [], []
    for path in project.sources():
        ref = project.shown(path)
        try:
            pairs.append((ref, slug_of(path, ref)))
        except Painl10nError as exc:
            refused.append(exc)
    raise_all([*refused, *(error for error, _ in slug_clashes(pairs))])
    return [slug for _, slug in pairs]
