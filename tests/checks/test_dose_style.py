"""dose-style, dose-readability: ISMP's error-prone dose writings the source avoided."""

from __future__ import annotations

import polib
import pytest

from painl10n.checks.base import EntryContext
from painl10n.checks.dose_style import CHECKS
from painl10n.checks.registry import ENTRY_CHECKS

NBSP, NNBSP, RSQUO = "\u00a0", "\u202f", "\u2019"
MICRO_SIGN, MU = "\u00b5", "\u03bc"
_INDIC = str.maketrans("0123456789.,", "".join(map(chr, range(0x660, 0x66A))) + "\u066b\u066c")

STYLE, READABILITY = CHECKS


def indic(number: str) -> str:
    return number.translate(_INDIC)


def findings(
    source: str, translation: str, language: str, microgram: str = ""
) -> tuple[list[str], list[str]]:
    """(dose-style errors, dose-readability warnings) for one entry."""
    entry = polib.POEntry(msgid=source, msgstr=translation)
    ctx = EntryContext(language=language, source_language="en", microgram_symbol=microgram)
    return list(STYLE.run(entry, ctx)), list(READABILITY.run(entry, ctx))


def test_the_checks_are_registered_with_their_severities() -> None:
    assert (STYLE.id, STYLE.severity) == ("dose-style", "error")
    assert (READABILITY.id, READABILITY.severity) == ("dose-readability", "warning")
    assert STYLE in ENTRY_CHECKS and READABILITY in ENTRY_CHECKS


# (language, source, translation, what the message quotes): errors of dose-style.
ERRORS = [
    # U or u for units: misread as 0 or 4
    ("es", "Inject 4 units of insulin.", "Inyecte 4 U de insulina.", "4 U"),
    ("fr", "Inject 4 units of insulin.", f"Injectez 4 U d{RSQUO}insuline.", "4 U"),
    ("de", "Inject 4 units of insulin.", "Spritzen Sie 4 U Insulin.", "4 U"),
    ("ar", "Inject 4 units of insulin.", "احقن 4 U من الإنسولين.", "4 U"),
    ("de", "Inject 10 units.", "Spritzen Sie 10u.", "10u"),
    ("fr", "Inject 10 units.", "Injectez 10 u.", "10 u"),
    ("es", "Inject 12 units at night.", "Inyecte 12U por la noche.", "12U"),
    ("ar", "Inject 12 units at night.", f"احقن {indic('12')} U ليلًا.", "12 U"),
    ("fr", "Inject 2 units more.", f"Injectez 2{NBSP}U de plus.", "U"),
    ("de", "Inject 6 units.", "6 U spritzen.", "6 U"),
    # IU and its translations: misread as IV or 10
    ("es", "Take 1,000 international units of vitamin D.", "Tome 1000 UI de vitamina D.", "UI"),
    ("fr", "Take 1,000 international units of vitamin D.", "Prenez 1000 UI de vitamine D.", "UI"),
    ("de", "Take 1,000 international units of vitamin D.", "Nehmen Sie 1000 I.E. ein.", "I.E."),
    ("de", "Take 1,000 international units.", "Nehmen Sie 1000 IE Vitamin D ein.", "IE"),
    ("ar", "Take 1,000 international units.", "تناول 1000 IU من فيتامين د.", "IU"),
    ("ar", "Take 1,000 international units.", "تناول 1000 و.د. من فيتامين د.", "و.د."),
    ("es", "Inject 5,000 units of heparin.", "Inyecte 5000 U.I. de heparina.", "U.I."),
    ("fr", "Inject 40 units.", "Injectez 40 IU.", "IU"),
    ("de", "Inject 40 units.", "Spritzen Sie 40 I. E.", "I. E."),
    ("es", "Inject 40 units.", "Inyecte 40UI.", "40UI"),
    # cc for mL: misread as u
    ("es", "Give 5 mL of syrup.", "Administre 5 cc de jarabe.", "5 cc"),
    ("fr", "Give 5 mL of syrup.", "Donnez 5 cc de sirop.", "5 cc"),
    ("de", "Give 5 mL of syrup.", "Geben Sie 5 cc Sirup.", "5 cc"),
    ("ar", "Give 5 mL of syrup.", "أعطِ 5 cc من الشراب.", "5 cc"),
    ("es", "Give 2.5 mL.", "Administre 2,5 c.c.", "c.c."),
    ("fr", "Draw up 10 mL.", "Prélevez 10cc.", "10cc"),
    ("de", "Draw up 10 mL.", "Ziehen Sie 10 c.c. auf.", "c.c."),
    ("ar", "Draw up 10 mL.", f"اسحب {indic('10')} cc.", "cc"),
    ("es", "Drink 250 mL of water.", "Beba 250 cc de agua.", "250 cc"),
    ("fr", "Drink 250 mL of water.", f"Buvez 250 cc d{RSQUO}eau.", "250 cc"),
    # Latin frequency abbreviations
    ("es", "Take it once a day.", "Tómelo qd.", "qd"),
    ("fr", "Take it once a day.", "Prenez-le q.d.", "q.d."),
    ("de", "Take it every other day.", "Nehmen Sie es QOD ein.", "QOD"),
    ("ar", "Take it every other day.", "تناوله q.o.d.", "q.o.d."),
    ("es", "Inject 3 times a week.", "Inyecte TIW.", "TIW"),
    ("fr", "Apply at bedtime.", "Appliquez hs.", "hs"),
    ("de", "Apply at bedtime.", "Abends HS auftragen.", "HS"),
    ("ar", "Take it once daily.", "تناوله QD.", "QD"),
    ("es", "Take 1 tablet daily.", "Tome 1 comprimido q1d.", "q1d"),
    ("fr", "Take 1 tablet once daily.", "Prenez 1 comprimé o.d.", "o.d."),
    # ug for micrograms, and µg where the language writes mcg
    ("es", "Take 50 micrograms.", "Tome 50 ug.", "'ug'"),
    ("fr", "Take 50 micrograms.", "Prenez 50 ug.", "'ug'"),
    ("de", "Take 50 micrograms.", "Nehmen Sie 50 ug ein.", "'ug'"),
    ("ar", "Take 50 micrograms.", "تناول 50 ug.", "'ug'"),
    ("de", "Take 50 mcg.", "Nehmen Sie 50ug ein.", "'ug'"),
    ("es", "Take 25 mcg.", "Tome 25 UG.", "'ug'"),
]


@pytest.mark.parametrize(("language", "source", "translation", "named"), ERRORS)
def test_an_error_prone_abbreviation_is_an_error(
    language: str, source: str, translation: str, named: str
) -> None:
    errors, _ = findings(source, translation, language)
    assert any(named in error and "ISMP" in error for error in errors), errors


MCG_LANGUAGE = [
    ("es", "Take 50 mcg.", f"Tome 50 {MICRO_SIGN}g.", f"'{MU}g'"),
    ("fr", "Take 50 micrograms.", f"Prenez 50 {MU}g.", f"'{MU}g'"),
    ("de", "Take 50 mcg.", f"Nehmen Sie 50{NBSP}{MICRO_SIGN}g ein.", f"'{MU}g'"),
    ("ar", "Take 50 mcg.", f"تناول 50 {MICRO_SIGN}g.", f"'{MU}g'"),
]


@pytest.mark.parametrize(("language", "source", "translation", "named"), MCG_LANGUAGE)
def test_micro_sign_where_the_project_writes_mcg_is_an_error(
    language: str, source: str, translation: str, named: str
) -> None:
    errors, _ = findings(source, translation, language, microgram="mcg")
    assert any(named in error and "misread as mg" in error for error in errors), errors


# (language, source, translation, quoted): warnings of dose-readability.
WARNINGS = [
    # number run into its unit: the m misread as a zero
    ("es", "Take 10 mg.", "Tome 10mg.", "10mg"),
    ("fr", "Take 10 mg.", "Prenez 10mg.", "10mg"),
    ("de", "Take 10 mg.", "Nehmen Sie 10mg ein.", "10mg"),
    ("ar", "Take 10 mg.", "تناول 10ملغ.", "10ملغ"),
    ("es", "Give 100 mL.", "Administre 100ml.", "100ml"),
    ("fr", "Give 2.5 mL.", "Donnez 2,5ml.", "2,5ml"),
    ("de", "Give 2.5 mL.", "Geben Sie 2,5ml.", "2,5ml"),
    ("ar", "Give 5 mL.", f"أعطِ {indic('5')}مل.", "مل"),
    ("es", "Weight under 40 kg.", "Peso inferior a 40kg.", "40kg"),
    ("de", "Inject 10 units.", "Spritzen Sie 10Einheiten.", "10Einheiten"),
    # a large dose without group separators
    ("es", "Take 100,000 units of vitamin D.", "Tome 100000 unidades de vitamina D.", "100.000"),
    ("fr", "Take 100,000 units.", "Prenez 100000 unités.", "100"),
    ("de", "Take 100,000 units.", "Nehmen Sie 100000 Einheiten ein.", "100.000"),
    ("ar", "Take 100,000 units.", "تناول 100000 وحدة.", "100,000"),
    ("es", "Up to 1,000,000 units.", "Hasta 1000000 unidades.", "1.000.000"),
    ("fr", "Up to 1,000,000 units.", f"Jusqu{RSQUO}à 1000000 unités.", "1000000"),
    ("de", "Inject 20,000 units.", "Spritzen Sie 20000 Einheiten.", "20.000"),
    ("ar", "Inject 20,000 units.", f"احقن {indic('20000')} وحدة.", "20000"),
    ("es", "Take 12,500 mg over the course.", "Tome 12500 mg en total.", "12.500"),
    ("de", "Up to 50,000 mL.", "Bis zu 50000 ml.", "50.000"),
    # < and > for words
    ("es", "Children over 12 years.", "Niños > 12 años.", "'>'"),
    ("fr", "Children under 6 years.", "Enfants < 6 ans.", "'<'"),
    ("de", "Children over 12 years.", "Kinder >12 Jahre.", "'>'"),
    ("ar", "Children over 12 years.", "الأطفال > 12 سنة.", "'>'"),
    ("es", "A temperature over 38 °C.", "Una temperatura >38 °C.", "'>'"),
    ("fr", "No more than 4 g a day.", "≤ 4 g par jour.", "'≤'"),
    ("de", "At least 2 hours apart.", "Abstand ≥ 2 Stunden.", "'≥'"),
    ("ar", "Less than 4 g a day.", "< 4 غ في اليوم.", "'<'"),
    ("es", "At least 18 years old.", "Edad ≥18 años.", "'≥'"),
    ("fr", "Over 65 years.", "> 65 ans.", "'>'"),
    # mcg where the language writes µg
    ("es", "Take 50 mcg.", "Tome 50 mcg.", "'mcg'"),
    ("fr", "Take 50 mcg.", "Prenez 50 mcg.", "'mcg'"),
    ("de", "Take 50 mcg.", "Nehmen Sie 50 mcg ein.", "'mcg'"),
]


@pytest.mark.parametrize(("language", "source", "translation", "named"), WARNINGS)
def test_an_easily_misread_writing_is_a_warning(
    language: str, source: str, translation: str, named: str
) -> None:
    errors, warnings = findings(source, translation, language)
    assert errors == []
    assert any(named in warning for warning in warnings), warnings


# Correct translations, and what the source wrote itself: nothing to report.
NEAR_MISSES = [
    # units written out, the language's way
    ("es", "Inject 4 units of insulin.", "Inyecte 4 unidades de insulina."),
    ("fr", "Inject 4 units of insulin.", f"Injectez 4 unités d{RSQUO}insuline."),
    ("de", "Inject 4 units of insulin.", "Spritzen Sie 4 Einheiten Insulin."),
    ("ar", "Inject 4 units of insulin.", "احقن 4 وحدات من الإنسولين."),
    ("es", "Take 7 or 8 days off.", "Descanse 7 u 8 días."),  # es "u" is "or"
    ("de", "See pages 4 and 5.", "Siehe Seiten 4 u. 5."),  # de "u." is "und"
    ("de", "Studies in 2020, among others.", "Studien von 2020 u. a."),
    ("es", "Take 1,000 IU.", "Tome 1000 unidades internacionales."),
    ("fr", "Take 1,000 IU.", "Prenez 1000 unités internationales."),
    ("de", "Take 1,000 IU.", "Nehmen Sie 1000 Internationale Einheiten ein."),
    ("ar", "Take 1,000 IU.", "تناول 1000 وحدة دولية."),
    ("de", "Take 1,000 IU.", "Nehmen Sie 1000 IE ein, d. h. i.E. eine Kapsel."),
    # the source writes it already: the author's to fix, not the translator's
    ("es", "Inject 4 U.", "Inyecte 4 U."),
    ("fr", "Take 1,000 IU.", "Prenez 1000 UI."),
    ("de", "Give 5 cc.", "Geben Sie 5 cc."),
    ("ar", "Take it qd.", "تناوله qd."),
    ("es", "Take 10mg.", "Tome 10mg."),
    ("de", "Children >12 years.", "Kinder >12 Jahre."),
    ("fr", "Take 100000 units.", "Prenez 100000 unités."),
    # mL, spelled frequencies
    ("es", "Give 5 mL of syrup.", "Administre 5 ml de jarabe."),
    ("fr", "Give 5 mL of syrup.", "Donnez 5 mL de sirop."),
    ("de", "Give 5 mL of syrup.", "Geben Sie 5 ml Sirup."),
    ("ar", "Give 5 mL of syrup.", "أعطِ 5 مل من الشراب."),
    ("es", "Take it once a day.", "Tómelo una vez al día."),
    ("fr", "Take it every other day.", "Prenez-le un jour sur deux."),
    ("de", "Inject 3 times a week.", "Dreimal wöchentlich spritzen."),
    ("ar", "Take it at bedtime.", "تناوله عند النوم."),
    ("de", "Die Hochschule (HS)", "Die Hochschule"),
    # microgram in the language's own symbol or in words
    ("es", "Take 50 mcg.", f"Tome 50 {MU}g."),
    ("fr", "Take 50 mcg.", f"Prenez 50{NNBSP}{MICRO_SIGN}g."),
    ("de", "Take 50 mcg.", f"Nehmen Sie 50 {MICRO_SIGN}g ein."),
    ("ar", "Take 50 mcg.", "تناول 50 مكغ."),
    ("ar", "Take 50 mcg.", f"تناول 50 {MICRO_SIGN}g."),
    ("ar", "Take 50 mcg.", "تناول 50 mcg."),
    ("de", "Take 50 mcg.", "Nehmen Sie 50 Mikrogramm ein."),
    # number and unit apart, with any space; not a dose
    ("es", "Take 10 mg.", f"Tome 10{NBSP}mg."),
    ("fr", "Take 10 mg.", f"Prenez 10{NNBSP}mg."),
    ("de", "Take 10 mg.", "Nehmen Sie 10 mg ein."),
    ("ar", "Take 10 mg.", "تناول 10 ملغ."),
    ("es", "It helps 30% of people.", "Ayuda al 30% de las personas."),
    ("de", "A 3-month course.", "Eine 3-monatige Behandlung."),
    ("fr", "See COVID-19 advice.", "Voir les conseils COVID-19."),
    # large doses grouped as the language groups them; small ones and years alone
    ("es", "Take 100,000 units.", "Tome 100.000 unidades."),
    ("fr", "Take 100,000 units.", f"Prenez 100{NBSP}000 unités."),
    ("fr", "Take 100,000 units.", f"Prenez 100{NNBSP}000 unités."),
    ("de", "Take 100,000 units.", "Nehmen Sie 100.000 Einheiten ein."),
    ("ar", "Take 100,000 units.", f"تناول {indic('100,000')} وحدة."),
    ("es", "Up to 4,000 mg.", "Hasta 4000 mg."),
    ("fr", "Since 20000 BC.", "Depuis 20000 av. J.-C."),
    ("de", "Up to 4,000 mg a day.", "Bis zu 4000 mg am Tag."),
    # comparisons in words
    ("es", "Children over 12 years.", "Niños mayores de 12 años."),
    ("fr", "Children under 6 years.", "Enfants de moins de 6 ans."),
    ("de", "Children over 12 years.", "Kinder über 12 Jahre."),
    ("ar", "Children over 12 years.", "الأطفال فوق 12 سنة."),
    ("es", "See [dosing](https://example.org/?a>1).", "Vea [la dosis](https://example.org/?a>1)."),
    ("fr", "Use `x > 2` in the form.", "Utilisez `x > 2` dans le formulaire."),
]


@pytest.mark.parametrize(("language", "source", "translation"), NEAR_MISSES)
def test_a_correct_translation_passes(language: str, source: str, translation: str) -> None:
    assert findings(source, translation, language) == ([], [])


def test_the_project_symbol_wins_over_cldr() -> None:
    """microgram_symbol = { es = "mcg" }: mcg passes and µg is the error."""
    assert findings("Take 50 mcg.", "Tome 50 mcg.", "es", microgram="mcg") == ([], [])
    errors, _ = findings("Take 50 mcg.", "Tome 50 µg.", "es", microgram="mcg")
    assert len(errors) == 1
    assert findings("Take 50 µg.", "Tome 50 µg.", "es", microgram="mcg") == ([], [])


def test_a_source_occurrence_excuses_one_translation_occurrence() -> None:
    errors, _ = findings("Inject 4 U.", "Inyecte 4 U y luego 2 U.", "es")
    assert errors == [
        "'2 U' in the translation abbreviates 'units' as U, which is misread as a 0 or a 4 "
        "(4U as 40; ISMP): write the word"
    ]


def test_a_large_dose_message_shows_the_language_grouping() -> None:
    _, warnings = findings("Take 100,000 units.", "Nehmen Sie 100000 Einheiten ein.", "de")
    assert warnings == [
        "'100000 Einheiten' in the translation writes a large dose without group separators, "
        "misread tenfold (100000 as 10000; ISMP): write 100.000"
    ]


def test_spanish_hours_are_not_bedtime() -> None:
    assert findings("Every 8 hours.", "Cada 8 hs.", "es") == ([], [])


@pytest.mark.parametrize(
    ("language", "text"),
    sorted(
        {(case[0], case[2]) for case in [*ERRORS, *WARNINGS, *NEAR_MISSES]}
        - {(case[0], case[2]) for case in WARNINGS if case[3] == "'mcg'"}
    ),
)
def test_what_the_source_writes_itself_is_never_reported(language: str, text: str) -> None:
    """The author's writing is the author's to fix: a translation equal to its source
    (same language, as a regional variant would be) is clean, whatever it writes."""
    entry = polib.POEntry(msgid=text, msgstr=text)
    ctx = EntryContext(language=language, source_language=language)
    assert [list(check.run(entry, ctx)) for check in CHECKS] == [[], []]
