"""A Docusaurus project: '.mdx' files are articles, component_attributes is read and checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from painl10n.errors import Painl10nError
from painl10n.project import Project
from tests.helpers.dialect_pages import MDX_PAGE
from tests.helpers.project import small_project


def project(root: Path, generator: str = "docusaurus", settings: str = "") -> Project:
    small_project(root, {"doses.mdx": MDX_PAGE, "sleep.md": "# Sleep\n\nRest well.\n"}, '["es"]')
    with (root / "painl10n.toml").open("a", encoding="utf-8") as file:
        file.write(f'generator = "{generator}"\n{settings}')
    return Project.load(root)


def test_mdx_files_are_articles_named_without_their_extension(tmp_path: Path) -> None:
    docusaurus = project(tmp_path)
    assert [path.name for path in docusaurus.sources()] == ["doses.mdx", "sleep.md"]
    articles = {article.slug: article for article in docusaurus.articles()}
    assert set(articles) == {"doses", "sleep"}
    assert "Adults" in {seg.msgid for seg in articles["doses"].segments}
    translation = docusaurus.article_outputs("es", "doses", tmp_path / "source/doses.mdx")
    assert translation == [tmp_path / "i18n/es/docusaurus-plugin-content-docs/current/doses.mdx"]


def test_other_generators_read_no_mdx(tmp_path: Path) -> None:
    """Near miss: an '.mdx' file means nothing to Jekyll."""
    assert [path.name for path in project(tmp_path, "jekyll").sources()] == ["sleep.md"]


def test_an_mdx_file_stays_mdx_when_md_files_are_commonmark(tmp_path: Path) -> None:
    docusaurus = project(tmp_path, settings='markdown_extensions = ["-mdx"]\n')
    assert "mdx" not in docusaurus.flavor.extensions
    doses = next(a for a in docusaurus.articles() if a.slug == "doses")
    assert "mdx" in doses.flavor.extensions


def test_component_attributes_choose_the_attribute_messages(tmp_path: Path) -> None:
    docusaurus = project(tmp_path, settings='component_attributes = ["value"]\n')
    doses = next(a for a in docusaurus.articles() if a.slug == "doses")
    attributes = [seg.msgid for seg in doses.segments if seg.kind.endswith("of <TabItem>")]
    assert attributes == ["adults", "children"]


@pytest.mark.parametrize(
    "value", ['"label"', '{TabItem = "label"}', '{"Tab Item" = ["label"]}', '["la bel"]']
)
def test_a_malformed_component_attributes_is_an_error(tmp_path: Path, value: str) -> None:
    with pytest.raises(Painl10nError, match="component_attributes") as raised:
        project(tmp_path, settings=f"component_attributes = {value}\n")
    assert raised.value.path is not None and raised.value.path.endswith("painl10n.toml")


def test_an_mdx_article_moves_with_its_catalogs(tmp_path: Path) -> None:
    from painl10n.pipeline.extract import extract
    from painl10n.pipeline.move import move_article

    docusaurus = project(tmp_path)
    extract(docusaurus)
    source = tmp_path / "source"
    result = move_article(docusaurus, source / "doses.mdx", source / "dosage.mdx")
    assert (result.old, result.new) == ("doses", "dosage")
    assert (source / "dosage.mdx").read_text("utf-8") == MDX_PAGE
    assert docusaurus.template_path("dosage").is_file()
    with pytest.raises(Painl10nError, match="not a Markdown file"):
        move_article(docusaurus, source / "dosage.mdx", source / "dosage.txt")
