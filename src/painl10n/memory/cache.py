"""Reviewed units of catalogs, remembered by the catalog's content digest.

A language's translation memory is every reviewed string of its catalogs. An
update or build that touches one article would otherwise parse all the other
catalogs of the language to learn them again, a cost that grows with the site.
Whoever parses or writes a catalog stores its reviewed (source, target) pairs
in ``.painl10n/cache/units/<sha256 of the catalog's bytes>.json``; a reader
hashes the catalog as it is now and takes the file of that name, or parses
the catalog. The name is the content's digest, so an entry can never describe
other content than the file it is used for; entries no catalog has any more
are pruned after a full build.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import polib

from ..errors import Painl10nError
from ..runtime.cachedir import cache_path, digest, write_cache
from ..runtime.confine import refuse_links
from ..runtime.fileio import read_bounded

Pairs = list[tuple[str, str]]  # (source, target) of each reviewed unit


def _unit_name(key: str) -> str:
    return f"units/{key}.json"


def _unit_file(root: Path, key: str) -> Path:
    return cache_path(root, _unit_name(key))


def load_pairs(root: Path, key: str, staged: Mapping[Path, Path] | None = None) -> Pairs | None:
    """The remembered pairs of the catalog whose bytes hash to ``key``, if any.

    ``staged`` maps files staged but not yet in place to their temporary copies
    (a build reads what its workers stored before it commits them).
    """
    path = _unit_file(root, key)
    try:
        found = (staged or {}).get(path, path)
        document: Any = json.loads(read_bounded(found, str(found)).decode("utf-8"))
    except (OSError, ValueError, Painl10nError):
        return None
    if not isinstance(document, list):
        return None
    pairs: Pairs = []
    for item in document:
        if not (
            isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)
        ):
            return None
        pairs.append((item[0], item[1]))
    return pairs


def store_pairs(root: Path, key: str, pairs: Pairs) -> None:
    """Remember a catalog's pairs under its content digest (once per content)."""
    found = pairs_file(root, key, pairs)
    if found is not None:
        write_cache(root, _unit_name(key), found[1])


def pairs_file(root: Path, key: str, pairs: Pairs) -> tuple[Path, str] | None:
    """The file that remembers ``pairs`` and its text; None if it exists already.

    A build stages it with the catalog, so a failed build leaves no trace.
    """
    path = _unit_file(root, key)
    if path.is_file():
        return None
    return path, json.dumps([list(p) for p in pairs], ensure_ascii=False) + "\n"


def disk_pairs(
    root: Path,
    paths: Sequence[Path],
    read: Callable[[Path], polib.POFile],
    reviewed: Callable[[polib.POFile], Pairs],
) -> dict[str, Pairs]:
    """The pairs of each catalog in ``paths``, by slug (file stem).

    ``read`` parses a catalog (strictly: a broken file is still an error when
    its content is new); ``reviewed`` picks its reviewed pairs.
    """
    found: dict[str, Pairs] = {}
    for path in paths:
        key = digest(read_bounded(path, str(path)))
        pairs = load_pairs(root, key)
        if pairs is None:
            pairs = reviewed(read(path))
            store_pairs(root, key, pairs)
        found[path.stem] = pairs
    return found


_OURS = re.compile(r"[0-9a-f]{64}\.json")  # the names store_pairs gives


def prune(root: Path, keep: Iterable[str]) -> None:
    """Remove remembered pairs of contents no catalog has any more.

    Only files named as this cache names them, in a folder reached without a
    symbolic link (``.painl10n/cache/units -> ~/data`` is refused, not emptied).
    """
    folder = _unit_file(root, "x").parent
    refuse_links(folder, "prune the cache")
    wanted = {f"{key}.json" for key in keep}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        if path.name not in wanted and _OURS.fullmatch(path.name):
            path.unlink(missing_ok=True)
