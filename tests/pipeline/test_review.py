"""``review approve/reject/list`` on a project on disk, and ``update`` voiding sign-offs."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from subprocess import CompletedProcess

import polib
import pytest

from painl10n.catalogs import signoff
from painl10n.checks.base import Finding
from painl10n.errors import Painl10nError
from painl10n.pipeline.check import run_checks
from painl10n.pipeline.clean import clean_orphans
from painl10n.pipeline.extract import extract
from painl10n.pipeline.move import move_article
from painl10n.pipeline.review import approve, reject, review_list
from painl10n.pipeline.update import update
from painl10n.po import read_po_file, write_po
from painl10n.project import Project
from tests.helpers.cli import assert_one_line_error
from tests.helpers.project import small_project, snapshot

DAY = date(2026, 12, 6)
ARTICLE = """# Dosing

Take 100 mg every 6 hours.

Do not take more than 4 doses a day.

Rest well.
"""
TRANSLATIONS = {
    "Dosing": "Dosis",
    "Take 100 mg every 6 hours.": "Tome 250 mg cada 6 horas.",  # a wrong dose: check error
    "Do not take more than 4 doses a day.": "No tome más de 4 dosis al día.",  # left fuzzy
}
Run = Callable[..., CompletedProcess[str]]


def catalog_path(root: Path) -> Path:
    return root / "locales" / "es" / "LC_MESSAGES" / "dose.po"


def ledger_path(root: Path) -> Path:
    return catalog_path(root).with_suffix(".signoffs")


def entries(root: Path) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in read_po_file(catalog_path(root)) if not e.obsolete}


def edit(root: Path, msgid: str, msgstr: str) -> None:
    """A translator's edit, as a PO editor saves it."""
    catalog = read_po_file(catalog_path(root))
    for entry in catalog:
        if entry.msgid == msgid:
            entry.msgstr = msgstr
    catalog_path(root).write_text(write_po(catalog), "utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    root = small_project(tmp_path / "site", {"dose.md": ARTICLE}, languages='["es"]')
    loaded = Project.load(root)
    extract(loaded)
    update(loaded)
    catalog = read_po_file(catalog_path(root))
    for entry in catalog:
        if entry.msgid in TRANSLATIONS:
            entry.msgstr = TRANSLATIONS[entry.msgid]
        if entry.msgid.startswith("Do not"):
            entry.flags.append("fuzzy")
    catalog_path(root).write_text(write_po(catalog), "utf-8")
    return loaded


def test_approve_signs_what_passes_and_names_each_refusal(project: Project) -> None:
    root = project.settings.root
    result = approve(project, "es", reviewer="Ana Ruiz", day=DAY)
    assert [msgid for _, _, msgid in result.signed] == ["Dosing"]
    reasons = {r.msgid: r.reason for r in result.refused}
    assert set(reasons) == set(TRANSLATIONS) - {"Dosing"} | {"Rest well."}
    assert reasons["Take 100 mg every 6 hours."].startswith("check error [numbers]")
    assert reasons["Do not take more than 4 doses a day."].startswith("fuzzy")
    assert reasons["Rest well."].startswith("untranslated")
    for refusal in result.refused:  # each names its file and line
        assert str(refusal).startswith(f"locales/es/LC_MESSAGES/dose.po:{refusal.line}: ")
        assert entries(root)[refusal.msgid].linenum == refusal.line
    found = entries(root)
    assert signoff.is_signed_off(found["Dosing"])
    assert signoff.signoff_of(found["Dosing"]) == signoff.SignOff(
        "Ana Ruiz", "2026-12-06", signoff.text_digest(found["Dosing"])
    )
    assert not any(signoff.signoff_of(e) for m, e in found.items() if m != "Dosing")
    ledger = signoff.read_ledger(ledger_path(root).read_bytes())
    assert [(r.msgid, r.msgstr, r.reviewer) for r in ledger.values()] == [
        ("Dosing", "Dosis", "Ana Ruiz")
    ]
    before = snapshot(root / "locales")
    again = approve(project, "es", reviewer="Ana Ruiz", day=date(2027, 1, 1))
    assert (again.signed, again.already, again.files.changed) == ([], 1, [])
    assert snapshot(root / "locales") == before  # nothing rewritten, not even the day


def test_entry_refs_by_line_and_by_text(project: Project) -> None:
    root = project.settings.root
    line = entries(root)["Dosing"].linenum
    result = approve(project, "es", refs=[f"dose.po:{line}"], reviewer="Ana", day=DAY)
    assert [m for _, _, m in result.signed] == ["Dosing"] and result.refused == []
    result = approve(project, "es", refs=["6 HOURS"], reviewer="Ana", day=DAY)
    assert [r.msgid for r in result.refused] == ["Take 100 mg every 6 hours."]
    assert result.signed == []
    with pytest.raises(Painl10nError, match=r"matches 2 entries \(.*dose.po:\d+, .*dose.po:\d+\)"):
        approve(project, "es", refs=["take"], reviewer="Ana", day=DAY)
    with pytest.raises(Painl10nError, match="matches no entry"):
        approve(project, "es", refs=["dose.po:2"], reviewer="Ana", day=DAY)  # a header line
    with pytest.raises(Painl10nError, match="no es catalog for the article 'nope'"):
        approve(project, "es", ["nope"], reviewer="Ana", day=DAY)
    with pytest.raises(Painl10nError, match="without ';'"):
        approve(project, "es", reviewer="Ana; Bo", day=DAY)


def test_any_edit_voids_and_update_says_so(project: Project) -> None:
    root = project.settings.root
    approve(project, "es", reviewer="Ana", day=DAY)
    signed_digest = signoff.signoff_of(entries(root)["Dosing"])
    edit(root, "Dosing", "Dosificación")
    assert not signoff.is_signed_off(entries(root)["Dosing"])
    assert signoff.is_stale(entries(root)["Dosing"])
    result = update(project)
    assert result.stats[("es", "dose")].voided == [(None, "Dosing")]
    voided = signoff.signoff_of(entries(root)["Dosing"])
    assert voided is not None and voided.void and signed_digest is not None
    assert voided.digest == signed_digest.digest
    ledger = signoff.read_ledger(ledger_path(root).read_bytes())
    assert ledger[voided.digest].msgstr == "Dosis"  # kept: the void line refers to it
    assert update(project).stats[("es", "dose")].voided == []  # said once
    queue = review_list(project, ["es"])[0].queue
    assert [(a.msgid, a.previous) for a in queue.awaiting] == [
        ("Dosing", voided),
        ("Take 100 mg every 6 hours.", None),
    ]
    approve(project, "es", reviewer="Bo", day=DAY)  # signed again: the old record goes
    ledger = signoff.read_ledger(ledger_path(root).read_bytes())
    assert [(r.msgstr, r.reviewer) for r in ledger.values()] == [("Dosificación", "Bo")]


def test_source_change_voids(project: Project) -> None:
    root = project.settings.root
    approve(project, "es", reviewer="Ana", day=DAY)
    (root / "source" / "dose.md").write_text(ARTICLE.replace("# Dosing", "# Dosing guide"), "utf-8")
    extract(project)
    result = update(project)
    assert result.stats[("es", "dose")].voided == [(None, "Dosing guide")]
    entry = entries(root)["Dosing guide"]
    assert entry.msgstr == "Dosis"  # the old translation, as a fuzzy suggestion
    assert "fuzzy" in entry.flags and not signoff.is_signed_off(entry)
    assert signoff.signoff_of(entry) is not None and signoff.signoff_of(entry).void  # type: ignore[union-attr]


def test_reject_makes_fuzzy_with_comment_and_drops_the_ledger(project: Project) -> None:
    root = project.settings.root
    approve(project, "es", reviewer="Ana", day=DAY)
    assert ledger_path(root).is_file()
    result = reject(
        project, "es", "dose", "Dosing", reviewer="Ana", day=DAY, comment='"Posología", please'
    )
    entry = entries(root)["Dosing"]
    assert "fuzzy" in entry.flags and signoff.signoff_of(entry) is None
    assert (
        signoff.rejection_of(entry) == 'painl10n-rejected: 2026-12-06 by Ana: "Posología", please'
    )
    assert result.comment == signoff.rejection_of(entry)
    assert not ledger_path(root).exists()  # no sign-off left refers to a record
    with pytest.raises(Painl10nError, match="not translated"):
        reject(project, "es", "dose", "Rest well", reviewer="Ana", day=DAY, comment="x")
    with pytest.raises(Painl10nError, match="needs a comment"):
        reject(project, "es", "dose", "Take 100", reviewer="Ana", day=DAY, comment="  ")


def test_mv_and_clean_take_the_ledger(project: Project) -> None:
    root = project.settings.root
    approve(project, "es", reviewer="Ana", day=DAY)
    data = ledger_path(root).read_bytes()
    move_article(project, "dose", "dosing")
    moved = root / "locales" / "es" / "LC_MESSAGES" / "dosing.signoffs"
    assert moved.read_bytes() == data and not ledger_path(root).exists()
    assert signoff.is_signed_off(
        next(e for e in read_po_file(moved.with_suffix(".po")) if e.msgid == "Dosing")
    )
    result = clean_orphans(project)  # no article has the slug 'dosing'
    assert "locales/es/LC_MESSAGES/dosing.signoffs" in result.files.removed
    assert not moved.exists()


def test_cli_list_approve_reject(project: Project, run_cli: Run) -> None:
    root = str(project.settings.root)
    done = run_cli("review", "approve", "-l", "es", "--by", "Ana Ruiz", "-p", root)
    assert done.returncode == 1  # some refused
    refused = done.stderr.strip().splitlines()
    assert len(refused) == 3 and all(
        line.startswith("painl10n: refused: locales/es/LC_MESSAGES/dose.po:") for line in refused
    )
    assert (
        done.stdout.strip().splitlines()[-1]
        == "1 entries approved, 0 already signed off, 3 refused"
    )
    listed = run_cli("review", "list", "-p", root, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    (item,) = json.loads(listed.stdout)
    assert (item["article"], item["translated"], item["reviewed"], item["fuzzy"]) == (
        "dose",
        2,
        1,
        1,
    )
    assert [e["msgid"] for e in item["entries"]] == ["Take 100 mg every 6 hours."]
    text = run_cli("review", "list", "-p", root).stdout.splitlines()
    assert text[0].startswith("es/dose: 1/2 translated reviewed, 1 awaiting review")
    line = item["entries"][0]["line"]
    assert text[1] == f"  locales/es/LC_MESSAGES/dose.po:{line}: Take 100 mg every 6 hours."
    done = run_cli(
        "review", "reject", "-l", "es", "dose", "--entry", f"dose.po:{line}",
        "--by", "Ana", "--comment", "100 mg, not 250 mg", "-p", root,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "fuzzy" in entries(project.settings.root)["Take 100 mg every 6 hours."].flags
    assert_one_line_error(
        run_cli("review", "approve", "-l", "es", "--by", "A;B", "-p", root), "without ';'"
    )
    assert_one_line_error(run_cli("review", "approve", "-l", "xx", "--by", "A", "-p", root), "xx")
    assert_one_line_error(
        run_cli("review", "reject", "-l", "es", "dose", "--entry", "take", "--by", "A",
                "--comment", "x", "-p", root),
        "matches 2 entries",
    )  # fmt: skip


def unreviewed(report_findings: list[Finding]) -> dict[str, str]:
    return {f.msgid: f.message for f in report_findings if f.check == "unreviewed"}


def test_check_requires_review_only_when_asked(project: Project) -> None:
    root = project.settings.root
    assert unreviewed(run_checks(project).findings) == {}  # near miss: not required
    approve(project, "es", reviewer="Ana", day=DAY)
    edit(root, "Dosing", "Dosificación")
    add = "\n# painl10n-ignore: unreviewed, numbers\n"  # a translator cannot silence it
    text = catalog_path(root).read_text("utf-8")
    catalog_path(root).write_text(text.replace("\n#. paragraph\n", add + "#. paragraph\n", 1))
    report = run_checks(project, require_review=True)
    found = unreviewed(report.findings)
    assert found == {
        "Dosing": "signed off by Ana on 2026-12-06, but the text changed since: "
        "it needs a new review ('painl10n review approve')",
        "Take 100 mg every 6 hours.": "translated but not signed off by a reviewer "
        "('painl10n review approve')",
    }  # not the fuzzy or untranslated ones: their own checks report them
    assert all(f.severity == "error" for f in report.findings if f.check == "unreviewed")
    assert (
        unreviewed(run_checks(project, require_review=True, skip_checks=["unreviewed"]).findings)
        == {}
    )
    (root / "painl10n.toml").write_text('languages = ["es"]\nrequire_review = ["es"]\n')
    assert set(unreviewed(run_checks(Project.load(root)).findings)) == set(found)
    approve(project, "es", reviewer="Ana", day=DAY)  # 'numbers' silenced, as check does
    assert unreviewed(run_checks(Project.load(root)).findings) == {}


@pytest.mark.parametrize(
    ("value", "message"),
    [("1", "must be true, false or a list"), ('["de"]', "names 'de', which is not in")],
)
def test_require_review_setting_refused(tmp_path: Path, value: str, message: str) -> None:
    (tmp_path / "painl10n.toml").write_text(f'languages = ["es"]\nrequire_review = {value}\n')
    with pytest.raises(Painl10nError, match=re.escape(message)):
        Project.load(tmp_path)


def test_cli_update_names_each_voided_signoff(project: Project, run_cli: Run) -> None:
    root = project.settings.root
    approve(project, "es", reviewer="Ana", day=DAY)
    edit(root, "Dosing", "Dosificación")
    done = run_cli("update", "-p", str(root))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "es/dose: sign-off void (text changed since review): Dosing" in lines
    assert "1 sign-offs void: 'painl10n review list' shows what to review again" in lines
    again = run_cli("update", "-p", str(root)).stdout
    assert "sign-off void" not in again and "sign-offs void" not in again  # said once


def test_a_rename_found_by_update_takes_the_ledger(project: Project) -> None:
    root = project.settings.root
    approve(project, "es", reviewer="Ana", day=DAY)
    data = ledger_path(root).read_bytes()
    (root / "source" / "dose.md").rename(root / "source" / "dosing.md")
    extract(project)
    result = update(project)
    assert [(r.old, r.new) for r in result.renames.renamed] == [("dose", "dosing")]
    moved = root / "locales" / "es" / "LC_MESSAGES" / "dosing.signoffs"
    assert moved.read_bytes() == data and not ledger_path(root).exists()
    catalog = read_po_file(moved.with_suffix(".po"))
    assert signoff.is_signed_off(next(e for e in catalog if e.msgid == "Dosing"))
