"""Unit words and abbreviations each language writes on drug labels but CLDR does not list.

CLDR's unit data (read through Babel by :mod:`painl10n.text.quantities`) gives
every language its formal unit names and symbols, but not the forms its drug
labels and patient leaflets use every day: Arabic labels write ``ملغ`` or
``مغ`` for mg and ``مل`` for mL, a French leaflet says ``12 années``, a
German one ``12 J.``. Without them a correct translation reads as "unit
changed". Each entry is a form a careful medical translator writes in that
language, mapped to the CLDR unit id it means; ``unit`` (a dose unit of
insulin or heparin, spelled out) is not a CLDR unit and is listed for every
language. Count nouns (tablets, ``Tbl.``, ``comp.``, ``cp``, ``قرص``) are not
units: the numbers check compares them as bare numbers on both sides.

Matching is casefolded and on whole words, as for CLDR's forms; a form ending
in a period is also read without it (``J.`` and ``J``) only when it has more
than one letter.
"""

from __future__ import annotations

LANGUAGE_UNITS: dict[str, dict[str, str]] = {
    "en": {"unit": "unit", "units": "unit"},
    "es": {"unidad": "unit", "unidades": "unit"},
    "fr": {
        "année": "duration-year",
        "années": "duration-year",
        "unité": "unit",
        "unités": "unit",
    },
    "de": {
        "J.": "duration-year",  # "Kinder ab 12 J."
        "h": "duration-hour",  # "alle 8 h"
        "I.E.": "international-unit",  # Internationale Einheiten: "10.000 I.E. Vitamin D"
        "Einheit": "unit",
        "Einheiten": "unit",
    },
    "ar": {
        # milligram: ملغ (Levant, Gulf), ملغم (Iraq, Jordan), مغ (Morocco, Saudi labels)
        "ملغ": "mass-milligram",
        "ملغم": "mass-milligram",
        "مغ": "mass-milligram",
        "ملجم": "mass-milligram",  # Egypt
        "مل": "volume-milliliter",
        "ملل": "volume-milliliter",
        "كلغ": "mass-kilogram",
        "كلغم": "mass-kilogram",
        "كجم": "mass-kilogram",  # Egypt
        "مكغ": "mass-microgram",
        "ميكروغرامات": "mass-microgram",
        "ميكروجرام": "mass-microgram",  # Egypt
        "غم": "mass-gram",
        "غ": "mass-gram",  # "4 غ": no word of one letter
        "جم": "mass-gram",  # Egypt
        # CLDR writes درجة مئوية after every number; 3 to 10 take the plural
        "درجات مئوية": "temperature-celsius",
        "عام": "duration-year",  # "فوق 12 عامًا": عام is as common as سنة
        "عامًا": "duration-year",
        "عاما": "duration-year",
        "أعوام": "duration-year",
        "سنة": "duration-year",
        "سنوات": "duration-year",
        "وحدة": "unit",
        "وحدات": "unit",
        "وحدةً": "unit",
    },
}


def language_units(language: str) -> dict[str, str]:
    """The extra unit forms of a language (``es_MX`` reads ``es``'s), form → unit id."""
    base = language.replace("-", "_").split("_")[0].casefold()
    return LANGUAGE_UNITS.get(base, {})
