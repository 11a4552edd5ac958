"""Fixtures only (helpers live in ``tests/helpers``): a scratch project, the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.project import copy_shipped_project


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
