"""What each generator shows readers from front matter is offered without a setting:
Hugo's ``linkTitle`` (menus, breadcrumbs, section lists: a real Hugo build shows the
translation), Docusaurus' sidebar and pagination labels; a project's own list wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from painl10n import Project, build
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po, write_po
from tests.helpers.generators import build_hugo
from tests.helpers.html import HtmlPage

GUIDE = """\
---
title: Taking paracetamol safely
linkTitle: Paracetamol
summary: How much to take, and when to stop.
weight: 1
---

Take no more than 4 g a day.
"""
LIST = (
    "<!DOCTYPE html>\n<html><body><h1>{{ .Title }}</h1><ul>"
    '{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}'
    "</ul></body></html>\n"
)
SINGLE = (
    "<!DOCTYPE html>\n<html><body><nav>{{ .LinkTitle }}</nav><h1>{{ .Title }}</h1>"
    "<main>{{ .Content }}</main></body></html>\n"
)
SPANISH = {
    "Taking paracetamol safely": "Cómo tomar paracetamol con seguridad",
    "Paracetamol": "Paracetamol (guía)",
    "How much to take, and when to stop.": "Cuánto tomar y cuándo dejar de tomarlo.",
    "Take no more than 4 g a day.": "No tome más de 4 g al día.",
    "Guides": "Guías",
}


def _hugo_site(root: Path, settings: str = "") -> Path:
    (root / "content" / "guides").mkdir(parents=True)
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "layouts" / "_default" / "list.html").write_text(LIST, "utf-8")
    (root / "layouts" / "_default" / "single.html").write_text(SINGLE, "utf-8")
    (root / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "Pain guide"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
        'defaultContentLanguage = "en"\ndefaultContentLanguageInSubdir = true\n'
        "[languages.en]\nweight = 1\n[languages.es]\nweight = 2\n",
        "utf-8",
    )
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "hugo"\nsource_dir = "content"\n' + settings, "utf-8"
    )
    (root / "content" / "guides" / "_index.md").write_text("---\ntitle: Guides\n---\n", "utf-8")
    (root / "content" / "guides" / "paracetamol.md").write_text(GUIDE, "utf-8")
    return root


def _msgids(project: Project, slug: str) -> list[str]:
    path = project.catalog_path("es", slug)
    return [entry.msgid for entry in read_po(path.read_text("utf-8"), path=str(path))]


def test_hugo_offers_link_title_and_summary_and_builds_them(tmp_path: Path) -> None:
    root = _hugo_site(tmp_path / "site")
    project = Project.load(root)
    extract(project)
    update(project)
    slug = "guides--paracetamol"
    assert _msgids(project, slug) == [
        "Taking paracetamol safely",
        "Paracetamol",
        "How much to take, and when to stop.",
        "Take no more than 4 g a day.",
    ]
    for name in (slug, "guides--_index"):
        path = project.catalog_path("es", name)
        catalog = read_po(path.read_text("utf-8"), path=str(path))
        for entry in catalog:
            entry.msgstr = SPANISH[entry.msgid]
        path.write_text(write_po(catalog), "utf-8")
    build(Project.load(root), ["es"])
    written = (root / "content" / "guides" / "paracetamol.es.md").read_text("utf-8")
    assert "linkTitle: Paracetamol (guía)\n" in written
    assert "weight: 1\n" in written
    build_hugo(root, root / "public")
    section = HtmlPage(root / "public" / "es" / "guides" / "index.html")
    assert [item.text for item in section.all("a")] == ["Paracetamol (guía)"]
    page = HtmlPage(root / "public" / "es" / "guides" / "paracetamol" / "index.html")
    assert page.one("nav").text == "Paracetamol (guía)"
    assert page.one("h1").text == "Cómo tomar paracetamol con seguridad"
    english = HtmlPage(root / "public" / "en" / "guides" / "index.html")
    assert [item.text for item in english.all("a")] == ["Paracetamol"]


def test_a_projects_own_list_is_taken_as_it_is(tmp_path: Path) -> None:
    root = _hugo_site(tmp_path / "site", 'front_matter_fields = ["title"]\n')
    project = Project.load(root)
    extract(project)
    update(project)
    assert _msgids(project, "guides--paracetamol") == [
        "Taking paracetamol safely",
        "Take no more than 4 g a day.",
    ]


@pytest.mark.parametrize(
    ("generator", "offered"),
    [
        ("plain", ["Doses", "How much to take."]),
        ("mkdocs", ["Doses", "How much to take."]),
        ("jekyll", ["Doses", "How much to take."]),
        ("docusaurus", ["Doses", "Dosing", "Next: dosing", "How much to take."]),
    ],
)
def test_each_generators_default_fields(tmp_path: Path, generator: str, offered: list[str]) -> None:
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (root / "painl10n.toml").write_text(
        f'languages = ["es"]\ngenerator = "{generator}"\nsource_dir = "docs"\n', "utf-8"
    )
    (root / "docs" / "doses.md").write_text(
        "---\ntitle: Doses\nsidebar_label: Dosing\npagination_label: 'Next: dosing'\n"
        "linkTitle: Dose list\n---\n\nHow much to take.\n",
        "utf-8",
    )
    project = Project.load(root)
    extract(project)
    update(project)
    assert _msgids(project, "doses") == offered
