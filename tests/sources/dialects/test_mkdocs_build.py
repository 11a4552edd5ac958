"""Proof with the real MkDocs (Material): painl10n's Spanish of a page with every
construct renders as the same boxes, tabs, lists and abbreviations, translated.

Uses the dev extras (mkdocs, mkdocs-material, pymdown-extensions), which
`make test` installs: nothing here is skipped.
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
from tests.helpers.mkdocs_site import BLOCKS_PAGE, MKDOCS_YML, PAGE, SPANISH
from tests.helpers.project import small_project

Run = Callable[..., subprocess.CompletedProcess[str]]
PAGES = {"relief": PAGE, "blocks": BLOCKS_PAGE}


def mkdocs_project(root: Path) -> Path:
    small_project(root, {}, languages='["es"]')
    (root / "source").rmdir()
    (root / "docs").mkdir()
    for name, text in PAGES.items():
        (root / f"docs/{name}.md").write_text(text, "utf-8")
    (root / "mkdocs.yml").write_text(MKDOCS_YML, "utf-8")
    with (root / "painl10n.toml").open("a", encoding="utf-8") as file:
        file.write('generator = "mkdocs"\nsource_dir = "docs"\n')
    return root


def run_painl10n(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "painl10n", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def translate(
    root: Path, run_cli: Run, lookup: Callable[[str], str], silence: str = ""
) -> dict[str, str]:
    """Extract, update, fill the catalogs with ``lookup``, build: the localized Markdown.

    ``silence``: check ids every entry silences (``# painl10n-ignore:``), as a translator
    would, so the publishing gate publishes them anyway."""
    for step in ("extract", "update"):
        done = run_cli(step, "-q", "-p", str(root))
        assert done.returncode == 0, done.stderr
    for name in PAGES:
        catalog = polib.pofile(str(root / f"locales/es/LC_MESSAGES/{name}.po"))
        for entry in catalog:
            entry.msgstr = lookup(entry.msgid)
            if silence:
                entry.tcomment = f"painl10n-ignore: {silence}"
        catalog.save()
    done = run_cli("build", "-q", "-l", "es", "-p", str(root))
    assert done.returncode == 0, done.stderr
    # mkdocs-static-i18n's default suffix layout: docs/relief.es.md beside docs/relief.md
    return {name: (root / f"docs/{name}.es.md").read_text("utf-8") for name in PAGES}


def mkdocs_site(site: Path, pages: dict[str, str]) -> Path:
    """The site MkDocs makes of ``pages`` with the project's mkdocs.yml."""
    (site / "docs").mkdir(parents=True)
    for name, text in pages.items():
        (site / f"docs/{name}.md").write_text(text, "utf-8")
    shutil.copy(site.parent / "project/mkdocs.yml", site / "mkdocs.yml")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(site / "mkdocs.yml")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return site / "site"


def text_of(page: HtmlPage, tag: str, **attrs: str) -> list[str]:
    return [" ".join(element.text.split()) for element in page.all(tag, **attrs)]


@pytest.fixture(scope="module")
def spanish(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Spanish site MkDocs builds from painl10n's output (built once for the module)."""
    folder = tmp_path_factory.mktemp("spanish")
    root = mkdocs_project(folder / "project")
    return mkdocs_site(folder / "es", translate(root, run_painl10n, SPANISH.__getitem__))


def test_the_spanish_page_renders_every_construct_translated(spanish: Path) -> None:
    page = HtmlPage(spanish / "relief/index.html")
    warning = page.one("div", class_="admonition warning")
    assert text_of(page, "p", class_="admonition-title") == ["Cuidado", "Consejo"]
    assert "Bébalo con agua." in page.one("div", class_="admonition tip").text
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
    articles = [" ".join(HtmlPage(spanish / f"{name}/index.html").one("article").text.split())
                for name in PAGES]  # fmt: skip
    for english in SPANISH:
        assert all(english not in article for article in articles), english


def test_slash_blocks_render_translated(spanish: Path) -> None:
    page = HtmlPage(spanish / "blocks/index.html")
    warning = page.one("div", class_="admonition warning")
    assert text_of(page, "p", class_="admonition-title") == ["Nunca más"]
    assert "No tome más de cuatro gramos al día." in " ".join(warning.text.split())
    details = page.one("details", open="open")
    assert text_of(page, "summary") == ["Antes de un viaje", "Efectos secundarios"]
    assert "Lleve suficientes comprimidos." in details.text
    assert text_of(page, "label")[-2:] == ["Por la mañana", "Por la noche"]
    assert "Tómelo con la cena." in page.one("div", class_="tabbed-set").text
    cards = page.one("div", class_="grid cards")
    assert [" ".join(item.text.split()) for item in cards.inner if item.tag == "li"] == [
        "Descanso Duerma bien entre dosis."
    ]
    # The text of a raw HTML block, translated inside its elements.
    box = page.one("details", class_="side-effects")
    assert " ".join(box.text.split()).endswith(
        "Deje de tomarlo y llame a su médico si la piel se le pone amarilla."
    )
    assert text_of(page, "b") == ["amarilla"]


def test_an_identity_translation_is_the_source_and_builds_the_same_page(tmp_path: Path) -> None:
    root = mkdocs_project(tmp_path / "project")
    # English as "Spanish" has no Spanish negation: the gate would hold "Do not take …".
    built = translate(root, run_painl10n, lambda msgid: msgid, silence="negation")
    assert built == PAGES
    source = mkdocs_site(tmp_path / "source", PAGES)
    rebuilt = mkdocs_site(tmp_path / "rebuilt", built)
    for name in PAGES:
        before, after = (HtmlPage(site / f"{name}/index.html") for site in (source, rebuilt))
        assert [(e.attrs, e.text) for e in after.all("article")] == [
            (e.attrs, e.text) for e in before.all("article")
        ]
