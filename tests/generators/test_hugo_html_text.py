"""Raw HTML whose tags hold Hugo shortcodes, as Docsy's home page writes its buttons
(``<a {{% _param btn-lg primary %}} href="…">Get started</a>``): the words are offered
(the tag, shortcode included, stays in the file), and the real Hugo builds the Spanish
and the pseudo-locale pages with the tag intact."""

from __future__ import annotations

from pathlib import Path

from painl10n import Project, build
from painl10n.pipeline.extract import extract
from painl10n.pipeline.pseudo import write_pseudo_catalogs
from painl10n.pipeline.update import update
from painl10n.po import read_po, write_po
from tests.helpers.generators import build_hugo
from tests.helpers.html import HtmlPage

PAGE = """\
---
title: Pain guide
---

<div class="cta">
  <a {{% btn primary %}} href="/docs/">
    Get started
  </a>
</div>
"""
MSGID = "Get started"  # the link holds all of the run: its tag stays in the file
LAYOUT = "<!DOCTYPE html>\n<html><body><main>{{ .Content }}</main></body></html>\n"


def _site(root: Path) -> Path:
    (root / "content").mkdir(parents=True)
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "layouts" / "shortcodes").mkdir(parents=True)
    for name in ("single.html", "list.html"):
        (root / "layouts" / "_default" / name).write_text(LAYOUT, "utf-8")
    # the attributes of a button, as Docsy's '_param' shortcode gives them
    (root / "layouts" / "shortcodes" / "btn.html").write_text(
        'class="btn btn-{{ .Get 0 }}"', "utf-8"
    )
    (root / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "Pain guide"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
        'defaultContentLanguage = "en"\ndefaultContentLanguageInSubdir = true\n'
        "[languages.en]\nweight = 1\n[languages.es]\nweight = 2\n"
        '[languages.en-xa]\nweight = 3\nlanguageName = "en-XA"\n'
        "[markup.goldmark.renderer]\nunsafe = true\n",
        "utf-8",
    )
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "hugo"\nsource_dir = "content"\n', "utf-8"
    )
    (root / "content" / "guide.md").write_text(PAGE, "utf-8")
    return root


def test_a_button_whose_tag_holds_a_shortcode_is_translated_and_built(tmp_path: Path) -> None:
    root = _site(tmp_path / "site")
    project = Project.load(root)
    extract(project)
    update(project)
    path = project.catalog_path("es", "guide")
    catalog = read_po(path.read_text("utf-8"), path=str(path))
    assert [entry.msgid for entry in catalog] == ["Pain guide", MSGID]
    catalog[0].msgstr = "Guía del dolor"
    catalog[1].msgstr = "Empezar"
    path.write_text(write_po(catalog), "utf-8")
    write_pseudo_catalogs(project, ["en-XA"])
    build(Project.load(root), ["es", "en-XA"])
    build_hugo(root, root / "public")
    for language, words in (("es", "Empezar"), ("en-xa", "Ĝéţ šţåŕţéð")):
        page = HtmlPage(root / "public" / language / "guide" / "index.html")
        [button] = page.all("a", href="/docs/")
        assert button.attrs.get("class") == "btn btn-primary", (language, button.attrs)
        assert words in button.text, (language, button.text)
        assert "{{" not in button.text and "btn" not in button.text


def test_a_year_page_titled_by_a_number_is_translated_and_built(tmp_path: Path) -> None:
    """OpenTelemetry's blog titles each year's section ``title: 2019`` (a YAML number):
    Hugo builds it, so painl10n offers it and writes a translation as a string Hugo
    shows (an identity keeps its bytes: tests/sources/test_front_matter_paths.py)."""
    root = _site(tmp_path / "site")
    (root / "layouts" / "_default" / "list.html").write_text(
        "<!DOCTYPE html>\n<html><body><h1>{{ .Title }}</h1></body></html>\n", "utf-8"
    )
    (root / "content" / "blog" / "2019").mkdir(parents=True)
    year = "---\ntitle: 2019\nweight: -2019\n---\n"
    (root / "content" / "blog" / "2019" / "_index.md").write_text(year, "utf-8")
    project = Project.load(root)
    extract(project)
    update(project)
    path = project.catalog_path("es", "blog--2019--_index")
    catalog = read_po(path.read_text("utf-8"), path=str(path))
    assert [entry.msgid for entry in catalog] == ["2019"]
    catalog[0].msgstr = "Año 2019"
    path.write_text(write_po(catalog), "utf-8")
    write_pseudo_catalogs(project, ["en-XA"])
    build(Project.load(root), ["es", "en-XA"])
    build_hugo(root, root / "public")
    for language, title in (("en", "2019"), ("es", "Año 2019"), ("en-xa", "⟦2019 one⟧")):
        page = HtmlPage(root / "public" / language / "blog" / "2019" / "index.html")
        assert page.one("h1").text == title, language
