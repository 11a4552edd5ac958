"""The glossary comment `update` writes on each entry, for the translator.

Example (Spanish catalog)::

    #. glossary: chronic pain → dolor crónico; NSAIDs → AINE (not AINEs);
    #. Mindful Infusions → do not translate

Only the termbase's knowledge goes here; the POT stays language-neutral.
"""

from __future__ import annotations

import polib

from .matcher import TermMatcher
from .model import Concept

PREFIX = "glossary: "


def annotate(catalog: polib.POFile, matcher: TermMatcher, language: str) -> None:
    """Add the glossary line to every active entry whose msgid names a term."""
    for entry in catalog:
        if entry.obsolete:
            continue
        note = glossary_note(matcher, entry.msgid, language)
        if note:
            entry.comment = f"{entry.comment}\n{note}" if entry.comment else note


def glossary_note(matcher: TermMatcher, msgid: str, language: str) -> str | None:
    """One line naming each term found in ``msgid`` and its approved target term."""
    parts: list[str] = []
    seen: set[str] = set()
    for match in matcher.find(msgid):
        if match.concept.id in seen:
            continue
        seen.add(match.concept.id)
        parts.append(f"{match.text} → {_advice(match.concept, language)}")
    return PREFIX + "; ".join(parts) if parts else None


def _advice(concept: Concept, language: str) -> str:
    if concept.do_not_translate:
        return "do not translate"
    preferred = concept.preferred_in(language)
    if preferred is None:
        return "(no approved term yet)"
    text = preferred.text
    forbidden = [t.text for t in concept.forbidden_in(language)]
    if forbidden:
        text += f" (not {', '.join(forbidden)})"
    return text
