"""Lemmas, German/Dutch compounds and Arabic clitics: found, and near misses not."""

from __future__ import annotations

import time
from pathlib import Path

import polib
import pytest

from painl10n.checks.base import EntryContext
from painl10n.checks.consistency import TermConsistency, term_uses
from painl10n.terms.compounds import parts
from painl10n.terms.matcher import TermMatcher
from painl10n.terms.model import Concept, Term, Termbase
from painl10n.terms.tbx import read_tbx


def concept(concept_id: str, **languages: str) -> Concept:
    terms = tuple(
        Term(text, language) for language, texts in languages.items() for text in texts.split("|")
    )
    return Concept(concept_id, terms)


TERMBASE = Termbase(
    (
        concept("brain", de="Gehirn|Hirn", nl="hersenen"),
        concept("pain", de="Schmerz", nl="pijn"),
        concept("joint", de="Gelenk", es="articulación"),
        concept("organ", de="Organ"),
        concept("dependency", de="Abhängigkeit", es="dependencia"),
        concept("inflammation", de="Entzündung", es="inflamación"),
        concept("medication", de="Medikament", es="medicamento", nl="medicijn"),
        concept("infusion", es="infusión de ketamina"),
        concept("symptom", ar="العرض"),
        concept("dose", ar="جرعة"),
        concept("brain_ar", ar="الدماغ"),
        concept("ketamine_therapy", ar="العلاج بالكيتامين"),
        concept("resistant", ar="مقاوم للعلاج"),
    )
)


def found(language: str, text: str) -> list[tuple[str, str]]:
    matcher = TermMatcher(TERMBASE, language)
    return [(m.concept.id, m.text) for m in matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Gehirnchemie", [("brain", "Gehirn")]),  # modifier
        ("Aktive Hirnregionen", [("brain", "Hirn")]),
        ("Im Mittelhirn", [("brain", "hirn")]),  # head
        ("Kopfschmerzen", [("pain", "schmerzen")]),  # head, inflected
        ("Schmerzmittel", [("pain", "Schmerz")]),
        ("Abhängigkeitsrisiken", [("dependency", "Abhängigkeit")]),  # linking -s-
        ("Medikamentendosis", [("medication", "Medikament")]),  # linking -en-
        ("Gelenkentzündung", [("joint", "Gelenk"), ("inflammation", "entzündung")]),
    ],
)
def test_german_terms_are_found_inside_compounds(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found("de", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Er ist sehr gelenkig.",  # gelenk|ig: a derivation
        "Die Bewegung wurde gelenkt.",  # gelenk|t: letters only
        "Die Wunde war schmerzhaft.",  # schmerz|haft
        "Der organische Befund.",  # organ|ische
        "Der Organismus passt sich an.",  # Organ|ismus
        "Die Wirkung ist abhängig von der Dosis.",  # another lemma than Abhängigkeit
        "Das Knie war entzündet.",
    ],
)
def test_german_near_misses_are_not_terms(text: str) -> None:
    assert found("de", text) == []


def test_dutch_compounds_too() -> None:
    assert found("nl", "De hoofdpijn en de medicijnen") == [
        ("pain", "pijn"),
        ("medication", "medicijnen"),
    ]
    assert found("nl", "Een pijnlijke knie") == []  # pijn|lijk: a derivation


def test_parts_needs_a_known_rest_or_a_second_term() -> None:
    def terms(part: str) -> list[str]:
        return [part] if part in ("gelenk", "entzündung") else []

    known = {"finger"}.__contains__
    links = ("s", "")
    assert parts("fingergelenk", links, terms, terms, known) == [("gelenk", 6, 12)]
    assert parts("gelenkentzündung", links, terms, terms, known) == [
        ("entzündung", 6, 16),
        ("gelenk", 0, 6),
    ]
    assert parts("gelenkig", links, terms, terms, known) == []
    assert parts("gelenkfoo", links, terms, terms, known) == []  # "foo" is not a word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La inflamación cede.", [("inflammation", "inflamación")]),
        ("Las infusiones de ketamina", [("infusion", "infusiones de ketamina")]),  # plural
    ],
)
def test_spanish_lemmas_confirm_inflections(text: str, expected: list[tuple[str, str]]) -> None:
    assert found("es", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Consulte a su médico.",  # stem medic-, lemma médico: not medicamento
        "La rodilla estaba inflamada.",  # lemma inflamar: not inflamación
        "El dolor articular empeora.",  # articular: not articulación
        "La dosis depende del peso.",  # depender: not dependencia
    ],
)
def test_spanish_words_of_another_lemma_are_not_terms(text: str) -> None:
    assert found("es", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خفّت أعراضها بعد أسبوع.", [("symptom", "أعراضها")]),  # broken plural + her
        ("تخفيفًا للأعراض فحسب", [("symptom", "للأعراض")]),  # لل: ل before the article
        ("لا تغيّر جرعتك", [("dose", "جرعتك")]),  # your: ت was ة
        ("تغيّر نشاط دماغه", [("brain_ar", "دماغه")]),  # his
        ("وبالعلاج بالكيتامين", [("ketamine_therapy", "وبالعلاج بالكيتامين")]),
        ("الاكتئاب المقاوم للعلاج", [("resistant", "المقاوم للعلاج")]),
    ],
)
def test_arabic_clitics_and_suffix_pronouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert found("ar", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ظهرت تغيّرات في النشاط الدماغي.",  # cerebral (nisba adjective), not the brain
        "المقاوم للعلاج للكيتامين",  # للكيتامين: another preposition than the term's بـ
    ],
)
def test_arabic_near_misses(text: str) -> None:
    assert ("ketamine_therapy", "للعلاج للكيتامين") not in found("ar", text)
    assert all(concept_id != "brain_ar" for concept_id, _ in found("ar", text))


def test_a_compound_is_the_same_choice_for_the_consistency_check() -> None:
    glossary = Path(__file__).resolve().parents[2] / "locales" / "glossary.tbx"
    termbase = read_tbx(glossary)
    context = EntryContext(
        language="de",
        source_language="en",
        termbase=termbase,
        source_terms=TermMatcher(termbase, "en"),
        target_terms=TermMatcher(termbase, "de"),
    )
    check = TermConsistency(context)
    pairs = [
        ("The brain adapts.", "Das Gehirn passt sich an."),
        ("Brain chemistry changes.", "Die Gehirnchemie verändert sich."),
        ("Brain regions light up.", "Hirnregionen werden aktiv."),
    ]
    uses = []
    for index, (msgid, msgstr) in enumerate(pairs):
        entry = polib.POEntry(msgid=msgid, msgstr=msgstr, linenum=10)
        uses.append(term_uses(context, f"a{index}.po", entry))
        for use in uses[-1]:
            check.add(use)
    assert [[use.term for use in found] for found in uses] == [["Gehirn"], ["Gehirn"], []]
    assert list(check.findings()) == []


def test_a_compound_whose_casefolding_changes_length_gives_no_misplaced_part() -> None:
    decomposed = "Die Gelenkentzu\u0308ndung"  # ü as u + combining diaeresis
    assert found("de", decomposed) == []  # no offsets to trust: the parts are not reported
    assert found("de", "Die Gelenkentzündung") == [
        ("joint", "Gelenk"),
        ("inflammation", "entzündung"),
    ]


@pytest.mark.parametrize(("language", "word"), [("de", "Gelenk"), ("ar", "الألم"), ("es", "dolor")])
def test_a_hostile_giant_word_is_neither_cut_nor_stemmed(language: str, word: str) -> None:
    matcher = TermMatcher(TERMBASE, language)
    matcher.find("x")  # the dictionaries, loaded before timing
    started = time.process_time()
    assert matcher.find(f"Die {word * 20_000} und.") == []  # 100,000 letters, no term
    assert time.process_time() - started < 1.0  # 2.7 s before the length cap
