"""The review sheet: a row per entry where the reviewer marks approved or rejected.

Two forms with the same columns: XLSX (openpyxl), with a drop-down for the
decision, everything locked but the three columns the reviewer fills, and
the hidden ``digest`` column that binds the row to the exact text reviewed;
and CSV, UTF-8 with a byte order mark so that Excel reads Arabic. Both are
byte-identical from one run to the next (fixed timestamps in the XLSX).

Reading a sheet back validates it whole: a file that is not one of ours, a
missing column, a decision that is not ``approved`` or ``rejected``, a
rejection without a comment — one line each, naming the sheet row.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..errors import Painl10nError, raise_all
from ..languages import text_direction
from ..text.visible import visible
from .model import Row

SHEET = "review"
COLUMNS = (
    "language",
    "article",
    "catalog line",
    "context",
    "source",
    "translation",
    "state",
    "findings",
    "decision",
    "comment",
    "reviewer",
    "digest",
)
FILLED = ("decision", "comment", "reviewer")  # the columns a reviewer writes in
REQUIRED = ("language", "article", "catalog line", "decision", "comment", "reviewer", "digest")
DECISIONS = ("approved", "rejected")
DIGEST_PREFIX = "sha256:"  # never a number to a spreadsheet, whatever its hex digits
_DIGEST = re.compile(rf"{DIGEST_PREFIX}([0-9a-f]{{20}})")
_FIXED_TIME = datetime(2000, 1, 1)  # a constant: two runs write the same bytes
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_WIDTHS = {"source": 60, "translation": 60, "findings": 40, "comment": 40, "context": 18}
# What a spreadsheet would read as a formula at the start of a CSV cell.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Decision:
    """One decided row of a sheet read back."""

    row: int  # the sheet's row number, as a spreadsheet shows it (1 is the header)
    language: str
    article: str
    line: str
    decision: str  # "approved" or "rejected"
    comment: str
    reviewer: str
    digest: str


def cells(row: Row, language: str) -> list[str | int]:
    """One row's values, in :data:`COLUMNS` order (the reviewer's three left blank);
    hidden characters are shown as escapes, as on the pages (and a spreadsheet cannot
    hold most control characters)."""
    values: list[str | int] = [
        language,
        row.article,
        row.line,
        row.where,
        row.source,
        row.translation,
        row.state_text,
        row.findings_text,
        "",
        "",
        "",
        DIGEST_PREFIX + row.digest,
    ]
    return [visible(value) if isinstance(value, str) else value for value in values]


def xlsx_bytes(rows: Sequence[Row], language: str) -> bytes:
    """The sheet as an XLSX workbook (one sheet, ``review``)."""
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = SHEET
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    rtl = text_direction(language) == "rtl"
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(cells(row, language), start=1):
            cell = sheet.cell(row=number, column=column)
            cell.value = value
            if cell.data_type == "f":  # a translation that starts with "=" is text
                cell.data_type = "s"
            name = COLUMNS[column - 1]
            cell.alignment = Alignment(
                wrap_text=name in _WIDTHS,
                vertical="top",
                readingOrder=2 if rtl and name == "translation" else 0,
            )
            if name in FILLED:
                cell.protection = Protection(locked=False)
    _columns(sheet, len(rows))
    workbook.properties.creator = "painl10n"
    workbook.properties.title = f"painl10n review sheet ({language})"
    workbook.properties.created = _FIXED_TIME
    workbook.properties.modified = _FIXED_TIME
    return _fixed_zip(workbook)


def _columns(sheet: Worksheet, count: int) -> None:
    letter = {name: get_column_letter(index) for index, name in enumerate(COLUMNS, start=1)}
    for name, width in _WIDTHS.items():
        sheet.column_dimensions[letter[name]].width = width
    sheet.column_dimensions[letter["digest"]].hidden = True
    sheet.freeze_panes = "A2"
    if count:
        choice = DataValidation(
            type="list",
            formula1='"' + ",".join(DECISIONS) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="decision",
            error="Choose approved or rejected (or leave it blank).",
        )
        choice.add(f"{letter['decision']}2:{letter['decision']}{count + 1}")
        sheet.add_data_validation(choice)
    # Locked: the texts and the digest; the reviewer may still resize and filter.
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.protection.autoFilter = False
    sheet.auto_filter.ref = f"A1:{letter[COLUMNS[-2]]}{count + 1}"


def _fixed_zip(workbook: Workbook) -> bytes:
    """The workbook's bytes with every timestamp fixed (openpyxl stamps the time of saving)."""
    saved = io.BytesIO()
    workbook.save(saved)
    fixed = io.BytesIO()
    with (
        zipfile.ZipFile(saved) as source,
        zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + _FIXED_TIME.isoformat().encode() + rb"Z\g<2>",
                    data,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, data)
    return fixed.getvalue()


def csv_bytes(rows: Sequence[Row], language: str) -> bytes:
    """The sheet as CSV: UTF-8 with a byte order mark (Excel then reads Arabic), CRLF."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_csv_text(value) for value in cells(row, language)])
    return out.getvalue().encode("utf-8-sig")


def _csv_text(value: str | int) -> str | int:
    """A text a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


# -- reading a sheet back --------------------------------------------------------


def read_sheet(data: bytes, shown: str) -> list[Decision]:
    """The decided rows of an XLSX or CSV sheet (by its name's ending), validated whole."""
    lower = shown.lower()
    if lower.endswith(".xlsx"):
        table = _xlsx_rows(data, shown)
    elif lower.endswith(".csv"):
        table = _csv_rows(data, shown)
    else:
        raise Painl10nError(
            "not a review sheet: its name must end in .xlsx or .csv",
            path=shown,
            hint="import the sheet 'painl10n review pack' wrote",
        )
    return _decisions(table, shown)


def _xlsx_rows(data: bytes, shown: str) -> list[list[str]]:
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise Painl10nError(
            f"not an XLSX workbook that can be read ({type(exc).__name__})",
            path=shown,
            hint="import the sheet 'painl10n review pack' wrote, saved as .xlsx",
        ) from exc
    try:
        if SHEET not in workbook.sheetnames:
            raise _not_ours(shown, f"it has no sheet named {SHEET!r}")
        return [
            [_text(value) for value in values]
            for values in workbook[SHEET].iter_rows(values_only=True)
        ]
    finally:
        workbook.close()


def _csv_rows(data: bytes, shown: str) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Painl10nError(
            f"not UTF-8 text (byte {exc.start})",
            path=shown,
            hint="save the sheet as 'CSV UTF-8' (Excel) or UTF-8 CSV",
        ) from None
    header = text.split("\n", 1)[0]
    # Excel writes ';' between cells where ',' is the decimal comma (es, fr, de …).
    delimiter = max(",;\t", key=header.count)
    try:
        return [
            list(record)
            for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error as exc:
        raise Painl10nError(f"not a CSV file that can be read: {exc}", path=shown) from None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _not_ours(shown: str, why: str) -> Painl10nError:
    return Painl10nError(
        f"not a painl10n review sheet: {why}",
        path=shown,
        hint="import the sheet 'painl10n review pack' wrote (its columns are "
        + ", ".join(COLUMNS)
        + ")",
    )


def _decisions(table: list[list[str]], shown: str) -> list[Decision]:
    if not table:
        raise _not_ours(shown, "it is empty")
    header = [name.strip().casefold() for name in table[0]]
    if "digest" not in header:
        raise _not_ours(shown, "its first row has no 'digest' column")
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise Painl10nError(
            f"the sheet's first row lacks the column{'s' if len(missing) > 1 else ''} "
            + ", ".join(repr(name) for name in missing),
            path=shown,
            hint="import the sheet as 'painl10n review pack' wrote it, its columns kept",
        )
    at = {name: header.index(name) for name in REQUIRED}
    found: list[Decision] = []
    errors: list[Painl10nError] = []
    for number, record in enumerate(table[1:], start=2):
        values = {name: (record[i] if i < len(record) else "").strip() for name, i in at.items()}
        decision = values["decision"].casefold()
        if not decision:
            continue
        if decision not in DECISIONS:
            errors.append(
                Painl10nError(
                    f"row {number}: decision {values['decision']!r} is neither approved nor "
                    "rejected",
                    path=shown,
                    hint="choose approved or rejected, or leave the cell blank",
                )
            )
            continue
        digest = _DIGEST.fullmatch(values["digest"])
        if digest is None:
            errors.append(_not_ours(shown, f"row {number} has no digest of the text reviewed"))
            continue
        if decision == "rejected" and not values["comment"]:
            errors.append(
                Painl10nError(
                    f"row {number}: a rejection needs a comment for the translator",
                    path=shown,
                    hint="say in the comment column what is wrong",
                )
            )
            continue
        found.append(
            Decision(
                row=number,
                language=values["language"],
                article=values["article"],
                line=values["catalog line"],
                decision=decision,
                comment=values["comment"],
                reviewer=values["reviewer"],
                digest=digest[1],
            )
        )
    raise_all(errors)
    return found
