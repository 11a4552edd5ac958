"""Reverse consistency: one translation for two different source texts is a warning;
sources that differ in case, punctuation, typography or by termbase synonyms are not."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from painl10n.checks.base import EntryContext
from painl10n.checks.consistency import ReverseConsistency, StringUse, loose
from painl10n.pipeline.check import run_checks
from painl10n.project import Project
from painl10n.terms.matcher import TermMatcher
from painl10n.terms.model import Concept, Term, Termbase

TERMBASE = Termbase(
    (
        Concept(
            "analgesic",
            (
                Term("analgesic", "en"),
                Term("painkiller", "en", status="admitted"),
                Term("analgésico", "es"),
                Term("antalgique", "fr"),
                Term("Schmerzmittel", "de"),
                Term("مسكن", "ar"),
            ),
        ),
        Concept("fever", (Term("fever", "en"), Term("fiebre", "es"), Term("Fieber", "de"))),
    )
)


def reverse(language: str, pairs: list[tuple[str, str]], termbase: bool = True) -> list[str]:
    """The messages of the reverse check over (msgid, msgstr) pairs, each in its own file."""
    context = EntryContext(
        language=language,
        source_language="en",
        termbase=TERMBASE,
        source_terms=TermMatcher(TERMBASE, "en") if termbase else None,
        target_terms=TermMatcher(TERMBASE, language) if termbase else None,
    )
    check = ReverseConsistency(context)
    for index, (msgid, msgstr) in enumerate(pairs):
        entry = polib.POEntry(msgid=msgid, msgstr=msgstr, linenum=10 + index)
        check.add(StringUse.of(f"locales/{language}/LC_MESSAGES/a{index}.po", entry))
    return [f.message for f in check.findings]


@pytest.mark.parametrize(
    ("language", "pairs"),
    [
        (
            "es",
            [
                ("Do not take more than 3 doses a day.", "No tome más de 3 dosis al día."),
                ("Do not take more than 3 tablets a day.", "No tome más de 3 dosis al día."),
            ],
        ),
        (
            "fr",
            [
                ("Take with food.", "À prendre au cours d\u2019un repas."),
                ("Take on an empty stomach.", "À prendre au cours d\u2019un repas"),  # no full stop
            ],
        ),
        (
            "de",
            [
                ("Increase the dose.", "Erhöhen Sie die Dosis."),
                ("Reduce the dose.", "Erhöhen Sie die Dosis."),
            ],
        ),
        (
            "ar",
            [
                ("Take it before meals.", "تناوله قبل الوجبات."),
                ("Take it after meals.", "تناوله قبل الوجبات"),
            ],
        ),
        (
            "es",
            [  # two concepts of the termbase, one translation
                ("Painkillers can help.", "Los analgésicos pueden ayudar."),
                ("Fever can help.", "Los analgésicos pueden ayudar."),
            ],
        ),
    ],
    ids=["es-doses-tablets", "fr-food-empty-stomach", "de-increase-reduce", "ar-before-after",
         "es-two-concepts"],
)  # fmt: skip
def test_one_translation_for_two_sources_is_a_warning(
    language: str, pairs: list[tuple[str, str]]
) -> None:
    (message,) = reverse(language, pairs)
    assert f"“{pairs[0][0]}” (locales/{language}/LC_MESSAGES/a0.po:10)" in message


@pytest.mark.parametrize(
    ("language", "pairs"),
    [
        ("es", [("Chronic pain", "Dolor crónico"), ("Chronic Pain:", "Dolor crónico")]),
        ("es", [("What is *chronic* pain?", "¿Qué es el dolor crónico?"),
                ("What Is Chronic Pain?", "¿Qué es el dolor crónico?")]),
        ("fr", [("Don't stop your treatment.", "N\u2019arrêtez pas votre traitement."),
                ("Don\u2019t stop your treatment!", "N\u2019arrêtez pas votre traitement.")]),
        ("fr", [("5 % of patients", "5 % des patients"), ("5% of patients", "5 % des patients")]),
        ("de", [("Painkillers can help.", "Schmerzmittel können helfen."),
                ("Analgesics can help.", "Schmerzmittel können helfen.")]),
        ("ar", [("Painkillers can help.", "قد تساعد المسكنات."),
                ("Analgesics can help.", "قد تساعد المسكنات.")]),
        ("ar", [("Rest.", "استرح."), ("Rest!", "استرح.")]),
        ("es", [("Ketamine", "Ketamina"), ("Ketamine", "Ketamina")]),  # the same source again
        ("de", [("1", "1"), ("one", "1")]),  # no letter in the translation
        ("es", [("Fever", "Fiebre"), ("Analgesic", "Analgésico")]),  # different translations
    ],
    ids=["es-case", "es-markdown-case", "fr-apostrophe", "fr-percent-space", "de-synonyms",
         "ar-synonyms", "ar-punctuation", "es-same-source", "de-numbers", "es-distinct"],
)  # fmt: skip
def test_near_misses(language: str, pairs: list[tuple[str, str]]) -> None:
    assert reverse(language, pairs) == []


def test_synonyms_need_the_termbase() -> None:
    pairs = [("Painkillers can help.", "X helfen."), ("Analgesics can help.", "X helfen.")]
    assert len(reverse("de", pairs, termbase=False)) == 1


def test_each_other_source_is_reported_once() -> None:
    pairs = [("Increase the dose.", "Erhöhen Sie die Dosis.")]
    pairs += [("Reduce the dose.", "Erhöhen Sie die Dosis.")] * 3
    pairs += [("Double the dose.", "Erhöhen Sie die Dosis.")]
    assert len(reverse("de", pairs)) == 2


def test_loose_keeps_what_changes_meaning() -> None:
    assert loose("“Chronic”  Pain—") == loose('"chronic" pain') == "chronic pain"
    assert loose("<5 mg") != loose(">5 mg") and loose("5 mg") != loose("50 mg")
    assert loose("5 %") == loose("5%")


SLUG = "psychobiology-of-chronic-pain"


def test_check_reports_it_across_articles_and_a_translator_may_silence_it(site: Path) -> None:
    first = site / f"locales/es/LC_MESSAGES/{SLUG}.po"
    second = site / "locales/es/LC_MESSAGES/ketamine-for-physical-and-mental-pain.po"
    heading = next(e for e in polib.pofile(str(first)) if e.msgid == "What Is Chronic Pain?")
    po = polib.pofile(str(second))
    other = po.find("What Is Chronic Pain?")
    assert other is None
    added = polib.POEntry(
        msgid="What Causes Chronic Pain?", msgstr=heading.msgstr, occurrences=[("x.md", "1")]
    )
    po.append(added)
    po.save(str(second))
    report = run_checks(Project.load(site), ["es"])
    (found,) = report.findings  # at the later use, in article order
    assert (found.check, found.severity, found.msgid, found.file) == (
        "consistency",
        "warning",
        "What Is Chronic Pain?",
        f"locales/es/LC_MESSAGES/{SLUG}.po",
    )
    assert "“What Causes Chronic Pain?” (locales/es/LC_MESSAGES/ketamine-" in found.message
    added.tcomment = "painl10n-ignore: consistency"
    po.save(str(second))
    assert run_checks(Project.load(site), ["es"]).findings == []
