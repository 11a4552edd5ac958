"""One catalog, examined: every check's findings and the facts the cross-article checks keep.

Pure: it takes a parsed catalog and hands back small facts, so a worker can
examine an article's catalogs and return them; :class:`LanguageRun` then
takes the facts of a language's catalogs in article order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import polib

from ..errors import Painl10nError
from . import rules as custom_rules
from .base import EntryCheck, EntryContext, Finding, Severity, suppressed
from .consistency import (
    ReverseConsistency,
    StringConsistency,
    StringUse,
    TermConsistency,
    TermUse,
    term_uses,
)
from .model import Completion, Report
from .registry import ENTRY_CHECKS
from .review import CHECK as REVIEW_CHECK
from .review import unreviewed_problem
from .rules import Rule, RuleTimeout, time_limit
from .syntax import syntax_problems


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


def examine_catalog(
    catalog: polib.POFile,
    context: EntryContext,
    shown: str,
    sources: dict[str, str],
    messages: dict[str, str],
    *,
    skipped: frozenset[str] = frozenset(),
    rules: Sequence[Rule] = (),
    memo: EntryMemo | None = None,
) -> CatalogFacts:
    """The findings and facts of one parsed catalog (``shown``: its name in findings).

    ``sources`` and ``messages`` share one copy of equal msgids and messages.
    ``skipped``: the check ids not to run (``check --check``), as if every entry
    silenced them; ``rules``: the project's custom rules for this language;
    ``memo``: the entry checks' messages of texts already checked in this run.
    """
    language = context.language
    for entry in catalog:
        entry.msgid = sources.setdefault(entry.msgid, entry.msgid)
    facts = CatalogFacts()
    facts.completion.add(catalog)
    entries = [(entry, suppressed(entry) | skipped) for entry in catalog]
    _catalog_findings(facts, language, catalog, entries, shown, "syntax" not in skipped)
    review = context.require_review and "unreviewed" not in skipped
    for entry, silenced in entries:
        if entry.obsolete or "fuzzy" in entry.flags or not entry.translated():
            continue
        facts.findings += entry_problems(entry, context, shown, messages, silenced, rules, memo)
        if review and (why := unreviewed_problem(entry)) is not None:
            facts.findings.append(
                Finding(REVIEW_CHECK.id, "error", language, shown, entry.linenum, entry.msgid, why)
            )
        if "consistency" not in silenced:
            facts.strings.append(StringUse.of(shown, entry))
            facts.terms += term_uses(context, shown, entry)
    return facts


def entry_problems(
    entry: polib.POEntry,
    context: EntryContext,
    shown: str,
    messages: dict[str, str] | None = None,
    silenced: set[str] | None = None,
    rules: Sequence[Rule] = (),
    memo: EntryMemo | None = None,
) -> list[Finding]:
    """What the entry checks and the custom rules find in one translated entry.

    The publishing gate and the review commands ask this of single entries;
    ``silenced``: the check ids not to run (by default, the entry's own
    ``painl10n-ignore`` comment); ``memo``: see :class:`EntryMemo`.
    """
    messages = {} if messages is None else messages
    silenced = suppressed(entry) if silenced is None else silenced
    found = _entry_findings(entry, silenced, context, shown, messages, memo)
    if rules:
        found += _rule_findings(entry, silenced, rules, context.language, shown, messages)
    return found


def _catalog_findings(
    facts: CatalogFacts,
    language: str,
    catalog: polib.POFile,
    entries: list[tuple[polib.POEntry, set[str]]],
    file: str,
    syntax: bool = True,
) -> None:
    def finding(check: str, line: int | None, msgid: str, text: str) -> Finding:
        severity: Severity = "warning" if check == "obsolete" else "error"
        return Finding(check, severity, language, file, line, msgid, text)

    for problem in syntax_problems(catalog, language) if syntax else ():
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


class LanguageRun:
    """One language's findings, completion and consistency facts, catalog by catalog."""

    def __init__(self, context: EntryContext, required: float) -> None:
        self.language = context.language
        self.required = required  # percent translated below which fuzzy/untranslated are errors
        self.completion = Completion()
        self.unread: list[Finding] = []  # catalogs missing or unreadable
        self.findings: list[Finding] = []  # of the catalogs read, in order
        self.levelled: list[int] = []  # indices of fuzzy/untranslated findings (error for now)
        self.strings = StringConsistency(self.language)
        self.reverse = ReverseConsistency(context)
        self.terms = TermConsistency(context)

    def record(self, facts: CatalogFacts, messages: dict[str, str]) -> None:
        """Take one catalog's facts, in article order (``messages`` shares equal texts)."""
        if facts.unread is not None:
            self.unread.append(facts.unread)
            return
        offset = len(self.findings)
        self.levelled += [offset + index for index in facts.levelled]
        share = messages.setdefault
        kept = self.findings.append
        for found in facts.findings:
            message = found[6]  # .message, as the tuple holds it (read once per finding)
            shared = share(message, message)
            kept(found if shared is message else found._replace(message=shared))
        self.completion.merge(facts.completion)
        self.strings.add_all(facts.strings)
        self.reverse.add_all(facts.strings)
        for term_use in facts.terms:
            self.terms.add(term_use)

    def finish(self, report: Report) -> None:
        """Settle the severity of fuzzy/untranslated findings, then add all to the report."""
        if self.completion.percent >= self.required:
            for index in self.levelled:
                self.findings[index] = self.findings[index]._replace(severity="warning")
        report.completion[self.language] = self.completion
        report.required[self.language] = self.required
        report.findings += self.unread
        report.findings += self.findings
        report.findings += self.strings.findings
        report.findings += self.reverse.findings
        report.findings.extend(self.terms.findings())


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


class EntryMemo:
    """The entry checks' messages for the texts one language's catalogs share, in one run.

    An entry check is a function of the entry's msgid and msgstr and of the
    language's context, which a run does not change: a pair already checked in
    another article (a heading, a disclaimer, a repeated instruction) is
    answered from here. Bounded, like the checks' own caches: the oldest pairs
    are forgotten first. 16,384 pairs (some 6 MB a language) keep a repeated
    paragraph for some 80 articles: on 1,000 articles, 3-5% of the run's CPU
    time less than 4,096 pairs.
    """

    def __init__(self, size: int = 16_384) -> None:
        self.size = size
        # (msgid, msgstr) -> each entry check's messages (None: not asked yet), in
        # ENTRY_CHECKS order
        self._found: dict[tuple[str, str], list[tuple[str, ...] | None]] = {}

    def of(self, form: polib.POEntry) -> list[tuple[str, ...] | None]:
        """Each check's messages for this (msgid, msgstr), as far as already asked."""
        key = (form.msgid, form.msgstr)
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= self.size:
                del self._found[next(iter(self._found))]
            found = self._found[key] = [None] * len(ENTRY_CHECKS)
        return found


_MEMOS: dict[tuple[str, str], EntryMemo] = {}  # (run, language) -> memo, of one run


def entry_memo(run: str, language: str) -> EntryMemo:
    """The memo of ``language`` in the run named ``run`` (any unique token), in this
    process; the memos of an earlier run are dropped."""
    memo = _MEMOS.get((run, language))
    if memo is None:
        for key in [key for key in _MEMOS if key[0] != run]:
            del _MEMOS[key]
        memo = _MEMOS[run, language] = EntryMemo()
    return memo


def _entry_findings(
    entry: polib.POEntry,
    silenced: set[str],
    context: EntryContext,
    file: str,
    messages: dict[str, str],
    memo: EntryMemo | None = None,
) -> list[Finding]:
    """Each entry check's findings, check by check (each form of a plural in turn)."""
    forms = _forms(entry)
    unknown: list[tuple[str, ...] | None] = [None] * len(ENTRY_CHECKS)
    known = [memo.of(form) if memo is not None else list(unknown) for form in forms]
    pairs = list(zip(forms, known, strict=True))
    found: list[Finding] = []
    for index, check in enumerate(ENTRY_CHECKS):
        if silenced and check.id in silenced:
            continue
        for form, said in pairs:
            texts = said[index]
            if texts is None:
                texts = said[index] = tuple(check.run(form, context))
            if texts:  # most checks find nothing: no finding is made
                found += _findings(check, texts, context.language, file, entry, messages)
    return found


def _findings(
    check: EntryCheck,
    texts: tuple[str, ...],
    language: str,
    file: str,
    entry: polib.POEntry,
    messages: dict[str, str],
) -> list[Finding]:
    return [
        Finding(
            check.id,
            check.severity,
            language,
            file,
            entry.linenum,
            entry.msgid,
            messages.setdefault(message, message),
        )
        for message in texts
    ]


def _rule_findings(
    entry: polib.POEntry,
    silenced: set[str],
    rules: Sequence[Rule],
    language: str,
    file: str,
    messages: dict[str, str],
) -> list[Finding]:
    if not rules:
        return []
    found: list[Finding] = []
    rule = None
    try:
        with time_limit():
            for rule in rules:
                if rule.check in silenced:
                    continue
                for form in _forms(entry):
                    for message in rule.problems(form.msgid, form.msgstr):
                        text = messages.setdefault(message, message)
                        found.append(
                            Finding(
                                rule.check,
                                rule.severity,
                                language,
                                file,
                                entry.linenum,
                                entry.msgid,
                                text,
                            )
                        )
    except RuleTimeout:
        assert rule is not None
        raise Painl10nError(
            f"custom rule {rule.id!r} took more than {custom_rules.SECONDS:g} s on this entry",
            path=file,
            line=entry.linenum,
            hint="its pattern backtracks: make it simpler (docs/rules.md)",
        ) from None
    return found
