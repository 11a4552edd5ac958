"""What the ``spelling`` check needs from a project: its word lists, and which
languages it cannot check here.

A project lists the correct words its dictionaries do not know (brand names,
clinical terms) in ``<locales>/words/<lang>.words``: one word per line, blank
lines and lines starting with ``#`` ignored, letter case ignored. Not
``.txt``: Weblate's discovery would offer ``words/*.txt`` as a text file to
translate.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path

from ..checks.base import Finding
from ..checks.spelling import missing_dictionary
from ..project import Project
from ..runtime.fileio import read_text_strict


def word_list_path(project: Project, language: str) -> Path:
    """``<locales>/words/<lang>.words``."""
    return project.settings.locales_dir / "words" / f"{language}.words"


def word_list(project: Project, language: str) -> frozenset[str]:
    """The project's known words for ``language``, case-folded (none without a file)."""
    path = word_list_path(project, language)
    if not path.is_file():
        return frozenset()
    text = read_text_strict(path, project.shown(path))
    words = (unicodedata.normalize("NFC", line.strip()) for line in text.splitlines())
    return frozenset(word.casefold() for word in words if word and not word.startswith("#"))


def missing_dictionaries(project: Project, languages: Sequence[str]) -> list[Finding]:
    """One warning per language that has no spelling dictionary installed here."""
    found = []
    for language in languages:
        why = missing_dictionary(language)
        if why is not None:
            shown = project.shown(project.catalogs_dir(language))
            found.append(Finding("spelling", "warning", language, shown, None, "", why))
    return found
