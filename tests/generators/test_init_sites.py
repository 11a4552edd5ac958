"""``painl10n init --generator NAME``: a project each real generator builds at once.

A new folder gets a small site; painl10n's build then writes the Spanish and
Arabic pages where the generator reads them, and the real Hugo, MkDocs
(Material with mkdocs-static-i18n), Jekyll and Docusaurus build it: every
language's page exists with its ``lang``, Arabic right to left, the translated
text on the Spanish page, and the generator's language switcher lists both
languages. A folder that already holds the generator's site keeps its files;
painl10n's settings point at the folder the site reads its pages from.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from painl10n import Project
from tests.helpers.generator_sites import fill_catalogs, painl10n
from tests.helpers.generators import build_docusaurus, build_hugo, build_jekyll, build_mkdocs

SPANISH = {
    "Welcome": "Bienvenida",
    "The first article of this site.": "El primer artículo de este sitio.",
    "Write your articles in Markdown in this folder. Run `painl10n build` to extract the "
    "text, update the translation catalogs and publish the site.": (
        "Escriba sus artículos en Markdown en esta carpeta. Ejecute `painl10n build` para "
        "extraer el texto, actualizar los catálogos de traducción y publicar el sitio."
    ),
    "Thank you for reading!": "¡Gracias por leer!",
}

Builder = Callable[[Path, Path], list[Path]]
# generator: its build, and the page of the first article per language (below out/)
SITES: dict[str, tuple[Builder, dict[str, str]]] = {
    "hugo": (
        build_hugo,
        {
            "en": "en/welcome/index.html",
            "es": "es/welcome/index.html",
            "ar": "ar/welcome/index.html",
        },
    ),
    "mkdocs": (build_mkdocs, {"en": "index.html", "es": "es/index.html", "ar": "ar/index.html"}),
    "jekyll": (
        build_jekyll,
        {"en": "en/welcome.html", "es": "es/welcome.html", "ar": "ar/welcome.html"},
    ),
    "docusaurus": (
        build_docusaurus,
        {"en": "index.html", "es": "es/index.html", "ar": "ar/index.html"},
    ),
}
# How each generator's language switcher links a language.
SWITCHER = {
    "hugo": r'<nav class="languages">[^§]*?hreflang="{lang}"',
    "mkdocs": r'hreflang="{lang}" class="md-select__link"',
    "jekyll": r'<nav class="languages">[^§]*?hreflang="{lang}"',
    "docusaurus": r'class="dropdown__link[^"]*" lang="{lang}"',
}


def _init(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "painl10n", "init", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("generator", sorted(SITES))
def test_a_new_site_builds_in_every_language(tmp_path: Path, generator: str) -> None:
    done = _init(tmp_path, "site", "--generator", generator, "--languages", "es,ar")
    assert done.returncode == 0, done.stderr
    root = tmp_path / "site"
    assert Project.load(root).settings.generator == generator
    painl10n(root, "update")
    assert fill_catalogs(root, "es", SPANISH) == 4
    painl10n(root, "build")
    build, pages = SITES[generator]
    out = tmp_path / "out"
    build(root, out)
    html = {lang: (out / page).read_text("utf-8") for lang, page in pages.items()}
    for lang, text in html.items():
        assert re.search(rf'<html[^>]* lang="{lang}"', text), f"{lang}: no lang on <html>"
    assert "¡Gracias por leer!" in html["es"]
    assert "Thank you for reading!" not in html["es"]
    assert "Thank you for reading!" in html["ar"]  # untranslated: the source, with a notice
    assert 'dir="rtl"' in html["ar"]
    assert 'dir="rtl"' not in html["es"]
    for lang in ("es", "ar"):
        switcher = SWITCHER[generator].format(lang=lang)
        assert re.search(switcher, html["en"]), f"the switcher does not list {lang}"


def test_an_existing_hugo_site_is_left_as_it_is(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "content" / "en").mkdir(parents=True)
    config = 'baseURL = "https://example.org/"\ntitle = "Ours"\n'
    (site / "hugo.toml").write_text(config, "utf-8")
    (site / "content" / "en" / "a.md").write_text("---\ntitle: A\n---\nText.\n", "utf-8")
    done = _init(tmp_path, "site", "--generator", "hugo", "--languages", "es,ar")
    assert done.returncode == 0, done.stderr
    assert (site / "hugo.toml").read_text("utf-8") == config
    assert not (site / "layouts").exists()
    assert not (site / "content" / "welcome.md").exists()
    settings = Project.load(site).settings
    assert settings.source_dir == site.resolve() / "content" / "en"
    assert settings.output_layout == "folder"
    # the configuration it must have, by content directory, Arabic right to left
    assert '[languages.es]\ncontentDir = "content/es"\nlanguageName = "Español"' in done.stdout
    assert 'languageName = "العربية"\nlanguageDirection = "rtl"' in done.stdout
    painl10n(site, "build")
    assert (site / "content" / "es" / "a.md").is_file()


def test_an_existing_mkdocs_site_names_its_docs_dir(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "mkdocs.yml").write_text("site_name: Ours\ndocs_dir: 'pages/'\n", "utf-8")
    done = _init(tmp_path, "site", "--generator", "mkdocs", "--languages", "fr")
    assert done.returncode == 0, done.stderr
    assert Project.load(site).settings.source_dir == site.resolve() / "pages"
    assert "- locale: fr" in done.stdout
    assert (site / "mkdocs.yml").read_text("utf-8") == "site_name: Ours\ndocs_dir: 'pages/'\n"


@pytest.mark.parametrize(
    ("args", "files", "message"),
    [
        (
            ["--generator", "jekyll"],
            {"_config.yml": "title: Ours\n", "index.md": "Hi\n"},
            r"_config.yml: this Jekyll site has no en/ folder",
        ),
        (
            ["--generator", "wordpress"],
            {},
            r"unknown generator 'wordpress' \(choose one of: plain,",
        ),
    ],
)
def test_a_site_init_cannot_make_writes_nothing(
    tmp_path: Path, args: list[str], files: dict[str, str], message: str
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    for name, text in files.items():
        (site / name).write_text(text, "utf-8")
    done = _init(tmp_path, "site", *args)
    assert done.returncode == 2
    assert re.search(message, done.stderr), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert sorted(path.name for path in site.iterdir()) == sorted(files)


def test_the_advice_names_only_what_a_site_lacks_in_its_own_format(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "hugo.yaml").write_text("languages:\n  en:\n    weight: 1\n  es:\n    weight: 2\n")
    done = _init(tmp_path, "site", "--generator", "hugo", "--languages", "es,ar")
    assert done.returncode == 0, done.stderr
    assert '\nlanguages:\n  ar:\n    languageName: "العربية"\n' in done.stdout
    assert "  es:" not in done.stdout and "  en:" not in done.stdout
    other = tmp_path / "other"
    (other / "content").mkdir(parents=True)
    (other / "hugo.yaml").write_text("languages:\n  en: {}\n  ES: {}\n")
    done = _init(tmp_path, "other", "--generator", "hugo", "--languages", "es")
    assert done.returncode == 0, done.stderr
    assert "hugo.yaml is left as it is; it lists every language" in done.stdout


def test_an_existing_mkdocs_site_with_a_folder_per_language(tmp_path: Path) -> None:
    """mkdocs-static-i18n's ``docs_structure: folder``: the pages are docs/en/…, and
    painl10n writes docs/es/…, which the real MkDocs builds as the Spanish site."""
    site = tmp_path / "site"
    (site / "docs" / "en").mkdir(parents=True)
    config = (
        "site_name: Ours\ntheme:\n  name: material\nplugins:\n  - i18n:\n"
        "      docs_structure: folder\n      languages:\n"
        "        - locale: en\n          name: English\n          default: true\n"
        "        - locale: es\n          name: Español\n"
    )
    (site / "mkdocs.yml").write_text(config, "utf-8")
    page = "# Welcome\n\nThank you for reading!\n"
    (site / "docs" / "en" / "index.md").write_text(page, "utf-8")
    done = _init(tmp_path, "site", "--generator", "mkdocs", "--languages", "es")
    assert done.returncode == 0, done.stderr
    assert "it lists every language" in done.stdout
    settings = Project.load(site).settings
    assert settings.source_dir == site.resolve() / "docs" / "en"
    assert settings.output_layout == "folder"
    painl10n(site, "update")
    assert fill_catalogs(site, "es", {"Welcome": "Bienvenida", **SPANISH}) == 2
    painl10n(site, "build")
    assert (site / "docs" / "es" / "index.md").is_file()
    build_mkdocs(site, tmp_path / "out")
    spanish = (tmp_path / "out" / "es" / "index.html").read_text("utf-8")
    assert "¡Gracias por leer!" in spanish and 'lang="es"' in spanish
