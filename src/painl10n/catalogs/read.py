"""Reading a project's catalog file: parsed by :mod:`painl10n.po`, size-guarded.

Every reader of project catalogs (update, build, check, the translation
memory, the exchange formats) comes through here, so an oversized
translation is refused in one place.
"""

from __future__ import annotations

from pathlib import Path

import polib

from ..errors import Painl10nError
from ..po import read_po_file

# A translation may run longer than its source (German, Arabic), not by orders
# of magnitude: a far longer one is a mistake or an attack, and wrapping and
# rendering it would cost seconds to minutes.
MAX_TRANSLATION_GROWTH = 10
TRANSLATION_SLACK = 10_000  # characters, so short sources may still get a long note


def read_catalog_file(path: Path, *, shown: str) -> polib.POFile:
    """A catalog of the project as every reader takes it: parsed, and refused when a
    translation is longer than its source allows (so neither a build nor the
    translation memory carries it on)."""
    catalog = read_po_file(path, shown=shown)
    oversized = _oversized_translation(catalog)
    if oversized is not None:
        entry, length, limit = oversized
        raise Painl10nError(
            f"translation of {length:,} characters for a {len(entry.msgid):,}-character "
            f"source, more than the {limit:,} allowed",
            path=shown,
            line=entry.linenum,
            hint=f"a translation may be at most {MAX_TRANSLATION_GROWTH} times its source "
            f"plus {TRANSLATION_SLACK:,} characters; shorten or clear it",
        )
    return catalog


def translation_limit(entry: polib.POEntry) -> int:
    """How many characters a translation of ``entry`` may have."""
    source = max(len(entry.msgid), len(entry.msgid_plural or ""))
    return MAX_TRANSLATION_GROWTH * source + TRANSLATION_SLACK


def _oversized_translation(catalog: polib.POFile) -> tuple[polib.POEntry, int, int] | None:
    """The first entry with a translation longer than its source allows:
    (entry, translation length, limit). Fuzzy and obsolete ones count too:
    they are written back on every update."""
    for entry in catalog:
        if not entry.msgid_plural and len(entry.msgstr) <= TRANSLATION_SLACK:
            continue  # within every limit: no need to work this one out
        forms = entry.msgstr_plural.values() if entry.msgid_plural else (entry.msgstr,)
        longest = max((len(form) for form in forms), default=0)
        limit = translation_limit(entry)
        if longest > limit:
            return entry, longest, limit
    return None
