"""A project on disk and the pipeline steps over it.

Each step reads and validates all its inputs first and writes afterwards, so
a bad file anywhere stops the run before anything is touched; each write is
atomic and skipped when the content is unchanged.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

import polib
from markdown_it.token import Token

from .catalogs.header import key_of
from .catalogs.merge import MergeStats, merge
from .catalogs.pseudo import pseudo_catalog
from .catalogs.read import read_catalog_file
from .catalogs.template import build_template, now_stamp, same_content
from .config import Settings, load_settings
from .errors import Painl10nError
from .languages import PSEUDO_LOCALES, canonical_code, is_pseudo
from .memory import Unit, carry_notes, prefill_lazily, reviewed_units, untranslated
from .po import read_po_file, write_po
from .runtime.cachedir import cache_path
from .runtime.lock import locked
from .runtime.parallel import run_ordered
from .runtime.progress import Progress, report_progress
from .runtime.staging import Staged, commit, discard, stage, stage_into, sweep_leftovers
from .sources.discover import default_slug, discover, read_text_strict
from .sources.model import Article
from .sources.segment import article_slug, segment_and_parse, segment_article
from .terms.annotate import annotate
from .terms.matcher import TermMatcher
from .terms.model import Termbase
from .terms.tbx import read_tbx

T = TypeVar("T")


@dataclass(frozen=True)
class Project:
    """Settings plus the paths derived from them."""

    settings: Settings

    @classmethod
    def load(cls, root: Path | str = ".") -> Project:
        return cls(load_settings(Path(root)))

    def with_html(self, html: bool) -> Project:
        """The same project, building HTML pages or Markdown only (``build --no-html``)."""
        return Project(dataclasses.replace(self.settings, html=html))

    def sweep_leftovers(self) -> list[Path]:
        """Staged files a killed run left beside catalogs, templates, pages and caches."""
        settings = self.settings
        output, locales = settings.output_dir, settings.locales_dir
        languages = _subfolders(locales)  # and templates/, memory/
        cache = cache_path(settings.root, "units")
        folders = [settings.root, output, *_subfolders(output), locales, *languages]
        folders += [folder / "LC_MESSAGES" for folder in languages]
        folders += [cache.parent.parent, cache.parent, cache]
        return sweep_leftovers(folders)

    @property
    def all_languages(self) -> list[str]:
        return [self.settings.source_language, *self.settings.languages]

    def template_path(self, slug: str) -> Path:
        return self.settings.locales_dir / "templates" / "LC_MESSAGES" / f"{slug}.pot"

    def catalog_path(self, language: str, slug: str) -> Path:
        return self.settings.locales_dir / language / "LC_MESSAGES" / f"{slug}.po"

    def termbase(self) -> Termbase:
        """The termbase named in the settings; an empty one when there is no file yet."""
        path = self.settings.termbase
        if not path.is_file():
            return Termbase(source_language=self.settings.source_language)
        return read_tbx(path, shown=self.shown(path))

    def output_path(self, language: str, name: str) -> Path:
        return self.settings.output_dir / language / name

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
        found = [self.read_article(path) for path in discover(self.settings.source_dir, self.shown)]
        check_unique_slugs((article.ref, article.slug) for article in found)
        return found

    def read_article(self, path: Path) -> Article:
        """Read and segment one source article (its slug is not checked for clashes)."""
        return self._segmented(path, segment_article)

    def read_article_parsed(self, path: Path) -> tuple[Article, list[Token]]:
        """:meth:`read_article`, with the source's tokens for rendering its page."""
        return self._segmented(path, segment_and_parse)

    def _segmented(self, path: Path, segmenter: Callable[..., T]) -> T:
        ref = self.shown(path)
        return segmenter(
            read_text_strict(path, ref),
            ref=ref,
            default_slug=default_slug(path, self.settings.source_dir),
            front_matter_fields=self.settings.front_matter_fields,
        )

    def article_slug(self, path: Path) -> str:
        """The slug of one source article, without segmenting it."""
        ref = self.shown(path)
        return article_slug(
            read_text_strict(path, ref),
            ref=ref,
            default_slug=default_slug(path, self.settings.source_dir),
        )


def _subfolders(folder: Path) -> list[Path]:
    try:
        return [Path(entry.path) for entry in os.scandir(folder) if entry.is_dir()]
    except (FileNotFoundError, NotADirectoryError):
        return []


def check_unique_slugs(pairs: Iterable[tuple[str, str]]) -> None:
    """Two articles with one slug would share catalogs and pages; ``pairs`` are (ref, slug)."""
    seen: dict[str, str] = {}
    for ref, slug in pairs:
        if slug in seen:
            raise Painl10nError(
                f"slug {slug!r} is also used by {seen[slug]}",
                path=ref,
                hint="give one of them another 'slug' in its front matter",
            )
        seen[slug] = ref


def article_slugs(project: Project) -> list[str]:
    """Every source article's slug, in discovery order, from the front matter alone."""
    sources = discover(project.settings.source_dir, project.shown)
    pairs = [(project.shown(path), project.article_slug(path)) for path in sources]
    check_unique_slugs(pairs)
    return [slug for _, slug in pairs]


@dataclass
class Written:
    """Which files a step wrote and which it left as they were."""

    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def record(self, shown: str, did_write: bool) -> None:
        (self.changed if did_write else self.unchanged).append(shown)


def commit_files(project: Project, files: Iterable[tuple[Path, str | bytes]]) -> Written:
    """Write the changed files as one step: all of them or, on an error, none."""
    written = Written()
    staged: list[Staged] = []
    shown: list[tuple[str, bool]] = []
    try:
        for path, data in files:
            shown.append((project.shown(path), stage_into(staged, path, data)))
    except BaseException:
        discard(staged)
        raise
    commit(staged)
    for name, did_write in shown:
        written.record(name, did_write)
    return written


# -- extract -----------------------------------------------------------------


@dataclass(frozen=True)
class ExtractedArticle:
    """What extract learned of one article: enough to report it, small to send back.

    A worker hands this to the main process instead of the whole Article
    (about 15 KB pickled per article; unpickling 1,000 took the parent 0.4 s).
    """

    ref: str
    slug: str
    strings: int  # distinct (context, msgid) pairs: the template's entries


_Extracted = tuple[ExtractedArticle, Path, Staged | None]  # the template, staged if changed


@locked
def extract(project: Project, *, jobs: int = 1) -> tuple[list[ExtractedArticle], Written]:
    """source/*.md → locales/templates/LC_MESSAGES/<slug>.pot (over ``jobs`` processes).

    Workers stage the templates they wrote; they are put in place together,
    once every article is read and no two share a slug, or not at all.
    """
    task = partial(_extract_one, project, now_stamp())
    sources = discover(project.settings.source_dir, project.shown)
    done: list[_Extracted] = []
    failures: list[Exception] = []
    try:
        for result in run_ordered(task, sources, jobs):
            if isinstance(result, Exception):
                failures.append(result)
            else:
                done.append(result)
        if failures:
            raise failures[0]
        check_unique_slugs((summary.ref, summary.slug) for summary, _, _ in done)
    except BaseException:
        discard(item for _, _, item in done if item is not None)
        raise
    commit(item for _, _, item in done if item is not None)
    written = Written()
    for _, path, item in done:
        written.record(project.shown(path), item is not None)
    written.removed = _remove_stale_templates(project, {path for _, path, _ in done})
    return [summary for summary, _, _ in done], written


def _extract_one(project: Project, stamp: str, path: Path) -> _Extracted | Exception:
    """Read one article and stage its template (in a worker process when jobs > 1).

    An error is handed back, not raised, so the caller still receives (and
    discards) what the other articles staged.
    """
    try:
        article = project.read_article(path)
        target, text = template_file(project, article, stamp)
        strings = len({(segment.context, segment.msgid) for segment in article.segments})
        summary = ExtractedArticle(article.ref, article.slug, strings)
        return summary, target, stage(target, text)
    except Exception as exc:
        return exc


def template_file(project: Project, article: Article, stamp: str) -> tuple[Path, str]:
    """Where the article's template goes and its text (the old text if nothing moved)."""
    path, text, _ = template_and_catalog(project, article, stamp)
    return path, text


def template_and_catalog(
    project: Project, article: Article, stamp: str
) -> tuple[Path, str, polib.POFile]:
    """:func:`template_file`, with the template as update would read it back from
    that text: built once, and dated as the text is (an unchanged template keeps
    its old date, which the catalogs copy into their header)."""
    path = project.template_path(article.slug)
    settings = project.settings
    pot = build_template(
        article,
        source_language=settings.source_language,
        bugs_address=settings.bugs_address,
        created=stamp,
    )
    try:
        text = write_po(pot, width=settings.wrap_width)
    except ValueError as exc:  # text gettext cannot represent, e.g. a control character
        raise Painl10nError(f"cannot write the template: {exc}", path=article.ref) from exc
    if path.is_file():
        old_text = path.read_text("utf-8")
        if same_content(old_text, text):
            text = old_text  # nothing moved: keep the file, and its date, as is
            found = _CREATED.search(text)
            pot.metadata["POT-Creation-Date"] = found[1] if found else ""
    return path, text, pot


_CREATED = re.compile(r'^"POT-Creation-Date: (.*)\\n"$', re.M)


def _remove_stale_templates(project: Project, current: set[Path]) -> list[str]:
    """A template whose article is gone would make Weblate offer a dead component.

    Its catalogs are left alone: they still hold the translations.
    """
    folder = project.settings.locales_dir / "templates" / "LC_MESSAGES"
    removed = []
    for path in sorted(folder.glob("*.pot")) if folder.is_dir() else []:
        if path not in current:
            path.unlink()
            removed.append(project.shown(path))
    return removed


# -- update ------------------------------------------------------------------


@dataclass
class UpdateResult:
    written: Written
    stats: dict[tuple[str, str], MergeStats]
    # Only the catalogs the translation memory could fill (the rest are on disk):
    # holding every merged catalog of a large site costs hundreds of megabytes.
    catalogs: dict[tuple[str, str], polib.POFile]
    prefilled: dict[tuple[str, str], int] = field(default_factory=dict)  # from the memory


def read_template(project: Project, slug: str) -> polib.POFile:
    path = project.template_path(slug)
    if not path.is_file():
        raise Painl10nError(
            f"no template for {slug!r}", path=project.shown(path), hint="run 'painl10n extract'"
        )
    return read_po_file(path, shown=project.shown(path))


def read_catalog(project: Project, language: str, slug: str) -> polib.POFile | None:
    """The catalog on disk, or None; its header must name its own language."""
    path = project.catalog_path(language, slug)
    if not path.is_file():
        return None
    shown = project.shown(path)
    catalog = read_catalog_file(path, shown=shown)
    declared = catalog.metadata.get("Language", "").strip()
    if declared:
        try:
            same = canonical_code(declared) == language
        except Painl10nError:
            same = False
        if not same:
            raise Painl10nError(
                f"header declares Language {declared!r} but the file is in the {language!r} folder",
                path=shown,
                hint=f"fix the 'Language:' header or move the file to locales/{declared}/",
            )
    return catalog


@locked
def update(
    project: Project,
    languages: Sequence[str] | None = None,
    *,
    slugs: Iterable[str] | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
) -> UpdateResult:
    """Templates + old catalogs → merged catalogs for each language (over ``jobs`` processes).

    Articles are merged one per task; the translation memory then pre-fills
    across all of them in this process, since it reads every catalog of a language.
    """
    chosen = project.select_languages(languages)
    wanted = list(slugs) if slugs is not None else article_slugs(project)
    for slug in wanted:  # every template must exist before anything is merged
        path = project.template_path(slug)
        if not path.is_file():
            raise Painl10nError(
                f"no template for {slug!r}", path=project.shown(path), hint="run 'painl10n extract'"
            )
    task = partial(_update_article, project, tuple(chosen))
    stats: dict[tuple[str, str], MergeStats] = {}
    searched: dict[tuple[str, str], list[str]] = {}
    known: dict[tuple[str, str], list[Unit]] = {}
    files: dict[tuple[str, str], tuple[Path, Staged | None]] = {}
    total = len(chosen) * len(wanted)
    try:
        failures: list[Exception] = []
        for slug, results in zip(wanted, run_ordered(task, wanted, jobs), strict=True):
            if isinstance(results, Exception):
                failures.append(results)
                continue
            for language, path, item, merge_stats, strings, units in results:
                stats[(language, slug)] = merge_stats
                files[(language, slug)] = (path, item)
                searched[(language, slug)] = strings
                known[(language, slug)] = units
                report_progress(progress, f"{language}/{slug}", total)
        if failures:
            raise failures[0]

        def staged_catalog(key: tuple[str, str]) -> polib.POFile:
            path, item = files[key]
            return read_catalog_file(item.temporary if item else path, shown=project.shown(path))

        filled = prefill_lazily(project, searched, known, staged_catalog)
        for key, (catalog, _) in filled.items():  # the memory changed these: stage them again
            path, item = files[key]
            discard([item] if item else [])
            files[key] = (path, stage(path, catalog_text(project, path, catalog)))
    except BaseException:
        discard(item for _, item in files.values() if item is not None)
        raise
    order = [(language, slug) for language in chosen for slug in wanted]
    commit(item for key in order if (item := files[key][1]) is not None)
    written = Written()
    for key in order:
        written.record(project.shown(files[key][0]), files[key][1] is not None)
    catalogs = {key: catalog for key, (catalog, _) in filled.items()}
    prefilled = {key: count for key, (_, count) in filled.items()}
    return UpdateResult(written, stats, catalogs, prefilled)


# language, catalog path, its text staged (None: unchanged), stats, untranslated strings,
# reviewed units (the last two for the translation memory)
_UpdateItem = tuple[str, Path, Staged | None, MergeStats, list[str], list[Unit]]


def _update_article(
    project: Project, languages: tuple[str, ...], slug: str
) -> list[_UpdateItem] | Exception:
    """All catalogs of one article, staged (in a worker process when jobs > 1).

    What goes back is small: the staged files and, for the translation memory,
    the untranslated strings and reviewed units, not the parsed catalogs. An
    error is handed back, not raised, so the caller can discard what the other
    articles staged.
    """
    found: list[_UpdateItem] = []
    try:
        template = read_template(project, slug)
        matcher = _term_matcher(project)
        memory = project.settings.tm
        for language in languages:
            path, text, stats, catalog = update_catalog(project, language, slug, template, matcher)
            real = memory and not is_pseudo(language)
            strings = untranslated([catalog]) if real else []
            units = reviewed_units(catalog, slug) if real else []
            found.append((language, path, stage(path, text), stats, strings, units))
    except Exception as exc:
        discard(item for _, _, item, _, _, _ in found if item is not None)
        return exc
    return found


_MATCHERS: dict[tuple[str, tuple[int, int, int] | None], TermMatcher | None] = {}


def _term_matcher(project: Project) -> TermMatcher | None:
    """One term matcher per process and termbase content (it costs more than a catalog)."""
    path = project.settings.termbase
    key: tuple[str, tuple[int, int, int] | None]
    try:  # by what a stat says, not by reading the file once per article
        info = path.stat()
        key = (str(path), (info.st_mtime_ns, info.st_size, info.st_ino))
    except FileNotFoundError:
        key = (str(path), None)
    if key not in _MATCHERS:
        termbase = project.termbase()
        source = project.settings.source_language
        _MATCHERS[key] = TermMatcher(termbase, source) if termbase.concepts else None
    return _MATCHERS[key]


def update_catalog(
    project: Project,
    language: str,
    slug: str,
    template: polib.POFile,
    matcher: TermMatcher | None,
) -> tuple[Path, str, MergeStats, polib.POFile]:
    """One article's catalog in one language: merged in memory, not written.

    A pseudo-locale is generated, never merged: it has nothing to keep. The
    translation memory is not applied here (see :func:`prefill_catalogs`).
    """
    if is_pseudo(language):
        merged, stats = pseudo_catalog(template, language, slug=slug)
    else:
        old = read_catalog(project, language, slug)
        merged, stats = merge(template, old, language, slug=slug)
        if matcher is not None:
            annotate(merged, matcher, language)
        carry_notes(merged, old)
    path = project.catalog_path(language, slug)
    return path, catalog_text(project, path, merged), stats, merged


def catalog_text(project: Project, path: Path, catalog: polib.POFile) -> str:
    """The catalog as msgcat would write it; a one-line error if gettext cannot."""
    try:
        return write_po(catalog, width=project.settings.wrap_width)
    except ValueError as exc:
        raise Painl10nError(f"cannot write: {exc}", path=project.shown(path)) from exc


# -- compile -----------------------------------------------------------------


def compile_catalogs(project: Project, languages: Sequence[str] | None = None) -> Written:
    """Catalogs → .mo files beside them (fuzzy entries left out, as msgfmt does)."""
    from io import BytesIO

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po as babel_read_po

    chosen = project.select_languages(languages)
    files: list[tuple[Path, bytes]] = []
    for language in chosen:
        folder = project.settings.locales_dir / language / "LC_MESSAGES"
        for path in sorted(folder.glob("*.po")) if folder.is_dir() else []:
            read_catalog(project, language, path.stem)  # strict validation first
            with path.open("rb") as handle:
                # Babel rejects a hyphen in a locale name (en-XA); an unknown en_XA it accepts.
                locale = language.replace("-", "_")
                catalog = babel_read_po(handle, locale=locale, abort_invalid=True)
            buffer = BytesIO()
            write_mo(buffer, catalog, use_fuzzy=False)
            files.append((path.with_suffix(".mo"), buffer.getvalue()))
    return commit_files(project, files)


def published_translations(catalog: polib.POFile | None) -> dict[tuple[str | None, str], str]:
    """Only reviewed translations are published: no fuzzy, no empty, no obsolete."""
    if catalog is None:
        return {}
    return {
        key_of(e): e.msgstr
        for e in catalog
        if not e.obsolete and e.msgstr and "fuzzy" not in e.flags
    }
