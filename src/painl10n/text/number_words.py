"""Numbers spelled out in words, per language: "three", "tres", "trois", "drei", "ثلاث".

A translator may write a number the source gives in digits as a word (and
the other way round): "Take 3 doses" → "Tome tres dosis". The words come
from num2words (its cardinals from 0 to 100, the hundreds, the thousands to ten
thousand and a million), read in reverse, plus the forms num2words does not
generate because it gives one form per number: the feminine and apocopated
forms (es ``una``, ``un``, ``veintiuna``, ``doscientas``; fr ``une``; de
``ein``, ``eine``, ``einen`` …, ``hundert``, ``tausend``), and Arabic's
gender polarity and cases (``ثلاث``/``ثلاثة``, ``اثنين``, ``عشرين``,
``مئة``/``مائة``) with the conjunction ``و`` or the article ``ال`` written on
the word (``القرص الواحد``, the one tablet).
Words that count times are numbers too (en ``once``, ``twice``; de
``einmal``, ``zweimal``; ar ``مرتين``). Arabic duals of unit words
(``أسبوعين``, two weeks; ``ساعتان``, two hours) say the number and the
unit in one word; they come from CLDR (Babel's ``format_unit`` of 2 writes
no digit in Arabic) with the oblique ``-ين`` ending beside the nominative
``-ان``.

Babel ships no CLDR spell-out (RBNF) rules, hence num2words.

A word lexicon is deliberately forgiving (``un``, ``ein`` are also articles):
the numbers check uses it only to match a number the other side writes in
digits, never to report one.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise, product

from babel.units import format_unit
from num2words import num2words  # type: ignore[import-untyped]

from ..languages import parse_language

_VALUES = (*range(101), *range(200, 1001, 100), *range(2000, 10001, 1000), 10**6)
_WORDS = re.compile(r"[^\W\d_]+")
_LONGEST = 5  # words in the longest phrase looked up ("vingt et un", "خمسة وعشرون")
_SPECIAL: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {"veintiuno": ("veintiún", "veintiuna"), "uno": ("un", "una")},
    "fr": {"un": ("une",), "cents": ("cent",), "vingts": ("vingt",)},
    "de": {
        "eins": ("ein", "eine", "einen", "einem", "einer", "eines"),
        "einhundert": ("hundert",),
        "eintausend": ("tausend",),
    },
    "ar": {
        "اثنان": ("اثنين", "اثنتان", "اثنتين"),
        "واحد": ("واحدة",),
        "أحد": ("إحدى",),
        "عشر": ("عشرة",),
        "ثمانية": ("ثماني", "ثمان"),
        "مائة": ("مئة",),
        "مئتان": ("مائتان", "مئتين", "مائتين"),
    },
}


# Words that say how many times, which num2words does not write: "twice" is 2.
_TIMES: dict[str, dict[str, int]] = {
    "en": {"once": 1, "twice": 2, "thrice": 3},
    "ar": {"مرتين": 2, "مرتان": 2},  # the dual of مرة (time): twice
}
# German writes "zweimal", "dreimal": the number word and "mal" in one word.
_TIMES_SUFFIX = {"de": "mal"}
# Arabic duals of the count nouns of a leaflet: "two tablets" in one word (قرصين).
_DUAL_COUNTS: dict[str, tuple[str, ...]] = {
    "ar": ("قرص", "حبت", "كبسولت", "جرعت", "ملعقت", "قطرت", "أمبولت", "بخت"),
}
# Ordinals stand for their number too ("On day 1" ↔ "El primer día", "Am ersten Tag",
# "في اليوم الأول"), 1 to 31 (the days of a month), with the forms num2words does not
# write; not "second", "segundo", "seconde", "ثانية": also the unit of time.
_ORDINALS = range(1, 32)
_NOT_ORDINALS = frozenset({"second", "segundo", "segunda", "seconde", "ثانية"})
_ORDINAL_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {"primero": ("primer",), "tercero": ("tercer",)},
    "fr": {"premier": ("première", "premiers", "premières")},
    "ar": {"اول": ("أول", "أولى")},
}
# Arabic writes the conjunction و and the article ال onto the word (وثلاثة, القرص الواحد).
_ARABIC_PREFIXES = ("و", "ال")


def _word_forms(word: str, language: str) -> tuple[str, ...]:
    """A number word and the forms of it num2words does not write."""
    forms = [word, *_SPECIAL.get(language, {}).get(word, ())]
    if language == "de" and "ss" in word:
        forms.append(word.replace("ss", "ß"))  # num2words writes "dreissig": dreißig
    if language == "es" and word.endswith("ientos"):
        forms.append(word[:-2] + "as")  # doscientas
    if language == "ar":
        if word.endswith("ة") and len(word) > 3:
            forms.append(word[:-1])  # ثلاثة → ثلاث (gender polarity)
        if word.endswith("ون"):
            forms.append(word[:-2] + "ين")  # عشرون → عشرين (oblique case)
    return tuple(dict.fromkeys(forms))


def _phrases(written: str, language: str) -> set[str]:
    """Every way to write num2words' ``written``, words joined by one space."""
    words = _WORDS.findall(written.casefold())
    # Arabic writes the conjunction on the next word: "خمسة و عشرون" is "خمسة وعشرون".
    options: list[tuple[str, ...]] = []
    prefix = ""
    for word in words:
        if language == "ar" and word == "و":
            prefix = "و"
            continue
        options.append(tuple(prefix + form for form in _word_forms(word, language)))
        prefix = ""
    if len(options) > _LONGEST:
        return set()
    return {" ".join(choice) for choice in product(*options)}


@cache
def number_words(language: str) -> dict[str, int]:
    """Casefolded phrase (words joined by one space) → its value, for ``language``."""
    base = parse_language(language).language
    found: dict[str, set[int]] = {}
    for value in _VALUES:
        try:
            written = str(num2words(value, lang=base))
        except (NotImplementedError, OverflowError, KeyError, TypeError, ValueError):
            continue
        for phrase in _phrases(written, base):
            found.setdefault(phrase, set()).add(value)
            suffix = _TIMES_SUFFIX.get(base)
            if suffix and " " not in phrase and value <= 100:
                times = ("ein" if phrase == "eins" else phrase) + suffix
                found.setdefault(times, set()).add(value)
    for word, value in _TIMES.get(base, {}).items():
        found.setdefault(word, set()).add(value)
    for stem in _DUAL_COUNTS.get(base, ()):
        for ending in ("ين", "ان"):  # oblique and nominative
            found.setdefault(stem + ending, set()).add(2)
    for phrase, value in _ordinals(base):
        found.setdefault(phrase, set()).add(value)
    return {phrase: next(iter(values)) for phrase, values in found.items() if len(values) == 1}


def _ordinals(language: str) -> list[tuple[str, int]]:
    """(phrase, value) for the ordinals of ``language`` and their gender and case forms."""
    found: list[tuple[str, int]] = []
    for value in _ORDINALS:
        try:
            written = str(num2words(value, lang=language, to="ordinal"))
        except (NotImplementedError, OverflowError, KeyError, TypeError, ValueError):
            continue
        words = _WORDS.findall(written.casefold())
        if len(words) != 1:
            continue  # "vigésimo primero", "إحدى و عشرون": written as digits in leaflets
        word = words[0]
        forms = {word, *_ORDINAL_FORMS.get(language, {}).get(word, ())}
        if language == "es" and word.endswith("o"):
            forms |= {word[:-1] + "a", word + "s", word[:-1] + "as"}
        if language == "fr" and word.endswith("ième"):
            forms.add(word + "s")
        if language == "de" and word.endswith("e"):
            forms |= {word + ending for ending in ("r", "n", "s", "m")}
        if language == "ar":
            forms |= {form + "ة" for form in forms if not form.endswith(("ى", "ة"))}
        found += [(form, value) for form in sorted(forms - _NOT_ORDINALS)]
    return found


@cache
def dual_units(language: str, units: tuple[str, ...]) -> dict[str, str]:
    """Words that say "two" and one of ``units`` at once (Arabic duals), form → unit id."""
    duals: dict[str, str] = {}
    for unit in units:
        for length in ("long", "short"):
            written = format_unit(2, unit, length=length, locale=parse_language(language)) or ""
            if written and not any(char.isdigit() for char in written) and unit not in written:
                word = written.strip().casefold()
                duals.setdefault(word, unit)
                if word.endswith("ان"):
                    duals.setdefault(word[:-2] + "ين", unit)  # أسبوعان → أسبوعين
    return duals


def spelled_numbers(
    text: str, language: str, duals: dict[str, str]
) -> list[tuple[int, int, int, str | None]]:
    """The numbers written in words in plain ``text``: ``(value, start, end, unit)``.

    ``unit`` is set for a word that also names its unit (one of ``duals``, an
    Arabic dual); otherwise the caller reads the unit after ``end``. Longest
    phrase first.
    """
    words = list(_WORDS.finditer(text))
    lexicon = number_words(language)
    starts = _first_words(language)
    base = parse_language(language).language
    found: list[tuple[int, int, int, str | None]] = []
    index = 0
    while index < len(words):
        first = words[index][0].casefold()
        known = any(form in starts for form in _unprefixed(first, base))
        match = _match_at(words, index, text, lexicon, base) if known else None
        if match is not None:
            value, length = match
            found.append((value, words[index].start(), words[index + length - 1].end(), None))
            index += length
            continue
        for candidate in _unprefixed(first, base):  # السنتين: the two years
            if candidate in duals:
                found.append((2, words[index].start(), words[index].end(), duals[candidate]))
                break
        index += 1
    return found


@cache
def _first_words(language: str) -> frozenset[str]:
    """The words a number phrase may start with: most words of a text are not."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in number_words(language))


def _match_at(
    words: list[re.Match[str]], index: int, text: str, lexicon: dict[str, int], language: str
) -> tuple[int, int] | None:
    """The longest number phrase starting at word ``index``: (value, words used)."""
    for length in range(min(_LONGEST, len(words) - index), 0, -1):
        span = words[index : index + length]
        gaps = [text[a.end() : b.start()] for a, b in pairwise(span)]
        if any(gap.strip(" -\u2010\u2011\u00a0") for gap in gaps):
            continue  # the words of a number are separated by spaces or hyphens only
        phrase = " ".join(word[0].casefold() for word in span)
        for form in _unprefixed(phrase, language):  # "وثلاثة" (and three), "الواحد" (the one)
            if form in lexicon:
                return lexicon[form], length
    return None


def _unprefixed(text: str, language: str) -> tuple[str, ...]:
    """``text``, and in Arabic also without the و or ال written on its first word."""
    if language != "ar":
        return (text,)
    return (text, *(text[len(p) :] for p in _ARABIC_PREFIXES if text.startswith(p)))
