"""The headers painl10n writes into catalogs, and the key that names an entry.

``GENERATOR`` and the metadata of a new catalog are spelled here once, for
update, the pseudo-locales and every importer that creates a catalog.
"""

from __future__ import annotations

import polib

from .._version import __version__
from ..languages import english_name
from ..po.plural import preferred_plural_forms

Key = tuple[str | None, str]  # (msgctxt, msgid)

GENERATOR = f"painl10n {__version__}"


def key_of(entry: polib.POEntry) -> Key:
    return (entry.msgctxt, entry.msgid)


def new_catalog_metadata(template: polib.POFile, language: str) -> dict[str, str]:
    """Header of a brand-new catalog for ``language``."""
    meta = template.metadata
    return {
        "Project-Id-Version": meta.get("Project-Id-Version", ""),
        "Report-Msgid-Bugs-To": meta.get("Report-Msgid-Bugs-To", ""),
        "POT-Creation-Date": meta.get("POT-Creation-Date", ""),
        "PO-Revision-Date": meta.get("POT-Creation-Date", ""),
        "Last-Translator": "Automatically generated",
        "Language-Team": f"{english_name(language)} <{language}@li.org>",
        "Language": language,
        **file_fields(language),
    }


def file_fields(plural_language: str) -> dict[str, str]:
    """The header fields every PO file painl10n writes ends with, in gettext's order:
    encoding, the plural rule of ``plural_language`` (CLDR's), and the generator."""
    return {
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": preferred_plural_forms(plural_language),
        "X-Generator": GENERATOR,
    }
