"""The exchange formats write into CRLF catalogs (a Windows checkout) in CRLF."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from painl10n.exchange.seed import seed_catalog
from painl10n.exchange.tm_files import import_memory
from painl10n.exchange.xliff import NAMESPACE, export_xliff, import_xliff, unit_id
from painl10n.pipeline.build import build
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po_file, write_po
from painl10n.project import Project
from tests.helpers.line_endings import bare_line_feeds, to_crlf

SLUG = "psychobiology-of-chronic-pain"


def _emptied(project: Project, language: str) -> str:
    """Clear one translation of the article's catalog, saved with CRLF; its msgid."""
    path = project.catalog_path(language, SLUG)
    catalog = read_po_file(path)
    entry = list(catalog)[3]
    entry.msgstr = ""
    path.write_bytes(write_po(catalog).replace("\n", "\r\n").encode())
    return str(entry.msgid)


def _translate(xliff: Path, unit: str, text: str) -> None:
    """Give the unit ``unit`` of an exported XLIFF file the target ``text``."""
    ET.register_namespace("", NAMESPACE)
    tree = ET.parse(xliff)
    (found,) = [u for u in tree.getroot().iter(f"{{{NAMESPACE}}}unit") if u.get("id") == unit]
    segment = found.find(f"{{{NAMESPACE}}}segment")
    assert segment is not None
    segment.set("state", "translated")
    ET.SubElement(segment, f"{{{NAMESPACE}}}target").text = text
    tree.write(xliff, encoding="utf-8", xml_declaration=True)


def _assert_crlf(path: Path) -> None:
    data = path.read_bytes()
    assert data.count(b"\r\n") > 10 and bare_line_feeds(data) == 0


def test_xliff_import_keeps_crlf(site: Path) -> None:
    to_crlf(site)
    project = Project.load(site)
    msgid = _emptied(project, "es")
    export_xliff(project, ["es"], [SLUG], site / "x")
    xliff = site / "x" / f"{SLUG}.es.xlf"
    entry = read_po_file(project.catalog_path("es", SLUG)).find(msgid)
    assert entry is not None
    _translate(xliff, unit_id(entry), "Traducción nueva.")

    assert import_xliff(project, [xliff], "es").files.changed == [
        f"locales/es/LC_MESSAGES/{SLUG}.po"
    ]

    path = project.catalog_path("es", SLUG)
    _assert_crlf(path)
    imported = read_po_file(path).find(msgid)
    assert imported is not None and imported.msgstr == "Traducción nueva."
    assert import_xliff(project, [xliff], "es").files.changed == []


def test_seeding_keeps_crlf(site: Path) -> None:
    build(Project.load(site))
    to_crlf(site)
    project = Project.load(site)
    msgid = _emptied(project, "fr")

    result = seed_catalog(project, SLUG, site / "output" / "fr" / f"{SLUG}.md", "fr")

    path = project.catalog_path("fr", SLUG)
    assert result.written
    _assert_crlf(path)
    seeded = read_po_file(path).find(msgid)
    assert seeded is not None and seeded.msgstr and seeded.fuzzy
    again = seed_catalog(project, SLUG, site / "output" / "fr" / f"{SLUG}.md", "fr")
    assert not again.written


def test_memory_import_keeps_crlf(site: Path, tmp_path: Path) -> None:
    shipped = site / "locales" / "es" / "LC_MESSAGES" / f"{SLUG}.po"
    fresh = tmp_path / "fresh"
    (fresh / "source").mkdir(parents=True)
    (fresh / "pyproject.toml").write_bytes((site / "pyproject.toml").read_bytes())
    first = next(e for e in read_po_file(shipped) if e.msgid and "\n" not in e.msgid)
    (fresh / "source" / "second.md").write_text(f"{first.msgid}\n\nBananas are yellow.\n")
    project = Project.load(fresh)
    extract(project)
    update(project, ["es"])
    to_crlf(fresh)

    result = import_memory(project, shipped, "es")

    path = project.catalog_path("es", "second")
    assert result.prefilled == {"second": 1}
    _assert_crlf(path)
    assert read_po_file(path).find(first.msgid).msgstr == first.msgstr  # type: ignore[union-attr]
