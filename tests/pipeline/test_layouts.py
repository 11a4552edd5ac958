"""A generator's layouts: translations written where Hugo, MkDocs, Jekyll or Docusaurus
read them, named by their paths, never over a source or a publisher's file."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from painl10n import Project, build
from painl10n.errors import Painl10nError
from tests.helpers.project import snapshot

HOME = "---\ntitle: Home\n---\n\n# Welcome\n\nHello.\n"
SECTION = "---\ntitle: Docs\nslug: my-docs\nurl: /docs/\n---\n\nAll the guides.\n"
DOSE = "---\ntitle: Dose guide\n---\n\nTake one tablet.\n\n![Chart of doses](chart.png)\n"
PNG = b"\x89PNG\r\n\x1a\nnot really"
# partial_pages = "notice": a page with untranslated text says so at the top of its body.
NOTICE = "> Algunas partes de esta página aún no están traducidas; se muestran en inglés.\n\n"


def noticed(text: str, first: str) -> str:
    """``text`` with the notice before its body's first block ``first``."""
    assert first in text
    return text.replace(first, NOTICE + first, 1)


def hugo_site(root: Path, layout: str, source: str = "content/en", generator: str = "hugo") -> Path:
    """Hugo's shape: a home and a section (``_index.md``), a page, an image beside it."""
    root.mkdir()
    (root / "painl10n.toml").write_text(
        f'languages = ["es"]\ngenerator = "{generator}"\noutput_layout = "{layout}"\n'
        f'source_dir = "{source}"\n',
        "utf-8",
    )
    docs = root / source / "docs"
    docs.mkdir(parents=True)
    (root / source / "_index.md").write_text(HOME, "utf-8")
    (docs / "_index.md").write_text(SECTION, "utf-8")
    (docs / "Dose_Guide.md").write_text(DOSE, "utf-8")
    (docs / "chart.png").write_bytes(PNG)
    return root


def _translate(root: Path, name: str, source: str, target: str) -> None:
    path = root / "locales" / "es" / "LC_MESSAGES" / f"{name}.po"
    catalog = polib.pofile(str(path))
    catalog.find(source).msgstr = target
    catalog.save()


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def folder_site(tmp_path: Path) -> Path:
    return hugo_site(tmp_path / "site", "folder")


@pytest.fixture
def jekyll_site(tmp_path: Path) -> Path:
    """The same tree for Jekyll, which finds an image only beside the page."""
    return hugo_site(tmp_path / "site", "folder", generator="jekyll")


@pytest.fixture
def suffix_site(tmp_path: Path) -> Path:
    return hugo_site(tmp_path / "site", "suffix", source="content")


def test_catalogs_are_named_by_path_not_by_the_generators_slug(folder_site: Path) -> None:
    build(Project.load(folder_site))
    templates = folder_site / "locales" / "templates" / "LC_MESSAGES"
    assert _files(templates) == ["_index.pot", "docs--Dose_Guide.pot", "docs--_index.pot"]
    assert _files(folder_site / "locales" / "es" / "LC_MESSAGES") == [
        "_index.po",
        "docs--Dose_Guide.po",
        "docs--_index.po",
    ]


def test_folder_layout_writes_each_translation_at_its_path_below_the_language(
    folder_site: Path,
) -> None:
    sources = snapshot(folder_site / "content" / "en")
    build(Project.load(folder_site))
    _translate(folder_site, "docs--Dose_Guide", "Take one tablet.", "Tome un comprimido.")
    _translate(folder_site, "docs--_index", "All the guides.", "Todas las guías.")
    build(Project.load(folder_site))

    spanish = folder_site / "content" / "es"
    assert _files(spanish) == [
        "_index.md",
        "docs/Dose_Guide.md",
        "docs/_index.md",
    ]
    dose = DOSE.replace("Take one tablet.", "Tome un comprimido.")  # the alt text is not
    assert (spanish / "docs" / "Dose_Guide.md").read_text("utf-8") == noticed(dose, "Tome")
    # The generator's own slug stays as it is; its absolute url moves under the
    # language, or the Spanish page would take the English one's place.
    section = SECTION.replace("All the guides.", "Todas las guías.")  # the title is not
    section = section.replace("url: /docs/", "url: /es/docs/")
    assert (spanish / "docs" / "_index.md").read_text("utf-8") == noticed(section, "Todas")
    # Untranslated: the source's, after its title, which says it is English (Hugo reads
    # a heading's attributes; a line below "Hello." it would show: attribute.block is off).
    home = noticed(HOME.replace("# Welcome", '# Welcome {lang="en" dir="ltr"}'), "Hello.")
    assert (spanish / "_index.md").read_text("utf-8") == home
    # Hugo finds the bundle's image in content/en itself: no copy.
    # Nothing else: no source-language copy, no painl10n page, index or asset.
    assert snapshot(folder_site / "content" / "en") == sources
    assert not (folder_site / "output").exists()
    assert sorted(p.name for p in folder_site.iterdir()) == [
        ".painl10n",
        "content",
        "locales",
        "painl10n.toml",
    ]
    assert not list(folder_site.rglob("*.html"))


def test_a_second_build_writes_nothing(folder_site: Path) -> None:
    build(Project.load(folder_site))
    before = {p: p.stat().st_mtime_ns for p in folder_site.rglob("*") if p.is_file()}
    result = build(Project.load(folder_site))
    assert result.files.changed == []
    assert result.skipped == 3
    after = {p: p.stat().st_mtime_ns for p in folder_site.rglob("*") if p.is_file()}
    assert after == before


def test_a_deleted_translation_is_written_again(folder_site: Path) -> None:
    build(Project.load(folder_site))
    page = folder_site / "content" / "es" / "docs" / "Dose_Guide.md"
    page.unlink()
    result = build(Project.load(folder_site))
    assert page.read_text("utf-8") == noticed(DOSE, "Take")
    assert result.files.changed == ["content/es/docs/Dose_Guide.md"]


def test_jekyll_gets_a_copy_of_each_image_beside_the_translation(jekyll_site: Path) -> None:
    build(Project.load(jekyll_site))
    spanish = jekyll_site / "content" / "es"
    assert (spanish / "docs" / "chart.png").read_bytes() == PNG  # the relative image resolves
    (jekyll_site / "content" / "en" / "docs" / "chart.png").write_bytes(b"a new chart")
    result = build(Project.load(jekyll_site))
    assert result.files.changed == ["content/es/docs/chart.png"]
    assert (spanish / "docs" / "chart.png").read_bytes() == b"a new chart"
    assert build(Project.load(jekyll_site)).files.changed == []


def test_stale_translations_go_and_the_publishers_files_stay(jekyll_site: Path) -> None:
    folder_site = jekyll_site
    build(Project.load(folder_site))
    spanish = folder_site / "content" / "es"
    mine = spanish / "docs" / "mine.md"
    mine.write_text("# Mine\n", "utf-8")  # the publisher's own Spanish page
    (spanish / "extra").mkdir()
    (spanish / "extra" / "note.txt").write_text("keep\n", "utf-8")
    (folder_site / "content" / "en" / "docs" / "Dose_Guide.md").unlink()
    (folder_site / "content" / "en" / "docs" / "chart.png").unlink()

    result = build(Project.load(folder_site))

    assert sorted(result.files.removed) == [
        "content/es/docs/Dose_Guide.md",
        "content/es/docs/chart.png",
        "locales/templates/LC_MESSAGES/docs--Dose_Guide.pot",
    ]
    assert _files(spanish) == ["_index.md", "docs/_index.md", "docs/mine.md", "extra/note.txt"]
    assert mine.read_text("utf-8") == "# Mine\n"


def test_an_emptied_folder_of_translations_goes(folder_site: Path) -> None:
    build(Project.load(folder_site))
    for path in (folder_site / "content" / "en" / "docs").iterdir():
        path.unlink()
    build(Project.load(folder_site))
    assert _files(folder_site / "content" / "es") == ["_index.md"]
    assert not (folder_site / "content" / "es" / "docs").exists()


def test_a_file_painl10n_did_not_write_is_never_overwritten(jekyll_site: Path) -> None:
    folder_site = jekyll_site
    theirs = folder_site / "content" / "es" / "docs" / "Dose_Guide.md"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("# Guía de dosis (a mano)\n", "utf-8")
    image = folder_site / "content" / "es" / "docs" / "chart.png"
    image.write_bytes(b"their own chart")
    with pytest.raises(Painl10nError) as caught:
        build(Project.load(folder_site))
    message = str(caught.value)
    assert "content/es/docs/Dose_Guide.md: build would overwrite this file" in message
    assert "content/es/docs/chart.png: build would overwrite this file" in message
    assert theirs.read_text("utf-8") == "# Guía de dosis (a mano)\n"
    assert image.read_bytes() == b"their own chart"
    assert not (folder_site / "content" / "es" / "_index.md").exists()  # all or nothing


def test_a_file_equal_to_the_translation_is_adopted(folder_site: Path, tmp_path: Path) -> None:
    """A fresh checkout of a site whose translations were committed: no manifest, same bytes."""
    build(Project.load(folder_site))
    (folder_site / ".painl10n" / "cache" / "build.json").unlink()
    result = build(Project.load(folder_site))
    assert result.files.changed == []


def test_pseudo_locales_follow_the_layout(folder_site: Path) -> None:
    build(Project.load(folder_site), ["en-XA"])
    accented = folder_site / "content" / "en-xa"  # Hugo's spelling of the language
    assert _files(accented) == [
        "_index.md",
        "docs/Dose_Guide.md",
        "docs/_index.md",
    ]
    assert "Take one tablet." not in (accented / "docs" / "Dose_Guide.md").read_text("utf-8")
    build(Project.load(folder_site))  # es only: the pseudo-locale's files stay
    assert _files(accented)


def test_suffix_layout_writes_beside_each_source(suffix_site: Path) -> None:
    build(Project.load(suffix_site))
    _translate(suffix_site, "docs--Dose_Guide", "Take one tablet.", "Tome un comprimido.")
    build(Project.load(suffix_site))
    assert _files(suffix_site / "content") == [
        "_index.es.md",
        "_index.md",
        "docs/Dose_Guide.es.md",
        "docs/Dose_Guide.md",
        "docs/_index.es.md",
        "docs/_index.md",
        "docs/chart.png",
    ]
    text = (suffix_site / "content" / "docs" / "Dose_Guide.es.md").read_text("utf-8")
    assert text == noticed(DOSE.replace("Take one tablet.", "Tome un comprimido."), "Tome")


def test_suffix_layout_never_reads_a_translation_as_a_source(suffix_site: Path) -> None:
    content = suffix_site / "content"
    (content / "about.es.md").write_text("# Acerca de\n", "utf-8")  # the publisher's own
    (content / "faq.ES.md").write_text("# Preguntas\n", "utf-8")
    build(Project.load(suffix_site))
    result = build(Project.load(suffix_site))
    templates = _files(suffix_site / "locales" / "templates" / "LC_MESSAGES")
    assert templates == ["_index.pot", "docs--Dose_Guide.pot", "docs--_index.pot"]
    assert result.files.changed == []
    assert (content / "about.es.md").read_text("utf-8") == "# Acerca de\n"
    assert not list(content.rglob("*.es.es.md"))


def test_suffix_layout_replaces_the_source_languages_suffix(tmp_path: Path) -> None:
    """Hugo reads ``about.en.md`` as English; its Spanish is ``about.es.md``."""
    root = hugo_site(tmp_path / "site", "suffix", source="content")
    (root / "content" / "about.en.md").write_text("# About\n", "utf-8")
    build(Project.load(root))
    about = '# About {lang="en" dir="ltr"}\n\n' + NOTICE[:-1]
    assert (root / "content" / "about.es.md").read_text("utf-8") == about
    assert (root / "locales" / "templates" / "LC_MESSAGES" / "about.en.pot").is_file()


def test_stale_suffix_translations_go(suffix_site: Path) -> None:
    build(Project.load(suffix_site))
    (suffix_site / "content" / "docs" / "Dose_Guide.md").unlink()
    result = build(Project.load(suffix_site))
    assert "content/docs/Dose_Guide.es.md" in result.files.removed
    assert not (suffix_site / "content" / "docs" / "Dose_Guide.es.md").exists()
    assert (suffix_site / "content" / "docs" / "chart.png").read_bytes() == PNG


def test_docusaurus_layout(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "docs" / "guides").mkdir(parents=True)
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "docusaurus"\nsource_dir = "docs"\n', "utf-8"
    )
    (root / "docs" / "intro.md").write_text("# Intro\n\nHello.\n", "utf-8")
    (root / "docs" / "guides" / "dose.md").write_text(DOSE, "utf-8")
    (root / "docs" / "guides" / "chart.png").write_bytes(PNG)
    build(Project.load(root))
    current = root / "i18n" / "es" / "docusaurus-plugin-content-docs" / "current"
    assert _files(current) == ["guides/chart.png", "guides/dose.md", "intro.md"]
    assert _files(root / "locales" / "templates") == [
        "LC_MESSAGES/guides--dose.pot",
        "LC_MESSAGES/intro.pot",
    ]


def test_folder_layout_inside_the_source_folder_skips_the_translations(tmp_path: Path) -> None:
    """Jekyll-like: the sources at the top, each language's folder among them."""
    root = tmp_path / "site"
    (root / "src").mkdir(parents=True)
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "jekyll"\nsource_dir = "src"\noutput_dir = "src"\n',
        "utf-8",
    )
    (root / "src" / "index.md").write_text("# Home\n", "utf-8")
    build(Project.load(root))
    result = build(Project.load(root))
    assert _files(root / "src") == ["es/index.md", "index.md"]
    assert result.files.changed == []
    assert _files(root / "locales" / "templates") == ["LC_MESSAGES/index.pot"]


def test_what_a_killed_build_left_staged_among_the_translations_goes(suffix_site: Path) -> None:
    build(Project.load(suffix_site))
    leftover = suffix_site / "content" / "docs" / ".Dose_Guide.es.md.999999999-0.tmp"
    leftover.write_text("half a translation", "utf-8")
    build(Project.load(suffix_site))
    assert not leftover.exists()


def test_a_moved_source_takes_its_translations_along(folder_site: Path) -> None:
    build(Project.load(folder_site))
    _translate(folder_site, "docs--Dose_Guide", "Take one tablet.", "Tome un comprimido.")
    english = folder_site / "content" / "en"
    (english / "guides").mkdir()
    (english / "docs" / "Dose_Guide.md").rename(english / "guides" / "Dose_Guide.md")
    result = build(Project.load(folder_site))
    assert (result.renames.renamed[0].old, result.renames.renamed[0].new) == (
        "docs--Dose_Guide",
        "guides--Dose_Guide",
    )
    spanish = folder_site / "content" / "es"
    assert _files(spanish) == ["_index.md", "docs/_index.md", "guides/Dose_Guide.md"]
    assert "Tome un comprimido." in (spanish / "guides" / "Dose_Guide.md").read_text("utf-8")


def test_keep_going_keeps_a_refused_articles_last_translation(folder_site: Path) -> None:
    build(Project.load(folder_site))
    (folder_site / "content" / "en" / "docs" / "Dose_Guide.md").write_bytes(b"caf\xe9\n")
    result = build(Project.load(folder_site), keep_going=True)
    assert [error.path for error in result.refused] == ["content/en/docs/Dose_Guide.md"]
    spanish = folder_site / "content" / "es" / "docs" / "Dose_Guide.md"
    assert spanish.read_text("utf-8") == noticed(DOSE, "Take")


def test_docusaurus_keeps_the_languages_folders_when_its_last_doc_goes(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "docs" / "guides").mkdir(parents=True)
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "docusaurus"\nsource_dir = "docs"\n', "utf-8"
    )
    (root / "docs" / "guides" / "dose.md").write_text(DOSE, "utf-8")
    build(Project.load(root))
    (root / "docs" / "guides" / "dose.md").unlink()
    build(Project.load(root))
    current = root / "i18n" / "es" / "docusaurus-plugin-content-docs" / "current"
    assert current.is_dir()  # guides/ went; Docusaurus' own folders stay
    assert not list(current.iterdir())
