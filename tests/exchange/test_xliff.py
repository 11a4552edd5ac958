"""XLIFF 2.0 export and import: structure, round trip, stale units, bad files."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from painl10n.errors import Painl10nError
from painl10n.exchange.xliff import NAMESPACE, export_xliff, import_xliff, unit_id
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po_file, write_po
from painl10n.project import Project
from tests.helpers.project import snapshot

Run = Callable[..., subprocess.CompletedProcess[str]]
X = "{" + NAMESPACE + "}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SLUG = "psychobiology-of-chronic-pain"
STATES = {"initial", "translated", "reviewed", "final"}

# The content model of XLIFF 2.0 core (OASIS Standard, section 4.2), for the
# elements we write. The official XSD cannot be fetched at test time here, so
# the structure is checked element by element instead.
CHILDREN = {
    "xliff": r"(file,)+",
    "file": r"(notes,)?((unit|group),)+",
    "unit": r"(notes,)?(originalData,)?((segment|ignorable),)+",
    "notes": r"(note,)+",
    "segment": r"source,(target,)?",
    "note": r"",
    "source": r"",
    "target": r"",
}
ATTRIBUTES = {
    "xliff": {"version", "srcLang", "trgLang", XML_SPACE},
    "file": {"id", "original", "canResegment", "translate", "srcDir", "trgDir", XML_SPACE},
    "unit": {"id", "name", "type", "canResegment", "translate", "srcDir", "trgDir", XML_SPACE},
    "notes": set(),
    "note": {"id", "appliesTo", "category", "priority"},
    "segment": {"id", "canResegment", "state", "subState"},
    "source": {XML_LANG, XML_SPACE},
    "target": {XML_LANG, XML_SPACE, "order"},
}
REQUIRED = {"xliff": {"version", "srcLang"}, "file": {"id"}, "unit": {"id"}}
NMTOKEN = re.compile(r"^[\w.:-]+$")


def assert_xliff_core(element: ET.Element) -> None:
    """Fail unless ``element`` follows the XLIFF 2.0 core content model."""
    assert element.tag.startswith(X), element.tag
    name = element.tag.removeprefix(X)
    children = "".join(child.tag.removeprefix(X) + "," for child in element)
    assert re.fullmatch(CHILDREN[name], children), (name, children)
    assert set(element.attrib) <= ATTRIBUTES[name], (name, element.attrib)
    assert REQUIRED.get(name, set()) <= set(element.attrib), (name, element.attrib)
    if name == "segment":
        assert element.get("state", "initial") in STATES
        if element.get("state", "initial") != "initial":
            assert element.find(X + "target") is not None
    if name in ("file", "unit"):
        assert element.get("canResegment", "yes") in ("yes", "no")
    if name == "file":
        ids = [unit.get("id", "") for unit in element.iter(X + "unit")]
        assert len(ids) == len(set(ids)) and all(NMTOKEN.match(i) for i in ids)
    for child in element:
        assert_xliff_core(child)


def _set_states(project: Project) -> polib.POFile:
    """One untranslated and one fuzzy entry in the Spanish catalog, for all three states."""
    path = project.catalog_path("es", SLUG)
    catalog = read_po_file(path)
    entries = list(catalog)
    entries[1].msgstr = ""
    entries[2].flags.append("fuzzy")
    path.write_text(write_po(catalog), "utf-8")
    return catalog


def _units(path: Path) -> dict[str, ET.Element]:
    root = ET.parse(path).getroot()
    return {unit.get("id", ""): unit for unit in root.iter(X + "unit")}


def test_export_follows_xliff_core_and_maps_states(site: Path) -> None:
    project = Project.load(site)
    catalog = _set_states(project)
    export_xliff(project, ["es"], [SLUG], site / "x")
    path = site / "x" / f"{SLUG}.es.xlf"
    root = ET.parse(path).getroot()
    assert_xliff_core(root)
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "en", "es")
    (file,) = root
    assert file.get("id") == SLUG and file.get("original") == f"source/{SLUG}.md"
    units = _units(path)
    assert len(units) == len(catalog)
    for entry in catalog:
        unit = units[unit_id(entry)]
        segment = unit.find(X + "segment")
        assert segment is not None
        assert segment.findtext(X + "source") == entry.msgid
        expected = "initial" if not entry.msgstr else "translated" if entry.fuzzy else "reviewed"
        assert segment.get("state") == expected
        assert segment.findtext(X + "target") == (entry.msgstr or None)
        notes = [(n.get("category"), n.text) for n in unit.iter(X + "note")]
        assert ("location", f"source/{SLUG}.md:{entry.occurrences[0][1]}") in notes
        assert ("description", entry.comment.split("\n")[0]) in notes
    first = next(iter(catalog))
    glossary = [
        n.text for n in units[unit_id(first)].iter(X + "note") if n.get("category") == "glossary"
    ]
    assert glossary == ["Psychobiology → psicobiología; Chronic Pain → dolor crónico"]
    assert sorted(e.get("state") for e in root.iter(X + "segment"))[:2] == ["initial", "reviewed"]


def test_export_is_deterministic_and_ids_survive_source_edits(site: Path) -> None:
    project = Project.load(site)
    export_xliff(project, ["fr"], None, site / "x")
    path = site / "x" / f"{SLUG}.fr.xlf"
    first = path.read_bytes()
    assert export_xliff(project, ["fr"], None, site / "x").changed == []
    assert path.read_bytes() == first
    before = set(_units(path))
    article = site / "source" / f"{SLUG}.md"
    article.write_text(
        article.read_text("utf-8").replace("in early trials", "in recent trials"), "utf-8"
    )
    extract(project)
    update(project, ["fr"])
    export_xliff(project, ["fr"], [SLUG], site / "x")
    after = set(_units(path))
    assert len(before - after) == 1 and len(after - before) == 1


def _edit(path: Path, edits: dict[str, tuple[str, str | None]]) -> None:
    """Set (state, target text) of units; None removes the target."""
    ET.register_namespace("", NAMESPACE)
    tree = ET.parse(path)
    for unit in tree.getroot().iter(X + "unit"):
        if unit.get("id") not in edits:
            continue
        state, text = edits[str(unit.get("id"))]
        segment = unit.find(X + "segment")
        assert segment is not None
        segment.set("state", state)
        target = segment.find(X + "target")
        if text is None:
            if target is not None:
                segment.remove(target)
            continue
        if target is None:
            target = ET.SubElement(segment, X + "target")
        target.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)


def test_round_trip_writes_targets_back_with_their_state(site: Path) -> None:
    project = Project.load(site)
    catalog = _set_states(project)
    entries = list(catalog)
    untranslated, fuzzy, reviewed, other = entries[1], entries[2], entries[3], entries[4]
    export_xliff(project, ["es"], [SLUG], site / "x")
    path = site / "x" / f"{SLUG}.es.xlf"
    tricky = (
        'Texto con <b> & "comillas", **negrita** y [enlace](https://example.org/?a=1&b=2)\\\nfin'
    )
    _edit(
        path,
        {
            unit_id(untranslated): ("translated", tricky),
            unit_id(fuzzy): ("final", fuzzy.msgstr + " (revisado)"),
            unit_id(reviewed): ("reviewed", "Nueva versión revisada."),
            unit_id(other): ("initial", None),
        },
    )

    result = import_xliff(project, [path], "es")

    assert (result.imported, result.without_target, result.skipped) == (3, 1, [])
    expected = {e.msgid: (e.msgstr, e.fuzzy) for e in catalog}
    expected[untranslated.msgid] = (tricky, True)
    expected[fuzzy.msgid] = (fuzzy.msgstr + " (revisado)", False)
    expected[reviewed.msgid] = ("Nueva versión revisada.", False)
    after = read_po_file(project.catalog_path("es", SLUG))
    assert {e.msgid: (e.msgstr, e.fuzzy) for e in after} == expected
    assert result.files.changed == [f"locales/es/LC_MESSAGES/{SLUG}.po"]
    again = import_xliff(project, [path], "es")
    assert again.files.changed == [] and again.imported == 0


def _unit_line(path: Path, uid: str) -> int:
    lines = path.read_text("utf-8").split("\n")
    return next(n for n, line in enumerate(lines, 1) if f'<unit id="{uid}"' in line)


def test_a_unit_whose_source_moved_on_is_skipped(site: Path) -> None:
    project = Project.load(site)
    export_xliff(project, ["de"], [SLUG], site / "x")
    path = site / "x" / f"{SLUG}.de.xlf"
    catalog = read_po_file(project.catalog_path("de", SLUG))
    moved = next(e for e in catalog if "in early trials" in e.msgid)
    edited_in_file = next(iter(catalog))
    _edit(
        path,
        {
            unit_id(moved): ("reviewed", "Veraltete Übersetzung."),
            unit_id(edited_in_file): ("reviewed", "Neuer Titel."),
        },
    )
    tree = ET.parse(path)
    for unit in tree.getroot().iter(X + "unit"):
        if unit.get("id") == unit_id(edited_in_file):
            source = unit.find(f"{X}segment/{X}source")
            assert source is not None
            source.text = "A title the source never had"
    ET.register_namespace("", NAMESPACE)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    article = site / "source" / f"{SLUG}.md"
    article.write_text(
        article.read_text("utf-8").replace("in early trials", "in recent trials"), "utf-8"
    )
    extract(project)
    update(project, ["de"])
    before = snapshot(site / "locales")

    result = import_xliff(project, [path], "de")

    shown = f"x/{SLUG}.de.xlf"
    assert [(s.file, s.line, s.unit) for s in result.skipped] == [
        (shown, _unit_line(path, unit_id(edited_in_file)), unit_id(edited_in_file)),
        (shown, _unit_line(path, unit_id(moved)), unit_id(moved)),
    ]
    assert "moved on" in result.skipped[1].reason
    assert "not the current msgid" in result.skipped[0].reason
    assert snapshot(site / "locales") == before


def test_an_unreviewed_target_never_replaces_a_reviewed_one(site: Path) -> None:
    project = Project.load(site)
    export_xliff(project, ["ar"], [SLUG], site / "x")
    path = site / "x" / f"{SLUG}.ar.xlf"
    entries = list(read_po_file(project.catalog_path("ar", SLUG)))
    _edit(
        path,
        {
            unit_id(entries[0]): ("translated", "عنوان آخر"),
            unit_id(entries[1]): ("translated", entries[1].msgstr),  # same text: nothing to do
        },
    )
    before = snapshot(site / "locales")
    result = import_xliff(project, [path], None)
    assert [s.unit for s in result.skipped] == [unit_id(entries[0])]
    assert "reviewed translation" in result.skipped[0].reason
    assert result.imported == 0 and result.unchanged == len(entries) - 1
    assert snapshot(site / "locales") == before


GOOD_HEAD = f'<?xml version="1.0"?>\n<xliff xmlns="{NAMESPACE}" version="2.0" '


def _unit(uid: str, state: str = "reviewed") -> str:
    return (
        f'<unit id="{uid}"><segment state="{state}"><source>x</source>'
        "<target>y</target></segment></unit>"
    )


BAD_FILES = {
    "not-xml": (
        GOOD_HEAD + 'srcLang="en" trgLang="es">\n<file id="x">\n</xliff>',
        4,
        "invalid XML",
    ),
    "no-srclang": (GOOD_HEAD + 'trgLang="es">\n<file id="x"/></xliff>', 2, "no srcLang"),
    "wrong-srclang": (GOOD_HEAD + 'srcLang="fr" trgLang="es">\n</xliff>', 2, "source language"),
    "foreign-trglang": (GOOD_HEAD + 'srcLang="en" trgLang="it">\n</xliff>', 2, "trgLang 'it'"),
    "other-trglang": (GOOD_HEAD + 'srcLang="en" trgLang="fr">\n</xliff>', 2, "requested 'es'"),
    "bad-trglang": (GOOD_HEAD + 'srcLang="en" trgLang="../x">\n</xliff>', 2, "malformed"),
    "xliff-1.2": (
        '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" '
        'version="1.2">\n</xliff>',
        2,
        "not an XLIFF 2",
    ),
    "no-unit-id": (
        GOOD_HEAD + f'srcLang="en" trgLang="es">\n<file id="{SLUG}">\n'
        "<unit><segment><source>x</source></segment></unit>\n</file></xliff>",
        4,
        "<unit> has no id",
    ),
    "bad-state": (
        GOOD_HEAD
        + f'srcLang="en" trgLang="es">\n<file id="{SLUG}">\n\n'
        + _unit("u1", "done")
        + "\n</file></xliff>",
        5,
        "unknown segment state 'done'",
    ),
    "no-source": (
        GOOD_HEAD + f'srcLang="en" trgLang="es">\n<file id="{SLUG}">\n<unit id="u1">\n'
        "<segment><target>y</target></segment></unit></file></xliff>",
        5,
        "no <source>",
    ),
    "unknown-article": (
        GOOD_HEAD
        + 'srcLang="en" trgLang="es">\n<file id="nope">'
        + _unit("u1")
        + "</file></xliff>",
        3,
        "not an article",
    ),
    "billion-laughs": (
        '<?xml version="1.0"?>\n<!DOCTYPE xliff [\n<!ENTITY a "aaaaaaaaaa">\n'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n'
        + GOOD_HEAD.split("\n", 1)[1]
        + 'srcLang="en" trgLang="es"><file id="x">&b;</file></xliff>',
        3,
        "refusing unsafe XML",
    ),
    "xxe": (
        '<?xml version="1.0"?>\n<!DOCTYPE xliff [\n'
        '<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n'
        + GOOD_HEAD.split("\n", 1)[1]
        + 'srcLang="en" trgLang="es"><file id="x">&secret;</file></xliff>',
        3,
        "refusing unsafe XML",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_one_line_and_nothing_is_written(site: Path, run_cli: Run, case: str) -> None:
    project = Project.load(site)
    export_xliff(project, ["es"], [SLUG], site / "x")
    good = site / "x" / f"{SLUG}.es.xlf"
    entry = next(iter(read_po_file(project.catalog_path("es", SLUG))))
    _edit(good, {unit_id(entry): ("reviewed", "Otro título")})  # would change the catalog
    text, line, message = BAD_FILES[case]
    bad = site / "x" / "bad.xlf"
    bad.write_text(text, "utf-8")
    before = snapshot(site / "locales")

    done = run_cli("xliff", "import", str(good), str(bad), "-l", "es", "-p", str(site))

    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"painl10n: error: x/bad.xlf:{line}: "), done.stderr
    assert message in done.stderr
    assert snapshot(site / "locales") == before
    with pytest.raises(Painl10nError):
        import_xliff(project, [good, bad], "es")


def test_every_bad_file_of_an_import_is_named(site: Path, run_cli: Run) -> None:
    """Two bad files and a good one: both bad ones listed (not only the first),
    then the count; nothing written."""
    project = Project.load(site)
    export_xliff(project, ["es"], [SLUG], site / "x")
    good = site / "x" / f"{SLUG}.es.xlf"
    (site / "x" / "a.xlf").write_text("not xml", "utf-8")
    (site / "x" / "b.xlf").write_text("<xliff/>", "utf-8")
    before = snapshot(site / "locales")
    done = run_cli("xliff", "import", "x/a.xlf", str(good), "x/b.xlf", "-l", "es", cwd=site)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert [line.split(":")[2].strip() for line in lines[:2]] == ["x/a.xlf", "x/b.xlf"]
    assert lines[2] == "painl10n: 2 files refused"
    assert snapshot(site / "locales") == before


def test_the_same_good_file_does_import(site: Path, run_cli: Run) -> None:
    """Near miss for the bad files: the good file alone goes through the CLI."""
    project = Project.load(site)
    export_xliff(project, ["es"], [SLUG], site / "x")
    good = site / "x" / f"{SLUG}.es.xlf"
    entry = next(iter(read_po_file(project.catalog_path("es", SLUG))))
    _edit(good, {unit_id(entry): ("reviewed", "Otro título")})
    done = run_cli("xliff", "import", str(good), "-l", "es", "-p", str(site))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"wrote locales/es/LC_MESSAGES/{SLUG}.po",
        f"1 imported, {len(_units(good)) - 1} unchanged, 0 without target, 0 skipped",
    ]
    assert next(iter(read_po_file(project.catalog_path("es", SLUG)))).msgstr == "Otro título"


def test_cli_export_writes_one_file_per_article_and_language(site: Path, run_cli: Run) -> None:
    done = run_cli("xliff", "export", "-l", "es", "-l", "de", "-p", str(site))
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in (site / "xliff").iterdir())
    assert written == sorted(
        f"{slug}.{lang}.xlf"
        for slug in ("ketamine-for-physical-and-mental-pain", SLUG)
        for lang in ("es", "de")
    )
    assert done.stdout.splitlines()[-1] == "4 XLIFF files exported"
    for path in (site / "xliff").iterdir():
        assert_xliff_core(ET.parse(path).getroot())
    again = run_cli("xliff", "export", "-l", "es", "-l", "de", "-p", str(site))
    assert again.stdout.splitlines() == ["4 XLIFF files exported"]


def test_msgctxt_travels_as_the_unit_name(site: Path) -> None:
    project = Project.load(site)
    article = site / "source" / f"{SLUG}.md"
    text = article.read_text("utf-8")
    first = "While the causes of chronic pain"
    article.write_text(text.replace(first, "<!-- painl10n: context intro -->\n" + first, 1))
    extract(project)
    update(project, ["es"])
    export_xliff(project, ["es"], [SLUG], site / "x")
    path = site / "x" / f"{SLUG}.es.xlf"
    catalog = read_po_file(project.catalog_path("es", SLUG))
    entry = next(e for e in catalog if e.msgctxt == "intro")
    unit = _units(path)[unit_id(entry)]
    assert unit.get("name") == "intro"
    assert sum(u.get("name") is not None for u in _units(path).values()) == 1
    _edit(path, {unit_id(entry): ("final", "Texto con contexto.")})
    assert import_xliff(project, [path], "es").imported == 1
    after = next(e for e in read_po_file(project.catalog_path("es", SLUG)) if e.msgctxt)
    assert (after.msgstr, after.fuzzy) == ("Texto con contexto.", False)
