"""painl10n's translations published by the real Docusaurus (npm, pinned in docusaurus/).

The docs plugin reads the English articles from ``docs/`` and each
translation from ``i18n/<lang>/docusaurus-plugin-content-docs/current/``;
``.md`` files are read as CommonMark (``markdown.format: 'detect'``), and a
broken link, anchor or image stops the build. The language switcher is the
navbar's ``localeDropdown``.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from tests.helpers.dialect_pages import MDX_PAGE
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
    build_docusaurus,
    folder_page,
    language_prefix,
    screenshot,
    target_of,
    visible_text,
)
from tests.helpers.html import Element, HtmlPage

LANGUAGES = ("en", "es", PSEUDO)
INLINE = "data:image/png;base64,"
# The sidebar shows a page's sidebar_label, which painl10n offers by default.
LABELLED_PAGE = MDX_PAGE.replace("title: Doses\n", "title: Doses\nsidebar_label: Dose guide\n", 1)
SIDEBAR_SPANISH = {"Dose guide": "Guía de dosis"}

CONFIG = f"""\
module.exports = {{
  title: 'Pain guide',
  url: 'https://example.org',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {{
    format: 'detect',
    hooks: {{onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'}},
  }},
  i18n: {{
    defaultLocale: 'en',
    locales: ['en', 'es', '{PSEUDO}'],
    localeConfigs: {{'{PSEUDO}': {{label: 'Pseudo'}}}},
  }},
  presets: [['classic', {{docs: {{routeBasePath: '/'}}, blog: false, theme: {{}}}}]],
  themeConfig: {{
    navbar: {{title: 'Pain guide', items: [{{type: 'localeDropdown', position: 'right'}}]}},
  }},
}};
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built by Docusaurus from painl10n's output; its build/ folder."""
    root = tmp_path_factory.mktemp("docusaurus") / "site"
    root.mkdir()
    (root / "docusaurus.config.js").write_text(CONFIG, "utf-8")
    (root / "src" / "pages").mkdir(parents=True)
    (root / "src" / "pages" / "index.md").write_text("# Pain guide\n", "utf-8")
    source = write_project(root, "docusaurus", "docs")
    (source / IMAGE).write_bytes(tiny_png())
    (source / "doses.mdx").write_text(LABELLED_PAGE, "utf-8")
    publish(root, {**DIALECT_SPANISH, **SIDEBAR_SPANISH})
    for language in ("es", PSEUDO):
        folder = root / "i18n" / language / "docusaurus-plugin-content-docs" / "current"
        assert_placed(root, language, folder)
        assert (folder / "doses.mdx").is_file()
    out = root / "build"
    build_docusaurus(root, out)
    return out


def _page(out: Path, language: str, name: str) -> HtmlPage:
    return folder_page(out, language, name, "Docusaurus")


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_spanish_page_has_its_translation(built: Path, name: str) -> None:
    slug = name.removesuffix(".md")
    assert_translated(_page(built, "es", name), _page(built, "en", name), SPANISH_ON_PAGE[slug])


@pytest.mark.parametrize("language", LANGUAGES)
def test_links_and_image_resolve_in_every_language(built: Path, language: str) -> None:
    """Each article links to the other one in its own language; the image is there."""
    home = built / language_prefix(language)
    for name, other in (("back-pain.md", "sleep"), ("sleep.md", "back-pain")):
        page = _page(built, language, name)
        targets = set(article_links(page, built, within="article").values())
        assert home / other / "index.html" in targets, targets
    page = _page(built, language, "back-pain.md")
    [img] = [i for i in page.all("img") if "article" in i.ancestors]
    # Docusaurus inlines a small image as a data: URL, a larger one as a file.
    src = img.get("src")
    if src.startswith(INLINE):
        assert base64.b64decode(src.removeprefix(INLINE)) == tiny_png()
    else:
        image = target_of(page.path, src, built)
        assert image is not None and image.read_bytes() == tiny_png(), img.attrs


def test_the_locale_dropdown_lists_every_language(built: Path) -> None:
    for language in ("en", "es"):
        page = _page(built, language, "sleep.md")
        links = {a.get("lang"): a.get("href") for a in page.all("a") if "lang" in a.attrs}
        assert set(links) == set(LANGUAGES), links
        for lang, href in links.items():
            assert href.rstrip("/") == f"/{language_prefix(lang)}sleep", links


def test_the_pseudo_locale_site_builds(built: Path) -> None:
    text = visible_text(_page(built, PSEUDO, "back-pain.md").path)
    assert "\u27e6Ļöŵ ƀåçķ ṗåîñ" in text, text[:300]


def test_the_sidebar_shows_the_translated_sidebar_label(built: Path) -> None:
    for language, label in (("en", "Dose guide"), ("es", "Guía de dosis")):
        page = _page(built, language, "sleep.md")
        links = [" ".join(a.text.split()) for a in page.all("a") if "menu__link" in a.get("class")]
        assert label in links, (language, links)
    pseudo = _page(built, PSEUDO, "sleep.md")
    links = [" ".join(a.text.split()) for a in pseudo.all("a") if "menu__link" in a.get("class")]
    assert "\u27e6Ðöšé ĝûîðé one\u27e7" in links, links


def test_screenshot(built: Path, tmp_path: Path) -> None:
    screenshot(built, "es/back-pain/", tmp_path / "docusaurus-es.png")


def test_admonitions_and_tabs_render_translated(built: Path) -> None:
    """The MDX page: admonition titles and bodies, tab labels and bodies in Spanish; the
    import, the comment and the code block as they were."""
    page = _page(built, "es", "doses.md")
    text = visible_text(page.path)
    titles = [" ".join(e.text.split()) for e in page.all("div") if _is_admonition_heading(e)]
    assert titles == ["Cuidado", "Antes de un viaje", "nota"], titles
    for phrase in (
        "No tome más de cuatro gramos al día.",
        "Lleve suficientes comprimidos.",
        "Pregunte a su farmacéutico.",
        "Tome un comprimido.",
        "Pregunte antes a un médico.",
    ):
        assert phrase in text, phrase
    tabs = [" ".join(e.text.split()) for e in page.all("li") if e.attrs.get("role") == "tab"]
    assert tabs == ["Adultos", "Niños"], tabs
    assert "const dose = 500; // mg, never more" in " ".join(page.one("code").text.split())
    english = visible_text(_page(built, "en", "doses.md").path)
    assert "Take care" in english and "Adults" in english and "Cuidado" not in english
    for word in ("Take care", "Adults", "Ask your pharmacist", "import", "Checked by"):
        assert word not in text, word


def _is_admonition_heading(element: Element) -> bool:
    classes = str(element.attrs.get("class") or "").split()
    return any(c.startswith("admonitionHeading") for c in classes)


def test_an_identity_translation_is_the_source_byte_for_byte(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    source = write_project(root, "docusaurus", "docs")
    (source / "doses.mdx").write_text(MDX_PAGE, "utf-8")
    folder = root / "i18n" / "es" / "docusaurus-plugin-content-docs" / "current"
    assert_identity(root, source, folder)


def test_the_pseudo_locale_accents_titles_and_labels_and_keeps_the_mdx(built: Path) -> None:
    page = _page(built, PSEUDO, "doses.md")
    tabs = [" ".join(e.text.split()) for e in page.all("li") if e.attrs.get("role") == "tab"]
    titles = [" ".join(e.text.split()) for e in page.all("div") if _is_admonition_heading(e)]
    assert tabs == ["\u27e6Åðûļţš one\u27e7", "\u27e6Çĥîļðŕéñ one\u27e7"], tabs
    assert titles[0].startswith("\u27e6Ţåķé"), titles
    assert "const dose = 500; // mg, never more" in " ".join(page.one("code").text.split())
