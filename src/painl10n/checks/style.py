"""Style checks: untranslated copies, whitespace, punctuation and missing text.

Every check compares one translation with its source. Both hold inline
Markdown, so text that is not prose is masked first: code spans, link and
image destinations, autolinks, bare URLs and HTML tags (see :func:`_prose`).

``same-as-source``
    The translation repeats the source (ignoring case and whitespace) although
    the source has words to translate. A source is left alone when, once code
    and URLs are masked, it is a single word written with a capital (a proper
    noun, or a word such as "Fibromyalgia" that several languages share), or
    when nothing remains after removing numbers, acronyms (all capitals, an
    optional plural ``s``: "NMDA", "NSAIDs", "OK") and names from the termbase
    (terms of do-not-translate concepts and terms marked ``properNoun``). A
    single capitalised word left untranslated by mistake is thus not caught;
    the terminology check covers the words that matter.

``whitespace``
    Leading or trailing whitespace differs from the source, the translation
    ends with a newline and the source does not (or the reverse), or the
    translation has doubled spaces between words that the source does not have.

``punctuation``
    The final mark (after closing quotes, brackets and emphasis markers, which
    are transparent) differs from the source's, once each side's marks are
    mapped to their English equivalents (:data:`EQUIVALENTS`) and ``...`` is
    read as ``…``. Spanish (:data:`INVERTED`) needs an opening ``¿`` or ``¡``
    earlier in every sentence that has a ``?`` or ``!`` (either opening is
    accepted, as for mixed questions-exclamations). French
    (:data:`SPACED_MARKS`) needs a no-break space (U+00A0) or a narrow one
    (U+202F) before ``; : ! ?``, after ``«`` and before ``»``; times and ratios
    (``12:30``), code and URLs are exempt.

``length``
    A sentence may be missing. The *expected length* of a translation is the
    visible length of its source (Markdown syntax, URLs and code removed,
    combining marks not counted) times the language's :data:`EXPECTED_RATIO`.
    For sources of at least :data:`MIN_SOURCE_LENGTH` characters, a translation
    below :data:`SHORT_FACTOR` of its expected length is flagged, and so is one
    below :data:`FEWER_SHORT_FACTOR` with a sentence fewer than the source; a
    translation with :data:`MISSING_SENTENCES` sentences fewer is flagged
    whatever its length. Sentences end with ``. ! ? …`` (and the language's own
    marks) before a space, unless a lower-case word follows or the dot ends an
    initial or a common abbreviation (``Dr.``, ``e.g.``, ``z. B.``).

Language rules are looked up by the catalog's canonical code (``fr_CA``), then
by its language alone (``fr``); languages without an entry get no special rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TypeVar

import polib

from ..languages import parse_language
from ..terms.model import Termbase
from ..text.prose import blank_hidden, characters
from ..text.sentences import visible as _visible  # the text a reader sees
from .base import EntryCheck, EntryContext

_T = TypeVar("_T")

# --- language data -------------------------------------------------------------

# Marks a language writes for an English one, mapped to the English mark. Both
# the language's own and the English mark are accepted (Arabic text with "?"
# is left to the reviewer's taste). Greek writes ";" for a question mark and
# "·" (ano teleia) for a semicolon.
_FULLWIDTH = {"\uff1f": "?", "\uff01": "!", "\uff1a": ":", "\uff1b": ";"}
EQUIVALENTS: dict[str, dict[str, str]] = {
    "ar": {"\u061f": "?", "\u060c": ",", "\u061b": ";"},  # ؟ ، ؛
    "fa": {"\u061f": "?", "\u060c": ",", "\u061b": ";"},
    "ur": {"\u061f": "?", "\u060c": ",", "\u061b": ";", "\u06d4": "."},  # full stop
    "hi": {"\u0964": "."},  # । danda
    "el": {";": "?", "\u037e": "?", "\u0387": ";", "\u00b7": ";"},
    "zh": {"\u3002": ".", **_FULLWIDTH, "\uff0c": ","},  # ideographic stop, full-width comma
    "ja": {"\u3002": ".", **_FULLWIDTH, "\u3001": ","},  # ideographic stop and comma
}

# Closing mark → opening mark that must come earlier in the same sentence.
INVERTED: dict[str, dict[str, str]] = {
    "es": {"?": "¿", "!": "¡"},
}

# Marks that take a no-break space: before ; : ! ? and », after «. Canadian
# French spaces only the colon and the guillemets (OQLF).
SPACED_MARKS: dict[str, str] = {
    "fr": ";:!?«»",
    "fr_CA": ":«»",
}

# Visible-text length of a complete translation relative to its English source,
# as measured on the shipped catalogs (medians: es 1.14, fr 1.25, de 1.22,
# ar 0.85). Chinese, Japanese and Korean are rough guesses, not measured.
EXPECTED_RATIO: dict[str, float] = {
    "es": 1.15,
    "fr": 1.25,
    "de": 1.2,
    "ar": 0.85,
    "zh": 0.3,
    "ja": 0.4,
    "ko": 0.45,
}
DEFAULT_RATIO = 1.0
# Thresholds, as shares of the expected length. Complete shipped translations
# reach at least 0.77 of it (Arabic; German 0.79, Spanish 0.84, French 0.85) and
# always have as many sentences as their source. Dropping one sentence of three
# leaves about 0.67 when the sentences are alike, up to 0.86 when the dropped
# one is short; it always leaves one sentence fewer.
SHORT_FACTOR = 0.7  # shorter than this is flagged whatever the sentences
FEWER_SHORT_FACTOR = 0.9  # ... and this, with one sentence fewer than the source
MISSING_SENTENCES = 2  # this many sentences fewer is flagged whatever the length
MIN_SOURCE_LENGTH = 40  # characters of visible text; shorter sources vary too much

NO_BREAK_SPACES = "\u00a0\u202f"
# Transparent after a final mark: closing quotes, brackets and emphasis markers
# (German closes with U+201C, Danish with «: at the very end, any quote closes).
_CLOSERS = "*_~)]\"'\u00bb\u201d\u2019\u203a\u00ab\u201c\u2018\u2039"  # quotes of every style
_FINAL_MARKS = ".!?…:;,"
_SENTENCE_MARKS = ".!?…\u061f\u06d4\u0964"
_WIDE_SENTENCE_MARKS = "\u3002\uff01\uff1f"  # 。 and full-width ! ?: no space follows
# Words (casefolded) whose dot does not end a sentence; so do initials and "e.g.".
_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "prof", "st", "vs", "approx", "fig", "etc"})


def _lookup(table: dict[str, _T], code: str, default: _T) -> _T:
    """The table's entry for ``code``: canonical code first, then its language."""
    canonical, language = _codes(code)
    return table.get(canonical, table.get(language, default))


@lru_cache(maxsize=64)
def _codes(code: str) -> tuple[str, str]:
    """The canonical code and the language of ``code`` (every entry asks)."""
    locale = parse_language(code)
    return str(locale), locale.language


# --- masking -------------------------------------------------------------------

_MASK = "\ufffc"  # stands for masked text: not a space, not a letter, not a mark
_SYNTAX = re.compile(r"[*_~\[\]\\]|!(?=\[)")  # emphasis, brackets, escapes, image marks
_WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")


def _prose(text: str, fill: str = _MASK) -> str:
    """``text`` with code, destinations, autolinks, HTML and URLs overwritten by ``fill``
    (remembered by :func:`blank_hidden`: several checks mask the same text).

    Offsets are kept, so a position in the prose is a position in the text.
    """
    return blank_hidden(text, fill)


@lru_cache(maxsize=4096)  # the punctuation checks read a text in turn
def _read(text: str) -> tuple[str, tuple[int, ...]]:
    """:func:`_prose` with each character reference as the character a reader sees (the
    ";" of "est&aacute;" is no semicolon, "&nbsp;" is a no-break space, "&iexcl;" a "¡"),
    and where each of its characters is written in ``text`` (empty: the same offsets)."""
    prose = _prose(text)
    if "&" not in prose:
        return prose, ()
    read = list(characters(prose))
    return "".join(char for char, _, _ in read), tuple(start for _, start, _ in read)


def _in_text(offsets: tuple[int, ...], index: int) -> int:
    """Where the character at ``index`` of :func:`_read`'s prose is written in the text."""
    return offsets[index] if offsets and index < len(offsets) else index


_FIRST_COMBINING = "\u0300"  # the first combining mark (Mn); Cf below it: the soft hyphen


@lru_cache(maxsize=4096)
def _visible_length(text: str) -> int:
    """Characters of visible text, without combining marks (harakat) or format marks."""
    visible = _visible(text)  # the sentences splitter's text, already made for it
    length = len(visible) - visible.count("\u00ad")  # below U+0300 only U+00AD is one
    if not visible or max(visible) < _FIRST_COMBINING:
        return length
    # each distinct character from U+0300 on looked up once (a script has few)
    high = Counter(_FROM_COMBINING.findall(visible))
    return length - sum(n for c, n in high.items() if unicodedata.category(c) in _UNSEEN)


_FROM_COMBINING = re.compile("[\u0300-\U0010ffff]")
_UNSEEN = frozenset({"Mn", "Me", "Cf"})


# --- same-as-source --------------------------------------------------------------


def _same_as_source(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    source = _folded_source(entry.msgid)
    if not source or _folded(entry.msgstr) != source:
        return
    if not _needs_translation(entry.msgid, ctx):
        return
    yield (
        "the translation is a copy of the source text; translate it "
        "(or add '# painl10n-ignore: same-as-source' if it must stay as it is)"
    )


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


@lru_cache(maxsize=4096)  # a msgid, again in each language of its article
def _folded_source(text: str) -> str:
    return _folded(text)


def _needs_translation(msgid: str, ctx: EntryContext) -> bool:
    """Whether the source has words a translation is expected to change."""
    prose = _SYNTAX.sub(" ", _prose(msgid, " "))
    words = _words(prose)
    if len(words) == 1 and words[0][0].isupper():
        return False  # one capitalised word: a name, or shared by many languages
    for name in _names(ctx.termbase, (ctx.source_language, ctx.language)):
        prose = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", prose, flags=re.I)
    return any(not _untranslatable(w) for w in _words(prose))


def _words(text: str) -> list[str]:
    """Words of ``text``, combining marks (accents, harakat) dropped first."""
    return _WORD.findall("".join(c for c in text if unicodedata.category(c) != "Mn"))


def _untranslatable(word: str) -> bool:
    """Numbers, words with digits, acronyms (NMDA, NSAIDs, OK)."""
    if any(c.isdigit() for c in word):
        return True
    letters = word.removesuffix("s") if len(word) > 2 else word
    return len(letters) >= 2 and letters.isupper()


def _names(termbase: Termbase, languages: tuple[str, ...]) -> list[str]:
    """Do-not-translate terms and proper nouns of the termbase, longest first."""
    found = {
        term.text
        for concept in termbase.concepts
        for term in concept.terms
        if term.language in languages
        and (concept.do_not_translate or term.part_of_speech == "properNoun")
    }
    return sorted(found, key=len, reverse=True)


# --- whitespace --------------------------------------------------------------------

_DOUBLED = re.compile(rf"(?<=\S)[ {NO_BREAK_SPACES}]{{2,}}(?=\S)")


def _whitespace(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    source, target = entry.msgid, entry.msgstr
    if _leading(source) != _leading(target):
        yield (
            f"leading whitespace {_shown(_leading(target))} differs from the source's "
            f"{_shown(_leading(source))}"
        )
    if source.endswith("\n") != target.endswith("\n"):
        which = "the translation" if target.endswith("\n") else "the source"
        yield f"only {which} ends with a newline"
    elif _trailing(source) != _trailing(target):
        yield (
            f"trailing whitespace {_shown(_trailing(target))} differs from the source's "
            f"{_shown(_trailing(source))}"
        )
    yield from _doubled_spaces(source, target)


def _leading(text: str) -> str:
    return text[: len(text) - len(text.lstrip())]


def _trailing(text: str) -> str:
    return text[len(text.rstrip()) :]


def _shown(space: str) -> str:
    return f"“{repr(space)[1:-1]}”" if space else "(none)"


def _doubled_spaces(source: str, target: str) -> Iterator[str]:
    expected = len(_doubled(source))
    found = _doubled(target)
    if len(found) <= expected:
        return
    if expected:
        yield f"{len(found)} doubled spaces in the translation, {expected} in the source"
        return
    for match in found:
        yield f"doubled space in the translation: “{_around(target, match.start())}”"


def _doubled(text: str) -> list[re.Match[str]]:
    """The doubled spaces of ``text``'s prose. Masking writes no space, so a text
    without two spaces in a row and without a no-break space has none: most texts
    are answered without masking or searching them."""
    if "  " not in text and not any(space in text for space in NO_BREAK_SPACES):
        return []
    return list(_DOUBLED.finditer(_prose(text)))


def _around(text: str, index: int, width: int = 15) -> str:
    """A short excerpt of ``text`` around ``index``, for messages."""
    start, end = max(0, index - width), index + width
    head = "…" if start else ""
    tail = "…" if end < len(text) else ""
    return head + text[start:end].replace("\n", " ") + tail


# --- punctuation -------------------------------------------------------------------


def _punctuation(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    source, target = _read(entry.msgid)[0], _read(entry.msgstr)[0]
    source_end, target_end = _final_marks(source), _final_marks(target)
    if _canonical(source_end, ctx.source_language) != _canonical(target_end, ctx.language):
        yield (
            f"the translation ends with {_mark_shown(target_end)}, "
            f"the source with {_mark_shown(source_end)}"
        )
    yield from _missing_openings(entry.msgstr, ctx.language)
    yield from _french_spacing(entry.msgstr, _lookup(SPACED_MARKS, ctx.language, ""))


def _final_marks(prose: str) -> str:
    """The run of punctuation ending ``prose``, closers and spaces after it skipped."""
    end = len(prose)
    while end and (prose[end - 1].isspace() or prose[end - 1] in _CLOSERS):
        end -= 1
    start = end
    while start and not (prose[start - 1].isalnum() or prose[start - 1].isspace()):
        if prose[start - 1] == _MASK:
            break
        start -= 1
    return "".join(c for c in prose[start:end] if c not in _CLOSERS)


def _canonical(marks: str, language: str) -> str:
    """Marks mapped to their English equivalents, ``...`` read as ``…``."""
    table = _lookup(EQUIVALENTS, language, {})
    mapped = "".join(table.get(c, c) for c in marks).replace("...", "…")
    return "".join(c for c in mapped if c in _FINAL_MARKS)


def _mark_shown(marks: str) -> str:
    return f"“{marks}”" if marks else "no punctuation"


def _missing_openings(text: str, language: str) -> Iterator[str]:
    """Spanish: every sentence with ``?``/``!`` has an opening ``¿``/``¡`` before it."""
    pairs = _lookup(INVERTED, language, {})
    if not pairs:
        return
    prose, offsets = _read(text)
    marks = _any_of("".join(pairs))
    if not marks.search(prose):
        return  # no "?" nor "!": no sentence to split (most texts)
    openings = set(pairs.values())
    for start, end in _sentences(prose, language):
        for found in marks.finditer(prose, start, end):  # the sentence's first mark
            index, mark = found.start(), found[0]
            if prose.startswith("[", index + 1):  # "![": an image, not an exclamation
                continue
            if not openings.intersection(prose[start:index]):
                yield (
                    f"“{mark}” without an opening “{pairs[mark]}” earlier in the "
                    f"sentence: “{_around(text, _in_text(offsets, index))}”"
                )
            break  # one report per sentence


def _french_spacing(text: str, marks: str) -> Iterator[str]:
    """French typography: a no-break space before ; : ! ? » and after «."""
    prose, offsets = _read(text) if marks else ("", ())
    for mark in _any_of(marks).finditer(prose) if prose else ():
        index, char = mark.start(), mark[0]
        if char == "«":
            neighbour = prose[index + 1 : index + 2]
            side = "after"
        else:
            neighbour = prose[index - 1 : index] if index else ""
            side = "before"
            if _spacing_exempt(prose, index):
                continue
        if neighbour and neighbour not in NO_BREAK_SPACES:
            found = "a normal space" if neighbour.isspace() else "no space"
            yield (
                f"“{char}” needs a no-break space (U+00A0 or U+202F) {side} it, "
                f"found {found}: “{_around(text, _in_text(offsets, index))}”"
            )


@cache
def _any_of(marks: str) -> re.Pattern[str]:
    """One of ``marks``: found by the regex engine, not a loop over every character."""
    return re.compile(f"[{re.escape(marks)}]")


def _spacing_exempt(prose: str, index: int) -> bool:
    """Times and ratios (12:30), "?!" after its first mark, image marks (![...])."""
    before = prose[index - 1] if index else ""
    after = prose[index + 1 : index + 2]
    if prose[index] == ":" and before.isdigit() and after.isdigit():
        return True
    return before in ";:!?" or (prose[index] == "!" and after == "[")


# --- length ------------------------------------------------------------------------


def _length(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    source_length = _visible_length(entry.msgid)
    target_length = _visible_length(entry.msgstr)
    expected = source_length * _lookup(EXPECTED_RATIO, ctx.language, DEFAULT_RATIO)
    share = target_length / expected if expected else 1.0
    measured = source_length >= MIN_SOURCE_LENGTH
    sizes = f"{target_length} characters of text for {source_length}, about {expected:.0f} expected"
    if measured and share < SHORT_FACTOR:
        yield f"the translation is much shorter than the source ({sizes}): is a sentence missing?"
        return
    source_count = len(_sentences(_prose(entry.msgid), ctx.source_language))
    target = _prose(entry.msgstr)
    if source_count <= 1 and any(c.isalpha() for c in target):
        return  # a letter makes a sentence (below): none fewer than the source's one
    target_count = len(_sentences(target, ctx.language))
    fewer = source_count - target_count
    if fewer >= MISSING_SENTENCES or (fewer > 0 and measured and share < FEWER_SHORT_FACTOR):
        yield (
            f"the translation has fewer sentences than the source ({target_count} for "
            f"{source_count}; {sizes}): is a sentence missing?"
        )


@lru_cache(maxsize=4096)
def _sentences(prose: str, language: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences of ``prose`` that contain a letter (they cover all of
    ``prose``: one letter anywhere makes at least one)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _sentence_end(language).finditer(prose):
        if _ends_sentence(prose, match):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(prose)))
    return tuple((a, b) for a, b in spans if any(map(str.isalpha, prose[a:b])))


@cache
def _sentence_end(language: str) -> re.Pattern[str]:
    """A sentence mark (with closers) followed by a space or the end, or a wide mark."""
    table = _lookup(EQUIVALENTS, language, {})
    marks = _SENTENCE_MARKS + "".join(k for k, v in table.items() if v in ".!?")
    narrow = "".join(sorted(set(marks) - set(_WIDE_SENTENCE_MARKS)))
    closers = re.escape(_CLOSERS)
    return re.compile(
        rf"[{re.escape(narrow)}]+[{closers}]*(?=\s|$)|[{_WIDE_SENTENCE_MARKS}]+[{closers}]*"
    )


def _ends_sentence(prose: str, match: re.Match[str]) -> bool:
    """Not before a lower-case word, not after an initial or a known abbreviation.

    The words around the mark are found where they are, not in copies of the text
    before and after it (which made a long paragraph's reading quadratic)."""
    following = _NOT_SPACE.search(prose, match.end())
    if following is not None and following[0].islower():
        return False
    if not match[0].startswith("."):
        return True
    token = _last_word(prose, match.start())
    letters = "".join(filter(str.isalpha, token)).casefold()
    return len(letters) > 1 and "." not in token and letters not in _ABBREVIATIONS


_NOT_SPACE = re.compile(r"\S")  # \s is str.isspace's whitespace


def _last_word(prose: str, end: int) -> str:
    """The last whitespace-separated word of ``prose[:end]`` ("" if none)."""
    stop = end
    while stop and prose[stop - 1].isspace():
        stop -= 1
    start = stop
    while start and not prose[start - 1].isspace():
        start -= 1
    return prose[start:stop]


CHECKS: list[EntryCheck] = [
    EntryCheck(
        "same-as-source",
        "warning",
        "The translation is a copy of the source although the source has words to "
        "translate (names, acronyms, numbers and do-not-translate terms are exempt).",
        _same_as_source,
    ),
    EntryCheck(
        "whitespace",
        "warning",
        "Leading or trailing whitespace or a final newline differs from the source, or "
        "the translation has doubled spaces the source does not have.",
        _whitespace,
    ),
    EntryCheck(
        "punctuation",
        "warning",
        "The final punctuation differs from the source (allowing the language's own marks), "
        "a Spanish ¿/¡ is missing, or French lacks a no-break space before ; : ! ? or in « ».",
        _punctuation,
    ),
    EntryCheck(
        "length",
        "warning",
        "The translation is far shorter than its source, or has two or more sentences "
        "fewer: a sentence may be missing.",
        _length,
    ),
]
