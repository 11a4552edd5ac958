"""Catalog-level checks: syntax (what msgfmt -c enforces), completion, obsolete entries.

``syntax`` covers what the strict reader cannot see on its own: a
Plural-Forms that msgfmt refuses (:mod:`painl10n.po.plural`: an invalid
expression, division by zero, values out of range) or that is none of the
formulas GNU gettext, CLDR or Weblate give for the language (any of them
passes, so a new Babel release does not fail yesterday's catalogs), plural
entries with other than the header's number of forms, msgid/msgstr that
disagree on leading or trailing newlines, and format strings whose
placeholders differ (c-format, python-format, python-brace-format), as
``msgfmt -c`` reports them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import polib

from ..po.plural import (
    PluralForms,
    PluralFormsError,
    known_match,
    known_plural_forms,
    parse_plural_forms,
)
from .base import CatalogCheck

_PLACEHOLDERS = {
    "c-format": re.compile(
        r"%(?:\d+\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlLqjzt]*[diouxXeEfFgGaAcspn%]"
    ),
    "python-format": re.compile(r"%(?:\([^)]*\))?[-+ #0]*(?:\d+|\*)?(?:\.\d+)?[diouxXeEfFgGcrsa%]"),
    "python-brace-format": re.compile(r"\{[^{}]*\}"),
}


@dataclass(frozen=True)
class Problem:
    """A catalog-level problem before it becomes a finding."""

    line: int | None
    msgid: str
    message: str


def syntax_problems(catalog: polib.POFile, language: str) -> Iterator[Problem]:
    """What ``msgfmt -c`` would reject in an otherwise well-formed catalog, and a
    Plural-Forms that no convention for the language gives."""
    header = catalog.metadata.get("Plural-Forms", "")
    declared, problem = plural_problem(header, language)
    if problem is not None:
        yield Problem(1, "", problem)
    for entry in catalog:
        if not entry.obsolete:
            yield from _entry_problems(entry, declared)


@lru_cache(maxsize=256)
def plural_problem(header: str, language: str) -> tuple[int | None, str | None]:
    """The nplurals the entries must have (None: unknown), and what is wrong with the
    header's Plural-Forms, if anything. Remembered: every catalog of a language
    usually has the same header, and judging it evaluates formulas on many counts."""
    if not header.strip():
        return None, "the header has no Plural-Forms (msgfmt -c requires it)"
    try:
        declared = parse_plural_forms(header)
    except PluralFormsError as exc:
        return None, f"Plural-Forms: {exc} ({_short(header)})"
    known = known_plural_forms(language)
    if not known_match(declared, _parsed_known(known)):
        return declared.nplurals, (
            f"Plural-Forms '{_short(header)}' is not one of the formulas gettext, CLDR or Weblate "
            f"give for {language}: " + " | ".join(known)
        )
    return declared.nplurals, None


def _short(header: str, width: int = 100) -> str:
    """A header as a message quotes it: a hostile one is not echoed whole."""
    return header if len(header) <= width else header[: width - 1] + "…"


@lru_cache(maxsize=64)
def _parsed_known(formulas: tuple[str, ...]) -> tuple[PluralForms, ...]:
    return tuple(parse_plural_forms(formula) for formula in formulas)


def _entry_problems(entry: polib.POEntry, nplurals: int | None) -> Iterator[Problem]:
    line = entry.linenum
    if entry.msgid_plural:
        forms = len(entry.msgstr_plural)
        if nplurals is not None and forms != nplurals:
            yield Problem(
                line, entry.msgid, f"{forms} plural forms, the header's Plural-Forms has {nplurals}"
            )
        translations = list(entry.msgstr_plural.values())
    else:
        translations = [entry.msgstr]
    for text in translations:
        if not text:
            continue
        for edge, test in (("begin", str.startswith), ("end", str.endswith)):
            if test(entry.msgid, "\n") != test(text, "\n"):
                yield Problem(line, entry.msgid, f"msgid and msgstr do not both {edge} with \\n")
        yield from _format_problems(entry, text)


def _format_problems(entry: polib.POEntry, text: str) -> Iterator[Problem]:
    for flag, pattern in _PLACEHOLDERS.items():
        if flag in entry.flags and not any(f == f"no-{flag}" for f in entry.flags):
            source = sorted(m for m in pattern.findall(entry.msgid) if m != "%%")
            target = sorted(m for m in pattern.findall(text) if m != "%%")
            if source != target:
                yield Problem(
                    entry.linenum,
                    entry.msgid,
                    f"{flag} placeholders differ: {' '.join(source) or 'none'} in the source, "
                    f"{' '.join(target) or 'none'} in the translation",
                )


CHECKS: tuple[CatalogCheck, ...] = (
    CatalogCheck(
        "syntax",
        "error",
        "The catalog parses and passes what msgfmt -c enforces, and its Plural-Forms is one "
        "that GNU gettext, CLDR or Weblate give for the language.",
        "catalog",
    ),
    CatalogCheck(
        "untranslated",
        "error",
        "A message without translation (an error while the language is below its "
        "required completion, else a warning).",
        "catalog",
    ),
    CatalogCheck(
        "fuzzy",
        "error",
        "A fuzzy (unreviewed) translation; never published (error below the required "
        "completion, else a warning).",
        "catalog",
    ),
    CatalogCheck(
        "obsolete",
        "warning",
        "An obsolete (#~) entry kept for reference; remove when done.",
        "catalog",
    ),
)
