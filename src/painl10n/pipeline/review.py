"""``painl10n review``: list what awaits review, approve entries, send one back.

A sign-off is a translator comment in the catalog, bound to the entry's text
(:mod:`painl10n.catalogs.signoff`); the text it vouched for goes to the
ledger beside the catalog (``<slug>.signoffs``). ``approve`` signs off only
what may be published as it stands: an entry that is fuzzy, untranslated or
has a ``check`` error is refused and named. Catalogs and ledgers are written
together, all or nothing, under the project lock; a second identical run
rewrites nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import polib

from ..catalogs import signoff
from ..catalogs.header import key_of
from ..checks.base import EntryContext
from ..checks.examine import entry_problems
from ..checks.rules import Rule
from ..errors import Painl10nError
from ..po import read_po
from ..project import Project, article_slugs
from ..review.ledger import ledger_update
from ..review.queue import Queue, review_queue
from ..review.refs import EntryRef
from ..runtime.lock import locked
from ..runtime.staging import FileChanges, commit_files
from .check import entry_context, project_rules
from .update import catalog_text, ledger_data, read_catalog


@dataclass(frozen=True)
class CatalogQueue:
    """One article's catalog in one language, and what awaits review in it."""

    language: str
    slug: str
    file: str  # as shown
    queue: Queue


@dataclass(frozen=True)
class Refusal:
    """An entry ``approve`` would not sign off, and why (one line)."""

    file: str
    line: int
    msgid: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass
class ApproveResult:
    """What ``approve`` signed off, what was already signed off, what it refused."""

    signed: list[tuple[str, int, str]] = field(default_factory=list)  # file, line, msgid
    already: int = 0
    refused: list[Refusal] = field(default_factory=list)
    files: FileChanges = field(default_factory=FileChanges)


@dataclass
class RejectResult:
    """The entry sent back to its translator, and the comment line written."""

    file: str
    line: int
    msgid: str
    comment: str
    files: FileChanges


def review_list(project: Project, languages: Sequence[str] | None = None) -> list[CatalogQueue]:
    """Every catalog of the chosen languages (all by default), in article order."""
    found = []
    for language in project.select_languages(languages):
        for slug in _catalog_slugs(project, language, ()):
            catalog = _read(project, language, slug)
            shown = project.shown(project.catalog_path(language, slug))
            found.append(CatalogQueue(language, slug, shown, review_queue(catalog)))
    return found


@locked
def approve(
    project: Project,
    language: str,
    slugs: Sequence[str] = (),
    refs: Sequence[str] = (),
    *,
    reviewer: str,
    day: date,
) -> ApproveResult:
    """Sign off the translated entries of ``slugs`` (every article without) that pass
    ``check``; with ``refs``, only the entries they name (each must name one)."""
    (language,) = project.select_languages([language])
    reviewer = _reviewer(reviewer)
    parsed = [EntryRef.parse(ref) for ref in refs]
    chosen = _catalog_slugs(project, language, _with_ref_slugs(slugs, parsed))
    catalogs = {slug: _read(project, language, slug) for slug in chosen}
    targets = _named_entries(project, language, catalogs, parsed) if parsed else None
    context = entry_context(project, language)
    rules = tuple(rule for rule in project_rules(project) if rule.applies_to(language))
    result = ApproveResult()
    writes: list[tuple[Path, str | bytes | None]] = []
    for slug, catalog in catalogs.items():
        path = project.catalog_path(language, slug)
        shown = project.shown(path)
        signed: dict[str, signoff.SignedText] = {}
        refused: list[tuple[polib.POEntry, str]] = []
        approved: list[polib.POEntry] = []
        for entry in catalog:
            if entry.obsolete or (targets is not None and id(entry) not in targets):
                continue
            if signoff.is_signed_off(entry):
                result.already += 1
                continue
            reason = approval_refusal(entry, context, shown, rules)
            if reason is not None:
                refused.append((entry, reason))
                continue
            made = signoff.sign(entry, reviewer, day)
            signed[made.digest] = signoff.signed_text(entry, made)
            approved.append(entry)
        lines = {id(entry): entry.linenum for entry in catalog}
        if signed:
            text = catalog_text(project, path, catalog)
            writes.append((path, text))
            lines = _lines_in(text, catalog, shown)  # the sign-off lines moved the entries
        result.signed += [(shown, lines[id(entry)], entry.msgid) for entry in approved]
        result.refused += [
            Refusal(shown, lines[id(entry)], entry.msgid, reason) for entry, reason in refused
        ]
        writes.append(_ledger_write(project, language, slug, catalog, signed))
    result.files = _write(project, writes)
    return result


@locked
def reject(
    project: Project,
    language: str,
    slug: str,
    ref: str,
    *,
    reviewer: str,
    day: date,
    comment: str,
) -> RejectResult:
    """Send one entry back: fuzzy, its sign-off gone, the reviewer's comment added."""
    (language,) = project.select_languages([language])
    reviewer = _reviewer(reviewer)
    parsed = EntryRef.parse(ref)
    (slug,) = _catalog_slugs(project, language, [slug])
    catalog = _read(project, language, slug)
    path = project.catalog_path(language, slug)
    shown = project.shown(path)
    (entry,) = _named_entries(project, language, {slug: catalog}, [parsed]).values()
    if not entry.msgstr and not any(entry.msgstr_plural.values()):
        raise Painl10nError(
            "nothing to reject: the entry is not translated",
            path=shown,
            line=entry.linenum,
            hint="a reviewer rejects a translation; this one has none yet",
        )
    try:
        line = signoff.reject(entry, reviewer, day, comment)
    except signoff.SignOffError as exc:
        raise Painl10nError(str(exc), hint="give --comment TEXT for the translator") from exc
    writes = [
        (path, catalog_text(project, path, catalog)),
        _ledger_write(project, language, slug, catalog, {}),
    ]
    files = _write(project, writes)
    return RejectResult(shown, entry.linenum, entry.msgid, line, files)


def _reviewer(name: str) -> str:
    try:
        return signoff.check_reviewer(name)
    except signoff.SignOffError as exc:
        raise Painl10nError(str(exc), hint="give --by with the reviewer's name") from exc


def approval_refusal(
    entry: polib.POEntry, context: EntryContext, shown: str, rules: Sequence[Rule]
) -> str | None:
    """Why the entry may not be signed off as it is, or None."""
    if "fuzzy" in entry.flags:
        return "fuzzy: the translator has not confirmed this translation; not approved"
    if not signoff.is_translated(entry):
        return "untranslated; not approved"
    problems = [
        found
        for found in entry_problems(entry, context, shown, rules=rules)
        if found.severity == "error"
    ]
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return f"check error [{first.check}] {first.message}{more}; not approved"
    return None


def _lines_in(text: str, catalog: polib.POFile, shown: str) -> dict[int, int]:
    """The line of each entry's msgid in ``text`` (``catalog`` as written), by identity."""
    written = {key_of(e): e.linenum for e in read_po(text, path=shown) if not e.obsolete}
    return {id(e): written[key_of(e)] for e in catalog if not e.obsolete}


def _with_ref_slugs(slugs: Sequence[str], refs: Sequence[EntryRef]) -> list[str]:
    """The articles named, and those a ``FILE.po:LINE`` reference names by its file."""
    named = list(dict.fromkeys(slugs))
    from_refs = [ref.slug for ref in refs if ref.slug is not None]
    if named:
        for ref in refs:
            if ref.slug is not None and ref.slug not in named:
                raise Painl10nError(
                    f"--entry {ref.text!r} names a catalog of none of the articles given",
                    hint="name its article, or leave the articles out",
                )
        return named
    return list(dict.fromkeys(slug for slug in from_refs if slug is not None))


def _catalog_slugs(project: Project, language: str, slugs: Sequence[str]) -> list[str]:
    """The articles asked for (each must have a catalog), or every article's with one."""
    on_disk = [path.stem for path in project.catalog_files(language)]
    if slugs:
        for slug in slugs:
            if slug not in on_disk:
                raise Painl10nError(
                    f"no {language} catalog for the article {slug!r}",
                    path=project.shown(project.catalogs_dir(language)),
                    hint="give an article's slug as 'painl10n review list' shows it",
                )
        return list(slugs)
    if not project.settings.source_dir.is_dir():  # catalogs without their articles
        return on_disk
    present = set(on_disk)
    return [slug for slug in dict.fromkeys(article_slugs(project)) if slug in present]


def _read(project: Project, language: str, slug: str) -> polib.POFile:
    catalog = read_catalog(project, language, slug)
    if catalog is None:
        path = project.catalog_path(language, slug)
        raise Painl10nError(
            "no catalog", path=project.shown(path), hint="run 'painl10n update' first"
        )
    return catalog


def _named_entries(
    project: Project,
    language: str,
    catalogs: dict[str, polib.POFile],
    refs: Sequence[EntryRef],
) -> dict[int, polib.POEntry]:
    """The entries the references name, by identity; each reference must name one."""
    found: dict[int, polib.POEntry] = {}
    for ref in refs:
        hits = []
        for slug, catalog in catalogs.items():
            shown = project.shown(project.catalog_path(language, slug))
            if ref.names_file(shown):
                hits += [(shown, entry) for entry in catalog if ref.matches(entry)]
        if len(hits) != 1:
            where = ", ".join(f"{shown}:{entry.linenum}" for shown, entry in hits[:5])
            more = "…" if len(hits) > 5 else ""
            what = "no entry" if not hits else f"{len(hits)} entries ({where}{more})"
            raise Painl10nError(
                f"--entry {ref.text!r} matches {what} in the {language} catalogs chosen",
                hint="give FILE.po:LINE as 'painl10n review list' shows it",
            )
        entry = hits[0][1]
        found[id(entry)] = entry
    return found


def _ledger_write(
    project: Project,
    language: str,
    slug: str,
    catalog: polib.POFile,
    signed: dict[str, signoff.SignedText],
) -> tuple[Path, bytes | None]:
    path = project.signoff_ledger_path(language, slug)
    return path, ledger_update(ledger_data(project, path), catalog, signed)


def _write(project: Project, writes: Sequence[tuple[Path, str | bytes | None]]) -> FileChanges:
    """Write the changed files together; then remove the ledgers left without a record."""
    files = commit_files([(path, data) for path, data in writes if data is not None], project.shown)
    for path, data in writes:
        if data is None and path.is_file():
            path.unlink()
            files.removed.append(project.shown(path))
    return files
