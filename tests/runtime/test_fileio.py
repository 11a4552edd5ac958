"""Writes are atomic and change-aware: a crash never leaves a half-written file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from painl10n.pipeline.build import build
from painl10n.project import Project
from painl10n.runtime.fileio import write_if_changed
from tests.helpers import REPO
from tests.helpers.project import snapshot


def test_unchanged_content_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "a" / "file.txt"
    assert write_if_changed(path, "one") is True
    stamp = path.stat().st_mtime_ns
    assert write_if_changed(path, "one") is False
    assert path.stat().st_mtime_ns == stamp
    assert write_if_changed(path, "two") is True
    assert path.read_text("utf-8") == "two"


def test_a_crash_while_writing_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "catalog.po"
    path.write_text("old content", "utf-8")

    def crash(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        write_if_changed(path, "new content that never lands")
    assert path.read_text("utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.po"]  # no temporary left


def test_two_fresh_builds_are_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same inputs, same bytes: templates, catalogs and pages, built from scratch twice."""
    import shutil

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    trees = []
    for name in ("first", "second"):
        root = tmp_path / name
        root.mkdir()
        shutil.copy(REPO / "pyproject.toml", root)
        shutil.copytree(REPO / "source", root / "source")
        build(Project.load(root))
        # The build cache records absolute paths and mtimes: not an output.
        trees.append({k: v for k, v in snapshot(root).items() if not k.startswith(".painl10n/")})
    assert trees[0] == trees[1]
    pot = trees[0]["locales/templates/LC_MESSAGES/psychobiology-of-chronic-pain.pot"]
    assert b'"POT-Creation-Date: 2023-11-14 22:13+0000\\n"' in pot
