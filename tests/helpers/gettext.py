"""GNU gettext, the reference our catalogs are checked against."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest


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
