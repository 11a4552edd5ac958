"""check on CRLF catalogs (a Windows checkout): nothing the LF twin does not have.

The CR of a line ending is no character of any string; a CR that gettext
keeps inside a string is still found (hidden-characters), at its line.
"""

from __future__ import annotations

from pathlib import Path

from painl10n.pipeline.check import run_checks
from painl10n.project import Project
from tests.helpers.line_endings import to_crlf

SLUG = "psychobiology-of-chronic-pain"


def test_crlf_catalogs_pass_as_their_lf_twins_do(site: Path) -> None:
    assert len(to_crlf(site)) >= 11
    report = run_checks(Project.load(site))
    assert report.findings == []
    assert len(report.catalogs) == 8
    assert all(c.percent == 100.0 for c in report.completion.values())


def test_a_cr_inside_a_translation_is_still_found(site: Path) -> None:
    to_crlf(site)
    path = site / "locales" / "es" / "LC_MESSAGES" / f"{SLUG}.po"
    text = path.read_bytes().decode()
    start = text.index('msgstr "La psicobiolog')
    cut = start + len('msgstr "La')
    path.write_bytes((text[:cut] + "\r" + text[cut:]).encode())  # a lone CR, in the string

    findings = run_checks(Project.load(site), ["es"]).findings

    assert [(f.check, f.severity, f.file, f.line) for f in findings] == [
        (
            "hidden-characters",
            "error",
            f"locales/es/LC_MESSAGES/{SLUG}.po",
            text.count("\n", 0, start),
        )
    ]
    assert "U+000D" in findings[0].message
