"""Catalog-level checks: syntax (what msgfmt -c enforces), completion, obsolete entries.

``syntax`` covers what the strict reader cannot see on its own: the plural
formula against the language's CLDR plural count, plural entries with the
wrong number of forms, msgid/msgstr that disagree on leading or trailing
newlines, and format strings whose placeholders differ (c-format,
python-format, python-brace-format), as ``msgfmt -c`` reports them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import polib

from ..languages import plural_forms
from .base import CatalogCheck

_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")
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
    """What ``msgfmt -c`` would reject in an otherwise well-formed catalog."""
    expected = int(_NPLURALS.findall(plural_forms(language))[0])
    header = catalog.metadata.get("Plural-Forms", "")
    declared = _NPLURALS.findall(header)
    if not declared:
        yield Problem(1, "", "the header has no Plural-Forms (msgfmt -c requires it)")
    elif int(declared[0]) != expected:
        yield Problem(
            1,
            "",
            f"Plural-Forms says nplurals={declared[0]} but {language} has {expected} "
            f"plural forms in CLDR ({plural_forms(language)})",
        )
    for entry in catalog:
        if not entry.obsolete:
            yield from _entry_problems(entry, expected)


def _entry_problems(entry: polib.POEntry, nplurals: int) -> Iterator[Problem]:
    line = entry.linenum
    if entry.msgid_plural:
        forms = len(entry.msgstr_plural)
        if forms != nplurals:
            yield Problem(line, entry.msgid, f"{forms} plural forms, the language has {nplurals}")
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
        "syntax", "error", "The catalog parses and passes what msgfmt -c enforces.", "catalog"
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
