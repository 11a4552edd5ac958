"""Proof with the real MkDocs (Material): painl10n's Spanish of a page with every
construct renders as the same boxes, tabs, lists and abbreviations, translated.

Needs the dev extras (mkdocs, mkdocs-material, pymdown-extensions); skipped
where they are not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from tests.helpers.html import HtmlPage
from tests.helpers.mkdocs_site import MKDOCS_YML, PAGE, SPANISH
from tests.helpers.project import small_project

pytest.importorskip("mkdocs")
pytest.importorskip("material")
pytest.importorskip("pymdownx")

Run = Callable[..., subprocess.CompletedProcess[str]]
CATALOG = "locales/es/LC_MESSAGES/relief.po"


def mkdocs_project(root: Path) -> Path:
    small_project(root, {}, languages='["es"]')
    (root / "source").rmdir()
    (root / "docs").mkdir()
    (root / "docs/relief.md").write_text(PAGE, "utf-8")
    (root / "mkdocs.yml").write_text(MKDOCS_YML, "utf-8")
    with (root / "painl10n.toml").open("a", encoding="utf-8") as file:
        file.write('generator = "mkdocs"\nsource_dir = "docs"\nhtml = false\n')
    return root


def translate(root: Path, run_cli: Run, lookup: Callable[[str], str]) -> str:
    """Extract, update, fill the catalog with ``lookup``, build: the localized Markdown."""
    for step in ("extract", "update"):
        done = run_cli(step, "-q", "-p", str(root))
        assert done.returncode == 0, done.stderr
    catalog = polib.pofile(str(root / CATALOG))
    for entry in catalog:
        entry.msgstr = lookup(entry.msgid)
    catalog.save()
    done = run_cli("build", "-q", "-l", "es", "-p", str(root))
    assert done.returncode == 0, done.stderr
    return (root / "output/es/relief.md").read_text("utf-8")


def mkdocs_page(site: Path, markdown: str) -> HtmlPage:
    """The page MkDocs makes of ``markdown`` in a site with the project's mkdocs.yml."""
    (site / "docs").mkdir(parents=True)
    (site / "docs/relief.md").write_text(markdown, "utf-8")
    shutil.copy(site.parent / "project/mkdocs.yml", site / "mkdocs.yml")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(site / "mkdocs.yml")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return HtmlPage(site / "site/relief/index.html")


def text_of(page: HtmlPage, tag: str, **attrs: str) -> list[str]:
    return [" ".join(element.text.split()) for element in page.all(tag, **attrs)]


def test_the_spanish_page_renders_every_construct_translated(tmp_path: Path, run_cli: Run) -> None:
    root = mkdocs_project(tmp_path / "project")
    page = mkdocs_page(tmp_path / "es", translate(root, run_cli, SPANISH.__getitem__))

    warning = page.one("div", class_="admonition warning")
    assert text_of(page, "p", class_="admonition-title") == ["Cuidado"]
    assert "No tome más de cuatro gramos al día." in " ".join(warning.text.split())
    assert "Pregunte a su farmacéutico." in warning.text
    details = page.one("details", class_="info")
    assert text_of(page, "summary") == ["Más sobre las dosis"]
    assert "Los niños necesitan menos." in details.text
    tabs = page.one("div", class_="tabbed-set tabbed-alternate")
    assert text_of(page, "label")[-2:] == ["Adultos", "Niños"]
    assert "Tome un comprimido." in tabs.text and "Pregunte antes a un médico." in tabs.text
    assert text_of(page, "dt") == ["Dosis", "Comprimido"]
    assert text_of(page, "dd") == ["La cantidad que se toma de una vez.", "Una píldora pequeña."]
    assert page.one("abbr").get("title") == "Lenguaje de marcado de hipertexto"
    assert text_of(page, "h1", id="relief") == ["Alivio del dolor"]
    assert text_of(page, "p", class_="lead")[0].startswith("El paracetamol")
    article = " ".join(page.one("article").text.split())
    for english in SPANISH:
        if english not in ("HTML",):
            assert english not in article, english


def test_an_identity_translation_is_the_source_and_builds_the_same_page(
    tmp_path: Path, run_cli: Run
) -> None:
    root = mkdocs_project(tmp_path / "project")
    built = translate(root, run_cli, lambda msgid: msgid)
    assert built == PAGE
    source = mkdocs_page(tmp_path / "source", PAGE)
    rebuilt = mkdocs_page(tmp_path / "rebuilt", built)
    assert [(e.tag, e.attrs, e.text) for e in rebuilt.all("article")] == [
        (e.tag, e.attrs, e.text) for e in source.all("article")
    ]
