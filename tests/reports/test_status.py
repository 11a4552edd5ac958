"""painl10n report: the status page, its links and the README badges, parsed back."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import polib
import pytest

from painl10n.pipeline.check import run_checks
from painl10n.po import write_po
from painl10n.project import Project
from painl10n.reports.badge import COLOURS, badge_svg, colour_for, text_width
from painl10n.reports.stats import shown_percent
from painl10n.reports.status import write_status
from painl10n.text.words import count_words
from tests.helpers.project import snapshot

Run = Callable[..., subprocess.CompletedProcess[str]]
KETAMINE = "ketamine-for-physical-and-mental-pain"
PSYCHO = "psychobiology-of-chronic-pain"
VOID = {"meta", "link", "img", "br", "hr", "input", "source", "wbr", "col", "area", "base"}
SVG = "{http://www.w3.org/2000/svg}"


class Page(HTMLParser):
    """Elements with their attributes and text, and a strict nesting check."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[dict[str, object]] = []
        self.stack: list[dict[str, object]] = []
        self.errors: list[str] = []
        self.doctype = ""
        self.feed(text)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed {[e['tag'] for e in self.stack]}")

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element: dict[str, object] = {"tag": tag, "attrs": dict(attrs), "text": "", "cells": []}
        self.elements.append(element)
        rows = [e for e in self.stack if e["tag"] == "tr"]
        if tag in ("td", "th") and rows:
            cells = rows[-1]["cells"]
            assert isinstance(cells, list)
            cells.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1]["tag"] != tag:
            self.errors.append(f"</{tag}> does not close {self.stack[-1:]}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for element in self.stack:
            element["text"] = str(element["text"]) + data

    def find(self, tag: str) -> list[dict[str, object]]:
        return [e for e in self.elements if e["tag"] == tag]


def attrs(element: dict[str, object]) -> dict[str, str]:
    found = element["attrs"]
    assert isinstance(found, dict)
    return found


def text(element: dict[str, object]) -> str:
    return " ".join(str(element["text"]).split())


def cells(row: dict[str, object]) -> list[str]:
    found = row["cells"]
    assert isinstance(found, list)
    return [text(cell) for cell in found]


def po_path(site: Path, lang: str, slug: str) -> Path:
    return site / "locales" / lang / "LC_MESSAGES" / f"{slug}.po"


def damage(site: Path) -> None:
    """es: 4 blanked + 2 fuzzy in one article; fr: one catalog missing."""
    path = po_path(site, "es", PSYCHO)
    catalog = polib.pofile(str(path))
    live = [e for e in catalog if not e.obsolete]
    for entry in live[:4]:
        entry.msgstr = ""
    for entry in live[4:6]:
        entry.flags.append("fuzzy")
    path.write_text(write_po(catalog), "utf-8")
    po_path(site, "fr", KETAMINE).unlink()


def test_page_shows_progress_articles_and_findings(site: Path) -> None:
    damage(site)
    project = Project.load(site)
    result = write_status(project)
    folder = site / "output" / "status"
    assert result.folder == folder
    page = Page((folder / "index.html").read_text("utf-8"))
    assert page.errors == []
    assert page.doctype.lower() == "doctype html"
    html = page.find("html")[0]
    assert attrs(html)["lang"] == "en" and attrs(html)["dir"] == "ltr"

    # one bar per language in the overview, with the percentage also in text
    overview = [p for p in page.find("progress") if "of strings" in attrs(p)["aria-label"]]
    bars = {
        attrs(p)["aria-label"].split(":")[0]: p
        for p in overview
        if "-" not in attrs(p)["aria-label"].split(":")[0]
    }
    assert list(bars) == ["es", "fr", "de", "ar"]
    es_translated = sum(
        len(polib.pofile(str(po_path(site, "es", slug))).translated_entries())
        for slug in (KETAMINE, PSYCHO)
    )
    assert es_translated == 59
    assert float(attrs(bars["es"])["value"]) == pytest.approx(100 * 59 / 65, abs=0.01)
    assert attrs(bars["es"])["max"] == "100"
    assert "90.7%" in attrs(bars["es"])["aria-label"]
    assert float(attrs(bars["fr"])["value"]) == pytest.approx(100 * 37 / 65, abs=0.01)
    assert float(attrs(bars["de"])["value"]) == 100.0
    items = {text(li).split()[0]: text(li) for li in page.find("li")}
    assert "90.7%" in items["Español"] and "59 of 65 strings" in items["Español"]
    assert "2 fuzzy, 4 untranslated" in items["Español"] and "(below)" in items["Español"]
    assert "(below)" not in items["Deutsch"]
    arabic = next(a for a in page.find("a") if text(a) == "العربية")
    assert attrs(arabic)["lang"] == "ar" and attrs(arabic)["dir"] == "rtl"

    # per-article rows: the missing catalog is named, counts match polib
    rows = {text(th): th for th in page.find("th") if attrs(th).get("scope") == "row"}
    assert any(k.startswith(KETAMINE) and "(no catalog yet: template linked)" in k for k in rows)
    article_rows = [cells(tr) for tr in page.find("tr") if text(tr).startswith(PSYCHO)]
    es = polib.pofile(str(po_path(site, "es", PSYCHO)))
    es_words = [
        sum(count_words(e.msgid) for e in entries)
        for entries in (es.translated_entries(), es.fuzzy_entries(), es.untranslated_entries())
    ]
    words_percent = shown_percent(100 * es_words[0] / sum(es_words))
    assert article_rows[0] == [
        PSYCHO,
        "31",
        "0",
        "2",
        "4",
        "37",
        "83.7% 83.7%",
        str(es_words[0]),
        "0",
        *map(str, es_words[1:]),
        str(sum(es_words)),
        f"{words_percent}% {words_percent}%",
    ]  # fmt: skip  (translated, reviewed, fuzzy, untranslated, total: none reviewed)
    assert article_rows[1][:7] == [PSYCHO, "37", "0", "0", "0", "37", "100.0% 100.0%"]  # fr

    # findings: the same as check, each linked to its catalog with the line shown
    report = run_checks(project)
    located = {f"{f.file}:{f.line}" if f.line else f.file for f in report.findings}
    links = [a for a in page.find("a") if attrs(a)["href"].endswith(".po")]
    finding_links = [a for a in links if ":" in text(a) or text(a).endswith(".po")]
    missing = f"locales/fr/LC_MESSAGES/{KETAMINE}.po"
    assert {text(a) for a in finding_links} == located - {missing}
    assert len(located) == 7  # 4 untranslated + 2 fuzzy + 1 missing catalog
    assert [f"{missing} (missing)"] == [
        c for tr in page.find("tr") for c in cells(tr)[3:4] if missing in c
    ]
    template = next(a for a in page.find("a") if attrs(a)["href"].endswith(f"{KETAMINE}.pot"))
    assert (folder / attrs(template)["href"]).resolve().is_file()
    for link in finding_links:
        target = (folder / attrs(link)["href"]).resolve()
        assert target.is_file(), attrs(link)["href"]
        assert text(link).split(":")[0] == target.relative_to(site).as_posix()
    blanked = next(f for f in report.findings if f.check == "untranslated" and f.line)
    lines = po_path(site, "es", PSYCHO).read_text("utf-8").splitlines()
    assert lines[blanked.line - 1].startswith("msgid") or lines[blanked.line - 1].startswith("#")
    assert f"{result.errors} errors" in (folder / "index.html").read_text("utf-8")
    assert result.errors == report.errors > 0


def test_ids_and_fragment_links_resolve(site: Path) -> None:
    damage(site)
    write_status(Project.load(site))
    page = Page((site / "output/status/index.html").read_text("utf-8"))
    ids = [attrs(e)["id"] for e in page.elements if "id" in attrs(e)]
    assert len(ids) == len(set(ids))
    for element in page.elements:
        href = attrs(element).get("href", "")
        if href.startswith("#"):
            assert href[1:] in ids
        if "aria-labelledby" in attrs(element):
            assert attrs(element)["aria-labelledby"] in ids
    for image in page.find("img"):
        assert attrs(image)["alt"]
        assert (site / "output/status" / attrs(image)["src"]).is_file()


def test_badges_are_svg_with_the_percentage(site: Path) -> None:
    damage(site)
    write_status(Project.load(site))
    expected = {"es": ("90%", "#4d7a0c"), "fr": ("56%", "#b35900"), "de": ("100%", "#1a7f37")}
    for language, (value, colour) in expected.items():
        root = ET.parse(site / f"output/status/badge-{language}.svg").getroot()
        assert root.tag == f"{SVG}svg"
        assert root.get("role") == "img"
        title = root.find(f"{SVG}title")
        assert title is not None and title.text == f"{language}: {value} translated"
        texts = [t.text for t in root.iter(f"{SVG}text")]
        assert texts == [language, language, value, value]
        fills = [r.get("fill") for r in root.iter(f"{SVG}rect")]
        assert colour in fills
        widths = [float(r.get("width", 0)) for r in root.iter(f"{SVG}rect")]
        assert widths[-1] == float(root.get("width", 0)) == widths[1] + widths[2]


def test_badge_text_width_and_colours() -> None:
    assert text_width("es") == text_width("es")
    assert text_width("100%") > text_width("96%") > text_width("9%") > 0
    assert text_width("m") > text_width("i")
    assert colour_for(100.0) != colour_for(99.99)
    assert colour_for(0.0) == COLOURS[-1][1]
    narrow, wide = badge_svg("es", "9%", 9.0), badge_svg("es", "100%", 100.0)
    assert ET.fromstring(narrow).get("width") < ET.fromstring(wide).get("width")  # type: ignore[operator]

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    for _, colour in COLOURS:
        assert 1.05 / (luminance(colour) + 0.05) >= 4.5, colour  # white text stays readable


def test_second_run_writes_nothing(site: Path, run_cli: Run) -> None:
    damage(site)
    first = run_cli("report", "-p", str(site))
    assert first.returncode == 0, first.stderr
    assert "wrote output/status/index.html" in first.stdout
    assert "wrote output/status/badge-ar.svg" in first.stdout
    before = snapshot(site)
    mtimes = {p: p.stat().st_mtime_ns for p in (site / "output/status").iterdir()}
    second = run_cli("report", "-p", str(site))
    assert second.returncode == 0
    assert "wrote" not in second.stdout
    assert snapshot(site) == before
    assert {p: p.stat().st_mtime_ns for p in (site / "output/status").iterdir()} == mtimes
    quiet = run_cli("report", "-q", "-p", str(site))
    assert quiet.stdout == quiet.stderr == ""


def test_source_date_epoch_dates_the_page(site: Path) -> None:
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    try:
        write_status(Project.load(site))
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    page = (site / "output/status/index.html").read_text("utf-8")
    assert "Generated 2023-11-14 22:13 UTC." in page
    write_status(Project.load(site))
    assert "Generated" not in (site / "output/status/index.html").read_text("utf-8")


def test_bad_source_date_epoch_is_an_error(site: Path, run_cli: Run) -> None:
    env_run = subprocess.run(
        [sys.executable, "-m", "painl10n", "report", "-p", str(site)],
        capture_output=True,
        text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "yesterday"},
        check=False,
    )
    assert env_run.returncode == 2
    assert "SOURCE_DATE_EPOCH" in env_run.stderr and env_run.stderr.count("\n") == 1
    assert not (site / "output/status").exists()


def test_repository_url_links_findings_to_the_forge(site: Path) -> None:
    damage(site)
    settings = site / "pyproject.toml"
    settings.write_text(
        settings.read_text("utf-8")
        + 'repository_url = "https://git.example.org/site/blob/main/{path}#L{line}"\n',
        "utf-8",
    )
    project = Project.load(site)
    write_status(project)
    page = Page((site / "output/status/index.html").read_text("utf-8"))
    hrefs = {attrs(a)["href"] for a in page.find("a")}
    for finding in run_checks(project).findings:
        if not (site / finding.file).is_file():
            continue  # the missing catalog: nothing to link to
        assert (
            f"https://git.example.org/site/blob/main/{finding.file}#L{finding.line or 1}" in hrefs
        )
    assert not any(h.startswith("../") for h in hrefs)
    for href in hrefs:
        assert href.startswith("#") or urlsplit(href).netloc == "git.example.org"


@pytest.mark.parametrize(
    "value",
    [
        '"https://x.org/{file}#L{line}"',
        '"https://x.org/blob/main#L{line}"',
        '"https://x.org/{path"',
    ],
)
def test_bad_repository_url_is_refused(site: Path, run_cli: Run, value: str) -> None:
    settings = site / "pyproject.toml"
    settings.write_text(settings.read_text("utf-8") + f"repository_url = {value}\n", "utf-8")
    done = run_cli("report", "-p", str(site))
    assert done.returncode == 2
    assert "repository_url" in done.stderr and done.stderr.count("\n") == 1
    assert not (site / "output/status").exists()


def test_output_folder_option_and_relative_links(site: Path, run_cli: Run) -> None:
    damage(site)
    done = run_cli("report", "-o", str(site / "public" / "l10n"), "-l", "es", "-p", str(site))
    assert done.returncode == 0, done.stderr
    folder = site / "public" / "l10n"
    assert sorted(p.name for p in folder.iterdir()) == [
        "badge-es-reviewed.svg", "badge-es.svg", "index.html", "status.css"
    ]  # fmt: skip
    page = Page((folder / "index.html").read_text("utf-8"))
    po_links = [attrs(a)["href"] for a in page.find("a") if attrs(a)["href"].endswith(".po")]
    assert po_links
    for href in po_links:
        assert href.startswith("../../locales/es/")
        assert (folder / href).resolve().is_file()


def test_badges_of_removed_languages_are_deleted(site: Path) -> None:
    stale = site / "output/status/badge-it.svg"
    stale.parent.mkdir(parents=True)
    stale.write_text(badge_svg("it", "80%", 80.0), "utf-8")  # one an earlier run wrote
    theirs = site / "output/status/badge-team.svg"
    theirs.write_text("<svg/>", "utf-8")  # the near miss: a file painl10n did not write
    result = write_status(Project.load(site))
    assert not stale.exists()
    assert result.files.removed == ["output/status/badge-it.svg"]
    assert (site / "output/status/badge-es.svg").is_file()
    assert theirs.read_text("utf-8") == "<svg/>"


def test_report_into_a_folder_of_the_publishers_deletes_nothing_of_theirs(
    site: Path, run_cli: Run, tmp_path: Path
) -> None:
    """`report -o DIR`: badge-*.svg files painl10n did not write stay as they are."""
    folder = tmp_path / "public"
    folder.mkdir()
    own = {"badge-build.svg": "<svg>CI</svg>", "badge-it.svg": '<svg xmlns="x">mine</svg>'}
    for name, text in own.items():
        (folder / name).write_text(text, "utf-8")
    done = run_cli("report", "-p", str(site), "-o", str(folder))
    assert done.returncode == 0, done.stderr
    for name, text in own.items():
        assert (folder / name).read_text("utf-8") == text
    assert (folder / "badge-es.svg").is_file() and "removed" not in done.stdout


def test_unknown_language_is_one_line_exit_2(site: Path, run_cli: Run) -> None:
    done = run_cli("report", "-l", "it", "-p", str(site))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "'it'" in done.stderr
    assert not (site / "output").exists()
