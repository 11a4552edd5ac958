"""Scratch copies of the shipped project, and what a test compares on disk."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import polib

from . import REPO


def copy_shipped_project(root: Path) -> Path:
    """Copy the shipped project (settings, sources, catalogs) to ``root``."""
    root.mkdir()
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(REPO / "source", root / "source")
    shutil.copytree(
        REPO / "locales", root / "locales", ignore=shutil.ignore_patterns("*.mo", "en-XA", "ar-XB")
    )
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes, to prove nothing was touched."""
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def without_change_notes(po_text: str, source_language: str = "en") -> tuple[str, int]:
    """``po_text`` less the change notes ``update`` writes on fuzzy entries, and their count.

    Each line removed is recomputed from its own entry (``#|`` previous msgid
    against msgid): the template's comments and glossary lines stay.
    """
    from painl10n.catalogs.change_notes import change_note

    catalog = polib.pofile(po_text)
    ours = {
        f"#. {note}"
        for entry in catalog
        if "fuzzy" in entry.flags and entry.previous_msgid is not None and not entry.obsolete
        if (note := change_note(entry.previous_msgid, entry.msgid, source_language))
    }
    lines = po_text.split("\n")
    kept = [line for line in lines if line not in ours]
    return "\n".join(kept), len(lines) - len(kept)


def small_project(root: Path, articles: dict[str, str], languages: str = '["es", "fr"]') -> Path:
    """A project at ``root`` with ``articles`` (path below source/ → text) and no catalogs."""
    (root / "source").mkdir(parents=True)
    (root / "painl10n.toml").write_text(f"languages = {languages}\n", "utf-8")
    for name, text in articles.items():
        path = root / "source" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root


def shipped_catalog(site: Path, lang: str, slug: str) -> Path:
    """Where a copy of the shipped project keeps ``slug``'s catalog for ``lang``."""
    return site / "locales" / lang / "LC_MESSAGES" / f"{slug}.po"


def edit_catalog(path: Path, change: Callable[[polib.POFile], None]) -> None:
    """Change the catalog at ``path`` as a translator's tool would (polib), and save it."""
    catalog = polib.pofile(str(path))
    change(catalog)
    catalog.save(str(path))


def entry_starting(catalog: polib.POFile, start: str) -> polib.POEntry:
    """The first entry whose msgid starts with ``start``."""
    return next(entry for entry in catalog if entry.msgid.startswith(start))
