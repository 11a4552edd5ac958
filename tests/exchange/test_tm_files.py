"""`painl10n tm import/export` through the real command line."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from painl10n.memory.tmx import parse_tmx
from painl10n.po import read_po, read_po_file, write_po
from tests.helpers import REPO
from tests.helpers.gettext import run_gettext
from tests.helpers.project import snapshot
from tests.helpers.samples import CAT_TOOL_SAMPLE

Cli = Callable[..., subprocess.CompletedProcess[str]]
SHIPPED = "psychobiology-of-chronic-pain"
SHARED = (
    "Chronic pain is defined as pain that lasts for more than three months or longer "
    "than the typical healing time for an injury or illness."
)
CLOSE = SHARED.replace("three months", "six months")
UTF8 = "Content-Type: text/plain; charset=UTF-8\\n"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def reviewed(site: Path, language: str) -> set[tuple[str, str]]:
    """Every (msgid, msgstr) a reviewer approved in the language's catalogs."""
    pairs = set()
    for path in (site / "locales" / language / "LC_MESSAGES").glob("*.po"):
        for entry in read_po_file(path):
            if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags:
                pairs.add((entry.msgid, entry.msgstr))
    return pairs


def tmx_pairs(text: str) -> list[tuple[str, str]]:
    pairs = []
    for tu in ET.fromstring(text).iter("tu"):
        segs = {tuv.get(XML_LANG): "".join(tuv.find("seg").itertext()) for tuv in tu}  # type: ignore[union-attr]
        pairs.append((segs["en"], segs["es"]))
    return pairs


@pytest.fixture
def fresh(tmp_path: Path, run_cli: Cli) -> Path:
    """A new project whose only article shares a sentence with a shipped one."""
    root = tmp_path / "fresh"
    (root / "source").mkdir(parents=True)
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    (root / "source" / "second.md").write_text(
        f"---\ntitle: Second\n---\n\n{SHARED}\n\n{CLOSE}\n\nBananas are yellow.\n", "utf-8"
    )
    assert run_cli("extract", "-q", "-p", str(root)).returncode == 0
    done = run_cli("update", "-q", "-p", str(root))
    assert done.returncode == 0, done.stderr
    assert not any(e.msgstr for e in second(root, "es"))  # no memory yet
    return root


def second(root: Path, language: str) -> polib.POFile:
    return read_po_file(root / "locales" / language / "LC_MESSAGES" / "second.po")


def test_export_tmx_holds_every_reviewed_translation_sorted(site: Path, run_cli: Cli) -> None:
    done = run_cli("tm", "export", "-l", "es", "-p", str(site))
    assert done.returncode == 0, done.stderr
    pairs = tmx_pairs(done.stdout)
    assert set(pairs) == reviewed(site, "es") and len(pairs) == len(set(pairs))
    assert pairs == sorted(pairs)
    again = run_cli("tm", "export", "-l", "es", "-p", str(site))
    assert again.stdout == done.stdout


def test_export_leaves_out_fuzzy_and_empty(site: Path, run_cli: Cli) -> None:
    path = site / "locales" / "es" / "LC_MESSAGES" / f"{SHIPPED}.po"
    po = read_po_file(path)
    po.find(SHARED).flags.append("fuzzy")
    emptied = next(e for e in po if e.msgstr and e.msgid != SHARED)
    emptied.msgstr = ""
    path.write_text(write_po(po), "utf-8")
    done = run_cli("tm", "export", "-l", "es", "-p", str(site))
    exported = {source for source, _ in tmx_pairs(done.stdout)}
    assert SHARED not in exported and emptied.msgid not in exported
    assert exported  # the rest is still there


def test_tmx_round_trip_prefills_a_fresh_project(
    site: Path, fresh: Path, run_cli: Cli, tmp_path: Path
) -> None:
    exported = tmp_path / "es-memory.tmx"
    done = run_cli("tm", "export", "-l", "es", "-o", str(exported), "-p", str(site))
    assert done.returncode == 0, done.stderr
    done = run_cli("tm", "import", str(exported), "-l", "es", "-p", str(fresh))
    assert done.returncode == 0, done.stderr
    count = len(reviewed(site, "es"))
    assert f"locales/memory/es.tmx: {count} translations imported, 0 skipped" in done.stdout
    assert "second: 2 pre-filled (fuzzy)" in done.stdout
    stored = (fresh / "locales" / "memory" / "es.tmx").read_text("utf-8")
    assert set(tmx_pairs(stored)) == reviewed(site, "es")
    expected = dict(reviewed(site, "es"))[SHARED]
    for msgid in (SHARED, CLOSE):
        got = second(fresh, "es").find(msgid)
        assert got.msgstr == expected and "fuzzy" in got.flags and got.previous_msgid == SHARED
    notes = [
        line for line in second(fresh, "es").find(SHARED).comment.splitlines() if "tm:" in line
    ]
    assert notes == ["tm: 100% from locales/memory/es.tmx"]
    assert second(fresh, "fr").find(SHARED).msgstr == ""  # other languages untouched
    before = snapshot(fresh / "locales")
    for args in (("update",), ("tm", "import", str(exported), "-l", "es")):
        done = run_cli(*args, "-q", "-p", str(fresh))
        assert done.returncode == 0, done.stderr
        assert snapshot(fresh / "locales") == before  # update and a repeated import: no change


def test_update_reads_the_stored_memory_for_new_strings(
    site: Path, fresh: Path, run_cli: Cli, tmp_path: Path
) -> None:
    exported = tmp_path / "fr.tmx"
    run_cli("tm", "export", "-l", "fr", "-o", str(exported), "-p", str(site))
    assert run_cli("tm", "import", str(exported), "-l", "fr", "-p", str(fresh)).returncode == 0
    (fresh / "source" / "third.md").write_text(f"---\ntitle: Third\n---\n\n{SHARED}\n", "utf-8")
    run_cli("extract", "-q", "-p", str(fresh))
    done = run_cli("update", "-p", str(fresh))
    assert "1 new strings pre-filled from memory (fuzzy)" in done.stdout
    po = read_po_file(fresh / "locales" / "fr" / "LC_MESSAGES" / "third.po")
    assert po.find(SHARED).msgstr == dict(reviewed(site, "fr"))[SHARED]


def test_import_old_po_from_another_tool(site: Path, fresh: Path, run_cli: Cli) -> None:
    old = site / "locales" / "de" / "LC_MESSAGES" / f"{SHIPPED}.po"
    done = run_cli("tm", "import", str(old), "-l", "de", "-p", str(fresh))
    assert done.returncode == 0, done.stderr
    got = second(fresh, "de").find(SHARED)
    assert got.msgstr == read_po_file(old).find(SHARED).msgstr and "fuzzy" in got.flags


def test_import_cat_tool_tmx_with_inline_tags(fresh: Path, run_cli: Cli, tmp_path: Path) -> None:
    sample = tmp_path / "export.TMX"
    sample.write_bytes(CAT_TOOL_SAMPLE.replace(b"Fish &amp; chips &lt;3", SHARED.encode()))
    done = run_cli("tm", "import", str(sample), "-l", "es", "-p", str(fresh))
    assert done.returncode == 0, done.stderr
    assert "3 translations imported, 3 skipped" in done.stdout
    stored = parse_tmx(
        (fresh / "locales" / "memory" / "es.tmx").read_bytes(),
        shown="es.tmx",
        source_language="en",
        target_language="es",
    ).pairs
    assert [p.source for p in stored] == sorted(
        [SHARED, "See [the leaflet](leaflet.html) for details.", "Take **two** tablets."]
    )
    assert second(fresh, "es").find(SHARED).msgstr == "Pescado & patatas <3"


def test_export_po_is_valid_gettext_and_reproducible(
    site: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = run_cli("tm", "export", "-l", "ar", "--format", "po", "-p", str(site))
    assert done.returncode == 0, done.stderr
    po = read_po(done.stdout, path="export.po")
    assert {(e.msgid, e.msgstr) for e in po} == reviewed(site, "ar")
    assert po.metadata["Language"] == "ar" and po.metadata["X-Source-Language"] == "en"
    assert po.metadata["PO-Revision-Date"] == "2000-01-01 00:00+0000"
    checked = run_gettext("msgfmt", "-c", "-o", "/dev/null", "-", text=done.stdout)
    assert checked.returncode == 0, checked.stderr.decode()


def test_export_po_keeps_a_second_translation_under_a_context(
    site: Path, run_cli: Cli, tmp_path: Path
) -> None:
    memory = site / "locales" / "memory"
    memory.mkdir()
    other = "Otra traducción del dolor crónico."
    (memory / "es.tmx").write_text(
        '<tmx version="1.4"><header srclang="en"/><body><tu>'
        f'<tuv xml:lang="en"><seg>{SHARED}</seg></tuv><tuv xml:lang="es"><seg>{other}</seg></tuv>'
        "</tu></body></tmx>",
        "utf-8",
    )
    done = run_cli("tm", "export", "-l", "es", "-f", "po", "-p", str(site))
    po = read_po(done.stdout, path="export.po")
    both = sorted((e.msgctxt or "", e.msgstr) for e in po if e.msgid == SHARED)
    assert [context for context, _ in both] == ["", "alternative 2"]
    assert {text for _, text in both} == {other, dict(reviewed(site, "es"))[SHARED]}


@pytest.mark.parametrize("code", ["xx", "it", "../es"])
def test_unknown_language_is_one_line_error(site: Path, run_cli: Cli, code: str) -> None:
    for args in (("tm", "export", "-l", code), ("tm", "import", "pyproject.toml", "-l", code)):
        done = run_cli(*args, "-p", str(site))
        assert done.returncode == 2
        assert done.stderr.startswith("painl10n: error:") and done.stderr.count("\n") == 1
        assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "bad.tmx",
            '<tmx version="1.4">\n<header srclang="en"/>\n<body>\n<tu>\n</body>',
            ":5: invalid XML",
        ),
        ("bad.po", f'msgid ""\nmsgstr "{UTF8}"\n\nmsgid "a"\nmsgstr "b\n', ":5: "),
        ("bomb.tmx", '<!DOCTYPE tmx [<!ENTITY a "x">]><tmx/>', "refusing unsafe XML"),
        ("memory.csv", "a,b\n", "unknown translation memory format"),
        ("wrong.po", f'msgid ""\nmsgstr "Language: fr\\n{UTF8}"\n', "Language header says 'fr'"),
    ],
)
def test_malformed_input_is_one_line_and_writes_nothing(
    site: Path, run_cli: Cli, tmp_path: Path, name: str, content: str, expected: str
) -> None:
    bad = tmp_path / name
    bad.write_text(content, "utf-8")
    before = snapshot(site)
    done = run_cli("tm", "import", str(bad), "-l", "es", "-p", str(site))
    assert done.returncode == 2, done.stdout
    assert done.stderr.count("\n") == 1 and expected in done.stderr and name in done.stderr
    assert snapshot(site) == before


def test_missing_file_and_bad_format(site: Path, run_cli: Cli, tmp_path: Path) -> None:
    done = run_cli("tm", "import", str(tmp_path / "nope.tmx"), "-l", "es", "-p", str(site))
    assert done.returncode == 2 and "file not found" in done.stderr
    done = run_cli("tm", "export", "-l", "es", "-f", "xliff", "-p", str(site))
    assert done.returncode == 2 and "unknown format 'xliff'" in done.stderr


def test_import_with_tm_off_stores_but_does_not_prefill(site: Path, fresh: Path) -> None:
    from painl10n import Project
    from painl10n.exchange.tm_files import import_memory

    settings = fresh / "pyproject.toml"
    settings.write_text(settings.read_text("utf-8") + "tm = false\n", "utf-8")
    old = site / "locales" / "es" / "LC_MESSAGES" / f"{SHIPPED}.po"
    result = import_memory(Project.load(fresh), old, "ES")
    assert result.prefilled == {} and result.stored == len(read_po_file(old)) == 37
    assert (fresh / "locales" / "memory" / "es.tmx").is_file()
    assert second(fresh, "es").find(SHARED).msgstr == ""


def test_export_holds_only_signed_off_text_where_reviewed_is_published(
    site: Path, run_cli: Cli
) -> None:
    from datetime import date

    from painl10n.catalogs import signoff

    settings = site / "pyproject.toml"
    settings.write_text(
        settings.read_text("utf-8").replace(
            'output_dir = "output"', 'output_dir = "output"\npublish = { es = "reviewed" }'
        ),
        "utf-8",
    )
    path = site / "locales" / "es" / "LC_MESSAGES" / f"{SHIPPED}.po"
    po = read_po_file(path)
    signed = po.find(SHARED)
    signoff.sign(signed, "Ana Ruiz", date(2026, 12, 6))
    stale = next(e for e in po if e.msgstr and e.msgid != SHARED)
    signoff.sign(stale, "Ana Ruiz", date(2026, 12, 6))
    stale.msgstr += " (editado)"  # changed after the sign-off: void
    path.write_text(write_po(po), "utf-8")
    imported = site / "old.po"
    imported.write_text(
        f'msgid ""\nmsgstr ""\n"{UTF8}"\n"Language: es\\n"\n\n'
        'msgid "Rest helps."\nmsgstr "El reposo ayuda."\n',
        "utf-8",
    )
    assert run_cli("tm", "import", str(imported), "-l", "es", "-p", str(site)).returncode == 0
    done = run_cli("tm", "export", "-l", "es", "-p", str(site))
    assert done.returncode == 0, done.stderr
    assert tmx_pairs(done.stdout) == [(SHARED, signed.msgstr)]
    french = run_cli("tm", "export", "-l", "fr", "-p", str(site))  # still "translated"
    units = len(list(ET.fromstring(french.stdout).iter("tu")))
    assert units == len(reviewed(site, "fr"))  # every translation, as before
