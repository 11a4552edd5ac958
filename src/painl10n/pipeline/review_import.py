"""``painl10n review import``: apply a reviewer's sheet to the catalogs.

A decision applies only to the entry whose text is still the one reviewed:
the sheet's hidden digest must equal :func:`~painl10n.catalogs.signoff.text_digest`
of an entry of that article now. ``approved`` signs the entry off
(:func:`~painl10n.catalogs.signoff.sign`) and records the signed text in the
ledger beside the catalog, as ``review approve`` does; an entry with a
``check`` error, a fuzzy or an untranslated one is refused. ``rejected``
sends the entry back to its translator with the comment
(:func:`~painl10n.catalogs.signoff.reject`). Every row that is not applied is
reported with its sheet row; the others are written as one step.

A bad file (not a sheet ``review pack`` wrote, a missing column, a decision
that is neither ``approved`` nor ``rejected``, a rejection without a
comment, a reviewer name that cannot be recorded) is refused whole: nothing
is written. Importing the same sheet again changes nothing: an entry signed
off on that text, or rejected with that comment, is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import polib

from ..catalogs import signoff
from ..errors import Painl10nError, raise_all
from ..po import write_po
from ..project import Project
from ..review.ledger import kept_records
from ..review.sheet import Decision, read_sheet
from ..runtime.fileio import in_line_endings_of, read_bounded
from ..runtime.lock import locked
from ..runtime.staging import FileChanges, commit_files
from .review import approval_refusal
from .review_pack import ReviewScope, read_ledger_of, review_scope
from .update import read_catalog


@dataclass(frozen=True)
class NotApplied:
    """A decided row that was left alone, and why."""

    row: int
    article: str
    line: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row} ({self.article}, catalog line {self.line}): {self.reason}"


@dataclass
class ImportResult:
    approved: int = 0
    rejected: int = 0
    unchanged: int = 0  # decided rows whose entry already was as decided
    not_applied: list[NotApplied] = field(default_factory=list)
    files: FileChanges = field(default_factory=FileChanges)


@dataclass
class _Article:
    """One article's catalog and ledger of a language, as the import changes them."""

    catalog: polib.POFile
    shown: str
    ledger: dict[str, signoff.SignedText]
    by_digest: dict[str, polib.POEntry]
    changed: bool = False
    ledger_changed: bool = False


@locked
def import_review(
    project: Project, path: Path, by: str | None = None, day: date | None = None
) -> ImportResult:
    """Apply the decisions of the sheet at ``path`` (XLSX or CSV); ``by`` names the
    reviewer of the rows whose reviewer cell is empty; ``day`` (today by default)
    dates the sign-offs and rejections."""
    shown = path.as_posix()
    decisions = read_sheet(read_bounded(path, shown), shown)
    reviewers = _reviewers(decisions, by, shown)
    _refuse_unknown(project, decisions, shown)
    day = date.today() if day is None else day
    result = ImportResult()
    articles: dict[tuple[str, str], _Article] = {}
    scopes: dict[str, ReviewScope] = {}
    for decision in decisions:
        language = project.select_languages([decision.language])[0]
        article = articles.get((language, decision.article))
        if article is None:
            article = _read(project, language, decision.article)
            articles[(language, decision.article)] = article
        if language not in scopes:
            scopes[language] = review_scope(project, language)
        _apply(decision, reviewers[decision.row], day, article, scopes[language], result)
    result.files = commit_files(_changed_files(project, articles), project.shown)
    return result


def _changed_files(
    project: Project, articles: dict[tuple[str, str], _Article]
) -> list[tuple[Path, str | bytes]]:
    """The catalogs and ledgers the decisions changed, in a stable order."""
    files: list[tuple[Path, str | bytes]] = []
    for (language, slug), article in sorted(articles.items()):
        if article.changed:
            catalog_path = project.catalog_path(language, slug)
            try:
                text = write_po(article.catalog, width=project.settings.wrap_width)
            except ValueError as exc:
                raise Painl10nError(f"cannot write: {exc}", path=article.shown) from exc
            files.append((catalog_path, in_line_endings_of(catalog_path, text)))
        if article.ledger_changed:
            kept = kept_records(article.ledger, article.catalog)
            ledger = signoff.ledger_bytes(kept)
            files.append((project.signoff_ledger_path(language, slug), ledger))
    return files


def _reviewers(decisions: Sequence[Decision], by: str | None, shown: str) -> dict[int, str]:
    """Each decided row's reviewer: its own cell, else ``--by``; every name checked."""
    found: dict[int, str] = {}
    errors: list[Painl10nError] = []
    for decision in decisions:
        name = decision.reviewer or by or ""
        if not name:
            errors.append(
                Painl10nError(
                    f"row {decision.row}: no reviewer named",
                    path=shown,
                    hint="fill the reviewer column, or give --by NAME",
                )
            )
            continue
        try:
            found[decision.row] = signoff.check_reviewer(name)
        except signoff.SignOffError as exc:
            errors.append(Painl10nError(f"row {decision.row}: {exc}", path=shown))
    raise_all(errors)
    return found


def _refuse_unknown(project: Project, decisions: Sequence[Decision], shown: str) -> None:
    """A row naming a language or an article the project does not have, or an entry
    another row already decided: a bad file."""
    known = set(project.template_slugs())
    seen: dict[tuple[str, str, str], int] = {}
    errors: list[Painl10nError] = []
    for decision in decisions:
        try:
            language = project.select_languages([decision.language])[0]
        except Painl10nError as exc:
            errors.append(Painl10nError(f"row {decision.row}: {exc.message}", path=shown))
            continue
        if decision.article not in known:
            errors.append(
                Painl10nError(
                    f"row {decision.row}: no article {decision.article!r} in this project",
                    path=shown,
                    hint="import the sheet into the project its pack was written from",
                )
            )
            continue
        key = (language, decision.article, decision.digest)
        if key in seen:
            errors.append(
                Painl10nError(
                    f"row {decision.row}: the same entry as row {seen[key]}",
                    path=shown,
                    hint="keep one decision per entry",
                )
            )
        seen.setdefault(key, decision.row)
    raise_all(errors)


def _read(project: Project, language: str, slug: str) -> _Article:
    catalog = read_catalog(project, language, slug)
    shown = project.shown(project.catalog_path(language, slug))
    if catalog is None:
        raise Painl10nError("no catalog for the sheet's rows", path=shown)
    by_digest = {signoff.text_digest(e): e for e in catalog if not e.obsolete}
    return _Article(catalog, shown, read_ledger_of(project, language, slug), by_digest)


def _apply(
    decision: Decision,
    reviewer: str,
    day: date,
    article: _Article,
    scope: ReviewScope,
    result: ImportResult,
) -> None:
    entry = article.by_digest.get(decision.digest)
    if entry is None:
        reason: str | None = (
            "the entry changed since the pack was written: not applied, review it again"
        )
    elif decision.decision == "rejected":
        reason = _reject(entry, decision.comment, reviewer, day, article, result)
    else:
        reason = _approve(entry, reviewer, day, article, scope, result)
    if reason is not None:
        result.not_applied.append(NotApplied(decision.row, decision.article, decision.line, reason))


def _approve(
    entry: polib.POEntry,
    reviewer: str,
    day: date,
    article: _Article,
    scope: ReviewScope,
    result: ImportResult,
) -> str | None:
    """Sign the entry off; why not, when it cannot be."""
    refusal = approval_refusal(entry, scope.context, article.shown, scope.rules)
    if refusal is not None:
        return refusal
    if signoff.is_signed_off(entry):
        result.unchanged += 1
        return None
    made = signoff.sign(entry, reviewer, day)
    article.ledger[made.digest] = signoff.signed_text(entry, made)
    article.changed = article.ledger_changed = True
    result.approved += 1
    return None


def _reject(
    entry: polib.POEntry,
    comment: str,
    reviewer: str,
    day: date,
    article: _Article,
    result: ImportResult,
) -> str | None:
    """Send the entry back with the comment; why not, when it cannot be."""
    if not entry.msgstr and not any(entry.msgstr_plural.values()):
        return "untranslated: nothing to reject"
    text = " ".join(comment.split())
    earlier = signoff.rejection_of(entry)
    if "fuzzy" in entry.flags and earlier and earlier.endswith(f" by {reviewer}: {text}"):
        result.unchanged += 1
        return None
    signoff.reject(entry, reviewer, day, text)
    article.changed = True
    result.rejected += 1
    return None
