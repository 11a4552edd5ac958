"""The ``numbers`` check: values and units survive translation, each side in its own notation."""

from __future__ import annotations

import tomllib
from pathlib import Path

import polib
import pytest
from babel import Locale, localedata

from painl10n.checks.base import EntryContext
from painl10n.checks.numbers import CHECKS
from painl10n.languages import parse_language
from painl10n.text import quantities as reading
from painl10n.text.quantities import prose, quantities
from tests.helpers import REPO

NNBSP, NBSP = "\u202f", "\u00a0"
DASH, RSQUO = "\u2013", "\u2019"  # en dash, typographic apostrophe
_INDIC = str.maketrans("0123456789.,", "".join(map(chr, range(0x660, 0x66A))) + "\u066b\u066c")
_EASTERN = str.maketrans("0123456789.,", "".join(map(chr, range(0x6F0, 0x6FA))) + "\u066b\u066c")


def indic(number: str) -> str:
    """``number`` in Arabic-Indic digits, with the Arabic decimal and group separators."""
    return number.translate(_INDIC)


def eastern(number: str) -> str:
    """``number`` in Eastern Arabic-Indic digits (Persian, Urdu), Arabic separators."""
    return number.translate(_EASTERN)


CHECK, UNIT_ADDED = CHECKS


def messages(source: str, translation: str, language: str) -> list[str]:
    entry = polib.POEntry(msgid=source, msgstr=translation)
    return list(CHECK.run(entry, EntryContext(language=language, source_language="en")))


# (language, msgid, msgstr): a correct translation, however it writes its numbers.
NEAR_MISSES = [
    # decimal separators, each side in its own notation
    ("es", "Take 0.5 mg twice a day.", "Tome 0,5 mg dos veces al día."),
    ("fr", "Take 0.5 mg.", "Prenez 0,5 mg."),
    ("de", "Take 0.5 mg.", "Nehmen Sie 0,5 mg ein."),
    ("ar", "Take 0.5 mg.", "تناول 0.5 mg."),
    ("ar", "Take 0.5 mg.", f"تناول {indic('0.5')} مغم."),
    ("ar", "Take 0.5 mg.", f"تناول {eastern('0.5')} mg."),
    ("es", "Take 2.5 mg/kg.", "Tome 2,5 mg/kg."),
    ("fr", "Take 2.5 mg/kg.", "Prenez 2,5 mg/kg."),
    ("de", "Take 2.5 mg/kg.", "Nehmen Sie 2,5 mg/kg."),
    ("ar", "Take 2.5 mg/kg.", f"تناول {indic('2.5')} مغم/كغم."),
    ("es", "Take 2.5 mg/kg.", "Tome 2,5 mg por kg."),
    ("de", "Take 2.5 mg per kg.", "Nehmen Sie 2,5 mg pro kg."),
    # group separators
    ("de", "Up to 1,000 mg.", "Bis zu 1.000 mg."),
    ("de", "Up to 1,000 mg.", "Bis zu 1000 mg."),
    ("de", "Up to 1,000 mg.", f"Bis zu 1{NNBSP}000 mg."),
    ("es", "Up to 1,000 mg.", "Hasta 1000 mg."),
    ("es", "Up to 1,000 mg.", "Hasta 1.000 mg."),
    ("fr", "Up to 1,000 mg.", f"Jusqu{RSQUO}à 1 000 mg."),
    ("fr", "Up to 1,000 mg.", f"Jusqu{RSQUO}à 1{NBSP}000 mg."),
    ("fr", "Up to 1,000 mg.", f"Jusqu{RSQUO}à 1{NNBSP}000 mg."),
    ("fr", "Up to 1,000 mg.", f"Jusqu{RSQUO}à 1000 mg."),
    ("ar", "Up to 1,000 mg.", "حتى 1,000 mg."),
    ("ar", "Up to 1,000 mg.", f"حتى {indic('1,000')} مغم."),
    ("de", "1 in 1,000,000 people", "1 von 1.000.000 Menschen"),
    ("fr", "1 in 1,000,000 people", "1 personne sur 1 000 000"),
    ("es", "It costs 1,250.50 euros.", "Cuesta 1.250,50 euros."),
    # ranges
    ("es", f"Take 10{DASH}20 mg.", "Tome 10-20 mg."),
    ("es", f"Take 10{DASH}20 mg.", f"Tome 10{DASH}20 mg."),
    ("es", f"Take 10{DASH}20 mg.", "Tome de 10 a 20 mg."),
    ("es", "Take 10 to 20 mg.", "Tome entre 10 y 20 mg."),
    ("fr", f"Take 10{DASH}20 mg.", "Prenez de 10 à 20 mg."),
    ("fr", "Take 10-20 mg.", "Prenez 10 mg à 20 mg."),
    ("de", f"Take 10{DASH}20 mg.", "Nehmen Sie 10 bis 20 mg."),
    ("de", "Take between 10 mg and 20 mg.", "Nehmen Sie zwischen 10 und 20 mg."),
    ("ar", "Take 10 to 20 mg.", "تناول من 10 إلى 20 مغم."),
    ("ar", "Take 10 to 20 mg.", "تناول بين 10 و20 مغم."),
    ("es", "every 4 to 6 hours", "cada 4 a 6 horas"),
    ("de", "every 4 to 6 hours", "alle 4 bis 6 Stunden"),
    ("ar", "every 4 to 6 hours", f"كل {indic('4')} إلى {indic('6')} ساعات"),
    ("fr", f"5{DASH}10% of people", "5 à 10 % des personnes"),
    ("ar", "10% to 20% of people", "من ٪10 إلى 20 من الناس"),
    # percentages
    ("es", "50% of patients", "El 50 % de los pacientes"),
    ("es", "50% of patients", "El 50% de los pacientes"),
    ("fr", "50% of patients", "50 % des patients"),
    ("fr", "50% of patients", f"50{NNBSP}% des patients"),
    ("de", "50% of patients", f"50{NBSP}% der Patienten"),
    ("de", "50% of patients", "50 Prozent der Patienten"),
    ("ar", "50% of patients", "٪50 من المرضى"),
    ("ar", "50% of patients", "50٪ من المرضى"),
    ("ar", "50% of patients", f"{indic('50')}٪ من المرضى"),
    ("ar", "50% of patients", f"\u200e{indic('50')}٪\u200e من المرضى"),
    ("ar", "50 percent of patients", "50 بالمائة من المرضى"),
    ("fr", "50 percent", "50 pour cent"),
    # durations: CLDR's words, singular and plural, any case
    ("es", "for 3 months", "durante 3 meses"),
    ("fr", "for 3 months", "pendant 3 mois"),
    ("de", "for 3 months", "für 3 Monate"),
    ("de", "after 3 months", "nach 3 Monaten"),
    # a number written in words in the translation (issue 15): num2words in reverse
    ("es", "for 3 months", "durante tres meses"),
    ("fr", "for 3 months", "pendant trois mois"),
    ("de", "for 3 months", "für drei Monate"),
    ("ar", "for 3 months", "لمدة ثلاثة أشهر"),
    ("ar", "for 2 weeks", "لمدة أسبوعين"),
    ("ar", "for 3 months", "لمدة 3 أشهر"),
    ("ar", "for 3 months", f"لمدة {indic('3')} أشهر"),
    ("ar", "for 3 months", "لمدة 3 شهور"),
    ("fr", "for 1 week", "pendant 1 semaine"),
    ("fr", "for 2 years", "pendant 2 ans"),
    ("es", "for 2 years", "durante 2 años"),
    ("de", "after 7 days", "nach 7 Tagen"),
    ("de", "for 10 min", "für 10 Min."),
    ("de", "every 8 hours", "alle 8 Std."),
    ("fr", "every 8 hours", "toutes les 8 h"),
    ("ar", "every 8 hours", "كل 8 ساعات"),
    ("es", "a 3-month course", "un tratamiento de 3 meses"),
    ("es", "within 24 Hours", "en 24 HORAS"),
    ("fr", "at 8:30", "à 8 h 30"),
    # symbols shared by every language, and dose units CLDR lacks
    ("de", "5 mL", "5 ml"),
    ("ar", "5 mL", "5 ملتر"),
    ("fr", "100 mcg", "100 µg"),
    ("de", "100 mcg", "100 μg"),
    ("fr", "100 IU", "100 UI"),
    ("de", "100 IU", "100 IE"),
    ("de", "at 37 °C", "bei 37 °C"),
    ("es", "Take 10mg.", "Tome 10 mg."),
    # a frequency written in words on one side only
    ("es", "Take 5 mg a day.", "Tome 5 mg al día."),
    ("es", "Take 5 mg/day.", "Tome 5 mg al día."),
    ("de", "Take 5 mg/day.", "Nehmen Sie täglich 5 mg."),
    ("fr", "Take 5 mg/day.", "Prenez 5 mg par jour."),
    # notation the source itself uses
    ("es", "Take 1.0 mg.", "Tome 1,0 mg."),
    ("fr", "Take .5 mg.", "Prenez ,5 mg."),
    # ordinals, years, numbers in names, list numbers, footnotes
    ("es", "the 2nd dose", "la 2.ª dosis"),
    ("fr", "the 2nd dose", "la 2e dose"),
    ("de", "the 2nd dose", "die 2. Dosis"),
    ("ar", "in 2023", "في عام 2023م"),
    ("ar", "in 2023", f"في عام {indic('2023')}"),
    ("es", "COVID-19 and vitamin B12", "COVID-19 y vitamina B12"),
    ("es", "1\\. Take it.", "1\\. Tómelo."),
    ("es", "See the study.[^3]", "Vea el estudio.[^3]"),
    ("es", "See [the study][7].", "Vea [el estudio][7]."),
    # spelled out on both sides: not numbers
    ("es", "for three months", "durante tres meses"),
    ("de", "twice a day", "zweimal täglich"),
    # nothing to do with a unit or a range
    ("es", "from 5 to 10 mg", "de 5 a 10 mg"),
    ("es", "take 2 at a time", "tome 2 a la vez"),
    ("es", "Take 2 500 mg tablets.", "Tome 2 comprimidos de 500 mg."),
    ("de", "Take 2 x 500 mg.", "Nehmen Sie 2 Tabletten zu je 500 mg."),
    ("es", "24/7 care", "atención 24/7"),
    ("es", "10<sup>6</sup> cells", "10<sup>6</sup> células"),
    ("es", "**0.5** mg", "**0,5** mg"),
    # numbers in URLs, code spans, HTML attributes are not the prose's
    ("es", "See [the 2023 study](https://x.org/p/42).", "Vea [el estudio de 2023](/es/p/7)."),
    ("fr", "See <https://example.org/5>.", "Voir <https://example.org/fr/6>."),
    ("de", "See https://example.org/page5 now.", "Siehe https://example.org/de/seite6 jetzt."),
    ("es", "![Chart 2](img/3.png)", "![Gráfico 2](img/es/4.png)"),
    ("es", "Run `dose 5`.", "Ejecute `dosis 6`."),
    ("es", 'A <abbr title="5 mg">dose</abbr>.', 'Una <abbr title="6 mg">dosis</abbr>.'),
    ("es", "Write to a1@b2.example.", "Escriba a c3@d4.example."),
    ("es", "No number here.", "Aquí no hay número."),
]


@pytest.mark.parametrize(("language", "source", "translation"), NEAR_MISSES)
def test_near_misses_pass(language: str, source: str, translation: str) -> None:
    assert messages(source, translation, language) == []


# (language, msgid, msgstr, what the message must name).
VIOLATIONS = [
    # value changed
    ("es", "Take 0.5 mg.", "Tome 5 mg.", "0.5 mg"),
    ("fr", "Take 1.5 mg.", "Prenez 15 mg.", "1.5 mg"),
    ("de", "Take 0.5 mg.", "Nehmen Sie 0,05 mg ein.", "0.5 mg"),
    ("ar", "Take 0.5 mg.", f"تناول {indic('5')} مغم.", "0.5 mg"),
    ("es", f"Take 10{DASH}20 mg.", "Tome 10-25 mg.", "20"),
    ("es", "50% of patients", "El 5 % de los pacientes", "50%"),
    ("ar", "50% of patients", f"٪{indic('5')} من المرضى", "50%"),
    ("fr", "10,000 patients", "1 000 patients", "10,000"),
    ("es", "in 2023", "en 2022", "2023"),
    ("ar", "in 2023", f"في عام {indic('2022')}", "2023"),
    ("es", "the 2nd dose", "la 3.ª dosis", "2"),
    ("de", "Vitamin B12", "Vitamin B6", "12"),
    # the English group separator left as is reads as a decimal separator
    ("de", "Up to 1,000 mg.", "Bis zu 1,000 mg.", "1,000 mg"),
    ("es", "Up to 1,000 mg.", "Hasta 1,000 mg.", "1,000 mg"),
    ("fr", "Up to 1,000 mg.", f"Jusqu{RSQUO}à 1,000 mg.", "1,000 mg"),
    ("ar", "Take 1,000 mg.", f"تناول {indic('100')} مغم.", "1,000 mg"),
    # the English decimal point left as is: not a number in the language
    ("de", "Take 1.5 mg.", "Nehmen Sie 1.5 mg ein.", "1.5 mg"),
    ("fr", "Take 1.5 mg.", "Prenez 1.5 mg.", "1.5 mg"),
    ("es", "Take 0.5 mg.", "Tome 0.5 mg.", "0.5 mg"),
    ("ar", "Take 0.5 mg.", "تناول 0,5 mg.", "0.5 mg"),
    # unit changed
    ("es", "Take 0.5 mg.", "Tome 0,5 g.", "0.5 mg"),
    ("es", "Take 0.5 mg.", "Tome 0,5 mcg.", "0.5 mg"),
    ("fr", "Take 500 mcg.", "Prenez 500 mg.", "500 mcg"),
    ("de", "Use 5 mL.", "Verwenden Sie 5 l.", "5 mL"),
    ("es", "Use 5 mL.", "Use 5 L.", "5 mL"),
    ("de", "100 IU", "100 mg", "100 IU"),
    ("fr", "Take 2.5 mg/kg.", "Prenez 2,5 mg/g.", "2.5 mg/kg"),
    ("es", "Take 1 mg/kg.", "Tome 1 mg.", "1 mg/kg"),
    ("es", "Take 1 mg/kg/day.", "Tome 1 mg al día.", "1 mg/kg/day"),
    ("de", "5 mg/day", "5 mg/h", "5 mg/day"),
    ("es", f"Take 10{DASH}20 mg.", "Tome 10-20 g.", "10"),
    ("es", "for 3 months", "durante 3 semanas", "3 months"),
    ("fr", "for 10 days", "pendant 10 semaines", "10 days"),
    ("de", "after 7 days", "nach 7 Stunden", "7 days"),
    ("ar", "for 3 months", "لمدة 3 أسابيع", "3 months"),
    ("ar", "50% of patients", "50 من المرضى", "50%"),
    # number missing, or only in words
    ("es", "Take 0.5 mg and wait 3 months.", "Tome 0,5 mg y espere.", "3 months"),
    # a number written in words must still be the same number, with the same unit
    ("es", "for 3 months", "durante cuatro meses", "3 months"),
    ("fr", "for 3 months", "pendant trois semaines", "3 months"),
    ("de", "for 3 months", "für zwei Monate", "3 months"),
    ("ar", "for 3 months", "لمدة ثلاثة أسابيع", "3 months"),
    ("ar", "for 3 weeks", "لمدة أسبوعين", "3 weeks"),
    # extra number
    ("es", "Take 5 mg.", "Tome 5 mg 2 veces.", "2"),
    ("de", "Take the tablets.", "Nehmen Sie 2 Tabletten.", "2"),
    ("fr", "Take 5 mg.", "Prenez 5 mg, 5 mg.", "5 mg"),
    # trailing zero and naked decimal the source does not write
    ("es", "Take 1 mg.", "Tome 1,0 mg.", "1,0 mg"),
    ("fr", "Take 0.25 mg.", "Prenez 0,250 mg.", "0,250 mg"),
    ("de", "Take 5 mg.", "Nehmen Sie 5,0 mg ein.", "5,0 mg"),
    ("ar", "Take 1 mg.", f"تناول {indic('1.0')} مغم.", "1.0"),
    ("es", "Take 0.5 mg.", "Tome ,5 mg.", ",5 mg"),
    ("de", "Take 0.5 mg.", "Nehmen Sie ,5 mg ein.", ",5 mg"),
    ("fr", "Take 0.5 mL.", "Prenez ,5 mL.", ",5 mL"),
    ("ar", "Take 0.5 mg.", "تناول .5 mg.", ".5 mg"),
    # link text is prose even though its URL is not
    ("es", "[Take 5 mg](https://x.org/5)", "[Tome 50 mg](https://x.org/5)", "5 mg"),
]


@pytest.mark.parametrize(("language", "source", "translation", "named"), VIOLATIONS)
def test_violations_are_reported(language: str, source: str, translation: str, named: str) -> None:
    found = messages(source, translation, language)
    assert found, f"no message for {translation!r}"
    assert any(named in message for message in found), found


@pytest.mark.parametrize(
    "source", sorted({case[1] for case in NEAR_MISSES} | {case[1] for case in VIOLATIONS})
)
def test_a_text_matches_itself(source: str) -> None:
    entry = polib.POEntry(msgid=source, msgstr=source)
    assert list(CHECK.run(entry, EntryContext(language="en", source_language="en"))) == []


def test_one_message_per_problem() -> None:
    found = messages("Take 0.5 mg for 3 months.", "Tome 5 mg durante 3 semanas.", "es")
    assert found == [
        "3 months in the source became 3 semanas in the translation: the unit changed "
        "(months → semanas)",
        "0.5 mg in the source is missing in the translation (found 5 mg)",
    ]


def test_message_explains_how_the_translation_reads() -> None:
    (message,) = messages("Up to 1,000 mg.", "Bis zu 1,000 mg.", "de")
    assert "read as 1 in German" in message
    (message,) = messages("Take 1.5 mg.", "Nehmen Sie 1.5 mg ein.", "de")
    assert "not a number in German" in message


def test_prose_leaves_out_what_is_not_read() -> None:
    text = prose("A [link 1](https://x/2 'title 3') `code 4` <https://x/5> <b x='6'>7</b> ![8](9)")
    assert [char for char in text if char.isdigit()] == ["1", "7", "8"]


def test_quantities_carry_value_and_unit() -> None:
    found = quantities(f"Take 10{DASH}20 mg for 3-4 weeks (50%).", "en")
    assert [(str(q.value), q.unit) for q in found] == [
        ("10", "mass-milligram"),
        ("20", "mass-milligram"),
        ("3", "duration-week"),
        ("4", "duration-week"),
        ("50", "concentr-percent"),
    ]


def test_plural_entries_are_compared_form_by_form() -> None:
    entry = polib.POEntry(
        msgid="%d dose of 5 mg",
        msgid_plural="%d doses of 5 mg",
        msgstr_plural={0: "%d dosis de 5 mg", 1: "%d dosis de 50 mg"},
    )
    found = list(CHECK.run(entry, EntryContext(language="es", source_language="en")))
    assert found == ["5 mg in the source is missing in the translation (found 50 mg)"]


def test_the_check_is_declared() -> None:
    assert (CHECK.id, CHECK.severity) == ("numbers", "error")
    assert CHECK.description and "\n" not in CHECK.description


def _shipped() -> list[tuple[str, Path]]:
    return [
        (language, path)
        for language in ("es", "fr", "de", "ar")
        for path in sorted((REPO / "locales" / language / "LC_MESSAGES").glob("*.po"))
    ]


@pytest.mark.parametrize(("language", "path"), _shipped(), ids=lambda value: str(value))
def test_shipped_catalogs_pass(language: str, path: Path) -> None:
    settings = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    source_language = settings["tool"]["painl10n"]["source_language"]
    ctx = EntryContext(language=language, source_language=source_language)
    problems = [
        (entry.msgid, message)
        for entry in polib.pofile(str(path))
        if entry.translated() and not entry.fuzzy and not entry.obsolete
        for message in CHECK.run(entry, ctx)
    ]
    assert problems == []


def test_shipped_catalogs_exist() -> None:
    assert len(_shipped()) >= 4


def test_a_number_written_as_a_character_reference_is_still_read() -> None:
    """Texts without a digit skip the reading, but an entity may write one without any
    (&#xAEA; is the Gujarati digit four)."""
    assert [q.value for q in quantities("Take &#xAEA; mg.", "en")] == [4]
    assert [q.value for q in quantities("Take &#53; mg.", "en")] == [5]
    assert [q.value for q in quantities("Take &#x35;&#48; mg.", "en")] == [50]
    assert quantities("Take five mg &amp; rest.", "en") == []
    assert messages("Take 5 mg.", "Tome &#53; mg.", "es") == []
    assert messages("Take &#53; mg.", "Tome seis mg.", "es") == [
        "5 mg in the source is missing in the translation"
    ]
    assert messages("Take 5 mg.", f"Tome {indic('5')} mg.", "ar") == []


def _every_variant(locale: Locale) -> list[str]:
    """The locale's regional variants without the merging of equal data."""
    found = {str(locale), locale.language}
    for identifier in localedata.locale_identifiers():
        if identifier.split("_")[0] != locale.language:
            continue
        other = Locale.parse(identifier)
        if other.script == locale.script and other.variant is None:
            found.add(identifier)
    return sorted(found)


@pytest.mark.parametrize("language", ["en", "fr", "ar", "es"])
def test_unit_forms_from_distinct_variants_equal_those_from_every_variant(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Skipping regional variants whose CLDR data equals a kept one loses no form."""
    merged = reading._units.__wrapped__(language)
    kept = reading._variants(parse_language(language))
    monkeypatch.setattr(reading, "_variants", _every_variant)
    every = reading._units.__wrapped__(language)
    assert len(kept) < len(_every_variant(parse_language(language)))
    assert merged.forms == every.forms
    assert merged.slash_forms == every.slash_forms
    assert merged.stems == every.stems
    assert merged.per.pattern == every.per.pattern
    assert merged.pattern.pattern == every.pattern.pattern


LONG = "1,234,567,890,123,456,789,012,345,678,901"  # 31 digits: beyond Decimal's default 28


@pytest.mark.parametrize(
    ("language", "translation"),
    [
        ("de", "1.234.567.890.123.456.789.012.345.678.901 mg"),
        ("fr", "1 234 567 890 123 456 789 012 345 678 901 mg"),
        ("es", "1.234.567.890.123.456.789.012.345.678.901 mg"),
        ("ar", "1,234,567,890,123,456,789,012,345,678,901 mg"),
    ],
)
def test_numbers_longer_than_decimal_precision_are_read_not_crashed(
    language: str, translation: str
) -> None:
    """A 31-digit number with group separators used to stop check with an internal error;
    every digit counts, so the same number passes and one digit off is reported."""
    assert messages(f"{LONG} mg", translation, language) == []
    off_by_one = translation.replace("901", "902")
    found = messages(f"{LONG} mg", off_by_one, language)
    assert len(found) == 1 and LONG in found[0], found
    huge = "9" * 5000
    assert messages(f"{huge} mg", f"{huge} mg", language) == []


# --- issue 15: label abbreviations, units a language adds, number words, allowances --


def findings(
    source: str, translation: str, language: str, **context: object
) -> tuple[list[str], list[str]]:
    """(errors of ``numbers``, warnings of ``numbers-unit-added``) for one entry."""
    entry = polib.POEntry(msgid=source, msgstr=translation)
    ctx = EntryContext(language=language, source_language="en", **context)  # type: ignore[arg-type]
    return list(CHECK.run(entry, ctx)), list(UNIT_ADDED.run(entry, ctx))


# Unit abbreviations drug labels and leaflets write that CLDR does not list.
LABEL_UNITS = [
    ("ar", "Take 500 mg twice a day.", "تناول 500 ملغ مرتين يوميًا."),
    ("ar", "Take 500 mg twice a day.", f"تناول {indic('500')} ملغم مرتين يوميًا."),
    ("ar", "The tablet contains 10 mg.", "يحتوي القرص على 10 مغ."),
    ("ar", "Give 5 mL of the syrup.", "أعطِ 5 مل من الشراب."),
    ("ar", "For adults over 70 kg.", "للبالغين الذين يزيد وزنهم على 70 كلغ."),
    ("ar", "Each dose contains 50 micrograms.", "تحتوي كل جرعة على 50 مكغ."),
    ("ar", "Inject 10 units before meals.", "احقن 10 وحدات قبل الوجبات."),
    ("ar", "Not for children under 12 years.", "لا يُعطى للأطفال دون 12 عامًا."),
    ("fr", "For 3 years.", "Pendant 3 années."),
    ("fr", "Inject 10 units before meals.", "Injectez 10 unités avant les repas."),
    ("es", "Inject 10 units before meals.", "Inyecte 10 unidades antes de las comidas."),
    ("de", "Not for children under 12 years.", "Nicht für Kinder unter 12 J."),
    ("de", "Take 1 tablet every 8 hours.", "Alle 8 h 1 Tablette einnehmen."),
    ("de", "Inject 10 units before meals.", "Spritzen Sie 10 Einheiten vor den Mahlzeiten."),
    ("de", "Take 2 tablets.", "2 Tbl. einnehmen."),
    ("es", "Take 2 tablets.", "Tome 2 comp."),
    ("de", "Contains 10,000 IU of vitamin D.", "Enthält 10.000 I.E. Vitamin D."),
    ("de", "Apply a 0.1% cream once a day.", "Tragen Sie einmal täglich eine 0,1%ige Creme auf."),
    ("ar", "The maximum daily dose is 4 g (8 tablets).", "الجرعة اليومية القصوى 4 غ (8 أقراص)."),
    (
        "ar",
        "Store in a refrigerator (2 °C \u2013 8 °C).",
        "يحفظ في الثلاجة (2 \u2013 8 درجات مئوية).",
    ),
    ("ar", "Store below 25 °C.", "يحفظ في درجة حرارة أقل من 25 درجة مئوية."),
]


@pytest.mark.parametrize(("language", "source", "translation"), LABEL_UNITS)
def test_label_abbreviations_are_their_units(language: str, source: str, translation: str) -> None:
    assert findings(source, translation, language) == ([], [])


# The same abbreviations do not excuse the wrong unit.
LABEL_UNIT_ERRORS = [
    ("ar", "Take 500 mg.", "تناول 500 مل.", "mg"),
    ("ar", "Give 5 mL of the syrup.", "أعطِ 5 ملغ من الشراب.", "mL"),
    ("ar", "For adults over 70 kg.", "للبالغين الذين يزيد وزنهم على 70 مغ.", "kg"),
    ("ar", "Each dose contains 50 micrograms.", "تحتوي كل جرعة على 50 ملغ.", "micrograms"),
    ("ar", "Not for children under 12 years.", "لا يُعطى للأطفال دون 12 شهرًا.", "years"),
    ("fr", "For 3 months.", "Pendant 3 années.", "months"),
    ("de", "Every 8 days.", "Alle 8 h.", "days"),
    ("de", "Not for children under 12 months.", "Nicht für Kinder unter 12 J.", "months"),
    ("es", "Inject 10 mL.", "Inyecte 10 unidades.", "mL"),
    ("fr", "Inject 10 mg.", "Injectez 10 unités.", "mg"),
    ("de", "Contains 10,000 mg.", "Enthält 10.000 I.E.", "mg"),
    ("ar", "Take 4 mg.", "تناول 4 غ.", "mg"),
    ("ar", "Store in a refrigerator (2 °C \u2013 8 °C).", "يحفظ في الثلاجة (2 \u2013 8 مل).", "°C"),
]


@pytest.mark.parametrize(("language", "source", "translation", "named"), LABEL_UNIT_ERRORS)
def test_label_abbreviations_keep_their_meaning(
    language: str, source: str, translation: str, named: str
) -> None:
    errors, _ = findings(source, translation, language)
    assert any("unit changed" in error and named in error for error in errors), errors


# A duration the source implies ("over 12" are years, "every 4" hours): no finding.
IMPLIED_DURATIONS = [
    ("es", "Not for children under 16.", "No apto para menores de 16 años."),
    ("es", "Adults and children over 12.", "Adultos y niños mayores de 12 años."),
    ("fr", "Adults and children over 12.", "Adultes et enfants de plus de 12 ans."),
    ("de", "Adults and children over 12.", "Erwachsene und Kinder über 12 Jahre."),
    ("ar", "Adults and children over 12.", "البالغون والأطفال فوق 12 عامًا."),
    ("ar", "Adults and children over 12.", "البالغون والأطفال فوق 12 سنة."),
    ("es", "Repeat every 4 to 6 if needed.", "Repita cada 4 a 6 horas si es necesario."),
    ("fr", "Repeat every 4 to 6 if needed.", "Répétez toutes les 4 à 6 heures si besoin."),
    ("de", "Repeat every 4 to 6 if needed.", "Bei Bedarf alle 4 bis 6 Stunden wiederholen."),
    ("ar", "Repeat every 4 to 6 if needed.", "كرّر كل 4 إلى 6 ساعات عند الحاجة."),
    ("de", "For children from 6.", "Für Kinder ab 6 J."),
]


@pytest.mark.parametrize(("language", "source", "translation"), IMPLIED_DURATIONS)
def test_a_duration_added_to_a_bare_number_is_not_reported(
    language: str, source: str, translation: str
) -> None:
    assert findings(source, translation, language) == ([], [])


# A dose unit added to a bare number: a warning, never an error.
ADDED_DOSE_UNITS = [
    ("es", "The usual dose is 500.", "La dosis habitual es de 500 mg."),
    ("fr", "The usual dose is 500.", "La dose habituelle est de 500 mg."),
    ("de", "The usual dose is 500.", "Die übliche Dosis beträgt 500 mg."),
    ("ar", "The usual dose is 500.", "الجرعة المعتادة 500 ملغ."),
    ("ar", "The usual dose is 500.", f"الجرعة المعتادة {indic('500')} مغ."),
    ("es", "Give 5 with each meal.", "Administre 5 ml con cada comida."),
    ("fr", "Give 5 with each meal.", "Donnez 5 ml à chaque repas."),
    ("de", "Give 5 with each meal.", "Geben Sie 5 ml zu jeder Mahlzeit."),
    ("ar", "Give 5 with each meal.", "أعطِ 5 مل مع كل وجبة."),
    ("es", "Inject 10 before breakfast.", "Inyecte 10 unidades antes del desayuno."),
    ("de", "The maximum is 4 a day.", "Die Höchstdosis beträgt 4 g am Tag."),
]


@pytest.mark.parametrize(("language", "source", "translation"), ADDED_DOSE_UNITS)
def test_a_dose_unit_added_to_a_bare_number_is_a_warning(
    language: str, source: str, translation: str
) -> None:
    errors, warnings = findings(source, translation, language)
    assert errors == []
    (warning,) = warnings
    assert "has no unit; the translation adds one" in warning


def test_the_unit_added_check_is_a_warning() -> None:
    assert (CHECK.id, CHECK.severity) == ("numbers", "error")
    assert (UNIT_ADDED.id, UNIT_ADDED.severity) == ("numbers-unit-added", "warning")


# Numbers written in words stand for the digits of the other side.
NUMBER_WORDS = [
    ("es", "Do not take more than 3 doses a day.", "No tome más de tres dosis al día."),
    ("fr", "Do not take more than 3 doses a day.", "Ne prenez pas plus de trois doses par jour."),
    ("de", "Do not take more than 3 doses a day.", "Nehmen Sie nicht mehr als drei Dosen täglich."),
    ("ar", "Do not take more than 3 doses a day.", "لا تتناول أكثر من ثلاث جرعات في اليوم."),
    ("ar", "Do not take more than 3 doses a day.", "لا تتناول أكثر من ثلاثة جرعات يوميًا."),
    ("es", "Take 1 tablet at night.", "Tome una tableta por la noche."),
    ("es", "Take 1 tablet at night.", "Tome un comprimido por la noche."),
    ("fr", "Take 1 tablet at night.", "Prenez une gélule le soir."),
    ("de", "Take 1 tablet at night.", "Nehmen Sie abends eine Tablette ein."),
    ("ar", "Use it for 2 weeks.", "استخدمه لمدة أسبوعين."),
    ("ar", "Rest for 2 hours.", "استرح ساعتين."),
    ("es", "Wait 21 days.", "Espere veintiún días."),
    ("fr", "Wait 21 days.", "Attendez vingt et un jours."),
    ("de", "Wait 21 days.", "Warten Sie einundzwanzig Tage."),
    ("ar", "Wait 25 days.", "انتظر خمسة وعشرين يومًا."),
    ("es", "Take two tablets.", "Tome 2 comprimidos."),
    ("de", "Wait three days.", "Warten Sie 3 Tage."),
    ("fr", "over twelve", "plus de 12 ans"),
    ("de", "Take it 2 times a day.", "Nehmen Sie es zweimal täglich ein."),
    ("de", "Take it 3 times a day.", "Dreimal täglich einnehmen."),
    ("ar", "Take it 2 times a day.", "تناوله مرتين يوميًا."),
    ("ar", "Take 1 tablet.", "تناول قرصًا واحدًا."),
    ("es", "Take it twice a day.", "Tómelo 2 veces al día."),
    ("de", "Wait 30 days.", "Warten Sie dreißig Tage."),
    ("es", "Take 1 tablet of 1 g.", "Tome un comprimido de 1 g."),
    ("ar", "1 tablet contains 400 mg.", "يحتوي القرص الواحد على 400 ملغ."),
    ("ar", "The 3 doses are taken with food.", "تؤخذ الجرعات الثلاث مع الطعام."),
    # ordinals, Arabic duals of count nouns and of units with the article
    ("es", "On day 1, take 2 tablets.", "El primer día, tome 2 comprimidos."),
    ("fr", "On day 1, take 2 tablets.", "Le premier jour, prenez 2 comprimés."),
    ("de", "On day 1, take 2 tablets.", "Am ersten Tag nehmen Sie 2 Tabletten."),
    ("ar", "On day 1, take 2 tablets.", "في اليوم الأول، تناول قرصين."),
    ("es", "In week 3, take 1 tablet.", "En la tercera semana, tome 1 comprimido."),
    ("ar", "Children under 2 years.", "الأطفال دون سن السنتين."),
]


@pytest.mark.parametrize(("language", "source", "translation"), NUMBER_WORDS)
def test_a_number_in_words_counts(language: str, source: str, translation: str) -> None:
    assert findings(source, translation, language) == ([], [])


NUMBER_WORD_ERRORS = [
    ("es", "Do not take more than 3 doses a day.", "No tome más de cuatro dosis al día.", "3"),
    ("fr", "Do not take more than 3 doses a day.", "Ne prenez pas plus de deux doses.", "3"),
    ("de", "Do not take more than 3 doses a day.", "Nehmen Sie nicht mehr als vier Dosen.", "3"),
    ("ar", "Do not take more than 3 doses a day.", "لا تتناول أكثر من أربع جرعات.", "3"),
    ("ar", "Use it for 2 weeks.", "استخدمه لمدة يومين.", "2 weeks"),
    ("es", "Wait 21 days.", "Espere veintiún semanas.", "21 days"),
    ("fr", "Wait 21 days.", "Attendez vingt jours.", "21 days"),
    ("de", "Wait 21 days.", "Warten Sie zwölf Tage.", "21 days"),
    ("ar", "Wait 25 days.", "انتظر خمسة وعشرين أسبوعًا.", "25 days"),
    ("es", "Take two tablets.", "Tome 3 comprimidos.", "3"),
    ("de", "Take it 2 times a day.", "Nehmen Sie es dreimal täglich ein.", "2"),
    ("ar", "Take it 3 times a day.", "تناوله مرتين يوميًا.", "3"),
    ("ar", "The 2 doses are taken with food.", "تؤخذ الجرعات الثلاث مع الطعام.", "2"),
    ("es", "On day 2, take 2 tablets.", "El primer día, tome 2 comprimidos.", "2"),
    ("ar", "Take 3 tablets.", "تناول قرصين.", "3"),
    ("fr", "Take it twice a day.", "Prenez-le 3 fois par jour.", "3"),
]


@pytest.mark.parametrize(("language", "source", "translation", "named"), NUMBER_WORD_ERRORS)
def test_a_number_in_words_must_be_the_same_number(
    language: str, source: str, translation: str, named: str
) -> None:
    errors, _ = findings(source, translation, language)
    assert any(named in error for error in errors), errors


EMERGENCY = frozenset({("911", "112"), ("911", "061")})
ALLOWED_NUMBERS = [
    ("es", "In an emergency, call 911.", "En caso de urgencia, llame al 112."),
    ("es", "In an emergency, call 911.", "En caso de urgencia, llame al 061."),
    ("fr", "In an emergency, call 911.", f"En cas d{RSQUO}urgence, appelez le 112."),
    ("de", "In an emergency, call 911.", "Rufen Sie im Notfall die 112 an."),
    ("ar", "In an emergency, call 911.", "في حالات الطوارئ، اتصل بالرقم 112."),
    ("ar", "In an emergency, call 911.", f"في حالات الطوارئ، اتصل بالرقم {indic('112')}."),
    ("es", "If you took more than 4 g, call 911.", "Si tomó más de 4 g, llame al 112."),
    ("de", "Took 4 g? Call 911 now.", "4 g genommen? Rufen Sie sofort 112 an."),
    ("fr", "Call 911 or go to an emergency room.", "Appelez le 112 ou allez aux urgences."),
    ("es", "Call 911.", "Llame al 911."),
]


@pytest.mark.parametrize(("language", "source", "translation"), ALLOWED_NUMBERS)
def test_an_allowed_number_passes(language: str, source: str, translation: str) -> None:
    assert findings(source, translation, language, allowed_numbers=EMERGENCY) == ([], [])


ALLOWED_NUMBER_ERRORS = [
    # the allowance is for that number only: every other number is still checked
    ("es", "If you took more than 4 g, call 911.", "Si tomó más de 5 g, llame al 112.", "4 g"),
    (
        "fr",
        "If you took more than 4 g, call 911.",
        "Si vous avez pris 40 g, appelez le 112.",
        "4 g",
    ),
    ("de", "Took 4 g? Call 911 now.", "4 mg genommen? Rufen Sie sofort 112 an.", "4 g"),
    ("ar", "If you took 4 g, call 911.", "إذا تناولت 4 ملغ، اتصل بالرقم 112.", "4 g"),
    # only the listed replacement
    ("es", "In an emergency, call 911.", "En caso de urgencia, llame al 113.", "911"),
    ("de", "In an emergency, call 911.", "Rufen Sie im Notfall die 110 an.", "911"),
    ("fr", "In an emergency, call 911.", f"En cas d{RSQUO}urgence, appelez le 15.", "911"),
    ("ar", "In an emergency, call 911.", "في حالات الطوارئ، اتصل بالرقم 997.", "911"),
    # a dose is never a localized number
    ("es", "Take 911 mg.", "Tome 112 mg.", "911 mg"),
    ("fr", "Call 112.", "Appelez le 911.", "112"),
]


@pytest.mark.parametrize(("language", "source", "translation", "named"), ALLOWED_NUMBER_ERRORS)
def test_an_allowance_excuses_only_its_number(
    language: str, source: str, translation: str, named: str
) -> None:
    errors, _ = findings(source, translation, language, allowed_numbers=EMERGENCY)
    assert any(named in error for error in errors), errors


def test_without_the_allowance_the_localized_number_is_an_error() -> None:
    errors, _ = findings("In an emergency, call 911.", "En caso de urgencia, llame al 112.", "es")
    assert errors == ["911 in the source is missing in the translation (found 112)"]


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_a_decimal_point_where_the_language_writes_a_comma_is_an_error(language: str) -> None:
    """ISMP's misread decimals, German-style: "1.5" is not a number where "." groups digits."""
    errors, _ = findings("Take 1.5 mg.", "1.5 mg", language)
    assert any("not a number in" in error for error in errors), errors


@pytest.mark.parametrize(
    ("language", "source", "translation"),
    [
        # opensource.guide's es, fr, de guides (human translations) keep the licence's name
        (
            "de",
            "[Apache 2.0](https://x.org/) is popular.",
            "[Apache 2.0](https://x.org/) ist beliebt.",
        ),
        (
            "fr",
            "In this case, the Apache 2.0 has you covered.",
            "Dans ce cas, Apache 2.0 vous couvre.",
        ),
        ("es", "It needs Python 3.11 or v2.0.", "Necesita Python 3.11 o v2.0."),
        # a name with a number inside it (a GitHub handle): no unit 'd' read off it
        (
            "ar",
            "[@Cli4d](https://github.com/Cli4d) and others",
            "[@Cli4d](https://github.com/Cli4d) وآخرون",
        ),
    ],
)
def test_a_version_after_its_name_is_no_decimal_of_the_language(
    language: str, source: str, translation: str
) -> None:
    assert messages(source, translation, language) == []


@pytest.mark.parametrize(
    ("language", "source", "translation"),
    [
        ("de", "Take 2.5 mg twice a day.", "Nehmen Sie zweimal täglich 2.5 mg."),  # a dose
        ("es", "Take 1.5 tablets.", "Tome 1.5 comprimidos."),  # no name kept before it
        ("de", "Apache 2.0 is popular.", "Apache 2.1 ist beliebt."),  # another version
        ("es", "Python 3.11 is needed.", "Se necesita Python 3.1."),
    ],
)
def test_a_decimal_that_is_no_kept_version_is_still_checked(
    language: str, source: str, translation: str
) -> None:
    assert messages(source, translation, language) != []
