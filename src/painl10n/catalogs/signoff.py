"""A reviewer's sign-off on one entry: kept in the PO file, bound to the exact text.

It is a translator comment, because every PO tool keeps those as they are
(msgmerge, msgcat, msgattrib, Poedit, Lokalize, Weblate's translate-toolkit)::

    # painl10n-reviewed: 2026-12-06 by Ana Ruiz; sha256:3f9a1c2b7d4e5f60a1b2

The digest covers msgctxt, msgid, msgid_plural and every msgstr, so any later
change to either side — a translator's edit in an editor, a source edit
merged by ``update`` or msgmerge — leaves a line whose digest no longer
matches: the sign-off is void, whoever changed what and with whichever tool.
``update`` rewrites such a line as ``painl10n-void:`` (same fields), which
keeps the digest that finds the signed-off text in the ledger
(:func:`ledger_bytes`) for the reviewer's word diff.

A fuzzy, untranslated or obsolete entry is never signed off, whatever its
comment says.
"""

from __future__ import annotations

import hashlib
import json
import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import polib

REVIEWED = "painl10n-reviewed"
VOID = "painl10n-void"
REJECTED = "painl10n-rejected"
DIGEST_LENGTH = 20  # hex digits of SHA-256: 80 bits, far beyond any accidental match

# Read in the whole comment, not line by line: polib (and the scripts and tools
# built on it) wraps a translator comment longer than 78 columns, so a sign-off
# may come back over two or more lines.
_LINE = re.compile(
    rf"^[ \t]*(?P<kind>{REVIEWED}|{VOID})[ \t]*:\s*(?P<date>\d{{4}}-\d{{2}}-\d{{2}})\s+by\s+"
    rf"(?P<by>[^;]+?)\s*;\s*sha256:(?P<digest>[0-9a-f]{{{DIGEST_LENGTH}}})[ \t]*$",
    re.MULTILINE,
)


_REJECTED_LINE = re.compile(rf"^\s*{REJECTED}\s*:")
# A rejection is written in lines that fit in 78 columns with their '# ' (what polib
# and the tools built on it wrap at), its further lines indented: so no tool re-wraps
# it, and where it ends is known (a sign-off ends with its digest instead).
_COMMENT_WIDTH = 76
_CONTINUED = "  "


class SignOffError(ValueError):
    """A reviewer name that cannot be written on one comment line."""


@dataclass(frozen=True)
class SignOff:
    """Who signed off, on which day, and the digest of the text they signed."""

    reviewer: str
    day: str  # ISO 8601 date
    digest: str
    void: bool = False

    def line(self) -> str:
        kind = VOID if self.void else REVIEWED
        return f"{kind}: {self.day} by {self.reviewer}; sha256:{self.digest}"


def text_digest(entry: polib.POEntry) -> str:
    """The digest of everything a sign-off vouches for: both sides, every form."""
    if entry.msgid_plural:
        forms = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
    else:
        forms = [entry.msgstr]
    payload = json.dumps(
        [entry.msgctxt, entry.msgid, entry.msgid_plural or None, forms], ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]


def signoff_of(entry: polib.POEntry) -> SignOff | None:
    """The sign-off line the entry carries (the last one, valid or not), if any."""
    found = None
    for match in _LINE.finditer(entry.tcomment or ""):
        reviewer = " ".join(match["by"].split())
        found = SignOff(reviewer, match["date"], match["digest"], void=match["kind"] == VOID)
    return found


def is_translated(entry: polib.POEntry) -> bool:
    """Live, not fuzzy, and every form filled in."""
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def is_signed_off(entry: polib.POEntry) -> bool:
    """Translated, and signed off on exactly the text it has now."""
    signoff = signoff_of(entry)
    return (
        signoff is not None
        and not signoff.void
        and is_translated(entry)
        and signoff.digest == text_digest(entry)
    )


def is_stale(entry: polib.POEntry) -> bool:
    """Carries a live sign-off line that no longer vouches for its text."""
    signoff = signoff_of(entry)
    return signoff is not None and not signoff.void and not is_signed_off(entry)


def check_reviewer(name: str) -> str:
    """A reviewer's name as it will be written: one line, no ';' (the field separator)."""
    cleaned = " ".join(name.split())
    if not cleaned or ";" in cleaned or any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise SignOffError(
            f"reviewer name {name!r} cannot be recorded: it must be non-empty, "
            "one line, without ';'"
        )
    return cleaned


def sign(entry: polib.POEntry, reviewer: str, day: date) -> SignOff:
    """Sign the entry off as it is now; an earlier sign-off (valid or void) is replaced."""
    if not is_translated(entry):
        raise SignOffError("only a translated entry that is not fuzzy can be signed off")
    signoff = SignOff(check_reviewer(reviewer), day.isoformat(), text_digest(entry))
    _replace_line(entry, signoff.line())
    return signoff


def void(entry: polib.POEntry) -> SignOff | None:
    """Mark a stale sign-off void (kept, for the ledger's diff); the voided one, if any."""
    if not is_stale(entry):
        return None
    signoff = signoff_of(entry)
    assert signoff is not None
    voided = SignOff(signoff.reviewer, signoff.day, signoff.digest, void=True)
    _replace_line(entry, voided.line())
    return voided


def reject(entry: polib.POEntry, reviewer: str, day: date, comment: str) -> str:
    """Send the entry back to its translator: fuzzy, its sign-off gone, and the reviewer's
    comment as a translator comment (every editor shows it), replacing an earlier one::

        # painl10n-rejected: 2026-12-06 by Ana Ruiz: "cada 6 horas", not "cada 8 horas"

    Returns the line written.
    """
    text = " ".join(comment.split())
    if not text:
        raise SignOffError("a rejection needs a comment for the translator")
    line = f"{REJECTED}: {day.isoformat()} by {check_reviewer(reviewer)}: {text}"
    lines = _without_signoffs(entry.tcomment or "")
    earlier = _rejection_lines(lines)
    kept = [t for number, t in enumerate(lines) if number not in earlier]
    written = textwrap.wrap(
        line,
        _COMMENT_WIDTH,
        subsequent_indent=_CONTINUED,
        break_long_words=False,
        break_on_hyphens=False,
    )
    entry.tcomment = "\n".join([*kept, *written])
    if "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    return line


def rejection_of(entry: polib.POEntry) -> str | None:
    """The reviewer's last rejection comment on the entry (its lines joined), if any."""
    lines = (entry.tcomment or "").splitlines()
    covered = _rejection_lines(lines)
    found: list[str] = []
    for number, line in enumerate(lines):
        if _REJECTED_LINE.match(line):
            found = [line.strip()]
        elif number in covered:
            found.append(line.strip())
    return " ".join(found) if found else None


def _rejection_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines a rejection is written on: its first line and the
    indented lines right after it."""
    covered: set[int] = set()
    inside = False
    for number, line in enumerate(lines):
        inside = bool(_REJECTED_LINE.match(line)) or (inside and line[:1].isspace())
        if inside:
            covered.add(number)
    return covered


def clear(entry: polib.POEntry) -> None:
    """Remove every sign-off line (reviewed or void)."""
    _replace_line(entry, None)


def _without_signoffs(comment: str) -> list[str]:
    """The comment's lines less those a sign-off (wrapped or not) is written on."""
    if not comment:
        return []
    covered: set[int] = set()
    for match in _LINE.finditer(comment):
        first = comment.count("\n", 0, match.start())
        covered.update(range(first, first + match[0].count("\n") + 1))
    return [line for number, line in enumerate(comment.split("\n")) if number not in covered]


def _replace_line(entry: polib.POEntry, line: str | None) -> None:
    kept = _without_signoffs(entry.tcomment or "")
    if line is not None:
        kept.append(line)
    entry.tcomment = "\n".join(kept)


# The ledger: the text each digest stood for, so a reviewer sees what changed since.


@dataclass(frozen=True)
class SignedText:
    """The text a sign-off vouched for (both sides), kept beside the catalog."""

    msgctxt: str | None
    msgid: str
    msgstr: str  # plural forms joined by U+2029, in index order
    reviewer: str
    day: str


def signed_text(entry: polib.POEntry, signoff: SignOff) -> SignedText:
    if entry.msgid_plural:
        msgstr = "\u2029".join(entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural))
    else:
        msgstr = entry.msgstr
    return SignedText(entry.msgctxt, entry.msgid, msgstr, signoff.reviewer, signoff.day)


def read_ledger(data: bytes) -> dict[str, SignedText]:
    """A ledger file's records by digest (``b""`` for none)."""
    if not data.strip():
        return {}
    raw = json.loads(data.decode("utf-8"))
    return {digest: SignedText(**fields) for digest, fields in raw.items()}


def ledger_bytes(records: Mapping[str, SignedText]) -> bytes:
    """Deterministic JSON, sorted by digest, one record a line block."""
    ordered = {
        digest: {
            "msgctxt": r.msgctxt,
            "msgid": r.msgid,
            "msgstr": r.msgstr,
            "reviewer": r.reviewer,
            "day": r.day,
        }
        for digest, r in sorted(records.items())
    }
    return (json.dumps(ordered, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode()


def referenced_digests(catalog: polib.POFile) -> set[str]:
    """Digests the catalog's sign-off lines (valid or void) still point to."""
    found = set()
    for entry in catalog:
        signoff = signoff_of(entry)
        if signoff is not None:
            found.add(signoff.digest)
    return found
