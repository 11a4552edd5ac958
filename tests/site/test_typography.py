"""A number and its unit on one line: which gaps become which no-break space."""

from __future__ import annotations

import pytest

from painl10n.site.typography import bind_units

NB, NNB = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Take 500 mg twice.", f"Take 500{NB}mg twice."),
        ("en", "Take 2 tablets of 500\nmg.", f"Take 2 tablets of 500{NB}mg."),
        ("es", "Tome 2,5 ml al día.", f"Tome 2,5{NB}ml al día."),
        ("fr", "Prenez 500 mg, 10 % à 37 °C.", f"Prenez 500{NNB}mg, 10{NB}% à 37{NNB}°C."),
        ("de", "10 % der Dosis, 1.000 mg.", f"10{NB}% der Dosis, 1.000{NB}mg."),
        ("fr", "Rendez-vous à 8 h 30.", "Rendez-vous à 8 h 30."),  # a time of day
        ("en", "See https://example.org/5 mg now.", "See https://example.org/5 mg now."),
        ("en", "Take 5\u200e0 mg.", f"Take 5\u200e0{NB}mg."),  # offsets kept across bidi marks
        ("en", "Page 5 of the leaflet.", "Page 5 of the leaflet."),  # no unit: unchanged
        ("ar", "خذ 5 mg يوميا.", f"خذ 5{NB}mg يوميا."),
    ],
)
def test_number_unit_gaps_become_one_no_break_space(
    language: str, text: str, expected: str
) -> None:
    assert bind_units(text, language) == expected
