"""XLIFF 2.0 carries the sign-off both ways: signed off ↔ ``final``, never inferred."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from pathlib import Path

import polib

from painl10n.catalogs import signoff
from painl10n.exchange.xliff import NAMESPACE, export_xliff, import_xliff, unit_id
from painl10n.po import read_po_file, write_po
from painl10n.project import Project

Run = Callable[..., subprocess.CompletedProcess[str]]
X = "{" + NAMESPACE + "}"
SLUG = "psychobiology-of-chronic-pain"
DAY = date(2026, 12, 6)
NEGATED = 30  # "… may not be appropriate" → "… quizá no sea adecuada"


def _catalog(project: Project) -> polib.POFile:
    return read_po_file(project.catalog_path("es", SLUG))


def _save(project: Project, catalog: polib.POFile) -> None:
    project.catalog_path("es", SLUG).write_text(write_po(catalog), "utf-8")


def _states(path: Path) -> dict[str, str]:
    root = ET.parse(path).getroot()
    return {
        str(unit.get("id")): str(unit.find(X + "segment").get("state"))  # type: ignore[union-attr]
        for unit in root.iter(X + "unit")
    }


def _set_unit(path: Path, uid: str, state: str, target: str) -> None:
    ET.register_namespace("", NAMESPACE)
    tree = ET.parse(path)
    for unit in tree.getroot().iter(X + "unit"):
        if unit.get("id") == uid:
            segment = unit.find(X + "segment")
            assert segment is not None
            segment.set("state", state)
            element = segment.find(X + "target")
            assert element is not None
            element.text = target
    tree.write(path, encoding="utf-8", xml_declaration=True)


def _export(site: Path) -> Path:
    export_xliff(Project.load(site), ["es"], [SLUG], site / "x")
    return site / "x" / f"{SLUG}.es.xlf"


def test_signed_off_exports_final_and_a_stale_one_reviewed(site: Path) -> None:
    project = Project.load(site)
    catalog = _catalog(project)
    entries = list(catalog)
    signoff.sign(entries[2], "Ana Ruiz", DAY)
    signoff.sign(entries[4], "Ana Ruiz", DAY)
    entries[4].msgstr += " Editado."  # the translator changed it after the sign-off
    _save(project, catalog)
    states = _states(_export(site))
    assert states[unit_id(entries[2])] == "final"
    assert states[unit_id(entries[4])] == "reviewed"
    assert states[unit_id(entries[5])] == "reviewed"
    assert list(states.values()).count("final") == 1


def test_final_is_signed_off_only_in_a_named_reviewers_name(site: Path) -> None:
    project = Project.load(site)
    entry = list(_catalog(project))[2]
    path = _export(site)
    new_text = entry.msgstr + " Revisado."
    _set_unit(path, unit_id(entry), "final", new_text)

    anonymous = import_xliff(project, [path], "es")
    after = next(e for e in _catalog(project) if e.msgid == entry.msgid)
    assert after.msgstr == new_text and not after.fuzzy
    assert not signoff.is_signed_off(after)
    (waiting,) = anonymous.not_signed
    assert "--reviewed-by" in str(waiting) and "not signed off" in str(waiting)
    assert anonymous.signed_off == 0

    named = import_xliff(project, [path], "es", reviewer="Dr. Eva Roth", day=DAY)
    after = next(e for e in _catalog(project) if e.msgid == entry.msgid)
    assert signoff.is_signed_off(after)
    assert signoff.signoff_of(after) == signoff.SignOff(
        "Dr. Eva Roth", "2026-12-06", signoff.text_digest(after)
    )
    assert (named.signed_off, named.not_signed) == (1, [])
    again = import_xliff(project, [path], "es", reviewer="Dr. Eva Roth", day=DAY)
    assert again.files.changed == [] and again.signed_off == 0


def test_final_with_a_check_error_is_not_signed_off(site: Path) -> None:
    project = Project.load(site)
    entry = list(_catalog(project))[NEGATED]
    assert " no sea adecuada" in entry.msgstr
    path = _export(site)
    _set_unit(path, unit_id(entry), "final", entry.msgstr.replace(" no sea", " sea"))
    result = import_xliff(project, [path], "es", reviewer="Dr. Eva Roth", day=DAY)
    (refused,) = result.not_signed
    assert "negation" in refused.reason and refused.line is not None
    after = next(e for e in _catalog(project) if e.msgid == entry.msgid)
    assert signoff.signoff_of(after) is None and result.signed_off == 0


def test_a_changed_target_voids_the_signoff(site: Path) -> None:
    project = Project.load(site)
    catalog = _catalog(project)
    entry = list(catalog)[2]
    signoff.sign(entry, "Ana Ruiz", DAY)
    _save(project, catalog)
    path = _export(site)
    _set_unit(path, unit_id(entry), "reviewed", entry.msgstr + " Cambiado.")
    result = import_xliff(project, [path], "es")
    after = next(e for e in _catalog(project) if e.msgid == entry.msgid)
    assert result.voided == 1 and not signoff.is_signed_off(after)
    voided = signoff.signoff_of(after)
    assert voided is not None and voided.void and voided.reviewer == "Ana Ruiz"


def test_cli_refuses_an_unrecordable_reviewer_in_one_line(site: Path, run_cli: Run) -> None:
    path = _export(site)
    before = _catalog(Project.load(site))
    done = run_cli("xliff", "import", str(path), "-p", str(site), "--reviewed-by", "Ana;Ruiz")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Ana;Ruiz" in done.stderr
    assert "Traceback" not in done.stderr
    assert write_po(_catalog(Project.load(site))) == write_po(before)
