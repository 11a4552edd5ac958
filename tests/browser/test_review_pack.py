# ruff: noqa: RUF001  (dose ranges are written with an en dash, as the articles write them)
"""The review pack in headless Chromium: a reviewer's page opened from disk as it is.

The pack of a small project (es and ar, tests/helpers/review.py) after
sign-offs, a translator's edit of a signed entry (a dose changed: a check
error too), an author's edit of a signed source sentence, and a translation
carrying markup: side-by-side rows, highlights, findings, the word diffs,
right-to-left Arabic, escaping, and a page that loads nothing but itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from painl10n.pipeline.extract import extract
from painl10n.pipeline.review_import import import_review
from painl10n.pipeline.review_pack import write_pack
from painl10n.pipeline.update import update
from painl10n.project import Project
from tests.helpers.chromium import chromium
from tests.helpers.review import (
    DOSE,
    DRIVE,
    SLUG,
    TITLE,
    edit_catalog,
    fill_xlsx,
    review_project,
)

pytestmark = pytest.mark.browser

DRIVE_NOW = "Do not drive or use machines after a dose of ketamine."
INJECTED = '<script>window.injected = 1</script><img src=x onerror="window.injected = 2">'
HIDDEN = "\u202e01\u202c"  # a right-to-left override: would show "10"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def pack(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both languages' packs, after a sign-off and the translator's edits."""
    root = review_project(tmp_path_factory.mktemp("review") / "site")
    project = Project.load(root)
    for language in ("es", "ar"):
        write_pack(project, language, root / "before" / language)
        sheet = root / "before" / language / f"review-{language}.xlsx"
        signed = {DOSE: ("approved", "", "Dr. Ana Ruiz"), DRIVE: ("approved", "", "Dr. Ana Ruiz")}
        fill_xlsx(sheet, signed if language == "ar" else {DOSE: signed[DOSE]})
        import_review(project, sheet, day=date(2026, 12, 6))
        edit_catalog(
            root, language, lambda e: setattr(e, "msgstr", e.msgstr.replace("200", "250")), DOSE
        )
    # The author edits a signed source sentence: update makes its entries fuzzy.
    article = root / "source" / f"{SLUG}.md"
    article.write_text(article.read_text("utf-8").replace(DRIVE, DRIVE_NOW), "utf-8")
    extract(project)
    update(project)
    edit_catalog(
        root,
        "es",
        lambda e: setattr(e, "msgstr", e.msgstr + " " + HIDDEN + " " + INJECTED),
        DRIVE_NOW,
    )
    for language in ("es", "ar"):
        write_pack(project, language, root / "pack" / language)
    return root / "pack"


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    opened = context.new_page()
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield opened
    context.close()
    assert dialogs == []


def open_page(page: Any, path: Path) -> list[str]:
    """Open a pack page from disk; every URL it requested (itself only, when self-contained)."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri(), wait_until="load")
    assert errors == []
    return requested


def row(page: Any, source: str) -> Any:
    (found,) = [
        r
        for r in page.query_selector_all("tr.entry")
        if r.query_selector("td.source .text").inner_text() == source
    ]
    return found


def texts(element: Any, selector: str) -> list[str]:
    return [item.inner_text() for item in element.query_selector_all(selector)]


def test_rows_side_by_side_with_highlights_and_findings(pack: Path, page: Any) -> None:
    requested = open_page(page, pack / "es" / f"{SLUG}.html")
    assert requested == [(pack / "es" / f"{SLUG}.html").as_uri()]  # CSS inline, nothing else
    rows = page.query_selector_all("tbody tr.entry")
    assert [r.query_selector("td.source .text").inner_text() for r in rows][:2] == [TITLE, DOSE]
    assert len(rows) == 4
    for entry in rows:
        source = entry.query_selector("td.source").bounding_box()
        translation = entry.query_selector("td.translation").bounding_box()
        assert source["y"] == translation["y"]
        assert source["x"] + source["width"] <= translation["x"] + 1
    dose = row(page, DOSE)
    assert texts(dose, "td.source mark.number") == ["100", "200 mg", "6 hours"]
    assert texts(dose, "td.translation .text mark.number") == ["100", "250 mg", "6 horas"]
    assert texts(dose, "td.source mark.term") == ["ketamine"]
    assert texts(dose, "td.translation .text mark.term") == ["ketamina"]
    assert dose.query_selector("td.source mark.term").get_attribute("title") == (
        "termbase: ketamine = ketamina (es)"
    )
    (finding,) = texts(dose, "td.findings li.error")
    assert finding.startswith("error [numbers]: ") and "200" in finding
    drive = row(page, DRIVE_NOW)
    assert texts(drive, "td.source mark.negation") == ["not"]
    assert texts(drive, "td.translation mark.negation") == ["No"]
    assert row(page, TITLE).query_selector("td.findings li") is None
    # Marks are drawn: a number stands out from the text around it.
    weight = "el => getComputedStyle(el).fontWeight"
    assert dose.query_selector("td.source mark.number").evaluate(weight) == "700"


def test_word_diff_after_a_translator_edit_of_a_signed_entry(pack: Path, page: Any) -> None:
    open_page(page, pack / "es" / f"{SLUG}.html")
    dose = row(page, DOSE)
    assert dose.get_attribute("data-state") == "awaiting-review"
    assert dose.query_selector("td.state").inner_text() == (
        "awaiting review (changed since signed off by Dr. Ana Ruiz on 2026-12-06)"
    )
    changes = dose.query_selector("td.translation .changes")
    assert changes.query_selector(".label").inner_text() == (
        "Since signed off by Dr. Ana Ruiz on 2026-12-06:"
    )
    assert texts(changes, "del") == ["200"] and texts(changes, "ins") == ["250"]
    assert (
        changes.query_selector(".diff").inner_text()
        == "Tome 100–200250 mg de ketamina cada 6 horas."
    )
    assert dose.query_selector("td.source .changes") is None  # the source did not change
    title = row(page, TITLE)
    assert title.query_selector(".changes") is None and title.get_attribute("data-state") == (
        "awaiting-review"
    )


def test_arabic_translation_reads_right_to_left(pack: Path, page: Any) -> None:
    open_page(page, pack / "ar" / f"{SLUG}.html")
    assert page.evaluate("document.documentElement.dir") == "ltr"  # the pack's own text
    dose = row(page, DOSE)
    cell = dose.query_selector("td.translation")
    assert (cell.get_attribute("lang"), cell.get_attribute("dir")) == ("ar", "rtl")
    assert cell.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert dose.query_selector("td.source").evaluate("el => getComputedStyle(el).direction") == (
        "ltr"
    )
    # The first letter of the Arabic text sits at the cell's right edge.
    gap = cell.evaluate(
        """el => {
          const text = el.querySelector('.text');
          const node = document.createTreeWalker(text, NodeFilter.SHOW_TEXT).nextNode();
          const range = document.createRange();
          range.setStart(node, 0); range.setEnd(node, 1);
          return text.getBoundingClientRect().right - range.getBoundingClientRect().right;
        }"""
    )
    assert 0 <= gap < 2
    assert texts(dose, "td.translation .text mark.number") == ["100", "250 ملغ", "6 ساعات"]
    assert texts(dose, "td.translation .text mark.term") == ["الكيتامين"]
    assert texts(dose, "td.translation .changes del") == ["200"]
    drive = row(page, DRIVE_NOW)
    assert texts(drive, "td.translation mark.negation") == ["لا"]
    # The source changed since the sign-off: its diff, and none for the translation.
    assert drive.get_attribute("data-state") == "fuzzy"
    assert [t.strip() for t in texts(drive, "td.source .changes ins")] == ["or use machines"]
    assert texts(drive, "td.source .changes del") == []
    assert drive.query_selector("td.translation .changes") is None


def test_a_translation_with_markup_shows_as_text(pack: Path, page: Any) -> None:
    open_page(page, pack / "es" / f"{SLUG}.html")
    cell = row(page, DRIVE_NOW).query_selector("td.translation .text")
    assert cell.inner_text().endswith(" \\u202e01\\u202c " + INJECTED)
    assert page.evaluate("document.querySelectorAll('script, img').length") == 0
    assert page.evaluate("window.injected") is None


def test_index_links_every_article_and_the_sheets(pack: Path, page: Any) -> None:
    open_page(page, pack / "es" / "index.html")
    links = page.eval_on_selector_all("a[href]", "els => els.map(a => a.getAttribute('href'))")
    assert f"{SLUG}.html" in links
    assert {"review-es.xlsx", "review-es.csv"} <= set(links)
    counts = texts(page, "ul.counts li")
    assert counts == [
        "awaiting review: 3",
        "signed off: 0",
        "fuzzy: 1",
        "rejected: 0",
        "untranslated: 0",
    ]
    page.click(f"a[href='{SLUG}.html']")
    assert page.url == (pack / "es" / f"{SLUG}.html").as_uri()


def test_printable(pack: Path, page: Any) -> None:
    open_page(page, pack / "es" / f"{SLUG}.html")
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.up')).display") == "none"
    assert page.evaluate("getComputedStyle(document.querySelector('thead')).display") == (
        "table-header-group"
    )
    assert len(page.pdf()) > 1000
