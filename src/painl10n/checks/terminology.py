"""Termbase checks: approved terms used, forbidden terms avoided, brand names kept.

The source side is matched in the msgid (inflection-aware, see
:mod:`painl10n.terms.matcher`); the target side in the msgstr. Forbidden terms
match their exact form only, so an approved word that merely shares a stem is
never flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

import polib

from .base import EntryCheck, EntryContext


def _terminology(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    if ctx.source_terms is None or ctx.target_terms is None:
        return
    found: set[str] | None = None  # the translation's concepts: read when a term asks
    reported: set[str] = set()
    for match in ctx.source_terms.find(entry.msgid):
        concept = match.concept
        if concept.do_not_translate or concept.id in reported:
            continue
        if found is None:
            found = ctx.target_terms.find_concepts(entry.msgstr)
        if concept.id in found:
            continue
        reported.add(concept.id)
        approved = [t.text for t in concept.approved_in(ctx.language)]
        if not approved:
            continue  # the termbase has no term for this language yet
        shown = ", ".join(f"“{t}”" for t in approved[:3])
        yield f"“{match.text}” should be translated as {shown} (termbase: {concept.id})"


def _forbidden(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    if ctx.target_terms is None:
        return
    for match in ctx.target_terms.find_forbidden(entry.msgstr):
        preferred = match.concept.preferred_in(ctx.language)
        instead = f"; use “{preferred.text}”" if preferred else ""
        status = match.term.status
        yield f"“{match.text}” is a {status} term{instead} (termbase: {match.concept.id})"


def _do_not_translate(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    if ctx.source_terms is None:
        return
    seen: set[str] = set()
    for match in ctx.source_terms.find(entry.msgid):
        if not match.concept.do_not_translate or match.text in seen:
            continue
        seen.add(match.text)
        expected = entry.msgid.count(match.text)
        kept = entry.msgstr.count(match.text)
        if kept < expected:
            yield (
                f"“{match.text}” must stay as it is (do not translate): "
                f"{expected} in the source, {kept} in the translation"
            )


CHECKS = [
    EntryCheck(
        "terminology",
        "error",
        "A termbase term in the source without its approved (or admitted) translation.",
        _terminology,
    ),
    EntryCheck(
        "forbidden-term",
        "error",
        "A deprecated or superseded term of the termbase used in the translation.",
        _forbidden,
    ),
    EntryCheck(
        "dnt",
        "error",
        "A do-not-translate term (brand or clinic name) altered or missing.",
        _do_not_translate,
    ),
]
