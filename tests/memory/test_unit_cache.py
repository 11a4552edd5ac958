"""The translation memory remembers each catalog's reviewed units by content.

``painl10n.memory.cache``: a catalog on disk is parsed for the memory once; after
that its units come from ``.painl10n/cache/units/<sha256>.json`` while its
bytes are unchanged. These tests count the parses and compare the memory with and
without the cache.
"""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest

from painl10n import Project, build
from painl10n.errors import Painl10nError
from painl10n.pipeline import build_memory
from painl10n.pipeline import prefill as memory_module
from painl10n.pipeline.prefill import language_memory
from painl10n.runtime.cachedir import digest

SLUGS = ("ketamine-for-physical-and-mental-pain", "psychobiology-of-chronic-pain")


class Reads:
    """Counts the catalogs the memory parses."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[str] = []
        real = memory_module.read_catalog_file

        def counted(path: Path, *, shown: str) -> polib.POFile:
            self.paths.append(path.stem)
            return real(path, shown=shown)

        monkeypatch.setattr(memory_module, "read_catalog_file", counted)


def _unit_file(root: Path, slug: str) -> Path:
    catalog = root / "locales" / "es" / "LC_MESSAGES" / f"{slug}.po"
    return root / ".painl10n" / "cache" / "units" / f"{digest(catalog.read_bytes())}.json"


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
    for slug in SLUGS:
        stored = json.loads(_unit_file(site, slug).read_text("utf-8"))
        assert sorted((s, t, slug) for s, t in stored) == [u for u in first if u[2] == slug]
    assert (site / ".painl10n" / ".gitignore").is_file()  # the cache stays out of git

    reads.paths.clear()
    stamps = [_unit_file(site, slug).stat().st_mtime_ns for slug in SLUGS]
    assert _memory(site) == first
    assert reads.paths == []  # nothing parsed again
    assert [_unit_file(site, slug).stat().st_mtime_ns for slug in SLUGS] == stamps


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
    planted = json.dumps([["Chronic pain", "PLANTED"]])
    for slug in SLUGS:  # an entry under another content's digest is never selected
        other = _unit_file(site, slug).with_name(f"{'0' * 64}.json")
        other.write_text(planted, "utf-8")
    for broken in ("{not json", json.dumps({"format": 99}), json.dumps([["only one"]])):
        for slug in SLUGS:
            _unit_file(site, slug).write_text(broken, "utf-8")
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
    rebuilt: list[str] = []
    real = build_memory.read_catalog_file

    def counted(path: Path, *, shown: str) -> polib.POFile:
        rebuilt.append(path.name)
        return real(path, shown=shown)

    monkeypatch.setattr(build_memory, "read_catalog_file", counted)
    result = build(Project.load(site))
    assert result.skipped == 1  # the edited article was rebuilt, its new paragraph untranslated
    assert SLUGS[0] not in reads.paths  # the first build's workers stored its units
    assert rebuilt == []  # and the rebuilt catalogs' units are read from the staged files
    units = site / ".painl10n" / "cache" / "units"
    catalogs = sorted((site / "locales").glob("[a-z][a-z]/LC_MESSAGES/*.po"))
    assert sorted(p.stem for p in units.glob("*.json")) == sorted(
        digest(p.read_bytes()) for p in catalogs
    )  # one file per current catalog: the edited article's old ones were pruned
