"""``heading_ids = "source"`` proven with the real MkDocs: the Spanish page's headings have
the English page's ids (Python-Markdown's toc), so '#anchor' links keep their targets."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import markdown
import material.extensions.emoji
import polib
import pytest

from painl10n.localize.assemble import assemble
from painl10n.sources.dialects import flavor_for
from painl10n.sources.segment import segment_article
from painl10n.text.pseudo import accented
from tests.helpers.html import HtmlPage
from tests.helpers.project import small_project

PAGE = """\
# Pain relief

Read [how to take it](#how-to-take-it) and [the limits](#limits).

## How to take it

Take it with water.

## How to take it

Again, with water.

## Limits { #limits }

Never more than four grams a day.

## Doses { data-toc-label="Dosing" }

One gram at a time.
"""
SPANISH = {
    "Pain relief": "Alivio del dolor",
    "Read [how to take it](#how-to-take-it) and [the limits](#limits).": (
        "Lea [cómo tomarlo](#how-to-take-it) y [los límites](#limits)."
    ),
    "How to take it": "Cómo tomarlo",
    "Take it with water.": "Tómelo con agua.",
    "Again, with water.": "De nuevo, con agua.",
    "Limits": "Límites",
    "Never more than four grams a day.": "Nunca más de cuatro gramos al día.",
    "Doses": "Dosis",
    "One gram at a time.": "Un gramo cada vez.",
}
MKDOCS_YML = "site_name: Pain guide\nmarkdown_extensions:\n  - attr_list\n  - toc\n"


def _run(*args: str, cwd: Path | None = None) -> None:
    done = subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mkdocs-ids") / "project"
    small_project(root, {}, languages='["es"]')
    (root / "source").rmdir()
    (root / "docs").mkdir()
    (root / "docs/relief.md").write_text(PAGE, "utf-8")
    (root / "mkdocs.yml").write_text(MKDOCS_YML, "utf-8")
    with (root / "painl10n.toml").open("a", encoding="utf-8") as file:
        file.write('generator = "mkdocs"\nsource_dir = "docs"\nheading_ids = "source"\n')
    _run("painl10n", "update", "-q", "-p", str(root))
    path = root / "locales/es/LC_MESSAGES/relief.po"
    catalog = polib.pofile(str(path))
    for entry in catalog:
        entry.msgstr = SPANISH[entry.msgid]
    catalog.save(str(path))
    _run("painl10n", "build", "-q", "-l", "es", "-p", str(root))
    spanish = (root / "docs/relief.es.md").read_text("utf-8")
    assert "## Cómo tomarlo { #how-to-take-it_1 }" in spanish
    # an attribute list without an id gets the source's inside, the rest as written
    assert '## Dosis { #doses data-toc-label="Dosing" }\n' in spanish
    site = root.parent / "site"
    (site / "docs").mkdir(parents=True)
    (site / "docs/relief.md").write_text(PAGE, "utf-8")
    (site / "docs/relief-es.md").write_text(spanish, "utf-8")
    (site / "mkdocs.yml").write_text(MKDOCS_YML, "utf-8")
    _run("mkdocs", "build", "-q", "-f", str(site / "mkdocs.yml"))
    return site / "site"


def test_the_spanish_headings_have_the_english_ids(site: Path) -> None:
    pages = {name: HtmlPage(site / f"{name}/index.html") for name in ("relief", "relief-es")}
    ids = {name: [h.get("id") for h in page.all("h2")] for name, page in pages.items()}
    assert ids["relief"] == ["how-to-take-it", "how-to-take-it_1", "limits", "doses"]
    assert ids["relief-es"] == ids["relief"]
    assert pages["relief-es"].one("h2", id="doses").text.startswith("Dosis")
    toc = [(a.attrs.get("href"), a.text.strip()) for a in pages["relief-es"].all("a")]
    assert ("#doses", "Dosing") in toc  # the table of contents' label, kept
    assert pages["relief-es"].one("h2", id="how-to-take-it").text.startswith("Cómo tomarlo")
    links = [
        a.get("href")
        for a in pages["relief-es"].all("a")
        if a.text in ("cómo tomarlo", "los límites")
    ]
    assert links == ["#how-to-take-it", "#limits"]


ICON_HEADINGS = """\
#### :material-check-all: On all pages

## Take :smile: it { data-toc-label="Take" }
"""


def test_an_icon_is_no_part_of_a_headings_source_id() -> None:
    """pymdownx.emoji makes an icon an image, which toc's slug leaves out: the source id
    of '#### :material-check-all: On all pages' is 'on-all-pages' (Material's reference
    page got 'material-check-all-on-all-pages' on its pseudo page)."""
    flavor = replace(
        flavor_for("mkdocs", ["attr_list", "toc", "pymdownx.emoji"]), heading_ids="source"
    )
    article = segment_article(
        ICON_HEADINGS, ref="a.md", default_slug="a", front_matter_fields=(), flavor=flavor
    )
    pseudo = assemble(article, lambda seg: accented(seg.msgid, generator="mkdocs")).text
    assert pseudo.startswith("#### :material-check-all: ⟦Öñ åļļ ṗåĝéš one⟧ { #on-all-pages }")
    emoji = {
        "pymdownx.emoji": {
            "emoji_index": material.extensions.emoji.twemoji,
            "emoji_generator": material.extensions.emoji.to_svg,
        }
    }
    ids = [
        re.findall(r'<h\d id="([^"]+)"', markdown.markdown(text, extensions=[
            "attr_list", "toc", "pymdownx.emoji"], extension_configs=emoji))
        for text in (ICON_HEADINGS, pseudo)
    ]  # fmt: skip
    assert ids[0] == ids[1] == ["on-all-pages", "take-it"]
    without = replace(flavor, extensions=flavor.extensions - {"pymdownx.emoji"})
    plain = segment_article(
        ICON_HEADINGS, ref="a.md", default_slug="a", front_matter_fields=(), flavor=without
    )
    assert plain.segments[0].suffix == " { #material-check-all-on-all-pages }"  # text there
