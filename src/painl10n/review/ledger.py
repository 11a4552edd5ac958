"""Keeping a catalog's ledger (``<slug>.signoffs``) in step with its sign-off lines.

The ledger holds the text each digest stood for, so a reviewer can be shown
what changed since they signed off. A record is added when an entry is signed
off and dropped once no sign-off line (valid or void) in the catalog refers
to it any more: the ledger never grows without bound and never holds text
nobody can ask for.
"""

from __future__ import annotations

from collections.abc import Mapping

import polib

from ..catalogs import signoff


def kept_records(
    records: Mapping[str, signoff.SignedText], catalog: polib.POFile
) -> dict[str, signoff.SignedText]:
    """The records of ``records`` that a sign-off line of ``catalog`` still refers to."""
    wanted = signoff.referenced_digests(catalog)
    return {digest: record for digest, record in records.items() if digest in wanted}


def ledger_update(
    old: bytes, catalog: polib.POFile, signed: Mapping[str, signoff.SignedText]
) -> bytes | None:
    """The ledger's new bytes after ``signed`` was added and unreferenced records pruned;
    None when no record is left (then there is no file)."""
    kept = kept_records({**signoff.read_ledger(old), **signed}, catalog)
    return signoff.ledger_bytes(kept) if kept else None
