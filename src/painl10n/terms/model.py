"""Termbase model (TBX-Basic's concept → language → term structure).

A concept groups the terms that name one thing in every language. Each term
has an administrative status: *preferred* and *admitted* terms are approved
translations, *deprecated* and *superseded* ones are forbidden. A concept
whose note says ``do-not-translate`` (brand names, clinic names) must appear
unchanged in every translation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("preferred", "admitted", "deprecated", "superseded")
APPROVED = ("preferred", "admitted")
FORBIDDEN = ("deprecated", "superseded")
TERM_TYPES = ("fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase")
PARTS_OF_SPEECH = ("noun", "verb", "adjective", "adverb", "properNoun", "other")
DNT_MARKER = "do-not-translate"


@dataclass(frozen=True)
class Term:
    """One term of a concept in one language."""

    text: str
    language: str
    status: str = "preferred"
    term_type: str = "fullForm"
    part_of_speech: str | None = None
    note: str | None = None
    line: int | None = None  # where it is defined, for error messages
    # Forbidden terms only: the sense in which they are wrong (see terms.context).
    context: str | None = None  # flagged only where a match of this covers the term
    except_context: str | None = None  # never flagged where a match of this covers it

    @property
    def approved(self) -> bool:
        return self.status in APPROVED

    @property
    def forbidden(self) -> bool:
        return self.status in FORBIDDEN

    @property
    def case_sensitive(self) -> bool:
        """Acronyms and abbreviations match only as written (NMDA, not nmda)."""
        return self.term_type in ("acronym", "abbreviation")


@dataclass(frozen=True)
class Concept:
    """One medical notion and its terms in every language."""

    id: str
    terms: tuple[Term, ...]
    subject: str | None = None
    note: str | None = None
    line: int | None = None

    @property
    def do_not_translate(self) -> bool:
        return bool(self.note) and DNT_MARKER in (self.note or "").lower()

    def terms_in(self, language: str) -> list[Term]:
        return [t for t in self.terms if t.language == language]

    def approved_in(self, language: str) -> list[Term]:
        return [t for t in self.terms_in(language) if t.approved]

    def forbidden_in(self, language: str) -> list[Term]:
        return [t for t in self.terms_in(language) if t.forbidden]

    def preferred_in(self, language: str) -> Term | None:
        """The term to show translators: preferred first, else the first approved."""
        approved = self.approved_in(language)
        preferred = [t for t in approved if t.status == "preferred"]
        ranked = preferred or approved
        return ranked[0] if ranked else None


@dataclass(frozen=True)
class Termbase:
    """All concepts of a project, in file order."""

    concepts: tuple[Concept, ...] = field(default_factory=tuple)
    source_language: str = "en"

    @property
    def languages(self) -> list[str]:
        seen: dict[str, None] = {}
        for concept in self.concepts:
            for term in concept.terms:
                seen.setdefault(term.language, None)
        return list(seen)

    def concept(self, concept_id: str) -> Concept | None:
        return next((c for c in self.concepts if c.id == concept_id), None)
