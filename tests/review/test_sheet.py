"""The review sheet as openpyxl and Python's csv read it, and the refusals of a bad one."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from painl10n.errors import Painl10nError, Painl10nErrors
from painl10n.review.model import Row, RowFinding
from painl10n.review.sheet import COLUMNS, csv_bytes, read_sheet, xlsx_bytes

ROWS = [
    Row("dosing", 22, "paragraph", "Take 5 mg.", "تناول 5 ملغ.", "awaiting-review",
        "awaiting review", "0123456789abcdef0123",
        (RowFinding("numbers", "error", "5 mg in the source is missing"),)),
    Row("dosing", 27, "", "=HYPERLINK(\"x\")", "=1+1", "signed-off",
        "signed off by Ana on 2026-12-06", "1e23456789012345678a"),
]  # fmt: skip


def test_xlsx_is_deterministic_and_shaped_for_a_reviewer() -> None:
    data = xlsx_bytes(ROWS, "ar")
    assert data == xlsx_bytes(ROWS, "ar")
    sheet = load_workbook(io.BytesIO(data))["review"]
    assert [cell.value for cell in sheet[1]] == list(COLUMNS)
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert values[0][:8] == [
        "ar", "dosing", 22, "paragraph", "Take 5 mg.", "تناول 5 ملغ.", "awaiting review",
        "error [numbers]: 5 mg in the source is missing",
    ]  # fmt: skip
    assert values[0][11] == "sha256:0123456789abcdef0123"
    assert values[1][4:6] == ['=HYPERLINK("x")', "=1+1"]  # text, never a formula
    assert {sheet.cell(3, column).data_type for column in (5, 6)} == {"s"}
    assert values[1][11] == "sha256:1e23456789012345678a"  # not a number in e-notation
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list" and validation.formula1 == '"approved,rejected"'
    assert str(validation.sqref) == "I2:I3"
    assert sheet.column_dimensions["L"].hidden
    assert sheet.protection.sheet
    assert [sheet.cell(2, c).protection.locked for c in range(1, 13)] == [
        True, True, True, True, True, True, True, True, False, False, False, True,
    ]  # fmt: skip
    assert sheet.cell(2, 6).alignment.readingOrder == 2  # the Arabic cell reads right to left
    assert sheet.cell(2, 5).alignment.readingOrder == 0


def test_csv_has_a_byte_order_mark_and_defuses_formulas() -> None:
    data = csv_bytes(ROWS, "es")
    assert data.startswith(b"\xef\xbb\xbf")
    records = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert records[0] == list(COLUMNS)
    assert records[1][4:6] == ["Take 5 mg.", "تناول 5 ملغ."]
    assert records[2][4:6] == ['\'=HYPERLINK("x")', "'=1+1"]
    assert data == csv_bytes(ROWS, "es")


def decided(rows: list[list[str]], name: str = "sheet.csv") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([list(COLUMNS), *rows])
    return out.getvalue().encode("utf-8-sig")


def row(decision: str, comment: str = "", digest: str = "sha256:" + "a" * 20) -> list[str]:
    return ["es", "dosing", "22", "", "src", "tgt", "", "", decision, comment, "Ana", digest]


def test_decisions_read_back_blank_rows_skipped() -> None:
    data = decided([row(" Approved "), row(""), row("rejected", "cada 6 horas")])
    found = read_sheet(data, "sheet.csv")
    assert [(d.row, d.decision, d.comment) for d in found] == [
        (2, "approved", ""),
        (4, "rejected", "cada 6 horas"),
    ]
    assert found[0].digest == "a" * 20 and found[0].reviewer == "Ana"


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"a,b\n1,2\n", "x.csv", "not a painl10n review sheet: its first row has no 'digest'"),
        (b"", "x.csv", "not a painl10n review sheet: it is empty"),
        (b"digest,decision\n", "x.csv", "lacks the columns 'language', 'article'"),
        (b"PK\x03\x04 broken", "x.xlsx", "not an XLSX workbook that can be read"),
        (b"\xff\xfe", "x.csv", "not UTF-8 text"),
        (b"", "x.ods", "its name must end in .xlsx or .csv"),
    ],
)
def test_a_file_that_is_not_our_sheet_is_one_line(data: bytes, name: str, message: str) -> None:
    with pytest.raises(Painl10nError) as caught:
        read_sheet(data, name)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith(name + ": ")


def test_every_bad_row_is_named() -> None:
    data = decided([row("maybe"), row("approved"), row("rejected"), row("approved", digest="x")])
    with pytest.raises(Painl10nErrors) as caught:
        read_sheet(data, "sheet.csv")
    lines = [str(error) for error in caught.value.errors]
    assert lines[0].startswith("sheet.csv: row 2: decision 'maybe' is neither approved nor")
    assert lines[1].startswith("sheet.csv: row 4: a rejection needs a comment")
    assert "row 5 has no digest" in lines[2]
    assert len(lines) == 3


def test_another_workbook_is_not_ours() -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    saved = io.BytesIO()
    workbook.save(saved)
    with pytest.raises(Painl10nError, match="it has no sheet named 'review'"):
        read_sheet(saved.getvalue(), "other.xlsx")


def test_hidden_and_control_characters_are_shown_in_both_sheets() -> None:
    """openpyxl refuses most control characters; a bidi override would mislead."""
    tricky = Row("dosing", 30, "", "Take 10 mg.", "Tome \u202e01\u202c mg.\x1b", "awaiting-review",
                 "awaiting review", "0123456789abcdef0123")  # fmt: skip
    sheet = load_workbook(io.BytesIO(xlsx_bytes([tricky], "es")))["review"]
    assert sheet.cell(2, 6).value == "Tome \\u202e01\\u202c mg.\\x1b"
    records = list(csv.reader(io.StringIO(csv_bytes([tricky], "es").decode("utf-8-sig"))))
    assert records[1][5] == "Tome \\u202e01\\u202c mg.\\x1b"


def test_csv_saved_with_semicolons_reads_back() -> None:
    """Excel saves CSV with ';' where the decimal mark is a comma (es, fr, de)."""
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows([list(COLUMNS), row("rejected", "1,5 mg; no 15")])
    (found,) = read_sheet(out.getvalue().encode("utf-8-sig"), "sheet.csv")
    assert (found.decision, found.comment) == ("rejected", "1,5 mg; no 15")
