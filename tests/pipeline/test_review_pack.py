# ruff: noqa: RUF001  (dose ranges are written with an en dash, as the articles write them)
"""``review pack`` and ``review import`` on disk: the sheet's round trip through openpyxl and
Python's csv, decisions applied only to the text reviewed, and a bad sheet refused whole."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from painl10n.catalogs import signoff
from painl10n.errors import Painl10nError, Painl10nErrors
from painl10n.pipeline.review_import import import_review
from painl10n.pipeline.review_pack import write_pack
from painl10n.project import Project
from tests.helpers.project import snapshot
from tests.helpers.review import (
    COMMON,
    DOSE,
    DRIVE,
    SLUG,
    TITLE,
    catalog_path,
    edit_catalog,
    entry,
    fill_csv,
    fill_xlsx,
    read_catalog,
    review_project,
)

Run = Callable[..., subprocess.CompletedProcess[str]]
DAY = date(2026, 12, 6)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return review_project(tmp_path / "site")


def test_pack_has_a_row_per_entry_in_article_order_and_is_deterministic(root: Path) -> None:
    project = Project.load(root)
    result = write_pack(project, "es", root / "pack")
    assert sorted(result.files.changed) == sorted(
        (root / "pack" / name).as_posix()
        for name in ("index.html", f"{SLUG}.html", "review-es.xlsx", "review-es.csv")
    )
    (article,) = result.articles
    live = [e for e in read_catalog(root, "es") if not e.obsolete]
    assert [row.source for row in article.rows] == [e.msgid for e in live]
    assert [row.line for row in article.rows] == sorted(row.line for row in article.rows)
    assert {row.state for row in article.rows} == {"awaiting-review"}
    again = write_pack(project, "es", root / "pack")
    assert again.files.changed == [] and len(again.files.unchanged) == 4


def test_xlsx_round_trip(root: Path) -> None:
    # A translator's error the check reports: the dose changed.
    edit_catalog(root, "es", lambda e: setattr(e, "msgstr", e.msgstr.replace("200", "250")), DOSE)
    project = Project.load(root)
    write_pack(project, "es", root / "pack")
    sheet = root / "pack" / "review-es.xlsx"
    rows = fill_xlsx(
        sheet,
        {
            TITLE: ("approved", "", "Dr. Ana Ruiz"),
            DOSE: ("approved", "", "Dr. Ana Ruiz"),
            DRIVE: ("rejected", "«No conduzca» está bien, pero falta «ni maneje máquinas»", ""),
            COMMON: ("approved", "", ""),
        },
    )
    # The translator edits a row after the pack was written: that decision is stale.
    edit_catalog(root, "es", lambda e: setattr(e, "msgstr", "El dolor crónico es común."), COMMON)

    result = import_review(project, sheet, by="Luis Pérez", day=DAY)

    assert (result.approved, result.rejected) == (1, 1)
    stale = "the entry changed since the pack was written: not applied, review it again"
    assert [(item.row, item.reason) for item in result.not_applied] == [
        (
            rows[DOSE],
            "check error [numbers] 200 mg in the source is missing in the translation "
            "(found 250 mg); not approved",
        ),
        (rows[COMMON], stale),
    ]
    title = entry(root, "es", TITLE)
    assert signoff.is_signed_off(title)
    assert signoff.signoff_of(title) == signoff.SignOff(
        "Dr. Ana Ruiz", "2026-12-06", signoff.text_digest(title)
    )
    assert not signoff.is_signed_off(entry(root, "es", DOSE))
    assert not signoff.is_signed_off(entry(root, "es", COMMON))
    drive = entry(root, "es", DRIVE)
    assert "fuzzy" in drive.flags
    assert signoff.rejection_of(drive) == (
        "painl10n-rejected: 2026-12-06 by Luis Pérez: "
        "«No conduzca» está bien, pero falta «ni maneje máquinas»"
    )
    ledger = signoff.read_ledger(project.signoff_ledger_path("es", SLUG).read_bytes())
    assert {d: (r.msgid, r.msgstr, r.reviewer) for d, r in ledger.items()} == {
        signoff.text_digest(title): (TITLE, "Dosis de ketamina", "Dr. Ana Ruiz")
    }

    (article,) = write_pack(project, "es", root / "after").articles
    assert [(row.state, row.state_text) for row in article.rows] == [
        ("signed-off", "signed off by Dr. Ana Ruiz on 2026-12-06"),
        ("awaiting-review", "awaiting review"),
        (
            "rejected",
            "rejected on 2026-12-06 by Luis Pérez: "
            "«No conduzca» está bien, pero falta «ni maneje máquinas»",
        ),
        ("awaiting-review", "awaiting review"),
    ]

    before = snapshot(root / "locales")
    again = import_review(project, sheet, by="Luis Pérez", day=date(2026, 12, 7))
    assert (again.approved, again.rejected, again.unchanged) == (0, 0, 2)
    assert again.files.changed == [] and snapshot(root / "locales") == before


def test_csv_round_trip(root: Path) -> None:
    edit_catalog(root, "ar", lambda e: setattr(e, "msgstr", ""), COMMON)
    edit_catalog(root, "ar", lambda e: e.flags.append("fuzzy"), DRIVE)
    project = Project.load(root)
    write_pack(project, "ar", root / "pack")
    sheet = root / "pack" / "review-ar.csv"
    rows = fill_csv(
        sheet,
        {
            TITLE: ("approved", "", "د. ليلى حداد"),
            DOSE: ("approved", "", ""),
            DRIVE: ("approved", "", ""),
            COMMON: ("approved", "", ""),
        },
    )
    result = import_review(project, sheet, by="Dr. Layla Haddad", day=DAY)
    assert result.approved == 2
    assert [(item.row, item.reason) for item in result.not_applied] == [
        (rows[DRIVE], "fuzzy: the translator has not confirmed this translation; not approved"),
        (rows[COMMON], "untranslated; not approved"),
    ]
    reviewers = {
        e.msgid: made.reviewer
        for e in read_catalog(root, "ar")
        if signoff.is_signed_off(e) and (made := signoff.signoff_of(e))
    }
    assert reviewers == {TITLE: "د. ليلى حداد", DOSE: "Dr. Layla Haddad"}


def test_pack_after_an_edit_shows_the_signed_text(root: Path) -> None:
    project = Project.load(root)
    write_pack(project, "es", root / "pack")
    fill_xlsx(root / "pack" / "review-es.xlsx", {DOSE: ("approved", "", "Ana")})
    import_review(project, root / "pack" / "review-es.xlsx", day=DAY)
    edit_catalog(root, "es", lambda e: setattr(e, "msgstr", e.msgstr.replace("6", "8")), DOSE)
    (article,) = write_pack(project, "es", root / "pack2").articles
    (row,) = [row for row in article.rows if row.source == DOSE]
    assert row.state == "awaiting-review"
    assert row.state_text == "awaiting review (changed since signed off by Ana on 2026-12-06)"
    assert row.previous is not None
    assert row.previous.msgstr == "Tome 100–200 mg de ketamina cada 6 horas."


@pytest.mark.parametrize(
    ("decisions", "by", "message"),
    [
        ({DOSE: ("perhaps", "", "Ana")}, None, "row 3: decision 'perhaps' is neither"),
        ({DRIVE: ("rejected", "", "Ana")}, None, "row 4: a rejection needs a comment"),
        ({DOSE: ("approved", "", "")}, None, "row 3: no reviewer named"),
        ({DOSE: ("approved", "", "Ana; Luis")}, None, "row 3: reviewer name 'Ana; Luis'"),
    ],
)
def test_a_bad_sheet_writes_nothing(
    root: Path, decisions: dict[str, tuple[str, str, str]], by: str | None, message: str
) -> None:
    project = Project.load(root)
    write_pack(project, "es", root / "pack")
    sheet = root / "pack" / "review-es.xlsx"
    fill_xlsx(sheet, {TITLE: ("approved", "", "Ana"), **decisions})
    before = snapshot(root / "locales")
    with pytest.raises(Painl10nError) as caught:
        import_review(project, sheet, by=by, day=DAY)
    assert message in str(caught.value)
    assert snapshot(root / "locales") == before


def test_cli_pack_and_import(root: Path, run_cli: Run) -> None:
    pack = root / "pack"
    done = run_cli("review", "pack", "-l", "es", SLUG, "-o", str(pack), "-p", str(root))
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith(": 1 articles, 4 rows; 4 files written, 0 unchanged\n")
    fill_csv(pack / "review-es.csv", {TITLE: ("approved", "", ""), DOSE: ("maybe", "", "")})
    done = run_cli("review", "import", str(pack / "review-es.csv"), "--by", "Ana", "-p", str(root))
    assert done.returncode == 2
    assert done.stderr == (
        f"painl10n: error: {pack.as_posix()}/review-es.csv: row 3: decision 'maybe' is neither "
        "approved nor rejected (choose approved or rejected, or leave the cell blank)\n"
    )
    fill_csv(pack / "review-es.csv", {DOSE: ("approved", "", "")})
    line = entry(root, "es", DOSE).linenum  # as the pack wrote it
    edit_catalog(root, "es", lambda e: setattr(e, "msgstr", e.msgstr + " "), DOSE)
    done = run_cli("review", "import", str(pack / "review-es.csv"), "--by", "Ana", "-p", str(root))
    assert done.returncode == 1
    assert "1 signed off, 0 rejected, 0 already so, 1 not applied" in done.stdout
    assert done.stderr == (
        f"{pack / 'review-es.csv'}: row 3 ({SLUG}, catalog line {line}): "
        "the entry changed since the pack was written: not applied, review it again\n"
    )
    assert signoff.is_signed_off(entry(root, "es", TITLE))
    assert catalog_path(root, "es").read_text("utf-8").count("painl10n-reviewed: ") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-l", "it"), "painl10n: error: painl10n.toml: language 'it' is not one of the project's"),
        (("-l", "es", "nothing"), "painl10n: error: no article 'nothing'"),
    ],
)
def test_cli_pack_refuses_unknown_names(
    root: Path, run_cli: Run, args: tuple[str, ...], message: str
) -> None:
    done = run_cli("review", "pack", *args, "-o", str(root / "pack"), "-p", str(root))
    assert done.returncode == 2
    assert done.stderr.startswith(message) and done.stderr.count("\n") == 1
    assert not (root / "pack").exists()


@pytest.mark.parametrize("command", ["pack", "import"])
def test_cli_help_example_parses(command: str, run_cli: Run) -> None:
    import shlex

    import typer

    from painl10n.cli import app

    done = run_cli("review", command, "--help")
    (example,) = [
        line.strip()
        for line in done.stdout.splitlines()
        if line.strip().startswith("painl10n review")
    ]
    words = shlex.split(example)
    group = typer.main.get_command(app)
    review = group.get_command(typer.Context(group), "review")  # type: ignore[attr-defined]
    found = review.get_command(typer.Context(review), command)
    found.make_context(f"review {command}", words[3:])  # raises on a bad option


def test_rows_naming_what_the_project_lacks_are_a_bad_file(root: Path) -> None:
    import csv
    import io

    project = Project.load(root)
    write_pack(project, "es", root / "pack")
    sheet = root / "pack" / "review-es.csv"
    records = list(csv.reader(io.StringIO(sheet.read_bytes().decode("utf-8-sig"), newline="")))
    column = {name: index for index, name in enumerate(records[0])}
    for record in records[1:]:
        record[column["decision"]], record[column["reviewer"]] = "approved", "Ana"
    records[1][column["article"]] = "gone"
    records[2][column["language"]] = "it"
    records.append(records[3])  # the same entry decided twice
    out = io.StringIO()
    csv.writer(out).writerows(records)
    sheet.write_bytes(out.getvalue().encode("utf-8-sig"))
    before = snapshot(root / "locales")
    with pytest.raises(Painl10nErrors) as caught:
        import_review(project, sheet, day=DAY)
    assert [error.message for error in caught.value.errors] == [
        "row 2: no article 'gone' in this project",
        "row 3: language 'it' is not one of the project's languages (es, ar) nor a "
        "pseudo-locale (en-XA, ar-XB)",
        "row 6: the same entry as row 4",
    ]
    assert snapshot(root / "locales") == before
