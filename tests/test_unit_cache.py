"""The translation memory remembers each catalog's reviewed units by content.

``painl10n.unit_cache``: a catalog on disk is parsed for the memory once; after
that its units come from ``.painl10n/cache/units-<lang>.json`` while its bytes
are unchanged. These tests count the parses and compare the memory with and
without the cache.
"""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest

from painl10n import Project, build
from painl10n import memory as memory_module
from painl10n.errors import Painl10nError
from painl10n.memory import language_memory
from painl10n.unit_cache import units_path

SLUGS = ("ketamine-for-physical-and-mental-pain", "psychobiology-of-chronic-pain")


class Reads:
    """Counts the catalogs the memory parses."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[str] = []
        real = memory_module.read_po_file

        def counted(path: Path, *, shown: str | None = None) -> polib.POFile:
            self.paths.append(path.stem)
            return real(path, shown=shown)

        monkeypatch.setattr(memory_module, "read_po_file", counted)


def _memory(root: Path) -> list[tuple[str, str, str]]:
    found = language_memory(Project.load(root), "es", {}, imported=[])
    return sorted((u.source, u.target, u.origin) for u in found.units())


def test_catalogs_are_parsed_once_then_read_from_the_cache(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = Reads(monkeypatch)
    first = _memory(site)
    assert sorted(reads.paths) == sorted(SLUGS)
    assert len(first) > 50
    cached = json.loads(units_path(site, "es").read_text("utf-8"))
    assert sorted(cached["catalogs"]) == sorted(SLUGS)
    assert (site / ".painl10n" / ".gitignore").is_file()  # the cache stays out of git

    reads.paths.clear()
    stamp = units_path(site, "es").stat().st_mtime_ns
    assert _memory(site) == first
    assert reads.paths == []  # nothing parsed again
    assert units_path(site, "es").stat().st_mtime_ns == stamp  # nor rewritten


def test_a_changed_catalog_is_parsed_again(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _memory(site)
    reads = Reads(monkeypatch)
    path = site / "locales" / "es" / "LC_MESSAGES" / f"{SLUGS[1]}.po"
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if e.msgid and e.msgstr and not e.obsolete)
    text = path.read_text("utf-8").replace(
        f'msgstr "{entry.msgstr[:20]}', f'msgstr "CAMBIADO {entry.msgstr[:20]}', 1
    )
    assert "CAMBIADO" in text
    path.write_text(text, "utf-8")
    second = _memory(site)
    assert reads.paths == [SLUGS[1]]
    assert second != first
    assert any(target.startswith("CAMBIADO ") for _, target, _ in second)


def test_an_unusable_or_planted_cache_is_ignored(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    truth = _memory(site)
    cache = units_path(site, "es")
    document = json.loads(cache.read_text("utf-8"))
    for slug in SLUGS:  # units that are in no catalog, under a digest of no file
        document["catalogs"][slug] = ["0" * 64, [["Chronic pain", "PLANTED"]]]
    for broken in ("{not json", json.dumps({"format": 99}), json.dumps(document)):
        cache.write_text(broken, "utf-8")
        reads = Reads(monkeypatch)
        assert _memory(site) == truth
        assert sorted(reads.paths) == sorted(SLUGS)
        monkeypatch.undo()


def test_a_broken_catalog_is_still_an_error(site: Path) -> None:
    _memory(site)
    path = site / "locales" / "es" / "LC_MESSAGES" / f"{SLUGS[0]}.po"
    path.write_text(path.read_text("utf-8") + '\nmsgid "dangling"\n', "utf-8")
    with pytest.raises(Painl10nError, match="without msgstr"):
        _memory(site)


def test_editing_one_article_builds_without_parsing_the_others(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(Project.load(site))
    source = site / "source" / f"{SLUGS[1]}.md"
    source.write_text(source.read_text("utf-8") + "\nA new closing paragraph.\n", "utf-8")
    reads = Reads(monkeypatch)
    build(Project.load(site))
    assert SLUGS[0] not in reads.paths  # its units came from the cache
