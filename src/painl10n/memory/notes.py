"""The comments the translation memory and ``align`` leave on a suggestion, and their upkeep.

``#. tm: 92% from <article>`` and ``#. aligned: confidence …, from FILE:LINE``
say where a fuzzy suggestion came from. The merge rebuilds extracted comments
from the template, so :func:`carry_notes` keeps these while the entry stays
fuzzy; once a translator accepts it, they go.
"""

from __future__ import annotations

import re

import polib

from ..catalogs.header import key_of
from ..terms.annotate import PREFIX as GLOSSARY_PREFIX

_NOTE = re.compile(r"tm: (?:100|[0-9]{1,2})% from \S+")
# What ``painl10n align`` notes on a translation taken from a translated article.
_ALIGNED_NOTE = re.compile(r"aligned: confidence [0-9]\.[0-9]{2}, from .+:[0-9]+")


def carry_notes(merged: polib.POFile, old: polib.POFile | None) -> None:
    """Keep the ``tm:`` and ``aligned:`` comments of entries still fuzzy since the last update.

    The merge rebuilds extracted comments from the template, so without this a
    second update would drop the note that says where the suggestion came
    from. Once the translator removes the fuzzy flag, the note is not
    carried: the suggestion has been reviewed.
    """
    if old is None:
        return
    notes = {
        key_of(entry): lines
        for entry in old
        if not entry.obsolete and "fuzzy" in entry.flags and (lines := suggestion_notes(entry))
    }
    if not notes:
        return
    for entry in merged:
        carried = notes.get(key_of(entry))
        if carried and not entry.obsolete and "fuzzy" in entry.flags:
            for line in carried:
                add_note(entry, line)


def suggestion_notes(entry: polib.POEntry) -> list[str]:
    """The ``tm:`` and ``aligned:`` lines among an entry's extracted comments."""
    return [
        line
        for line in entry.comment.splitlines()
        if _NOTE.fullmatch(line) or _ALIGNED_NOTE.fullmatch(line)
    ]


def insert_change_note(entry: polib.POEntry, note: str | None) -> None:
    """Where the merge puts it: after the template's comments, before ``glossary:``."""
    if not note:
        return
    lines = entry.comment.splitlines() if entry.comment else []
    at = next((i for i, line in enumerate(lines) if line.startswith(GLOSSARY_PREFIX)), len(lines))
    entry.comment = "\n".join([*lines[:at], note, *lines[at:]])


def add_note(entry: polib.POEntry, note: str) -> None:
    lines = entry.comment.splitlines() if entry.comment else []
    if note not in lines:
        entry.comment = "\n".join([*lines, note])
