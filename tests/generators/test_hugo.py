"""painl10n's translations published by the real Hugo (Debian package ``hugo``).

The site translates by content directory (``content/en``, ``content/es``,
``content/en-xa``: Hugo lower-cases language keys), with a minimal layout of our own whose language
switcher is Hugo's ``.Translations`` and whose link hook turns the articles'
``other.md`` links into the page of the same language. A third article has
every construct of the hugo dialect (an alert, block shortcodes, a
``code-toggle`` with TOML inside, heading and block attributes, links to
headings), translated with ``heading_ids = "source"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from painl10n.sources.heading_slugs import Ids
from tests.helpers.generator_sites import (
    ARTICLES,
    IMAGE,
    PSEUDO,
    SPANISH,
    SPANISH_ON_PAGE,
    assert_placed,
    fill_catalogs,
    painl10n,
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
from tests.helpers.hugo_site import DOSES, GOLDMARK, SHORTCODES
from tests.helpers.hugo_site import SPANISH as HUGO_SPANISH

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
    (root / "hugo.toml").write_text(CONFIG + GOLDMARK, "utf-8")
    (root / "layouts" / "shortcodes").mkdir(parents=True)
    for name, template in SHORTCODES.items():
        (root / "layouts" / "shortcodes" / name).write_text(template, "utf-8")
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


def _project(root: Path) -> None:
    """The Hugo site and painl10n's project in it, the dialect's article included."""
    root.mkdir()
    _hugo_site(root)
    source = write_project(root, "hugo", "content/en", layout="folder")
    (source / "doses.md").write_text(DOSES, "utf-8")
    with (root / "painl10n.toml").open("a", encoding="utf-8") as settings:
        settings.write('heading_ids = "source"\n')


def _publish(root: Path, translate: Callable[[str], str], ignore: str = "") -> Path:
    """Catalogs, translations by ``translate``, the pseudo-locale, the build; Hugo's site.

    ``ignore``: the checks each entry silences (English kept as "Spanish" has no
    Spanish negation: the publishing gate would hold "Do not take …" back)."""
    painl10n(root, "update")
    everything = {**SPANISH, **HUGO_SPANISH}
    translations = {msgid: translate(msgid) for msgid in everything}
    assert fill_catalogs(root, "es", translations, ignore) > 0
    painl10n(root, "pseudo")
    painl10n(root, "build", "-l", "es", "-l", PSEUDO)
    for language in ("es", PSEUDO):
        assert_placed(root, language, root / "content" / language.lower(), assets=False)
    out = root / "public"
    build_hugo(root, out)
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built by Hugo from painl10n's output; its public/ folder."""
    root = tmp_path_factory.mktemp("hugo") / "site"
    _project(root)
    return _publish(root, {**SPANISH, **HUGO_SPANISH}.__getitem__)


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
    screenshot(built, "es/doses/", tmp_path / "hugo-es-doses.png")


def _main(page: HtmlPage) -> str:
    return " ".join(page.one("main").text.split())


def test_the_dialect_page_is_translated_construct_by_construct(built: Path) -> None:
    spanish, english = _page(built, "es", "doses.md"), _page(built, "en", "doses.md")
    text = _main(spanish)
    for phrase in HUGO_SPANISH.values():
        bare = re.sub(r"\[([^]]*)\]\([^)]*\)|\*\*|<[^>]+>", lambda m: m[1] or "", phrase)
        assert bare in text, f"{bare!r} not in {text!r}"
    for source in HUGO_SPANISH:
        assert source not in text, source
    quote = spanish.one("blockquote")  # Hugo 0.111 has no alert hooks: a plain quote
    assert " ".join(quote.text.split()) == "[!WARNING] No tome más de cuatro gramos al día."
    note = spanish.one("aside", class_="note")
    assert spanish.one("p", class_="note-title").text == 'Antes de empezar: lea el "prospecto"'
    assert "Pregunte a su farmacéutico si toma otros medicamentos." in note.text
    assert spanish.one("p", class_="lead").text == (
        "No tome nunca dos medicamentos que contengan paracetamol."
    )
    assert english.one("p", class_="lead").text.startswith("Never take")
    # The text of a raw HTML block, translated inside its elements.
    assert spanish.one("summary").text == "Efectos secundarios"
    assert spanish.one("b").text == "amarilla"
    assert english.one("summary").text == "Side effects"


def test_the_code_shortcode_body_is_the_sources(built: Path) -> None:
    english = _page(built, "en", "doses.md")
    for language in ("es", PSEUDO):
        page = _page(built, language, "doses.md")
        for kind in ("toml", "yaml"):
            assert page.one("pre", class_=kind).text == english.one("pre", class_=kind).text
    assert 'dose = "500 mg"' in english.one("pre", class_="toml").text
    assert "most_per_day: 4" in english.one("pre", class_="yaml").text


@pytest.mark.parametrize("language", ["en", "es", PSEUDO])
def test_anchors_keep_their_targets_in_every_language(built: Path, language: str) -> None:
    """heading_ids = "source": the translated headings have the source's ids."""
    page = _page(built, language, "doses.md")
    ids = {element.get("id") for element in page.all("h2")}
    assert ids == {"how-to-take-paracetamol", "limits"}
    targets = [a.get("href") for a in page.one("main").inner if a.tag == "a"]
    assert targets == ["#how-to-take-paracetamol", "#limits"]


def test_an_identity_translation_rebuilds_the_source_bytes_and_pages(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    root = tmp_path_factory.mktemp("hugo-identity") / "site"
    _project(root)
    out = _publish(root, lambda msgid: msgid, ignore="negation")
    for name in (*ARTICLES, "doses.md"):
        source = (root / "content/en" / name).read_bytes()
        assert (root / "content/es" / name).read_bytes() == source, name
        pages = [_page(out, language, name).one("main") for language in ("en", "es")]
        assert pages[0].text == pages[1].text
        markup = [[(e.tag, e.attrs) for e in page.inner] for page in pages]
        assert markup[0] == [  # the same elements; links lead to the page's own language
            (tag, {k: (v or "").replace("/es/", "/en/") for k, v in attrs.items()})
            for tag, attrs in markup[1]
        ]
    catalog = polib.pofile(str(root / "locales/es/LC_MESSAGES/doses.po"))
    assert {entry.msgid for entry in catalog} == set(HUGO_SPANISH)
    comments = {entry.msgid: entry.comment for entry in catalog}
    assert comments["Before you start: read the leaflet"] == "shortcode note, title"
    assert comments["Ask your pharmacist if you take **other medicines**."] == "shortcode note"
    assert comments["Do not take more than four grams a day."] == "alert (warning)"
    assert not any("{{" in msgid or "[!" in msgid or "{#" in msgid for msgid in comments)


def test_hugo_ids_are_the_ones_hugo_makes(tmp_path: Path) -> None:
    """painl10n's goldmark rule against Hugo itself, on headings that test it."""
    headings = [
        "Héllo wörld: *Ünïcode* & `code` 12",
        "Dose — 500 mg/día (adults)",
        "Dose — 500 mg/día (adults)",
        "[A link](x.md) and _em_ ½ ²",
        "¿Qué? İstanbul ǅ  double  space",
        "heading",
        "!!!",
        "Take **20 mg** -- twice",
    ]
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://example.org/"\n', "utf-8")
    for name in ("single.html", "list.html"):
        (site / "layouts" / "_default" / name).write_text("{{ .Content }}", "utf-8")
    page = "".join(f"## {heading}\n\n" for heading in headings)
    (site / "content" / "page.md").write_text("---\ntitle: T\n---\n" + page, "utf-8")
    build_hugo(site, site / "public")
    made = [h.get("id") for h in HtmlPage(site / "public/page/index.html").all("h2")]
    table = Ids("hugo")
    assert made == [table.automatic(heading) for heading in headings]
    assert made[5:7] == ["heading", "heading-1"]
