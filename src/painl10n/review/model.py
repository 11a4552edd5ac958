"""One row of a review pack: an entry, its state, its findings and what changed since
its last sign-off — everything the page and the sheet show of it.

The state is read from the PO entry alone (:mod:`painl10n.catalogs.signoff`),
so the pack says what ``review list`` and ``build`` would say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import polib

from ..catalogs import signoff
from ..text.visible import visible

State = Literal["signed-off", "awaiting-review", "fuzzy", "rejected", "untranslated"]

PLURAL_SEPARATOR = "\n"  # between the forms of a plural translation, as the sheet shows them


@dataclass(frozen=True)
class RowFinding:
    """A ``check`` finding of the entry, as the reviewer reads it."""

    check: str
    severity: str  # "error" or "warning"
    message: str


@dataclass(frozen=True)
class Row:
    """One entry under review, in article order."""

    article: str  # slug
    line: int  # the entry's line in the catalog
    where: str  # msgctxt and where the text sits ("heading", "list item" …)
    source: str
    translation: str  # plural forms joined by PLURAL_SEPARATOR
    state: State
    state_text: str  # "signed off by Ana Ruiz on 2026-12-06", "awaiting review" …
    digest: str  # signoff.text_digest: binds a decision to this exact text
    findings: tuple[RowFinding, ...] = ()
    previous: signoff.SignedText | None = None  # the text last signed off, when it differs

    @property
    def errors(self) -> int:
        return sum(1 for found in self.findings if found.severity == "error")

    @property
    def findings_text(self) -> str:
        """One line per finding: ``error [numbers]: …`` (the sheet's cell)."""
        return "\n".join(f"{f.severity} [{f.check}]: {f.message}" for f in self.findings)


@dataclass(frozen=True)
class Article:
    """The rows of one article's catalog."""

    slug: str
    catalog: str  # the catalog's path, as the project shows it
    rows: tuple[Row, ...] = field(default=())

    def count(self, state: str) -> int:
        return sum(1 for row in self.rows if row.state == state)


def translation_of(entry: polib.POEntry) -> str:
    if entry.msgid_plural:
        forms = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
        return PLURAL_SEPARATOR.join(forms)
    return str(entry.msgstr)


def source_of(entry: polib.POEntry) -> str:
    if entry.msgid_plural:
        return f"{entry.msgid}{PLURAL_SEPARATOR}{entry.msgid_plural}"
    return str(entry.msgid)


def where_of(entry: polib.POEntry) -> str:
    """The msgctxt and the extracted comment's first line (``paragraph``, ``heading 2``)."""
    place = next(
        (line for line in (entry.comment or "").splitlines() if not line.startswith("glossary:")),
        "",
    )
    return visible(" · ".join(part for part in (entry.msgctxt, place) if part))


def state_of(entry: polib.POEntry) -> tuple[State, str]:
    """The entry's review state and how the pack words it."""
    if signoff.is_signed_off(entry):
        made = signoff.signoff_of(entry)
        assert made is not None
        return "signed-off", f"signed off by {made.reviewer} on {made.day}"
    if "fuzzy" in entry.flags:
        rejection = signoff.rejection_of(entry)
        if rejection is not None:
            return "rejected", "rejected on " + rejection.split(":", 1)[1].strip()
        return "fuzzy", "fuzzy (not published, not for sign-off)"
    if not signoff.is_translated(entry):
        return "untranslated", "untranslated"
    made = signoff.signoff_of(entry)
    if made is not None:
        return "awaiting-review", (
            f"awaiting review (changed since signed off by {made.reviewer} on {made.day})"
        )
    return "awaiting-review", "awaiting review"


def previous_text(
    entry: polib.POEntry, ledger: dict[str, signoff.SignedText]
) -> signoff.SignedText | None:
    """The text last signed off for this entry, when its sign-off no longer vouches for it."""
    made = signoff.signoff_of(entry)
    if made is None or signoff.is_signed_off(entry):
        return None
    return ledger.get(made.digest)


def row_of(
    entry: polib.POEntry,
    article: str,
    findings: tuple[RowFinding, ...],
    ledger: dict[str, signoff.SignedText],
) -> Row:
    state, text = state_of(entry)
    return Row(
        article=article,
        line=entry.linenum,
        where=where_of(entry),
        source=source_of(entry),
        translation=translation_of(entry),
        state=state,
        state_text=text,
        digest=signoff.text_digest(entry),
        findings=findings,
        previous=previous_text(entry, ledger),
    )
