"""The project's cache folder, ``.painl10n/cache/``: git-ignored, safe to delete.

Everything in it can be recomputed from the sources, templates and catalogs;
a file that is missing, corrupt or of another format is simply rebuilt.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .fileio import write_if_changed

CACHE_DIR = Path(".painl10n") / "cache"


def digest(data: bytes) -> str:
    """The content digest every cache entry is keyed by (SHA-256, hex)."""
    return hashlib.sha256(data).hexdigest()


def cache_path(root: Path, name: str) -> Path:
    return root / CACHE_DIR / name


def write_cache(root: Path, name: str, text: str) -> None:
    """Write one cache file, and the .gitignore that keeps the folder out of git."""
    write_if_changed(cache_path(root, name), text)
    ignore = root / CACHE_DIR.parent / ".gitignore"
    if not ignore.exists():
        write_if_changed(ignore, "# painl10n's build cache: safe to delete\n*\n")
