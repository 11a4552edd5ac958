"""``heading_ids``, ``shortcode_parameters`` and ``code_shortcodes`` reach the project's flavor,
and a malformed one is a one-line settings error that says what to write."""

from __future__ import annotations

from pathlib import Path

import pytest

from painl10n.config import load_settings
from painl10n.errors import Painl10nError
from painl10n.project import Project
from painl10n.sources.model import PLAIN


def _project(root: Path, settings: str, generator: str = "hugo") -> Project:
    (root / "source").mkdir(exist_ok=True)
    (root / "painl10n.toml").write_text(
        f'languages = ["es"]\ngenerator = "{generator}"\n{settings}', "utf-8"
    )
    return Project.load(root)


def test_the_defaults(tmp_path: Path) -> None:
    flavor = _project(tmp_path, "").flavor
    assert flavor.heading_ids == "auto"
    assert flavor.translatable_parameters("figure") == ("title", "alt", "caption")
    assert flavor.code_shortcodes == {"code-toggle", "highlight"}


def test_settings_reach_the_flavor(tmp_path: Path) -> None:
    flavor = _project(
        tmp_path,
        'heading_ids = "source"\n'
        'shortcode_parameters = { figure = ["caption"], "*" = [] }\n'
        'code_shortcodes = ["terminal", "docs/code"]\n',
    ).flavor
    assert flavor.heading_ids == "source"
    assert flavor.translatable_parameters("figure") == ("caption",)
    assert flavor.translatable_parameters("note") == ()
    assert flavor.code_shortcodes == {"terminal", "docs/code"}


def test_plain_projects_keep_their_flavor(tmp_path: Path) -> None:
    assert _project(tmp_path, 'heading_ids = "source"\n', "plain").flavor == PLAIN


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ('heading_ids = "slug"\n', "unknown heading_ids 'slug'"),
        ("heading_ids = true\n", "setting 'heading_ids' must be a str"),
        ('shortcode_parameters = { figure = "alt" }\n', "'figure' must name a shortcode"),
        ('shortcode_parameters = { "a b" = ["alt"] }\n', "'a b' must name a shortcode"),
        ('shortcode_parameters = { figure = ["a lt"] }\n', "'figure' must name a shortcode"),
        ('code_shortcodes = "highlight"\n', "setting 'code_shortcodes' must be a list"),
        ('code_shortcodes = ["{{< x >}}"]\n', "'code_shortcodes' must be a list of shortcode"),
    ],
)
def test_a_malformed_setting_is_an_error(tmp_path: Path, settings: str, message: str) -> None:
    (tmp_path / "painl10n.toml").write_text(
        f'languages = ["es"]\ngenerator = "hugo"\n{settings}', "utf-8"
    )
    with pytest.raises(Painl10nError) as caught:
        load_settings(tmp_path)
    assert message in str(caught.value) and "painl10n.toml" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_heading_id_type_is_hugos_auto_heading_id_type(tmp_path: Path) -> None:
    assert _project(tmp_path, "").flavor.heading_id_type == "github"
    flavor = _project(tmp_path, 'heading_id_type = "blackfriday"\n').flavor
    assert flavor.heading_id_type == "blackfriday"
    with pytest.raises(Painl10nError, match="unknown heading_id_type 'x'"):
        _project(tmp_path, 'heading_id_type = "x"\n')


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("hugo.toml", '[markup.goldmark.parser]\nautoHeadingIDType = "blackfriday"\n'),
        (
            "config.yaml",
            "markup:\n  goldmark:\n    parser:\n      autoHeadingIDType: blackfriday\n",
        ),
        ("hugo.json", '{"Markup": {"Goldmark": {"Parser": {"AutoHeadingIDType": "blackfriday"}}}}'),
        ("config/_default/markup.toml", '[goldmark.parser]\nautoHeadingIDType = "blackfriday"\n'),
    ],
)
def test_hugos_own_configuration_gives_the_id_type(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text, "utf-8")
    assert _project(tmp_path, "").flavor.heading_id_type == "blackfriday"
    # painl10n's own setting wins; other generators never read Hugo's files
    assert _project(tmp_path, 'heading_id_type = "github"\n').flavor.heading_id_type == "github"
    assert _project(tmp_path, "", "jekyll").flavor.heading_id_type == "github"


def test_a_hugo_configuration_without_the_key_or_with_a_bad_value(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('title = "Site"\n', "utf-8")
    assert _project(tmp_path, "").flavor.heading_id_type == "github"
    bad = '[markup.goldmark.parser]\nautoHeadingIDType = "x"\n'
    (tmp_path / "hugo.toml").write_text(bad, "utf-8")
    with pytest.raises(Painl10nError, match=r"unknown markup\.goldmark\S+ 'x'") as e:
        _project(tmp_path, "")
    assert "hugo.toml" in str(e.value) and "\n" not in str(e.value)
    (tmp_path / "hugo.toml").write_text("[markup\n", "utf-8")
    with pytest.raises(Painl10nError, match="cannot read Hugo's configuration") as e:
        _project(tmp_path, "")
    assert "hugo.toml" in str(e.value) and "\n" not in str(e.value)


def test_hugos_passthrough_delimiters_are_read_from_its_configuration(tmp_path: Path) -> None:
    """hugo-docs' hugo.toml and Docsy's config/_default/hugo.yaml enable it."""
    assert _project(tmp_path, "").flavor.math_delimiters == ()
    config = tmp_path / "config" / "_default" / "hugo.yaml"
    config.parent.mkdir(parents=True)
    config.write_text(
        "markup:\n  goldmark:\n    extensions:\n      passthrough:\n        enable: true\n"
        "        delimiters:\n          block: [['\\[', '\\]'], ['$$', '$$']]\n"
        "          inline: [['\\(', '\\)']]\n",
        "utf-8",
    )
    expected = (("\\[", "\\]"), ("$$", "$$"), ("\\(", "\\)"))
    assert _project(tmp_path, "").flavor.math_delimiters == expected
    assert _project(tmp_path, "", "jekyll").flavor.math_delimiters == ()
    config.write_text(config.read_text("utf-8").replace("enable: true", "enable: false"), "utf-8")
    assert _project(tmp_path, "").flavor.math_delimiters == ()
    config.unlink()
    (tmp_path / "hugo.toml").write_text(
        "[markup.goldmark.extensions.passthrough]\nenable = true\n"
        "[markup.goldmark.extensions.passthrough.delimiters]\ninline = [['$']]\n",
        "utf-8",
    )
    with pytest.raises(Painl10nError, match=r"passthrough\.delimiters\.inline must") as e:
        _project(tmp_path, "")
    assert "hugo.toml" in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize(
    ("name", "text", "of_text"),
    [
        ("hugo.toml", '[module.hugoVersion]\nmin = "0.144.0"\n', True),
        ("hugo.toml", '[module.hugoVersion]\nmin = "0.143.1"\n', False),
        ("config/_default/module.yaml", "hugoVersion:\n  min: 0.160.1\n", True),
        ("hugo.yaml", "v: &v 0.160.1\nmodule:\n  hugoVersion:\n    min: *v\n", True),
        ("hugo.toml", 'title = "no minimum"\n', False),
    ],
)
def test_a_sites_minimum_hugo_says_how_heading_ids_are_made(
    tmp_path: Path, name: str, text: str, of_text: bool
) -> None:
    """Hugo 0.144.0 makes heading ids of their text (hugo-docs needs 0.144.0, Docsy
    0.160.1); older Hugo of their raw Markdown, which painl10n follows otherwise."""
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text, "utf-8")
    assert _project(tmp_path, "").flavor.heading_ids_of_text is of_text
    assert _project(tmp_path, "", "jekyll").flavor.heading_ids_of_text is False


def test_hugos_definition_term_ids_are_read_from_its_configuration(tmp_path: Path) -> None:
    assert _project(tmp_path, "").flavor.definition_term_ids is False
    (tmp_path / "hugo.toml").write_text(
        "[markup.goldmark.parser]\nautoDefinitionTermID = true\n", "utf-8"
    )
    assert _project(tmp_path, "").flavor.definition_term_ids is True
    (tmp_path / "hugo.toml").write_text(
        "[markup.goldmark.parser]\nautoDefinitionTermID = false\n", "utf-8"
    )
    assert _project(tmp_path, "").flavor.definition_term_ids is False


def test_hugos_attribute_lines_are_read_from_its_configuration(tmp_path: Path) -> None:
    """Hugo shows a line '{lang="en"}' as text unless parser.attribute.block is true."""
    assert _project(tmp_path, "").flavor.attribute_lines is False
    (tmp_path / "config" / "_default").mkdir(parents=True)
    markup = tmp_path / "config" / "_default" / "markup.yaml"
    markup.write_text("goldmark:\n  parser:\n    attribute:\n      block: true\n", "utf-8")
    assert _project(tmp_path, "").flavor.attribute_lines is True
    assert _project(tmp_path, "", "jekyll").flavor.attribute_lines is False
    markup.write_text("goldmark:\n  parser:\n    attribute:\n      title: true\n", "utf-8")
    assert _project(tmp_path, "").flavor.attribute_lines is False


def test_mkdocs_bundles_and_module_names_are_read_as_their_extensions(tmp_path: Path) -> None:
    """pydantic's mkdocs.yml loads 'pymdownx.extra' (abbr, attr_list, def_list, footnotes,
    md_in_html, tables, superfences); Python-Markdown also takes its own extensions by
    module ('markdown.extensions.admonition'). Read as names painl10n did not know,
    they were left out, and every definition list, footnote and attribute list of such
    a site was read as CommonMark. An unknown bundle-like name stays out (near miss)."""
    (tmp_path / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "mkdocs"\nsource_dir = "docs"\n', "utf-8"
    )
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: A\nmarkdown_extensions:\n  - pymdownx.extra\n"
        "  - markdown.extensions.admonition\n  - pymdownx.extras\n",
        "utf-8",
    )
    extensions = Project.load(tmp_path).flavor.extensions
    assert extensions == {
        "abbr", "attr_list", "def_list", "footnotes", "md_in_html", "tables",
        "pymdownx.superfences", "admonition",
    }  # fmt: skip
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: A\nmarkdown_extensions:\n  - extra\n  - markdown.extensions.toc\n", "utf-8"
    )
    assert Project.load(tmp_path).flavor.extensions == {
        "abbr", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc",
    }  # fmt: skip
