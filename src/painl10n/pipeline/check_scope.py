"""What one ``check`` run covers: which catalogs, and which checks.

A translator checks the catalogs they worked on (``check FILE.po``,
``--article SLUG``) and may ask for a few checks only (``--check numbers``);
CI checks everything. Every name is validated here, before anything is read,
so a typo is one clear error and never an empty, green report.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..checks.registry import RULE_PREFIX, check_descriptions
from ..errors import Painl10nError
from ..project import Project
from .orphans import catalog_languages


@dataclass(frozen=True)
class CheckScope:
    """The catalogs of a run: per article (in slug order), the languages checked."""

    languages: list[str]  # every language with a catalog in the run, in the project's order
    articles: list[tuple[str, tuple[str, ...]]]  # (slug, its languages checked)
    partial: bool  # some articles or files named: no orphan report, consistency within them


def check_scope(
    project: Project,
    languages: Sequence[str] | None = None,
    articles: Sequence[str] | None = None,
    files: Sequence[Path | str] | None = None,
) -> CheckScope:
    """The catalogs of ``languages`` (all by default) for ``articles``, plus the catalog
    ``files``; with neither, of every article that has a template.

    A file's language must be one of ``languages`` when some are given.
    """
    chosen = project.select_languages(languages)
    slugs = project.template_slugs()
    if not articles and not files:
        return CheckScope(chosen, [(slug, tuple(chosen)) for slug in slugs], False)
    known = set(slugs)
    wanted: dict[str, set[str]] = {}
    for slug in articles or ():
        if slug not in known:
            raise Painl10nError(
                f"no article {slug!r}: no template of that name in "
                f"{project.shown(project.templates_dir)}",
                hint="'painl10n stats' lists the articles; run 'painl10n extract' for a new one",
            )
        wanted.setdefault(slug, set()).update(chosen)
    for file in files or ():
        language, slug = catalog_of(project, Path(file), known)
        if languages and language not in chosen:
            raise Painl10nError(
                f"a catalog of {language!r}, not of the languages asked for ({', '.join(chosen)})",
                path=Path(file).as_posix(),
                hint="drop -l, or name catalogs of those languages",
            )
        wanted.setdefault(slug, set()).add(language)
    used = {language for named in wanted.values() for language in named}
    order = [code for code in dict.fromkeys([*chosen, *catalog_languages(project)]) if code in used]
    scope = [
        (slug, tuple(code for code in order if code in wanted.get(slug, ()))) for slug in slugs
    ]
    return CheckScope(order, [(slug, codes) for slug, codes in scope if codes], True)


def catalog_of(project: Project, file: Path, slugs: Collection[str]) -> tuple[str, str]:
    """(language, slug) of a catalog named on the command line, or a one-line error."""
    shown = file.as_posix()
    path = file.resolve()
    if path.is_dir() or (path.suffix not in (".po", ".pot") and path.exists()):
        raise Painl10nError("not a catalog (a .po file)", path=shown)
    if path.parent == project.templates_dir.resolve() or path.suffix == ".pot":
        raise Painl10nError(
            "is a template, not a catalog",
            path=shown,
            hint="check its catalogs, e.g. "
            + project.shown(project.catalog_path("LANG", path.stem)),
        )
    if path.suffix != ".po":
        raise Painl10nError("not a catalog (a .po file)", path=shown)
    for language in catalog_languages(project):
        if path.parent == project.catalogs_dir(language).resolve():
            if path.stem not in slugs:
                raise Painl10nError(
                    "no article has this catalog: its template "
                    f"{project.shown(project.template_path(path.stem))} is missing",
                    path=shown,
                    hint="run 'painl10n extract', or 'painl10n clean' if the article is gone",
                )
            return language, path.stem
    example = project.shown(project.catalog_path("LANG", "SLUG"))
    raise Painl10nError("not one of the project's catalogs", path=shown, hint=f"they are {example}")


def chosen_checks(
    only: Sequence[str] | None, skip: Sequence[str] | None, rules: Collection[str] = ()
) -> tuple[str, ...] | None:
    """The check ids a run reports (None: every one), from ``--check`` and ``--skip-check``.

    ``rules`` are the ids of the project's custom rules, each a check
    ``rule:<id>``. An unknown id is an error that lists the known ones.
    """
    if not only and not skip:
        return None
    known = [check_id for check_id, _, _ in check_descriptions()]
    known += [RULE_PREFIX + rule for rule in rules]
    for check_id in [*(only or ()), *(skip or ())]:
        if check_id not in known:
            raise Painl10nError(
                f"unknown check {check_id!r}",
                hint="the checks are " + ", ".join(known),
            )
    selected = [check_id for check_id in known if not only or check_id in only]
    return tuple(check_id for check_id in selected if check_id not in (skip or ()))


def left_out(selected: tuple[str, ...] | None, rules: Collection[str]) -> frozenset[str]:
    """The check ids a run does not report: every one not ``selected`` (None: all
    selected), the checks of custom rules (``rules``: ``rule:<id>``) included."""
    if selected is None:
        return frozenset()
    known = [check_id for check_id, _, _ in check_descriptions()]
    return frozenset(check_id for check_id in [*known, *rules] if check_id not in selected)
