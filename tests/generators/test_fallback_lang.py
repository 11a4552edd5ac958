"""A generator's page says which of its blocks kept the source's text: ``lang`` and ``dir``.

With ``partial_pages = "notice"``, a translation whose paragraphs and headings
fell back to English marks each of them with ``lang="en" dir="ltr"`` in the
generator's own attribute syntax (WCAG 3.1.2, Language of Parts), and the English
text of a raw HTML block with a ``<span>`` of them, built here
by the real Hugo, MkDocs and Jekyll: the attributes are on the elements, no
attribute list shows as text, a translated block has none, and where the
dialect cannot carry them (Hugo without ``parser.attribute.block``, MkDocs
without ``attr_list``) nothing is written that the page would show.
"""

from __future__ import annotations

from pathlib import Path

from painl10n import Project, build
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po, write_po
from painl10n.site.chrome import untranslated_notice
from tests.helpers.generators import (
    build_docusaurus,
    build_hugo,
    build_jekyll,
    build_mkdocs,
    visible_text,
)
from tests.helpers.html import HtmlPage
from tests.helpers.mkdocs_site import material_i18n_config

# Hugo's and kramdown's explicit id; MkDocs writes it as '{ #dose }'.
DOSE = """\
---
title: Dose guide
---

# Dose guide

## Dosage {#dose}

Take one tablet every 4 to 6 hours.

## Side effects

Stop taking it and call your doctor if you get a rash.

> Do not take more than 4 tablets in 24 hours.
"""
# Python-Markdown and kramdown copy an HTML element's content as it is: no list there.
RAW = "\n<div>\n\nKeep out of reach of children.\n\n</div>\n"
# A raw HTML block every generator copies: its English text is wrapped in a <span>.
BOX = (
    '\n<div class="box">\n<p>Do not <b>crush</b> the tablets.</p>\n'
    '<p><img alt="A tablet" src="t.png"> Swallow them whole.</p>\n</div>\n'
)
# The image before the words holds none of them: its alt is a message of its own.
BOX_SPANISH = {"Swallow them whole.": "Tráguelos enteros.", "A tablet": "Un comprimido"}
SPANISH = {
    "Dose guide": "Guía de dosis",
    "Take one tablet every 4 to 6 hours.": "Tome un comprimido cada 4 a 6 horas.",
}
ARABIC = {
    "Dose guide": "دليل الجرعات",
    "Take one tablet every 4 to 6 hours.": "تناول قرصًا واحدًا كل 4 إلى 6 ساعات.",
}
ENGLISH = {"lang": "en", "dir": "ltr"}
LAYOUT = (
    '<!DOCTYPE html>\n<html lang="{{ .Site.Language.Lang }}" '
    'dir="{{ .Site.Language.LanguageDirection | default "ltr" }}">\n'
    "<head><title>{{ .Title }}</title></head>\n<body><main>{{ .Content }}</main></body>\n</html>\n"
)


def _translate(project: Project, language: str, table: dict[str, str]) -> None:
    for path in project.catalog_path(language, "dose").parent.glob("*.po"):
        catalog = read_po(path.read_text("utf-8"), path=str(path))
        for entry in catalog:
            entry.msgstr = table.get(entry.msgid, "")
        path.write_text(write_po(catalog), "utf-8")


def _publish(root: Path, language: str, table: dict[str, str]) -> Project:
    """painl10n's run: catalogs, the translation of the title and one paragraph, the build;
    a second build writes nothing."""
    project = Project.load(root)
    extract(project)
    update(project)
    _translate(project, language, table)
    assert build(Project.load(root)).files.changed
    assert build(Project.load(root)).files.changed == []
    return project


def _attrs(element: object) -> dict[str, str | None]:
    attrs: dict[str, str | None] = element.attrs  # type: ignore[attr-defined]
    return {key: attrs.get(key) for key in ("lang", "dir")}


NONE = {"lang": None, "dir": None}


def _assert_marked(page: HtmlPage, h1: str, translated_p: str, h1_attrs: object = NONE) -> None:
    """The English blocks carry ``lang``/``dir``; the translated ones do not."""
    [title] = page.all("h1")
    assert title.text.strip() == h1 and _attrs(title) == h1_attrs
    dosage, side = page.all("h2")
    assert dosage.text.strip() == "Dosage" and dosage.attrs.get("id") == "dose"
    assert _attrs(dosage) == ENGLISH
    # Its automatic id is the one of its text: the attribute list is not in it.
    assert side.text.strip() == "Side effects" and side.attrs.get("id") == "side-effects"
    assert _attrs(side) == ENGLISH
    paragraphs = {" ".join(p.text.split()): p for p in page.all("p")}
    assert _attrs(paragraphs[translated_p]) == NONE
    stop = paragraphs["Stop taking it and call your doctor if you get a rash."]
    assert _attrs(stop) == ENGLISH
    quoted = paragraphs["Do not take more than 4 tablets in 24 hours."]
    assert "blockquote" in quoted.ancestors and _attrs(quoted) == ENGLISH


def _assert_box_marked(page: HtmlPage) -> None:
    """The English run of the HTML block is in a <span> of its language inside its <p>; the
    translated one (an image in it) is not."""
    [span] = page.all("span", lang="en")
    assert span.attrs.get("dir") == "ltr" and span.ancestors[-2:] == ["div", "p"]
    assert " ".join(span.text.split()) == "Do not crush the tablets."
    [bold] = span.inner
    assert bold.tag == "b" and bold.text == "crush"
    [swallow] = [p for p in page.all("p") if "enteros" in p.text]
    assert swallow.text.strip() == "Tráguelos enteros." and _attrs(swallow) == NONE
    assert page.one("img", alt="Un comprimido").ancestors[-1] == "p"


def _assert_no_syntax_shown(page: Path, raw: bool = False) -> None:
    text = visible_text(page)
    assert ("Keep out of reach of children." in text) is raw
    for syntax in ("{", "}", "lang=", "dir="):
        assert syntax not in text, (syntax, text)


# --- Hugo ----------------------------------------------------------------------------


def _hugo_site(root: Path, language: str, block: bool, rtl: bool = False) -> Path:
    (root / "content").mkdir(parents=True)
    (root / "layouts" / "_default").mkdir(parents=True)
    for name in ("single.html", "list.html"):
        (root / "layouts" / "_default" / name).write_text(LAYOUT, "utf-8")
    direction = '\nlanguageDirection = "rtl"' if rtl else ""
    (root / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "Pain guide"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
        'defaultContentLanguage = "en"\ndefaultContentLanguageInSubdir = true\n'
        f"[languages.en]\nweight = 1\n[languages.{language}]\nweight = 2{direction}\n"
        f"[markup.goldmark.parser.attribute]\nblock = {str(block).lower()}\n"
        "[markup.goldmark.renderer]\nunsafe = true\n",  # raw HTML is copied to the page
        "utf-8",
    )
    (root / "painl10n.toml").write_text(
        f'languages = ["{language}"]\ngenerator = "hugo"\nsource_dir = "content"\n', "utf-8"
    )
    (root / "content" / "dose.md").write_text(DOSE + BOX, "utf-8")
    return root


def test_hugo_marks_the_english_blocks_of_a_spanish_page(tmp_path: Path) -> None:
    root = _hugo_site(tmp_path / "site", "es", block=True)
    _publish(root, "es", SPANISH | BOX_SPANISH)
    markdown = (root / "content" / "dose.es.md").read_text("utf-8")
    assert '<p><span lang="en" dir="ltr">Do not <b>crush</b> the tablets.</span></p>' in markdown
    assert '## Dosage {#dose lang="en" dir="ltr"}\n' in markdown  # merged into its list
    assert '## Side effects {lang="en" dir="ltr"}\n' in markdown
    assert 'if you get a rash.\n{lang="en" dir="ltr"}\n' in markdown
    assert '24 hours.\n> {lang="en" dir="ltr"}\n' in markdown
    build_hugo(root, root / "public")
    page = root / "public" / "es" / "dose" / "index.html"
    _assert_marked(HtmlPage(page), "Guía de dosis", "Tome un comprimido cada 4 a 6 horas.")
    _assert_box_marked(HtmlPage(page))
    _assert_no_syntax_shown(page)
    assert untranslated_notice("es", "en")[0] in visible_text(page)


def test_hugo_without_block_attributes_gets_no_attribute_line(tmp_path: Path) -> None:
    """Hugo's default: a line '{lang="en"}' would show on the page; the headings still
    take theirs (``parser.attribute.title`` is on by default)."""
    root = _hugo_site(tmp_path / "site", "es", block=False)
    _publish(root, "es", SPANISH)
    markdown = (root / "content" / "dose.es.md").read_text("utf-8")
    assert '## Side effects {lang="en" dir="ltr"}\n' in markdown
    assert "\n{lang" not in markdown and "> {lang" not in markdown
    build_hugo(root, root / "public")
    page = root / "public" / "es" / "dose" / "index.html"
    _assert_no_syntax_shown(page)
    html = HtmlPage(page)
    assert _attrs(html.all("h2")[1]) == ENGLISH
    assert all(_attrs(p) == NONE for p in html.all("p"))


def test_hugo_lays_out_english_left_to_right_in_an_arabic_page(tmp_path: Path) -> None:
    root = _hugo_site(tmp_path / "site", "ar", block=True, rtl=True)
    _publish(root, "ar", ARABIC)
    build_hugo(root, root / "public")
    page = root / "public" / "ar" / "dose" / "index.html"
    html = HtmlPage(page)
    assert _attrs(html.one("html")) == {"lang": "ar", "dir": "rtl"}
    _assert_marked(html, "دليل الجرعات", "تناول قرصًا واحدًا كل 4 إلى 6 ساعات.")
    _assert_no_syntax_shown(page)


# --- MkDocs --------------------------------------------------------------------------


def _mkdocs_site(root: Path, extensions: list[str]) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(material_i18n_config(extensions), "utf-8")
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "mkdocs"\nsource_dir = "docs"\n', "utf-8"
    )
    (root / "docs" / "index.md").write_text("# Home\n", "utf-8")
    source = DOSE if "attr_list" in extensions else DOSE.replace(" {#dose}", "")
    (root / "docs" / "dose.md").write_text(
        source.replace("{#dose}", "{ #dose }") + BOX + RAW, "utf-8"
    )
    return root


def test_mkdocs_with_attr_list_marks_the_english_blocks(tmp_path: Path) -> None:
    root = _mkdocs_site(tmp_path / "site", ["attr_list", "toc"])
    _publish(root, "es", SPANISH | BOX_SPANISH)
    markdown = (root / "docs" / "dose.es.md").read_text("utf-8")
    assert '## Dosage { #dose lang="en" dir="ltr" }\n' in markdown  # merged into its list
    assert 'if you get a rash.\n{: lang="en" dir="ltr" }\n' in markdown
    assert markdown.endswith(RAW)  # inside an HTML element: as it is
    build_mkdocs(root, root / "public")
    page = root / "public" / "es" / "dose" / "index.html"
    _assert_marked(HtmlPage(page), "Guía de dosis", "Tome un comprimido cada 4 a 6 horas.")
    _assert_box_marked(HtmlPage(page))
    _assert_no_syntax_shown(page, raw=True)


def test_mkdocs_without_attr_list_gets_nothing_extra(tmp_path: Path) -> None:
    root = _mkdocs_site(tmp_path / "site", ["toc"])
    _publish(root, "es", SPANISH | BOX_SPANISH)
    markdown = (root / "docs" / "dose.es.md").read_text("utf-8")
    assert "{" not in markdown and markdown.count("lang=") == 1  # the <span>: raw HTML
    build_mkdocs(root, root / "public")
    page = root / "public" / "es" / "dose" / "index.html"
    _assert_box_marked(HtmlPage(page))
    _assert_no_syntax_shown(page, raw=True)


# --- Jekyll --------------------------------------------------------------------------


def _jekyll_site(root: Path) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "_config.yml").write_text(
        "title: Pain guide\nexclude: [locales, painl10n.toml, docs]\n", "utf-8"
    )
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "jekyll"\nsource_dir = "docs"\n', "utf-8"
    )
    (root / "docs" / "dose.md").write_text(DOSE + BOX + RAW, "utf-8")
    return root


def test_jekyll_marks_the_english_blocks_with_kramdown_attribute_lists(tmp_path: Path) -> None:
    root = _jekyll_site(tmp_path / "site")
    _publish(root, "es", SPANISH | BOX_SPANISH)
    markdown = (root / "es" / "dose.md").read_text("utf-8")
    assert '## Dosage {#dose}\n{: lang="en" dir="ltr"}\n' in markdown
    assert '## Side effects\n{: lang="en" dir="ltr"}\n' in markdown
    assert '24 hours.\n> {: lang="en" dir="ltr"}\n' in markdown
    assert markdown.endswith(RAW)  # inside an HTML element: as it is
    build_jekyll(root, root / "public")
    page = root / "public" / "es" / "dose.html"
    _assert_marked(HtmlPage(page), "Guía de dosis", "Tome un comprimido cada 4 a 6 horas.")
    _assert_box_marked(HtmlPage(page))
    _assert_no_syntax_shown(page, raw=True)
    assert untranslated_notice("es", "en")[0] in visible_text(page)


def test_jekyll_puts_the_notice_below_an_english_titles_attribute_list(tmp_path: Path) -> None:
    """Between a heading and its attribute list, the notice would take the list over."""
    root = _jekyll_site(tmp_path / "site")
    table = {"Take one tablet every 4 to 6 hours.": SPANISH["Take one tablet every 4 to 6 hours."]}
    _publish(root, "es", table)
    notice = untranslated_notice("es", "en")[0]
    markdown = (root / "es" / "dose.md").read_text("utf-8")
    assert f'# Dose guide\n{{: lang="en" dir="ltr"}}\n\n> {notice}\n\n## Dosage' in markdown
    build_jekyll(root, root / "public")
    page = root / "public" / "es" / "dose.html"
    html = HtmlPage(page)
    _assert_marked(html, "Dose guide", "Tome un comprimido cada 4 a 6 horas.", ENGLISH)
    [shown] = [p for p in html.all("p") if " ".join(p.text.split()) == notice]
    assert "blockquote" in shown.ancestors and _attrs(shown) == NONE
    _assert_no_syntax_shown(page, raw=True)


# --- Docusaurus ----------------------------------------------------------------------

DOCUSAURUS = """\
module.exports = {
  title: 'Pain guide',
  url: 'https://example.org',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  markdown: {format: 'detect'},
  i18n: {defaultLocale: 'en', locales: ['en', 'es']},
  presets: [['classic', {docs: {routeBasePath: '/'}, blog: false, theme: {}}]],
};
"""


def test_docusaurus_wraps_the_english_paragraphs_in_a_div(tmp_path: Path) -> None:
    """``.md`` is CommonMark here (``format: 'detect'``), ``.mdx`` MDX: both read the
    paragraph inside the ``<div>`` as Markdown. Headings are not wrapped (the theme styles
    ``.markdown > h2``), nor is a quote's paragraph."""
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (root / "src" / "pages").mkdir(parents=True)
    (root / "src" / "pages" / "index.md").write_text("# Pain guide\n", "utf-8")
    (root / "docusaurus.config.js").write_text(DOCUSAURUS, "utf-8")
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "docusaurus"\nsource_dir = "docs"\n', "utf-8"
    )
    source = DOSE.replace(" {#dose}", "").replace("every 4", "**every** 4")
    for name in ("dose.md", "dose-mdx.mdx"):
        (root / "docs" / name).write_text(source, "utf-8")
    table = {"Take one tablet **every** 4 to 6 hours.": "Tome un comprimido **cada** 4 a 6 horas."}
    _publish(root, "es", {"Dose guide": "Guía de dosis", **table})
    translations = root / "i18n" / "es" / "docusaurus-plugin-content-docs" / "current"
    markdown = (translations / "dose.md").read_text("utf-8")
    assert (
        '\n\n<div lang="en" dir="ltr">\n\nStop taking it and call your doctor if you get a '
        "rash.\n\n</div>\n\n" in markdown
    )
    build_docusaurus(root, root / "public")
    for page in (
        root / "public" / "es" / "dose" / "index.html",
        root / "public" / "es" / "dose-mdx" / "index.html",
    ):
        html = HtmlPage(page)
        [wrapper] = html.all("div", lang="en")
        assert wrapper.attrs.get("dir") == "ltr"
        assert [" ".join(p.text.split()) for p in wrapper.inner if p.tag == "p"] == [
            "Stop taking it and call your doctor if you get a rash."
        ]
        assert [e.tag for e in wrapper.inner] == ["p"]  # read as Markdown, not as text
        translated = [p for p in html.all("p") if "Tome un comprimido" in p.text]
        assert len(translated) == 1 and "cada" in translated[0].inner[0].text  # <strong>
        assert all(_attrs(h) == NONE for h in html.all("h2"))
        text = visible_text(page)
        assert "<div" not in text and "lang=" not in text and "</div>" not in text
