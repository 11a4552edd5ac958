"""The command line of renames: update says what it took over, mv, check, clean."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

Run = Callable[..., subprocess.CompletedProcess[str]]
OLD = "psychobiology-of-chronic-pain"
NEW = "chronic-pain"


def test_update_says_renamed(site: Path, run_cli: Run) -> None:
    (site / "source" / f"{OLD}.md").rename(site / "source" / f"{NEW}.md")
    done = run_cli("update", "-p", str(site), "-j", "1")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert f"renamed: {OLD} → {NEW} (4 languages)" in lines
    assert f"es/{NEW}: 37 kept, 0 new, 0 fuzzy, 0 revived, 0 obsolete, 0 retypeset" in lines


def test_update_says_when_it_cannot_decide(site: Path, run_cli: Run) -> None:
    source = site / "source" / f"{OLD}.md"
    text = source.read_text("utf-8")
    source.unlink()
    for name in ("copy-one", "copy-two"):
        (site / "source" / f"{name}.md").write_text(text, "utf-8")
    done = run_cli("update", "-p", str(site), "-l", "es", "-j", "1")
    assert done.returncode == 0, done.stderr
    assert (
        f"not renamed: the catalogs of {OLD} match several new articles (copy-one, copy-two); "
        f"run 'painl10n mv {OLD} NEW'"
    ) in done.stdout.splitlines()


def test_mv_takes_source_paths_relative_to_the_current_folder(site: Path, run_cli: Run) -> None:
    done = run_cli("mv", f"source/{OLD}.md", f"source/{NEW}.md", cwd=site)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"moved source/{OLD}.md → source/{NEW}.md"
    assert f"wrote locales/es/LC_MESSAGES/{NEW}.po" in lines
    assert f"removed locales/es/LC_MESSAGES/{OLD}.po" in lines
    assert lines[-1] == f"moved: {OLD} → {NEW} (4 languages)"
    assert (site / "source" / f"{NEW}.md").is_file()


def test_mv_refusal_is_one_line(site: Path, run_cli: Run) -> None:
    done = run_cli("mv", "-p", str(site), OLD, "ketamine-for-physical-and-mental-pain")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "already has catalogs" in done.stderr


def test_check_json_reports_orphans_and_clean_removes_them(site: Path, run_cli: Run) -> None:
    (site / "source" / f"{OLD}.md").unlink()
    done = run_cli("check", "-p", str(site), "-l", "es", "--format", "json")
    assert done.returncode == 0, done.stderr
    findings = json.loads(done.stdout)["findings"]
    orphans = [(f["check"], f["severity"], f["file"]) for f in findings if f["check"] == "orphan"]
    assert orphans == [("orphan", "warning", f"locales/es/LC_MESSAGES/{OLD}.po")]
    listed = run_cli("clean", "-p", str(site), "--dry-run")
    assert listed.returncode == 0, listed.stderr
    assert f"would remove locales/es/LC_MESSAGES/{OLD}.po" in listed.stdout.splitlines()
    assert (site / "locales" / "es" / "LC_MESSAGES" / f"{OLD}.po").is_file()
    cleaned = run_cli("clean", "-p", str(site))
    assert cleaned.stdout.splitlines()[-1] == "1 orphaned article, 5 files removed"
    assert not (site / "locales" / "es" / "LC_MESSAGES" / f"{OLD}.po").exists()
