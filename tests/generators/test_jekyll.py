"""painl10n's translations published by the real Jekyll (Debian package ``jekyll``).

Offline, with Debian's gems and no bundler: the minima theme and the
jekyll-relative-links plugin (Debian ``ruby-jekyll-relative-links``), which
turns the articles' ``other.md`` links into pages. One folder per language
(``en/``, ``es/``, ``en-XA/``) with its ``lang`` set by the configuration's
defaults; Jekyll has no language switcher of its own, so the layout lists
the pages of the same file name in the other languages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.dialect_pages import JEKYLL_NOTE, JEKYLL_PAGE
from tests.helpers.dialect_pages import SPANISH as DIALECT_SPANISH
from tests.helpers.generator_sites import (
    ARTICLES,
    IMAGE,
    PSEUDO,
    SPANISH_ON_PAGE,
    assert_identity,
    assert_placed,
    publish,
    tiny_png,
    write_project,
)
from tests.helpers.generators import (
    article_links,
    assert_translated,
    build_jekyll,
    screenshot,
    target_of,
    visible_text,
)
from tests.helpers.html import HtmlPage

LANGUAGES = ("en", "es", PSEUDO)

CONFIG = "\n".join(
    [
        "title: Pain guide",
        "theme: minima",
        "plugins: [jekyll-relative-links]",
        "exclude: [locales, output, painl10n.toml]",
        "defaults:",
        *(
            f'  - {{scope: {{path: "{lang}"}}, values: {{lang: "{lang}", layout: article}}}}'
            for lang in LANGUAGES
        ),
        "",
    ]
)

LAYOUT = """\
---
layout: default
---
<nav class="languages">
{%- for other in site.pages -%}
  {%- if other.name == page.name and other.lang != page.lang %}
  <a hreflang="{{ other.lang }}" href="{{ other.url | relative_url }}">{{ other.lang }}</a>
  {%- endif -%}
{%- endfor %}
</nav>
<article lang="{{ page.lang }}">{{ content }}</article>
"""
# minima's header lists every page of every language: the site title only.
HEADER = '<header class="site-header"><div class="wrapper">{{ site.title }}</div></header>\n'


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built by Jekyll from painl10n's output; its _site/ folder."""
    root = tmp_path_factory.mktemp("jekyll") / "site"
    root.mkdir()
    (root / "_config.yml").write_text(CONFIG, "utf-8")
    (root / "_layouts").mkdir()
    (root / "_layouts" / "article.html").write_text(LAYOUT, "utf-8")
    (root / "_includes").mkdir()
    (root / "_includes" / "header.html").write_text(HEADER, "utf-8")
    (root / "_includes" / "note.html").write_text(JEKYLL_NOTE, "utf-8")
    source = write_project(root, "jekyll", "en")
    (source / IMAGE).write_bytes(tiny_png())
    (source / "doses.md").write_text(JEKYLL_PAGE, "utf-8")
    publish(root, DIALECT_SPANISH)
    for language in ("es", PSEUDO):
        assert_placed(root, language, root / language)
    out = root / "_site"
    build_jekyll(root, out)
    return out


def _page(out: Path, language: str, name: str) -> HtmlPage:
    path = out / language / name.replace(".md", ".html")
    assert path.is_file(), f"Jekyll wrote no {path.relative_to(out)}"
    return HtmlPage(path)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_spanish_page_has_its_translation(built: Path, name: str) -> None:
    slug = name.removesuffix(".md")
    assert_translated(_page(built, "es", name), _page(built, "en", name), SPANISH_ON_PAGE[slug])


@pytest.mark.parametrize("language", LANGUAGES)
def test_links_and_image_resolve_in_every_language(built: Path, language: str) -> None:
    """Each article links to the other one in its own language; the image is there."""
    for name, other in (("back-pain.md", "sleep"), ("sleep.md", "back-pain")):
        page = _page(built, language, name)
        targets = list(article_links(page, built, within="article").values())
        assert targets == [built / language / f"{other}.html"], targets
    page = _page(built, language, "back-pain.md")
    [img] = [i for i in page.all("img") if "article" in i.ancestors]
    image = target_of(page.path, img.get("src"), built)
    assert image is not None and image.read_bytes() == tiny_png(), img.attrs


def test_the_language_list_names_every_other_language(built: Path) -> None:
    for language in ("en", "es"):
        page = _page(built, language, "sleep.md")
        links = {a.get("hreflang"): a.get("href") for a in page.all("a") if "nav" in a.ancestors}
        others = {lang: f"/{lang}/sleep.html" for lang in LANGUAGES if lang != language}
        assert {k: v for k, v in links.items() if k in LANGUAGES} == others


def test_the_pseudo_locale_site_builds(built: Path) -> None:
    text = visible_text(_page(built, PSEUDO, "back-pain.md").path)
    assert "\u27e6Ļöŵ ƀåçķ ṗåîñ" in text and "Low back pain one" not in text, text[:300]


def test_screenshot(built: Path, tmp_path: Path) -> None:
    screenshot(built, "es/back-pain.html", tmp_path / "jekyll-es.png")


def test_liquid_and_kramdown_render_with_the_translation(built: Path) -> None:
    """The include (its translated parameter), the raw block, the IAL class and the TOC
    work in Spanish; the raw
    block and the code are unchanged; nothing Liquid or kramdown shows as text."""
    page = _page(built, "es", "doses.md")
    text = visible_text(page.path)
    [warning] = [p for p in page.all("p") if p.attrs.get("class") == "warning"]
    assert " ".join(warning.text.split()) == "No tome más de cuatro gramos al día."
    assert [" ".join(p.text.split()) for p in page.all("p", class_="note")] == ["Cuidado"]
    assert "Write {{ page.title }} to show the title." in text
    assert "Pregunte a su farmacéutico." in text
    assert [" ".join(li.text.split()) for li in page.all("li") if "article" in li.ancestors] == [
        "Dosis"
    ]  # the table of contents kramdown made of '* TOC' and '{:toc}'
    code = [" ".join(pre.text.split()) for pre in page.all("pre")]
    assert code == ["Kept as code by kramdown.", "dose = 500 # mg, never more"]
    # An HTML block's text, translated; the fence after '</details>' is kramdown's code.
    assert page.one("summary").text == "Efectos secundarios"
    assert page.one("b").text == "amarilla"
    for raw in ("{%", "{:", "{::", "TOC", "Checked by", "Do not take"):
        assert raw not in text, raw


def test_an_identity_translation_is_the_source_byte_for_byte(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    source = write_project(root, "jekyll", "en")
    (source / "doses.md").write_text(JEKYLL_PAGE, "utf-8")
    assert_identity(root, source, root / "es")


def test_the_pseudo_locale_accents_the_include_parameter(built: Path) -> None:
    page = _page(built, PSEUDO, "doses.md")
    [note] = [" ".join(p.text.split()) for p in page.all("p", class_="note")]
    assert note.startswith("\u27e6Ţåķé"), note
    assert "Write {{ page.title }} to show the title." in visible_text(page.path)
