"""Finding the articles: every Markdown file below source/, whatever the case of .md."""

from __future__ import annotations

from pathlib import Path

import pytest

from painl10n.errors import Painl10nError
from painl10n.sources.discover import default_slug, discover


def test_an_upper_case_extension_is_an_article_too(tmp_path: Path) -> None:
    """x.MD used to be silently ignored: its text never reached a translator."""
    (tmp_path / "a.md").write_text("# A\n", "utf-8")
    (tmp_path / "Notes.MD").write_text("# Notes\n", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.Md").write_text("# C\n", "utf-8")
    (tmp_path / "readme.txt").write_text("not an article\n", "utf-8")  # the near miss
    (tmp_path / "draft.mdx").write_text("# not CommonMark\n", "utf-8")  # nor this
    found = discover(tmp_path)
    assert [path.name for path in found] == ["Notes.MD", "a.md", "c.Md"]
    assert [default_slug(path, tmp_path) for path in found] == ["notes", "a", "sub-c"]


def test_a_folder_named_like_an_article_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "folder.MD").mkdir()
    assert discover(tmp_path) == []


def test_a_missing_source_folder_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(Painl10nError, match=r"source folder .* does not exist"):
        discover(tmp_path / "nowhere")
