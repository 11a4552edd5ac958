"""Find termbase terms in translatable text, tolerant of inflection.

The text is a gettext message holding inline Markdown. Markup that is not
prose is masked first, offsets kept: code spans, link and image destinations
``](...)``, reference labels ``][...]``, autolinks ``<https://...>`` and URLs
written out become NUL characters (no term may run across them); raw HTML
tags and entities become spaces (they separate words as a space does).

Words are runs of Unicode letters and digits (combining marks and the
zero-width joiners stay inside a word); hyphens and apostrophes separate
words. A term of several words matches a run of consecutive words, in the
term's order, joined only by spaces, hyphens, apostrophes or emphasis marks.

Approved terms (preferred, admitted, variants) match by lemma or by Snowball
stem, casefolded (see :meth:`_Index.same`). Lemmas come from simplemma's
dictionary for the language (:mod:`.lemmas`); when it lists both words, their
lemmas decide, so a shared stem of two words of different lemmas is not a
match. Snowball's algorithm is the language's English name from Babel, with
no stemming when Snowball has none. In German and Dutch a single-word term is
also found inside a compound, as its head or modifier (:mod:`.compounds`):
such a match covers part of a word. Acronyms and abbreviations match as
written, whole word, with an optional plural ``s`` (``NSAIDs``). Forbidden
terms match their exact form only, casefolded unless they are acronyms or
abbreviations, and only in their context if the termbase gives one
(:mod:`.context`).

Stemming over-reaches; two guards reject a text word whose stem equals the
term word's stem:

1. *Bare stem*: the text word is its own stem while the term word is longer
   than its stem. French ``dos`` (back) and ``dose`` both stem to ``dos``, but
   the dose is never written ``dos``. Terms must therefore be written in their
   citation form (singular), as termbases do.
2. *Growth*: the text word is longer than the term word by more than
   ``max(2, len(term word) // 3)`` letters, as derivations are and inflections
   are not: Spanish ``dolorosa`` (painful, stem ``dolor``), French
   ``organisme``/``organe``, English ``painful``/``pain``, ``chronically``.
   The labelled tests set the limit: 3 let ``dolorosa`` through, 1 would
   reject ``dolores``.

Arabic: Snowball strips the article and prepositions but keeps ``و``/``ف``
(and) before an alif, so ``والألم`` is stemmed again without it, and the
alif of an accusative tanween (``جانبيًا``). The guards measure Arabic words
without harakat, tatweel and leading clitics, which are not growth; a
definite word ending in ``ي`` is the nisba adjective, not the noun
(``الدماغي``). The lemmatizer is asked about the word without its proclitics
(و ف ب ك ل ال لل) and suffix pronoun when it does not list the word itself
(``أعراضها`` → ``أعراض`` → ``عرض``). A preposition written on a term's later word
(``العلاج بالكيتامين``) must be the same in the text. simplemma's Arabic
lemmas join words (broken plurals) but are not trusted to separate them.

Overlapping matches (by characters, so a compound's parts can both match):
the longest wins, then the earliest, then the term that comes first in the
termbase; results are sorted by start.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple, Protocol

import snowballstemmer

from ..languages import parse_language
from ..text.prose import (
    AUTOLINK,
    CODE_SPAN,
    DESTINATION,
    ENTITY,
    HTML,
    URL,
    blank_marked,
    characters,
    decoded,
)
from . import lemmas
from .compounds import MAX_WORD, MIN_TERM, derivational, linking_elements, parts
from .context import flagged
from .model import Concept, Term, Termbase

_HARD = "\0"  # masked text that ends any term (code, destinations, URLs)
_SOFT = " "  # masked text that only separates words (HTML tags, entities)
_FOUND_LIMIT = 20_000  # messages whose matches a matcher remembers
_CACHE_LIMIT = 200_000  # distinct words whose stems a language remembers


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...


@dataclass(frozen=True)
class TermMatch:
    """One term found in a text; offsets index the text given to the matcher."""

    concept: Concept
    term: Term
    start: int
    end: int
    text: str


# --- masking -----------------------------------------------------------------

# Code first: inside a code span, brackets and angle brackets are literal.
_MASKS = (
    (CODE_SPAN, _HARD),
    (AUTOLINK, _HARD),
    (DESTINATION, _HARD),
    (HTML, _SOFT),
    (URL, _HARD),
    (ENTITY, _SOFT),  # last: the words of a text with references are read before it
)


def _mask(text: str) -> str:
    """``text`` with non-prose markup blanked out, same length."""
    return blank_marked(text, _MASKS)


# --- words -------------------------------------------------------------------

_RUN = re.compile(r"[^\W_]+")
_JOINERS = frozenset("\u00ad\u200c\u200d")  # soft hyphen, ZWNJ, ZWJ: inside a word
_GAP = re.compile(r"[\s\-\u2010\u2011'\u2019\u02bc*_~\u200e\u200f\u061c]*")


class _Word(NamedTuple):
    start: int
    end: int
    raw: str  # NFC, as written: compared for case-sensitive terms
    key: str  # NFC, casefolded: compared or stemmed for the others


def _inside_word(gap: str) -> bool:
    """True for what \\w misses but belongs to a word: marks (harakat, accents)."""
    if gap.isascii():
        return False
    return all(c in _JOINERS or unicodedata.category(c)[0] == "M" for c in gap)


def _spans(text: str) -> Iterator[tuple[int, int]]:
    """Word offsets: runs of letters and digits, with the marks inside and after them."""
    start = end = -1
    for run in _RUN.finditer(text):
        if start >= 0 and _inside_word(text[end : run.start()]):
            end = run.end()
            continue
        if start >= 0:
            yield start, _after_marks(text, end)
        start, end = run.span()
    if start >= 0:
        yield start, _after_marks(text, end)


def _after_marks(text: str, end: int) -> int:
    while end < len(text) and _inside_word(text[end]):
        end += 1
    return end


def _word(text: str, start: int, end: int) -> _Word:
    raw = text[start:end]
    if not raw.isascii():
        raw = unicodedata.normalize("NFC", "".join(c for c in raw if c not in _JOINERS))
    key = raw.casefold()
    if not key.isascii():
        key = unicodedata.normalize("NFC", key)
    return _Word(start, end, raw, key)


def _tokenize(text: str) -> list[_Word]:
    if text.isascii():  # most messages: each run is a word, casefolding is lower()
        return [
            _make_word(_Word, (*match.span(), raw, raw.lower()))
            for match in _RUN.finditer(text)
            for raw in (match[0],)
        ]
    if not _may_join(text):  # no mark or joiner: each run is a word, as written
        return [
            _make_word(_Word, (*match.span(), raw, _nfc("NFC", raw.casefold())))
            for match in _RUN.finditer(text)
            for raw in (_nfc("NFC", match[0]),)
        ]
    return [_word(text, start, end) for start, end in _spans(text)]


def _referenced_words(unmasked: str) -> list[_Word]:
    """The words of a text with character references (``migra&ntilde;a``), each read as
    the character it stands for, at the offsets of the text ("migraña" spans the
    reference); ``unmasked``: the text masked but for its references."""
    read = list(characters(unmasked))
    words = _tokenize("".join(char for char, _, _ in read))
    return [_Word(read[w.start][1], read[w.end - 1][2], w.raw, w.key) for w in words]


_make_word = tuple.__new__  # a _Word without its Python-level __new__ (a quarter of the cost)
_nfc = unicodedata.normalize
_ODD = re.compile(r"[^\x00-\x7f\w]")  # what is neither ASCII nor a letter or digit


def _may_join(text: str) -> bool:
    """Whether ``text`` holds a character that :func:`_spans` may keep in a word."""
    return any(c in _JOINERS or unicodedata.category(c)[0] == "M" for c in set(_ODD.findall(text)))


def _joined(text: str, left: _Word, right: _Word) -> bool:
    """Whether two words are close enough to belong to one term."""
    return _GAP.fullmatch(text, left.end, right.start) is not None


# --- morphology --------------------------------------------------------------

_ARABIC_DIACRITICS = re.compile(r"[\u0640\u064b-\u065f\u0670]")  # tatweel, harakat
# و/ف (and), then ب/ك/ل (with, as, for), then ال (the); three letters must remain.
_ARABIC_CLITICS = re.compile(r"^[\u0648\u0641]?[\u0628\u0643\u0644]?(?:\u0627\u0644)?(?=\w{3})")
_ARABIC_CONJUNCTION = re.compile(r"^[\u0648\u0641](?=\u0627\w{2})")


def _arabic_bare(word: str) -> str:
    """Arabic word without harakat, clitics and a tanween's alif: what the growth
    guard measures."""
    return _ARABIC_CLITICS.sub("", _ARABIC_DIACRITICS.sub("", _ARABIC_TANWEEN_ALIF.sub("", word)))


_ARABIC_TANWEEN_ALIF = re.compile(r"(?:\u064b\u0627|\u0627\u064b)$")  # أثرًا, accusative
_ARABIC_DEFINITE_NISBA = re.compile(
    r"^[\u0648\u0641]?(?:\u0644\u0644|[\u0628\u0643\u0644]?\u0627\u0644)\w{2,}\u064a$"
)


def _arabic_alternates(word: str) -> tuple[str, ...]:
    """Snowball keeps و/ف before an alif (والألم) and the alif of an accusative's
    tanween (جانبيًا): offer the word without them."""
    found = [word[1:]] if _ARABIC_CONJUNCTION.match(word) else []
    if _ARABIC_TANWEEN_ALIF.search(word):
        found.append(_ARABIC_TANWEEN_ALIF.sub("", word))
    return tuple(found)


def _arabic_derived(word: str, term_word: str) -> bool:
    """A definite word ending in ي is a nisba adjective (الدماغي, cerebral), not the
    noun (الدماغ): with the article, ي cannot be the pronoun "my"."""
    plain, term = _ARABIC_DIACRITICS.sub("", word), _arabic_bare(term_word)
    return _ARABIC_DEFINITE_NISBA.match(plain) is not None and not term.endswith("\u064a")


def _underived(word: str, term_word: str) -> bool:
    return False


# A suffix pronoun (his, her, their, your, our, my); ت before it was ة.
_ARABIC_PRONOUN = re.compile(
    r"(?:\u0647\u0645\u0627|\u0643\u0645\u0627|\u0647\u0627|\u0647\u0645|\u0647\u0646|\u0643\u0645|\u0643\u0646|\u0646\u0627|\u0647|\u0643|\u064a)$"
)
# و/ف, then لل (ل before the article, whose alif it drops) or ب/ك/ل with or without ال.
_ARABIC_PROCLITICS = re.compile(
    r"^[\u0648\u0641]?(?:\u0644\u0644|[\u0628\u0643\u0644]?\u0627\u0644|[\u0628\u0643\u0644])?"
)


def _arabic_lemma_forms(word: str) -> tuple[str, ...]:
    """The word without proclitics (و ف ب ك ل ال) and a suffix pronoun, most
    stripped last; each is used only if the dictionary knows it."""
    plain = _ARABIC_DIACRITICS.sub("", word)
    if word.endswith(("\u064b\u0627", "\u0627\u064b")):  # tanween's alif: أثرًا
        plain = plain[:-1]
    forms = []
    for base in (plain, _ARABIC_PROCLITICS.sub("", plain)):  # ال may be the word's own
        bare = _ARABIC_PRONOUN.sub("", base)
        forms.append(base)
        if bare != base and len(bare) >= 3:
            forms.append(bare[:-1] + "\u0629" if bare.endswith("\u062a") else bare)
            forms.append(bare)
    forms = [form for form in forms if len(form) >= 3]
    return tuple(dict.fromkeys(f for f in (plain, *forms) if f != word))


_ARABIC_PREPOSITION = re.compile(r"^[\u0648\u0641]?([\u0628\u0643\u0644])(?=\w{3})")


def _arabic_clitics_agree(term_word: str, word: str) -> bool:
    """Inside a term, a preposition written on a word (بالكيتامين, للعلاج) is part
    of the term: the text must write the same one (للكيتامين is another term)."""
    wanted = _ARABIC_PREPOSITION.match(term_word)
    if wanted is None:
        return True
    found = _ARABIC_PREPOSITION.match(word)
    return found is not None and found.group(1) == wanted.group(1)


def _agree(term_word: str, word: str) -> bool:
    return True


def _arabic_lemmas_agree(word: str, term_word: str) -> bool:
    """simplemma's Arabic dictionary files some nisba adjectives under their noun
    (النصفي under نصف, النفسي under نفس) and a word with and without its article
    under different lemmas (الشقيقة, شقيقة): equal lemmas count only when both
    words end alike in ي, and different lemmas prove nothing."""
    return _arabic_bare(word).endswith("\u064a") == _arabic_bare(term_word).endswith("\u064a")


def _same(word: str) -> str:
    return word


def _none(word: str) -> tuple[str, ...]:
    return ()


_BARE: dict[str, Callable[[str], str]] = {"arabic": _arabic_bare}
_ALTERNATES: dict[str, Callable[[str], tuple[str, ...]]] = {"arabic": _arabic_alternates}
_DERIVED: dict[str, Callable[[str, str], bool]] = {"arabic": _arabic_derived}
_LEMMA_FORMS: dict[str, Callable[[str], tuple[str, ...]]] = {"ar": _arabic_lemma_forms}
_CLITICS_AGREE: dict[str, Callable[[str, str], bool]] = {"ar": _arabic_clitics_agree}
_LEMMAS_AGREE: dict[str, Callable[[str, str], bool]] = {"ar": _arabic_lemmas_agree}
_LEMMAS_PROVE_NOTHING = frozenset(("ar",))  # different lemmas, same word possible


@cache
def _algorithm(language: str) -> str | None:
    """Snowball's algorithm for a language, found by its English name in Babel."""
    locale = parse_language(language)
    base = parse_language(locale.language)
    available = set(snowballstemmer.algorithms())
    for name in (locale.get_display_name("en"), base.get_display_name("en")):
        words = (name or "").lower().split()
        for candidate in (" ".join(words), *words[:1]):
            if candidate in available:
                return candidate
    return None


@cache
def _stemmer(algorithm: str) -> _Stemmer:
    stemmer: _Stemmer = snowballstemmer.stemmer(algorithm)
    return stemmer


class _Morphology:
    """How one language's words are stemmed and guarded against over-stemming.

    One instance per Snowball algorithm, shared by every matcher: Snowball in
    pure Python costs tens of microseconds a word, so stems are remembered.
    """

    def __init__(self, algorithm: str | None, code: str | None) -> None:
        self._stemmer = _stemmer(algorithm) if algorithm else None
        self._bare = _BARE.get(algorithm or "", _same)
        self._alternates = _ALTERNATES.get(algorithm or "", _none)
        self._derived = _DERIVED.get(algorithm or "", _underived)
        self._cache: dict[str, tuple[str, ...]] = {}
        self._analyses: dict[str, tuple[str, bool]] = {}
        self._code = code  # simplemma's language, None without a dictionary
        self._lemma_forms = _LEMMA_FORMS.get(code or "", _none)
        self.clitics_agree = _CLITICS_AGREE.get(code or "", _agree)
        self.lemmas_agree = _LEMMAS_AGREE.get(code or "", _agree)
        self.lemmas_differ = code not in _LEMMAS_PROVE_NOTHING  # different lemmas: other words
        self.links = linking_elements(code)  # a compounding language's linking elements
        self.suffixes = derivational(code)

    def lemma(self, raw: str) -> str:
        """The word's lemma, casefolded (see :meth:`analysis`)."""
        return self.analysis(raw)[0]

    def analysis(self, raw: str) -> tuple[str, bool]:
        """The word's lemma, casefolded, and whether the dictionary vouches for it
        (the word is listed) rather than simplemma guessing from its ending. For
        Arabic, the word without clitics and suffix pronoun is looked up when the
        word itself is not listed."""
        found = self._analyses.get(raw)
        if found is None:
            if len(self._analyses) >= _CACHE_LIMIT:
                self._analyses.clear()
            found = self._analyses[raw] = self._analyse(raw)
        return found

    def _analyse(self, raw: str) -> tuple[str, bool]:
        code = self._code
        if code is None or len(raw) > MAX_WORD:  # no dictionary, or no word of one
            return raw.casefold(), False
        if self.known(raw):
            return lemmas.lemma(raw, code), True
        for form in self._lemma_forms(raw):
            if lemmas.known(form, code):
                return lemmas.lemma(form, code), True
        return lemmas.lemma(raw, code), False

    def known(self, raw: str) -> bool:
        """Whether the dictionary lists the word (as written, or capitalized)."""
        code = self._code
        if code is None or len(raw) > MAX_WORD:
            return False
        return lemmas.known(raw, code) or lemmas.known(raw[:1].upper() + raw[1:], code)

    def stem(self, key: str) -> str:
        """The stem of a term's word (alternates are for text words only)."""
        return self.stems(key)[0]

    def stems(self, key: str) -> tuple[str, ...]:
        """Every stem a text word may stand for, the word's own stem first."""
        if len(key) > MAX_WORD:
            return (key,)  # no term word is this long; stemming it costs seconds
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            stems = map(self._stem, (key, *self._alternates(key)))
            found = self._cache[key] = tuple(dict.fromkeys(stems))
        return found

    def _stem(self, key: str) -> str:
        return self._stemmer.stemWord(key) if self._stemmer else key

    def overstemmed(self, key: str, term_word: str, stem: str) -> bool:
        """The two guards of the module docstring; both words share ``stem``."""
        if self._derived(key, term_word):
            return True
        word, term = self._bare(key), self._bare(term_word)
        if word == stem and len(term) > len(stem):
            return True
        return len(word) - len(term) > max(2, len(term) // 3)


@cache
def _morphology(algorithm: str | None, code: str | None = None) -> _Morphology:
    return _Morphology(algorithm, code)


# --- patterns ----------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Pattern:
    """A term ready to compare: one form per word, as the index looks them up."""

    concept: Concept
    term: Term
    forms: tuple[str, ...]  # stems, casefolded words, or words as written
    words: tuple[str, ...]  # the term's words casefolded, for the guards
    raws: tuple[str, ...]  # the term's words as written, for the lemmatizer
    order: int  # position in the termbase: breaks ties between equal matches

    @property
    def cased(self) -> bool:
        return self.term.case_sensitive


class _Hit(NamedTuple):
    pattern: _Pattern
    start: int  # offsets in the text; a compound's part covers part of a word
    end: int


_PLURAL_ENDINGS = frozenset(("s", "es", "e", "en", "n", "er", "x"))


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _plural_like(word: str, term: str) -> bool:
    """``infusiones`` for ``infusión``: the term plus a plural ending, accents aside.

    Such a word keeps its stem match even when the dictionary gives it another
    lemma (simplemma reads ``infusiones`` as a form of ``infusionar``)."""
    word, term = _unaccented(word), _unaccented(term)
    return word.startswith(term) and word[len(term) :] in _PLURAL_ENDINGS


def _plural_of(raw: str, form: str) -> bool:
    """``NSAIDs`` for ``NSAID``: an acronym's plural is not stemming."""
    return form.isupper() and raw == form + "s"


class _Index:
    """Patterns by the form of their first word; stemmed or exact.

    The stemmed index also files each pattern under its first word's lemma,
    and its single words under the forms a compound's modifier takes.
    """

    def __init__(self, morphology: _Morphology, stemmed: bool) -> None:
        self._morphology = morphology
        self._stemmed = stemmed
        self._folded: dict[str, list[_Pattern]] = {}
        self._cased: dict[str, list[_Pattern]] = {}
        self._lemmas: dict[str, list[_Pattern]] = {}
        self._modifiers: dict[str, list[_Pattern]] = {}  # bare modifier forms
        self._beginnings: set[str] = set()  # first letters of single-word terms
        self._parts: dict[str, list[tuple[_Pattern, int, int]]] = {}
        # a word as written -> its candidates: words recur, their stems and lemmas
        # were looked up again at each occurrence (half of all term matching); the
        # form as written decides the casefolded one (see _word)
        self._candidates: dict[str, dict[_Pattern, None]] = {}

    def add(self, concept: Concept, term: Term, order: int) -> None:
        self._candidates.clear()
        words = _tokenize(term.text)
        if not words:
            return
        keys = tuple(word.key for word in words)
        raws = tuple(word.raw for word in words)
        if term.case_sensitive:
            forms = raws
        elif self._stemmed:
            forms = tuple(map(self._morphology.stem, keys))
        else:
            forms = keys
        pattern = _Pattern(concept, term, forms, keys, raws, order)
        table = self._cased if term.case_sensitive else self._folded
        table.setdefault(forms[0], []).append(pattern)
        if term.case_sensitive or not self._stemmed:
            return
        lemma = self._morphology.lemma(raws[0])
        for form in dict.fromkeys((lemma, keys[0])):
            self._lemmas.setdefault(form, []).append(pattern)
        if len(keys) == 1 and self._morphology.links and len(keys[0]) >= MIN_TERM:
            key = keys[0]
            bare = (key, lemma, key[:-1] if key.endswith("e") else key)
            for form in dict.fromkeys(f for f in bare if len(f) >= MIN_TERM):
                self._modifiers.setdefault(form, []).append(pattern)
                self._beginnings.add(form[:MIN_TERM])

    def candidates(self, word: _Word) -> dict[_Pattern, None]:
        """Patterns whose first word may be ``word``, without duplicates (remembered
        by the word's form: callers read the answer, never change it)."""
        key = word.raw
        found = self._candidates.get(key)
        if found is None:
            if len(self._candidates) >= _CACHE_LIMIT:
                self._candidates.clear()
            found = self._candidates[key] = self._candidates_of(word)
        return found

    def _candidates_of(self, word: _Word) -> dict[_Pattern, None]:
        folded = self._morphology.stems(word.key) if self._stemmed else (word.key,)
        cased = (word.raw, word.raw[:-1]) if word.raw.endswith("s") else (word.raw,)
        found: dict[_Pattern, None] = {}
        for table, forms in ((self._folded, folded), (self._cased, cased)):
            for form in forms:
                found.update(dict.fromkeys(table.get(form, ())))
        if self._stemmed:
            for form in dict.fromkeys((word.key, self._morphology.lemma(word.raw))):
                found.update(dict.fromkeys(self._lemmas.get(form, ())))
        return found

    def same(self, pattern: _Pattern, position: int, word: _Word) -> bool:
        """Whether ``word`` is the pattern's word at ``position``.

        When the dictionary lists both words, their lemmas decide (or a lemma
        equal to the other word): a stem shared by words of different lemmas is
        a coincidence (``médico``/``medicamento``, ``entzündet``/``Entzündung``),
        unless the word is the term plus a plural ending. Otherwise a listed
        word's lemma equal to the other word decides, and failing that the
        stems and their guards (simplemma's guesses for unlisted words are not
        trusted: it reads Arabic ``النصفي`` as ``نصف``).
        """
        form = pattern.forms[position]
        if pattern.cased:
            last = position == len(pattern.forms) - 1
            return word.raw == form or (last and _plural_of(word.raw, form))
        if not self._stemmed:
            return word.key == form
        term_key, term_raw = pattern.words[position], pattern.raws[position]
        if word.key == term_key:
            return True
        morphology = self._morphology
        ours, our_word_listed = morphology.analysis(word.raw)
        theirs, their_word_listed = morphology.analysis(term_raw)
        agree = morphology.lemmas_agree(word.key, term_key)
        if our_word_listed and their_word_listed:
            if agree and (ours in (theirs, term_key) or word.key == theirs):
                return True
            if morphology.lemmas_differ and not _plural_like(word.key, term_key):
                return False
        elif agree and (
            (our_word_listed and ours == term_key) or (their_word_listed and word.key == theirs)
        ):
            return True
        if form not in morphology.stems(word.key):
            return False
        return not morphology.overstemmed(word.key, term_key, form)

    def hits(self, words: list[_Word], text: str) -> list[_Hit]:
        """Every pattern that matches from some word on, word by word (one loop: most
        words have no candidate, and a generator per word cost more than the rest)."""
        found: list[_Hit] = []
        candidates = self.candidates
        compounds = self._stemmed and bool(self._morphology.links)
        count = len(words)
        for first, word in enumerate(words):
            for pattern in candidates(word):
                last = first + len(pattern.forms) - 1
                if last < count and self._fits(pattern, words, first, text):
                    found.append(_Hit(pattern, word.start, words[last].end))
            if compounds:
                for pattern, start, end in self._compound_parts(word):
                    found.append(_Hit(pattern, word.start + start, word.start + end))
        return found

    def _fits(self, pattern: _Pattern, words: list[_Word], first: int, text: str) -> bool:
        for position in range(len(pattern.forms)):
            word = words[first + position]
            if position and not _joined(text, words[first + position - 1], word):
                return False
            if position and not self._morphology.clitics_agree(pattern.words[position], word.key):
                return False
            if not self.same(pattern, position, word):
                return False
        return True

    def _compound_parts(self, word: _Word) -> list[tuple[_Pattern, int, int]]:
        """Single-word terms inside a compound (see :mod:`.compounds`), by word."""
        if len(word.key) != word.end - word.start:
            return []  # casefolding (ß) or NFC changed the length: no offsets to give
        found = self._parts.get(word.key)
        if found is None:
            if len(self._parts) >= _CACHE_LIMIT:
                self._parts.clear()
            links = self._morphology.links or ("",)
            morphology = self._morphology
            found = parts(
                word.key, links, self._modifier, self._head, morphology.known, morphology.suffixes
            )
            self._parts[word.key] = found
        return found

    def _modifier(self, base: str) -> list[_Pattern]:
        return self._modifiers.get(base, [])

    def _head(self, part: str) -> list[_Pattern]:
        if part[:MIN_TERM] not in self._beginnings:
            return []
        head = _Word(0, len(part), part[:1].upper() + part[1:], part)
        return [
            p
            for p in self._candidates_of(head)  # not remembered: its key is not its raw's
            if len(p.forms) == 1 and not p.cased and self.same(p, 0, head)
        ]


# --- matching ----------------------------------------------------------------


def _longest_first(hits: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits: longest, then earliest, then first in the termbase."""
    if len(hits) < 2:
        return hits  # most messages: nothing to choose between
    taken: list[tuple[int, int]] = []
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start, h.pattern.order)):
        if all(hit.end <= start or end <= hit.start for start, end in taken):
            taken.append((hit.start, hit.end))
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


class TermMatcher:
    """Finds one language's terms of a termbase in Markdown-bearing messages."""

    def __init__(self, termbase: Termbase, language: str) -> None:
        self.language = language
        morphology = _morphology(_algorithm(language), lemmas.lemma_language(language))
        self._approved = _Index(morphology, stemmed=True)
        self._forbidden = _Index(morphology, stemmed=False)
        for order, (concept, term) in enumerate(_terms(termbase, language)):
            index = self._approved if term.approved else self._forbidden
            index.add(concept, term, order)
        # Several checks (and update's glossary comment) ask about the same message;
        # scanning it once is enough.
        self._found: dict[str, list[TermMatch]] = {}
        # The approved and the forbidden terms are looked for in the same words.
        self._read: dict[str, tuple[str, list[_Word]]] = {}

    def _words(self, text: str) -> tuple[str, list[_Word]]:
        """``text`` masked and its words, remembered for the next scan of it."""
        read = self._read.get(text)
        if read is None:
            if len(self._read) >= _FOUND_LIMIT:
                self._read.clear()
            if "&" in text:  # the words of the references, the gaps of the masked text
                unmasked = blank_marked(text, _MASKS[:-1])
                masked = blank_marked(unmasked, _MASKS[-1:])
                read = (masked, _referenced_words(unmasked))
            else:
                masked = _mask(text)
                read = (masked, _tokenize(masked))
            self._read[text] = read
        return read

    def find(self, text: str) -> list[TermMatch]:
        """Approved terms (preferred/admitted) of the language, inflection-aware."""
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= _FOUND_LIMIT:
                self._found.clear()
            found = self._found[text] = self._scan(self._approved, text)
        return list(found)

    def find_forbidden(self, text: str) -> list[TermMatch]:
        """Deprecated/superseded terms: exact form only (case-insensitive unless the
        term is case-sensitive), separators included: "NMDA Rezeptoren" is not
        "NMDA-Rezeptoren"; and only in the context the termbase gives the term, if
        any (:mod:`painl10n.terms.context`)."""
        return [
            m
            for m in self._scan(self._forbidden, text)
            if _same_form(m.text, m.term)
            and flagged(m.term.context, m.term.except_context, text, m.start, m.end)
        ]

    def find_concepts(self, text: str) -> set[str]:
        """Ids of the concepts :meth:`find` finds."""
        return {match.concept.id for match in self.find(text)}

    def _scan(self, index: _Index, text: str) -> list[TermMatch]:
        masked, words = self._words(text)
        hits = index.hits(words, masked)
        return [
            TermMatch(h.pattern.concept, h.pattern.term, h.start, h.end, text[h.start : h.end])
            for h in _longest_first(hits)
        ]


_EMPHASIS = re.compile(r"[*_~]")


def _same_form(surface: str, term: Term) -> bool:
    """The text as written equals the term as written (spacing and emphasis aside)."""
    found = " ".join(_EMPHASIS.sub("", decoded(surface)).split())
    wanted = " ".join(term.text.split())
    if not term.case_sensitive:
        found, wanted = found.casefold(), wanted.casefold()
    return found == wanted or (term.case_sensitive and found == wanted + "s")


def _terms(termbase: Termbase, language: str) -> Iterator[tuple[Concept, Term]]:
    """The language's approved and forbidden terms, in termbase order."""
    for concept in termbase.concepts:
        for term in concept.terms_in(language):
            if term.approved or term.forbidden:
                yield concept, term
