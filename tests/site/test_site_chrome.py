"""The built site of issue 17: site name, footer (disclaimer, last reviewed), template
overrides, numbers kept with their units, one title, and translator markup held to
the source's."""

from __future__ import annotations

from pathlib import Path

import pytest

from painl10n.errors import Painl10nError
from painl10n.pipeline.build import build
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po, write_po
from painl10n.project import Project
from painl10n.site import chrome
from tests.helpers.html import HtmlPage

LANGUAGES = ["es", "fr", "de", "ar"]

ARTICLE = """\
---
title: Ibuprofen
last_reviewed: 2026-05-01
---

# Ibuprofen

Take 500 mg with food; use `500 mg` in code.
"""

# msgid -> translation per language
TRANSLATIONS = {
    "es": {"Ibuprofen": "Ibuprofeno", "Take 500 mg with food; use `500 mg` in code.": (
        "Tome 500 mg con comida; use `500 mg` en código."
    )},
    "fr": {"Ibuprofen": "Ibuprofène", "Take 500 mg with food; use `500 mg` in code.": (
        "Prenez 500 mg au repas, 10 % de la dose ; `500 mg` en code."
    )},
    "de": {"Ibuprofen": "Ibuprofen", "Take 500 mg with food; use `500 mg` in code.": (
        "Nehmen Sie 500 mg zum Essen; `500 mg` im Code."
    )},
    "ar": {"Ibuprofen": "إيبوبروفين", "Take 500 mg with food; use `500 mg` in code.": (
        "تناول 500 mg مع الطعام؛ `500 mg` في الشيفرة."
    )},
}  # fmt: skip


def make_project(
    root: Path,
    articles: dict[str, str],
    translations: dict[str, dict[str, str]] | None = None,
    settings: str = "",
) -> Project:
    """A small project: ``articles`` by slug, catalogs filled with ``translations``."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "painl10n.toml").write_text(f"languages = {LANGUAGES!r}\n{settings}", "utf-8")
    (root / "source").mkdir(exist_ok=True)
    for slug, text in articles.items():
        (root / "source" / f"{slug}.md").write_text(text, "utf-8")
    project = Project.load(root)
    extract(project)
    update(project)
    for language, table in (translations or {}).items():
        for slug in articles:
            path = project.catalog_path(language, slug)
            catalog = read_po(path.read_text("utf-8"), path=str(path))
            for entry in catalog:
                if entry.msgid in table:
                    entry.msgstr = table[entry.msgid]
            path.write_text(write_po(catalog), "utf-8")
    return project


def page(project: Project, language: str, slug: str = "ibuprofen") -> HtmlPage:
    return HtmlPage(project.output_path(language, f"{slug}.html"))


@pytest.fixture(scope="module")
def default_site(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = make_project(
        tmp_path_factory.mktemp("chrome") / "p", {"ibuprofen": ARTICLE}, TRANSLATIONS
    )
    # The French adds a percentage (for its typography): silenced as a translator
    # silences a finding, or the publishing gate would not publish it.
    path = project.catalog_path("fr", "ibuprofen")
    catalog = read_po(path.read_text("utf-8"), path=str(path))
    for entry in catalog:
        if "10 %" in entry.msgstr:
            entry.tcomment = "painl10n-ignore: numbers"
    path.write_text(write_po(catalog), "utf-8")
    build(project)
    return project


# --- site name ---------------------------------------------------------------


def test_no_site_name_keeps_the_title_alone(default_site: Project) -> None:
    built = page(default_site, "es")
    assert built.one("title").text == "Ibuprofeno"
    assert built.all("p", class_="site-name") == []


def test_site_name_is_in_the_header_and_title_per_language(tmp_path: Path) -> None:
    settings = 'site_name = { en = "Pain guide", es = "Guía del dolor" }\n'
    project = make_project(tmp_path / "p", {"ibuprofen": ARTICLE}, TRANSLATIONS, settings)
    build(project)
    es, fr = page(project, "es"), page(project, "fr")
    assert es.one("title").text == "Ibuprofeno \u2014 Guía del dolor"
    name = es.one("p", class_="site-name").inner[0]
    assert (name.text, name.attrs.get("lang")) == ("Guía del dolor", None)
    # French has none of its own: the source language's, marked as English
    french = fr.one("p", class_="site-name").inner[0]
    assert (french.text, french.get("lang"), french.get("dir")) == ("Pain guide", "en", "ltr")
    index = HtmlPage(project.output_path("es", "index.html"))
    assert index.one("title").text.endswith(" \u2014 Guía del dolor")


# --- footer --------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_shipped_disclaimer_is_in_every_pages_footer(
    default_site: Project, language: str
) -> None:
    footer = page(default_site, language).one("footer")
    disclaimer = [e for e in footer.inner if e.attrs.get("class") == "disclaimer"]
    assert [e.text for e in disclaimer] == [chrome.word("disclaimer", language)]
    assert "lang" not in disclaimer[0].attrs


def test_the_shipped_disclaimer_is_written_in_each_language() -> None:
    texts = chrome.WORDS["disclaimer"]
    assert texts["en"].startswith("This article is for information only")
    assert "médico" in texts["es"] and "médecin" in texts["fr"] and "Arzt" in texts["de"]
    assert "الطبيب" in texts["ar"] or "طبيبك" in texts["ar"]
    assert len(set(texts.values())) == len(texts)


DATES = {
    "en": "May 1, 2026",
    "es": "1 de mayo de 2026",
    "fr": "1 mai 2026",
    "de": "1. Mai 2026",
    "ar": "1 مايو 2026",
}


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_last_reviewed_is_a_localized_time_in_the_footer(
    default_site: Project, language: str
) -> None:
    line = page(default_site, language).one("p", class_="reviewed")
    time = line.inner[0]
    assert (time.tag, time.get("datetime"), time.text) == ("time", "2026-05-01", DATES[language])
    assert line.text == chrome.word("last_reviewed", language).format(date=DATES[language])


def test_no_review_date_no_line_and_a_custom_or_empty_disclaimer(tmp_path: Path) -> None:
    text = ARTICLE.replace("last_reviewed: 2026-05-01\n", "reviewed: 2025-02-03\n")
    other = "---\ntitle: Other\n---\n\nNo review date here.\n"
    settings = 'disclaimer = { en = "Ask us.", de = "" }\n'
    project = make_project(tmp_path / "p", {"ibuprofen": text, "other": other}, None, settings)
    build(project)
    assert page(project, "en").one("time", datetime="2025-02-03").text == "February 3, 2025"
    assert page(project, "en", "other").all("p", class_="reviewed") == []
    assert page(project, "en").one("p", class_="disclaimer").text == "Ask us."
    spanish = page(project, "es").one("p", class_="disclaimer")
    assert (spanish.text, spanish.get("lang")) == ("Ask us.", "en")
    assert page(project, "de").all("p", class_="disclaimer") == []  # "": none
    assert page(project, "de", "other").all("footer") == []  # and no review date: no footer


def test_a_disclaimer_for_a_language_the_project_lacks_is_refused(tmp_path: Path) -> None:
    with pytest.raises(Painl10nError, match="disclaimer names 'it'"):
        make_project(tmp_path / "p", {"a": "Text.\n"}, None, 'disclaimer = { it = "x" }\n')


# --- template overrides -------------------------------------------------------------


def test_a_project_template_replaces_the_shipped_one(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"ibuprofen": ARTICLE}, TRANSLATIONS)
    (project.settings.root / "templates").mkdir()
    (project.settings.root / "templates" / "base.html").write_text(
        (Path(__file__).parents[2] / "src/painl10n/templates/base.html")
        .read_text("utf-8")
        .replace("{%- block footer %}", '{%- block footer %}<footer id="ours">{{ lang }}</footer>')
        .replace("{%- if disclaimer or reviewed %}", "{%- if false %}"),
        "utf-8",
    )
    build(project)
    for language in ["en", "es"]:
        assert page(project, language).one("footer").get("id") == "ours"
        assert page(project, language).one("footer").text == language
    index = HtmlPage(project.settings.output_dir / "index.html")
    assert index.one("footer").get("id") == "ours"
    # a change of the override alone rebuilds the pages
    override = project.settings.root / "templates" / "base.html"
    override.write_text(override.read_text("utf-8").replace('id="ours"', 'id="mine"'), "utf-8")
    build(project)
    assert page(project, "es").one("footer").get("id") == "mine"


def test_a_broken_template_is_one_error_naming_file_and_line(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"ibuprofen": ARTICLE})
    folder = project.settings.root / "templates"
    folder.mkdir()
    (folder / "article.html").write_text(
        '{% extends "base.html" %}\n{% block main %}\n{% if x %}\n{% endblock %}\n', "utf-8"
    )
    before = sorted(p.name for p in project.settings.root.rglob("*.html"))
    with pytest.raises(Painl10nError) as caught:
        build(project)
    message = str(caught.value)
    assert message.startswith(f"{folder / 'article.html'}:4: template syntax error")
    assert "\n" not in message
    assert sorted(p.name for p in project.settings.root.rglob("*.html")) == before


# --- numbers and units ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Take 500\u00a0mg with food; use 500 mg in code."),
        ("es", "Tome 500\u00a0mg con comida; use 500 mg en código."),
        ("fr", "Prenez 500\u202fmg au repas, 10\u00a0% de la dose ; 500 mg en code."),
        ("de", "Nehmen Sie 500\u00a0mg zum Essen; 500 mg im Code."),
        ("ar", "تناول 500\u00a0mg مع الطعام؛ 500 mg في الشيفرة."),
    ],
)
def test_a_number_keeps_its_unit_on_its_line_but_not_in_code(
    default_site: Project, language: str, expected: str
) -> None:
    built = page(default_site, language)
    body = [p for p in built.all("p") if "500" in p.text]
    assert [p.text for p in body] == [expected]
    assert [c.text for c in built.all("code")] == ["500 mg"]
    markdown = default_site.output_path(language, "ibuprofen.md").read_text("utf-8")
    assert "\u00a0" not in markdown and "\u202f" not in markdown  # the page only


def test_units_are_not_bound_in_attributes_or_urls(tmp_path: Path) -> None:
    text = "# Doses\n\n![Dose of 5 mg](x.png) See https://example.org/5 mg and 5 mg.\n"
    project = make_project(tmp_path / "p", {"doses": text})
    build(project)
    built = page(project, "en", "doses")
    assert built.one("img").get("alt") == "Dose of 5 mg"
    assert [p.text for p in built.all("p") if "and 5" in p.text] == [
        " See https://example.org/5 mg and 5\u00a0mg."
    ]


# --- one title ---------------------------------------------------------------------------


def test_the_leading_heading_is_the_pages_only_h1(default_site: Project) -> None:
    for language, title in [("en", "Ibuprofen"), ("es", "Ibuprofeno"), ("ar", "إيبوبروفين")]:
        built = page(default_site, language)
        assert [h.text for h in built.all("h1")] == [title]
        assert built.all("h2") == []
        assert built.one("title").text == title


def test_without_a_front_matter_title_the_heading_names_the_page(tmp_path: Path) -> None:
    text = "# Paracetamol dosing\n\nText.\n\n# Children\n\nMore.\n"
    project = make_project(tmp_path / "p", {"paracetamol": text})
    build(project)
    built = page(project, "en", "paracetamol")
    assert [h.text for h in built.all("h1")] == ["Paracetamol dosing"]
    assert [h.text for h in built.all("h2")] == ["Children"]
    assert built.one("title").text == "Paracetamol dosing"
    index = HtmlPage(project.output_path("en", "index.html"))
    assert index.one("a", class_="title").text == "Paracetamol dosing"


# --- translator markup held to the source's ---------------------------------------------


def test_a_translation_keeps_no_id_class_or_input_its_source_lacks(tmp_path: Path) -> None:
    text = '# Dose\n\nPress the button.\n\n- <input type="checkbox" disabled> Done\n'
    hostile = (
        'Pulse el <a id="main" class="skip-link" href="#main">botón</a>'
        ' <input type="text"> <span style="color:red">ya</span>.'
    )
    translations = {"es": {"Press the button.": hostile, "Dose": "Dosis"}}
    project = make_project(tmp_path / "p", {"dose": text}, translations)
    build(project)
    spanish = page(project, "es", "dose")
    assert len(spanish.all("main", id="main")) == 1
    assert [e.tag for e in spanish.elements if e.attrs.get("id") == "main"] == ["main"]
    assert [e for e in spanish.elements if e.attrs.get("class") == "skip-link"] == [
        spanish.elements[[e.tag for e in spanish.elements].index("a")]
    ]  # the template's own skip link only
    assert [(i.attrs.get("type"), "disabled" in i.attrs) for i in spanish.all("input")] == [
        ("checkbox", True)
    ]  # the source's checkbox, not the translator's text field
    assert all("style" not in e.attrs for e in spanish.all("span"))
