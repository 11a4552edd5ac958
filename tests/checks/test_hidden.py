"""hidden-characters: an invisible character the source lacks, in es, fr, de and ar."""

from __future__ import annotations

import polib
import pytest

from painl10n.checks.base import EntryContext
from painl10n.checks.hidden import CHECKS

CHECK = CHECKS[0]


def messages(msgid: str, msgstr: str, language: str) -> list[str]:
    entry = polib.POEntry(msgid=msgid, msgstr=msgstr)
    return list(CHECK.run(entry, EntryContext(language=language, source_language="en")))


VIOLATIONS = [
    ("es", "Take 10 mg.", "Tome \u202e01\u202c mg.", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("fr", "Take 10 mg.", "Prenez 1\u200b0 mg.", "U+200B ZERO WIDTH SPACE"),
    ("de", "Take 10 mg.", "Nehmen Sie 10\x1b[8m mg.", "U+001B"),
    ("ar", "Take 10-20 mg.", "تناول 10\u200f-20 ملغ.", "U+200F RIGHT-TO-LEFT MARK"),
    ("ar", "Take 10 mg.", "تناول \u2067\u0661\u0660\u2069 ملغ.", "U+2067 RIGHT-TO-LEFT ISOLATE"),
]


@pytest.mark.parametrize(("language", "msgid", "msgstr", "named"), VIOLATIONS)
def test_added_hidden_character_is_an_error(
    language: str, msgid: str, msgstr: str, named: str
) -> None:
    found = messages(msgid, msgstr, language)
    assert found and named in found[0]
    assert "\\u" in found[0] or "\\x" in found[0]  # shown, not hidden again in the message
    assert CHECK.severity == "error"


NEAR_MISSES = [
    ("es", "Take 10 mg.", "Tome 10 mg."),
    ("fr", "Take 10 mg; then rest.", "Prenez 10\u00a0mg\u202f; puis reposez-vous."),
    ("de", "Pain relief", "Schmerz\u00adlinderung"),  # soft hyphen: a hyphenation hint
    ("ar", "Take 10 mg.", "تناول 10 ملغ."),
    ("ar", "Take \u200f10 mg.", "تناول \u200f10 ملغ."),  # the source has the mark too
    ("ar-XB", "Take 10 mg.", "\u200f\u202e.gm 01 ekaT\u202c"),  # the pseudo-locale's point
]


@pytest.mark.parametrize(("language", "msgid", "msgstr"), NEAR_MISSES)
def test_near_misses_pass(language: str, msgid: str, msgstr: str) -> None:
    assert messages(msgid, msgstr, language) == []
