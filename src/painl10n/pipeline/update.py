"""``painl10n update``: templates + old catalogs → merged catalogs, pre-filled from memory.

No translation is lost: a changed source string keeps its old translation as
fuzzy, a removed one becomes obsolete. Articles are merged one per task; the
translation memory then pre-fills across all of them in this process.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import polib

from ..catalogs.merge import MergeStats, merge
from ..catalogs.pseudo import pseudo_catalog
from ..catalogs.read import read_catalog_file
from ..catalogs.signoff import ledger_bytes, read_ledger
from ..errors import Painl10nError, raise_all
from ..languages import canonical_code, is_pseudo
from ..memory.engine import Unit, reviewed_units, untranslated
from ..memory.notes import carry_notes
from ..po import read_po_file, write_po
from ..project import Project
from ..review.ledger import kept_records
from ..runtime.fileio import in_line_endings_of, read_bounded
from ..runtime.lock import locked
from ..runtime.parallel import run_ordered
from ..runtime.progress import Progress, report_progress
from ..runtime.staging import FileChanges, Staged, commit, discard, stage
from ..terms.annotate import annotate
from ..terms.matcher import TermMatcher
from .prefill import prefill_lazily
from .renames import Renames, article_sources, take_over_renamed


@dataclass
class UpdateResult:
    """What update did: the catalogs written, the merge's figures, the memory's pre-fill."""

    files: FileChanges
    stats: dict[tuple[str, str], MergeStats]
    # Only the catalogs the translation memory could fill (the rest are on disk):
    # holding every merged catalog of a large site costs hundreds of megabytes.
    catalogs: dict[tuple[str, str], polib.POFile]
    prefilled: dict[tuple[str, str], int] = field(default_factory=dict)  # from the memory
    renames: Renames = field(default_factory=Renames)  # catalogs taken over before merging


def read_template(project: Project, slug: str) -> polib.POFile:
    path = project.template_path(slug)
    if not path.is_file():
        raise Painl10nError(
            f"no template for {slug!r}", path=project.shown(path), hint="run 'painl10n extract'"
        )
    return read_po_file(path, shown=project.shown(path))


def read_catalog(
    project: Project, language: str, slug: str, shown: str | None = None
) -> polib.POFile | None:
    """The catalog on disk, or None; its header must name its own language.

    ``shown``: its name in messages when the caller knows it already (resolving
    the path again is a tenth of reading a small catalog).
    """
    path = project.catalog_path(language, slug)
    if not path.is_file():
        return None
    shown = project.shown(path) if shown is None else shown
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
    Without ``slugs`` (every article), a renamed article first takes over the
    catalogs of the one it was (:mod:`painl10n.pipeline.renames`).
    """
    chosen = project.select_languages(languages)
    articles = article_sources(project) if slugs is None else {}
    wanted = list(articles) if slugs is None else list(slugs)
    missing = [  # every template must exist before anything is merged
        Painl10nError(
            f"no template for {slug!r}", path=project.shown(path), hint="run 'painl10n extract'"
        )
        for slug in wanted
        if not (path := project.template_path(slug)).is_file()
    ]
    raise_all(missing)
    renames = take_over_renamed(project, articles) if slugs is None else Renames()
    task = partial(_update_article, project, tuple(chosen))
    updates: dict[tuple[str, str], CatalogUpdate] = {}  # by (language, slug)
    total = len(chosen) * len(wanted)
    try:
        failures: list[Exception] = []
        for slug, results in zip(wanted, run_ordered(task, wanted, jobs), strict=True):
            if isinstance(results, Exception):
                failures.append(results)
                continue
            for result in results:
                updates[(result.language, slug)] = result
                report_progress(progress, f"{result.language}/{slug}", total)
        raise_all(failures)  # every refused article and catalog named

        def staged_catalog(key: tuple[str, str]) -> polib.POFile:
            path, item = updates[key].path, updates[key].staged
            return read_catalog_file(item.temporary if item else path, shown=project.shown(path))

        searched = {key: found.untranslated for key, found in updates.items()}
        known = {key: found.units for key, found in updates.items()}
        filled = prefill_lazily(project, searched, known, staged_catalog)
        for key, (catalog, _) in filled.items():  # the memory changed these: stage them again
            found = updates[key]
            discard([found.staged] if found.staged else [])
            text = catalog_text(project, found.path, catalog)
            base = found.staged.base if found.staged else None  # as the worker read it
            updates[key] = dataclasses.replace(found, staged=stage(found.path, text, base=base))
    except BaseException:
        discard(_staged_files(updates.values()))
        raise
    order = [updates[(language, slug)] for language in chosen for slug in wanted]
    commit(_staged_files(order))
    written = FileChanges()
    for found in order:
        written.record(project.shown(found.path), found.staged is not None)
        if found.ledger is None:
            continue
        if found.ledger.staged is None:  # no sign-off left to keep a text for
            found.ledger.path.unlink(missing_ok=True)
            written.removed.append(project.shown(found.ledger.path))
        else:
            written.changed.append(project.shown(found.ledger.path))
    return UpdateResult(
        files=written,
        stats={key: found.stats for key, found in updates.items()},
        catalogs={key: catalog for key, (catalog, _) in filled.items()},
        prefilled={key: count for key, (_, count) in filled.items()},
        renames=renames,
    )


@dataclass(frozen=True)
class CatalogUpdate:
    """One catalog merged by a worker: what it hands back, small (no parsed catalog)."""

    language: str
    path: Path
    staged: Staged | None  # its new text, staged; None: the file is unchanged
    stats: MergeStats
    untranslated: list[str]  # the strings the translation memory will look up
    units: list[Unit]  # its reviewed translations, for the memory
    ledger: LedgerChange | None = None  # its sign-off ledger pruned, if that changes it


@dataclass(frozen=True)
class LedgerChange:
    """A sign-off ledger pruned of the records no sign-off line refers to any more."""

    path: Path
    staged: Staged | None  # the records left; None: none is left, the file goes


def _update_article(
    project: Project, languages: tuple[str, ...], slug: str
) -> list[CatalogUpdate] | Exception:
    """All catalogs of one article, staged (in a worker process when jobs > 1).

    What goes back is small: the staged files and, for the translation memory,
    the untranslated strings and reviewed units, not the parsed catalogs. An
    error is handed back, not raised, so the caller can discard what the other
    articles staged.
    """
    found: list[CatalogUpdate] = []
    try:
        template = read_template(project, slug)
        matcher = term_matcher(project)
        memory = project.settings.tm
        refused: list[Exception] = []
        for language in languages:
            try:
                path, text, stats, catalog = update_catalog(
                    project, language, slug, template, matcher
                )
            except Painl10nError as exc:  # the other languages' catalogs are still read
                refused.append(exc)
                continue
            real = memory and not is_pseudo(language)
            strings = untranslated([catalog]) if real else []
            units = reviewed_units(catalog, slug) if real else []
            ledger = pruned_ledger(project, language, slug, catalog)
            found.append(
                CatalogUpdate(language, path, stage(path, text), stats, strings, units, ledger)
            )
        raise_all(refused)
    except Exception as exc:
        discard(_staged_files(found))
        return exc
    return found


def _staged_files(updates: Iterable[CatalogUpdate]) -> list[Staged]:
    """Every file the updates staged: catalogs and ledgers."""
    found = []
    for item in updates:
        found += [item.staged] if item.staged is not None else []
        if item.ledger is not None and item.ledger.staged is not None:
            found.append(item.ledger.staged)
    return found


def ledger_data(project: Project, path: Path) -> bytes:
    """A sign-off ledger's bytes (``b""`` when there is none), refused when unreadable."""
    if not path.is_file():
        return b""
    shown = project.shown(path)
    data = read_bounded(path, shown)
    try:
        read_ledger(data)
    except (ValueError, TypeError) as exc:
        raise Painl10nError(
            f"cannot read the sign-off ledger: {exc}",
            path=shown,
            hint="restore it from version control, or remove it (sign-offs stay valid; "
            "only the word diff of changes is lost)",
        ) from exc
    return data


def pruned_ledger(
    project: Project, language: str, slug: str, catalog: polib.POFile
) -> LedgerChange | None:
    """The catalog's sign-off ledger without the records no line of ``catalog`` refers
    to (a re-signed or removed entry's); None when that changes nothing."""
    path = project.signoff_ledger_path(language, slug)
    data = ledger_data(project, path)
    if not data:
        return None
    kept = kept_records(read_ledger(data), catalog)
    if not kept:
        return LedgerChange(path, None)
    staged = stage(path, ledger_bytes(kept))
    return LedgerChange(path, staged) if staged is not None else None


_MATCHERS: dict[tuple[str, tuple[int, int, int] | None], TermMatcher | None] = {}


def term_matcher(project: Project) -> TermMatcher | None:
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
        merged, stats = pseudo_catalog(
            template,
            language,
            slug=slug,
            generator=project.settings.generator,
            extensions=project.flavor.extensions,
            math=project.settings.math_delimiters,
            code=project.flavor.code_shortcodes,
        )
    else:
        old = read_catalog(project, language, slug)
        merged, stats = merge(template, old, language, slug=slug)
        if matcher is not None:
            annotate(merged, matcher, language)
        carry_notes(merged, old)
    path = project.catalog_path(language, slug)
    return path, catalog_text(project, path, merged), stats, merged


def catalog_text(project: Project, path: Path, catalog: polib.POFile) -> str:
    """The catalog as msgcat would write it, in the line endings of the file it replaces;
    a one-line error if gettext cannot write it."""
    try:
        return in_line_endings_of(path, write_po(catalog, width=project.settings.wrap_width))
    except ValueError as exc:
        raise Painl10nError(f"cannot write: {exc}", path=project.shown(path)) from exc
