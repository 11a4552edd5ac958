"""painl10n check: run every check over every catalog and collect findings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import polib

from ..errors import Painl10nError
from ..progress import Progress, report_progress
from ..project import Project, read_catalog
from ..shard import Shard
from ..terms.matcher import TermMatcher
from ..terms.model import Term
from . import markup, numbers, style, terminology
from .base import EntryCheck, EntryContext, Finding, Severity, suppressed
from .catalog import Completion, syntax_problems

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


@dataclass
class _Catalog:
    language: str
    file: str
    entries: polib.POFile


def run_checks(
    project: Project,
    languages: Sequence[str] | None = None,
    progress: Progress | None = None,
    *,
    shard: Shard | None = None,
) -> Report:
    """Check the catalogs of the chosen languages (all by default).

    With ``shard``, only that share of the articles (by slug): consistency
    across articles is then checked within the shard only.
    """
    chosen = project.select_languages(languages)
    termbase = project.termbase()
    source = project.settings.source_language
    source_terms = TermMatcher(termbase, source) if termbase.concepts else None
    report = Report(shard=shard)
    slugs = _slugs(project)
    if shard is not None:
        slugs = shard.select(slugs, str)
    for language in chosen:
        context = EntryContext(
            language=language,
            source_language=source,
            termbase=termbase,
            source_terms=source_terms,
            target_terms=TermMatcher(termbase, language) if termbase.concepts else None,
            allowed_urls=frozenset(project.settings.allowed_urls.get(language, ())),
        )
        catalogs = _load(project, language, report, slugs)
        completion = Completion()
        for catalog in catalogs:
            completion.add(catalog.entries)
        required = project.settings.required_completion(language)
        report.completion[language] = completion
        report.required[language] = required
        below = completion.percent < required
        for catalog in catalogs:
            report.findings.extend(_catalog_findings(catalog, below))
            report.findings.extend(_entry_findings(catalog, context))
        report.findings.extend(_consistency(catalogs, context))
        report_progress(progress, language, len(chosen))
    return report


def _load(project: Project, language: str, report: Report, slugs: list[str]) -> list[_Catalog]:
    loaded = []
    for slug in slugs:
        path = project.catalog_path(language, slug)
        shown = project.shown(path)
        report.catalogs.append((language, shown))
        if not path.is_file():
            report.findings.append(
                Finding(
                    "untranslated",
                    "error",
                    language,
                    shown,
                    None,
                    "",
                    "no catalog for this article: run 'painl10n update'",
                )
            )
            continue
        try:
            catalog = read_catalog(project, language, slug)
        except Painl10nError as exc:
            report.findings.append(
                Finding("syntax", "error", language, shown, exc.line, "", exc.message)
            )
            continue
        assert catalog is not None
        loaded.append(_Catalog(language, shown, catalog))
    return loaded


def _slugs(project: Project) -> list[str]:
    """Articles that have a template (what update would create catalogs for)."""
    folder = project.settings.locales_dir / "templates" / "LC_MESSAGES"
    return sorted(p.stem for p in folder.glob("*.pot")) if folder.is_dir() else []


def _catalog_findings(catalog: _Catalog, below: bool) -> Iterable[Finding]:
    def finding(check: str, severity: Severity, line: int | None, msgid: str, text: str) -> Finding:
        return Finding(check, severity, catalog.language, catalog.file, line, msgid, text)

    for problem in syntax_problems(catalog.entries, catalog.language):
        yield finding("syntax", "error", problem.line, problem.msgid, problem.message)
    level: Severity = "error" if below else "warning"
    for entry in catalog.entries:
        if "fuzzy" in suppressed(entry) and "fuzzy" in entry.flags:
            continue
        if entry.obsolete:
            if "obsolete" not in suppressed(entry):
                yield finding(
                    "obsolete",
                    "warning",
                    entry.linenum,
                    entry.msgid,
                    "obsolete entry (its string is no longer in the article)",
                )
        elif "fuzzy" in entry.flags and entry.msgstr:
            yield finding(
                "fuzzy",
                level,
                entry.linenum,
                entry.msgid,
                "fuzzy translation: review it and remove the fuzzy flag",
            )
        elif not entry.translated() and "untranslated" not in suppressed(entry):
            yield finding("untranslated", level, entry.linenum, entry.msgid, "not translated")


def _forms(entry: polib.POEntry) -> Iterable[polib.POEntry]:
    """Each translation of an entry as its own (msgid, msgstr) pair."""
    if not entry.msgid_plural:
        yield entry
        return
    for index, text in sorted(entry.msgstr_plural.items()):
        msgid = entry.msgid if index == 0 else entry.msgid_plural
        yield polib.POEntry(msgid=msgid, msgstr=text, tcomment=entry.tcomment, flags=entry.flags)


def _reviewed(entries: polib.POFile) -> Iterable[polib.POEntry]:
    for entry in entries:
        if not entry.obsolete and "fuzzy" not in entry.flags and entry.translated():
            yield entry


def _entry_findings(catalog: _Catalog, context: EntryContext) -> Iterable[Finding]:
    for entry in _reviewed(catalog.entries):
        silenced = suppressed(entry)
        for check in ENTRY_CHECKS:
            if check.id in silenced:
                continue
            for form in _forms(entry):
                for message in check.run(form, context):
                    yield Finding(
                        check.id,
                        check.severity,
                        catalog.language,
                        catalog.file,
                        entry.linenum,
                        entry.msgid,
                        message,
                    )


def _consistency(catalogs: list[_Catalog], context: EntryContext) -> Iterable[Finding]:
    """Across the articles of one language: same string or same term, one translation."""
    yield from _string_consistency(catalogs)
    yield from _term_consistency(catalogs, context)


def _string_consistency(catalogs: list[_Catalog]) -> Iterable[Finding]:
    first: dict[tuple[str | None, str], tuple[str, str, int]] = {}
    for catalog in catalogs:
        for entry in _reviewed(catalog.entries):
            if "consistency" in suppressed(entry):
                continue
            key = (entry.msgctxt, entry.msgid)
            seen = first.setdefault(key, (entry.msgstr, catalog.file, entry.linenum))
            if seen[0] != entry.msgstr:
                yield Finding(
                    "consistency",
                    "warning",
                    catalog.language,
                    catalog.file,
                    entry.linenum,
                    entry.msgid,
                    f"translated differently in {seen[1]}:{seen[2]} (“{_short(seen[0])}”)",
                )


@dataclass
class _Usage:
    """Target terms one article uses for one source wording of a term."""

    terms: set[str] = field(default_factory=set)
    line: int = 0
    msgid: str = ""


def _term_consistency(catalogs: list[_Catalog], context: EntryContext) -> Iterable[Finding]:
    """Each article's choice of target term, per termbase term and source wording.

    An article whose choices share nothing with the most common choice of the
    other articles is flagged once, at its first use. Within one article a
    translator may vary (a heading and a list item need not read alike).
    """
    if context.source_terms is None or context.target_terms is None:
        return
    usage: dict[tuple[str, str], dict[str, _Usage]] = defaultdict(dict)
    for catalog in catalogs:
        for entry in _reviewed(catalog.entries):
            if "consistency" in suppressed(entry):
                continue
            for key, term in _term_choices(entry, context):
                found = usage[key].setdefault(
                    catalog.file, _Usage(line=entry.linenum, msgid=entry.msgid)
                )
                found.terms.add(term)
    for (concept_id, wording), by_file in usage.items():
        if len(by_file) < 2:
            continue
        counts: dict[str, int] = defaultdict(int)
        for choice in by_file.values():
            for term in choice.terms:
                counts[term] += 1
        usual = max(counts, key=lambda term: (counts[term], -len(term)))
        for file, choice in by_file.items():
            if any(_same_choice(usual, term) for term in choice.terms):
                continue
            yield Finding(
                "consistency",
                "warning",
                context.language,
                file,
                choice.line,
                choice.msgid,
                f"“{wording}” is translated as “{'”, “'.join(sorted(choice.terms))}” in this "
                f"article but as “{usual}” in the others (termbase: {concept_id})",
            )


def _term_choices(
    entry: polib.POEntry, context: EntryContext
) -> Iterable[tuple[tuple[str, str], str]]:
    assert context.source_terms is not None and context.target_terms is not None
    targets = [m for m in context.target_terms.find(entry.msgstr) if m.term.term_type != "variant"]
    for source in context.source_terms.find(entry.msgid):
        for match in targets:
            if match.concept.id == source.concept.id and _same_kind(source.term, match.term):
                yield (source.concept.id, source.text.casefold()), match.term.text


def _same_kind(source: Term, target: Term) -> bool:
    abbreviated = ("acronym", "abbreviation")
    if (source.term_type in abbreviated) != (target.term_type in abbreviated):
        return False
    return not (source.part_of_speech and target.part_of_speech) or (
        source.part_of_speech == target.part_of_speech
    )


def _same_choice(first: str, other: str) -> bool:
    a, b = set(first.casefold().split()), set(other.casefold().split())
    return a <= b or b <= a


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


__all__ = ["ENTRY_CHECKS", "Report", "check_descriptions", "run_checks"]
