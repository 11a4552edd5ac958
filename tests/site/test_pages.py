"""The built site's pages: chrome words, dates, counts, switcher, hreflang, CSS, markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel import Locale

from painl10n.languages import native_name
from painl10n.pipeline.build import build
from painl10n.project import Project
from painl10n.site import chrome as ui
from painl10n.site.pages import STYLESHEET, stylesheet
from tests.helpers.html import HtmlPage
from tests.helpers.project import copy_shipped_project

LANGUAGES = ["en", "es", "fr", "de", "ar"]
SLUGS = ["ketamine-for-physical-and-mental-pain", "psychobiology-of-chronic-pain"]
NATIVE = ["English", "Español", "Français", "Deutsch", "العربية"]

DATES = {  # psychobiology-of-chronic-pain: date: 2023-03-14
    "en": "March 14, 2023",
    "es": "14 de marzo de 2023",
    "fr": "14 mars 2023",
    "de": "14. März 2023",
    "ar": "14 مارس 2023",
}
TWO_ARTICLES = {
    "en": "2 articles",
    "es": "2 artículos",
    "fr": "2 articles",
    "de": "2 Artikel",
    "ar": "مقالتان",
}
NAV_LABEL = {"en": "Languages", "es": "Idiomas", "fr": "Langues", "de": "Sprachen", "ar": "اللغات"}


# --- the chrome dictionary --------------------------------------------------


def test_every_shipped_language_has_every_word() -> None:
    for name, table in ui.WORDS.items():
        assert set(table) == set(LANGUAGES), name
        assert all(text.strip() == text and text for text in table.values()), name


def test_count_forms_are_exactly_the_languages_cldr_plural_categories() -> None:
    for language, forms in ui.COUNTS["articles"].items():
        categories = set(Locale.parse(language).plural_form.tags) | {"other"}
        assert set(forms) == categories, language


@pytest.mark.parametrize(
    ("language", "number", "expected"),
    [
        ("en", 1, "1 article"),
        ("en", 1234, "1,234 articles"),
        ("es", 1, "1 artículo"),
        # CLDR "many" with digits: no "de" / "d'" (that follows the word millón/million)
        ("es", 1_000_000, "1.000.000 artículos"),
        ("fr", 0, "0 article"),
        ("fr", 2, "2 articles"),
        ("fr", 1_000_000, "1\u202f000\u202f000 articles"),
        ("de", 1234, "1.234 Artikel"),
        ("ar", 0, "لا مقالات"),
        ("ar", 1, "مقالة واحدة"),
        ("ar", 2, "مقالتان"),
        ("ar", 3, "3 مقالات"),
        ("ar", 11, "11 مقالةً"),
        ("ar", 100, "100 مقالة"),
        ("pt_BR", 2, "2 articles"),  # no words for it: English, not a placeholder
    ],
)
def test_counts_use_cldr_plurals_and_number_formats(
    language: str, number: int, expected: str
) -> None:
    assert ui.count("articles", number, language) == expected


def test_a_regional_language_uses_its_base_languages_words() -> None:
    assert ui.word("skip", "es_MX") == "Saltar al contenido"
    assert ui.word("skip", "pt") == "Skip to content"


# --- the stylesheet ---------------------------------------------------------

# A physical (left/right) property or value: margin-left, padding-right,
# border-left(-width), border-top-left-radius, left:, right:, float/clear/
# text-align: left|right, inset-left.
PHYSICAL = re.compile(
    r"(?<![\w-])(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)"
    r"(?:-(?:top|bottom))?-(?:left|right)[\w-]*\s*:"
    r"|(?:left|right)\s*:"
    r"|(?:float|clear|text-align|caption-side)\s*:\s*(?:left|right)\b)"
)


def _physical(css: str) -> list[str]:
    without_comments = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    return PHYSICAL.findall(without_comments)


def test_stylesheet_uses_logical_properties_only() -> None:
    css = stylesheet()
    assert _physical(css) == []
    for logical in ("margin-inline", "padding-inline", "border-inline-start", "inset-inline-start"):
        assert logical in css


@pytest.mark.parametrize(
    "declaration",
    [
        "margin-left: 1rem",
        "padding-right:0",
        "border-left: 1px solid",
        "border-right-width: 2px",
        "border-top-left-radius: 3px",
        "left: 0",
        "right:1em",
        "float: right",
        "text-align: left",
        "clear: left",
    ],
)
def test_the_logical_property_check_catches_physical_ones(declaration: str) -> None:
    assert _physical(f"a {{ {declaration}; }}")


@pytest.mark.parametrize(
    "declaration",
    [
        "margin-inline-start: 1rem",
        "text-align: start",
        "border-block-end: 1px solid",
        "inset-inline-end: 0",
        "/* margin-left: 0 */ color: red",
    ],
)
def test_the_logical_property_check_accepts_logical_ones(declaration: str) -> None:
    assert _physical(f"a {{ {declaration}; }}") == []


def test_stylesheet_reads_well_in_every_script_and_prints() -> None:
    css = stylesheet()
    assert "max-inline-size: 70ch" in css
    assert re.search(r"--font:\s*system-ui", css)
    assert re.search(r":lang\(ar\)\s*\{\s*font-family: var\(--font-arabic\)", css)
    assert '"Noto Naskh Arabic"' in css
    assert "@media print" in css
    assert ":focus-visible" in css


# --- built pages ------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped project built once for this module's read-only tests."""
    root = copy_shipped_project(tmp_path_factory.mktemp("built") / "site")
    build(Project.load(root))
    return root / "output"


def _pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def test_the_stylesheet_is_written_and_every_page_links_it(built: Path) -> None:
    assert (built / STYLESHEET).read_text("utf-8") == stylesheet()
    pages = _pages(built)
    assert len(pages) == 1 + 5 * 3
    for path in pages:
        page = HtmlPage(path)
        sheet = page.one("link", rel="stylesheet")
        assert page.resolve(sheet.get("href")) == (built / STYLESHEET).resolve()


def test_every_page_has_skip_link_main_one_h1_and_a_localized_switcher(built: Path) -> None:
    for path in _pages(built):
        page = HtmlPage(path)
        lang = page.one("html").get("lang")
        body = page.elements.index(page.one("body"))
        first_link = next(e for e in page.elements[body:] if e.tag == "a")
        assert first_link.get("class") == "skip-link"
        assert first_link.get("href") == "#main"
        assert first_link.text == ui.word("skip", lang)
        assert page.one("main").get("id") == "main"
        assert len(page.all("h1")) == 1, path
        nav = page.one("nav")
        assert nav.get("aria-label") == NAV_LABEL[lang]
        links = [e for e in nav.inner if e.tag == "a"]
        assert [a.text for a in links] == NATIVE
        current = [a for a in links if "aria-current" in a.attrs]
        assert len(current) == 1
        assert current[0].get("lang") == lang
        for a in links:
            assert a.get("lang") == a.get("hreflang")
            assert a.get("dir") == ("rtl" if a.get("lang") == "ar" else "ltr")
            assert page.resolve(a.get("href")).is_file(), f"{path}: {a.get('href')}"


def test_switcher_marks_the_page_itself_or_on_the_root_the_language(built: Path) -> None:
    for lang in LANGUAGES:
        for name in [*(f"{s}.html" for s in SLUGS), "index.html"]:
            page = HtmlPage(built / lang / name)
            current = page.one("a", **{"aria-current": "page"})
            assert page.resolve(current.get("href")) == (built / lang / name).resolve()
    root = HtmlPage(built / "index.html")
    assert root.all("a", **{"aria-current": "page"}) == []
    assert root.one("a", **{"aria-current": "true"}).get("href") == "en/index.html"


def test_every_page_has_hreflang_alternates_with_x_default_that_exist(built: Path) -> None:
    for path in _pages(built):
        page = HtmlPage(path)
        lang = page.one("html").get("lang")
        alternates = {e.get("hreflang"): e.get("href") for e in page.all("link", rel="alternate")}
        assert "x-default" in alternates
        assert set(alternates) - {"x-default"} == set(LANGUAGES), path
        if path.parent != built:  # the page lists itself too (Google's rule)
            assert page.resolve(alternates[lang]) == path.resolve()
        for href in alternates.values():
            assert page.resolve(href).is_file(), f"{path}: {href}"
    article = HtmlPage(built / "ar" / f"{SLUGS[0]}.html")
    assert article.one("link", hreflang="x-default").get("href") == f"../en/{SLUGS[0]}.html"
    index = HtmlPage(built / "de" / "index.html")
    assert index.one("link", hreflang="x-default").get("href") == "../index.html"


def test_dates_are_in_each_languages_format_inside_time(built: Path) -> None:
    for lang, expected in DATES.items():
        for name in (f"{SLUGS[1]}.html", "index.html"):
            page = HtmlPage(built / lang / name)
            times = {e.get("datetime"): e.text for e in page.all("time")}
            assert times["2023-03-14"] == expected, (lang, name)


def test_indexes_count_articles_in_each_language(built: Path) -> None:
    root = HtmlPage(built / "index.html")
    for lang, expected in TWO_ARTICLES.items():
        index = HtmlPage(built / lang / "index.html")
        assert index.one("p", **{"class": "count"}).text == expected
        titles = [a.text for a in index.all("a", **{"class": "title"})]
        assert len(titles) == 2
        assert index.one("h1").text == ui.word("articles", lang)
        entry = root.one("a", href=f"{lang}/index.html", **{"class": "title"})
        assert entry.text == native_name(lang)
        assert entry.get("lang") == lang
        note = root.one("span", lang=lang)
        assert note.text == expected
    # newest first: the 2024 article before the 2023 one
    en = HtmlPage(built / "en" / "index.html")
    assert [e.get("datetime") for e in en.all("time")] == ["2024-11-12", "2023-03-14"]


def test_a_partial_build_links_only_pages_that_exist(site: Path) -> None:
    build(Project.load(site), ["es"])
    out = site / "output"
    page = HtmlPage(out / "es" / f"{SLUGS[0]}.html")
    alternates = {e.get("hreflang") for e in page.all("link", rel="alternate")}
    assert alternates == {"en", "es", "x-default"}
    assert [a.text for a in page.one("nav").inner if a.tag == "a"] == ["English", "Español"]
    root = HtmlPage(out / "index.html")
    assert [a.get("href") for a in root.all("a", **{"class": "title"})] == [
        "en/index.html",
        "es/index.html",
    ]
    build(Project.load(site), ["fr"])  # pages of es stay, so fr links them
    page = HtmlPage(out / "fr" / f"{SLUGS[0]}.html")
    alternates = {e.get("hreflang") for e in page.all("link", rel="alternate")}
    assert alternates == {"en", "es", "fr", "x-default"}


ARTICLE = """\
---
title: Dosing at a glance
date: 2025-01-31
---

# Overview

Doses by route.

## Routes

| Route | Dose |
|:------|-----:|
| IV    | 0.5 mg/kg |

![Infusion pump on a stand](pump.png)
"""


def test_body_headings_tables_and_images_are_accessible(site: Path) -> None:
    (site / "source" / "dosing-at-a-glance.md").write_text(ARTICLE, "utf-8")
    build(Project.load(site), ["ar"])
    page = HtmlPage(site / "output" / "ar" / "dosing-at-a-glance.html")
    assert [h.text for h in page.all("h1")] == ["Dosing at a glance"]
    assert [h.text for h in page.all("h2")] == ["Overview"]
    assert [h.text for h in page.all("h3")] == ["Routes"]
    headers = page.all("th")
    assert [th.get("scope") for th in headers] == ["col", "col"]
    assert [th.get("style") for th in headers] == ["text-align:start", "text-align:end"]
    assert page.all("td")[1].get("style") == "text-align:end"
    assert page.one("img").get("alt") == "Infusion pump on a stand"
    other = HtmlPage(site / "output" / "ar" / f"{SLUGS[0]}.html")
    assert [h.tag for h in other.elements if h.tag in ("h1", "h2")][:2] == ["h1", "h2"]
