"""One bad article or catalog does not hide the others: every refused file is named,
nothing is written, and ``keep_going`` builds the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from painl10n import (
    Painl10nError,
    Painl10nErrors,
    Project,
    build,
    compile_catalogs,
    extract,
    update,
)
from tests.helpers.project import small_project, snapshot

GOOD = {
    "good.md": "---\ntitle: Good\n---\n\nA good article.\n",
    "other.md": "---\ntitle: Other\n---\n\nAnother article, linking [good](good.md).\n",
}
REFUSED = ["locales/es/LC_MESSAGES/other.po", "source/broken.md", "source/sleep tips.md"]


@pytest.fixture(autouse=True)
def fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def _broken(tmp_path: Path) -> Path:
    """Two good articles built, then two bad articles added and one catalog broken."""
    root = small_project(tmp_path / "p", GOOD)
    build(Project.load(root))
    (root / "source" / "broken.md").write_text("---\ntitle: Broken\n\nText.\n", "utf-8")
    (root / "source" / "sleep tips.md").write_text("Sleep.\n", "utf-8")
    (root / "source" / "other.md").write_text(GOOD["other.md"] + "\nMore.\n", "utf-8")
    catalog = root / "locales" / "es" / "LC_MESSAGES" / "other.po"
    catalog.write_text(catalog.read_text("utf-8") + '\nmsgid "unterminated\n', "utf-8")
    return root


def _paths(error: Painl10nError) -> list[str | None]:
    assert isinstance(error, Painl10nErrors), str(error)
    return sorted(one.path for one in error.errors)


def test_build_names_every_refused_file_and_writes_nothing(tmp_path: Path) -> None:
    root = _broken(tmp_path)
    before = snapshot(root)
    with pytest.raises(Painl10nErrors) as info:
        build(Project.load(root))
    assert _paths(info.value) == REFUSED
    assert info.value.message == "3 files refused"
    assert str(info.value).splitlines()[-1] == "3 files refused"
    assert snapshot(root) == before


def test_with_jobs_the_same_files_are_named(tmp_path: Path) -> None:
    """Errors cross from worker processes whole (Painl10nErrors pickles its list)."""
    root = _broken(tmp_path)
    for index in range(8):  # enough articles for a pool of two processes
        (root / "source" / f"more{index}.md").write_text(f"Article {index}.\n", "utf-8")
    with pytest.raises(Painl10nErrors) as info:
        build(Project.load(root), jobs=2)
    assert _paths(info.value) == REFUSED


def test_keep_going_builds_the_good_ones_and_lists_the_bad(tmp_path: Path) -> None:
    root = _broken(tmp_path)
    old_other = (root / "output" / "fr" / "other.html").read_bytes()
    result = build(Project.load(root), keep_going=True)
    assert sorted(error.path for error in result.refused) == REFUSED
    assert {(o.language, o.slug) for o in result.outcomes} == {("es", "good"), ("fr", "good")}
    for language in ("en", "es", "fr"):
        index = (root / "output" / language / "index.html").read_text("utf-8")
        assert 'href="good.html"' in index and 'href="other.html"' not in index
    # A refused article's last pages stay as they were, neither rebuilt nor removed.
    assert (root / "output" / "fr" / "other.html").read_bytes() == old_other
    assert (root / "locales" / "templates" / "LC_MESSAGES" / "other.pot").is_file()
    # Once repaired, the next build builds it.
    (root / "source" / "broken.md").unlink()
    (root / "source" / "sleep tips.md").unlink()
    catalog = root / "locales" / "es" / "LC_MESSAGES" / "other.po"
    catalog.write_text(catalog.read_text("utf-8").replace('\nmsgid "unterminated\n', ""), "utf-8")
    again = build(Project.load(root), keep_going=True)
    assert not again.refused
    assert ("es", "other") in {(o.language, o.slug) for o in again.outcomes}
    assert "More." in (root / "output" / "fr" / "other.md").read_text("utf-8")


def test_keep_going_with_nothing_wrong_is_a_build(tmp_path: Path) -> None:
    root = small_project(tmp_path / "p", GOOD)
    result = build(Project.load(root), keep_going=True)
    assert not result.refused and len(result.outcomes) == 4


def test_every_bad_catalog_of_one_article_is_named(tmp_path: Path) -> None:
    root = small_project(tmp_path / "p", GOOD)
    build(Project.load(root))
    for language in ("es", "fr"):
        catalog = root / "locales" / language / "LC_MESSAGES" / "good.po"
        catalog.write_text(catalog.read_text("utf-8") + "garbage\n", "utf-8")
    (root / "source" / "good.md").write_text(GOOD["good.md"] + "\nMore.\n", "utf-8")
    with pytest.raises(Painl10nErrors) as info:
        build(Project.load(root))
    assert _paths(info.value) == [f"locales/{lang}/LC_MESSAGES/good.po" for lang in ("es", "fr")]
    with pytest.raises(Painl10nErrors) as info:
        update(Project.load(root))
    assert _paths(info.value) == [f"locales/{lang}/LC_MESSAGES/good.po" for lang in ("es", "fr")]
    with pytest.raises(Painl10nErrors) as info:
        compile_catalogs(Project.load(root))
    assert _paths(info.value) == [f"locales/{lang}/LC_MESSAGES/good.po" for lang in ("es", "fr")]
    assert not list(root.rglob("*.mo"))


def test_extract_names_every_refused_article(tmp_path: Path) -> None:
    root = small_project(tmp_path / "p", GOOD)
    (root / "source" / "broken.md").write_text("---\ntitle: Broken\n\nText.\n", "utf-8")
    (root / "source" / "CON.md").write_text("Text.\n", "utf-8")
    (root / "source" / "copy.md").write_text("---\nslug: Good\n---\n\nText.\n", "utf-8")
    with pytest.raises(Painl10nErrors) as info:
        extract(Project.load(root))
    assert _paths(info.value) == ["source/CON.md", "source/broken.md", "source/good.md"]
    assert not list(root.rglob("*.pot"))


def test_keep_going_refuses_both_articles_of_a_slug_clash(tmp_path: Path) -> None:
    """Which of the two owns good.po cannot be told: neither is built, both are named."""
    root = small_project(tmp_path / "p", GOOD)
    build(Project.load(root))
    (root / "source" / "copy.md").write_text("---\nslug: Good\n---\n\nA copy.\n", "utf-8")
    result = build(Project.load(root), keep_going=True)
    (error,) = result.refused
    assert str(error).startswith("source/good.md: slug 'good' is also used by source/copy.md")
    assert {o.slug for o in result.outcomes} == {"other"}
    assert (root / "output" / "es" / "good.html").is_file()  # its last page is kept
    assert "A copy." not in (root / "output" / "es" / "good.md").read_text("utf-8")
    index = (root / "output" / "es" / "index.html").read_text("utf-8")
    assert 'href="other.html"' in index and 'href="good.html"' not in index
