"""``painl10n mv OLD NEW``: an article's catalogs follow it, by slug or by source path."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from painl10n.errors import Painl10nError
from painl10n.pipeline.compile import compile_catalogs
from painl10n.pipeline.extract import extract
from painl10n.pipeline.move import move_article, renamed_header
from painl10n.pipeline.update import update
from painl10n.po import read_po_file
from painl10n.project import Project
from tests.helpers.gettext import gettext_tool
from tests.helpers.project import snapshot

OLD = "psychobiology-of-chronic-pain"
NEW = "chronic-pain"
LANGUAGES = ["ar", "de", "es", "fr"]


def messages(root: Path) -> Path:
    return root / "locales" / "es" / "LC_MESSAGES"


def translations(path: Path) -> dict[str, str]:
    return {e.msgid: e.msgstr for e in read_po_file(path) if not e.obsolete}


def test_mv_by_slug_moves_every_language_and_the_template(site: Path) -> None:
    project = Project.load(site)
    extract(project)
    compile_catalogs(project, ["es"])
    before = translations(messages(site) / f"{OLD}.po")
    result = move_article(project, OLD, NEW)
    assert (result.old, result.new, result.languages) == (OLD, NEW, LANGUAGES)
    assert result.notes == [
        f"no article has the slug {NEW!r} yet: its catalogs stay orphans until one does"
    ]
    moved = messages(site) / f"{NEW}.po"
    assert translations(moved) == before
    assert read_po_file(moved).metadata["Project-Id-Version"] == NEW
    assert f"Spanish translations for the article {NEW!r}." in moved.read_text("utf-8")
    assert (site / "locales" / "templates" / "LC_MESSAGES" / f"{NEW}.pot").is_file()
    leftovers = [p.name for p in (site / "locales").rglob(f"{OLD}.*")]
    assert leftovers == []  # the .mo too: compile writes it anew
    assert not (messages(site) / f"{NEW}.mo").exists()
    done = subprocess.run(
        [gettext_tool("msgfmt"), "-c", "-o", "/dev/null", str(moved)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # Then the source follows by hand: update finds the catalogs where they belong.
    (site / "source" / f"{OLD}.md").rename(site / "source" / f"{NEW}.md")
    extract(project)
    updated = update(project, ["es"])
    assert updated.renames.renamed == []
    assert updated.stats[("es", NEW)].fuzzy == 0
    assert translations(moved) == before


def test_mv_by_source_path_moves_the_article_too(site: Path) -> None:
    project = Project.load(site)
    before = translations(messages(site) / f"{OLD}.po")
    old, new = site / "source" / f"{OLD}.md", site / "source" / "topics" / f"{NEW}.md"
    text = old.read_bytes()
    result = move_article(project, old, new)
    assert result.source == (f"source/{OLD}.md", f"source/topics/{NEW}.md")
    assert (result.old, result.new) == (OLD, f"topics-{NEW}")
    assert not old.exists() and new.read_bytes() == text
    assert translations(messages(site) / f"topics-{NEW}.po") == before
    assert result.notes == []


def test_mv_by_path_with_a_front_matter_slug_moves_the_source_only(site: Path) -> None:
    old = site / "source" / f"{OLD}.md"
    old.write_text(old.read_text("utf-8").replace("---\n", f"---\nslug: {OLD}\n", 1), "utf-8")
    catalogs = snapshot(site / "locales")
    result = move_article(Project.load(site), old, site / "source" / f"{NEW}.md")
    assert (result.old, result.new, result.languages) == (OLD, OLD, [])
    assert snapshot(site / "locales") == catalogs


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        (OLD, "ketamine-for-physical-and-mental-pain", "already has catalogs"),
        ("no-such-article", NEW, "no template or catalog for 'no-such-article'"),
        (OLD, "Not A Slug", "invalid slug"),
        (OLD, OLD, "already the slug"),
        (OLD, "Ketamine-For-Physical-And-Mental-Pain", "only in case"),
    ],
)
def test_mv_refuses_and_changes_nothing(site: Path, old: str, new: str, fragment: str) -> None:
    before = snapshot(site)
    with pytest.raises(Painl10nError, match=fragment):
        move_article(Project.load(site), old, new)
    assert snapshot(site) == before


def test_mv_refuses_a_path_onto_an_existing_file_or_outside_the_sources(site: Path) -> None:
    before = snapshot(site)
    project = Project.load(site)
    source = site / "source" / f"{OLD}.md"
    with pytest.raises(Painl10nError, match="already exists"):
        move_article(project, source, site / "source" / "ketamine-for-physical-and-mental-pain.md")
    with pytest.raises(Painl10nError, match="inside the source folder"):
        move_article(project, source, site / "elsewhere.md")
    with pytest.raises(Painl10nError, match="two slugs or two source paths"):
        move_article(project, source, NEW)
    assert snapshot(site) == before


def test_renamed_header_touches_only_the_slug_in_the_header() -> None:
    text = (
        b"# Spanish translations for the article 'a'.\r\n"
        b'msgid ""\r\nmsgstr ""\r\n"Project-Id-Version: a\\n"\r\n\r\n'
        b'msgid "the article \'a\'."\r\nmsgstr "Project-Id-Version: a\\n"\r\n'
    )
    assert renamed_header(text, "a", "b") == text.replace(
        b"article 'a'.\r\n", b"article 'b'.\r\n", 1
    ).replace(b'"Project-Id-Version: a\\n"\r\n\r\n', b'"Project-Id-Version: b\\n"\r\n\r\n')


def _hugo(root: Path) -> Project:
    (root / "content" / "docs").mkdir(parents=True)
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "hugo"\nsource_dir = "content"\n', "utf-8"
    )
    (root / "content" / "docs" / "_index.md").write_text("---\nslug: d\n---\n\nDocs.\n", "utf-8")
    project = Project.load(root)
    extract(project)
    update(project)
    return project


def test_mv_of_a_generators_source_renames_its_catalogs_by_the_new_path(tmp_path: Path) -> None:
    project = _hugo(tmp_path)
    content = tmp_path / "content"
    result = move_article(project, content / "docs/_index.md", content / "guides/_index.md")
    assert (result.old, result.new) == ("docs--_index", "guides--_index")
    assert (tmp_path / "locales/es/LC_MESSAGES/guides--_index.po").is_file()
    assert not (tmp_path / "locales/es/LC_MESSAGES/docs--_index.po").exists()


def test_mv_by_name_takes_a_generators_names(tmp_path: Path) -> None:
    project = _hugo(tmp_path)
    move_article(project, "docs--_index", "_docs")  # a name plain would refuse
    assert (tmp_path / "locales/es/LC_MESSAGES/_docs.po").is_file()
    with pytest.raises(Painl10nError, match=r"invalid catalog name '\.\./x'"):
        move_article(project, "_docs", "../x")
