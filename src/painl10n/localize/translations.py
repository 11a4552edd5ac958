"""An article in one language: which translations are published, the localized text.

Only translations that are not fuzzy, empty or obsolete can be published,
and of those only what the publishing gate lets through
(:mod:`painl10n.pipeline.gate` decides: no ``check`` error, signed off where
``publish = "reviewed"``); every other segment keeps its source text, and
the outcome counts how many of each there were and names the held entries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import polib

from ..catalogs.header import key_of
from ..sources.model import Article, Segment
from .assemble import Assembled, assemble

Key = tuple[str | None, str]  # (msgctxt, msgid)


def published_translations(catalog: polib.POFile | None) -> dict[Key, str]:
    """The translations that may be published: no fuzzy, no empty, no obsolete."""
    if catalog is None:
        return {}
    return {
        key_of(e): e.msgstr
        for e in catalog
        if not e.obsolete and e.msgstr and "fuzzy" not in e.flags
    }


@dataclass(frozen=True)
class Withheld:
    """A translation the publishing gate held back, and why: ``reasons`` are
    (check id, message) pairs (``review`` when it awaits a reviewer's sign-off)."""

    context: str | None
    msgid: str
    line: int | None
    reasons: tuple[tuple[str, str], ...]

    @property
    def key(self) -> Key:
        return (self.context, self.msgid)

    def as_list(self) -> list[object]:
        """As the build manifest records it."""
        return [self.context, self.msgid, self.line, [list(pair) for pair in self.reasons]]

    @classmethod
    def from_list(cls, data: list[object]) -> Withheld:
        context, msgid, line, reasons = data
        pairs = tuple((str(check), str(text)) for check, text in reasons)  # type: ignore[attr-defined]
        return cls(
            None if context is None else str(context),
            str(msgid),
            line if isinstance(line, int) else None,
            pairs,
        )


@dataclass
class ArticleOutcome:
    """How complete one article is in one language.

    ``translated``: segments published in the language; ``held``: segments whose
    translation the gate held back (``withheld`` names their entries);
    ``published``: whether the page is published in that language at all
    (``partial_pages``, ``publish_threshold``).
    """

    language: str
    slug: str
    total: int
    translated: int
    untranslated: int
    fuzzy: int
    held: int = 0
    withheld: tuple[Withheld, ...] = ()
    published: bool = True

    @property
    def fallback(self) -> int:
        """Segments shown in the source language."""
        return self.total - self.translated

    @property
    def percent(self) -> float:
        """Share of the segments published in the language (100 for an empty article)."""
        return 100.0 if not self.total else 100.0 * self.translated / self.total


@dataclass(frozen=True)
class Localized:
    """An article in one language: its text, outcome and where the source's text stayed."""

    text: str
    outcome: ArticleOutcome
    assembled: Assembled = field(repr=False)


def localize_article(
    article: Article,
    catalog: polib.POFile,
    language: str,
    held: Mapping[Key, Withheld] | None = None,
) -> Localized:
    """The article with every publishable translation in place; ``held``: the entries
    the publishing gate holds back (their segments keep the source's text)."""
    published = published_translations(catalog)
    held = held or {}
    states = {(e.msgctxt, e.msgid): e for e in catalog if not e.obsolete}
    fuzzy = untranslated = held_segments = 0
    named: dict[Key, Withheld] = {}

    def lookup(seg: Segment) -> str | None:
        nonlocal fuzzy, untranslated, held_segments
        key = (seg.context, seg.msgid)
        if key in published:
            if key not in held:
                return published[key]
            held_segments += 1
            named.setdefault(key, held[key])
            return None
        entry = states.get(key)
        if entry is not None and entry.msgstr and "fuzzy" in entry.flags:
            fuzzy += 1
        else:
            untranslated += 1
        return None

    built = assemble(article, lookup)
    outcome = ArticleOutcome(
        language,
        article.slug,
        len(article.segments),
        built.translated,
        untranslated,
        fuzzy,
        held_segments,
        tuple(sorted(named.values(), key=lambda w: (w.line or 0, w.msgid))),
    )
    return Localized(built.text, outcome, built)


def localize(
    article: Article,
    catalog: polib.POFile,
    language: str,
    held: Mapping[Key, Withheld] | None = None,
) -> tuple[str, ArticleOutcome]:
    localized = localize_article(article, catalog, language, held)
    return localized.text, localized.outcome
