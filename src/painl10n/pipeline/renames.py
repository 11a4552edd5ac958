"""Renamed articles take over their catalogs, found by content as git finds renames.

When an article is renamed or moved (``git mv``, a new ``slug:``), its slug
changes: the new slug has no catalogs and the old one's are orphans. Merging
the new article against nothing would turn every reviewed translation into a
fuzzy suggestion from the translation memory. So, before merging, each new
article without catalogs is compared with each orphan, and an orphan whose
strings the article has kept becomes its catalogs (every language and the
template move to the new slug as ``painl10n mv`` moves them; the merge that
follows keeps their translations as they are).

Similarity is git's idea (``git diff -M``: the content kept, over the larger
of the two files), on the article's strings rather than its bytes: the
characters of the msgids both have, over the characters of the larger of the
two sets of msgids. At :data:`RENAME_SIMILARITY` (50 %, git's default) or
more, they are the same article. Strings are compared whole, as the
catalogs keep them, so an edit to a paragraph counts it as gone: the
translation it carries is still kept (fuzzy, by the merge).

Only unambiguous pairs move: when an orphan matches two new articles, or a
new article two orphans, nothing moves and :class:`Renames` says why, so the
user can pick with ``painl10n mv OLD NEW``. No git is needed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polib

from ..errors import Painl10nError, raise_all
from ..po import read_po_file
from ..project import Project, slug_clashes
from ..runtime.lock import locked
from ..runtime.staging import FileChanges
from .move import Transfer, apply_transfers, transfers
from .orphans import SlugFiles, catalog_slugs, check_owned_folders, slug_files

RENAME_SIMILARITY = 0.5  # git's default for -M


@dataclass(frozen=True)
class Renamed:
    """An orphan's catalogs now belong to the article they were renamed to."""

    old: str
    new: str
    languages: int  # catalogs moved
    similarity: float


@dataclass
class Renames:
    """What rename detection moved, and the renames it could not decide."""

    renamed: list[Renamed] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)  # one line each, with what to run
    files: FileChanges = field(default_factory=FileChanges)


def article_sources(project: Project) -> dict[str, Path]:
    """Every article's slug and source, in discovery order; slugs must be unique
    (every refused article is named, as :func:`painl10n.project.article_slugs` does)."""
    sources = project.sources()
    pairs: list[tuple[str, Path]] = []
    refused: list[Painl10nError] = []
    for path in sources:
        try:
            pairs.append((project.article_slug(path), path))
        except Painl10nError as exc:
            refused.append(exc)
    clashes = slug_clashes((project.shown(path), slug) for slug, path in pairs)
    raise_all([*refused, *(error for error, _ in clashes)])
    return dict(pairs)


def similarity(old: set[str], new: set[str]) -> float:
    """The characters of the strings both have, over the larger side's (0 to 1)."""
    larger = max(_weight(old), _weight(new))
    return _weight(old & new) / larger if larger else 0.0


def _weight(strings: Iterable[str]) -> int:
    return sum(len(text) for text in strings)


@locked
def take_over_renamed(
    project: Project,
    articles: dict[str, Path] | None = None,
    *,
    kept: Iterable[str] = (),
) -> Renames:
    """Move each orphan's catalogs to the new article it was renamed to, when only one fits.

    ``articles`` is every article's slug and source (read when not given);
    ``kept`` are slugs whose catalogs are not orphans though no article is
    given for them (``build --keep-going``: an article that could not be read).
    Cheap when nothing was renamed: it reads articles only when orphans and
    articles without catalogs both exist.
    """
    articles = article_sources(project) if articles is None else articles
    translated = catalog_slugs(project, templates=False)
    templated = {path.stem for path in project.template_files()}
    orphans = sorted((translated | templated) - set(articles) - set(kept))
    newcomers = [slug for slug in articles if slug not in translated]
    if not orphans or not newcomers:
        return Renames()
    old_strings = {slug: _orphan_strings(project, slug) for slug in orphans}
    new_strings = {
        slug: {segment.msgid for segment in project.read_article(articles[slug]).segments}
        for slug in newcomers
    }
    pairs = [
        (old, new, score)
        for old in orphans
        for new in newcomers
        if (score := similarity(old_strings[old], new_strings[new])) >= RENAME_SIMILARITY
    ]
    return _move_unambiguous(project, pairs)


def _move_unambiguous(project: Project, pairs: list[tuple[str, str, float]]) -> Renames:
    found = Renames()
    per_old = Counter(old for old, _, _ in pairs)
    per_new = Counter(new for _, new, _ in pairs)
    moves: list[Transfer] = []
    for old, new, score in pairs:
        if per_old[old] == 1 and per_new[new] == 1:
            files = slug_files(project, old)
            found.renamed.append(Renamed(old, new, len(files.catalogs), score))
            moves += transfers(project, files, new)
    for old in sorted(slug for slug, count in per_old.items() if count > 1):
        candidates = ", ".join(new for one, new, _ in pairs if one == old)
        found.ambiguous.append(
            f"not renamed: the catalogs of {old} match several new articles ({candidates}); "
            f"run 'painl10n mv {old} NEW'"
        )
    for new in sorted(slug for slug, count in per_new.items() if count > 1):
        candidates = ", ".join(old for old, one, _ in pairs if one == new)
        found.ambiguous.append(
            f"not renamed: {new} matches the catalogs of several gone articles ({candidates}); "
            f"run 'painl10n mv OLD {new}'"
        )
    if moves:
        check_owned_folders(project)
        found.files = apply_transfers(project, moves)
    return found


def _orphan_strings(project: Project, slug: str) -> set[str]:
    """The msgids of an orphan: its template's or, when extract removed it, its first
    readable catalog's (an unreadable one is skipped: it cannot be taken over anyway)."""
    files: SlugFiles = slug_files(project, slug)
    for path in [files.template, *files.catalogs.values()]:
        if path is None:
            continue
        try:
            catalog = read_po_file(path, shown=project.shown(path))
        except Painl10nError:
            continue
        return _msgids(catalog)
    return set()


def _msgids(catalog: polib.POFile) -> set[str]:
    return {entry.msgid for entry in catalog if not entry.obsolete and entry.msgid}
