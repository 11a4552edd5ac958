"""What awaits review in one catalog: counts, and the entries a reviewer has to read.

An entry awaits review when it is translated (not fuzzy) but not signed off
on its present text: never signed off, or signed off on a text that has
changed since (its line void, or stale until ``update`` voids it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polib

from ..catalogs import signoff


@dataclass(frozen=True)
class Awaiting:
    """One translated entry not signed off on its present text."""

    line: int
    msgctxt: str | None
    msgid: str
    previous: signoff.SignOff | None  # the sign-off its text has moved away from, if any


@dataclass
class Queue:
    """One catalog's review state."""

    total: int = 0  # live entries
    translated: int = 0
    reviewed: int = 0  # signed off on their present text
    fuzzy: int = 0
    untranslated: int = 0
    awaiting: list[Awaiting] = field(default_factory=list)

    @property
    def changed(self) -> int:
        """Awaiting entries that were signed off once, on another text."""
        return sum(1 for item in self.awaiting if item.previous is not None)


def review_queue(catalog: polib.POFile) -> Queue:
    """Count the catalog's live entries by state and list those awaiting review."""
    queue = Queue()
    for entry in catalog:
        if entry.obsolete:
            continue
        queue.total += 1
        if "fuzzy" in entry.flags:
            queue.fuzzy += 1
        elif not signoff.is_translated(entry):
            queue.untranslated += 1
        else:
            queue.translated += 1
            if signoff.is_signed_off(entry):
                queue.reviewed += 1
            else:
                queue.awaiting.append(
                    Awaiting(entry.linenum, entry.msgctxt, entry.msgid, signoff.signoff_of(entry))
                )
    return queue
