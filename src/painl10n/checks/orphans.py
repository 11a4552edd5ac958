"""Orphans: a template or catalog whose article is gone.

Renaming or deleting an article leaves its catalogs behind under the old
slug; nothing publishes or compiles them, and a translator who keeps working
on them works for nobody. The pipeline's ``check`` step finds them
(:mod:`painl10n.pipeline.orphans`); this module names the check and words
its finding.
"""

from __future__ import annotations

from .base import CatalogCheck, Finding

CHECK = CatalogCheck(
    "orphan",
    "warning",
    "A template or catalog whose article is gone (renamed, moved or deleted): not built, "
    "not compiled. Give it to the article's new slug with `painl10n mv OLD NEW`, or "
    "remove it with `painl10n clean`.",
    "catalog",
)


def orphan_finding(language: str, file: str, slug: str) -> Finding:
    """The finding for one orphaned file."""
    return Finding(
        CHECK.id,
        CHECK.severity,
        language,
        file,
        None,
        "",
        f"no article has the slug {slug!r}: run 'painl10n mv {slug} NEW' if it was "
        "renamed, or 'painl10n clean' to remove its catalogs",
    )
