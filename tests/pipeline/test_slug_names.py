"""Slugs with capitals, '_' and '.' name the catalogs, pages and links a build writes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest

from painl10n import Painl10nError, Project, build, compile_catalogs
from painl10n.project import article_slugs
from tests.helpers.gettext import gettext_tool
from tests.helpers.project import small_project, snapshot

ARTICLES = {
    "vitamin-d.md": "---\ntitle: Vitamin D\nslug: vitamin-D-deficiency\n---\n\n"
    "See [sleep](sleep_tips.md) and [the dose](vitamin.d.md#dose).\n",
    "sleep_tips.md": "# Sleep tips\n\nSleep well.\n",
    "vitamin.d.md": "# Dose\n\nTake it daily.\n",
}
SLUGS = ["vitamin-D-deficiency", "sleep_tips", "vitamin.d"]


@pytest.fixture(autouse=True)
def fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def test_pages_catalogs_and_mo_files_take_the_slug_as_it_is(tmp_path: Path) -> None:
    root = small_project(tmp_path / "p", ARTICLES)
    project = Project.load(root)
    build(project)
    assert sorted(project.template_slugs()) == sorted(SLUGS)
    for slug in SLUGS:
        for language in ("en", "es", "fr"):
            assert (root / "output" / language / f"{slug}.html").is_file(), (language, slug)
            assert (root / "output" / language / f"{slug}.md").is_file()
        po = root / "locales" / "es" / "LC_MESSAGES" / f"{slug}.po"
        assert polib.pofile(str(po)).metadata["Language"] == "es"
        checked = subprocess.run(
            [gettext_tool("msgfmt"), "-c", "-o", "/dev/null", str(po)], capture_output=True
        )
        assert checked.returncode == 0, checked.stderr
    compile_catalogs(project)
    mo = sorted(p.name for p in (root / "locales" / "es" / "LC_MESSAGES").glob("*.mo"))
    assert mo == sorted(f"{slug}.mo" for slug in SLUGS)  # not vitamin.mo
    page = (root / "output" / "es" / "vitamin-D-deficiency.html").read_text("utf-8")
    assert 'href="sleep_tips.html"' in page and 'href="vitamin.d.html#dose"' in page
    index = (root / "output" / "es" / "index.html").read_text("utf-8")
    assert all(f'href="{slug}.html"' in index for slug in SLUGS)


def test_a_second_build_finds_the_dotted_catalogs_again(tmp_path: Path) -> None:
    """``Path.stem`` of vitamin.d.po is vitamin.d: nothing is taken for an orphan."""
    root = small_project(tmp_path / "p", ARTICLES)
    build(Project.load(root))
    again = build(Project.load(root))
    assert again.skipped == 3 and not again.files.removed and not again.files.changed


def test_slugs_differing_only_in_case_are_refused_naming_both_files(tmp_path: Path) -> None:
    articles = {"a.md": "---\nslug: Sleep\n---\n\nText.\n", "sleep.md": "Other text.\n"}
    root = small_project(tmp_path / "p", articles)
    with pytest.raises(Painl10nError) as info:
        build(Project.load(root))
    assert str(info.value).startswith("source/sleep.md: slug 'sleep' is also used by source/a.md")
    assert not (root / "output").exists()
    assert not list((root / "locales").rglob("*.po*"))  # the lock file alone


def test_a_file_name_with_spaces_is_refused_with_a_hint(tmp_path: Path) -> None:
    root = small_project(tmp_path / "p", {"sleep tips.md": "Text.\n"})
    with pytest.raises(Painl10nError, match="rename it, or set slug: in its front matter"):
        article_slugs(Project.load(root))


@pytest.mark.parametrize(
    ("name", "why"),
    [("CON.md", "device"), ("aux.notes.md", "device"), ("Index.md", "list of articles")],
)
def test_names_windows_or_the_index_keep_are_refused(tmp_path: Path, name: str, why: str) -> None:
    root = small_project(tmp_path / "p", {name: "Text.\n", "fine.md": "Text.\n"})
    before = snapshot(root)
    with pytest.raises(Painl10nError, match=f"source/{name}: .*{why}"):
        build(Project.load(root))
    assert snapshot(root) == before  # fine.md was built too, but nothing is written
