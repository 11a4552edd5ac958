"""The publishing gate: which translations ``build`` may publish, and which pages.

A translation that ``check`` reports as an error (an entry check, a custom
rule, or what ``msgfmt -c`` would refuse in it) is held back: its segments
fall back to the source text, as a fuzzy entry's do, and the build names it
(:class:`~painl10n.localize.translations.Withheld`). With ``publish =
"reviewed"`` for a language, a translation that no reviewer signed off
(:func:`painl10n.catalogs.signoff.is_signed_off`) is held back too.
``strict_build`` (``build --strict``) refuses the build instead
(:class:`GateRefused`).

A page is then published, with a notice, or withheld in a language
(:func:`page_fate`): ``partial_pages = "withhold"`` withholds every page
with fallback text, and ``publish_threshold`` every page below it.

Pseudo-locales are test pages: nothing in them is gated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import polib

from ..catalogs.header import key_of
from ..catalogs.signoff import is_signed_off
from ..checks.base import EntryContext, suppressed
from ..checks.examine import entry_problems
from ..checks.registry import ENTRY_CHECKS
from ..checks.rules import Rule
from ..checks.syntax import syntax_problems
from ..errors import Painl10nError
from ..languages import is_pseudo
from ..localize.translations import ArticleOutcome, Key, Withheld, localize_article
from ..project import Project
from .check import entry_context, project_rules
from .update import read_catalog
from .word_lists import word_list_path

REVIEW = "review"  # the reason's id of a translation that awaits sign-off
NOT_SIGNED_OFF = 'not signed off by a reviewer (publish = "reviewed")'

Fate = Literal["published", "notice", "withheld"]


@dataclass(frozen=True)
class Gate:
    """What holds a translation of one language back."""

    language: str
    context: EntryContext | None  # None: a pseudo-locale, nothing gated
    rules: tuple[Rule, ...] = ()  # those whose findings are errors
    reviewed: bool = False  # only signed-off translations are published
    # Entry checks whose findings are warnings, which hold nothing back: not run.
    quiet: frozenset[str] = frozenset(c.id for c in ENTRY_CHECKS if c.severity != "error")

    def held(self, catalog: polib.POFile, shown: str) -> dict[Key, Withheld]:
        """The translations of ``catalog`` (named ``shown`` in messages) held back."""
        if self.context is None:
            return {}
        syntax: dict[tuple[int, str], list[tuple[str, str]]] = {}
        for problem in syntax_problems(catalog, self.language):
            if problem.msgid and problem.line is not None:
                where = (problem.line, problem.msgid)
                syntax.setdefault(where, []).append(("syntax", problem.message))
        found: dict[Key, Withheld] = {}
        for entry in catalog:
            if entry.obsolete or not entry.msgstr or "fuzzy" in entry.flags:
                continue
            reasons = list(syntax.get((entry.linenum, entry.msgid), []))
            silenced = suppressed(entry) | self.quiet
            problems = entry_problems(entry, self.context, shown, None, silenced, self.rules)
            reasons += [(f.check, f.message) for f in problems if f.severity == "error"]
            if not reasons and self.reviewed and not is_signed_off(entry):
                reasons.append((REVIEW, NOT_SIGNED_OFF))
            if reasons:
                key = key_of(entry)
                found[key] = Withheld(key[0], key[1], entry.linenum, tuple(reasons))
        return found


_GATES: dict[tuple[object, ...], Gate] = {}


def gate_of(project: Project, language: str) -> Gate:
    """The gate of ``language``, one per process and inputs (termbase, rules, word list,
    settings): it costs more than a catalog, and a worker builds many articles."""
    settings = project.settings
    if is_pseudo(language):
        return Gate(language, None)
    key = (
        language,
        repr(settings),
        *(_stamp(path) for path in (settings.termbase, settings.rules)),
        _stamp(word_list_path(project, language)),
    )
    gate = _GATES.get(key)
    if gate is None:
        rules = tuple(
            rule
            for rule in project_rules(project)
            if rule.applies_to(language) and rule.severity == "error"
        )
        reviewed = settings.publish_mode(language) == "reviewed"
        gate = Gate(language, entry_context(project, language), rules, reviewed)
        if len(_GATES) > 64:
            _GATES.clear()
        _GATES[key] = gate
    return gate


def _stamp(path: Path) -> tuple[str, tuple[int, int, int] | None]:
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return (str(path), None)
    return (str(path), (info.st_mtime_ns, info.st_size, info.st_ino))


def page_fate(project: Project, outcome: ArticleOutcome) -> Fate:
    """Whether an article's page is published in the outcome's language, with a notice
    (some of its text is the source's), or withheld. Pseudo-locales are always published."""
    settings = project.settings
    if is_pseudo(outcome.language):
        return "published"
    if outcome.percent < settings.least_published(outcome.language):
        return "withheld"
    if not outcome.fallback:
        return "published"
    return "withheld" if settings.partial_pages == "withhold" else "notice"


def withheld_because(project: Project, outcome: ArticleOutcome) -> str:
    """Why a page is withheld in the outcome's language, in the words of the settings."""
    least = project.settings.least_published(outcome.language)
    if outcome.percent < least:
        return f"{outcome.percent:.0f}% published, below publish_threshold {least:g}%"
    return 'partial_pages = "withhold"'


class GateRefused(Painl10nError):
    """``build --strict`` (or ``strict_build``): translations that fail ``check`` refuse
    the build; nothing was written (exit code 1)."""

    exit_code = 1

    def __init__(self, outcomes: Sequence[ArticleOutcome]) -> None:
        self.outcomes = list(outcomes)
        count = sum(len(held_by_check(o)) for o in self.outcomes)
        plural = "y" if count == 1 else "ies"
        super().__init__(
            f"{count} translated entr{plural} fail check: build refused, nothing written",
            hint="run 'painl10n check' and fix them, or build without --strict to publish "
            "the source text in their place",
        )


def held_by_check(outcome: ArticleOutcome) -> list[Withheld]:
    """The entries the gate held for a ``check`` error (not those awaiting review)."""
    return [w for w in outcome.withheld if any(check != REVIEW for check, _ in w.reasons)]


@dataclass(frozen=True)
class HeldEntry:
    """An entry the gate holds back, where it is: for the status page."""

    language: str
    file: str  # the catalog, as shown
    entry: Withheld


@dataclass(frozen=True)
class HeldPage:
    """An article's page that ``build`` does not publish in a language, and why."""

    language: str
    slug: str
    why: str


@dataclass
class GateStatus:
    """What the publishing gate holds back, read from the catalogs on disk."""

    entries: list[HeldEntry]
    pages: list[HeldPage]
    notices: int  # pages published with a notice of their source text


def gate_status(project: Project, languages: Sequence[str]) -> GateStatus:
    """Every entry the gate holds back and every page it withholds, per language and
    article in source order, as the next ``build`` decides them (from the catalogs on
    disk; a catalog not written yet is all source text)."""
    status = GateStatus([], [], 0)
    articles = [project.read_article(path) for path in project.sources()]
    for language in languages:
        if is_pseudo(language):
            continue
        gate = gate_of(project, language)
        for article in articles:
            catalog = read_catalog(project, language, article.slug)
            held: dict[Key, Withheld] = {}
            if catalog is not None:
                shown = project.shown(project.catalog_path(language, article.slug))
                held = gate.held(catalog, shown)
                for entry in sorted(held.values(), key=lambda w: (w.line or 0, w.msgid)):
                    status.entries.append(HeldEntry(language, shown, entry))
            outcome = localize_article(article, catalog or polib.POFile(), language, held).outcome
            fate = page_fate(project, outcome)
            if fate == "withheld":
                why = withheld_because(project, outcome)
                status.pages.append(HeldPage(language, article.slug, why))
            status.notices += fate == "notice"
    return status
