"""What a check is and what it reports.

An *entry check* is a pure function from one catalog entry (plus context) to
problem messages; the runner turns them into :class:`Finding` objects with the
check's id, severity, file and line. Catalog-level checks (syntax, completion)
are :class:`CatalogCheck` records whose findings the examiner makes; every
check is listed once, in :mod:`painl10n.checks.registry`.

Suppression is per entry and per check, never global: a translator comment
``# painl10n-ignore: numbers, length`` silences those checks for that entry
only (a comment, because gettext tools drop flags they do not know).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

import polib

from ..terms.matcher import TermMatcher
from ..terms.model import Termbase
from ..text.dialect_syntax import CODE_SHORTCODES, Delimiters

Severity = Literal["error", "warning"]
# What a check looks at: one entry, one catalog, or every catalog of a language.
Scope = Literal["entry", "catalog", "language"]
_IGNORE = re.compile(r"^\s*painl10n-ignore\s*:\s*(?P<ids>.*)$")


class Finding(NamedTuple):
    """One problem, located precisely enough for an editor or a CI annotation.

    Immutable, and a named tuple rather than a frozen dataclass: a large
    report holds a hundred thousand, which the check cache reads back, and a
    tuple is made eight times faster.
    """

    check: str
    severity: Severity
    language: str
    file: str  # catalog path relative to the project
    line: int | None
    msgid: str
    message: str


@dataclass
class EntryContext:
    """Everything an entry check may need besides the entry itself."""

    language: str  # the catalog's language (gettext code, e.g. "pt_BR")
    source_language: str
    termbase: Termbase = field(default_factory=Termbase)
    source_terms: TermMatcher | None = None  # matcher for msgids
    target_terms: TermMatcher | None = None  # matcher for msgstrs
    allowed_urls: frozenset[str] = frozenset()  # localized URLs allowed for this language
    # (source, translation) numbers this language may replace, as digits: {("911", "112")}
    allowed_numbers: frozenset[tuple[str, str]] = frozenset()
    microgram_symbol: str = ""  # how this language writes micrograms; "": CLDR's symbol
    generator: str = "plain"  # whose inline syntax the translations must keep
    extensions: frozenset[str] = frozenset()  # the generator's in use: their syntax too
    math: Delimiters = ()  # Hugo's passthrough delimiters: formulas kept
    code_shortcodes: frozenset[str] = CODE_SHORTCODES  # Hugo's: their code inside a sentence
    known_words: frozenset[str] = frozenset()  # spelling: the project's word list, case-folded
    require_review: bool = False  # report translated entries not signed off (unreviewed)
    # heading_ids = "auto" with a generator: a heading's id is made of its translation,
    # so a link's #anchor may change with it (anchor-changed, a warning)
    anchors_translated: bool = False


EntryCheckFunction = Callable[[polib.POEntry, EntryContext], Iterable[str]]


@dataclass(frozen=True)
class EntryCheck:
    """A check run on every translated, non-fuzzy, non-obsolete entry."""

    id: str
    severity: Severity
    description: str  # one line, shown in docs/checks.md and in --help
    run: EntryCheckFunction
    scope: Scope = "entry"


@dataclass(frozen=True)
class CatalogCheck:
    """A check the examiner runs itself, over a whole catalog or a whole language.

    Its findings come from :mod:`painl10n.checks.examine` (syntax, completion)
    or :mod:`painl10n.checks.consistency`; the record names and documents it.
    """

    id: str
    severity: Severity
    description: str
    scope: Scope


def suppressed(entry: polib.POEntry) -> set[str]:
    """Check ids the translator silenced for this entry.

    A list whose line ends in ',' goes on on the next line: polib (and tools built
    on it) wraps a translator comment longer than 78 columns, here after a comma.
    """
    ids: set[str] = set()
    lines = (entry.tcomment or "").split("\n")
    for number, line in enumerate(lines):
        match = _IGNORE.match(line)
        if match is None:
            continue
        listed = match["ids"].rstrip()
        for more in lines[number + 1 :]:
            if not listed.endswith(","):
                break
            listed += more
        ids.update(part.strip() for part in listed.split(",") if part.strip())
    return ids


EXCERPT_WIDTH = 60  # characters of a sentence a finding's message quotes


def excerpt(sentence: str, width: int = EXCERPT_WIDTH) -> str:
    """``sentence`` on one line, cut at a word boundary to ``width`` characters with '…'."""
    text = " ".join(sentence.split())
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0] + "…"
