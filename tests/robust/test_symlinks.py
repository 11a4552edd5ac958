"""Committed symbolic links never make painl10n write, delete or truncate outside its folders.

A pull request can add a link; a CI job that builds it runs painl10n on it.
Each case puts the files a link leads to beside the project (``victim/``) and
proves they are byte for byte as they were, and that the step stopped with
one line naming the link. Steps run in this process; one runs the command
line to see the message as a user does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from painl10n.errors import Painl10nError
from painl10n.memory.cache import prune
from painl10n.pipeline.build import build
from painl10n.pipeline.clean import clean_orphans
from painl10n.pipeline.compile import compile_catalogs
from painl10n.pipeline.extract import extract
from painl10n.pipeline.move import move_article
from painl10n.pipeline.pseudo import write_pseudo_catalogs
from painl10n.pipeline.update import update
from painl10n.project import Project
from painl10n.reports.status import write_status
from painl10n.runtime.cachedir import cache_path
from painl10n.runtime.staging import sweep_leftovers
from tests.helpers.project import snapshot
from tests.helpers.tiny import make_tiny


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return make_tiny(tmp_path / "tiny")


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """Someone else's files, beside the project: what a link would lead to."""
    folder = tmp_path / "victim"
    folder.mkdir()
    for name in ("page.html", "notes.md", "thesis.po", "book.pot", "data.json", "pid.txt"):
        (folder / name).write_text(f"precious {name}\n", "utf-8")
    (folder / ("a" * 64 + ".json")).write_text("[]\n", "utf-8")  # named as the cache names
    return folder


def _refused(step: object, link: str) -> str:
    with pytest.raises(Painl10nError) as caught:
        step()  # type: ignore[operator]
    message = str(caught.value)
    assert "symbolic link" in message and link in message, message
    assert "remove the link" in message and "\n" not in message
    return message


def _link(path: Path, target: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target, target_is_directory=target.is_dir())


def test_a_linked_output_language_folder_is_not_emptied(tiny: Path, victim: Path) -> None:
    """``output/es -> ../../victim``: build used to delete its *.html and *.md as stale."""
    before = snapshot(victim)
    build(Project.load(tiny))  # a first build: the manifest knows its pages
    (tiny / "output" / "es").rename(tiny / "output" / "es-old")
    _link(tiny / "output" / "es", victim)
    _refused(lambda: build(Project.load(tiny)), "output/es")
    assert snapshot(victim) == before


def test_a_link_to_a_folder_inside_the_project_is_refused_too(tiny: Path) -> None:
    """``output/es -> ../source``: the articles are not pages to delete either."""
    before = snapshot(tiny / "source")
    _link(tiny / "output" / "es", tiny / "source")
    _refused(lambda: build(Project.load(tiny)), "output/es")
    assert snapshot(tiny / "source") == before


def test_the_command_line_names_the_link_in_one_line(
    tiny: Path, victim: Path, run_cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    _link(tiny / "output" / "es", victim)
    before = snapshot(victim)
    done = run_cli("build", cwd=tiny)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "will not write through the symbolic link output/es -> " in done.stderr
    assert "(remove the link" in done.stderr and "Traceback" not in done.stderr
    assert snapshot(victim) == before


def test_a_linked_cache_folder_is_not_pruned(tiny: Path, victim: Path) -> None:
    """``.painl10n/cache/units -> dir``: the prune deleted every *.json there."""
    project = Project.load(tiny)
    build(project)
    units = cache_path(tiny, "units")
    for path in units.iterdir():
        path.unlink()
    units.rmdir()
    _link(units, victim)
    before = snapshot(victim)
    _refused(lambda: prune(tiny, []), ".painl10n/cache/units")
    (tiny / "source" / "a.md").write_text("# Pain\n\nChronic pain lasts long.\n", "utf-8")
    with pytest.raises(Painl10nError, match="symbolic link"):
        build(Project.load(tiny))
    assert snapshot(victim) == before


def test_the_prune_removes_only_files_named_as_the_cache_names_them(tiny: Path) -> None:
    build(Project.load(tiny))
    units = cache_path(tiny, "units")
    mine = sorted(units.glob("*.json"))
    assert mine, "the build remembered its units"
    (units / "notes.json").write_text("{}", "utf-8")
    prune(tiny, [])
    assert sorted(p.name for p in units.iterdir()) == ["notes.json"]


def test_a_linked_pseudo_locale_folder_is_refused(tiny: Path, victim: Path) -> None:
    """``locales/en-XA/LC_MESSAGES -> dir``: pseudo deleted every foreign .po there."""
    _link(tiny / "locales" / "en-XA" / "LC_MESSAGES", victim)
    before = snapshot(victim)
    _refused(lambda: write_pseudo_catalogs(Project.load(tiny)), "en-XA/LC_MESSAGES")
    assert snapshot(victim) == before


def test_a_linked_templates_folder_is_refused(tiny: Path, victim: Path) -> None:
    """``locales/templates/LC_MESSAGES -> dir``: extract deleted every foreign .pot there."""
    _link(tiny / "locales" / "templates" / "LC_MESSAGES", victim)
    before = snapshot(victim)
    _refused(lambda: extract(Project.load(tiny)), "templates/LC_MESSAGES")
    assert snapshot(victim) == before


def test_a_hand_made_template_is_not_removed(tiny: Path) -> None:
    project = Project.load(tiny)
    extract(project)
    folder = project.templates_dir
    ours = folder / "gone.pot"
    ours.write_bytes((folder / "a.pot").read_bytes())
    theirs = folder / "glossary.pot"
    theirs.write_text('# kept by hand\nmsgid ""\nmsgstr ""\n', "utf-8")
    removed = extract(project).files.removed
    assert removed == ["locales/templates/LC_MESSAGES/gone.pot"]
    assert theirs.is_file() and not ours.exists()


def test_a_linked_lock_file_is_not_truncated(tiny: Path, victim: Path) -> None:
    """``locales/.painl10n.lock -> ~/.bashrc``: taking the lock truncated it to a pid."""
    _link(tiny / "locales" / ".painl10n.lock", victim / "pid.txt")
    before = snapshot(victim)
    _refused(lambda: extract(Project.load(tiny)), ".painl10n.lock")
    assert snapshot(victim) == before
    assert (tiny / "locales" / ".painl10n.lock").is_symlink()


def test_a_hard_linked_lock_file_is_not_truncated(tiny: Path, victim: Path) -> None:
    (tiny / "locales").mkdir()
    os.link(victim / "pid.txt", tiny / "locales" / ".painl10n.lock")
    before = snapshot(victim)
    with pytest.raises(Painl10nError, match="not a plain file of its own"):
        extract(Project.load(tiny))
    assert snapshot(victim) == before


def test_a_linked_locales_folder_is_refused(tiny: Path, victim: Path) -> None:
    """A link below the locales folder (``locales/es -> dir``): update writes no catalog there."""
    extract(Project.load(tiny))
    _link(tiny / "locales" / "es", victim)
    before = snapshot(victim)
    _refused(lambda: update(Project.load(tiny)), "locales/es")
    assert snapshot(victim) == before


def test_a_catalog_that_is_a_link_is_not_replaced(tiny: Path, victim: Path) -> None:
    """The file itself a link: replacing it would cut the link, not write through it;
    either way it is not painl10n's to touch."""
    project = Project.load(tiny)
    extract(project)
    update(project)
    catalog = project.catalog_path("es", "a")
    (victim / "thesis.po").write_bytes(catalog.read_bytes())
    catalog.unlink()
    _link(catalog, victim / "thesis.po")
    (tiny / "source" / "a.md").write_text("# Pain\n\nChronic pain lasts long.\n", "utf-8")
    extract(project)
    before = snapshot(victim)
    _refused(lambda: update(project), "LC_MESSAGES/a.po")
    assert snapshot(victim) == before and catalog.is_symlink()


def test_a_linked_status_folder_is_refused(tiny: Path, victim: Path) -> None:
    """``output/status -> dir``: the report wrote and deleted badges there."""
    project = Project.load(tiny)
    build(project)
    _link(tiny / "output" / "status", victim)
    (victim / "badge-fr.svg").write_bytes((tiny / "output" / "assets" / "icon.svg").read_bytes())
    before = snapshot(victim)
    _refused(lambda: write_status(project), "output/status")
    assert snapshot(victim) == before


def test_a_status_folder_named_by_the_user_is_followed(tiny: Path, tmp_path: Path) -> None:
    """``report -o DIR`` where DIR is a link: the user named it, so it is meant."""
    project = Project.load(tiny)
    real = tmp_path / "public"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    write_status(project, output=tmp_path / "link")
    assert (real / "index.html").is_file()


def test_leftovers_are_not_swept_through_a_link(tmp_path: Path) -> None:
    """A killed run's ``.x.<pid>-<n>.tmp`` is removed, but not in a linked folder."""
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    pid = int(dead.stdout)
    real, linked = tmp_path / "real", tmp_path / "linked"
    real.mkdir()
    linked.symlink_to(real, target_is_directory=True)
    leftover = real / f".page.html.{pid}-0.tmp"
    leftover.write_text("x", "utf-8")
    assert sweep_leftovers([linked]) == [] and leftover.exists()
    assert sweep_leftovers([real]) == [leftover] and not leftover.exists()


def test_user_files_in_the_output_folder_are_left(tiny: Path) -> None:
    """Only pages the manifest says painl10n wrote are stale; the rest is the publisher's."""
    project = Project.load(tiny)
    build(project)
    mine = [tiny / "output" / "es" / "about.html", tiny / "output" / "es" / "notes.md"]
    for path in mine:
        path.write_text("the publisher's\n", "utf-8")
    (tiny / "source" / "b.md").write_text("# Sleep\n\nSleep helps.\n", "utf-8")
    build(Project.load(tiny))
    (tiny / "source" / "b.md").unlink()
    removed = build(Project.load(tiny)).files.removed
    assert "output/es/b.html" in removed and "output/es/b.md" in removed
    assert all(path.read_text("utf-8") == "the publisher's\n" for path in mine)


def test_without_a_manifest_nothing_is_deleted(tiny: Path) -> None:
    """The cache is safe to delete: then painl10n does not know its pages, and keeps them."""
    project = Project.load(tiny)
    (tiny / "source" / "b.md").write_text("# Sleep\n\nSleep helps.\n", "utf-8")
    build(project)
    (tiny / "source" / "b.md").unlink()
    (tiny / ".painl10n" / "cache" / "build.json").unlink()
    build(Project.load(tiny))
    assert (tiny / "output" / "es" / "b.html").is_file()


def test_a_report_file_the_user_names_through_a_link_is_written(
    tiny: Path, tmp_path: Path, run_cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    """``check -o reports/check.json`` where ``reports`` is the user's link: meant, followed."""
    real = tmp_path / "real-reports"
    real.mkdir()
    (tmp_path / "reports").symlink_to(real)
    done = run_cli(
        "check", "-p", str(tiny), "-f", "json", "-o", str(tmp_path / "reports" / "c.json")
    )
    assert done.returncode in (0, 1), done.stderr
    assert (real / "c.json").is_file()


def test_mv_and_clean_refuse_a_linked_catalog_folder(tiny: Path, victim: Path) -> None:
    """``locales/es/LC_MESSAGES -> dir`` with an orphan there: clean would delete
    the victim's thesis.po, mv would move it."""
    project = Project.load(tiny)
    build(project)
    folder = project.catalogs_dir("es")
    (victim / "thesis.po").write_bytes((folder / "a.po").read_bytes())
    for item in folder.iterdir():
        item.unlink()
    folder.rmdir()
    _link(folder, victim)
    before = snapshot(victim)
    _refused(lambda: clean_orphans(Project.load(tiny)), "LC_MESSAGES")
    _refused(lambda: move_article(Project.load(tiny), "thesis", "b"), "LC_MESSAGES")
    assert snapshot(victim) == before


def test_compile_removes_no_stale_mo_through_a_link(tiny: Path, victim: Path) -> None:
    """An orphan's old .mo is removed by compile, but never through a linked folder."""
    project = Project.load(tiny)
    build(project)
    folder = project.catalogs_dir("es")
    (victim / "thesis.po").write_bytes((folder / "a.po").read_bytes())
    (victim / "thesis.mo").write_bytes(b"precious")
    _link(tiny / "locales" / "fr" / "LC_MESSAGES", victim)
    (tiny / "painl10n.toml").write_text('languages = ["es", "fr"]\n', "utf-8")
    before = snapshot(victim)
    with pytest.raises(Painl10nError, match="symbolic link"):
        compile_catalogs(Project.load(tiny), ["fr"])
    assert snapshot(victim) == before
