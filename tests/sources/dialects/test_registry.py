"""The dialect registry: which extensions a project's articles are parsed with."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from painl10n.errors import Painl10nError
from painl10n.project import Project
from painl10n.sources.dialects import DIALECTS, flavor_for
from painl10n.sources.markdown import parser, segmenting_parser
from painl10n.sources.model import PLAIN, Flavor
from tests.helpers.mkdocs_site import MKDOCS_YML, PAGE
from tests.helpers.project import small_project


def rules(md: MarkdownIt) -> list[list[str]]:
    return [ruler.get_active_rules() for ruler in (md.core.ruler, md.block.ruler, md.inline.ruler)]


def test_plain_is_the_commonmark_parser_of_before() -> None:
    before = (
        MarkdownIt("commonmark", {"html": True})
        .enable("table")
        .use(front_matter_plugin)
        .use(footnote_plugin)
    )
    assert rules(parser()) == rules(before) == rules(parser(PLAIN))
    assert parser() is parser(Flavor())
    assert flavor_for("plain") == PLAIN
    for generator in ("docusaurus", "jekyll", "hugo"):
        assert flavor_for(generator).extensions == DIALECTS[generator].defaults
        assert rules(parser(flavor_for(generator))) != rules(before)


def test_each_flavor_has_its_own_cached_parsers() -> None:
    mkdocs = flavor_for("mkdocs")
    assert parser(mkdocs) is parser(flavor_for("mkdocs"))
    assert parser(mkdocs) is not parser()
    assert "admonition" in parser(mkdocs).block.ruler.get_active_rules()
    assert "admonition" in segmenting_parser(mkdocs).block.ruler.get_active_rules()
    without = flavor_for("mkdocs", changes=["-admonition", "-pymdownx.details"])
    assert "admonition" not in parser(without).block.ruler.get_active_rules()


def test_changes_add_and_remove_single_extensions() -> None:
    assert flavor_for("mkdocs").extensions == DIALECTS["mkdocs"].defaults
    flavor = flavor_for("mkdocs", ["admonition", "toc", "pymdownx.highlight"], ["-admonition"])
    assert flavor.extensions == {"toc"}  # unknown names of the generator's own file: ignored
    flavor = flavor_for("mkdocs", [], ["pymdownx.tabbed", "+abbr"])
    assert flavor.extensions == {"pymdownx.tabbed", "abbr"}


@pytest.mark.parametrize(
    ("generator", "changes", "message"),
    [
        ("mkdocs", ["pymdownx.nonesuch"], "unknown mkdocs extension 'pymdownx.nonesuch'"),
        ("hugo", ["abbr"], "unknown hugo extension 'abbr'"),
    ],
)
def test_an_unknown_extension_is_an_error(generator: str, changes: list[str], message: str) -> None:
    with pytest.raises(Painl10nError, match=message):
        flavor_for(generator, None, changes)


def mkdocs_project(root: Path, settings: str = "", yml: str | None = MKDOCS_YML) -> Project:
    small_project(root, {"relief.md": PAGE}, languages='["es"]')
    with (root / "painl10n.toml").open("a", encoding="utf-8") as file:
        file.write('generator = "mkdocs"\n' + settings)
    if yml is not None:
        (root / "mkdocs.yml").write_text(yml, "utf-8")
    return Project.load(root)


def test_the_projects_mkdocs_yml_names_the_extensions(tmp_path: Path) -> None:
    """Its '!!python/name' tags (real sites have them) are read as nothing, never run."""
    project = mkdocs_project(tmp_path)
    assert project.flavor.extensions == {
        "abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html",
        "pymdownx.details", "pymdownx.emoji", "pymdownx.superfences", "pymdownx.tabbed",
        "pymdownx.blocks.admonition", "pymdownx.blocks.details", "pymdownx.blocks.tab",
    }  # fmt: skip
    kinds = {seg.kind for seg in project.articles()[0].segments}
    assert "tab title" in kinds and 'expansion of abbreviation "HTML"' in kinds


def test_markdown_extensions_change_the_yml_list(tmp_path: Path) -> None:
    project = mkdocs_project(tmp_path, 'markdown_extensions = ["-abbr", "pymdownx.blocks.html"]\n')
    assert "abbr" not in project.flavor.extensions
    assert "pymdownx.blocks.html" in project.flavor.extensions
    kinds = {seg.kind for seg in project.articles()[0].segments}
    assert 'expansion of abbreviation "HTML"' not in kinds


def test_without_mkdocs_yml_the_dialect_defaults(tmp_path: Path) -> None:
    project = mkdocs_project(tmp_path, yml=None)
    assert project.flavor.extensions == DIALECTS["mkdocs"].defaults


def test_an_unknown_extension_names_the_settings_file(tmp_path: Path) -> None:
    with pytest.raises(Painl10nError) as raised:
        mkdocs_project(tmp_path, 'markdown_extensions = ["tabbed"]\n')
    assert raised.value.path is not None and raised.value.path.endswith("painl10n.toml")
    assert "pymdownx.tabbed" in str(raised.value.hint)


@pytest.mark.parametrize(
    ("settings", "yml", "message"),
    [
        ("markdown_extensions = [1]\n", MKDOCS_YML, "must be a list of extension names"),
        ("markdown_extensions = ['-']\n", MKDOCS_YML, "must be a list of extension names"),
        ("", "markdown_extensions: [abbr\n", "invalid YAML"),
    ],
)
def test_bad_settings_are_one_line_errors(
    tmp_path: Path, settings: str, yml: str, message: str
) -> None:
    with pytest.raises(Painl10nError, match=message):
        mkdocs_project(tmp_path, settings, yml)


def test_a_plain_project_ignores_mkdocs_yml(tmp_path: Path) -> None:
    small_project(tmp_path, {"relief.md": PAGE}, languages='["es"]')
    (tmp_path / "mkdocs.yml").write_text("markdown_extensions: [abbr\n", "utf-8")
    assert Project.load(tmp_path).flavor == PLAIN
