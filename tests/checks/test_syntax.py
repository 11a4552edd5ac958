"""syntax (msgfmt -c's rules) and completion counting: violations and near-misses."""

from __future__ import annotations

import polib
import pytest

from painl10n.checks.model import Completion
from painl10n.checks.syntax import syntax_problems
from painl10n.po.plural import known_plural_forms, preferred_plural_forms


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
            "1 plural forms, the header's Plural-Forms has 2",
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


def test_plural_forms_must_be_a_formula_known_for_the_language() -> None:
    found = problems(catalog(plural="nplurals=6; plural=(n==0 ? 0 : 1);"), "es")
    assert len(found) == 1
    assert found[0].startswith(
        "Plural-Forms 'nplurals=6; plural=(n==0 ? 0 : 1);' is not one of the formulas "
        "gettext, CLDR or Weblate give for es: "
    )
    assert "nplurals=2; plural=(n != 1);" in found[0]  # whichever Babel is installed
    assert "no Plural-Forms" in problems(catalog(plural=""), "es")[0]
    # The near miss: six forms, as Arabic has, but a formula that never picks 3, 4 or 5.
    wrong_arabic = "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : 2);"
    assert "is not one of the formulas" in problems(catalog(plural=wrong_arabic), "ar")[0]


# Spanish and French before and after CLDR 46 gave them a "many" form (a million):
# gettext's two-form rule and CLDR's three-form rule are both right, whichever
# Babel is installed; so are Arabic's rules as Babel and Weblate write them.
KNOWN = [
    ("es", "nplurals=2; plural=(n != 1);"),
    ("es", "nplurals=2; plural=n != 1;"),
    ("es", "nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);"),
    ("fr", "nplurals=2; plural=(n > 1);"),
    ("fr", "nplurals=3; plural=(n == 0 || n == 1) ? 0 : ((n != 0 && n % 1000000 == 0) ? 1 : 2);"),
    ("de", "nplurals=2; plural=(n != 1);"),
    (
        "ar",
        "nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && "
        "n % 100 <= 10 ? 3 : n % 100 >= 11 && n % 100 <= 99 ? 4 : 5);",
    ),
    (
        "ar",
        "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
        ": n%100>=11 ? 4 : 5;",
    ),
    ("ja", "nplurals=1; plural=0;"),
]


@pytest.mark.parametrize(("language", "header"), KNOWN)
def test_every_known_formula_passes(language: str, header: str) -> None:
    entry = polib.POEntry(msgid="one", msgid_plural="many", msgstr_plural={})
    count = int(header.split("nplurals=")[1].split(";")[0])
    entry.msgstr_plural = {index: f"form {index}" for index in range(count)}
    assert problems(catalog(entry, plural=header), language) == []


def test_old_babels_arabic_rule_is_not_known() -> None:
    """Babel up to 2.18 wrote an Arabic rule with the "many" and "other" forms swapped
    (100 took the form of 11-99): it is wrong whichever Babel is installed now."""
    old = (
        "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
        ": n%100>=0 && n%100<=2 ? 4 : 5);"
    )
    found = problems(catalog(plural=old), "ar")
    assert len(found) == 1 and "is not one of the formulas" in found[0]


def test_new_catalogs_get_a_rule_a_second_source_confirms() -> None:
    for language in ("es", "fr", "de", "ar", "ja"):
        assert preferred_plural_forms(language) in known_plural_forms(language)
        assert problems(catalog(plural=preferred_plural_forms(language)), language) == []


def test_a_million_tells_the_two_spanish_rules_apart() -> None:
    """The near miss: a three-form rule that only differs from CLDR's at a million."""
    almost = "nplurals=3; plural=(n == 1 ? 0 : n == 1000 ? 1 : 2);"
    assert "is not one of the formulas" in problems(catalog(plural=almost), "es")[0]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (
            "nplurals=2; plural=n;",
            "nplurals = 2 but plural expression can produce values as large as 2",
        ),
        ("nplurals=2; plural=n/0;", "plural expression can produce division by zero"),
        ("nplurals=2; plural=(n%(n-n)) ? 0 : 1;", "plural expression can produce division by zero"),
        ("nplurals=7; plural=(n%0)+exit(1);", "invalid plural expression"),
        ("nplurals=2; plural=n-1;", "plural expression can produce negative values"),
        ("nplurals=x; plural=(n != 1);", "invalid nplurals value"),
        ("nplurals=2; plural=(n != 1;", "invalid plural expression"),
        ("nplurals=2; plural=;", "invalid plural expression"),
        ("nplurals=2; plural=" + "(" * 120 + "n != 1" + ")" * 120 + ";", "nested deeper"),
        ("nplurals=2; plural=" + "(" * 5000 + "n != 1" + ")" * 5000 + ";", "longer than"),
        ("nplurals=2; plural=" + "+".join(["n"] * 300) + " > 1;", "longer than"),
    ],
)
def test_plural_forms_msgfmt_refuses(header: str, message: str) -> None:
    found = problems(catalog(plural=header), "es")
    assert len(found) == 1 and message in found[0], found
    assert len(found[0]) < 250  # a hostile header is not echoed whole


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
