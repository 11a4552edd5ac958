"""The smallest project: one article of one paragraph, translated into Spanish."""

from __future__ import annotations

from pathlib import Path


def make_tiny(root: Path) -> Path:
    """``source/a.md`` ("# Pain", "Chronic pain lasts.") and ``languages = ["es"]``."""
    (root / "source").mkdir(parents=True)
    (root / "painl10n.toml").write_text('languages = ["es"]\n', "utf-8")
    (root / "source" / "a.md").write_text("# Pain\n\nChronic pain lasts.\n", "utf-8")
    return root
