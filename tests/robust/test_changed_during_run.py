"""A catalog a translator saves while a step runs is never overwritten with older content.

The step read the old catalog and computed its new text from it. Each test
saves the catalog at a chosen moment (between the reading and the commit,
by wrapping the step's own ``commit`` or ``stage``), so nothing here depends
on timing. The translator's file must survive byte for byte, the step must
stop with one line naming the file and asking for a rerun, and the rerun
must take the new content in.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from painl10n.errors import Painl10nError
from painl10n.pipeline import incremental
from painl10n.pipeline import update as update_module
from painl10n.pipeline.build import build
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po_file
from painl10n.project import Project
from painl10n.runtime import staging
from painl10n.runtime.fileio import read_bounded, write_if_changed
from painl10n.runtime.filestamp import stamp_of
from painl10n.runtime.lock import project_lock
from painl10n.runtime.staging import Staged, commit, stage
from tests.helpers.tiny import make_tiny


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return make_tiny(tmp_path / "tiny")


CATALOG = Path("locales/es/LC_MESSAGES/a.po")
SAVED = 'msgid "Chronic pain lasts."\nmsgstr "El dolor crónico dura."\n'


def _prepared(root: Path) -> Project:
    """A project whose Spanish catalog exists and whose source has just changed,
    so the next update or build rewrites the catalog."""
    project = Project.load(root)
    extract(project)
    update(project)
    (root / "source" / "a.md").write_text("# Pain\n\nChronic pain lasts.\n\nIt hurts.\n")
    extract(project)
    return project


def _translator_saves(root: Path) -> str:
    """What Poedit does: the catalog with a translation, written to a new file and renamed."""
    path = root / CATALOG
    text = path.read_text("utf-8").replace('msgid "Chronic pain lasts."\nmsgstr ""\n', SAVED)
    assert SAVED in text
    temporary = path.with_name("a.po.poedit")
    temporary.write_text(text, "utf-8")
    os.replace(temporary, path)
    return text


def _saving_before(
    monkeypatch: pytest.MonkeyPatch, module: Any, root: Path, saved: list[str]
) -> None:
    """Make ``module.commit`` save the catalog first, as if the translator just did."""

    def late_commit(items: Iterable[Staged]) -> list[Path]:
        items = list(items)
        if any(item.target.name == "a.po" for item in items) and not saved:
            saved.append(_translator_saves(root))
        return commit(items)

    monkeypatch.setattr(module, "commit", late_commit)


@pytest.mark.parametrize("step", ["update", "build"])
def test_a_catalog_saved_before_the_commit_is_kept(
    tiny: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    monkeypatch.chdir(tiny)  # files are named from where the user runs the command
    project = _prepared(tiny)
    saved: list[str] = []
    module = update_module if step == "update" else incremental
    _saving_before(monkeypatch, module, tiny, saved)
    run: Callable[[Project], object] = update if step == "update" else build
    with pytest.raises(Painl10nError) as caught:
        run(project)
    message = str(caught.value)
    assert message.startswith(f"{CATALOG}: changed on disk while painl10n ran"), message
    assert "run the command again" in message and "\n" not in message
    assert (tiny / CATALOG).read_text("utf-8") == saved[0]
    assert not list((tiny / CATALOG).parent.glob(".*.tmp")), "the staged files are discarded"
    monkeypatch.undo()
    run(Project.load(tiny))  # the rerun merges the translator's catalog
    entries = {e.msgid: e.msgstr for e in read_po_file(tiny / CATALOG)}
    assert entries["Chronic pain lasts."] == "El dolor crónico dura."
    assert "It hurts." in entries


def test_a_catalog_saved_between_reading_and_staging_is_kept(
    tiny: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stamp is taken when the file is read, not when the new one is staged."""
    project = _prepared(tiny)
    saved: list[str] = []

    def late_stage(path: Path, data: str | bytes, **options: Any) -> Staged | None:
        if path.name == "a.po" and not saved:
            saved.append(_translator_saves(tiny))
        return stage(path, data, **options)

    monkeypatch.setattr(update_module, "stage", late_stage)
    with pytest.raises(Painl10nError, match="changed on disk while painl10n ran"):
        update(project)
    assert (tiny / CATALOG).read_text("utf-8") == saved[0]


def test_an_edit_within_the_clock_tick_is_caught(tiny: Path) -> None:
    """Same size, same inode, same modification time: the digest of a recently
    modified file still tells (git's racy-clean case)."""
    path = tiny / "x.po"
    path.write_text('msgid "a"\nmsgstr "b"\n', "utf-8")
    read_bounded(path, "x.po")
    before = os.stat(path)
    with open(path, "r+b") as handle:  # in place: the inode stays
        handle.write(b'msgid "a"\nmsgstr "c"\n')
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    )
    with pytest.raises(Painl10nError, match="changed on disk"):
        write_if_changed(path, 'msgid "a"\nmsgstr "d"\n')
    assert path.read_text("utf-8").endswith('msgstr "c"\n')


def test_an_unchanged_file_read_then_written_is_replaced(tiny: Path) -> None:
    path = tiny / "x.po"
    path.write_text("old\n", "utf-8")
    read_bounded(path, "x.po")
    assert write_if_changed(path, "new\n") and path.read_text("utf-8") == "new\n"
    assert write_if_changed(path, "newer\n")  # its own write is no change by someone else


def test_one_changed_file_stops_the_whole_commit(tiny: Path) -> None:
    """All or nothing: the other files of the step are not replaced either."""
    one, two = tiny / "one.txt", tiny / "two.txt"
    for path in (one, two):
        path.write_text("old\n", "utf-8")
        read_bounded(path, path.name)
    items = [stage(one, "new\n"), stage(two, "new\n")]
    two.write_text("theirs, longer\n", "utf-8")
    with pytest.raises(Painl10nError, match=r"two\.txt: changed on disk"):
        staging.commit(item for item in items if item is not None)
    assert one.read_text("utf-8") == "old\n" and two.read_text("utf-8") == "theirs, longer\n"
    assert sorted(p.name for p in tiny.iterdir() if p.suffix == ".txt") == ["one.txt", "two.txt"]


def test_what_was_read_before_a_step_does_not_count(tiny: Path) -> None:
    """A library user reads a catalog, edits it, then runs a step: the step works from
    what it reads itself (each step forgets earlier stamps when it takes the lock)."""
    project = _prepared(tiny)
    update(project)
    read_bounded(tiny / CATALOG, "a.po")  # stamped here, outside any step
    _translator_saves(tiny)
    with project_lock(tiny / "locales"):
        stage_target = stage(tiny / CATALOG, "new\n")  # a step that writes without reading
    assert stage_target is not None and stage_target.base is not None
    assert stage_target.base.same_file(stamp_of(os.stat(tiny / CATALOG)))
    commit([stage_target])
    assert (tiny / CATALOG).read_text("utf-8") == "new\n"
