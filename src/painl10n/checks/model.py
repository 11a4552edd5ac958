"""What checking produces: the report of a run and the completion of catalogs.

Leaves of the checks package: the examiner fills them, the pipeline's
``check`` step collects them, and every report format reads them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache

import polib

from ..catalogs.signoff import is_signed_off
from ..runtime.shard import Shard
from .base import Finding


@dataclass
class Completion:
    """Translated, fuzzy and untranslated messages (and words) of some catalogs."""

    total: int = 0
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    obsolete: int = 0
    words_total: int = 0
    words_translated: int = 0
    reviewed: int = 0  # of the translated: signed off by a reviewer on their present text

    def add(self, catalog: polib.POFile) -> None:
        for entry in catalog:
            if entry.obsolete:
                self.obsolete += 1
                continue
            words = _word_count(entry.msgid)
            self.total += 1
            self.words_total += words
            if "fuzzy" in entry.flags and entry.msgstr:
                self.fuzzy += 1
            elif entry.translated():
                self.translated += 1
                self.words_translated += words
                self.reviewed += is_signed_off(entry)
            else:
                self.untranslated += 1

    def merge(self, other: Completion) -> None:
        """Add the counts of other catalogs."""
        for name in _COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def reviewed_percent(self) -> float:
        return 100.0 * self.reviewed / self.total if self.total else 100.0


_COUNTS = tuple(item.name for item in dataclasses.fields(Completion))


@lru_cache(maxsize=16_384)  # a msgid, counted again in each language of its article
def _word_count(text: str) -> int:
    return len(text.split())


@dataclass
class Report:
    """Findings plus the completion of each language."""

    findings: list[Finding] = field(default_factory=list)
    completion: dict[str, Completion] = field(default_factory=dict)
    required: dict[str, float] = field(default_factory=dict)
    catalogs: list[tuple[str, str]] = field(default_factory=list)  # (language, file)
    shard: Shard | None = None  # only these articles were checked
    checks: tuple[str, ...] | None = None  # the check ids run (``--check``); None: every one
    examined: int = 0  # catalogs examined by this run, not read back from the check cache

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity == "warning" for f in self.findings)
