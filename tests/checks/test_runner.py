"""painl10n check end to end: findings, thresholds, suppression, formats, exit codes."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from painl10n.checks.registry import check_descriptions
from painl10n.pipeline.check import run_checks
from painl10n.project import Project
from painl10n.reports.formats import render
from tests.helpers.project import edit_catalog, entry_starting, shipped_catalog

Run = Callable[..., subprocess.CompletedProcess[str]]
SLUG = "psychobiology-of-chronic-pain"


def catalog_path(site: Path, lang: str = "es") -> Path:
    return shipped_catalog(site, lang, SLUG)


def edit(site: Path, change: Callable[[polib.POFile], None], lang: str = "es") -> None:
    edit_catalog(catalog_path(site, lang), change)


entry = entry_starting


def test_shipped_catalogs_pass_cleanly(site: Path) -> None:
    report = run_checks(Project.load(site))
    assert [f for f in report.findings] == []
    assert len(report.catalogs) == 8
    assert all(c.percent == 100.0 for c in report.completion.values())


def test_fuzzy_and_untranslated_are_errors_below_the_threshold(site: Path) -> None:
    def change(catalog: polib.POFile) -> None:
        entry(catalog, "We look forward").flags.append("fuzzy")
        entry(catalog, "Chronic pain is defined").msgstr = ""

    edit(site, change)
    report = run_checks(Project.load(site), ["es"])
    kinds = sorted((f.check, f.severity) for f in report.findings)
    assert kinds == [("fuzzy", "error"), ("untranslated", "error")]
    assert report.completion["es"].fuzzy == 1 and report.completion["es"].untranslated == 1


def test_completion_threshold_from_settings_turns_them_into_warnings(site: Path) -> None:
    edit(site, lambda c: entry(c, "We look forward").flags.append("fuzzy"))
    settings = site / "pyproject.toml"
    settings.write_text(settings.read_text("utf-8") + "completion = { es = 95 }\n", "utf-8")
    report = run_checks(Project.load(site), ["es"])
    assert [(f.check, f.severity) for f in report.findings] == [("fuzzy", "warning")]
    assert report.errors == 0 and report.required["es"] == 95.0


def test_entry_checks_run_and_can_be_suppressed_per_entry(site: Path) -> None:
    def change(catalog: polib.POFile) -> None:
        target = entry(catalog, "Chronic pain is defined")
        target.msgstr = target.msgstr.replace("tres meses", "seis meses").replace(
            "dolor crónico", "dolor persistente"
        )

    edit(site, change)
    report = run_checks(Project.load(site), ["es"])
    assert {f.check for f in report.findings} >= {"terminology"}
    flagged = next(f for f in report.findings if f.check == "terminology")
    assert flagged.file == f"locales/es/LC_MESSAGES/{SLUG}.po" and flagged.line

    edit(
        site,
        lambda c: setattr(
            entry(c, "Chronic pain is defined"), "tcomment", "painl10n-ignore: terminology"
        ),
    )
    report = run_checks(Project.load(site), ["es"])
    assert "terminology" not in {f.check for f in report.findings}


def test_obsolete_entries_and_consistency_are_warnings(site: Path) -> None:
    def change(catalog: polib.POFile) -> None:
        catalog.append(polib.POEntry(msgid="Gone.", msgstr="Ido.", obsolete=True))

    edit(site, change)
    other = site / "locales/es/LC_MESSAGES/ketamine-for-physical-and-mental-pain.po"
    catalog = polib.pofile(str(other))
    catalog.append(
        polib.POEntry(
            msgid="We look forward to helping you find the relief you need!",
            msgstr="¡Con gusto le ayudaremos!",
            occurrences=[("source/x.md", "1")],
        )
    )
    catalog.save(str(other))
    report = run_checks(Project.load(site), ["es"])
    found = sorted((f.check, f.severity) for f in report.findings)
    assert ("obsolete", "warning") in found and ("consistency", "warning") in found
    assert report.errors == 0


def test_malformed_catalog_is_a_syntax_finding(site: Path) -> None:
    path = catalog_path(site, "fr")
    path.write_text(path.read_text("utf-8").replace('msgstr "', 'msgstr "x', 1)[:-200], "utf-8")
    report = run_checks(Project.load(site), ["fr"])
    syntax = [f for f in report.findings if f.check == "syntax"]
    assert syntax and syntax[0].file.endswith(f"fr/LC_MESSAGES/{SLUG}.po") and syntax[0].line


def test_wrong_plural_forms_is_a_syntax_error(site: Path) -> None:
    def change(catalog: polib.POFile) -> None:
        catalog.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"

    edit(site, change, "ar")
    report = run_checks(Project.load(site), ["ar"])
    assert any(f.check == "syntax" and "nplurals=2" in f.message for f in report.findings)


def test_formats(site: Path) -> None:
    edit(site, lambda c: entry(c, "We look forward").flags.append("fuzzy"))
    report = run_checks(Project.load(site))
    data = json.loads(render(report, "json"))
    (finding,) = data["findings"]
    assert set(finding) >= {"check", "severity", "language", "file", "line", "msgid", "message"}
    assert finding["check"] == "fuzzy" and finding["file"].startswith("locales/es/")
    assert data["summary"]["errors"] == 1 and data["summary"]["catalogs"] == 8
    assert data["summary"]["languages"]["es"]["fuzzy"] == 1
    suites = ET.fromstring(render(report, "junit"))
    assert int(suites.get("tests", "0")) == 8 * len(check_descriptions())
    assert suites.get("failures") == "1"
    failure = suites.find(".//failure")
    assert failure is not None and "fuzzy" in (failure.get("message") or "")
    github = render(report, "github").splitlines()
    assert len(github) == 1 and github[0].startswith(
        f"::error file=locales/es/LC_MESSAGES/{SLUG}.po,line="
    )
    text = render(report, "text")
    assert text.startswith(f"errors: completion\n  locales/es/LC_MESSAGES/{SLUG}.po:")
    assert "check FAILED: 1 errors, 0 warnings in 8 catalogs" in text


def test_cli_exit_codes(site: Path, run_cli: Run) -> None:
    ok = run_cli("check", "-p", str(site))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "check passed: 0 errors, 0 warnings in 8 catalogs" in ok.stdout
    quiet = run_cli("check", "-p", str(site), "-q")
    assert quiet.returncode == 0 and quiet.stdout == ""
    edit(site, lambda c: entry(c, "We look forward").flags.append("fuzzy"))
    failed = run_cli("check", "-p", str(site), "--format", "github")
    assert failed.returncode == 1 and failed.stdout.startswith("::error ")
    bad = run_cli("check", "-p", str(site), "--format", "xml")
    assert bad.returncode == 2 and "unknown format 'xml'" in bad.stderr
    listed = run_cli("check", "--list-checks")
    assert listed.returncode == 0 and "terminology" in listed.stdout


@pytest.mark.parametrize("code", ["../x", "it"])
def test_cli_bad_language_is_exit_2(site: Path, run_cli: Run, code: str) -> None:
    result = run_cli("check", "-p", str(site), "-l", code)
    assert result.returncode == 2 and result.stderr.startswith("painl10n: error: ")


def test_a_term_translated_differently_in_another_article_is_flagged(site: Path) -> None:
    glossary = site / "locales" / "glossary.tbx"
    text = glossary.read_text("utf-8")
    anchor = "<term>dolor crónico</term>"
    assert anchor in text
    synonym = (
        "<term>dolor persistente</term>\n"
        '            <termNote type="termType">fullForm</termNote>\n'
        '            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>\n'
        "          </termSec>\n          <termSec>\n            "
    )
    glossary.write_text(text.replace(anchor, synonym + anchor, 1), "utf-8")
    other = site / "locales/es/LC_MESSAGES/ketamine-for-physical-and-mental-pain.po"
    catalog = polib.pofile(str(other))
    for item in catalog:
        item.msgstr = item.msgstr.replace("dolor crónico", "dolor persistente")
    catalog.save(str(other))
    report = run_checks(Project.load(site), ["es"])
    flagged = [f for f in report.findings if f.check == "consistency"]
    assert len(flagged) == 1, flagged
    assert flagged[0].file.endswith("ketamine-for-physical-and-mental-pain.po")
    assert "“dolor persistente”" in flagged[0].message and "“dolor crónico”" in flagged[0].message


@pytest.mark.parametrize("fmt", ["text", "github", "json", "junit"])
def test_terminal_escapes_in_a_translation_are_never_printed_raw(
    site: Path, run_cli: Run, fmt: str
) -> None:
    """A translation that retitles the terminal and hides what follows is reported,
    with its characters shown as escapes, in every format."""

    def plant(catalog: polib.POFile) -> None:
        target = entry(catalog, "We look forward")
        target.msgstr = "\x1b]0;pwned\x07\x1b[8m" + target.msgstr + "\u202e\x9b2J"

    edit(site, plant)
    result = run_cli("check", "-p", str(site), "--format", fmt)
    assert result.returncode == 1
    assert not any(char in result.stdout for char in "\x1b\x07\x9b\u202e")
    assert "hidden-characters" in result.stdout
    shown = result.stdout.replace("\\\\", "\\")  # JSON doubles the backslash
    assert "pwned\\x07" in shown and "\\u202e" in shown


def test_an_ignore_list_wrapped_by_polib_is_read_whole(tmp_path: Path) -> None:
    import polib as _polib

    from painl10n.checks.base import suppressed

    ids = "numbers, negation, dose-style, terminology, spelling, sentences, dnt, markup"
    entry = _polib.POEntry(msgid="a", msgstr="b", tcomment=f"painl10n-ignore: {ids}\nnote")
    po = _polib.POFile()
    po.append(entry)
    po.save(str(tmp_path / "a.po"))
    assert "\n# sentences" in (tmp_path / "a.po").read_text("utf-8") or "\n# dnt" in (
        tmp_path / "a.po"
    ).read_text("utf-8")
    back = _polib.pofile(str(tmp_path / "a.po")).find("a")
    assert suppressed(back) == {part.strip() for part in ids.split(",")}
