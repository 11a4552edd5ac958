"""The shortcuts ``check`` takes for speed find exactly what the long way finds."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from painl10n import Project, extract, update
from painl10n.checks.examine import EntryMemo, examine_catalog
from painl10n.checks.hidden import _printable
from painl10n.pipeline.check import entry_context, run_checks
from painl10n.pipeline.update import read_catalog
from painl10n.reports.formats import FORMATS, render
from painl10n.text.visible import hidden_characters
from tests.helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

import bench_all


def test_remembered_entries_find_what_each_entry_finds(tmp_path: Path) -> None:
    """The benchmark corpus repeats sentences across articles: with the memo, each
    repeated (msgid, msgstr) is answered from it, and every finding is the same."""
    root = bench_all.make_project(tmp_path / "corpus", 8)
    extract(Project.load(root))
    update(Project.load(root))
    bench_all.pseudo_translate(root)
    project = Project.load(root)
    checked = remembered = 0
    for language in project.settings.languages:
        context = entry_context(project, language)
        memo = EntryMemo()
        for slug in project.template_slugs():
            catalog = read_catalog(project, language, slug)
            assert catalog is not None
            shown = f"{language}/{slug}"
            plain = examine_catalog(catalog, context, shown, {}, {})
            before = len(memo._found)
            quick = examine_catalog(catalog, context, shown, {}, {}, memo=memo)
            assert quick == plain
            translated = sum(1 for e in catalog if e.translated() and not e.obsolete)
            checked += translated
            remembered += translated - (len(memo._found) - before)
    assert plain.findings, "the corpus has findings to compare"
    assert remembered > checked // 4, (remembered, checked)  # the memo was used


def test_a_run_is_the_same_with_its_memo_bounded_to_a_few_pairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = bench_all.make_project(tmp_path / "corpus", 6)
    extract(Project.load(root))
    update(Project.load(root))
    bench_all.pseudo_translate(root)
    report = run_checks(Project.load(root))
    wide = {fmt: render(report, fmt) for fmt in FORMATS}
    original = EntryMemo.__init__

    def small(self: EntryMemo, size: int = 4096) -> None:
        original(self, 3)  # pairs forgotten all the time

    monkeypatch.setattr(EntryMemo, "__init__", small)
    report = run_checks(Project.load(root))
    assert {fmt: render(report, fmt) for fmt in FORMATS} == wide


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
def test_a_printable_text_has_no_hidden_character(text: str) -> None:
    if _printable(text):
        assert not hidden_characters(text)


def test_layout_and_hidden_characters_near_the_shortcut() -> None:
    assert _printable("línea\n\tsiguiente") and not hidden_characters("línea\n\tsiguiente")
    for char in "\u202e\u200b\u200e\x1b\u2066\ufeff":
        assert not _printable(f"Tome {char}10 mg") and hidden_characters(f"Tome {char}10 mg")
    assert not _printable("a\u00a0b")  # not printable, yet not hidden: the long way decides
    assert not hidden_characters("a\u00a0b")


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
@example("a\u200bb\u2060c\ufeff d\u00ad e\u0301 \u0645\u064e\u200c x\u20dd l\u2019a")
def test_visible_length_shortcut_counts_as_the_long_way(text: str) -> None:
    import unicodedata

    from painl10n.checks.style import _visible, _visible_length

    visible = _visible(text)
    expected = sum(unicodedata.category(c) not in ("Mn", "Me", "Cf") for c in visible)
    assert _visible_length(text) == expected


def test_visible_length_near_the_shortcut() -> None:
    from painl10n.checks.style import _visible_length

    assert _visible_length("Dosis\u00admaß: 5 mg") == len("Dosismaß: 5 mg")  # soft hyphen
    assert _visible_length("e\u0301te\u0301") == 3  # combining acute (U+0301) not counted
    assert _visible_length("الدَّواء") == 6  # harakat not counted


# Texts of the characters the number patterns turn on: digits (Arabic-Indic too),
# separators, spaces, the letters of dose abbreviations.
_NUMBERISH = st.text(
    st.sampled_from("0123456789\u0663.,\u2019 \u00a0\u202f\u2009UuIiEeCcgm\u00b5\u03bc\u0648/a-"),
    max_size=24,
)


def _found(pattern: object, text: str) -> list[tuple[tuple[int, int], str]]:
    import re

    assert isinstance(pattern, re.Pattern)
    return [(match.span(), match[0]) for match in pattern.finditer(text)]


@given(_NUMBERISH)
def test_dose_patterns_written_digit_first_match_as_look_behind_first(text: str) -> None:
    import re

    from painl10n.text import dose_writing

    look_behind_first = r"(?<![\d.,])\d+(?:[.,]\d+)*[ \u00a0\u202f]?"
    for name in ("_UNIT_LETTER", "_UNIT_LETTER_LOWER", "_INTERNATIONAL", "_CC", "_MICROGRAM"):
        pattern = getattr(dose_writing, name)
        assert dose_writing._AFTER_NUMBER in pattern.pattern
        slow = re.compile(
            pattern.pattern.replace(dose_writing._AFTER_NUMBER, look_behind_first), pattern.flags
        )
        assert _found(pattern, text) == _found(slow, text), name


@given(_NUMBERISH)
def test_number_pattern_written_first_character_first_matches_as_look_behind_first(
    text: str,
) -> None:
    import re

    from painl10n.text.quantities import notation_of

    for language in ("en", "fr", "fr_CA", "de_CH", "ar", "ru"):
        notation = notation_of(language)
        marks = re.escape(
            "".join(sorted({".", ",", notation.decimal, notation.group} - set(notation.spaces)))
        )
        spaces = notation.spaces
        slow = re.compile(
            rf"(?<![\d{marks}])[{marks}]?\d+(?:[{marks}]\d+|[{spaces}]\d{{3}}(?!\d))*"
        )
        assert _found(notation.number, text) == _found(slow, text), language


def test_number_patterns_near_the_look_behind() -> None:
    from painl10n.text.dose_writing import _CC, _UNIT_LETTER
    from painl10n.text.quantities import notation_of

    found = _found(_UNIT_LETTER, "4U, 1.5 U, x4U")
    assert found == [((0, 2), "4U"), ((4, 9), "1.5 U"), ((12, 14), "4U")]  # after a letter too
    assert _found(_UNIT_LETTER, ".4U ,4U") == []  # after a separator: not a number's start
    assert _found(_CC, "5 cc") == [((0, 4), "5 cc")]
    number = notation_of("en").number
    assert _found(number, "a .5 b 1,000.5 c x,") == [((2, 4), ".5"), ((7, 14), "1,000.5")]
    assert _found(number, "5..6") == [((0, 1), "5")]  # ".6" follows a mark: not a start


@given(st.text(st.sampled_from("a  \u00a0\u202f\t`[]()<>x.:/w"), max_size=30))
def test_doubled_spaces_shortcut_finds_as_the_long_way(text: str) -> None:
    from painl10n.checks.style import _DOUBLED, _doubled, _prose

    long_way = [match.span() for match in _DOUBLED.finditer(_prose(text))]
    assert [match.span() for match in _doubled(text)] == long_way


_UNITISH = st.lists(
    st.sampled_from(["a", "mg", "mmHg", "é", "ب", "²", "½", "٣", "5", "0", "_", ".", "-", "'"])
    | st.sampled_from([" ", "\u00a0", "\u202f", "\u2009", "\t", "\n", "/", "x", "kg/"]),
    max_size=16,
).map("".join)


@given(_UNITISH)
def test_units_blanked_digit_first_as_the_look_behind_pattern(text: str) -> None:
    from painl10n.text.spelled_words import _UNIT, without_units

    assert without_units(text) == _UNIT.sub(" ", text)
    slashless = text.replace("/", " ")
    assert without_units(slashless) == _UNIT.sub(" ", slashless)


def test_units_blanked_near_the_digit() -> None:
    from painl10n.text.spelled_words import without_units

    # the letters become one space; the number and its gap stay
    assert without_units("500 mg, 5\u00a0ml, 5  ml, 12mmHg x") == "500  , 5\u00a0 , 5  ml, 12  x"
    # with its dot; not before a letter or digit, nor five letters (a word)
    assert without_units("5 mg. 5mg2 5 mmHgx") == "5   5mg2 5 mmHgx"
    assert without_units("2 mg/kg ab/cd") == "2  /   / "  # beside a slash


def _openings_the_long_way(text: str) -> list[str]:
    """``style._missing_openings`` as it was: every character of every sentence visited."""
    from painl10n.checks.style import _around, _prose, _sentences

    pairs = {"?": "¿", "!": "¡"}
    prose = _prose(text)
    found = []
    for start, end in _sentences(prose, "es"):
        for index in range(start, end):
            mark = prose[index]
            if mark in pairs and not prose.startswith("[", index + 1):
                if not set(pairs.values()).intersection(prose[start:index]):
                    found.append(
                        f"“{mark}” without an opening “{pairs[mark]}” earlier in the "
                        f"sentence: “{_around(text, index)}”"
                    )
                break
    return found


@given(
    st.lists(
        st.sampled_from(
            ["Sí", "no", "tome", "¿", "¡", "?", "!", "![a](b)", "[x]", ". ", " ", "`?`"]
        ),
        max_size=14,
    ).map("".join)
)
def test_spanish_openings_found_by_pattern_as_by_each_character(text: str) -> None:
    from painl10n.checks.style import _missing_openings

    assert list(_missing_openings(text, "es")) == _openings_the_long_way(text)


def _length_the_long_way(msgid: str, msgstr: str, language: str) -> list[str]:
    """``style._length`` as it was: both sentence counts made for every entry."""
    from painl10n.checks import style

    source_length = style._visible_length(msgid)
    target_length = style._visible_length(msgstr)
    expected = source_length * style._lookup(style.EXPECTED_RATIO, language, style.DEFAULT_RATIO)
    share = target_length / expected if expected else 1.0
    measured = source_length >= style.MIN_SOURCE_LENGTH
    source_count = len(style._sentences(style._prose(msgid), "en"))
    target_count = len(style._sentences(style._prose(msgstr), language))
    fewer = source_count - target_count
    sizes = f"{target_length} characters of text for {source_length}, about {expected:.0f} expected"
    if measured and share < style.SHORT_FACTOR:
        return [
            f"the translation is much shorter than the source ({sizes}): is a sentence missing?"
        ]
    if fewer >= style.MISSING_SENTENCES or (
        fewer > 0 and measured and share < style.FEWER_SHORT_FACTOR
    ):
        return [
            f"the translation has fewer sentences than the source ({target_count} for "
            f"{source_count}; {sizes}): is a sentence missing?"
        ]
    return []


_SENTENCEISH = st.lists(
    st.sampled_from(["Take it", "daily", " ", ". ", "? ", "! ", "Dr. ", "e.g. ", "5", " 10 mg"])
    | st.sampled_from(["`x.`", "[a](b.c)", "…", "\u06d4 ", "؟", "—", "«", "Nehmen Sie", "\u00a0"]),
    max_size=12,
).map("".join)


@given(_SENTENCEISH, _SENTENCEISH, st.sampled_from(["fr", "de", "es", "ar"]))
def test_length_counts_the_translations_sentences_only_when_it_may_tell(
    msgid: str, msgstr: str, language: str
) -> None:
    import polib

    from painl10n.checks.base import EntryContext
    from painl10n.checks.style import _length

    context = EntryContext(language=language, source_language="en")
    entry = polib.POEntry(msgid=msgid, msgstr=msgstr)
    assert list(_length(entry, context)) == _length_the_long_way(msgid, msgstr, language)


# The look-behind-first patterns, as they were before each was written first character
# first (a regex search then skips from candidate to candidate).
_LOOK_BEHIND_FIRST = {
    "frequency": (
        r"(?<![^\W_])(?P<abbr>q\.\s?d\.|q\.\s?o\.\s?d\.|[Qq][Oo]?[Dd]|q1d|[Tt][Ii][Ww]"
        r"|o\.\s?d\.|h\.\s?s\.|HS|(?<!\d)(?<!\d[ \u00a0])hs)(?![^\W_])"
    ),
    "code span": r"(?<![`\\])(`+)(?!`).+?(?<!`)\1(?!`)",
    "label": r"(?<=\])\[[^\[\]]*\]|\[\^[^\[\]\s]+\]",
    "destination": (r"(?<=\])(?:\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)|\[(?:[^\[\]\\]|\\.)*\])"),
    "url": r"\b(?:https?://|www\.)[^\s<>]*[^\s<>.,;:!?'\")\]*_]",
}


def _spans_and_groups(
    pattern: object, text: str
) -> list[tuple[tuple[int, int], tuple[object, ...]]]:
    import re

    assert isinstance(pattern, re.Pattern)
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("module", "attribute", "name", "alphabet"),
    [
        ("painl10n.text.dose_writing", "_FREQUENCY", "frequency", "qQoOdDtTiIwWhHsS1 .\u00a05x_é"),
        ("painl10n.text.prose", "CODE_SPAN", "code span", "`\\a [](^1) \n"),
        ("painl10n.text.quantities", "_LABEL", "label", "`\\a [](^1) \n"),
        ("painl10n.text.prose", "DESTINATION", "destination", "hw ttps:/w.x]([)\\é_a1"),
        ("painl10n.text.prose", "URL", "url", "hw ttps:/w.x]([)\\é_a1"),
    ],
)
@given(data=st.data())
def test_first_character_first_patterns_match_as_look_behind_first(
    module: str, attribute: str, name: str, alphabet: str, data: st.DataObject
) -> None:
    import importlib

    pattern = getattr(importlib.import_module(module), attribute)
    slow = re.compile(_LOOK_BEHIND_FIRST[name], pattern.flags)  # same flags (re.S …)
    text = data.draw(st.text(st.sampled_from(alphabet), max_size=24))
    assert _spans_and_groups(pattern, text) == _spans_and_groups(slow, text), name


def test_first_character_first_patterns_near_the_look_behind() -> None:
    from painl10n.text.dose_writing import _FREQUENCY
    from painl10n.text.prose import CODE_SPAN, DESTINATION, URL
    from painl10n.text.quantities import _LABEL

    found = [m["abbr"] for m in _FREQUENCY.finditer("QD, q.d., xqd, 8 hs, 8hs, hs, TIW4")]
    assert found == ["QD", "q.d.", "hs"]  # not after a letter, a number, nor before one
    assert [m[0] for m in CODE_SPAN.finditer("`a` \\`b` ``c`` ```d``")] == ["`a`", "``c``"]
    assert [m[0] for m in _LABEL.finditer("[a][b] [c] [^1] x[^2]")] == ["[b]", "[^1]", "[^2]"]
    found = [m[0] for m in URL.finditer("https://a.org/x. www.b.org xhttps://c.org éwww.d.org")]
    assert found == ["https://a.org/x", "www.b.org"]
    assert [m[0] for m in DESTINATION.finditer("[a](b (c)) (d) [e][f] x[g]")] == ["(b (c))", "[f]"]


@given(
    st.lists(
        st.sampled_from(["a", "é", "ب", "5", "_", ".", "-", "'", "\u2019", " ", "\t", "\n"])
        | st.sampled_from(["\u00a0", "\u2009", "\x1c", "\u3000", "x.", "mg", "/", "ab-cd"]),
        max_size=30,
    ).map("".join)
)
def test_words_read_piece_by_piece_as_in_the_whole_text(text: str) -> None:
    from painl10n.text.spelled_words import _WORD, words_of

    assert words_of(text) == tuple(_WORD.findall(text))


@given(st.text(st.sampled_from("!![]*_~\\ab \n"), max_size=24))
def test_markers_dropped_by_translation_as_by_the_pattern(text: str) -> None:
    from painl10n.text.sentences import _SYNTAX, without_markers

    assert without_markers(text) == _SYNTAX.sub("", text)


def _spots_every_pattern(markdown: str, language: str) -> list[object]:
    """``dose_writing.spots`` as it was: every pattern run on every text."""
    from painl10n.text import dose_writing as d
    from painl10n.text.quantities import read_quantities, reading_text

    digits = "&" in markdown or d._DIGIT.search(markdown) is not None
    if not digits and not d._FREQUENCY.search(markdown):
        return []
    text = reading_text(markdown, language)
    letters = [d._UNIT_LETTER] if language == "es" else [d._UNIT_LETTER, d._UNIT_LETTER_LOWER]
    found: list[object] = []
    for pattern in letters:
        found += [d.Spot("unit-abbreviated", d._written(m)) for m in pattern.finditer(text)]
    found += [d.Spot("international-unit", d._written(m)) for m in d._INTERNATIONAL.finditer(text)]
    found += [d.Spot("cc", d._written(m)) for m in d._CC.finditer(text)]
    found += [d.Spot("latin-frequency", m["abbr"]) for m in d._FREQUENCY.finditer(text)]
    found += [d.Spot("comparison-symbol", m["abbr"]) for m in d._COMPARISON.finditer(text)]
    found += [d.Spot("microgram", d._micro(m["abbr"])) for m in d._MICROGRAM.finditer(text)]
    read = read_quantities(markdown, language)
    found += [d.Spot("run-together", q.text) for q in read if d._run_together(q)]
    found += [d.Spot("no-group-separator", q.text) for q in read if d._ungrouped(q, language)]
    return found


@given(
    st.lists(
        st.sampled_from(["5", "10", "100000", " ", "U", "u", "IU", "I.E.", "UI", "و.د", "cc"])
        | st.sampled_from(["CC", "mcg", "µg", "μG", "UG", "qd", "< 5", "≥", "mg", ".", ","]),
        max_size=10,
    ).map("".join),
    st.sampled_from(["en", "es", "fr", "de", "ar"]),
)
@example("5 μG, 10 UG, 4 MCG, 2 CC, 3 c.c., 7 IU, 8 I.E., 9 و.د, 6 u, 6 U, < 5, ≥ 2", "fr")
@example("5 μG, 10 UG, 4 MCG, 2 CC, 7 IU, 6 u, 6 U, > 5", "es")
@settings(max_examples=300)
def test_dose_spots_found_as_with_every_pattern_run(text: str, language: str) -> None:
    from painl10n.text.dose_writing import spots

    assert spots(text, language) == _spots_every_pattern(text, language)


@given(st.text(st.sampled_from("`<>]([)a :/w.x"), max_size=30), st.sampled_from([" ", "\ufffc"]))
@example("see www.a.org", " ")
def test_hidden_text_blanked_as_by_every_pattern(text: str, fill: str) -> None:
    from painl10n.text.prose import HIDDEN, blank, blank_hidden

    assert blank_hidden(text, fill) == blank(text, [(pattern, fill) for pattern in HIDDEN])


_WORDISH = st.text(
    st.sampled_from(
        list(
            "aZé9_ -\u2019ßİ\u00a0\u202f\u0301\u064e\u00ad\u200c\u200d"
            "\u212b\u1100\u1161\u0627\u0644\u0640\ufb01\u0130\u03a3\u1e9e\u2126"
        )
    ),
    max_size=24,
)


@given(st.text(st.characters(codec="ascii"), max_size=40) | st.text(max_size=20) | _WORDISH)
@example("Ibuprofen_400 mg, Día-2 ZWNJ\u200cword, e\u0301t\u00e9, ABC")
@example("l\u2019Å \u212b ﬁn ẞ ΣΑΣ dolor\u00a0: 5")
@settings(max_examples=400)
def test_words_made_in_one_pass_as_one_by_one(text: str) -> None:
    """Term matching's words of a text without marks or joiners (every ASCII one):
    each letter-and-digit run, made without the general path's gap and mark tests."""
    from painl10n.terms.matcher import _spans, _tokenize, _word

    expected = [_word(text, start, end) for start, end in _spans(text)]
    assert _tokenize(text) == expected
    assert [type(word) for word in _tokenize(text)] == [type(word) for word in expected]


@given(st.text(st.sampled_from("`<>]([)&;#a1 :/w.hx"), max_size=40))
@example("see `a]` <b>x</b> [l](https://x.org) &amp; www.a.org &#1;")
@settings(max_examples=400)
def test_term_mask_runs_only_marked_patterns_as_every_pattern(text: str) -> None:
    """Term matching's mask skips a pattern whose mark (prose.MARKS) is absent."""
    from painl10n.terms.matcher import _MASKS, _mask
    from painl10n.text.prose import blank

    assert _mask(text) == blank(text, _MASKS)


@given(
    st.text(
        st.sampled_from(
            "12.,a \u00a0\u202f\u061c\u200e\u200f\u202b\u2066\u0661\u0662\u066b\u066c\u06f3\u0967"
        ),
        max_size=30,
    ),
    st.sampled_from(["ar", "fr", "de", "es", "en", "fa", "hi"]),
)
@example("\u0661\u066b\u0665 \u200f\u0645\u0644\u063a \u061c\u0662\u066c\u0663\u0660\u0660", "ar")
def test_numbers_normalized_in_one_translation_as_in_two(text: str, language: str) -> None:
    """Bidi marks dropped, other digits made ASCII and separators folded, as one table."""
    import unicodedata

    from painl10n.text.quantities import _BIDI, _OTHER_DIGIT, _normalize, notation_of

    notation = notation_of(language)
    expected = text.translate(_BIDI)
    expected = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m[0])), expected)
    assert _normalize(text, notation) == expected.translate(notation.folding)
