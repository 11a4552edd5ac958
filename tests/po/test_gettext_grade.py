"""The catalogs behave like gettext's own, and Weblate adopts the repository as is.

msgcat at the configured width (0 = --no-wrap) leaves every file we write
unchanged, so Poedit, Weblate and msgmerge round trips create no noisy diff;
Weblate's own discovery (translation-finder) sees one PO component per article.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from translation_finder import discover

from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.project import Project
from tests.helpers.gettext import gettext_tool
from tests.helpers.project import snapshot

SLUGS = ["ketamine-for-physical-and-mental-pain", "psychobiology-of-chronic-pain"]
LANGUAGES = ["ar", "de", "es", "fr"]


def set_wrap_width(site: Path, width: int) -> None:
    settings = site / "pyproject.toml"
    text = settings.read_text("utf-8")
    assert "[tool.painl10n]\n" in text
    table = "[tool.painl10n]\n"
    settings.write_text(text.replace(table, f"{table}wrap_width = {width}\n"), "utf-8")


@pytest.mark.parametrize("width", [0, 40, 79, 120])
def test_msgcat_leaves_every_catalog_unchanged_at_the_configured_width(
    site: Path, width: int
) -> None:
    set_wrap_width(site, width)
    project = Project.load(site)
    extract(project)
    update(project)
    option = "--no-wrap" if width == 0 else f"--width={width}"
    files = sorted((site / "locales").rglob("*.po*"))
    assert len(files) == len(SLUGS) * (1 + len(LANGUAGES))
    longest = 0  # of a Latin-script string line (display width = characters)
    for path in files:
        text = path.read_text("utf-8")
        run = subprocess.run(
            [gettext_tool("msgcat"), option, str(path)], capture_output=True, text=True, check=True
        )
        assert run.stdout == text, f"msgcat {option} rewraps {path.relative_to(site)}"
        if "/ar/" not in str(path):
            strings = [line for line in text.splitlines() if line.startswith(('"', "msg"))]
            longest = max(longest, *map(len, strings))
    if width == 0:
        assert longest > 200  # really unwrapped: whole paragraphs on one line
    else:
        assert width - 10 < longest <= width  # wrapped, and close to the width


def test_a_width_change_rewrites_and_a_second_run_does_not(site: Path) -> None:
    set_wrap_width(site, 40)
    project = Project.load(site)
    first = update(project)
    assert len(first.files.changed) == len(SLUGS) * len(LANGUAGES)
    before = snapshot(site / "locales")
    assert update(project).files.changed == []
    assert snapshot(site / "locales") == before


def test_weblate_discovers_one_po_component_per_article(site: Path) -> None:
    """What Weblate's "Add component → discover" sees in a clean checkout."""
    found = [dict(result) for result in discover(str(site))]
    po = sorted((r for r in found if r["file_format"] == "po"), key=lambda r: r["filemask"])
    assert [r["filemask"] for r in po] == [f"locales/*/LC_MESSAGES/{slug}.po" for slug in SLUGS]
    # Bilingual gettext: the .pot is the base for new translations, no monolingual template.
    assert [r["new_base"] for r in po] == [
        f"locales/templates/LC_MESSAGES/{slug}.pot" for slug in SLUGS
    ]
    assert all("template" not in r for r in po)
    assert len(found) == len(po), f"unexpected components: {found}"
    # The mask picks exactly the project's languages (templates/ holds no .po).
    for result in po:
        matched = sorted(p.parts[-3] for p in site.glob(result["filemask"]))
        assert matched == LANGUAGES
