"""A renamed or moved article keeps its catalogs: update and build hand them over."""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest

from painl10n.errors import Painl10nError
from painl10n.pipeline.build import build
from painl10n.pipeline.extract import extract
from painl10n.pipeline.renames import RENAME_SIMILARITY, Renamed, similarity
from painl10n.pipeline.update import update
from painl10n.po import read_po_file
from painl10n.project import Project
from tests.helpers.gettext import gettext_tool
from tests.helpers.project import small_project, snapshot

OLD = "psychobiology-of-chronic-pain"
NEW = "chronic-pain"
LANGUAGES = ("es", "fr", "de", "ar")


def catalog(root: Path, language: str, slug: str) -> polib.POFile:
    return read_po_file(root / "locales" / language / "LC_MESSAGES" / f"{slug}.po")


def reviewed(po: polib.POFile) -> dict[str, tuple[str, str, list[str]]]:
    """msgid → (msgstr, translator comment, flags) of every live entry."""
    return {e.msgid: (e.msgstr, e.tcomment, list(e.flags)) for e in po if not e.obsolete}


def annotate_old(root: Path) -> dict[str, dict[str, tuple[str, str, list[str]]]]:
    """Give one entry per language a translator comment, then return what must survive."""
    before = {}
    for language in LANGUAGES:
        path = root / "locales" / language / "LC_MESSAGES" / f"{OLD}.po"
        po = polib.pofile(str(path), wrapwidth=79)
        entry = next(e for e in po if e.msgid and not e.obsolete)
        entry.tcomment = "checked by the medical reviewer"
        po.save(str(path))
        before[language] = reviewed(read_po_file(path))
    return before


def rename_source(root: Path) -> None:
    (root / "source" / f"{OLD}.md").rename(root / "source" / f"{NEW}.md")


def assert_taken_over(root: Path, before: dict[str, dict[str, tuple[str, str, list[str]]]]) -> None:
    for language in LANGUAGES:
        assert not (root / "locales" / language / "LC_MESSAGES" / f"{OLD}.po").exists()
        after = catalog(root, language, NEW)
        assert reviewed(after) == before[language]  # translated, not fuzzy, comments kept
        assert not [e for e in after if "fuzzy" in e.flags]
        assert after.metadata["Project-Id-Version"] == NEW
        path = root / "locales" / language / "LC_MESSAGES" / f"{NEW}.po"
        done = subprocess.run(
            [gettext_tool("msgfmt"), "-c", "-o", "/dev/null", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr


def test_update_hands_a_renamed_articles_catalogs_over(site: Path) -> None:
    before = annotate_old(site)
    rename_source(site)
    project = Project.load(site)
    extract(project)
    result = update(project)
    assert result.renames.renamed == [Renamed(OLD, NEW, 4, 1.0)]
    assert result.renames.ambiguous == []
    assert_taken_over(site, before)
    for language in LANGUAGES:
        assert result.stats[(language, NEW)].kept == len(before[language])
        assert result.stats[(language, NEW)].fuzzy == 0


def test_build_hands_them_over_too_and_publishes_the_translation(site: Path) -> None:
    before = annotate_old(site)
    build(Project.load(site), ["es"])  # the old pages exist
    rename_source(site)
    result = build(Project.load(site))
    assert [(r.old, r.new) for r in result.renames.renamed] == [(OLD, NEW)]
    assert_taken_over(site, before)
    page = (site / "output" / "es" / f"{NEW}.html").read_text("utf-8")
    assert "La psicobiología del dolor crónico" in page
    assert not (site / "output" / "es" / f"{OLD}.html").exists()
    assert not (site / "locales" / "templates" / "LC_MESSAGES" / f"{OLD}.pot").exists()
    outcome = next(o for o in result.outcomes if (o.language, o.slug) == ("es", NEW))
    assert outcome.fuzzy == 0 and outcome.translated == outcome.total


def test_an_edited_renamed_article_keeps_what_it_kept(site: Path) -> None:
    """Most strings unchanged: renamed; the edited one is fuzzy, the rest stay translated."""
    source = site / "source" / f"{OLD}.md"
    text = source.read_text("utf-8")
    assert "title: The Psychobiology of Chronic Pain" in text
    rename_source(site)
    (site / "source" / f"{NEW}.md").write_text(
        text.replace(
            "title: The Psychobiology of Chronic Pain", "title: Chronic pain, body and mind"
        ),
        "utf-8",
    )
    project = Project.load(site)
    extract(project)
    result = update(project, ["es"])
    assert [(r.old, r.new) for r in result.renames.renamed] == [(OLD, NEW)]
    assert 0.5 < result.renames.renamed[0].similarity < 1.0
    stats = result.stats[("es", NEW)]
    assert stats.fuzzy + stats.new == 1 and stats.kept > 30


def write_project(root: Path, sources: dict[str, list[str]]) -> Project:
    """A one-language project whose articles are paragraphs, each one sentence."""
    (root / "source").mkdir(parents=True)
    (root / "painl10n.toml").write_text('source_language = "en"\nlanguages = ["es"]\n', "utf-8")
    for name, paragraphs in sources.items():
        (root / "source" / f"{name}.md").write_text("\n\n".join(paragraphs) + "\n", "utf-8")
    return Project.load(root)


def translate_all(project: Project) -> None:
    for path in project.catalog_files("es"):
        po = polib.pofile(str(path), wrapwidth=79)
        for entry in po:
            entry.msgstr = f"ES {entry.msgid}"
        po.save(str(path))


def paragraphs(prefix: str, count: int) -> list[str]:
    """``count`` sentences of one length each (single-digit numbers)."""
    return [f"{prefix} sentence number {n} of this article." for n in range(1, count + 1)]


@pytest.mark.parametrize(
    ("extra", "renamed"),
    [("", True), ("x", False)],  # exactly half kept; half less one character
)
def test_the_threshold_is_half_of_the_larger_side(
    tmp_path: Path, extra: str, renamed: bool
) -> None:
    kept = paragraphs("Kept", 2)
    project = write_project(tmp_path, {"a": kept + paragraphs("Gone", 2)})
    update_all(project)
    translate_all(project)
    (tmp_path / "source" / "a.md").unlink()
    changed = paragraphs("Newx", 2)
    changed[-1] = changed[-1].replace("Newx", "New" + extra + "x")
    (tmp_path / "source" / "b.md").write_text("\n\n".join(kept + changed) + "\n", "utf-8")
    extract(project)
    result = update(project)
    assert bool(result.renames.renamed) is renamed
    b = catalog(tmp_path, "es", "b")
    translated = [e.msgid for e in b if e.msgstr and "fuzzy" not in e.flags]
    if renamed:
        assert result.renames.renamed[0].similarity == RENAME_SIMILARITY
        assert translated == kept
        assert not (tmp_path / "locales" / "es" / "LC_MESSAGES" / "a.po").exists()
    else:
        assert translated == []
        assert (tmp_path / "locales" / "es" / "LC_MESSAGES" / "a.po").exists()


def update_all(project: Project) -> None:
    extract(project)
    update(project)


def test_two_candidates_move_nothing_and_say_so(tmp_path: Path) -> None:
    text = paragraphs("Same", 3)
    project = write_project(tmp_path, {"a": text})
    update_all(project)
    translate_all(project)
    (tmp_path / "source" / "a.md").unlink()
    for name in ("b", "c"):
        (tmp_path / "source" / f"{name}.md").write_text("\n\n".join(text) + "\n", "utf-8")
    extract(project)
    result = update(project)
    assert result.renames.renamed == []
    assert result.renames.ambiguous == [
        "not renamed: the catalogs of a match several new articles (b, c); run 'painl10n mv a NEW'"
    ]
    assert (tmp_path / "locales" / "es" / "LC_MESSAGES" / "a.po").exists()


def test_two_orphans_for_one_article_move_nothing(tmp_path: Path) -> None:
    text = paragraphs("Same", 3)
    project = write_project(tmp_path, {"a": text, "b": text[:2] + paragraphs("Else", 1)})
    update_all(project)
    for name in ("a", "b"):
        (tmp_path / "source" / f"{name}.md").unlink()
    (tmp_path / "source" / "c.md").write_text("\n\n".join(text) + "\n", "utf-8")
    extract(project)
    result = update(project)
    assert result.renames.renamed == []
    assert result.renames.ambiguous == [
        "not renamed: c matches the catalogs of several gone articles (a, b); "
        "run 'painl10n mv OLD c'"
    ]


def test_an_unrelated_new_article_takes_nothing(tmp_path: Path) -> None:
    project = write_project(tmp_path, {"a": paragraphs("Old", 3)})
    update_all(project)
    (tmp_path / "source" / "a.md").unlink()
    (tmp_path / "source" / "b.md").write_text("\n\n".join(paragraphs("New", 3)) + "\n", "utf-8")
    extract(project)
    result = update(project)
    assert result.renames.renamed == [] and result.renames.ambiguous == []
    assert (tmp_path / "locales" / "es" / "LC_MESSAGES" / "a.po").exists()


def test_similarity_weighs_strings_by_their_length() -> None:
    assert similarity(set(), set()) == 0.0
    assert similarity({"aaaa", "b"}, {"aaaa"}) == 0.8
    assert similarity({"aaaa"}, {"aaaa", "b", "c"}) == pytest.approx(4 / 6)
    assert similarity({"a"}, {"b"}) == 0.0


def test_a_refused_articles_catalogs_are_not_taken_over(tmp_path: Path) -> None:
    """build --keep-going: an article that cannot be read still owns its catalogs."""
    text = "\n\n".join(paragraphs("Same", 3)) + "\n"
    root = small_project(tmp_path / "p", {"a.md": text})
    build(Project.load(root))
    (root / "source" / "a.md").write_bytes(b"\xff" + text.encode())  # not UTF-8
    (root / "source" / "b.md").write_text(text, "utf-8")
    before = snapshot(root / "locales")
    with pytest.raises(Painl10nError):
        build(Project.load(root))
    assert snapshot(root / "locales") == before
    result = build(Project.load(root), keep_going=True)
    assert [error.path for error in result.refused] == ["source/a.md"]
    assert result.renames.renamed == []
    assert (root / "locales" / "es" / "LC_MESSAGES" / "a.po").read_bytes() == before[
        "es/LC_MESSAGES/a.po"
    ]
