"""Slugs as publishers have them: capitals, '_' and '.', where every file system keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from painl10n.errors import Painl10nError, Painl10nErrors
from painl10n.project import check_unique_slugs
from painl10n.sources.discover import check_slug, default_slug
from painl10n.sources.segment import article_slug, segment_article


@pytest.mark.parametrize(
    "slug",
    [
        "vitamin-D-deficiency",
        "sleep_tips",
        "vitamin.d",
        "Sleep",
        "a",
        "2024-flu",
        "a-",  # a trailing '-' or '_' is kept by every file system
        "console",  # near misses of the Windows device names
        "com10",
        "lpt0",
        "nul-results",
        "indexes",
        "x" * 100,
    ],
)
def test_accepted(slug: str) -> None:
    assert check_slug(slug, "source/a.md") == slug


@pytest.mark.parametrize(
    ("slug", "fragment"),
    [
        (".hidden", "start with a letter or a digit"),
        ("-rf", "start with a letter or a digit"),
        ("_index", "start with a letter or a digit"),
        ("a..b", "'..'"),
        ("vitamin.", "final '.'"),
        ("CON", "device"),
        ("con.notes", "device"),
        ("Aux", "device"),
        ("nul", "device"),
        ("COM1", "device"),
        ("lpt9.x", "device"),
        ("a/b", "only letters"),
        ("a\\b", "only letters"),
        ("vitamin:d", "only letters"),
        ("café", "only letters"),
        ("a b", "only letters"),
        ("a\n", "only letters"),  # '$' in a pattern would have let it in
        ("", "empty"),
        ("x" * 101, "longer than 100"),
    ],
)
def test_refused(slug: str, fragment: str) -> None:
    with pytest.raises(Painl10nError, match="invalid slug") as info:
        check_slug(slug, "source/a.md")
    assert fragment in str(info.value)
    assert info.value.path == "source/a.md"


@pytest.mark.parametrize("slug", ["index", "Index", "INDEX"])
def test_index_is_reserved_in_any_case(slug: str) -> None:
    """Index.html and index.html are one file on macOS and Windows."""
    with pytest.raises(Painl10nError, match="reserved for each language's list"):
        check_slug(slug, "source/a.md")


def test_the_file_name_keeps_underscores_and_dots_and_is_lowercased(tmp_path: Path) -> None:
    """Lowercased as before, so Sleep.md keeps the sleep.po of existing projects."""
    names = ["Sleep.md", "sleep_tips.md", "vitamin.d.md", "a/B.md", "Notes.MD"]
    slugs = [default_slug(tmp_path / name, tmp_path) for name in names]
    assert slugs == ["sleep", "sleep_tips", "vitamin.d", "a-b", "notes"]


def test_the_front_matter_slug_keeps_its_capitals() -> None:
    text = "---\nslug: vitamin-D-deficiency\n---\n\nText.\n"
    article = segment_article(text, ref="a.md", default_slug="a", front_matter_fields=())
    assert article.slug == "vitamin-D-deficiency"
    assert article_slug(text, ref="a.md", default_slug="a") == "vitamin-D-deficiency"


def test_a_file_name_with_spaces_gets_a_hint() -> None:
    text = "# Sleep tips\n"
    with pytest.raises(Painl10nError) as info:
        segment_article(
            text, ref="source/sleep tips.md", default_slug="sleep tips", front_matter_fields=()
        )
    line = str(info.value)
    assert line.startswith("source/sleep tips.md: invalid slug 'sleep tips'")
    assert "spaces" in line and "rename it, or set slug: in its front matter" in line


def test_a_file_name_with_spaces_and_a_slug_is_fine() -> None:
    text = "---\nslug: sleep-tips\n---\n\n# Sleep tips\n"
    article = segment_article(
        text, ref="source/sleep tips.md", default_slug="sleep tips", front_matter_fields=()
    )
    assert article.slug == "sleep-tips"


def test_a_bad_front_matter_slug_says_to_change_it() -> None:
    text = "---\nslug: sleep tips\n---\n\nText.\n"
    with pytest.raises(Painl10nError) as info:
        segment_article(text, ref="source/a.md", default_slug="a", front_matter_fields=())
    assert "change 'slug:' in its front matter" in str(info.value) and "rename" not in str(
        info.value
    )


def test_slugs_equal_but_for_case_clash_naming_both() -> None:
    with pytest.raises(Painl10nError) as info:
        check_unique_slugs([("source/Sleep.md", "Sleep"), ("source/sleep.md", "sleep")])
    line = str(info.value)
    assert line.startswith("source/sleep.md: slug 'sleep' is also used by source/Sleep.md")
    assert "(as 'Sleep'" in line


def test_every_clash_is_named() -> None:
    pairs = [("a.md", "x"), ("b.md", "X"), ("c.md", "y"), ("d.md", "y"), ("e.md", "z")]
    with pytest.raises(Painl10nErrors) as info:
        check_unique_slugs(pairs)
    assert [(error.path, error.message.split(" (")[0]) for error in info.value.errors] == [
        ("b.md", "slug 'X' is also used by a.md"),
        ("d.md", "slug 'y' is also used by c.md"),
    ]
    assert info.value.message == "2 files refused"
