"""Reviewed units of the catalogs on disk, remembered by their content.

A language's translation memory is every reviewed string of its catalogs. An
update or build that touches one article would otherwise parse all the other
catalogs of the language to learn them again (11 s at 1,000 articles x 4).
Each catalog's units are kept in ``.painl10n/cache/units-<lang>.json`` under
the SHA-256 of its bytes: a changed file is parsed again, an unchanged one is
not. Only the digest of the file as it is now can select its units, so a
stale or planted entry is never used for a file with other content.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import polib

from .cachedir import cache_path, write_cache

FORMAT = 1
_Pairs = list[list[str]]  # [[source, target], ...]


def units_path(root: Path, language: str) -> Path:
    return cache_path(root, f"units-{language}.json")


def _load(path: Path) -> dict[str, tuple[str, _Pairs]]:
    """The cached (digest, pairs) per slug; empty when the file is unusable."""
    try:
        document: Any = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return {}
    catalogs = document.get("catalogs")
    if not isinstance(catalogs, dict):
        return {}
    found: dict[str, tuple[str, _Pairs]] = {}
    for slug, entry in catalogs.items():
        if _well_formed(entry):
            found[slug] = (entry[0], entry[1])
    return found


def _well_formed(entry: object) -> bool:
    if not isinstance(entry, list) or len(entry) != 2 or not isinstance(entry[0], str):
        return False
    pairs = entry[1]
    return isinstance(pairs, list) and all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in pairs
    )


def cached_pairs(
    root: Path,
    language: str,
    folder: Path,
    paths: Sequence[Path],
    read: Callable[[Path], polib.POFile],
    reviewed: Callable[[polib.POFile], list[tuple[str, str]]],
) -> dict[str, list[tuple[str, str]]]:
    """(source, target) pairs of each catalog in ``paths``, by slug (file stem).

    ``read`` parses a catalog (strictly: a broken file is an error, as before
    the cache); ``reviewed`` picks its reviewed pairs. Entries of other
    catalogs in ``folder`` stay; those of deleted catalogs go. The cache file
    is rewritten only when something changed.
    """
    path = units_path(root, language)
    cached = _load(path)
    kept = {slug: entry for slug, entry in cached.items() if (folder / f"{slug}.po").is_file()}
    found: dict[str, list[tuple[str, str]]] = {}
    for catalog_path in paths:
        slug = catalog_path.stem
        key = hashlib.sha256(catalog_path.read_bytes()).hexdigest()
        entry = cached.get(slug)
        if entry is not None and entry[0] == key:
            pairs = [(source, target) for source, target in entry[1]]
        else:
            pairs = reviewed(read(catalog_path))
        kept[slug] = (key, [[source, target] for source, target in pairs])
        found[slug] = pairs
    if kept != cached:
        _save(path, kept)
    return found


def _save(path: Path, entries: dict[str, tuple[str, _Pairs]]) -> None:
    document = {"format": FORMAT, "catalogs": {s: list(entries[s]) for s in sorted(entries)}}
    write_cache(path, json.dumps(document, ensure_ascii=False, sort_keys=True) + "\n")


def remember(
    root: Path, language: str, known: dict[str, tuple[str, list[tuple[str, str]]]]
) -> None:
    """Record units learned elsewhere (a build's workers): slug -> (file digest, pairs).

    A full build parses every catalog anyway; remembering what it found lets
    the next build that touches one article skip parsing all the others.
    """
    path = units_path(root, language)
    cached = _load(path)
    merged = dict(cached)
    for slug, (key, pairs) in known.items():
        merged[slug] = (key, [[source, target] for source, target in pairs])
    if merged != cached:
        _save(path, merged)
