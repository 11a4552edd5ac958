"""painl10n check: run every check over every catalog and collect findings."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

import polib

from ..errors import Painl10nError
from ..pipeline.update import read_catalog
from ..project import Project
from ..runtime.parallel import run_ordered
from ..runtime.progress import Progress, report_progress
from ..runtime.shard import Shard
from ..terms.matcher import TermMatcher
from . import markup, numbers, style, terminology
from .base import EntryCheck, EntryContext, Finding, Severity, suppressed
from .catalog import Completion, syntax_problems
from .consistency import StringConsistency, StringUse, TermConsistency, TermUse, term_uses

ENTRY_CHECKS: tuple[EntryCheck, ...] = (
    *terminology.CHECKS,
    *numbers.CHECKS,
    *markup.CHECKS,
    *style.CHECKS,
)

# Checks the runner does itself (whole catalogs or several catalogs at once).
CATALOG_CHECKS: dict[str, tuple[str, str]] = {
    "syntax": ("error", "The catalog parses and passes what msgfmt -c enforces."),
    "untranslated": (
        "error",
        "A message without translation (an error while the language is below its "
        "required completion, else a warning).",
    ),
    "fuzzy": (
        "error",
        "A fuzzy (unreviewed) translation; never published (error below the required "
        "completion, else a warning).",
    ),
    "obsolete": ("warning", "An obsolete (#~) entry kept for reference; remove when done."),
    "consistency": (
        "warning",
        "The same source string, or the same termbase term, translated differently "
        "across articles of one language.",
    ),
}


def check_descriptions() -> list[tuple[str, str, str]]:
    """(id, severity, description) of every check, for docs and --help."""
    rows = [(cid, sev, text) for cid, (sev, text) in CATALOG_CHECKS.items()]
    rows += [(c.id, c.severity, c.description) for c in ENTRY_CHECKS]
    return rows


@dataclass
class Report:
    """Findings plus the completion of each language."""

    findings: list[Finding] = field(default_factory=list)
    completion: dict[str, Completion] = field(default_factory=dict)
    required: dict[str, float] = field(default_factory=dict)
    catalogs: list[tuple[str, str]] = field(default_factory=list)  # (language, file)
    shard: Shard | None = None  # only these articles were checked

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity == "warning" for f in self.findings)


def run_checks(
    project: Project,
    languages: Sequence[str] | None = None,
    progress: Progress | None = None,
    *,
    shard: Shard | None = None,
    jobs: int = 1,
) -> Report:
    """Check the catalogs of the chosen languages (all by default), over ``jobs`` processes.

    With ``shard``, only that share of the articles (by slug): consistency
    across articles is then checked within the shard only.

    Article by article (in any process), each of its catalogs is read, checked
    and let go: only findings and the compact facts of the consistency checks
    come back, so memory does not hold a language's parsed catalogs, and an
    article's source strings are analysed once for all its languages. This
    process then takes the articles' facts in order, so the report does not
    depend on ``jobs``.
    """
    chosen = project.select_languages(languages)
    termbase = project.termbase()
    source = project.settings.source_language
    source_terms = TermMatcher(termbase, source) if termbase.concepts else None
    report = Report(shard=shard)
    slugs = _slugs(project)
    if shard is not None:
        slugs = shard.select(slugs, str)
    contexts = tuple(
        EntryContext(
            language=language,
            source_language=source,
            termbase=termbase,
            source_terms=source_terms,
            target_terms=TermMatcher(termbase, language) if termbase.concepts else None,
            allowed_urls=frozenset(project.settings.allowed_urls.get(language, ())),
        )
        for language in chosen
    )
    runs = [
        _LanguageRun(context, project.settings.required_completion(context.language))
        for context in contexts
    ]
    for run in runs:
        report.catalogs += [(run.language, _shown(project, run.language, slug)) for slug in slugs]
    total = len(runs) * len(slugs)
    messages: dict[str, str] = {}  # one copy of each finding message (they repeat a lot)
    examine = partial(examine_article, project, contexts)
    for slug, article in zip(slugs, run_ordered(examine, slugs, jobs), strict=True):
        for run, facts in zip(runs, article, strict=True):
            run.record(facts, messages)
            report_progress(progress, f"{run.language}/{slug}", total)
    for run in runs:
        run.finish(report)
    return report


@dataclass
class CatalogFacts:
    """What one catalog adds to the report: its findings, its counts and what the
    cross-article checks keep of it. Small, so a worker can hand it back."""

    unread: Finding | None = None  # the catalog is missing or cannot be read
    findings: list[Finding] = field(default_factory=list)
    levelled: list[int] = field(default_factory=list)  # fuzzy/untranslated: error for now
    completion: Completion = field(default_factory=Completion)
    strings: list[StringUse] = field(default_factory=list)  # reviewed translations
    terms: list[TermUse] = field(default_factory=list)  # target terms chosen


def examine_article(
    project: Project, contexts: Sequence[EntryContext], slug: str
) -> list[CatalogFacts]:
    """Check one article's catalog in each language (in a worker when jobs > 1)."""
    sources: dict[str, str] = {}  # the article's msgids, one copy for all its languages
    messages: dict[str, str] = {}
    return [_examine(project, context, slug, sources, messages) for context in contexts]


def _examine(
    project: Project,
    context: EntryContext,
    slug: str,
    sources: dict[str, str],
    messages: dict[str, str],
) -> CatalogFacts:
    language = context.language
    shown = _shown(project, language, slug)
    if not project.catalog_path(language, slug).is_file():
        text = "no catalog for this article: run 'painl10n update'"
        return CatalogFacts(Finding("untranslated", "error", language, shown, None, "", text))
    try:
        catalog = read_catalog(project, language, slug)
    except Painl10nError as exc:
        return CatalogFacts(Finding("syntax", "error", language, shown, exc.line, "", exc.message))
    assert catalog is not None
    for entry in catalog:
        entry.msgid = sources.setdefault(entry.msgid, entry.msgid)
    facts = CatalogFacts()
    facts.completion.add(catalog)
    entries = [(entry, suppressed(entry)) for entry in catalog]
    _catalog_findings(facts, language, catalog, entries, shown)
    for entry, silenced in entries:
        if entry.obsolete or "fuzzy" in entry.flags or not entry.translated():
            continue
        facts.findings.extend(_entry_findings(entry, silenced, context, shown, messages))
        if "consistency" not in silenced:
            facts.strings.append(StringUse.of(shown, entry))
            facts.terms += term_uses(context, shown, entry)
    return facts


def _catalog_findings(
    facts: CatalogFacts,
    language: str,
    catalog: polib.POFile,
    entries: list[tuple[polib.POEntry, set[str]]],
    file: str,
) -> None:
    def finding(check: str, line: int | None, msgid: str, text: str) -> Finding:
        severity: Severity = "warning" if check == "obsolete" else "error"
        return Finding(check, severity, language, file, line, msgid, text)

    for problem in syntax_problems(catalog, language):
        facts.findings.append(finding("syntax", problem.line, problem.msgid, problem.message))
    for entry, silenced in entries:
        if "fuzzy" in silenced and "fuzzy" in entry.flags:
            continue
        if entry.obsolete:
            if "obsolete" not in silenced:
                text = "obsolete entry (its string is no longer in the article)"
                facts.findings.append(finding("obsolete", entry.linenum, entry.msgid, text))
            continue
        if "fuzzy" in entry.flags and entry.msgstr:
            check, text = "fuzzy", "fuzzy translation: review it and remove the fuzzy flag"
        elif not entry.translated() and "untranslated" not in silenced:
            check, text = "untranslated", "not translated"
        else:
            continue
        # An error or a warning depends on the completion of the whole language.
        facts.levelled.append(len(facts.findings))
        facts.findings.append(finding(check, entry.linenum, entry.msgid, text))


class _LanguageRun:
    """One language's findings, completion and consistency facts, catalog by catalog."""

    def __init__(self, context: EntryContext, required: float) -> None:
        self.language = context.language
        self.required = required  # percent translated below which fuzzy/untranslated are errors
        self.completion = Completion()
        self.unread: list[Finding] = []  # catalogs missing or unreadable
        self.findings: list[Finding] = []  # of the catalogs read, in order
        self.levelled: list[int] = []  # indices of fuzzy/untranslated findings (error for now)
        self.strings = StringConsistency(self.language)
        self.terms = TermConsistency(context)

    def record(self, facts: CatalogFacts, messages: dict[str, str]) -> None:
        """Take one catalog's facts, in article order (``messages`` shares equal texts)."""
        if facts.unread is not None:
            self.unread.append(facts.unread)
            return
        offset = len(self.findings)
        self.levelled += [offset + index for index in facts.levelled]
        for found in facts.findings:
            shared = messages.setdefault(found.message, found.message)
            self.findings.append(
                found if shared is found.message else replace(found, message=shared)
            )
        self.completion.merge(facts.completion)
        for use in facts.strings:
            self.strings.add(use)
        for term_use in facts.terms:
            self.terms.add(term_use)

    def finish(self, report: Report) -> None:
        """Settle the severity of fuzzy/untranslated findings, then add all to the report."""
        if self.completion.percent >= self.required:
            for index in self.levelled:
                self.findings[index] = replace(self.findings[index], severity="warning")
        report.completion[self.language] = self.completion
        report.required[self.language] = self.required
        report.findings += self.unread
        report.findings += self.findings
        report.findings += self.strings.findings
        report.findings.extend(self.terms.findings())


def _shown(project: Project, language: str, slug: str) -> str:
    return project.shown(project.catalog_path(language, slug))


def _slugs(project: Project) -> list[str]:
    """Articles that have a template (what update would create catalogs for)."""
    folder = project.settings.locales_dir / "templates" / "LC_MESSAGES"
    return sorted(p.stem for p in folder.glob("*.pot")) if folder.is_dir() else []


def _forms(entry: polib.POEntry) -> list[polib.POEntry]:
    """Each translation of an entry as its own (msgid, msgstr) pair."""
    if not entry.msgid_plural:
        return [entry]
    return [
        polib.POEntry(
            msgid=entry.msgid if index == 0 else entry.msgid_plural,
            msgstr=text,
            tcomment=entry.tcomment,
            flags=entry.flags,
        )
        for index, text in sorted(entry.msgstr_plural.items())
    ]


def _entry_findings(
    entry: polib.POEntry,
    silenced: set[str],
    context: EntryContext,
    file: str,
    messages: dict[str, str],
) -> Iterator[Finding]:
    forms = _forms(entry)
    for check in ENTRY_CHECKS:
        if check.id in silenced:
            continue
        for form in forms:
            for message in check.run(form, context):
                yield Finding(
                    check.id,
                    check.severity,
                    context.language,
                    file,
                    entry.linenum,
                    entry.msgid,
                    messages.setdefault(message, message),
                )


__all__ = ["ENTRY_CHECKS", "Report", "check_descriptions", "run_checks"]
