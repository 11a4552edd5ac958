"""Consistency across the articles of one language, from compact facts.

The runner checks one catalog at a time and lets it go once checked, so that
memory does not grow with the parsed catalogs of a whole language. What the
cross-article checks need of a catalog is kept here instead: the first
translation of each source string (with its file and line) and, per termbase
term and source wording, the target terms each article chose.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import polib

from ..terms.model import Term
from .base import CatalogCheck, EntryContext, Finding


class StringUse(NamedTuple):
    """A reviewed translation, as the string consistency check keeps it."""

    file: str
    msgctxt: str | None
    msgid: str
    msgstr: str
    line: int

    @classmethod
    def of(cls, file: str, entry: polib.POEntry) -> StringUse:
        return cls(file, entry.msgctxt, entry.msgid, entry.msgstr, entry.linenum)


class StringConsistency:
    """The same source string (and context) translated alike in every article."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.findings: list[Finding] = []
        # (msgctxt, msgid) -> (msgstr, file, line) of its first reviewed translation
        self._first: dict[tuple[str | None, str], tuple[str, str, int]] = {}

    def add(self, use: StringUse) -> None:
        """Note a reviewed translation; one unlike the first one seen is a finding."""
        key = (use.msgctxt, use.msgid)
        seen = self._first.setdefault(key, (use.msgstr, use.file, use.line))
        if seen[0] != use.msgstr:
            self.findings.append(
                Finding(
                    "consistency",
                    "warning",
                    self.language,
                    use.file,
                    use.line,
                    use.msgid,
                    f"translated differently in {seen[1]}:{seen[2]} (“{_short(seen[0])}”)",
                )
            )


class TermUse(NamedTuple):
    """A target term an entry uses for a termbase term's source wording."""

    file: str
    key: tuple[str, str]  # (concept id, source wording casefolded)
    term: str
    line: int
    msgid: str


@dataclass
class _Usage:
    """Target terms one article uses for one source wording of a term."""

    terms: set[str] = field(default_factory=set)
    line: int = 0
    msgid: str = ""


class TermConsistency:
    """Each article's choice of target term, per termbase term and source wording.

    An article whose choices share nothing with the most common choice of the
    other articles is flagged once, at its first use. Within one article a
    translator may vary (a heading and a list item need not read alike).
    """

    def __init__(self, context: EntryContext) -> None:
        self.context = context
        self._usage: dict[tuple[str, str], dict[str, _Usage]] = defaultdict(dict)

    def add(self, use: TermUse) -> None:
        found = self._usage[use.key].setdefault(use.file, _Usage(line=use.line, msgid=use.msgid))
        found.terms.add(use.term)

    def findings(self) -> Iterator[Finding]:
        for (concept_id, wording), by_file in self._usage.items():
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
                    self.context.language,
                    file,
                    choice.line,
                    choice.msgid,
                    f"“{wording}” is translated as “{'”, “'.join(sorted(choice.terms))}” in "
                    f"this article but as “{usual}” in the others (termbase: {concept_id})",
                )


def term_uses(context: EntryContext, file: str, entry: polib.POEntry) -> list[TermUse]:
    """The term choices of a reviewed entry (what :meth:`TermConsistency.add` takes);
    none without a termbase."""
    if context.source_terms is None or context.target_terms is None:
        return []
    return [
        TermUse(file, key, term, entry.linenum, entry.msgid)
        for key, term in _term_choices(entry, context)
    ]


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


CHECK = CatalogCheck(
    "consistency",
    "warning",
    "The same source string, or the same termbase term, translated differently "
    "across articles of one language.",
    "language",
)
