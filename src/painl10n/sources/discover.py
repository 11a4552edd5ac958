"""Finding and reading source articles (strict UTF-8, slugs)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..errors import Painl10nError, raise_all
from ..runtime.fileio import read_text_strict

__all__ = [
    "MARKDOWN_SUFFIXES",
    "article_name",
    "article_suffixes",
    "check_name",
    "check_slug",
    "default_slug",
    "discover",
    "read_text_strict",
    "slug_problem",
]

# A slug names the article's catalogs (<slug>.po, .mo, .pot) and pages (<slug>.html):
# letters of either case, digits, '-', '_' and '.', as publishers name pages, but only
# what every file system (Windows' too) and every URL takes as it is. It starts with a
# letter or digit (not '.', hidden; '-', an option; '_', which Jekyll and Hugo skip or
# treat as special), has no '..' and does not end with '.' (Windows drops it).
SLUG_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # fullmatch: "$" would let "a\n" in
MAX_SLUG_LENGTH = 100  # with a language folder and a suffix, far below any path limit
RESERVED_SLUGS = frozenset({"index"})  # output/<lang>/index.html is the article list
# Windows opens a device, not a file, for these names, whatever follows a '.'.
WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{digit}" for digit in range(1, 10)}
    | {f"lpt{digit}" for digit in range(1, 10)}
)

# Health articles are a few kilobytes; markdown-it reads about 1 MB a second,
# so a bigger file is a mistake or an attack, not an article.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024


# The suffixes each generator reads as Markdown pages, as it lists them: Hugo's
# markup handler ('.md, .mdown, or .markdown'), MkDocs' ``utils.markdown_extensions``,
# Jekyll's ``markdown_ext`` default ('markdown,mkdown,mkdn,mkd,md': ``jekyll new``
# writes its posts as ``.markdown``), Docusaurus' MDX. painl10n's own pages read ``.md``.
_SUFFIXES = {
    "hugo": (".md", ".markdown", ".mdown"),
    "mkdocs": (".md", ".markdown", ".mdown", ".mkdn", ".mkd"),
    "jekyll": (".md", ".markdown", ".mkdown", ".mkdn", ".mkd"),
    "docusaurus": (".md", ".mdx"),
}
MARKDOWN_SUFFIXES = tuple(dict.fromkeys(s for found in _SUFFIXES.values() for s in found))


def article_suffixes(generator: str) -> tuple[str, ...]:
    """The file suffixes (lower case) of the articles ``generator`` reads as Markdown."""
    return _SUFFIXES.get(generator, (".md",))


def discover(
    source_dir: Path,
    shown: Callable[[Path], str] = str,
    skip: Callable[[Path], bool] | None = None,
    suffixes: tuple[str, ...] = (".md",),
) -> list[Path]:
    """All Markdown articles under ``source_dir``, in a stable order (less those ``skip``
    says are not sources: translations a generator's layout keeps beside them).
    ``suffixes``: :func:`article_suffixes`.

    Each must be a file of bounded size inside ``source_dir`` once symbolic
    links are resolved: a link out of it would publish whatever it points to,
    and a link loop or a dangling link is an article that cannot be read.
    (Linked folders are not descended into, so a folder loop is harmless.)
    ``shown`` turns a path into the form error messages use.
    """
    if not source_dir.is_dir():
        raise Painl10nError(f"source folder {source_dir} does not exist", hint="check source_dir")
    root = source_dir.resolve()
    found: list[Path] = []
    refused: list[Painl10nError] = []
    patterns = ["*." + "".join(f"[{c.lower()}{c.upper()}]" for c in s[1:]) for s in suffixes]
    paths = sorted({path for pattern in patterns for path in source_dir.rglob(pattern)})
    for path in paths:  # x.MD too: no article left out
        if skip is not None and skip(path):
            continue
        try:
            if _is_article(path, root, shown):
                found.append(path)
        except Painl10nError as exc:  # each file independent: name every bad one
            refused.append(exc)
    raise_all(refused)
    return found


def _is_article(path: Path, root: Path, shown: Callable[[Path], str]) -> bool:
    if path.is_symlink():  # shown without following the link, which may loop
        _check_link(path, root, f"{shown(path.parent)}/{path.name}")
    if not path.is_file():
        return False  # a folder named *.md
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise Painl10nError(
            f"article is {size / 1048576:.1f} MB, more than the "
            f"{MAX_ARTICLE_BYTES // 1048576} MB limit",
            path=shown(path),
            hint="split it into several articles",
        )
    return True


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
    """Slug from the file's path below the source folder (``a/Sleep_tips.md`` → ``a-sleep_tips``).

    Lowercased, as it always was: a project whose file is ``Sleep.md`` keeps its
    ``sleep.po`` and ``sleep.html`` (and the links to them). A slug with capitals
    is set in the front matter (``slug: vitamin-D``), which is kept as written.
    Only the last suffix goes: ``vitamin.d.md`` → ``vitamin.d``.
    """
    relative = path.relative_to(source_dir).with_suffix("")
    return "-".join(relative.parts).lower()


# A generator's article is named by its path below source_dir: segments joined by
# NAME_SEPARATOR, each escaped so that it cannot hold the separator, start or end
# with '-', start with '.', end with '.' or be a Windows device: the mapping is
# one to one, and readable (docs/getting-started/_index.md -> docs--getting-started--_index).
NAME_SEPARATOR = "--"
_NAME_KEPT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")
ESCAPE = "~"  # ~XX: a byte of the character's UTF-8, in upper-case hex
MAX_NAME_LENGTH = 200  # + ".pot": below the 255 bytes of every file system's names


def article_name(path: Path, source_dir: Path, shown: str) -> str:
    """The catalog name of a generator's article: its path below ``source_dir`` less
    its Markdown suffix (``docs/Dose_Guide.md`` -> ``docs--Dose_Guide``; ``.mdx``,
    ``.markdown`` …), escaped (docs/layout.md).

    Case is kept; two paths whose names differ only in case are refused as a
    clash (:func:`painl10n.project.slug_clashes`), since on macOS and Windows
    their catalogs would be one file.
    """
    parts = list(path.relative_to(source_dir).parts)
    last = parts[-1]
    suffix = next((s for s in MARKDOWN_SUFFIXES if last.lower().endswith(s)), "")
    parts[-1] = last[: -len(suffix)] if suffix else last
    if not parts[-1]:
        raise Painl10nError(f"a file named only {last!r} names no article", path=shown)
    name = NAME_SEPARATOR.join(_escaped_segment(part) for part in parts)
    if len(name) > MAX_NAME_LENGTH:
        raise Painl10nError(
            f"its catalog name would be {len(name)} characters long, more than "
            f"{MAX_NAME_LENGTH} (it is made of the path below the source folder)",
            path=shown,
            hint="give it a shorter path",
        )
    return name


_NAME_SHAPE = re.compile(r"[A-Za-z0-9_~][A-Za-z0-9._~-]*")


def check_name(name: str, shown: str) -> str:
    """A catalog name given by hand (``mv old new``) for a generator's article: the shape
    :func:`article_name` gives, so it names a file everywhere."""
    if (
        not _NAME_SHAPE.fullmatch(name)
        or len(name) > MAX_NAME_LENGTH
        or name.endswith((".", "-"))
        or name.split(".", 1)[0].casefold() in WINDOWS_DEVICES
    ):
        raise Painl10nError(
            f"invalid catalog name {name!r}",
            path=shown,
            hint="a generator's article is named by its path: "
            "segments joined by '--', as 'painl10n stats' lists them",
        )
    return name


def _escaped_segment(segment: str) -> str:
    out = []
    last = len(segment) - 1
    for index, char in enumerate(segment):
        kept = char in _NAME_KEPT
        if char == "-":  # never '--', nor '-' next to a separator
            kept = 0 < index < last and segment[index - 1] != "-"
        elif char == ".":  # not hidden, not dropped by Windows
            kept = 0 < index < last
        out.append(char if kept else "".join(f"{ESCAPE}{byte:02X}" for byte in char.encode()))
    text = "".join(out)
    if text.split(".", 1)[0].casefold() in WINDOWS_DEVICES:
        text = f"{ESCAPE}{ord(text[0]):02X}{text[1:]}"  # con.md -> ~63on
    return text


def check_slug(slug: str, shown: str, *, from_file_name: bool = False) -> str:
    """A slug becomes a file name and a URL: refuse what some file system or URL would not
    keep as written (``from_file_name``: it came from the file's name, not ``slug:``)."""
    problem = slug_problem(slug)
    if problem is None:
        return slug
    if slug.casefold() in RESERVED_SLUGS:  # its page would overwrite the language's index
        raise Painl10nError(
            f"slug {slug!r} is reserved for each language's list of articles (index.html)",
            path=shown,
            hint="rename the file or give it another 'slug' in its front matter",
        )
    if from_file_name and " " in slug:
        problem = "the file name has spaces, which page addresses and catalog names cannot keep"
    fix = (
        "rename it, or set slug: in its front matter"
        if from_file_name
        else "change 'slug:' in its front matter"
    )
    raise Painl10nError(f"invalid slug {slug!r}: {problem}", path=shown, hint=fix)


def slug_problem(slug: str) -> str | None:
    """Why ``slug`` cannot name files and pages everywhere, or None when it can."""
    if not slug:
        return "it is empty"
    if len(slug) > MAX_SLUG_LENGTH:
        return f"longer than {MAX_SLUG_LENGTH} characters"
    if not SLUG_SHAPE.fullmatch(slug):
        if SLUG_SHAPE.fullmatch("a" + slug):
            return "it must start with a letter or a digit"
        return "use only letters A-Z and a-z, digits, '-', '_' and '.'"
    if ".." in slug:
        return "'..' is not allowed"
    if slug.endswith("."):
        return "Windows drops a final '.'"
    if slug.split(".", 1)[0].casefold() in WINDOWS_DEVICES:
        return "Windows reserves this name for a device"
    if slug.casefold() in RESERVED_SLUGS:
        return "reserved for the index page"
    return None
