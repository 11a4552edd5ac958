"""Finding and reading source articles (strict UTF-8, slugs)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import Painl10nError

SLUG_SHAPE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class SourceFile:
    """One article as read from disk."""

    path: Path
    ref: str  # project-relative path used in ``#:`` references
    text: str


def discover(source_dir: Path) -> list[Path]:
    """All Markdown articles under ``source_dir``, in a stable order."""
    if not source_dir.is_dir():
        raise Painl10nError(f"source folder {source_dir} does not exist", hint="check source_dir")
    return sorted(p for p in source_dir.rglob("*.md") if p.is_file())


def read_text_strict(path: Path, shown: str) -> str:
    """Read UTF-8 text, naming the line of the first undecodable byte."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise Painl10nError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x})",
            path=shown,
            line=line,
            hint="save the file as UTF-8",
        ) from exc
    return text.removeprefix("\ufeff")


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
