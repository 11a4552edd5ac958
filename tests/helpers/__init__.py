"""Helpers the tests share (never a test module): paths, gettext, projects, documents, HTML."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
DATA = REPO / "tests" / "data"
