"""Forbidden terms restricted to the sense they are wrong in (issue 15).

TBX keeps the context as painl10n's x-context / x-exceptContext term notes,
CSV as the context / except_context columns; both round-trip, both refuse a
bad pattern with one line naming the file and line, and forbidden-term
reports a term only in its context.
"""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from painl10n.checks.base import EntryContext
from painl10n.checks.terminology import CHECKS
from painl10n.errors import Painl10nError
from painl10n.terms.csvio import read_csv, write_csv
from painl10n.terms.matcher import TermMatcher
from painl10n.terms.tbx import parse_tbx, read_tbx, write_tbx

EXCEPT = r"\ben\s+condiciones\b|\bcondiciones\s+(?:normales|de\s+vida)\b"
TBX = f"""<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text>
    <body>
      <conceptEntry id="condition">
        <langSec xml:lang="en">
          <termSec>
            <term>condition</term>
          </termSec>
        </langSec>
        <langSec xml:lang="es">
          <termSec>
            <term>afección</term>
          </termSec>
          <termSec>
            <term>condiciones</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
            <termNote type="x-exceptContext">{EXCEPT}</termNote>
          </termSec>
          <termSec>
            <term>padecimiento</term>
            <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
            <termNote type="x-context">padecimiento\\s+crónico</termNote>
          </termSec>
        </langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
"""
BASE = parse_tbx(TBX.encode(), shown="g.tbx")
FORBIDDEN = next(check.run for check in CHECKS if check.id == "forbidden-term")


def reported(msgstr: str) -> list[str]:
    context = EntryContext(
        language="es",
        source_language="en",
        termbase=BASE,
        source_terms=TermMatcher(BASE, "en"),
        target_terms=TermMatcher(BASE, "es"),
    )
    return list(FORBIDDEN(polib.POEntry(msgid="Conditions.", msgstr=msgstr), context))


@pytest.mark.parametrize(
    "msgstr",
    [
        "Las condiciones crónicas causan dolor.",
        "Estas **condiciones** requieren seguimiento.",
        "Un padecimiento crónico.",
    ],
)
def test_a_forbidden_term_in_its_wrong_sense_is_reported(msgstr: str) -> None:
    assert len(reported(msgstr)) == 1


@pytest.mark.parametrize(
    "msgstr",
    [
        "En condiciones normales, la herida cicatriza.",  # except_context
        "Mejora las condiciones de vida.",
        "Un padecimiento leve.",  # outside its context
    ],
)
def test_a_forbidden_term_in_a_correct_sense_is_not(msgstr: str) -> None:
    assert reported(msgstr) == []


def test_tbx_round_trip_keeps_the_contexts(tmp_path: Path) -> None:
    terms = BASE.concepts[0].terms_in("es")
    assert (terms[1].except_context, terms[1].context) == (EXCEPT, None)
    assert (terms[2].context, terms[2].except_context) == (r"padecimiento\s+crónico", None)
    text = write_tbx(BASE)
    assert '<termNote type="x-exceptContext">' in text
    path = tmp_path / "g.tbx"
    path.write_text(text, "utf-8")
    again = read_tbx(path)
    assert [(t.text, t.context, t.except_context) for t in again.concepts[0].terms] == [
        (t.text, t.context, t.except_context) for t in BASE.concepts[0].terms
    ]
    assert write_tbx(again) == text


def test_csv_round_trip_keeps_the_contexts() -> None:
    text = write_csv(BASE)
    assert text.splitlines()[0].endswith(",term_note,context,except_context")
    again = read_csv(text, shown="t.csv")
    assert [(t.text, t.context, t.except_context) for t in again.concepts[0].terms] == [
        (t.text, t.context, t.except_context) for t in BASE.concepts[0].terms
    ]
    assert write_csv(again) == text


def test_old_csv_without_the_columns_still_reads() -> None:
    old = "concept,language,term,status\ncondition,es,condición,deprecated\n"
    term = read_csv(old, shown="t.csv").concepts[0].terms[0]
    assert (term.context, term.except_context) == (None, None)


@pytest.mark.parametrize(
    ("pattern", "status", "message"),
    [
        ("en (condiciones", "deprecated", "invalid context pattern"),
        ("a*", "deprecated", "matches empty text"),
        ("en  condiciones", "deprecated", "repeated spaces"),
        ("en condiciones", "preferred", "on an approved term"),
    ],
)
def test_bad_contexts_are_one_line_errors_with_the_line(
    pattern: str, status: str, message: str
) -> None:
    tbx = TBX.replace(EXCEPT, pattern).replace(
        'deprecatedTerm-admn-sts</termNote>\n            <termNote type="x-exceptContext">',
        f'{status}Term-admn-sts</termNote>\n            <termNote type="x-exceptContext">',
    )
    with pytest.raises(Painl10nError, match=message) as caught:
        parse_tbx(tbx.encode(), shown="g.tbx")
    assert (caught.value.path, caught.value.line) == ("g.tbx", 18)
    assert "\n" not in str(caught.value)
    row = f"concept,language,term,status,except_context\nc,es,condiciones,{status},{pattern}\n"
    with pytest.raises(Painl10nError, match=message) as caught:
        read_csv(row, shown="t.csv")
    assert (caught.value.path, caught.value.line) == ("t.csv", 2)


def test_the_shipped_termbase_forbids_condiciones_for_diseases_only() -> None:
    glossary = Path(__file__).resolve().parents[2] / "locales" / "glossary.tbx"
    matcher = TermMatcher(read_tbx(glossary), "es")
    wrong = [
        "Las condiciones crónicas requieren seguimiento.",
        "Pacientes en condiciones crónicas.",
    ]
    right = [
        "En condiciones normales, la herida cicatriza en dos semanas.",
        "Mejora las condiciones de vida del paciente.",
        "Lea los términos y condiciones.",
        "Bajo condiciones controladas, el efecto es menor.",
    ]
    assert [len(matcher.find_forbidden(s)) for s in wrong] == [1, 1]
    assert [matcher.find_forbidden(s) for s in right] == [[], [], [], []]
