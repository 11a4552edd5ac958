"""An article in one language: which translations are published, the localized text.

Only reviewed translations are published (not fuzzy, not empty, not
obsolete); every other segment keeps its source text, and the outcome
counts how many of each there were.
"""

from __future__ import annotations

from dataclasses import dataclass

import polib

from ..catalogs.header import key_of
from ..sources.model import Article, Segment
from .assemble import assemble


def published_translations(catalog: polib.POFile | None) -> dict[tuple[str | None, str], str]:
    """Only reviewed translations are published: no fuzzy, no empty, no obsolete."""
    if catalog is None:
        return {}
    return {
        key_of(e): e.msgstr
        for e in catalog
        if not e.obsolete and e.msgstr and "fuzzy" not in e.flags
    }


@dataclass
class ArticleOutcome:
    """How complete one article is in one language."""

    language: str
    slug: str
    total: int
    translated: int
    untranslated: int
    fuzzy: int


def localize(article: Article, catalog: polib.POFile, language: str) -> tuple[str, ArticleOutcome]:
    published = published_translations(catalog)
    states = {(e.msgctxt, e.msgid): e for e in catalog if not e.obsolete}
    fuzzy = untranslated = 0

    def lookup(seg: Segment) -> str | None:
        nonlocal fuzzy, untranslated
        key = (seg.context, seg.msgid)
        if key in published:
            return published[key]
        entry = states.get(key)
        if entry is not None and entry.msgstr and "fuzzy" in entry.flags:
            fuzzy += 1
        else:
            untranslated += 1
        return None

    built = assemble(article, lookup)
    outcome = ArticleOutcome(
        language, article.slug, len(article.segments), built.translated, untranslated, fuzzy
    )
    return built.text, outcome
