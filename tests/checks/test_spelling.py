"""spelling: words the language's Hunspell dictionary does not know.

Mistakes are the families a tired translator makes (a dropped, doubled or
swapped letter, a wrong or missing accent, a missing hamza or a ha for a ta
marbuta in Arabic, a lower-case German noun); near misses are correct
patient-facing sentences: inflected forms, clitics and elisions, compounds,
termbase terms, names the source has, markup and placeholders.

The dictionaries are Debian's ``hunspell-es``, ``hunspell-fr``,
``hunspell-de-de`` and ``hunspell-ar`` (``.ci/run`` installs them): without
them these tests fail, on purpose, since the check would silently do nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest

from painl10n.checks.base import EntryContext
from painl10n.checks.spelling import CHECKS, _suggestions, dictionary, missing_dictionary
from painl10n.pipeline.check import run_checks
from painl10n.project import Project
from painl10n.terms.model import Concept, Term, Termbase
from painl10n.text.spelled_words import spelled_words
from tests.helpers.project import copy_shipped_project, small_project

CHECK = CHECKS[0]
INSTALL = (
    "no Hunspell dictionary for {language!r}: install Debian's hunspell-es hunspell-fr "
    "hunspell-de-de hunspell-ar and libenchant-2-2 (.ci/run does) and pyenchant"
)
TERMBASE = Termbase(
    (
        Concept(
            "ketamine",
            (
                Term("ketamine", "en"),
                Term("Ketamin", "de"),
                Term("الكيتامين", "ar"),
                Term("kétamine", "fr"),
            ),
        ),
        Concept("clinic", (Term("Mindful Infusions", "en", part_of_speech="properNoun"),)),
        Concept("pill", (Term("pill", "en"), Term("Pillule", "fr", status="deprecated"))),
    )
)


@pytest.fixture(autouse=True, scope="module")
def dictionaries_installed() -> None:
    for language in ("es", "fr", "de", "ar"):
        assert dictionary(language) is not None, INSTALL.format(language=language)


def messages(msgid: str, msgstr: str, language: str, **context: object) -> list[str]:
    entry = polib.POEntry(msgid=msgid, msgstr=msgstr)
    ctx = EntryContext(language=language, source_language="en", termbase=TERMBASE, **context)  # type: ignore[arg-type]
    return list(CHECK.run(entry, ctx))


MISTAKES = [
    # (language, source, translation, the misspelt word, a suggestion expected)
    (
        "es",
        "Take the medicine with food.",
        "Tome el medicamneto con comida.",
        "medicamneto",
        "medicamento",
    ),
    ("es", "Ask about liver damage.", "Pregunte por el daño al higado.", "higado", "hígado"),
    ("es", "Check the dose.", "Compruebe la dosiss.", "dosiss", "dosis"),
    ("es", "It is effective.", "Es muy efficaz.", "efficaz", "eficaz"),
    ("fr", "The pain may return.", "La douleurr peut revenir.", "douleurr", "douleur"),
    ("fr", "It is effective.", "Ce traitement est éfficace.", "éfficace", "efficace"),
    ("fr", "Take your medicine.", "Prenez votre médicamment.", "médicamment", "médicament"),
    ("de", "Take a painkiller.", "Nehmen Sie ein Schmerzmitel.", "Schmerzmitel", "Schmerzmittel"),
    (
        "de",
        "Side effects are rare.",
        "Nebenwirkunegn sind selten.",
        "Nebenwirkunegn",
        "Nebenwirkungen",
    ),
    ("de", "Ask your doctor.", "Fragen Sie Ihre Arztin.", "Arztin", "Ärztin"),
    ("de", "Do not share the tablet.", "Teilen Sie die Tablete nicht.", "Tablete", "Tablette"),
    # a misspelt German part beside the source's English ones (no suggestion: a hyphen)
    (
        "de",
        "An open source project.",
        "Ein Open-Source-Projkt.",
        "Open-Source-Projkt",
        "",
    ),
    ("ar", "Take the medicine.", "تناول الدوأء مع الطعام.", "الدوأء", ""),
    ("ar", "The patient rests.", "يرتاح المريص في السرير.", "المريص", "المريض"),
    ("ar", "Headache is common.", "الصدااع شائع.", "الصدااع", "الصداع"),
    ("ar", "Check the dose.", "تحقق من الجرعه.", "الجرعه", "الجرعة"),
]


@pytest.mark.parametrize(("language", "msgid", "msgstr", "word", "suggestion"), MISTAKES)
def test_a_misspelt_word_is_reported_with_suggestions(
    language: str, msgid: str, msgstr: str, word: str, suggestion: str
) -> None:
    [message] = messages(msgid, msgstr, language)
    assert message.startswith(f"{word!r} is not in the {language} dictionary")
    assert suggestion in message
    assert f"words/{language}.words" in message


NEAR_MISSES = [
    # inflected forms, clitics, elisions, compounds
    ("es", "Take it with food.", "Tómelo con comida; los dolores suelen ceder."),
    (
        "es",
        "Anti-inflammatory drugs can harm the liver.",
        "Los antiinflamatorios pueden dañar el hígado.",
    ),
    (
        "fr",
        "Until the pain stops, take it today.",
        "Jusqu\u2019à ce que la douleur cesse, prenez-le aujourd\u2019hui.",
    ),
    ("fr", "Anti-inflammatories may help.", "Les anti-inflammatoires peuvent aider l'organisme."),
    ("fr", "If he has a prescription.", "S\u2019il a une ordonnance, qu\u2019il la montre."),
    ("de", "Headache tablets have side effects.", "Kopfschmerztabletten haben Nebenwirkungen."),
    ("de", "Drug interactions are possible.", "Arzneimittelwechselwirkungen sind möglich."),
    (
        "de",
        "Take it with painkillers (e.g. ibuprofen).",
        "Mit Schmerzmitteln einnehmen (z. B. Ibuprofen).",
    ),
    ("ar", "With the medicines, for their patients.", "وبالأدوية، لمرضاهم، يتناولها المريض."),
    ("ar", "Painkillers help.", "تُساعِدُ المُسَكِّنـــات."),  # harakat and tatweel
    # termbase terms, inflected, with clitics and in compounds; names of the source
    ("de", "Ketamine therapy.", "Ketamintherapie und Ketaminbehandlung mit Ketamins Wirkung."),
    ("ar", "And ketamine.", "والكيتامين وبالكيتامين."),
    ("fr", "Ketamine.", "La kétamine."),
    ("es", "Call Mindful Infusions in Pasadena.", "Llame a Mindful Infusions en Pasadena."),
    ("es", "Acronyms.", "Los AINEs y la OMS."),
    # German compounds that keep the source's English words, or an acronym, by a hyphen
    (
        "de",
        "Every open source project needs a README file.",
        "Jedes Open-Source-Projekt braucht eine README-Datei.",
    ),
    ("de", "Ask the community members.", "Fragen Sie die Community-Mitglieder."),
    # units, markup, URLs, code, HTML, placeholders are not words
    (
        "ar",
        "Take 500 mg (5 mg/kg) with 10 mL of water.",
        "تناول 500 ملغ (5 ملغ/كغ) مع 10 مل من الماء.",
    ),
    ("de", "Children over 12 years.", "Kinder ab 12 J."),
    (
        "es",
        "See [this](https://example.org/medicamneto).",
        "Vea [esto](https://example.org/medicamneto).",
    ),
    ("es", "Run `xyzzy --frobnicate`.", "Ejecute `xyzzy --frobnicate`."),
    ("es", "<abbr title='qwrt'>Dose</abbr>", "<abbr title='qwrt'>Dosis</abbr>"),
    ("es", "{count} doses of %(drug)s, 10mg", "{count} dosis de %(drug)s, 10mg"),
]


@pytest.mark.parametrize(("language", "msgid", "msgstr"), NEAR_MISSES)
def test_correct_writing_passes(language: str, msgid: str, msgstr: str) -> None:
    assert messages(msgid, msgstr, language) == []


def test_a_forbidden_term_is_not_a_known_word() -> None:
    [message] = messages("Take the pill.", "Prenez la pillule.", "fr")
    assert message.startswith("'pillule'") and "'pilule'" in message


def test_dialect_tokens_are_not_words() -> None:
    msgid = 'See {{< ref "dosage.md" >}} and {{% note %}}.'
    msgstr = 'Vea {{< ref "dosage.md" >}} y {{% notaa %}}.'
    assert messages(msgid, msgstr, "es", generator="hugo") == []
    assert messages(msgid, msgstr, "es") != []  # plain: the braces are text


def test_a_word_is_reported_once_per_entry_plural_forms_included() -> None:
    entry = polib.POEntry(
        msgid="{n} dose",
        msgid_plural="{n} doses",
        msgstr_plural={0: "{n} dosiss", 1: "{n} dosiss y dosiss"},
    )
    found = list(CHECK.run(entry, EntryContext(language="es", source_language="en")))
    assert len(found) == 1 and found[0].startswith("'dosiss'")


def test_the_word_list_makes_a_word_known_inflected_too() -> None:
    msgstr = "Die Opioidrezeptoren und Opioiden wirken."
    assert messages("Opioids act.", msgstr, "de") != []
    assert messages("Opioids act.", msgstr, "de", known_words=frozenset({"opioid"})) == []


def test_words_skip_markup_and_keep_elisions() -> None:
    text = "**L\u2019aspirine** [voir](https://x.org/douleurr) `code` <b>anti-douleur</b> engl. B12"
    assert spelled_words(text) == ("L\u2019aspirine", "voir", "anti-douleur", "engl.")


def test_a_language_without_a_dictionary_is_not_checked_and_said_once(tmp_path: Path) -> None:
    assert dictionary("sw") is None, "a Swahili dictionary is installed: pick another language"
    assert messages("Take it.", "Xyzzy qwrtz.", "sw") == []
    why = missing_dictionary("sw")
    assert why is not None and "hunspell-sw" in why
    assert missing_dictionary("es") is None
    root = small_project(tmp_path / "p", {"dose.md": "# Dose\n"}, languages='["es", "sw"]')
    report = run_checks(Project.load(root))
    spelling = [f for f in report.findings if f.check == "spelling"]
    assert [(f.language, f.severity, f.file) for f in spelling] == [
        ("sw", "warning", "locales/sw/LC_MESSAGES")
    ]
    skipped = run_checks(Project.load(root), skip_checks=["spelling"])
    assert not [f for f in skipped.findings if f.check == "spelling"]


def test_the_shipped_catalogs_are_spelt_right_with_the_word_lists(tmp_path: Path) -> None:
    root = copy_shipped_project(tmp_path / "shipped")
    report = run_checks(Project.load(root), checks=["spelling"])
    assert report.findings == []
    shutil.rmtree(root / "locales" / "words")
    found = run_checks(Project.load(root), checks=["spelling"]).findings
    words = {f.message.split("'")[1] for f in found}
    assert {"reaprender", "Wirkmechanismus", "فرانسيسكو"} <= words
    assert run_checks(Project.load(root), checks=["spelling"], jobs=2).findings == found


def test_a_typo_in_a_catalog_is_reported_at_its_entry(tmp_path: Path) -> None:
    root = copy_shipped_project(tmp_path / "shipped")
    path = root / "locales" / "es" / "LC_MESSAGES" / "psychobiology-of-chronic-pain.po"
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if " dolor " in e.msgstr)
    entry.msgstr = entry.msgstr.replace(" dolor ", " dolorr ", 1)
    catalog.save(str(path))
    report = run_checks(Project.load(root), ["es"], checks=["spelling"])
    [finding] = report.findings
    assert finding.file == "locales/es/LC_MESSAGES/psychobiology-of-chronic-pain.po"
    lines = path.read_text("utf-8").split("\n")
    assert finding.line is not None and lines[finding.line - 1].startswith("msgid ")
    assert "dolorr" in "\n".join(lines[finding.line :]).split("\n\n")[0]
    assert finding.severity == "warning"
    assert finding.message.startswith("'dolorr'") and "'dolor'" in finding.message


@pytest.mark.parametrize("word", ["N-Methyl-D-Aspartat-Rezeptoren", "Schmerzverarbeitungszentrumx"])
def test_a_long_or_hyphenated_word_gets_no_suggestion(word: str) -> None:
    """Hunspell's suggestions for them depend on a CPU-time limit: no report must."""
    [message] = messages("The receptors.", f"Die {word} sind wichtig.", "de")
    assert message.startswith(f"{word!r} is not in the de dictionary;")
    assert "did you mean" not in message
    [short] = messages("The receptors.", "Die Rezeptoren sind wihctig.", "de")
    assert "did you mean" in short


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr"),
    [
        # opensource.guide's Spanish is written with character references throughout
        ("es", "No human should do it.", "Ning&uacute;n ser humano deber&iacute;a hacerlo."),
        ("es", "Open source code.", "C&#243;digo abierto, c&#xF3;digo&nbsp;libre."),
        ("de", "Medication", "Medi&shy;kation"),  # a soft hyphen joins the word's halves
    ],
)
def test_a_word_written_with_character_references_is_the_word_a_reader_sees(
    language: str, msgid: str, msgstr: str
) -> None:
    """'ning&uacute;n' was read as 'ning' and 'n', and reported as misspelt."""
    assert messages(msgid, msgstr, language) == []
    assert "debería" in spelled_words("deber&iacute;a &amp; m&aacute;s")
    [message] = messages("Take it.", "T&oacute;melo con cuidadoo.", "es")
    assert "cuidadoo" in message


class _Suggests:
    """A dictionary that suggests what it is given (Hunspell's answers vary with time)."""

    def __init__(self, *words: str) -> None:
        self.words = list(words)

    def check(self, word: str) -> bool:
        return False

    def suggest(self, word: str) -> list[str]:
        return self.words


def test_only_suggestions_a_few_edits_away_are_kept() -> None:
    """Hunspell's n-gram stage (distant words) runs only when its time budget is left:
    a suggestion it alone finds would come and go from run to run."""
    found = _Suggests("Coquetterie", "medicamento", "medicamentos", "mecanismo")
    assert _suggestions(found, "medicamneto") == ["medicamento", "medicamentos"]
    assert _suggestions(_Suggests("Coquetterie"), "Cookiecutter") == []
    [message] = messages("A project template.", "Un modèle Cookiecutter.", "fr")
    assert message.startswith("'Cookiecutter' is not in the fr dictionary;")
