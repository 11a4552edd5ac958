"""The medical termbase shipped with painl10n, for new projects (``init --termbase medical``).

It is this project's own reviewed termbase (locales/glossary.tbx) without its
brand names: conditions, symptoms, drugs and anatomy in en, es, fr, de and ar,
so a new publisher's translators start from approved terms instead of none.
"""

from __future__ import annotations

from dataclasses import replace
from importlib import resources

from ..errors import Painl10nError
from .model import Concept, Termbase
from .tbx import parse_tbx

__all__ = ["SHIPPED_TERMBASES", "shipped_termbase"]

SHIPPED_TERMBASES = ("medical",)


def shipped_termbase(name: str, languages: list[str]) -> Termbase:
    """The shipped termbase ``name``, keeping only the terms of ``languages``.

    The first language is the project's source language; a concept without a
    term in it could never match, so it is left out.
    """
    if name not in SHIPPED_TERMBASES:
        raise Painl10nError(
            f"unknown termbase {name!r}",
            hint=f"choose one of: {', '.join(SHIPPED_TERMBASES)}, or none",
        )
    data = resources.files(__package__).joinpath("data", f"{name}.tbx").read_bytes()
    termbase = parse_tbx(data, shown=f"painl10n's {name} termbase")
    source = languages[0]
    if source not in termbase.languages:
        raise Painl10nError(
            f"the {name} termbase has no terms in the source language {source!r}",
            hint=f"it has {', '.join(termbase.languages)}; start without one (--termbase none)",
        )
    wanted = set(languages)
    concepts: list[Concept] = []
    for concept in termbase.concepts:
        terms = tuple(term for term in concept.terms if term.language in wanted)
        if any(term.language == source for term in terms):
            concepts.append(replace(concept, terms=terms, line=None))
    return replace(termbase, concepts=tuple(concepts), source_language=source)
