"""Every input read has a size bound: an endless or huge file is refused, not read to the end.

``align`` on ``/dev/zero`` read until the kernel killed it (22 GB); an XLIFF
import wrote a 10 MB target into a catalog. Huge regular files are sparse
(``truncate``): refused from their size without reading. Endless ones
(``/dev/zero``, a FIFO fed by a thread) are refused after ``limit + 1`` bytes.
"""

from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from painl10n.errors import Painl10nError
from painl10n.exchange.seed import seed_catalog
from painl10n.exchange.termbase import read_any
from painl10n.exchange.xliff import NAMESPACE, export_xliff, import_xliff
from painl10n.memory.tmx import read_tmx
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.project import Project
from painl10n.reports.read import read_report
from painl10n.runtime.fileio import MAX_INPUT_BYTES, read_bounded
from painl10n.terms.tbx import read_tbx
from tests.helpers.project import snapshot
from tests.helpers.tiny import make_tiny

MB = 1024 * 1024


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return make_tiny(tmp_path / "tiny")


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


def test_dev_zero_is_refused_after_the_bound() -> None:
    with pytest.raises(Painl10nError) as caught:
        read_bounded(Path("/dev/zero"), "/dev/zero", 3 * MB)
    assert str(caught.value).startswith("/dev/zero: file too big: more than the 3 MB limit")


def test_an_endless_fifo_is_refused_after_the_bound(tmp_path: Path) -> None:
    """A pipe has no size to check first: only a bounded read stops."""
    fifo = tmp_path / "endless.po"
    os.mkfifo(fifo)
    written = [0]

    def feed() -> None:
        with open(fifo, "wb") as handle:
            try:
                while True:
                    written[0] += handle.write(b"x" * 65536)
            except BrokenPipeError:
                pass  # the reader stopped reading and closed: as it should

    writer = threading.Thread(target=feed)
    writer.start()
    with pytest.raises(Painl10nError, match="more than the 1 MB limit"):
        read_bounded(fifo, "endless.po", MB)
    writer.join(timeout=60)
    assert not writer.is_alive()
    assert written[0] < 4 * MB  # what the reader took, plus what the pipe buffers


def test_a_file_at_the_bound_is_read(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_bytes(b"x" * 1000)
    assert len(read_bounded(path, "x.po", 1000)) == 1000
    with pytest.raises(
        Painl10nError, match=r"x\.po: file too big: 1,000 bytes, more than the 999 bytes limit"
    ):
        read_bounded(path, "x.po", 999)


def test_a_huge_regular_file_is_refused_by_its_size(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "big.po", MAX_INPUT_BYTES + 1)
    with pytest.raises(Painl10nError) as caught:
        read_bounded(path, "big.po")
    assert str(caught.value) == (
        "big.po: file too big: 64.0 MB, more than the 64 MB limit "
        "(is it the right file? split it, or point painl10n at a regular file)"
    )


def test_align_on_dev_zero_stops_at_the_article_bound(tiny: Path) -> None:
    """Seeding from a translated article reads as much as an article may have (2 MB)."""
    project = Project.load(tiny)
    extract(project)
    update(project)
    with pytest.raises(Painl10nError, match="more than the 2 MB limit"):
        seed_catalog(project, "source/a.md", Path("/dev/zero"), "es")


def test_a_huge_catalog_is_refused(tiny: Path) -> None:
    project = Project.load(tiny)
    extract(project)
    update(project)
    catalog = project.catalog_path("es", "a")
    catalog.unlink()
    _sparse(catalog, MAX_INPUT_BYTES + 1)
    with pytest.raises(Painl10nError, match=r"a\.po: file too big"):
        update(project)


@pytest.mark.parametrize(
    "name, read",
    [
        (
            "memory.tmx",
            lambda p: read_tmx(p, shown=p.name, source_language="en", target_language="es"),
        ),
        ("terms.tbx", lambda p: read_tbx(p, shown=p.name)),
        ("terms.csv", lambda p: read_any(p, shown=p.name, source_language="en")),
        ("shard.json", read_report),
    ],
)
def test_each_exchange_file_is_bounded(
    tmp_path: Path, name: str, read: Callable[[Path], object]
) -> None:
    path = _sparse(tmp_path / name, MAX_INPUT_BYTES + 1)
    with pytest.raises(Painl10nError, match="file too big"):
        read(path)


def test_huge_settings_are_refused(tiny: Path) -> None:
    with open(tiny / "painl10n.toml", "a", encoding="utf-8") as handle:
        handle.write("# padding\n" * 200_000)
    with pytest.raises(Painl10nError, match="more than the 1 MB limit"):
        Project.load(tiny)


def _xliff_with_target(root: Path, target: str) -> Path:
    project = Project.load(root)
    extract(project)
    update(project)
    export_xliff(project, ["es"], None, root / "xliff")
    path = root / "xliff" / "a.es.xlf"
    ET.register_namespace("", NAMESPACE)
    tree = ET.parse(path)
    x = "{" + NAMESPACE + "}"
    for segment in tree.iter(x + "segment"):
        if segment.findtext(x + "source") == "Chronic pain lasts.":
            found = segment.find(x + "target")
            if found is None:
                found = ET.SubElement(segment, x + "target")
            found.text = target
            segment.set("state", "translated")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return path


def test_an_xliff_target_far_longer_than_its_source_is_refused(tiny: Path) -> None:
    """10,190 characters are allowed for this 19-character source (10 x + 10,000)."""
    path = _xliff_with_target(tiny, "El dolor crónico dura. " * 500)
    before = snapshot(tiny / "locales")
    with pytest.raises(Painl10nError) as caught:
        import_xliff(Project.load(tiny), [path], "es")
    message = str(caught.value)
    assert message.startswith("xliff/a.es.xlf:") or "a.es.xlf:" in message, message
    assert "has 11,500 characters for a 19-character source, more than the 10,190" in message
    assert "unit '" in message
    assert snapshot(tiny / "locales") == before


def test_an_xliff_target_within_the_bound_is_imported(tiny: Path) -> None:
    path = _xliff_with_target(tiny, "El dolor crónico dura. " * 400)
    assert import_xliff(Project.load(tiny), [path], "es").imported == 1
