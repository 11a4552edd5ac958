"""Write many files as one step: stage them all, then put them in place.

A build computes hundreds of files in several processes. Each changed file
is first written to a temporary file beside its target (in any process);
only when every article has been built without error are the temporary
files synced to disk once and renamed over their targets. An error anywhere
leaves every target as it was, and one ``os.sync`` replaces thousands of
``fsync`` calls (2 ms each on the reference machine).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Staged:
    """A changed file waiting in ``temporary`` to replace ``target``."""

    target: Path
    temporary: Path


def stage(path: Path, data: str | bytes, *, fsync: bool = False) -> Staged | None:
    """Stage ``data`` for ``path``; None when the file already holds exactly that.

    ``fsync`` syncs this one file (for a lone write that no ``commit`` follows).
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.read_bytes() == payload:
            return None
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            if fsync:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(name, 0o644)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Staged(path, Path(name))


def stage_into(staged: list[Staged], path: Path, data: str | bytes) -> bool:
    """Stage ``data`` for ``path`` onto ``staged``; False when the file already holds it."""
    item = stage(path, data)
    if item is not None:
        staged.append(item)
    return item is not None


def commit(staged: Iterable[Staged]) -> list[Path]:
    """Sync the staged files and move each into place (atomic per file)."""
    items = list(staged)
    if items:
        os.sync()
    for item in items:
        os.replace(item.temporary, item.target)
    return [item.target for item in items]


def discard(staged: Iterable[Staged]) -> None:
    """Forget staged files after an error; the targets were never touched."""
    for item in staged:
        item.temporary.unlink(missing_ok=True)
