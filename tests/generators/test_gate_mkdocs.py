"""The publishing gate with a real generator: MkDocs, Material, mkdocs-static-i18n.

Suffix layout (mkdocs-static-i18n's default, ``page.es.md`` beside ``page.md``)
with ``fallback_to_default: true``: a page painl10n withholds in Spanish
(below ``publish_threshold``) has no ``.es.md``, and the plugin builds the
Spanish URL from the English page by its own mechanism; a page with text
that falls back gets the notice as a Material admonition in Spanish, and the
translation that ``check`` rejects is not on the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from painl10n import Project, build
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po, write_po
from tests.helpers.generators import build_mkdocs
from tests.helpers.html import HtmlPage
from tests.helpers.mkdocs_site import material_i18n_config

CONFIG = material_i18n_config(["admonition"], fallback=True)
DOSES = """\
# Doses

The usual dose is 100\u2013200 mg every 4 to 6 hours.

Ask your pharmacist if you are unsure.
"""
SLEEP = """\
# Sleep

Keep a regular bedtime.

Avoid screens before bed.

Keep the bedroom cool and dark.
"""
SPANISH = {
    "Doses": "Dosis",
    # the edit: 200 became 250
    "The usual dose is 100\u2013200 mg every 4 to 6 hours.": (
        "La dosis habitual es de 100\u2013250 mg cada 4 a 6 horas."
    ),
    "Ask your pharmacist if you are unsure.": "Consulte a su farmacéutico si tiene dudas.",
    "Sleep": "Sueño",  # one string of four: 25 %, below the threshold
}
NOTICE = "Algunas partes de esta página aún no están traducidas; se muestran en inglés."


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The MkDocs project, built by painl10n then by MkDocs; its root."""
    root = tmp_path_factory.mktemp("gate") / "site"
    (root / "docs").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(CONFIG, "utf-8")
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "mkdocs"\nsource_dir = "docs"\n'
        "publish_threshold = { es = 50 }\n",
        "utf-8",
    )
    (root / "docs" / "index.md").write_text("# Home\n\n[Doses](doses.md)\n", "utf-8")
    (root / "docs" / "doses.md").write_text(DOSES, "utf-8")
    (root / "docs" / "sleep.md").write_text(SLEEP, "utf-8")
    project = Project.load(root)
    extract(project)
    update(project)
    for slug in ("doses", "sleep", "index"):
        path = project.catalog_path("es", slug)
        catalog = read_po(path.read_text("utf-8"), path=str(path))
        for entry in catalog:
            entry.msgstr = {"Home": "Inicio", "[Doses](doses.md)": "[Dosis](doses.md)"}.get(
                entry.msgid, SPANISH.get(entry.msgid, "")
            )
        path.write_text(write_po(catalog), "utf-8")
    result = build(Project.load(root))
    published = {(o.slug, o.published) for o in result.outcomes}
    assert published == {("doses", True), ("sleep", False), ("index", True)}
    build_mkdocs(root, root / "public")
    return root


def test_a_withheld_page_has_no_translation_file(site: Path) -> None:
    assert not (site / "docs" / "sleep.es.md").exists()
    assert (site / "docs" / "doses.es.md").is_file() and (site / "docs" / "index.es.md").is_file()


def test_mkdocs_serves_the_withheld_page_by_its_own_fallback(site: Path) -> None:
    page = HtmlPage(site / "public" / "es" / "sleep" / "index.html")
    assert page.one("html").attrs.get("lang") == "es"
    text = " ".join(page.one("article").text.split())
    assert "Keep a regular bedtime." in text and "Sueño" not in text and NOTICE not in text


def test_the_notice_is_a_material_admonition_and_the_rejected_dose_is_not_published(
    site: Path,
) -> None:
    markdown = (site / "docs" / "doses.es.md").read_text("utf-8")
    assert markdown.startswith(f'# Dosis\n\n!!! note ""\n\n    {NOTICE}\n\n')
    page = HtmlPage(site / "public" / "es" / "doses" / "index.html")
    [admonition] = [d for d in page.all("div") if "admonition" in d.attrs.get("class", "")]
    assert " ".join(admonition.text.split()) == NOTICE
    text = " ".join(page.one("article").text.split())
    assert "100\u2013200 mg every 4 to 6 hours" in text  # the source's, not the 250 mg
    assert "250" not in text and "Consulte a su farmacéutico si tiene dudas." in text


def test_a_whole_page_has_no_notice(site: Path) -> None:
    """The near miss: the home page is fully translated."""
    assert (site / "docs" / "index.es.md").read_text("utf-8") == "# Inicio\n\n[Dosis](doses.md)\n"
    page = HtmlPage(site / "public" / "es" / "index.html")
    assert NOTICE not in " ".join(page.one("article").text.split())
