# ruff: noqa: RUF001  (dose ranges are written with an en dash, as the articles write them)
"""Highlights of one text: terms, numbers with units, negations — offsets in the text as
written, whatever the script or the Markdown around them."""

from __future__ import annotations

import pytest

from painl10n.review.marks import Highlighter, Piece
from painl10n.terms.matcher import TermMatcher
from painl10n.terms.model import Termbase
from painl10n.terms.tbx import read_tbx
from painl10n.text.negation import cue_spans
from painl10n.text.quantities import number_spans
from tests.helpers import REPO


def shipped_termbase() -> Termbase:
    return read_tbx(REPO / "locales" / "glossary.tbx", shown="glossary.tbx")


def marked(pieces: list[Piece], mark: str) -> list[str]:
    return [piece.text for piece in pieces if mark in piece.marks]


@pytest.mark.parametrize(
    ("language", "text", "numbers"),
    [
        ("en", "Take 100–200 mg/kg every 6 hours.", ["100", "200 mg/kg", "6 hours"]),
        ("es", "Tome 2,5 mg y no 25 mg.", ["2,5 mg", "25 mg"]),
        ("de", "Höchstens 1.000 mg täglich.", ["1.000 mg"]),
        ("ar", "تناول ٢٠٠ ملغ كل 6 ساعات.", ["٢٠٠ ملغ", "6 ساعات"]),
        ("en", "See [the leaflet](https://example.org/leaflet-2024) for 5 mg.", ["5 mg"]),
    ],
)
def test_number_spans_are_offsets_in_the_text_as_written(
    language: str, text: str, numbers: list[str]
) -> None:
    assert [text[a:b] for a, b in number_spans(text, language)] == numbers


@pytest.mark.parametrize(
    ("language", "text", "cues"),
    [
        ("en", "Do not drive; never take more.", [("not", "hard"), ("never", "hard")]),
        ("es", "No conduzca ni beba alcohol.", [("No", "hard"), ("ni", "soft")]),
        ("fr", "N'écrasez pas le comprimé.", [("N", "hard")]),
        ("ar", "لَا تقد السيارة.", [("لَا", "hard")]),  # harakat inside the cue kept
        ("en", "Use `not` in code only.", []),  # code is not prose
        ("en", "This is not only for adults.", []),  # "not only" is no negation
    ],
)
def test_cue_spans_are_offsets_in_the_text_as_written(
    language: str, text: str, cues: list[tuple[str, str]]
) -> None:
    assert [(text[a:b], kind) for a, b, kind in cue_spans(text, language)] == cues


def test_pieces_join_back_to_the_text_and_carry_every_mark() -> None:
    termbase = shipped_termbase()
    text = "Do not take 100 mg of ketamine for chronic pain."
    pieces = Highlighter("en", TermMatcher(termbase, "en"), "es").pieces(text)
    assert "".join(piece.text for piece in pieces) == text
    assert marked(pieces, "number") == ["100 mg"]
    assert marked(pieces, "negation") == ["not"]
    assert marked(pieces, "term") == ["ketamine", "chronic pain"]
    (ketamine,) = [piece for piece in pieces if piece.text == "ketamine"]
    assert ketamine.title == "termbase: ketamine = ketamina (es)"


def test_arabic_translation_marks_terms_numbers_and_negation() -> None:
    termbase = shipped_termbase()
    text = "لا تتناول أكثر من 200 ملغ من الكيتامين."
    pieces = Highlighter("ar", TermMatcher(termbase, "ar"), "en").pieces(text)
    assert "".join(piece.text for piece in pieces) == text
    assert marked(pieces, "number") == ["200 ملغ"]
    assert marked(pieces, "negation") == ["لا"]
    assert marked(pieces, "term") == ["الكيتامين"]


def test_no_termbase_and_no_lexicon_marks_numbers_only() -> None:
    pieces = Highlighter("it", None, "en").pieces("Non prendere più di 2 mg.")
    assert [(piece.text, piece.marks) for piece in pieces] == [
        ("Non prendere più di ", ()),
        ("2 mg", ("number",)),
        (".", ()),
    ]


def test_hidden_characters_are_shown_not_obeyed() -> None:
    """A right-to-left override would make the reviewer read "10 mg" for "01 mg"."""
    text = "Tome \u202e01\u202c mg."
    pieces = Highlighter("es", None, "en").pieces(text)
    assert "".join(piece.text for piece in pieces) == "Tome \\u202e01\\u202c mg."
    assert marked(pieces, "number") == ["01"]
