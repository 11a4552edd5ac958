"""Findings come in one order everywhere: errors first, patient safety first,
untranslated and fuzzy last; by file and line within a check."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import polib

from painl10n.checks.base import Finding
from painl10n.checks.registry import (
    FINDING_GROUPS,
    PATIENT_SAFETY,
    check_descriptions,
    check_rank,
    finding_group,
)
from painl10n.pipeline.check import run_checks
from painl10n.project import Project
from painl10n.reports.formats import ordered, render
from painl10n.reports.stats import collect_stats
from painl10n.reports.status import status_page


def finding(check: str, file: str = "b.po", line: int = 5, severity: str = "error") -> Finding:
    return Finding(check, severity, "es", file, line, "msgid", f"{check} here")  # type: ignore[arg-type]


def test_patient_safety_before_rules_markup_wording_and_completion() -> None:
    found = [
        finding("untranslated", "a.po", 1),
        finding("fuzzy", "a.po", 2),
        finding("markup", "a.po", 3),
        finding("rule:no-cc", "a.po", 4),
        finding("terminology", "b.po", 9),
        finding("numbers", "z.po", 7),
        finding("negation", "c.po", 1),  # registered by another module: its place is kept
        finding("consistency", "a.po", 1, "warning"),
        finding("length", "a.po", 1, "warning"),
        finding("some-new-check", "a.po", 1),
    ]
    assert [f.check for f in ordered(found)] == [
        "numbers",
        "negation",
        "terminology",
        "rule:no-cc",
        "markup",
        "some-new-check",
        "untranslated",
        "fuzzy",
        "consistency",
        "length",
    ]


def test_within_a_check_by_file_then_line() -> None:
    found = [finding("numbers", "b.po", 2), finding("numbers", "a.po", 9), finding("dnt", "a.po")]
    assert [(f.check, f.file, f.line) for f in ordered(found)] == [
        ("numbers", "a.po", 9),
        ("numbers", "b.po", 2),
        ("dnt", "a.po", 5),
    ]


def test_every_registered_check_has_its_place() -> None:
    listed = {check_id for _, ids in FINDING_GROUPS for check_id in ids}
    registered = {check_id for check_id, _, _ in check_descriptions()}
    assert registered <= listed, registered - listed
    assert len(listed) == sum(len(ids) for _, ids in FINDING_GROUPS)  # each id once
    assert finding_group("hidden-characters") == "patient safety"
    assert finding_group("rule:anything") == "custom rules"
    assert check_rank("numbers") < check_rank("markup") < check_rank("untranslated")
    assert {"numbers", "negation", "dose-style", "terminology", "dnt"} <= set(PATIENT_SAFETY)


SLUG = "psychobiology-of-chronic-pain"
OTHER = "ketamine-for-physical-and-mental-pain"  # sorts first


def spoil(site: Path) -> None:
    """An untranslated message in the first file, a dose added in the second."""
    first = site / f"locales/es/LC_MESSAGES/{OTHER}.po"
    po = polib.pofile(str(first))
    po[3].msgstr = ""
    po.save(str(first))
    second = site / f"locales/es/LC_MESSAGES/{SLUG}.po"
    po = polib.pofile(str(second))
    target = next(e for e in po if e.msgid.startswith("Chronic pain is defined"))
    target.msgstr += " Tome 500 mg."
    po.save(str(second))


def test_every_format_puts_the_dose_before_the_untranslated_message(site: Path) -> None:
    spoil(site)
    report = run_checks(Project.load(site), ["es"])
    assert {f.check for f in report.findings} == {"numbers", "untranslated"}
    text = render(report, "text")
    assert text.startswith("errors: patient safety\n  locales/es/LC_MESSAGES/" + SLUG)
    assert text.index("[numbers]") < text.index("errors: completion") < text.index("[untranslated]")
    checks = [f["check"] for f in json.loads(render(report, "json"))["findings"]]
    assert checks == ["numbers", "untranslated"]
    github = render(report, "github").splitlines()
    assert "painl10n numbers" in github[0] and "painl10n untranslated" in github[1]


class _Rows(HTMLParser):
    """The findings table's rows: group headings and each row's check cell."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[str] = []
        self._cells: list[str] | None = None
        self._in_findings = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table" and ("class", "findings") in attrs:
            self._in_findings = True
        elif tag == "tr" and self._in_findings:
            self._cells = []
        elif tag in ("td", "th") and self._cells is not None:
            self._cells.append("")

    def handle_data(self, data: str) -> None:
        if self._cells:
            self._cells[-1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr" and self._cells is not None:
            cells = self._cells
            self.rows.append(cells[0] if len(cells) == 1 else cells[1])
            self._cells = None
        elif tag == "table":
            self._in_findings = False


def test_the_status_page_lists_patient_safety_first(site: Path) -> None:
    spoil(site)
    project = Project.load(site)
    report = run_checks(project, ["es"])
    page = status_page(project, collect_stats(project, ["es"]), report.findings, site / "out")
    parser = _Rows()
    parser.feed(page)
    assert parser.rows == [
        "Check",  # the header row
        "errors: patient safety",
        "numbers",
        "errors: completion",
        "untranslated",
    ]
