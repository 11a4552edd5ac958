"""A project checked out with CRLF (Git for Windows) builds as its LF twin and stays CRLF.

Sources and catalogs are read as gettext and Markdown read them; every file
painl10n rewrites keeps the line endings it had, so a Windows checkout does
not see every line changed, and a second run writes nothing.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from painl10n.pipeline.build import build
from painl10n.pipeline.compile import compile_catalogs
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po_file
from painl10n.project import Project
from tests.helpers.gettext import gettext_tool
from tests.helpers.line_endings import bare_line_feeds, to_crlf
from tests.helpers.project import snapshot

SLUG = "psychobiology-of-chronic-pain"


def _catalogs(root: Path) -> list[Path]:
    return sorted((root / "locales").glob("*/LC_MESSAGES/*.po*"))


def _project_files(root: Path) -> dict[str, bytes]:
    """The files a publisher keeps (the build cache is named by content digests)."""
    return {name: data for name, data in snapshot(root).items() if not name.startswith(".")}


def _assert_crlf_and_msgfmt_clean(root: Path) -> None:
    msgfmt = gettext_tool("msgfmt")
    for path in _catalogs(root):
        data = path.read_bytes()
        assert data.count(b"\r\n") > 10 and bare_line_feeds(data) == 0, path
        done = subprocess.run([msgfmt, "-c", "-o", "/dev/null", str(path)], capture_output=True)
        assert done.returncode == 0, (path, done.stderr.decode())


@pytest.fixture
def twins(site: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The shipped project with LF, and a copy of it with CRLF everywhere."""
    crlf = tmp_path / "crlf"
    shutil.copytree(site, crlf)
    assert len(to_crlf(crlf)) >= 11
    return site, crlf


def test_a_crlf_project_builds_as_its_lf_twin_and_stays_crlf(twins: tuple[Path, Path]) -> None:
    lf, crlf = twins
    build(Project.load(lf))
    build(Project.load(crlf))
    lf_files, crlf_files = _project_files(lf), _project_files(crlf)
    assert lf_files.keys() == crlf_files.keys()
    for name, data in crlf_files.items():
        if name.endswith((".md", ".po", ".pot")):
            assert data == lf_files[name].replace(b"\n", b"\r\n"), name  # same text, CRLF
        else:  # the pages, byte for byte; the manifest, the settings, the glossary
            assert data == lf_files[name] or name == ".painl10n-manifest", name
    pages = [name for name in crlf_files if name.endswith(".html")]
    assert len(pages) >= 10
    for name in pages:
        assert crlf_files[name] == lf_files[name], name  # the same page, byte for byte
    _assert_crlf_and_msgfmt_clean(crlf)

    project = Project.load(crlf)
    assert build(project).files.changed == []
    assert update(project).files.changed == []
    assert extract(project).files.changed == []
    assert _project_files(crlf) == crlf_files


def test_an_edited_crlf_source_is_merged_into_crlf_catalogs(twins: tuple[Path, Path]) -> None:
    _, crlf = twins
    source = crlf / "source" / f"{SLUG}.md"
    text = source.read_bytes().decode()
    assert "\r\ntitle: " in text
    edited = text.replace("\r\ntitle: ", "\r\ntitle: Revised, ", 1)
    source.write_bytes((edited + "\r\nA closing paragraph\r\non two lines.\r\n").encode())
    project = Project.load(crlf)

    build(project)

    _assert_crlf_and_msgfmt_clean(crlf)
    for path in _catalogs(crlf):
        if SLUG not in path.name:
            continue
        catalog = read_po_file(path)
        texts = [
            field
            for entry in catalog
            for field in (entry.msgid, entry.msgctxt or "", entry.comment, entry.tcomment)
        ]
        texts += [f"{file}:{line}" for entry in catalog for file, line in entry.occurrences]
        assert not any("\r" in field for field in texts), path
        msgids = {entry.msgid for entry in catalog}
        assert "A closing paragraph on two lines." in msgids
        assert any(msgid.startswith("Revised, ") for msgid in msgids)
        if path.suffix == ".po":
            revised = next(entry for entry in catalog if entry.msgid.startswith("Revised, "))
            assert revised.fuzzy and revised.previous_msgid  # the old translation kept
    page = (crlf / "output" / "es" / f"{SLUG}.md").read_bytes()
    assert b"A closing paragraph\r\non two lines.\r\n" in page and bare_line_feeds(page) == 0
    written = snapshot(crlf)
    assert build(project).files.changed == [] and snapshot(crlf) == written


@pytest.mark.parametrize(
    ("crlf_lines", "expected"),
    [(lambda n: n < 5, b"\n"), (lambda n: n > 5, b"\r\n")],
    ids=["mostly LF", "mostly CRLF"],
)
def test_a_mixed_catalog_is_rewritten_in_its_majority_ending(
    site: Path, crlf_lines: Callable[[int], bool], expected: bytes
) -> None:
    path = site / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    lines = path.read_bytes().split(b"\n")
    ends = [b"\r\n" if crlf_lines(n) else b"\n" for n in range(len(lines) - 1)]
    mixed = b"".join(line + end for line, end in zip(lines, ends, strict=False))
    path.write_bytes(mixed)

    assert update(Project.load(site), ["fr"]).files.changed == [f"locales/fr/LC_MESSAGES/{SLUG}.po"]

    written = path.read_bytes()
    assert written == mixed.replace(b"\r\n", b"\n").replace(b"\n", expected)
    assert update(Project.load(site), ["fr"]).files.changed == []


def test_a_new_catalog_gets_lf_in_a_crlf_project(twins: tuple[Path, Path]) -> None:
    _, crlf = twins
    path = crlf / "locales" / "de" / "LC_MESSAGES" / f"{SLUG}.po"
    path.unlink()
    update(Project.load(crlf), ["de"])
    data = path.read_bytes()
    assert b"\r" not in data and b'msgid ""\nmsgstr ""\n' in data


def test_crlf_catalogs_compile_to_the_same_mo_files(twins: tuple[Path, Path]) -> None:
    lf, crlf = twins
    written = [compile_catalogs(Project.load(root)).files.changed for root in twins]
    assert written[0] == written[1] and len(written[0]) == 8
    for name in written[0]:
        assert (crlf / name).read_bytes() == (lf / name).read_bytes(), name
