"""``stats``, ``check``'s report and ``report``'s page and badges count reviewed beside
translated: what a reviewer signed off on its present text, and nothing else."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from painl10n.errors import Painl10nError
from painl10n.pipeline.review import approve
from painl10n.po import read_po_file, write_po
from painl10n.project import Project
from painl10n.reports.read import report_from_document

Run = Callable[..., CompletedProcess[str]]
KETAMINE = "ketamine-for-physical-and-mental-pain"
SVG = "{http://www.w3.org/2000/svg}"


def signed_site(site: Path) -> Path:
    """The shipped project with one Spanish article (28 strings) signed off, one entry
    of it edited since."""
    result = approve(
        Project.load(site), "es", [KETAMINE], reviewer="Ana Ruiz", day=date(2026, 12, 6)
    )
    assert len(result.signed) == 28 and not result.refused
    path = site / "locales" / "es" / "LC_MESSAGES" / f"{KETAMINE}.po"
    catalog = read_po_file(path)
    entry = next(e for e in catalog if e.msgid == "Tension headaches and migraines")
    entry.msgstr = entry.msgstr + " "  # a translator's edit, however small
    path.write_text(write_po(catalog), "utf-8")
    return site


def test_stats_json_and_text(site: Path, run_cli: Run) -> None:
    signed_site(site)
    done = run_cli("stats", "--format", "json", "-p", str(site))
    assert done.returncode == 0, done.stderr
    es = json.loads(done.stdout)["languages"]["es"]
    article = es["articles"][KETAMINE]["strings"]
    assert (article["translated"], article["reviewed"]) == (28, 27)
    assert article["reviewed_percent"] == round(100 * 27 / 28, 2)
    assert (es["strings"]["reviewed"], es["strings"]["total"]) == (27, 65)
    assert es["words"]["reviewed"] < es["words"]["translated"]
    fr = json.loads(done.stdout)["languages"]["fr"]["strings"]
    assert (fr["reviewed"], fr["reviewed_percent"]) == (0, 0.0)  # near miss: nothing signed
    text = run_cli("stats", "-l", "es", "-p", str(site)).stdout.splitlines()
    row = next(line.split() for line in text if line.split()[:2] == ["es", KETAMINE])
    assert row[2:9] == ["28", "28", "27", "0", "0", "100.0", "96.4"]


def test_check_report_json_text_and_read_back(site: Path, run_cli: Run) -> None:
    signed_site(site)
    done = run_cli("check", "-l", "es", "--format", "json", "-p", str(site))
    document = json.loads(done.stdout)
    es = document["summary"]["languages"]["es"]
    assert (es["reviewed"], es["reviewed_percent"]) == (27, round(100 * 27 / 65, 2))
    assert report_from_document(document).completion["es"].reviewed == 27
    text = run_cli("check", "-l", "es", "-p", str(site)).stdout
    assert re.search(r"^es: \d+/65 translated \(.*\), 27/65 reviewed \(41\.5%\), ", text, re.M)
    document["summary"]["languages"]["es"]["reviewed"] = 66  # contradicts its own counts
    with pytest.raises(Painl10nError, match=r"summary\.languages\.es: more reviewed than"):
        report_from_document(document)


def test_status_page_and_reviewed_badge(site: Path, run_cli: Run) -> None:
    signed_site(site)
    done = run_cli("report", "-l", "es", "-l", "fr", "-p", str(site))
    assert done.returncode == 0, done.stderr
    folder = site / "output" / "status"
    badge = ET.parse(folder / "badge-es-reviewed.svg").getroot()
    assert badge.findtext(f"{SVG}title") == "es reviewed: 41% reviewed"
    assert [t.text for t in badge.iter(f"{SVG}text")][-1] == "41%"
    plain = ET.parse(folder / "badge-es.svg").getroot()
    assert plain.findtext(f"{SVG}title") == "es: 100% translated"
    fr = ET.parse(folder / "badge-fr-reviewed.svg").getroot()
    assert fr.findtext(f"{SVG}title") == "fr reviewed: 0% reviewed"
    page = (folder / "index.html").read_text("utf-8")
    assert '<span class="reviewed">27 reviewed (41.5%)</span>' in page
    assert '<img src="badge-es-reviewed.svg" alt="es: 41% reviewed">' in page
