"""check on part of a project: named catalogs or articles, chosen checks; the report
counts only what was checked."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from painl10n.errors import Painl10nError
from painl10n.pipeline.check import run_checks
from painl10n.project import Project
from painl10n.reports.formats import render

SLUG = "psychobiology-of-chronic-pain"
OTHER = "ketamine-for-physical-and-mental-pain"


def catalog(site: Path, lang: str = "es", slug: str = SLUG) -> Path:
    return site / "locales" / lang / "LC_MESSAGES" / f"{slug}.po"


def edit(path: Path, change: Callable[[polib.POFile], None]) -> None:
    po = polib.pofile(str(path))
    change(po)
    po.save(str(path))


def first(po: polib.POFile, start: str) -> polib.POEntry:
    return next(e for e in po if e.msgid.startswith(start))


def wrong_number(po: polib.POFile) -> None:
    target = first(po, "Chronic pain is defined")
    target.msgstr += " Tome 500 mg."  # a dose the source does not have


def blank_all(po: polib.POFile) -> None:
    for item in po:
        item.msgstr = ""


def test_a_named_catalog_is_checked_and_counted_alone(site: Path) -> None:
    edit(catalog(site, "es", OTHER), blank_all)  # another catalog of es: far below 100%
    edit(catalog(site, "fr"), lambda po: first(po, "We look forward").flags.append("fuzzy"))
    named = catalog(site)
    report = run_checks(Project.load(site), files=[named])
    assert report.catalogs == [("es", f"locales/es/LC_MESSAGES/{SLUG}.po")]
    assert report.findings == []
    assert list(report.completion) == ["es"]
    messages = sum(1 for item in polib.pofile(str(named)) if not item.obsolete)
    assert report.completion["es"].total == messages and report.completion["es"].percent == 100
    whole = run_checks(Project.load(site))
    assert {f.check for f in whole.findings} >= {"untranslated", "fuzzy"}


def test_a_partial_run_reports_the_named_catalogs_findings(site: Path) -> None:
    edit(catalog(site, "es"), wrong_number)
    edit(catalog(site, "es", OTHER), lambda po: first(po, "").flags.append("fuzzy"))
    report = run_checks(Project.load(site), files=[catalog(site, "es", OTHER), catalog(site)])
    assert [file for _, file in report.catalogs] == [
        f"locales/es/LC_MESSAGES/{OTHER}.po",
        f"locales/es/LC_MESSAGES/{SLUG}.po",
    ]
    checks = [f.check for f in report.findings]
    assert "numbers" in checks and "fuzzy" in checks


def test_an_article_in_the_chosen_languages(site: Path) -> None:
    report = run_checks(Project.load(site), ["de", "ar"], articles=[OTHER])
    assert report.catalogs == [
        ("de", f"locales/de/LC_MESSAGES/{OTHER}.po"),
        ("ar", f"locales/ar/LC_MESSAGES/{OTHER}.po"),
    ]
    assert list(report.completion) == ["de", "ar"]


def test_articles_and_files_add_up(site: Path) -> None:
    report = run_checks(Project.load(site), ["fr"], articles=[OTHER], files=[catalog(site, "fr")])
    assert sorted(file for _, file in report.catalogs) == [
        f"locales/fr/LC_MESSAGES/{OTHER}.po",
        f"locales/fr/LC_MESSAGES/{SLUG}.po",
    ]


def test_only_the_chosen_checks_run(site: Path) -> None:
    edit(catalog(site, "es"), wrong_number)
    edit(catalog(site, "es"), lambda po: first(po, "We look forward").flags.append("fuzzy"))
    project = Project.load(site)
    assert {f.check for f in run_checks(project, ["es"]).findings} == {"numbers", "fuzzy"}
    only = run_checks(project, ["es"], checks=["numbers"])
    assert {f.check for f in only.findings} == {"numbers"}
    assert only.checks == ("numbers",)
    skipped = run_checks(project, ["es"], skip_checks=["numbers"])
    assert {f.check for f in skipped.findings} == {"fuzzy"}
    assert skipped.checks is not None and "numbers" not in skipped.checks
    # completion is the catalogs', whatever the checks
    assert only.completion["es"].fuzzy == 1
    # a JUnit test case per catalog and check run, not for the checks left out
    suites = ET.fromstring(render(only, "junit"))
    assert suites.get("tests") == "2"
    assert {case.get("name") for case in suites.iter("testcase")} == {"numbers"}


def test_an_unreadable_catalog_is_reported_whatever_the_checks(site: Path) -> None:
    path = catalog(site, "fr")
    path.write_text(path.read_text("utf-8").replace('msgstr "', 'msgstr "x', 1)[:-200], "utf-8")
    report = run_checks(Project.load(site), ["fr"], checks=["numbers"])
    assert [f.check for f in report.findings] == ["syntax"]


def test_consistency_is_compared_among_the_named_catalogs(site: Path) -> None:
    edit(
        catalog(site, "es", OTHER),
        lambda po: po.append(
            polib.POEntry(
                msgid="We look forward to helping you find the relief you need!",
                msgstr="¡Con gusto le ayudaremos!",
                occurrences=[("source/x.md", "1")],
            )
        ),
    )
    both = [catalog(site, "es"), catalog(site, "es", OTHER)]
    report = run_checks(Project.load(site), files=both)
    assert "consistency" in {f.check for f in report.findings}
    alone = run_checks(Project.load(site), files=[catalog(site, "es", OTHER)])
    assert "consistency" not in {f.check for f in alone.findings}


def test_a_partial_run_looks_for_no_orphans(site: Path) -> None:
    orphan = site / "locales/es/LC_MESSAGES/gone.po"
    orphan.write_bytes(catalog(site).read_bytes())
    assert "orphan" in {f.check for f in run_checks(Project.load(site)).findings}
    partial = run_checks(Project.load(site), articles=[SLUG])
    assert "orphan" not in {f.check for f in partial.findings}


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"articles": ["no-such-article"]}, "no article 'no-such-article'"),
        ({"checks": ["numbrs"]}, "unknown check 'numbrs'"),
        ({"skip_checks": ["rule:none"]}, "unknown check 'rule:none'"),
    ],
    ids=["article", "check", "skipped-rule"],
)
def test_unknown_names_are_errors(site: Path, kwargs: dict[str, list[str]], fragment: str) -> None:
    with pytest.raises(Painl10nError) as raised:
        run_checks(Project.load(site), **kwargs)  # type: ignore[arg-type]
    assert fragment in str(raised.value)
    if "check" in fragment:
        assert "numbers, " in str(raised.value.hint)  # the known ids are listed
