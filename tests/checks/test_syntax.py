"""syntax (msgfmt -c's rules) and completion counting: violations and near-misses."""

from __future__ import annotations

import polib
import pytest

from painl10n.checks.model import Completion
from painl10n.checks.syntax import syntax_problems


def catalog(*entries: polib.POEntry, plural: str = "nplurals=2; plural=(n != 1);") -> polib.POFile:
    result = polib.POFile()
    result.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": plural}
    for entry in entries:
        result.append(entry)
    return result


def problems(po: polib.POFile, language: str = "es") -> list[str]:
    return [p.message for p in syntax_problems(po, language)]


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [
        (polib.POEntry(msgid="Line\n", msgstr="Línea"), "end with \\n"),
        (polib.POEntry(msgid="\nLine", msgstr="Línea"), "begin with \\n"),
        (
            polib.POEntry(msgid="%(n)s pills", msgstr="%(num)s pastillas", flags=["python-format"]),
            "python-format placeholders differ",
        ),
        (
            polib.POEntry(msgid="%d mg", msgstr="mg", flags=["c-format"]),
            "c-format placeholders differ",
        ),
        (
            polib.POEntry(msgid="{n} doses", msgstr="dosis", flags=["python-brace-format"]),
            "python-brace-format",
        ),
        (
            polib.POEntry(msgid="one", msgid_plural="many", msgstr_plural={0: "uno"}),
            "1 plural forms, the language has 2",
        ),
    ],
)
def test_syntax_violations(entry: polib.POEntry, fragment: str) -> None:
    found = problems(catalog(entry))
    assert len(found) == 1 and fragment in found[0], found


@pytest.mark.parametrize(
    "entry",
    [
        polib.POEntry(msgid="Line\n", msgstr="Línea\n"),
        polib.POEntry(msgid="%(n)s pills", msgstr="%(n)s pastillas", flags=["python-format"]),
        polib.POEntry(msgid="%s of %s", msgstr="%s de %s", flags=["c-format"]),
        polib.POEntry(msgid="100%% sure", msgstr="seguro", flags=["c-format"]),  # %% is literal
        polib.POEntry(msgid="%d mg", msgstr="mg", flags=["c-format", "no-c-format"]),
        polib.POEntry(msgid="{n} doses", msgstr="{n} dosis", flags=["python-brace-format"]),
        polib.POEntry(msgid="one", msgid_plural="many", msgstr_plural={0: "uno", 1: "muchos"}),
        polib.POEntry(msgid="Untranslated\n", msgstr=""),  # nothing to compare yet
    ],
)
def test_syntax_near_misses(entry: polib.POEntry) -> None:
    assert problems(catalog(entry)) == []


def test_plural_forms_must_match_cldr() -> None:
    assert problems(catalog(plural="nplurals=6; plural=(n==0 ? 0 : 1);"), "es") == [
        "Plural-Forms says nplurals=6 but es has 2 plural forms in CLDR "
        "(nplurals=2; plural=(n != 1);)"
    ]
    assert "no Plural-Forms" in problems(catalog(plural=""), "es")[0]
    arabic = "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : 2);"
    assert problems(catalog(plural=arabic), "ar") == []


def test_completion_counts_messages_and_words() -> None:
    counted = Completion()
    counted.add(
        catalog(
            polib.POEntry(msgid="two words", msgstr="dos palabras"),
            polib.POEntry(msgid="three more words", msgstr="tres", flags=["fuzzy"]),
            polib.POEntry(msgid="empty", msgstr=""),
            polib.POEntry(msgid="gone", msgstr="ido", obsolete=True),
        )
    )
    assert (counted.total, counted.translated, counted.fuzzy, counted.untranslated) == (3, 1, 1, 1)
    assert counted.obsolete == 1
    assert (counted.words_total, counted.words_translated) == (6, 2)
    assert round(counted.percent, 2) == 33.33
    assert Completion().percent == 100.0  # nothing to translate is complete
