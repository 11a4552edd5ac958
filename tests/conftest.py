"""Shared fixtures: a scratch copy of this repository's project, gettext tools."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

REPO = Path(__file__).resolve().parent.parent


def gettext_tool(name: str) -> str:
    """Path of a GNU gettext tool; CI must have it (``.ci/run`` installs it)."""
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} (GNU gettext) is missing in CI; .ci/run should install it")
    pytest.skip(f"{name} (GNU gettext) is not installed: apt-get install gettext")


def run_gettext(tool: str, *args: str, text: str) -> subprocess.CompletedProcess[bytes]:
    """Run a gettext tool on ``text`` given as standard input."""
    return subprocess.run(
        [gettext_tool(tool), *args], input=text.encode(), capture_output=True, check=False
    )


def msgcat(text: str, width: int = 79) -> str:
    """msgcat's rendering of ``text`` at a page width (0 = --no-wrap): the reference."""
    option = "--no-wrap" if width == 0 else f"--width={width}"
    done = run_gettext("msgcat", "--force-po", option, "-", text=text)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode()


def copy_shipped_project(root: Path) -> Path:
    """Copy the shipped project (settings, sources, catalogs) to ``root``."""
    root.mkdir()
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(REPO / "source", root / "source")
    shutil.copytree(
        REPO / "locales", root / "locales", ignore=shutil.ignore_patterns("*.mo", "en-XA", "ar-XB")
    )
    return root


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the shipped project (settings, sources, catalogs) to mutate."""
    return copy_shipped_project(tmp_path / "site")


@pytest.fixture
def run_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real command line in a subprocess (exit codes, stderr, no traceback)."""

    def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k != "PAINL10N_DEBUG"}
        return subprocess.run(
            [sys.executable, "-m", "painl10n", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    return run


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes, to prove nothing was touched."""
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def without_change_notes(po_text: str, source_language: str = "en") -> tuple[str, int]:
    """``po_text`` less the change notes ``update`` writes on fuzzy entries, and their count.

    Each line removed is recomputed from its own entry (``#|`` previous msgid
    against msgid): the template's comments and glossary lines stay.
    """
    from painl10n.catalogs.change_notes import change_note

    catalog = polib.pofile(po_text)
    ours = {
        f"#. {note}"
        for entry in catalog
        if "fuzzy" in entry.flags and entry.previous_msgid is not None and not entry.obsolete
        if (note := change_note(entry.previous_msgid, entry.msgid, source_language))
    }
    lines = po_text.split("\n")
    kept = [line for line in lines if line not in ours]
    return "\n".join(kept), len(lines) - len(kept)
