"""terminology, forbidden-term and dnt: violations caught, near-misses not."""

from __future__ import annotations

import polib
import pytest

from painl10n.checks.base import EntryContext
from painl10n.checks.terminology import CHECKS
from painl10n.terms.matcher import TermMatcher
from painl10n.terms.model import Concept, Term, Termbase

BASE = Termbase(
    (
        Concept(
            "migraine",
            (
                Term("migraine", "en"),
                Term("migraña", "es"),
                Term("jaqueca", "es", status="deprecated"),
                Term("jaquecas", "es", status="deprecated"),
                Term("Migräne", "de"),
            ),
        ),
        Concept(
            "nsaid",
            (
                Term("NSAIDs", "en", term_type="acronym"),
                Term("AINE", "es", term_type="acronym"),
                Term("AINEs", "es", term_type="acronym", status="deprecated"),
            ),
        ),
        Concept(
            "clinic",
            (Term("Mindful Infusions", "en"), Term("Mindful Infusions", "es")),
            note="do-not-translate",
        ),
    )
)
RUN = {check.id: check.run for check in CHECKS}


def messages(check: str, msgid: str, msgstr: str, language: str = "es") -> list[str]:
    context = EntryContext(
        language=language,
        source_language="en",
        termbase=BASE,
        source_terms=TermMatcher(BASE, "en"),
        target_terms=TermMatcher(BASE, language),
    )
    return list(RUN[check](polib.POEntry(msgid=msgid, msgstr=msgstr), context))


@pytest.mark.parametrize(
    ("check", "msgid", "msgstr", "fragment"),
    [
        ("terminology", "Migraines hurt.", "Los dolores de cabeza duelen.", "“migraña”"),
        ("terminology", "Take NSAIDs.", "Tome antiinflamatorios.", "“AINE”"),
        ("forbidden-term", "Migraines hurt.", "Las jaquecas duelen.", "“jaquecas” is a deprecated"),
        ("forbidden-term", "Take NSAIDs.", "Tome AINEs.", "use “AINE”"),
        ("dnt", "Call Mindful Infusions.", "Llame a Infusiones Conscientes.", "must stay"),
        ("dnt", "Mindful Infusions and Mindful Infusions.", "Mindful Infusions y ellos.", "2 in"),
    ],
)
def test_violations_are_caught(check: str, msgid: str, msgstr: str, fragment: str) -> None:
    found = messages(check, msgid, msgstr)
    assert len(found) == 1 and fragment in found[0], found


@pytest.mark.parametrize(
    ("msgid", "msgstr", "language"),
    [
        ("Migraines hurt.", "Las migrañas duelen.", "es"),
        ("A migraine.", "Una migraña.", "es"),
        ("Take NSAIDs.", "Tome AINE.", "es"),
        ("Call Mindful Infusions.", "Llame a Mindful Infusions.", "es"),
        ("Migraines hurt.", "Migränen tun weh.", "de"),
        ("Migraines hurt.", "Migräne", "fr"),  # no French term in this termbase: no finding
    ],
)
def test_near_misses_are_not_flagged(msgid: str, msgstr: str, language: str) -> None:
    for check in RUN:
        assert messages(check, msgid, msgstr, language) == [], check


def test_forbidden_terms_match_their_exact_form_separators_included() -> None:
    base = Termbase(
        (
            Concept(
                "nmda-receptor",
                (
                    Term("NMDA receptor", "en"),
                    Term("NMDA-Rezeptor", "de"),
                    Term("NMDA-Rezeptoren", "de", term_type="variant", status="admitted"),
                    Term("NMDA Rezeptoren", "de", status="deprecated"),
                ),
            ),
        )
    )
    german = TermMatcher(base, "de")
    assert [m.text for m in german.find_forbidden("Die NMDA Rezeptoren im Gehirn")] == [
        "NMDA Rezeptoren"
    ]
    assert german.find_forbidden("Die NMDA-Rezeptoren im Gehirn") == []
    assert german.find_forbidden("Die *NMDA Rezeptoren* im Gehirn")  # emphasis is not a form
