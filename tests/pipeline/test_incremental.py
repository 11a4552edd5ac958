"""Incremental builds: same bytes as a clean build, nothing rewritten when nothing moved."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from painl10n import Project, build
from painl10n.pipeline import incremental
from painl10n.pipeline.manifest import manifest_path
from painl10n.pipeline.manifest import shown_path as _shown
from painl10n.po import read_po_file, write_po
from tests.helpers.project import snapshot

SLUGS = ["ketamine-for-physical-and-mental-pain", "psychobiology-of-chronic-pain"]


@pytest.fixture(autouse=True)
def fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """Templates created in two runs must carry the same date to compare bytes."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def _outputs(root: Path) -> dict[str, bytes]:
    """Everything a build leaves, except its own cache."""
    return {k: v for k, v in snapshot(root).items() if not k.startswith(".painl10n/")}


def _mtimes(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


def _edit_source(root: Path) -> None:
    path = root / "source" / f"{SLUGS[0]}.md"
    text = path.read_text("utf-8")
    path.write_text(text.replace("\n\n", "\n\nA sentence added by an editor.\n\n", 3), "utf-8")


def _review(root: Path, slug: str, comment: str, translation: str) -> None:
    """A translator reviews the first Spanish entry whose comment names ``comment``."""
    path = root / "locales/es/LC_MESSAGES" / f"{slug}.po"
    catalog = read_po_file(path, shown=path.name)
    entry = next(e for e in catalog if not e.obsolete and comment in e.comment)
    entry.msgstr = translation
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    path.write_text(write_po(catalog, width=79), "utf-8")


def _translate_entry(root: Path) -> None:
    """A translator reviews one paragraph in the Spanish catalog (not the title)."""
    _review(root, SLUGS[1], "paragraph", "Traducción revisada por una persona.")


def _change_settings(root: Path) -> None:
    settings = root / "pyproject.toml"
    text = settings.read_text("utf-8")
    assert "[tool.painl10n]" in text
    settings.write_text(text.replace("[tool.painl10n]\n", "[tool.painl10n]\nwrap_width = 60\n"))


def _add_article(root: Path) -> None:
    (root / "source" / "new-article.md").write_text(
        "---\ntitle: A new article\ndate: 2024-05-01\n---\n\n# Sleep and pain\n\n"
        "Poor sleep makes pain worse, and pain makes sleep worse.\n",
        "utf-8",
    )


def _remove_article(root: Path) -> None:
    (root / "source" / f"{SLUGS[0]}.md").unlink()


def _change_termbase(root: Path) -> None:
    path = root / "locales" / "glossary.tbx"
    text = path.read_text("utf-8")
    assert "NSAID" in text
    path.write_text(text.replace("NSAID", "NSAID-drug", 1), "utf-8")


def _delete_page(root: Path) -> None:
    (root / "output" / "fr" / f"{SLUGS[1]}.html").unlink()


def _translate_title(root: Path) -> None:
    """A new Spanish title: the Spanish list of articles must show it."""
    _review(root, SLUGS[0], "front matter: title", "Un título nuevo, revisado")


def _tamper_index(root: Path) -> None:
    (root / "output" / "es" / "index.html").write_text("<p>edited by hand</p>", "utf-8")


def _delete_index(root: Path) -> None:
    (root / "output" / "index.html").unlink()


EDITS: dict[str, Callable[[Path], None]] = {
    "source edit": _edit_source,
    "catalog edit": _translate_entry,
    "settings change": _change_settings,
    "article added": _add_article,
    "article removed": _remove_article,
    "termbase change": _change_termbase,
    "page deleted": _delete_page,
    "title translated": _translate_title,
    "index page edited": _tamper_index,
    "root index deleted": _delete_index,
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_incremental_build_equals_clean_build(site: Path, tmp_path: Path, edit: str) -> None:
    build(Project.load(site))
    assert manifest_path(Project.load(site)).is_file()
    EDITS[edit](site)
    clean = tmp_path / "clean"
    shutil.copytree(site, clean)
    shutil.rmtree(clean / "output")
    shutil.rmtree(clean / ".painl10n")

    incremental = build(Project.load(site))
    fresh = build(Project.load(clean))

    assert fresh.skipped == 0
    assert _outputs(site) == _outputs(clean)
    assert sorted((o.language, o.slug, o.translated) for o in incremental.outcomes) == sorted(
        (o.language, o.slug, o.translated) for o in fresh.outcomes
    )


def test_incremental_build_equals_the_step_by_step_pipeline(site: Path, tmp_path: Path) -> None:
    """build's in-memory template/merge gives what extract then update write to disk."""
    from painl10n import extract, update

    other = tmp_path / "steps"
    shutil.copytree(site, other)
    _edit_source(site)
    _edit_source(other)
    build(Project.load(site))
    project = Project.load(other)
    extract(project)
    update(project)
    catalogs = sorted((other / "locales").rglob("*.po*"))
    assert catalogs
    for path in catalogs:
        relative = path.relative_to(other)
        assert (site / relative).read_bytes() == path.read_bytes(), relative


def test_second_build_skips_every_article_and_touches_nothing(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(Project.load(site))
    before, content = _mtimes(site), snapshot(site)

    def no_parsing(self: Project, path: Path) -> None:
        raise AssertionError(f"{path} was read although nothing changed")

    def no_indexes(*args: object) -> None:
        raise AssertionError("the index pages were rendered although nothing changed")

    monkeypatch.setattr(Project, "read_article", no_parsing)
    monkeypatch.setattr(incremental, "site_indexes", no_indexes)
    result = build(Project.load(site))

    assert result.skipped == len(SLUGS)
    assert result.files.changed == []
    assert len(result.outcomes) == len(SLUGS) * 4
    assert snapshot(site) == content
    assert _mtimes(site) == before


def test_one_article_edit_rewrites_only_that_articles_files(site: Path) -> None:
    build(Project.load(site))
    before = _mtimes(site)
    _edit_source(site)
    result = build(Project.load(site))

    changed = {name for name, stamp in _mtimes(site).items() if before.get(name) != stamp}
    assert result.skipped == 1
    assert f"source/{SLUGS[0]}.md" in changed
    assert f"locales/templates/LC_MESSAGES/{SLUGS[0]}.pot" in changed
    assert f"output/es/{SLUGS[0]}.html" in changed
    foreign = {
        name for name in changed if SLUGS[0] not in name and not name.startswith(".painl10n/")
    }
    # The index pages list titles only: an edited paragraph leaves them as they were.
    assert foreign == set()


def test_translator_edit_rebuilds_only_that_language(site: Path) -> None:
    build(Project.load(site))
    before = _mtimes(site)
    _translate_entry(site)
    build(Project.load(site))
    changed = {name for name, stamp in _mtimes(site).items() if before.get(name) != stamp}
    pages = {name for name in changed if name.startswith("output/")}
    assert f"output/es/{SLUGS[1]}.md" in pages
    assert pages <= {f"output/es/{SLUGS[1]}.md", f"output/es/{SLUGS[1]}.html"}
    assert not any(SLUGS[0] in name for name in changed)


def test_corrupt_manifest_means_a_full_build(site: Path) -> None:
    build(Project.load(site))
    content = _outputs(site)
    path = manifest_path(Project.load(site))
    path.write_text("{not json", "utf-8")
    result = build(Project.load(site))
    assert result.skipped == 0
    assert result.files.changed == []  # same bytes: nothing to write
    assert _outputs(site) == content
    assert build(Project.load(site)).skipped == len(SLUGS)  # and the manifest is whole again


def test_cache_is_ignored_by_git(site: Path) -> None:
    build(Project.load(site))
    ignore = site / ".painl10n" / ".gitignore"
    assert ignore.read_text("utf-8").splitlines()[-1] == "*"


def test_build_error_writes_nothing(site: Path) -> None:
    build(Project.load(site))
    _edit_source(site)
    bad = site / "locales/fr/LC_MESSAGES" / f"{SLUGS[1]}.po"
    bad.write_text(bad.read_text("utf-8") + '\nmsgid "unterminated\n', "utf-8")
    before = snapshot(site)
    with pytest.raises(Exception, match="fr/LC_MESSAGES"):
        build(Project.load(site))
    assert snapshot(site) == before
    assert not list(site.rglob("*.tmp"))


def test_a_language_left_out_is_rebuilt_after_its_template_moved(
    site: Path, tmp_path: Path
) -> None:
    """build -l es after a source edit must not make the other languages look fresh."""
    build(Project.load(site))
    _edit_source(site)
    build(Project.load(site), ["es"])
    clean = tmp_path / "clean"
    shutil.copytree(site, clean)
    shutil.rmtree(clean / "output")
    shutil.rmtree(clean / ".painl10n")
    result = build(Project.load(site))
    assert result.skipped == 1  # the unedited article only
    build(Project.load(clean))
    assert _outputs(site) == _outputs(clean)


# -- inputs shared across articles (main's links and translation memory) ----------


def test_adding_a_linked_article_rebuilds_the_page_that_links_to_it(
    site: Path, tmp_path: Path
) -> None:
    """The link map (every article's source and slug) is an input of every page."""
    path = site / "source" / f"{SLUGS[0]}.md"
    text = path.read_text("utf-8")
    path.write_text(text + "\nSee also [sleep and pain](new-article.md).\n", "utf-8")
    build(Project.load(site))
    page = site / "output" / "es" / f"{SLUGS[0]}.html"
    assert 'href="new-article.md"' in page.read_text("utf-8")  # no such article yet

    _add_article(site)
    clean = tmp_path / "clean"
    shutil.copytree(site, clean)
    shutil.rmtree(clean / "output")
    shutil.rmtree(clean / ".painl10n")
    result = build(Project.load(site))
    build(Project.load(clean))

    html = page.read_text("utf-8")
    assert 'href="new-article.html"' in html and 'href="new-article.md"' not in html
    assert result.skipped == 0  # the new slug changes the link map of every article
    assert _outputs(site) == _outputs(clean)


BANANAS = "Bananas are a good source of potassium."


def _bananas(root: Path, slug: str) -> None:
    (root / "source" / f"{slug}.md").write_text(
        f"---\ntitle: Article {slug}\nslug: {slug}\n---\n\n{BANANAS}\n", "utf-8"
    )


def test_a_translation_reviewed_elsewhere_prefills_an_up_to_date_article(
    site: Path, tmp_path: Path
) -> None:
    """The translation memory reads every catalog of a language: a string reviewed
    in one article pre-fills it (fuzzy) in an article whose own inputs did not move."""
    _bananas(site, "first")
    _bananas(site, "second")
    build(Project.load(site))
    path = site / "locales/es/LC_MESSAGES/second.po"
    catalog = read_po_file(path, shown=path.name)
    entry = catalog.find(BANANAS)
    assert entry is not None and entry.msgstr == ""
    entry.msgstr = "Los plátanos son una buena fuente de potasio."
    path.write_text(write_po(catalog, width=79), "utf-8")
    clean = tmp_path / "clean"
    shutil.copytree(site, clean)
    shutil.rmtree(clean / "output")
    shutil.rmtree(clean / ".painl10n")

    result = build(Project.load(site))
    fresh = build(Project.load(clean))

    first = read_po_file(site / "locales/es/LC_MESSAGES/first.po", shown="first.po")
    filled = first.find(BANANAS)
    assert filled is not None
    assert filled.msgstr == "Los plátanos son una buena fuente de potasio."
    assert "fuzzy" in filled.flags
    assert "tm: 100% from second" in filled.comment
    assert _outputs(site) == _outputs(clean)
    key = ("es", "first")
    outcome = next(o for o in result.outcomes if (o.language, o.slug) == key)
    assert (outcome.untranslated, outcome.fuzzy) == (1, 1)  # the title; the paragraph
    assert outcome == next(o for o in fresh.outcomes if (o.language, o.slug) == key)
    assert result.skipped >= 2  # the shipped articles were not rebuilt
    again = build(Project.load(site))
    assert again.skipped == len(SLUGS) + 2


def test_a_memory_that_did_not_move_reads_no_up_to_date_catalog(site: Path) -> None:
    """Near miss: an edit that adds no reviewed string leaves other articles alone."""
    _bananas(site, "first")
    build(Project.load(site))
    before = (site / "locales/es/LC_MESSAGES/first.po").stat().st_mtime_ns
    _edit_source(site)
    result = build(Project.load(site))
    assert result.skipped == 2  # 'first' and the other shipped article
    assert (site / "locales/es/LC_MESSAGES/first.po").stat().st_mtime_ns == before


@pytest.mark.parametrize(
    ("root", "path"),
    [
        ("/p/site", "/p/site/output/es/a.md"),
        ("/p/site", "/p/site"),
        ("/p/site", "/p/site-2/output/a.md"),
        ("/p/site", "/p/sitex"),
        ("/p/site", "/elsewhere/a.md"),
        ("site", "site/locales/es/a.po"),
        ("/", "/p/a.md"),
        ("/p/é ü", "/p/é ü/source/a b.md"),
    ],
)
def test_shown_paths_are_relative_to_the_root_as_pathlib_says(root: str, path: str) -> None:
    """The prefix test on the text answers what ``relative_to`` answers (or defers)."""

    class Settings:
        pass

    class Shown:
        settings = Settings()

        @staticmethod
        def shown(p: Path) -> str:
            return f"resolved {p}"

    project = Shown()
    project.settings.root = Path(root)  # type: ignore[attr-defined]
    try:
        expected = Path(path).relative_to(Path(root)).as_posix()
    except ValueError:
        expected = f"resolved {Path(path)}"
    assert _shown(project, Path(path)) == expected  # type: ignore[arg-type]
