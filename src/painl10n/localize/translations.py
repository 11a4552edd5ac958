"""Which translations are published: reviewed ones only (not fuzzy, not empty, not obsolete)."""

from __future__ import annotations

import polib

from ..catalogs.header import key_of


def published_translations(catalog: polib.POFile | None) -> dict[tuple[str | None, str], str]:
    """Only reviewed translations are published: no fuzzy, no empty, no obsolete."""
    if catalog is None:
        return {}
    return {
        key_of(e): e.msgstr
        for e in catalog
        if not e.obsolete and e.msgstr and "fuzzy" not in e.flags
    }
