"""``painl10n mv OLD NEW``: an article's catalogs follow it to a new slug.

A slug names an article's template and catalogs, so renaming the article
(``git mv``, or a new ``slug:``) would leave its translations behind as
orphans. This moves every language's catalog and the template to the new
slug, byte for byte but for the slug in their header, so reviewed
translations stay reviewed; the ``.mo`` files compiled from them are removed
(``painl10n compile`` writes them anew). Given source paths instead of slugs,
the article moves too, as ``git mv`` would move it.

The new files are staged and put in place together
(:func:`~painl10n.runtime.staging.commit_files`) before any old one is
removed: a run killed in between leaves both names, never neither, and
``painl10n clean`` removes the old ones.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Painl10nError
from ..project import Project, article_slugs
from ..runtime.confine import refuse_links
from ..runtime.fileio import read_bounded
from ..runtime.lock import locked
from ..runtime.staging import FileChanges, commit_files
from ..sources.discover import (
    article_name,
    article_suffixes,
    check_name,
    check_slug,
    default_slug,
    read_text_strict,
)
from ..sources.segment import article_slug
from .orphans import SlugFiles, catalog_slugs, check_owned_folders, slug_files


@dataclass
class MoveResult:
    """What ``mv`` moved: the slugs, the languages whose catalog moved, the files."""

    old: str
    new: str
    languages: list[str]
    files: FileChanges  # changed: the files written under the new name; removed: the old ones
    source: tuple[str, str] | None = None  # the article moved (old, new), if it was asked to
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Transfer:
    """One file of an article's old slug: moved to ``target``, or removed (None)."""

    path: Path
    target: Path | None
    old: str
    new: str
    verbatim: bool = False  # moved byte for byte (a sign-off ledger: no header to rename)


def transfers(project: Project, old: SlugFiles, new: str) -> list[Transfer]:
    """What becomes of every file of ``old`` when its catalogs go to ``new``.

    The catalogs move, with their sign-off ledgers. The template moves only
    when ``new`` has none: otherwise extract has already written the new
    article's own, and the old one is stale. A ``.mo`` is removed, not moved:
    it carries the old slug in its header, and ``painl10n compile`` writes
    the new one from the moved catalog.
    """
    moves: list[Transfer] = []
    if old.template is not None:
        target = project.template_path(new)
        moves.append(Transfer(old.template, None if target.is_file() else target, old.slug, new))
    for language, path in old.catalogs.items():
        moves.append(Transfer(path, project.catalog_path(language, new), old.slug, new))
    moves += [Transfer(path, None, old.slug, new) for path in old.compiled.values()]
    moves += [
        Transfer(path, project.signoff_ledger_path(language, new), old.slug, new, verbatim=True)
        for language, path in old.ledgers.items()
    ]
    return moves


def apply_transfers(project: Project, moves: list[Transfer]) -> FileChanges:
    """Write every new file in one step, then remove the old ones."""
    for move in moves:
        refuse_links(move.path, "move a catalog")
    writes = []
    for move in moves:
        if move.target is not None:
            data = read_bounded(move.path, project.shown(move.path))
            writes.append(
                (move.target, data if move.verbatim else renamed_header(data, move.old, move.new))
            )
    files = commit_files(writes, project.shown)
    for move in moves:
        move.path.unlink(missing_ok=True)
        files.removed.append(project.shown(move.path))
    return files


_HEADER_END = re.compile(rb"\n\r?\n")


def renamed_header(data: bytes, old: str, new: str) -> bytes:
    """The file with its header naming ``new`` where painl10n wrote ``old`` (the
    first comment line and Project-Id-Version); everything else byte for byte."""
    found = _HEADER_END.search(data)
    end = found.start() if found else len(data)
    header = data[:end]
    for before, after in (
        (f"the article {old!r}.", f"the article {new!r}."),
        (f'"Project-Id-Version: {old}\\n"', f'"Project-Id-Version: {new}\\n"'),
    ):
        header = header.replace(before.encode(), after.encode(), 1)
    return header + data[end:]


@locked
def move_article(project: Project, old: str | Path, new: str | Path) -> MoveResult:
    """Move the catalogs of article ``old`` to ``new`` (slugs, or source paths: then the
    article moves too)."""
    check_owned_folders(project)
    if isinstance(old, Path) and isinstance(new, Path):
        return _move_source(project, old, new)
    if isinstance(old, Path) or isinstance(new, Path):
        raise Painl10nError(
            "give two slugs or two source paths, not one of each",
            hint="e.g. 'painl10n mv old-slug new-slug' or 'painl10n mv source/a.md source/b.md'",
        )
    found = slug_files(project, old)
    if not found.exists:
        raise Painl10nError(
            f"no template or catalog for {old!r}",
            path=project.shown(project.template_path(old)),
            hint="'painl10n check' lists the orphaned catalogs by slug",
        )
    result = _move_catalogs(project, found, new)
    if new not in article_slugs(project):
        result.notes.append(
            f"no article has the slug {new!r} yet: its catalogs stay orphans until one does"
        )
    return result


def _move_catalogs(project: Project, old: SlugFiles, new: str) -> MoveResult:
    if old.slug == new:
        raise Painl10nError(f"{new!r} is already the slug of these catalogs")
    target = project.template_path(new)
    _check_name(project, new, project.shown(target))
    existing = slug_files(project, new)
    if existing.exists:
        first = existing.paths[0]
        raise Painl10nError(
            f"{new!r} already has catalogs",
            path=project.shown(first),
            hint="choose another slug, or remove them first ('painl10n clean' if they are orphans)",
        )
    for other in sorted(catalog_slugs(project) - {old.slug}):
        if other.casefold() == new.casefold():  # one file on macOS and Windows
            raise Painl10nError(
                f"{new!r} differs from the catalogs of {other!r} only in case",
                path=project.shown(target),
                hint="choose a slug that differs in more than capitals",
            )
    files = apply_transfers(project, transfers(project, old, new))
    return MoveResult(old.slug, new, sorted(old.catalogs), files)


def _move_source(project: Project, old: Path, new: Path) -> MoveResult:
    """Move the article from ``old`` to ``new`` and, if its slug changes, its catalogs."""
    source_dir = project.settings.source_dir
    inside = source_dir.resolve()
    shown_old, shown_new = project.shown(old.absolute()), project.shown(new.absolute())
    if not old.is_file():
        raise Painl10nError("no such article", path=shown_old, hint="give a Markdown file")
    if new.exists() or new.is_symlink():
        raise Painl10nError("already exists", path=shown_new, hint="choose another file name")
    for path, shown in ((old, shown_old), (new, shown_new)):
        suffixes = article_suffixes(project.settings.generator)
        if path.suffix.lower() not in suffixes or not path.parent.resolve().is_relative_to(inside):
            raise Painl10nError(
                f"not a Markdown file inside the source folder ({project.shown(source_dir)})",
                path=shown,
            )
    old_path = source_dir / old.resolve().relative_to(inside)
    new_path = source_dir / new.parent.resolve().relative_to(inside) / new.name
    text = read_text_strict(old_path, shown_old)
    old_slug = project.article_slug(old_path)
    if project.settings.names_from_paths:  # named by its path: the new one's
        new_slug = article_name(new_path, source_dir, shown_new)
    else:
        new_slug = article_slug(
            text, ref=shown_new, default_slug=default_slug(new_path, source_dir)
        )
    if old_slug == new_slug:  # the front matter names the slug: the catalogs stay
        result = MoveResult(old_slug, new_slug, [], FileChanges())
    else:
        others = set(article_slugs(project)) - {old_slug}
        if new_slug in others:
            raise Painl10nError(
                f"slug {new_slug!r} is already used by another article",
                path=shown_new,
                hint="choose another file name, or set 'slug:' in the front matter",
            )
        found = slug_files(project, old_slug)
        if found.exists:
            result = _move_catalogs(project, found, new_slug)
        else:
            _check_name(project, new_slug, shown_new)
            result = MoveResult(old_slug, new_slug, [], FileChanges())
    new_path.parent.mkdir(parents=True, exist_ok=True)
    os.rename(old_path, new_path)
    result.source = (project.shown(old_path), project.shown(new_path))
    return result


def _check_name(project: Project, name: str, shown: str) -> None:
    """A slug (``plain``) or a generator's path name, as the project names articles."""
    if project.settings.names_from_paths:
        check_name(name, shown)
    else:
        check_slug(name, shown)
