"""Review required: a translated entry that no reviewer has signed off on as it reads now.

Only reported where the project asks for review (``require_review``, or
``check --require-review``): then CI fails until a second person has signed
off every translation (:mod:`painl10n.catalogs.signoff`). A sign-off whose text
has changed since is named with its reviewer, so the translator knows whom
to ask. A translator's ``painl10n-ignore`` comment does not silence it: that
would be signing off one's own work.
"""

from __future__ import annotations

import polib

from ..catalogs import signoff
from .base import CatalogCheck

CHECK = CatalogCheck(
    "unreviewed",
    "error",
    "A translated entry that no reviewer has signed off on as it reads now (never signed "
    "off, or changed since): reported only where review is required (`require_review`, "
    "`check --require-review`); `painl10n review approve` signs off (docs/review.md).",
    "catalog",
)


def unreviewed_problem(entry: polib.POEntry) -> str | None:
    """Why a translated, non-fuzzy entry is not reviewed, or None when it is."""
    if signoff.is_signed_off(entry):
        return None
    found = signoff.signoff_of(entry)
    if found is not None:
        return (
            f"signed off by {found.reviewer} on {found.day}, but the text changed since: "
            "it needs a new review ('painl10n review approve')"
        )
    return "translated but not signed off by a reviewer ('painl10n review approve')"
