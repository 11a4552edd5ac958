"""Staged writes: what ``stage`` compares, where it puts the temporary file, and its mode."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from painl10n.runtime.staging import commit, discard, holds, stage, sweep_leftovers


def test_holds_compares_bytes_not_just_sizes(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"abc")
    assert holds(path, b"abc")
    assert not holds(path, b"abd")  # same size, other bytes
    assert not holds(path, b"abcd")  # other size
    assert not holds(tmp_path / "missing.html", b"")


def test_holds_reads_a_file_longer_than_one_read(tmp_path: Path) -> None:
    payload = os.urandom(3 << 20)
    path = tmp_path / "big.bin"
    path.write_bytes(payload)
    assert holds(path, payload)
    assert not holds(path, payload[:-1] + bytes([payload[-1] ^ 1]))


def test_a_folder_in_the_way_is_an_error_not_a_difference(tmp_path: Path) -> None:
    (tmp_path / "page.html").mkdir()
    with pytest.raises(IsADirectoryError):
        stage(tmp_path / "page.html", "text")


def test_unchanged_content_stages_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.po"
    path.write_text("same", "utf-8")
    assert stage(path, "same") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.po"]


def test_staged_file_is_hidden_beside_its_target_until_commit(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "a.html"  # folders made on demand
    item = stage(target, "<p>x</p>")
    assert item is not None
    assert item.temporary.parent == target.parent
    assert re.fullmatch(r"\.a\.html\.\d+-\d+\.tmp", item.temporary.name)
    assert not target.exists()
    assert commit([item]) == [target]
    assert target.read_text("utf-8") == "<p>x</p>"
    assert not item.temporary.exists()


def test_two_stagings_of_one_target_get_their_own_files(tmp_path: Path) -> None:
    first, second = stage(tmp_path / "a.md", "1"), stage(tmp_path / "a.md", "2")
    assert first is not None and second is not None
    assert first.temporary != second.temporary
    discard([first, second])
    assert list(tmp_path.iterdir()) == []


def test_a_leftover_with_the_same_name_is_skipped(tmp_path: Path) -> None:
    probe = stage(tmp_path / "a.md", "x")
    assert probe is not None
    pid, number = re.findall(r"\d+", probe.temporary.name)[-2:]
    leftover = tmp_path / f".a.md.{pid}-{int(number) + 1}.tmp"  # the name it would take next
    leftover.write_text("killed run", "utf-8")
    item = stage(tmp_path / "a.md", "y")
    assert item is not None and item.temporary != leftover
    assert leftover.read_text("utf-8") == "killed run"


def test_new_files_get_the_usual_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        item = stage(tmp_path / "a.html", "x")
    finally:
        os.umask(old)
    assert item is not None
    commit([item])
    assert stat.S_IMODE((tmp_path / "a.html").stat().st_mode) == 0o644


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_sweep_removes_what_a_dead_process_staged_only(tmp_path: Path) -> None:
    dead, live = _dead_pid(), os.getpid()
    (tmp_path / f".a.po.{dead}-3.tmp").write_text("killed", "utf-8")
    (tmp_path / f".b.po.{live}-0.tmp").write_text("ours, in flight", "utf-8")
    (tmp_path / ".c.po.x1y2z3.tmp").write_text("an older name: no pid", "utf-8")
    (tmp_path / "notes.tmp").write_text("not hidden: not ours", "utf-8")
    (tmp_path / f".d.{dead}-1.tmp").mkdir()  # a folder is never removed
    removed = sweep_leftovers([tmp_path, tmp_path / "missing"])
    assert removed == [tmp_path / f".a.po.{dead}-3.tmp"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f".b.po.{live}-0.tmp", ".c.po.x1y2z3.tmp", "notes.tmp", f".d.{dead}-1.tmp"]
    )


def test_a_writer_sweeps_the_project_when_it_takes_the_lock(site: Path) -> None:
    from painl10n import Project, build

    build(Project.load(site))
    dead = _dead_pid()
    places = [
        site / "locales/es/LC_MESSAGES",
        site / "locales/templates/LC_MESSAGES",
        site / "output/es",
        site / "output",
        site / ".painl10n/cache",
    ]
    for number, folder in enumerate(places):
        (folder / f".x.{dead}-{number}.tmp").write_text("left by SIGKILL", "utf-8")
    build(Project.load(site))
    assert not [p for p in site.rglob("*.tmp")]
