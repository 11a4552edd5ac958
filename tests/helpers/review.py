# ruff: noqa: RUF001  (dose ranges are written with an en dash, as the articles write them)
"""A small project to review (es and ar, one article with a dose, a negation and terms),
and the reviewer's side: filling the sheet as a spreadsheet user would."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import polib
from openpyxl import load_workbook

from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po, write_po
from painl10n.project import Project

from . import REPO
from .project import small_project

SLUG = "dosing"
ARTICLE = """---
title: Ketamine dosing
---

# Ketamine dosing

Take 100–200 mg of ketamine every 6 hours.

Do not drive after a dose of ketamine.

Chronic pain is common.
"""
TITLE = "Ketamine dosing"
DOSE = "Take 100–200 mg of ketamine every 6 hours."
DRIVE = "Do not drive after a dose of ketamine."
COMMON = "Chronic pain is common."
TRANSLATIONS: dict[str, dict[str, str]] = {
    "es": {
        TITLE: "Dosis de ketamina",
        DOSE: "Tome 100–200 mg de ketamina cada 6 horas.",
        DRIVE: "No conduzca después de una dosis de ketamina.",
        COMMON: "El dolor crónico es frecuente.",
    },
    "ar": {
        TITLE: "جرعات الكيتامين",
        DOSE: "تناول 100–200 ملغ من الكيتامين كل 6 ساعات.",
        DRIVE: "لا تقد السيارة بعد تناول جرعة من الكيتامين.",
        COMMON: "الألم المزمن شائع.",
    },
}


def review_project(root: Path) -> Path:
    """The project, extracted and updated, every entry translated (none signed off)."""
    small_project(root, {f"{SLUG}.md": ARTICLE}, '["es", "ar"]')
    (root / "locales").mkdir()
    shutil.copy(REPO / "locales" / "glossary.tbx", root / "locales" / "glossary.tbx")
    project = Project.load(root)
    extract(project)
    update(project)
    for language, texts in TRANSLATIONS.items():
        edit_catalog(root, language, lambda e, t=texts: setattr(e, "msgstr", t[e.msgid]))
    return root


def catalog_path(root: Path, language: str) -> Path:
    return root / "locales" / language / "LC_MESSAGES" / f"{SLUG}.po"


def read_catalog(root: Path, language: str) -> polib.POFile:
    path = catalog_path(root, language)
    return read_po(path.read_text("utf-8"), path=str(path))


def entry(root: Path, language: str, msgid: str) -> polib.POEntry:
    (found,) = [e for e in read_catalog(root, language) if e.msgid == msgid and not e.obsolete]
    return found


def edit_catalog(
    root: Path, language: str, change: Callable[[polib.POEntry], object], msgid: str | None = None
) -> None:
    """Apply ``change`` to every live entry (or to the one of ``msgid``), as a translator."""
    catalog = read_catalog(root, language)
    for item in catalog:
        if not item.obsolete and (msgid is None or item.msgid == msgid):
            change(item)
    catalog_path(root, language).write_text(write_po(catalog), "utf-8")


def fill_xlsx(path: Path, decisions: Mapping[str, tuple[str, str, str]]) -> dict[str, int]:
    """Mark rows of the XLSX sheet as a reviewer does: ``source text → (decision, comment,
    reviewer)``; returns each decided source's sheet row."""
    workbook = load_workbook(path)
    sheet = workbook["review"]
    header = [cell.value for cell in sheet[1]]
    rows: dict[str, int] = {}
    for row in sheet.iter_rows(min_row=2):
        source = row[header.index("source")].value
        if source in decisions:
            decision, comment, reviewer = decisions[source]
            row[header.index("decision")].value = decision
            row[header.index("comment")].value = comment or None
            row[header.index("reviewer")].value = reviewer or None
            rows[str(source)] = row[0].row
    workbook.save(path)
    return rows


def fill_csv(path: Path, decisions: Mapping[str, tuple[str, str, str]]) -> dict[str, int]:
    """:func:`fill_xlsx` for the CSV sheet (written back as Excel saves 'CSV UTF-8')."""
    records = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    header = records[0]
    rows: dict[str, int] = {}
    for number, record in enumerate(records[1:], start=2):
        source = record[header.index("source")]
        if source in decisions:
            decision, comment, reviewer = decisions[source]
            record[header.index("decision")] = decision
            record[header.index("comment")] = comment
            record[header.index("reviewer")] = reviewer
            rows[source] = number
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(records)
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    return rows
