"""Orphans, catalogs whose article is gone: reported by check, never compiled, cleaned."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from painl10n.errors import Painl10nError
from painl10n.pipeline.check import run_checks
from painl10n.pipeline.clean import clean_orphans
from painl10n.pipeline.compile import compile_catalogs
from painl10n.project import Project
from tests.helpers.project import snapshot

GONE = "psychobiology-of-chronic-pain"
KEPT = "ketamine-for-physical-and-mental-pain"
LANGUAGES = ["es", "fr", "de", "ar"]


def orphaned(site: Path) -> Project:
    """The shipped project with one article deleted (its template and catalogs left)."""
    (site / "source" / f"{GONE}.md").unlink()
    return Project.load(site)


def test_check_warns_of_each_orphaned_file_and_examines_none(site: Path) -> None:
    project = Project.load(site)
    before = [f for f in run_checks(project).findings if GONE in f.file]
    assert before == []
    (site / "locales" / "es" / "LC_MESSAGES" / f"{GONE}.po").write_text("broken", "utf-8")
    report = run_checks(orphaned(site), ["es", "fr"])
    found = [(f.check, f.severity, f.language, f.file) for f in report.findings if GONE in f.file]
    assert found == [
        ("orphan", "warning", "es", f"locales/es/LC_MESSAGES/{GONE}.po"),
        ("orphan", "warning", "fr", f"locales/fr/LC_MESSAGES/{GONE}.po"),
    ]
    assert "painl10n mv" in report.findings[-1].message
    assert all(GONE not in file for _, file in report.catalogs)
    assert report.errors == 0


def test_a_lone_orphaned_template_is_reported_once(site: Path) -> None:
    project = orphaned(site)
    for language in LANGUAGES:
        (site / "locales" / language / "LC_MESSAGES" / f"{GONE}.po").unlink()
    found = [(f.language, f.file) for f in run_checks(project, ["fr", "es"]).findings]
    assert found == [("fr", f"locales/templates/LC_MESSAGES/{GONE}.pot")]


def test_compile_leaves_orphans_out_and_removes_their_old_mo(site: Path) -> None:
    compile_catalogs(Project.load(site), ["es"])
    stale = site / "locales" / "es" / "LC_MESSAGES" / f"{GONE}.mo"
    assert stale.is_file()
    result = compile_catalogs(orphaned(site), ["es"])
    assert result.files.removed == [f"locales/es/LC_MESSAGES/{GONE}.mo"]
    assert result.files.unchanged == [f"locales/es/LC_MESSAGES/{KEPT}.mo"]
    assert not stale.exists()
    assert (site / "locales" / "es" / "LC_MESSAGES" / f"{GONE}.po").is_file()


def test_without_sources_nothing_is_an_orphan(site: Path) -> None:
    """A repository of catalogs alone: check and compile take every catalog."""
    shutil.rmtree(site / "source")
    project = Project.load(site)
    report = run_checks(project, ["es"])
    assert [f for f in report.findings if f.check == "orphan"] == []
    assert len(report.catalogs) == 2
    assert len(compile_catalogs(project, ["es"]).files.changed) == 2
    before = snapshot(site)
    with pytest.raises(Painl10nError, match="source folder"):  # never "every catalog"
        clean_orphans(project)
    assert snapshot(site) == before


def test_clean_lists_then_removes_only_the_orphans_files(site: Path) -> None:
    compile_catalogs(Project.load(site), ["es"])
    project = orphaned(site)
    (site / "locales" / "es" / "LC_MESSAGES" / "notes.txt").write_text("mine", "utf-8")
    before = snapshot(site)
    expected = [
        f"locales/templates/LC_MESSAGES/{GONE}.pot",
        *(
            f"locales/{lang}/LC_MESSAGES/{GONE}.{ext}"
            for lang in sorted(LANGUAGES)
            for ext in (["po", "mo"] if lang == "es" else ["po"])
        ),
    ]
    listed = clean_orphans(project, dry_run=True)
    assert (listed.slugs, listed.files.removed) == ([GONE], expected)
    assert snapshot(site) == before
    done = clean_orphans(project)
    assert done.files.removed == expected
    after = snapshot(site)
    assert sorted(set(before) - set(after)) == sorted(expected)
    assert all(after[name] == before[name] for name in after)
    assert clean_orphans(project).files.removed == []


def test_clean_refuses_a_linked_locale_folder(site: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / f"{GONE}.po").write_text("not ours", "utf-8")
    folder = site / "locales" / "de" / "LC_MESSAGES"
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    folder.symlink_to(elsewhere)
    with pytest.raises(Painl10nError, match="symbolic link"):
        clean_orphans(orphaned(site))
    assert (elsewhere / f"{GONE}.po").read_text("utf-8") == "not ours"
    assert (site / "locales" / "es" / "LC_MESSAGES" / f"{GONE}.po").is_file()


def test_file_stems_are_the_stems_glob_finds(tmp_path: Path) -> None:
    from painl10n.project import _files, file_stems

    folder = tmp_path / "LC_MESSAGES"
    folder.mkdir()
    for name in (".po", "a.po", "b.c.po", "..po", ".hidden.po", "x.PO", "apo", "t.pot", "ñ.po"):
        (folder / name).write_text("", "utf-8")
    (folder / "dir.po").mkdir()
    (folder / "gone.po").symlink_to(tmp_path / "missing")
    for suffix in (".po", ".pot"):
        globbed = sorted(path.stem for path in _files(folder, "*" + suffix))
        assert sorted(file_stems(folder, suffix)) == globbed
    assert "b.c" in file_stems(folder, ".po") and ".po" in file_stems(folder, ".po")
    assert file_stems(tmp_path / "missing", ".po") == [] == _files(tmp_path / "missing", "*.po")
    assert file_stems(folder / "a.po", ".po") == []  # a file, not a folder
