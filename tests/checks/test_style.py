"""same-as-source, whitespace, punctuation and length: violations caught, near-misses not."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest

from painl10n.checks.base import EntryContext
from painl10n.checks.style import CHECKS
from painl10n.languages import is_pseudo
from painl10n.terms.model import Concept, Term, Termbase
from painl10n.terms.tbx import read_tbx
from tests.helpers import REPO

NBSP, NNBSP = "\u00a0", "\u202f"
TERMBASE = Termbase(
    (
        Concept(
            "clinic",
            (Term("Mindful Infusions", "en", part_of_speech="properNoun"),),
            note="do-not-translate",
        ),
        Concept("city", (Term("San Francisco", "en", part_of_speech="properNoun"),)),
        Concept("pain", (Term("pain", "en"), Term("dolor", "es"))),
    )
)
RUN = {check.id: check.run for check in CHECKS}


def messages(check: str, language: str, msgid: str, msgstr: str) -> list[str]:
    context = EntryContext(language=language, source_language="en", termbase=TERMBASE)
    return list(RUN[check](polib.POEntry(msgid=msgid, msgstr=msgstr), context))


def test_four_warning_checks() -> None:
    assert [(c.id, c.severity) for c in CHECKS] == [
        ("same-as-source", "warning"),
        ("whitespace", "warning"),
        ("punctuation", "warning"),
        ("length", "warning"),
    ]


# --- same-as-source ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr"),
    [
        ("es", "Chronic pain", "Chronic pain"),
        ("fr", "What is it?", "what is it?"),
        ("de", "Chronic  pain\n", "chronic pain"),
        ("es", "Contact Mindful Infusions", "Contact Mindful Infusions"),
        ("de", "NMDA receptors", "NMDA receptors"),
        ("ar", "[Contact us](/contact/)", "[Contact us](/contact/)"),
        ("fr", "Run `painl10n check` daily.", "Run `painl10n check` daily."),
        ("de", "Ketamine Therapy", "Ketamine Therapy"),
        ("es", "pain", "pain"),
        (
            "fr",
            "**Note:** Read https://example.org first.",
            "**Note:** Read https://example.org first.",
        ),
    ],
)
def test_same_as_source_caught(language: str, msgid: str, msgstr: str) -> None:
    assert messages("same-as-source", language, msgid, msgstr)


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr"),
    [
        ("es", "OK", "OK"),
        ("fr", "NMDA", "NMDA"),
        ("de", "NSAIDs", "NSAIDs"),
        ("ar", "Mindful Infusions", "Mindful Infusions"),
        ("es", "mindful infusions", "Mindful Infusions"),
        ("fr", "[Mindful Infusions](/)", "[Mindful Infusions](/)"),
        ("de", "San Francisco", "San Francisco"),
        ("de", "Fibromyalgia", "Fibromyalgia"),
        ("fr", "**Stress:**", "**Stress:**"),
        ("es", "2024", "2024"),
        ("es", "COVID-19", "COVID-19"),
        ("fr", "`painl10n check`", "`painl10n check`"),
        ("de", "https://example.org/chronic-pain", "https://example.org/chronic-pain"),
        ("ar", "<https://example.org/pain>", "<https://example.org/pain>"),
        ("es", "Mindful Infusions, NMDA, 5-HT", "Mindful Infusions, NMDA, 5-HT"),
        ("es", "Chronic pain", "Dolor crónico"),
    ],
)
def test_same_as_source_near_misses(language: str, msgid: str, msgstr: str) -> None:
    assert messages("same-as-source", language, msgid, msgstr) == []


# --- whitespace --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr", "fragment"),
    [
        ("es", "Pain", " Dolor", "leading whitespace “ ”"),
        ("fr", " Pain", "\tDouleur", "leading whitespace “\\t”"),
        ("de", "Pain", "Schmerz ", "trailing whitespace “ ”"),
        ("ar", "Pain\n", "ألم", "only the source ends with a newline"),
        ("es", "Pain", "Dolor\n", "only the translation ends with a newline"),
        ("fr", "Pain\n\n", "Douleur\n", "trailing whitespace “\\n”"),
        ("es", "Chronic pain hurts.", "El dolor  crónico duele.", "doubled space"),
        ("fr", "Note:", f"Remarque {NBSP}:", "doubled space"),
        ("de", "A  b  c.", "A  b  c  d.", "3 doubled spaces in the translation, 2 in the source"),
    ],
)
def test_whitespace_caught(language: str, msgid: str, msgstr: str, fragment: str) -> None:
    found = messages("whitespace", language, msgid, msgstr)
    assert any(fragment in message for message in found), found


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr"),
    [
        ("es", " Pain ", " Dolor "),
        ("fr", "Pain\n", "Douleur\n"),
        ("de", "Two  spaces.", "Zwei  Leerzeichen."),
        ("es", "Run `a  b` now.", "Ejecute `a  b` ya."),
        ("fr", "Note:", f"Remarque{NBSP}:"),
        ("fr", "Why?", f"Pourquoi{NNBSP}?"),
        ("es", "Line one  \nline two", "Línea uno  \nlínea dos"),
        ("ar", "Pain and mind", "الألم والعقل"),
    ],
)
def test_whitespace_near_misses(language: str, msgid: str, msgstr: str) -> None:
    assert messages("whitespace", language, msgid, msgstr) == []


# --- punctuation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr", "fragment"),
    [
        ("es", "Pain is real.", "El dolor es real", "ends with no punctuation"),
        ("de", "Pain is real.", "Schmerz ist real!", "ends with “!”, the source with “.”"),
        ("fr", "Pain is real", f"La douleur est réelle{NBSP}!", "the source with no punctuation"),
        ("es", "**Bold.**", "**Negrita**", "ends with no punctuation"),
        ("de", "Wait...", "Warte.", "the source with “...”"),
        ("ar", "What is it?", "ما هو.", "ends with “.”"),
        ("ar", "Note:", "ملاحظة", "no punctuation"),
        ("ar", "pain, mind;", "الألم، العقل،", "ends with “،”, the source with “;”"),
        ("es", "What is it?", "Qué es?", "without an opening “¿”"),
        ("es", "Act now!", "Actúe ya!", "without an opening “¡”"),
        ("es", "It hurts. What is it?", "¿Duele. Qué es?", "without an opening"),
        ("es", "What? It hurts.", "Qué? Duele.", "without an opening"),
        ("fr", "Note:", "Remarque :", "found a normal space"),
        ("fr", "Note:", "Remarque:", "found no space"),
        ("fr", "Why?", "Pourquoi ?", "“?” needs a no-break space"),
        ("fr", "Really!", "Vraiment!", "“!” needs a no-break space"),
        ("fr", "pain; mind", "douleur; esprit", "“;” needs a no-break space"),
        ("fr", "called “overlap”", f"appelé « chevauchement{NBSP}»", "“«” needs"),
        ("fr", "called “overlap”", f"appelé «{NBSP}chevauchement»", "“»” needs"),
        ("fr", "**Genetics:** Studies.", "**Génétique :** Études.", "found a normal space"),
        ("fr", "`x`: the value.", "`x`: la valeur.", "found no space"),
        ("fr_CA", "Note:", "Remarque :", "found a normal space"),
        # character references are the characters they stand for, and excerpts quote
        # the text as written
        ("es", "Follow it!", "S&iacute;guelo!", "“S&iacute;guelo!”"),
        ("fr", "Being a maintainer: a lot", "&Ecirc;tre responsable : beaucoup", "normal space"),
        ("es", "It is here.", "Est&aacute; aqu&iacute;", "ends with no punctuation"),
    ],
)
def test_punctuation_caught(language: str, msgid: str, msgstr: str, fragment: str) -> None:
    found = messages("punctuation", language, msgid, msgstr)
    assert any(fragment in message for message in found), found


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr"),
    [
        ("es", "What is it?", "¿Qué es?"),
        ("ar", "What is it?", "ما هو؟"),
        ("ar", "What is it?", "ما هو?"),
        ("ar", "pain, mind,", "الألم، العقل،"),
        ("ar", "First; second;", "أولًا؛ ثانيًا؛"),
        ("fr", "What is it?", f"Qu\u2019est-ce que c\u2019est{NNBSP}?"),
        ("fr", "Note:", f"Remarque{NBSP}:"),
        ("fr", "Note:", f"Remarque{NNBSP}:"),
        ("fr", "Meet at 12:30.", "Rendez-vous à 12:30."),
        ("fr", "See https://example.org/a?b=1:2", "Voir https://example.org/a?b=1:2"),
        ("fr", "See <https://example.org/a?b=1>", "Voir <https://example.org/a?b=1>"),
        ("fr", "Run `a:b; c!`.", "Exécutez `a:b; c!`."),
        ("fr", "Why?!", f"Pourquoi{NNBSP}?!"),
        ("fr", "helps the brain “relearn”", f"aide le cerveau à «{NBSP}réapprendre{NBSP}»"),
        ("fr", "See ![Logo](/logo.png)", "Voir ![Logo](/logo.png)"),
        (
            "fr",
            "[Contact Mindful Infusions](/contact/)",
            "[Contactez Mindful Infusions](/contact/)",
        ),
        ("fr_CA", "Why?", "Pourquoi?"),
        ("es", "**Bold.**", "**Negrita.**"),
        ("es", "Hello. What is it? Tell us!", "Hola. ¿Qué es? ¡Díganos!"),
        ("es", "If you ask what it is, fine.", "Si se pregunta ¿qué es?, bien."),
        ("es", "We look forward to helping you!", "¡Esperamos poder ayudarle!"),
        ("es", "(see below).", "(ver abajo)."),
        ("es", "Wait...", "Espera…"),
        ("es", "“Pain.”", "«Dolor.»"),
        ("de", "He said “Stop.”", "Er sagte „Halt.“"),
        ("de", "Ends with a list:", "Endet mit einer Liste:"),
        ("de", "*Emphasis!*", "_Betonung!_"),
        ("el", "What is it?", "\u03a4\u03b9 \u03b5\u03af\u03bd\u03b1\u03b9;"),  # Greek "?" is ";"
        ("es", "[Contact](/contact/)", "[Contacto](/contact/)"),
        # the ";" of a character reference is none, "&iexcl;" an opening, "&nbsp;" a
        # no-break space (opensource.guide's Spanish and French write them so)
        ("es", "It is here.", "Est&aacute; aqu&iacute;."),
        ("es", "Follow it!", "&iexcl;S&iacute;guelo!"),
        ("fr", "It is the property of the community", "C'est la propri&eacute;t&eacute; de tous"),
        ("fr", "Note:", "Remarque&nbsp;:"),
        ("fr", "called “overlap”", "appel&eacute; &laquo;&nbsp;chevauchement&nbsp;&raquo;"),
    ],
)
def test_punctuation_near_misses(language: str, msgid: str, msgstr: str) -> None:
    assert messages("punctuation", language, msgid, msgstr) == []


# --- length ------------------------------------------------------------------------

PARAGRAPH = {
    "en": (
        "Patients undergoing ketamine infusions often report feeling a near-instant reduction "
        "in pain levels. This rapid relief can be life-changing for people who have been living "
        "with unrelenting discomfort. Many also notice that their mood improves within days."
    ),
    "es": (
        "Los pacientes que reciben infusiones de ketamina suelen referir una reducción casi "
        "inmediata del dolor. Este alivio rápido puede cambiar la vida de quienes conviven con "
        "un malestar implacable. Muchos notan además que su estado de ánimo mejora en días."
    ),
    "fr": (
        "Les patients qui reçoivent des perfusions de kétamine font souvent état d\u2019une "
        "diminution quasi immédiate de la douleur. Ce soulagement rapide peut changer la vie des "
        "personnes qui vivent avec un inconfort incessant. Beaucoup constatent aussi que leur "
        "humeur s\u2019améliore en quelques jours."
    ),
    "de": (
        "Patientinnen und Patienten, die Ketamininfusionen erhalten, berichten oft von einer "
        "nahezu sofortigen Schmerzlinderung. Diese rasche Linderung kann das Leben von Menschen "
        "verändern, die mit anhaltenden Beschwerden leben. Viele bemerken zudem, dass sich ihre "
        "Stimmung innerhalb weniger Tage bessert."
    ),
    "ar": (
        "كثيرًا ما يفيد المرضى الذين يتلقّون تسريب الكيتامين بانخفاض شبه فوري في مستويات الألم. "
        "ويمكن لهذه الراحة السريعة أن تغيّر حياة من يعيشون مع انزعاج لا يهدأ. "
        "ويلاحظ كثيرون أيضًا تحسّن مزاجهم في غضون أيام."
    ),
}
SENTENCE = re.compile(r"(?<=[.!?\u061f])\s+(?=\S)")


def dropped(text: str, index: int) -> str:
    sentences = SENTENCE.split(text)
    return " ".join(s for i, s in enumerate(sentences) if i != index)


@pytest.mark.parametrize("language", ["es", "fr", "de", "ar"])
def test_complete_paragraph_passes(language: str) -> None:
    assert messages("length", language, PARAGRAPH["en"], PARAGRAPH[language]) == []


@pytest.mark.parametrize("index", [0, 1, 2])
@pytest.mark.parametrize("language", ["es", "fr", "de", "ar"])
def test_one_sentence_of_three_dropped(language: str, index: int) -> None:
    shortened = dropped(PARAGRAPH[language], index)
    assert len(SENTENCE.split(shortened)) == 2
    assert messages("length", language, PARAGRAPH["en"], shortened)


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr", "fragment"),
    [
        ("es", PARAGRAPH["en"], "Los pacientes mejoran.", "much shorter"),
        ("de", PARAGRAPH["en"], "Patienten berichten von Linderung.", "much shorter"),
        (
            "fr",
            "It hurts. It lasts. It returns.",
            "Ça fait mal.",
            "fewer sentences than the source (1 for 3",
        ),
        (
            "ar",
            "Rest. Drink water. Sleep well.",
            "استرح.",
            "fewer sentences than the source (1 for 3",
        ),
        ("es", "**Note:** Rest. Drink. Sleep.", "**Nota:** Descanse.", "(1 for 3"),
    ],
)
def test_length_caught(language: str, msgid: str, msgstr: str, fragment: str) -> None:
    found = messages("length", language, msgid, msgstr)
    assert any(fragment in message for message in found), found


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr"),
    [
        # Short sources vary too much to be measured.
        ("es", "Fatigue and sleep disturbances", "Fatiga"),
        # Two sentences merged into one of the expected length.
        (
            "es",
            "Ketamine works fast. It often brings relief within hours of the first infusion.",
            "La ketamina actúa con rapidez y a menudo alivia el dolor en pocas horas "
            "después de la primera infusión.",
        ),
        # Abbreviations and initials do not end sentences.
        (
            "en",
            "Take NSAIDs, e.g. ibuprofen, as Dr. Smith says. Rest. Drink water.",
            "Take NSAIDs, e.g. ibuprofen, as Dr. Smith says. Rest. Drink water.",
        ),
        (
            "de",
            "Ask about NSAIDs such as ibuprofen at Mindful Infusions. Rest well.",
            "Fragen Sie nach NSAR, z. B. Ibuprofen, bei Mindful Infusions. Ruhen Sie sich aus.",
        ),
        # Link destinations, URLs and code are not text.
        (
            "fr",
            "[Book your consultation today](https://example.org/a/very/long/booking/path?x=1).",
            "[Réservez votre consultation dès aujourd\u2019hui](/r).",
        ),
        (
            "de",
            "Run `painl10n check --language de --format json` to see the problems.",
            "Führen Sie `c` aus, um die Probleme zu sehen.",
        ),
    ],
)
def test_length_near_misses(language: str, msgid: str, msgstr: str) -> None:
    assert messages("length", language, msgid, msgstr) == []


ARABIC_SOURCE = (
    "Chronic pain is a common and debilitating condition that affects millions of people "
    "worldwide. This condition is characterized by long-lasting or recurring pain that "
    "does not respond to traditional treatments, such as medication and physical therapy."
)
ARABIC_SHORTER = (  # shipped: complete, 0.66 of the source's length
    "الألم المزمن حالة شائعة ومُنهِكة تصيب ملايين الأشخاص حول العالم. وتتميّز هذه الحالة "
    "بألم طويل الأمد أو متكرّر لا يستجيب للعلاجات التقليدية، مثل الأدوية والعلاج الطبيعي."
)


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr"),
    [
        ("es", "OK", "OK"),
        ("de", "NMDA", "NMDA"),
        ("fr", "Mindful Infusions", "Mindful Infusions"),
        ("es", "What is it?", "¿Qué es?"),
        ("ar", "What is it?", "ما هو؟"),
        ("fr", "Note:", f"Remarque{NBSP}:"),
        ("fr", "The session starts at 12:30.", "La séance commence à 12:30."),
        ("ar", ARABIC_SOURCE, ARABIC_SHORTER),
        ("es", "**Bold.**", "**Negrita.**"),
    ],
)
def test_near_misses_pass_every_check(language: str, msgid: str, msgstr: str) -> None:
    assert [m for check in RUN for m in messages(check, language, msgid, msgstr)] == []


# --- the shipped catalogs ----------------------------------------------------------

CATALOGS = [  # not the generated, git-ignored pseudo-locale catalogs (painl10n pseudo)
    p for p in sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po")) if not is_pseudo(p.parts[-3])
]
SHIPPED_TERMBASE = read_tbx(REPO / "locales" / "glossary.tbx")


def shipped(path: Path) -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(path)).translated_entries() if not e.obsolete]


def language_of(path: Path) -> str:
    return path.parent.parent.name


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_shipped_catalogs_are_clean(path: Path) -> None:
    context = EntryContext(
        language=language_of(path), source_language="en", termbase=SHIPPED_TERMBASE
    )
    found = [
        (check.id, entry.linenum, message)
        for entry in shipped(path)
        for check in CHECKS
        for message in check.run(entry, context)
    ]
    assert found == []


def three_sentence_entries() -> list[tuple[str, str, str]]:
    """(language, msgid, msgstr) of shipped entries with three sentences on both sides."""
    return [
        (language_of(path), entry.msgid, entry.msgstr)
        for path in CATALOGS
        for entry in shipped(path)
        if len(SENTENCE.split(entry.msgid)) == len(SENTENCE.split(entry.msgstr)) == 3
    ]


def test_shipped_paragraphs_with_a_sentence_dropped_are_caught() -> None:
    cases = three_sentence_entries()
    assert len(cases) >= 12
    missed = [
        (language, index, msgid[:40])
        for language, msgid, msgstr in cases
        for index in range(3)
        if not messages("length", language, msgid, dropped(msgstr, index))
    ]
    assert missed == []
