"""Unit forms read from CLDR's patterns equal those ``format_unit`` writes (numbers check)."""

from __future__ import annotations

import pytest
from babel import localedata

from painl10n.text import quantities

# The project's languages, regional variants whose patterns lack a plural category
# (es_419, es: short "kg" has no "one"), and languages with many plural categories.
LOCALES = ["en", "en_GB", "es", "es_419", "fr", "de", "ar", "ar_EG", "cy", "pl", "ru", "ja", "he"]


@pytest.mark.parametrize("locale", LOCALES)
def test_forms_from_patterns_are_the_formatted_forms(locale: str) -> None:
    for unit in quantities._UNITS:
        assert quantities._cldr_forms(unit, locale) == quantities._formatted_forms(unit, locale), (
            locale,
            unit,
        )


def test_a_category_without_a_pattern_is_written_with_the_units_name() -> None:
    # CLDR's Spanish short kilogram has an "other" pattern only: format_unit falls back
    # to "1 kg" for "one"; a pattern-less narrow milliliter to its narrow name.
    patterns = localedata.load("es")["unit_patterns"]
    assert "one" not in patterns["mass-kilogram"]["short"]
    assert "kg" in quantities._cldr_forms("mass-kilogram", "es")
    assert quantities._cldr_forms("mass-kilogram", "es") >= {"kg", "kilogramo", "kilogramos"}
