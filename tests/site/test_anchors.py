"""``heading_ids = "source"`` on painl10n's own pages: the Spanish page's headings have the
English page's ids, so '#anchor' links keep their targets; without it, pages are as before."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from painl10n.pipeline.build import build
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.project import Project
from tests.helpers.html import HtmlPage
from tests.helpers.project import small_project

ARTICLE = """\
---
title: Back pain
---
# Back pain

Read [what helps](#what-helps) first.

## What helps

Keep moving.

## What helps

Heat helps too.

## `Ibuprofen` and you

Take it with food.
"""
SPANISH = {
    "Back pain": "Dolor de espalda",
    "Read [what helps](#what-helps) first.": "Lea primero [qué ayuda](#what-helps).",
    "What helps": "Qué ayuda",
    "Keep moving.": "Siga moviéndose.",
    "Heat helps too.": "El calor también ayuda.",
    "`Ibuprofen` and you": "El `Ibuprofen` y usted",
    "Take it with food.": "Tómelo con comida.",
}


def _built(root: Path, settings: str) -> dict[str, HtmlPage]:
    small_project(root, {"back-pain.md": ARTICLE}, languages='["es"]')
    with (root / "painl10n.toml").open("a", encoding="utf-8") as file:
        file.write(settings)
    project = Project.load(root)
    extract(project)
    update(project)
    path = root / "locales/es/LC_MESSAGES/back-pain.po"
    catalog = polib.pofile(str(path))
    for entry in catalog:
        entry.msgstr = SPANISH[entry.msgid]
    catalog.save(str(path))
    build(Project.load(root))
    return {lang: HtmlPage(root / f"output/{lang}/back-pain.html") for lang in ("en", "es")}


def _ids(page: HtmlPage) -> list[str | None]:
    return [h.attrs.get("id") for h in page.elements if h.tag in ("h1", "h2", "h3")]


def test_every_language_has_the_source_pages_ids(tmp_path: Path) -> None:
    pages = _built(tmp_path, 'heading_ids = "source"\n')
    expected = ["back-pain", "what-helps", "what-helps-1", "ibuprofen-and-you"]
    assert _ids(pages["en"]) == expected
    assert _ids(pages["es"]) == expected
    assert [h.text for h in pages["es"].all("h2")][:1] == ["Qué ayuda"]
    links = {a.text: a.get("href") for a in pages["es"].all("a") if "main" in a.ancestors}
    assert links["qué ayuda"] == "#what-helps"


@pytest.mark.parametrize("settings", ["", 'heading_ids = "auto"\n'])
def test_without_it_pages_have_no_heading_ids(tmp_path: Path, settings: str) -> None:
    pages = _built(tmp_path, settings)
    assert set(_ids(pages["en"])) == set(_ids(pages["es"])) == {None}
