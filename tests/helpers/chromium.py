"""Headless Debian Chromium through Playwright, for the browser tests: it skips without
Chromium, except in CI (env ``CI`` set), where it fails."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")


def unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} in CI; .ci/run installs it (apt-get install chromium)")
    pytest.skip(f"{reason}: apt-get install chromium (and pip install -e '.[dev]')")


@contextmanager
def chromium() -> Iterator[Any]:
    """The launched browser; Playwright downloads no browser of its own."""
    if not CHROMIUM.is_file():
        unavailable(f"{CHROMIUM} is missing")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright (dev extra) is not installed")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            yield launched
        finally:
            launched.close()
