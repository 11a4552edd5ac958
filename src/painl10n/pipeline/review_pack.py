"""``painl10n review pack``: the bilingual review pack of one language, written to a folder.

For each article, its catalog's entries in article order become rows
(:mod:`painl10n.review.model`) with their ``check`` findings and, for a
sign-off that a later edit voided, the text signed off from the ledger
beside the catalog; the pages (:mod:`painl10n.review.html`) and the sheet
(:mod:`painl10n.review.sheet`) are rendered from those rows and written as
one step: all files or, on an error, none. A second run with nothing
changed rewrites nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import polib

from ..catalogs import signoff
from ..checks.base import EntryContext
from ..checks.examine import entry_problems
from ..checks.rules import Rule
from ..errors import Painl10nError
from ..project import Project
from ..review.html import Side, article_page, index_page, page_name, sheet_names
from ..review.marks import Highlighter
from ..review.model import Article, Row, RowFinding, row_of
from ..review.sheet import csv_bytes, xlsx_bytes
from ..runtime.staging import FileChanges, commit_files
from .check import entry_context, project_rules
from .check_scope import check_scope
from .update import ledger_data, read_catalog


@dataclass(frozen=True)
class ReviewScope:
    """What the entry checks of a language need, read once for a pack or an import."""

    language: str
    context: EntryContext
    rules: tuple[Rule, ...]


def review_scope(project: Project, language: str) -> ReviewScope:
    rules = tuple(rule for rule in project_rules(project) if rule.applies_to(language))
    return ReviewScope(language, entry_context(project, language), rules)


def findings_of(entry: polib.POEntry, scope: ReviewScope, shown: str) -> tuple[RowFinding, ...]:
    """The ``check`` findings of one entry (none for an entry not translated or fuzzy:
    ``check`` reports those as such)."""
    if not signoff.is_translated(entry):
        return ()
    return tuple(
        RowFinding(found.check, found.severity, found.message)
        for found in entry_problems(entry, scope.context, shown, rules=scope.rules)
    )


def read_ledger_of(project: Project, language: str, slug: str) -> dict[str, signoff.SignedText]:
    """The records of an article's sign-off ledger (none when it has no file)."""
    return signoff.read_ledger(ledger_data(project, project.signoff_ledger_path(language, slug)))


def pack_articles(
    project: Project, language: str, articles: Sequence[str] | None = None
) -> list[Article]:
    """The rows of each chosen article (all by default) in ``language``, by slug."""
    code = project.select_languages([language])[0]
    scope = check_scope(project, [code], articles)
    checks = review_scope(project, code)
    found = []
    for slug, _ in scope.articles:
        catalog = read_catalog(project, code, slug)
        shown = project.shown(project.catalog_path(code, slug))
        if catalog is None:
            raise Painl10nError(
                "no catalog to review",
                path=shown,
                hint=f"run 'painl10n update -l {code}' first",
            )
        ledger = read_ledger_of(project, code, slug)
        rows = tuple(
            row_of(entry, slug, findings_of(entry, checks, shown), ledger)
            for entry in catalog
            if not entry.obsolete
        )
        found.append(Article(slug, shown, rows))
    return found


@dataclass
class PackResult:
    folder: Path
    articles: list[Article]
    files: FileChanges


def write_pack(
    project: Project, language: str, output: Path, articles: Sequence[str] | None = None
) -> PackResult:
    """Write the review pack of ``language`` into ``output``: ``index.html``, a page per
    article, and the sheet as ``review-<lang>.xlsx`` and ``review-<lang>.csv``."""
    code = project.select_languages([language])[0]
    chosen = pack_articles(project, code, articles)
    source_code = project.settings.source_language
    termbase = project.termbase()
    context = entry_context(project, code, termbase)
    source = Side(source_code, Highlighter(source_code, context.source_terms, code))
    target = Side(code, Highlighter(code, context.target_terms, source_code))
    rows: list[Row] = [row for article in chosen for row in article.rows]
    xlsx_name, csv_name = sheet_names(code)
    files: list[tuple[Path, str | bytes]] = [
        (output / "index.html", index_page(chosen, source, target)),
        *((output / page_name(a.slug), article_page(a, source, target)) for a in chosen),
        (output / xlsx_name, xlsx_bytes(rows, code)),
        (output / csv_name, csv_bytes(rows, code)),
    ]
    written = commit_files(files, lambda path: path.as_posix())
    return PackResult(output, chosen, written)
