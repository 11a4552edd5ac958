"""Consistency across the articles of one language, from compact facts.

The runner checks one catalog at a time and lets it go once checked, so that
memory does not grow with the parsed catalogs of a whole language. What the
cross-article checks need of a catalog is kept here instead: the first
translation of each source string (with its file and line), the first source
of each translation (the reverse direction) and, per termbase term and source
wording, the target terms each article chose.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import polib

from ..terms.model import Term
from .base import CatalogCheck, EntryContext, Finding


class StringUse(NamedTuple):
    """A reviewed translation, as the string consistency checks keep it."""

    file: str
    msgctxt: str | None
    msgid: str
    msgstr: str
    line: int

    @classmethod
    def of(cls, file: str, entry: polib.POEntry) -> StringUse:
        return cls(file, entry.msgctxt, entry.msgid, entry.msgstr, entry.linenum)


_FINAL = " .!?:;…。؟!\u00a0\u202f"  # a heading and a sentence may end differently


def loose(text: str) -> str:
    """A text as a reader compares two: NFKC, casefolded, punctuation, quotes, dashes
    and Markdown marks dropped, spaces collapsed. Digits, letters, "%" and symbols
    such as < > + stay: they change what a text says."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_dropped())
    return " ".join(folded.split()).replace(" %", "%")


@lru_cache(maxsize=1)
def _dropped() -> dict[int, str]:
    """Punctuation (Unicode P*, but "%") and Markdown's marks, each to a space."""
    table = {code: " " for code in range(0x10000) if unicodedata.category(chr(code))[0] == "P"}
    table.update({ord(mark): " " for mark in "`*~^"})
    del table[ord("%")]
    return table


class StringConsistency:
    """The same source string (and context) translated alike in every article."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.findings: list[Finding] = []
        # (msgctxt, msgid) -> (msgstr, file, line) of its first reviewed translation
        self._first: dict[tuple[str | None, str], tuple[str, str, int]] = {}

    def add(self, use: StringUse) -> None:
        """Note a reviewed translation; one unlike the first one seen is a finding."""
        self.add_all((use,))

    def add_all(self, uses: Iterable[StringUse]) -> None:
        """:meth:`add` each use in turn (one call for a catalog's uses: a large project
        has a few hundred thousand, taken in the main process while workers check)."""
        first = self._first
        for use in uses:
            key = (use.msgctxt, use.msgid)
            seen = first.get(key)
            if seen is None:
                first[key] = (use.msgstr, use.file, use.line)
            elif seen[0] != use.msgstr:
                self._differs(use, seen)

    def _differs(self, use: StringUse, seen: tuple[str, str, int]) -> None:
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


class ReverseConsistency:
    """One translation used for two different source strings within a language.

    Often a mistranslation (two instructions rendered alike, one of them
    wrongly); reported at the first use of each other source, as a warning.
    Sources that differ only in case, punctuation or typography, or only by
    synonyms of one termbase concept, may share a translation. Translations
    are compared as written but for their final punctuation; those without a
    letter (numbers, symbols) are left alone.

    Cheap over a large project: each use costs a dictionary look-up; texts
    are normalized (and the termbase consulted) only when two sources meet.
    """

    def __init__(self, context: EntryContext) -> None:
        self.context = context
        self.findings: list[Finding] = []
        # translation -> (msgid, file, line) of its first use
        self._first: dict[str, tuple[str, str, int]] = {}
        self._alike: set[tuple[str, str]] = set()  # (first msgid, other msgid) compared

    def add(self, use: StringUse) -> None:
        self.add_all((use,))

    def add_all(self, uses: Iterable[StringUse]) -> None:
        """:meth:`add` each use in turn, as :meth:`StringConsistency.add_all`."""
        first = self._first
        for use in uses:
            target = use.msgstr.rstrip(_FINAL)
            seen = first.get(target)
            if seen is None:
                first[target] = (use.msgid, use.file, use.line)
            elif seen[0] != use.msgid and (seen[0], use.msgid) not in self._alike:
                self._met(use, target, seen)

    def _met(self, use: StringUse, target: str, seen: tuple[str, str, int]) -> None:
        """A second source text with the translation ``target``."""
        self._alike.add((seen[0], use.msgid))
        if not any(char.isalpha() for char in target) or self._same_source(seen[0], use.msgid):
            return
        self.findings.append(
            Finding(
                "consistency",
                "warning",
                self.context.language,
                use.file,
                use.line,
                use.msgid,
                f"translated as “{_short(use.msgstr)}” like another source text, "
                f"“{_short(seen[0])}” ({seen[1]}:{seen[2]}): is one of them mistranslated?",
            )
        )

    def _same_source(self, first: str, other: str) -> bool:
        return loose(first) == loose(other) or self._by_concept(first) == self._by_concept(other)

    def _by_concept(self, msgid: str) -> str:
        """The loose text with each termbase term replaced by its concept: synonyms alike."""
        matcher = self.context.source_terms
        if matcher is None:
            return loose(msgid)
        parts, done = [], 0
        for match in sorted(matcher.find(msgid), key=lambda m: (m.start, -m.end)):
            if match.start < done:
                continue
            parts += [msgid[done : match.start], f" \x00{match.concept.id}\x00 "]
            done = match.end
        parts.append(msgid[done:])
        return loose("".join(parts))


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
    "across articles of one language; or one translation used for two different "
    "source strings (not for sources that differ only in case, punctuation or "
    "typography, or by synonyms of one termbase concept).",
    "language",
)
