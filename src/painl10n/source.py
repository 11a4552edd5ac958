"""Finding and reading source articles (strict UTF-8, slugs)."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import Painl10nError
from .fileio import read_text_strict

__all__ = ["check_slug", "default_slug", "discover", "read_text_strict"]

SLUG_SHAPE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def discover(source_dir: Path) -> list[Path]:
    """All Markdown articles under ``source_dir``, in a stable order."""
    if not source_dir.is_dir():
        raise Painl10nError(f"source folder {source_dir} does not exist", hint="check source_dir")
    return sorted(p for p in source_dir.rglob("*.md") if p.is_file())


def default_slug(path: Path, source_dir: Path) -> str:
    """Slug from the file's path below the source folder (``a/b.md`` → ``a-b``)."""
    relative = path.relative_to(source_dir).with_suffix("")
    return "-".join(relative.parts).lower()


def check_slug(slug: str, shown: str) -> str:
    """A slug becomes a file and domain name: keep it to a safe alphabet."""
    if not SLUG_SHAPE.match(slug):
        raise Painl10nError(
            f"invalid slug {slug!r}",
            path=shown,
            hint="use lowercase letters, digits and single hyphens",
        )
    return slug
