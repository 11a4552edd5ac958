"""painl10n's translations published by the real Hugo (Debian package ``hugo``).

The site translates by content directory (``content/en``, ``content/es``,
``content/en-xa``: Hugo lower-cases language keys), with a minimal layout of our own whose language
switcher is Hugo's ``.Translations`` and whose link hook turns the articles'
``other.md`` links into the page of the same language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.generator_sites import (
    ARTICLES,
    IMAGE,
    PSEUDO,
    SPANISH_ON_PAGE,
    assert_placed,
    publish,
    tiny_png,
    write_project,
)
from tests.helpers.generators import (
    article_links,
    assert_translated,
    build_hugo,
    screenshot,
    target_of,
)
from tests.helpers.html import HtmlPage

CONFIG = """\
baseURL = "https://example.org/"
title = "Pain guide"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

[languages.en]
contentDir = "content/en"
languageName = "English"
weight = 1

[languages.es]
contentDir = "content/es"
languageName = "Español"
weight = 2

[languages.en-XA]
contentDir = "content/en-xa"
languageName = "Pseudo"
weight = 3
"""

BASEOF = """\
<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}">
<head><meta charset="utf-8"><title>{{ .Title }}</title>
<style>body { font-family: sans-serif; max-width: 40em; margin: 2em auto; }</style></head>
<body>
<nav class="languages">{{ range .Translations }}
  <a hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a>
{{ end }}</nav>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
"""

SINGLE = '{{ define "main" }}{{ .Content }}{{ end }}\n'
LIST = (
    '{{ define "main" }}<ul>{{ range .Pages }}'
    '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n'
)
# A link to another article's .md file becomes that article's page in the same
# language; a target Hugo does not know stops the build.
RENDER_LINK = """\
{{- $href := .Destination -}}
{{- if strings.HasSuffix $href ".md" -}}
  {{- with $.Page.GetPage (strings.TrimSuffix ".md" $href) -}}
    {{- $href = .RelPermalink -}}
  {{- else -}}
    {{- errorf "%s: no page for the link %q" $.Page.File.Path $href -}}
  {{- end -}}
{{- end -}}
<a href="{{ $href }}">{{ .Text | safeHTML }}</a>"""
RENDER_IMAGE = '<img src="{{ .Destination | relURL }}" alt="{{ .Text }}">'


def _hugo_site(root: Path) -> None:
    (root / "hugo.toml").write_text(CONFIG, "utf-8")
    layouts = root / "layouts" / "_default"
    (layouts / "_markup").mkdir(parents=True)
    (layouts / "baseof.html").write_text(BASEOF, "utf-8")
    (layouts / "single.html").write_text(SINGLE, "utf-8")
    (layouts / "list.html").write_text(LIST, "utf-8")
    (layouts / "_markup" / "render-link.html").write_text(RENDER_LINK, "utf-8")
    (layouts / "_markup" / "render-image.html").write_text(RENDER_IMAGE, "utf-8")
    # Hugo serves static/ at the root of every language: one image for all.
    (root / "static").mkdir()
    (root / "static" / IMAGE).write_bytes(tiny_png())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built by Hugo from painl10n's output; its public/ folder."""
    root = tmp_path_factory.mktemp("hugo") / "site"
    root.mkdir()
    _hugo_site(root)
    write_project(root, "hugo", "content/en", layout="folder")
    publish(root)
    for language in ("es", PSEUDO):
        assert_placed(root, language, root / "content" / language.lower(), assets=False)
    out = root / "public"
    build_hugo(root, out)
    return out


def _page(out: Path, language: str, name: str) -> HtmlPage:
    path = out / language.lower() / name.removesuffix(".md") / "index.html"
    assert path.is_file(), f"Hugo wrote no {path.relative_to(out)}"
    return HtmlPage(path)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_spanish_page_has_its_translation(built: Path, name: str) -> None:
    slug = name.removesuffix(".md")
    assert_translated(_page(built, "es", name), _page(built, "en", name), SPANISH_ON_PAGE[slug])


@pytest.mark.parametrize("language", ["en", "es", PSEUDO])
def test_links_and_image_resolve_in_every_language(built: Path, language: str) -> None:
    """Each article links to the other one in its own language; the image is there."""
    home = built / language.lower()
    for name, other in (("back-pain.md", "sleep"), ("sleep.md", "back-pain")):
        page = _page(built, language, name)
        targets = list(article_links(page, built).values())
        assert targets == [home / other / "index.html"], targets
    page = _page(built, language, "back-pain.md")
    image = target_of(page.path, page.one("img").get("src"), built)
    assert image is not None and image.read_bytes() == tiny_png(), page.one("img").attrs


def test_the_translations_switcher_lists_every_other_language(built: Path) -> None:
    switcher = {
        language: {
            a.get("hreflang"): a.get("href")
            for a in _page(built, language, "sleep.md").all("a")
            if "nav" in a.ancestors
        }
        for language in ("en", "es")
    }
    assert switcher["en"]["es"] == "/es/sleep/"
    assert switcher["en"][PSEUDO.lower()] == "/en-xa/sleep/"
    assert switcher["es"]["en"] == "/en/sleep/"


def test_the_pseudo_locale_site_builds(built: Path) -> None:
    page = _page(built, PSEUDO, "back-pain.md")
    text = page.one("main").text
    assert "Low back pain" not in text and "\u27e6" in text, text[:200]  # ⟦ of en-XA


def test_screenshot(built: Path, tmp_path: Path) -> None:
    screenshot(built, "es/back-pain/", tmp_path / "hugo-es.png")
