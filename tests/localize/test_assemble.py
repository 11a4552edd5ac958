"""Fitting translations back: they may not break the block around them."""

from __future__ import annotations

import pytest
import yaml

from painl10n.localize.assemble import assemble
from painl10n.site.render import render_markdown
from painl10n.sources.model import Segment
from painl10n.sources.segment import segment_article


def build(text: str, translations: dict[str, str]) -> str:
    article = segment_article(
        text, ref="a.md", default_slug="a", front_matter_fields=("title", "description")
    )

    def lookup(seg: Segment) -> str | None:
        return translations.get(seg.msgid)

    return assemble(article, lookup).text


@pytest.mark.parametrize(
    "hostile",
    ["# Not a heading", "- not a list", "1. not a list", "> not a quote", "```", "---", "==="],
)
def test_translation_cannot_open_a_new_block(hostile: str) -> None:
    html = render_markdown(build("Para text.\n", {"Para text.": hostile}))
    assert html.startswith("<p>"), html
    assert html.count("<p>") == 1


def test_blank_lines_in_a_translation_do_not_split_the_paragraph() -> None:
    html = render_markdown(build("- item\n", {"item": "one\n\ntwo"}))
    assert html.count("<li>") == 1 and "<p>" not in html


def test_hard_break_in_a_quote_keeps_the_quote_prefix() -> None:
    out = build("> - quoted item\n", {"quoted item": "first\\\nsecond"})
    assert out == "> - first\\\n>   second\n"
    html = render_markdown(out)
    assert "<blockquote>" in html and "<br />" in html and html.count("<li>") == 1


def test_table_cell_pipes_are_escaped_and_newlines_joined() -> None:
    text = "| a | b |\n|---|---|\n| x | y |\n"
    out = build(text, {"x": "one | two\nthree"})
    assert out.splitlines()[2] == "| one \\| two three | y |"
    assert render_markdown(out).count("<td>") == 2


def test_heading_translation_stays_one_line_and_keeps_closing_hashes_literal() -> None:
    out = build("## Title ##\n", {"Title": "Titre\nsuite #"})
    assert out == "## Titre suite \\# ##\n"
    assert "<h2>Titre suite #</h2>" in render_markdown(out)


def test_front_matter_values_stay_valid_yaml() -> None:
    text = "---\ntitle: Plain\ndescription: >-\n  Folded\n  text\ndate: 2024-01-01\n---\n\nx y\n"
    out = build(text, {"Plain": 'Título: "con comillas"', "Folded text": "Texto plegado"})
    front = yaml.safe_load(out.split("---\n")[1])
    assert front == {
        "title": 'Título: "con comillas"',
        "description": "Texto plegado",
        "date": yaml.safe_load("2024-01-01"),
    }


@pytest.mark.parametrize(
    "translation",
    [
        *("2024-02-30", "2024-13-01", "!!int", "yes", "12", "~", "a: b", "x #y", "[[[" * 3000),
        *("1e3", "2E-5", "0o17", "0x1F", "Plain"),
    ],
)
def test_front_matter_translation_that_yaml_would_misread_is_quoted(translation: str) -> None:
    """An impossible date, a tag, a boolean or a number would not read back as the
    translator's text (an impossible date once crashed the build): they are quoted,
    numbers of YAML 1.2 too (Hugo reads a plain 1e3 as a number, PyYAML as text)."""
    out = build("---\ntitle: Plain\n---\n\nx y\n", {"Plain": translation})
    assert yaml.safe_load(out.split("---\n")[1]) == {"title": translation}
    assert out.startswith(f"---\ntitle: {translation}\n") == (translation == "Plain")


def test_image_alt_and_title_are_replaced_in_place() -> None:
    out = build('![Alt](a.png "Tit")\n', {"Alt": "Texte alt", "Tit": 'Titre "cité"'})
    assert out == '![Texte alt](a.png "Titre \\"cité\\"")\n'
    assert 'alt="Texte alt"' in render_markdown(out)


def test_missing_translation_falls_back_to_exact_source_bytes() -> None:
    text = "Line one\n  continues   \nhere.\n\n- item\n"
    assert build(text, {}) == text


def test_brackets_in_translated_alt_text_cannot_end_it_early() -> None:
    out = build("![Alt](a.png)\n", {"Alt": "Texte [avec] crochets \\] déjà"})
    assert out == "![Texte \\[avec\\] crochets \\] déjà](a.png)\n"
    assert 'alt="Texte [avec] crochets ] déjà"' in render_markdown(out)


def test_crlf_sources_get_crlf_in_translations() -> None:
    out = build("> quoted\r\n> text\r\n", {"quoted text": "uno\\\ndos"})
    assert out == "> uno\\\r\n> dos\r\n"


@pytest.mark.parametrize(
    ("source", "translation", "expected_html"),
    [
        ("## Title\n", "Titre\r# injected", "<h2>Titre # injected</h2>\n"),
        ("| a |\n|---|\n| x |\n", "one\r- two", "<th>one - two</th>"),
        ("![alt](x.png)\n", "a\rb", 'alt="a b"'),
        ("Para.\n", "one\r# two", "<p>one\n# two</p>\n"),
    ],
)
def test_a_carriage_return_in_a_translation_cannot_end_its_block(
    source: str, translation: str, expected_html: str
) -> None:
    """gettext keeps a CR written inside a string; Markdown reads it as a line end."""
    msgid = (
        segment_article(source, ref="a.md", default_slug="a", front_matter_fields=())
        .segments[0]
        .msgid
    )
    out = build(source, {msgid: translation})
    assert "\r" not in out
    assert expected_html in render_markdown(out)


def test_line_breaks_inside_translations_follow_most_of_the_source() -> None:
    crlf = "First\r\nline.\r\n\r\nSecond\nline.\n"  # mostly CRLF
    lf = crlf.replace("\r\n", "\n", 2)  # mostly LF
    translations = {"First line.": "Erste\nZeile.", "Second line.": "Zweite\nZeile."}
    assert build(crlf, translations) == "Erste\r\nZeile.\r\n\r\nZweite\r\nZeile.\n"
    assert build(lf, translations) == "Erste\nZeile.\n\r\nZweite\nZeile.\n"
