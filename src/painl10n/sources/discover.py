"""Finding and reading source articles (strict UTF-8, slugs)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..errors import Painl10nError
from ..runtime.fileio import read_text_strict

__all__ = ["check_slug", "default_slug", "discover", "read_text_strict"]

SLUG_SHAPE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
RESERVED_SLUGS = frozenset({"index"})  # output/<lang>/index.html is the article list

# Health articles are a few kilobytes; markdown-it reads about 1 MB a second,
# so a bigger file is a mistake or an attack, not an article.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024


def discover(source_dir: Path, shown: Callable[[Path], str] = str) -> list[Path]:
    """All Markdown articles under ``source_dir``, in a stable order.

    Each must be a file of bounded size inside ``source_dir`` once symbolic
    links are resolved: a link out of it would publish whatever it points to,
    and a link loop or a dangling link is an article that cannot be read.
    (Linked folders are not descended into, so a folder loop is harmless.)
    ``shown`` turns a path into the form error messages use.
    """
    if not source_dir.is_dir():
        raise Painl10nError(f"source folder {source_dir} does not exist", hint="check source_dir")
    root = source_dir.resolve()
    found = []
    for path in sorted(source_dir.rglob("*.[mM][dD]")):  # x.MD too: no article left out
        if path.is_symlink():  # shown without following the link, which may loop
            _check_link(path, root, f"{shown(path.parent)}/{path.name}")
        if not path.is_file():
            continue  # a folder named *.md
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise Painl10nError(
                f"article is {size / 1048576:.1f} MB, more than the "
                f"{MAX_ARTICLE_BYTES // 1048576} MB limit",
                path=shown(path),
                hint="split it into several articles",
            )
        found.append(path)
    return found


def _check_link(path: Path, root: Path, shown: str) -> None:
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # ELOOP, a dangling link
        raise Painl10nError(
            "symbolic link loop or dangling link",
            path=shown,
            hint="remove the link or point it at a file",
        ) from exc
    if not target.is_relative_to(root):
        raise Painl10nError(
            f"symbolic link points outside the source folder (to {target})",
            path=shown,
            hint="copy the article into the source folder instead",
        )


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
    if slug in RESERVED_SLUGS:  # its page would be overwritten by the language's index page
        raise Painl10nError(
            f"slug {slug!r} is reserved for each language's list of articles (index.html)",
            path=shown,
            hint="rename the file or give it another 'slug' in its front matter",
        )
    return slug
