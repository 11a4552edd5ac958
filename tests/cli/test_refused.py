"""Every refused file of a run on its own line, then how many; ``build --keep-going``."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.helpers.project import small_project, snapshot

Run = Callable[..., subprocess.CompletedProcess[str]]
GOOD = {"good.md": "---\ntitle: Good\n---\n\nA good article.\n"}


def _with_two_bad_articles(tmp_path: Path) -> Path:
    root = small_project(tmp_path / "p", GOOD)
    (root / "source" / "broken.md").write_text("---\ntitle: Broken\n\nText.\n", "utf-8")
    (root / "source" / "sleep tips.md").write_text("Sleep.\n", "utf-8")
    return root


def test_every_refused_file_is_one_line_then_how_many(tmp_path: Path, run_cli: Run) -> None:
    root = _with_two_bad_articles(tmp_path)
    before = snapshot(root)
    result = run_cli("build", "-p", str(root))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert lines == [
        "painl10n: error: source/broken.md:1: front matter is not closed "
        "(end it with a '---' line)",
        "painl10n: error: source/sleep tips.md: invalid slug 'sleep tips': the file name has "
        "spaces, which page addresses and catalog names cannot keep "
        "(rename it, or set slug: in its front matter)",
        "painl10n: 2 files refused",
    ]
    assert snapshot(root) == before


def test_one_refused_file_is_one_line_as_before(tmp_path: Path, run_cli: Run) -> None:
    root = small_project(tmp_path / "p", {**GOOD, "CON.md": "Text.\n"})
    result = run_cli("extract", "-p", str(root))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "painl10n: error: source/CON.md: invalid slug 'con': Windows reserves this name for "
        "a device (rename it, or set slug: in its front matter)"
    ]


def test_keep_going_builds_the_rest_and_exits_2(tmp_path: Path, run_cli: Run) -> None:
    root = _with_two_bad_articles(tmp_path)
    result = run_cli("build", "-p", str(root), "--keep-going")
    assert result.returncode == 2, result.stderr
    assert "es/good: 0/2 translated" in result.stdout  # the summary of what was built
    assert result.stderr.splitlines()[-1] == "painl10n: 2 files refused"
    assert "source/broken.md:1" in result.stderr and "source/sleep tips.md" in result.stderr
    for language in ("en", "es", "fr"):
        assert (root / "output" / language / "good.html").is_file()
        index = (root / "output" / language / "index.html").read_text("utf-8")
        assert 'href="good.html"' in index
    assert sorted(p.name for p in (root / "output" / "es").glob("*.html")) == [
        "good.html",
        "index.html",
    ]
