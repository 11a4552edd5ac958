"""The ``spelling`` check: words of a translation its language's dictionary does not know.

A typo in a patient leaflet ("medicamneto", "Schmerzmitel") costs trust, and a
misspelt drug name can cost more. The dictionaries are Hunspell's (Debian's
``hunspell-es``, ``hunspell-fr``, ``hunspell-de-de``, ``hunspell-ar`` …), read
through Enchant (pyenchant): Hunspell knows each language's inflections,
French elisions, German compounding and Arabic clitics, which no word list of
ours could.

Known besides the dictionary (letter case aside): every term of the termbase
in any language but forbidden ones (approved, admitted, do-not-translate names), the
project's word list ``<locales>/words/<lang>.words`` (see
:data:`painl10n.checks.base.EntryContext.known_words`), and any word the
source itself has (names, acronyms, units), also as a part of a hyphenated
word ("Open-Source-Projekt" for "open source project"). Words written in capitals
(acronyms) and single letters are left alone. A termbase or word-list word is
known inflected too (one of :data:`ENDINGS`: "Opioiden"), and in Arabic after
its proclitics (:data:`PROCLITICS`: "والكيتامين"). In German and Dutch, a
compound of two known words ("Ketamin" + "Therapie", with or without a linking
*s*) is known too. A word followed by a dot is also looked up with it
("engl.", "z.").

Each unknown word is reported once per entry, with up to
:data:`SUGGESTIONS` of the dictionary's suggestions for a word of at most
:data:`SUGGESTED_LENGTH` characters without a hyphen. Hunspell cuts its
suggestion search at a CPU-time limit, which longer words (0.1-0.2 s for
"N-Methyl-D-Aspartat-Rezeptoren") come near: their suggestions changed from
run to run, and with them the report. Its last stage, n-gram suggestions of
distant words, runs only when the budget is left ("Cookiecutter" got
"Coquetterie" in one run of two): a suggestion is kept only within
:data:`SUGGESTED_EDITS` edits of the word, where the earlier, exhaustive stages
(a letter added, dropped, changed or swapped) find it. A language with no
installed dictionary is not checked; ``check`` says so once for it
(:func:`missing_dictionary`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Protocol

import polib

from ..languages import is_pseudo, parse_language
from ..terms.model import Termbase
from ..text.dialect_syntax import Delimiters
from ..text.spelled_words import spelled_words
from .base import EntryCheck, EntryContext

SUGGESTIONS = 3
SUGGESTED_LENGTH = 18  # longer words, or hyphenated ones, get no suggestion (see above)
SUGGESTED_EDITS = 2  # letters added, dropped, changed or swapped between a word and a suggestion
# Languages whose compounds are written as one word, beyond what Hunspell joins itself.
COMPOUNDING = frozenset({"de", "nl"})
_CURLY = "\u2019"  # the typographic apostrophe; dictionaries may list the straight one
_MIN_PART = 3  # letters of each half of a compound
_LINKS = ("s", "es", "n", "en", "")  # German/Dutch linking elements (Fugenelemente)
# Endings an inflected termbase or word-list word may take (Opioid → Opioiden,
# opioide → opioides): the dictionary inflects its own words, not ours.
ENDINGS = frozenset({"s", "es", "e", "en", "n", "er", "ern", "em", "a", "as", "os", "x"})
_MIN_STEM = 4  # letters of a known word before an ending is allowed
# Arabic proclitics before a known word: a conjunction (and, so), a preposition
# (with, like, for), the article; "لل" is for + the article.
PROCLITICS = re.compile(
    "[\u0648\u0641]?(?:[\u0628\u0643\u0644]?\u0627\u0644|\u0644\u0644|[\u0628\u0643\u0644])?"
)
_ARTICLE = "\u0627\u0644"


class _Speller(Protocol):
    """What the check uses of an ``enchant.Dict``."""

    def check(self, word: str) -> bool: ...
    def suggest(self, word: str) -> list[str]: ...


class _Dictionary:
    """One language's Enchant dictionary, with its answers remembered."""

    def __init__(self, handle: _Speller) -> None:
        self._handle = handle
        self._known: dict[str, bool] = {}

    def check(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = bool(self._handle.check(word))
        return known

    def suggest(self, word: str) -> list[str]:
        return list(self._handle.suggest(word))


@cache
def dictionary(language: str) -> _Dictionary | None:
    """The dictionary for a gettext language code ("es", "pt_BR"), None when none is installed
    (which one: :func:`dictionary_tag`)."""
    found = dictionary_tag(language)
    if found is None:
        return None
    import enchant

    return _Dictionary(enchant.Dict(found[0]))


@cache
def dictionary_tag(language: str) -> tuple[str, str] | None:
    """The tag and Enchant provider of the dictionary for ``language``, without loading
    it (the check cache's key names it); None when none is installed.

    Tried in order: the code as given, the language alone, the language in its
    own country ("es_ES", "de_DE", "fr_FR"), then any of its regions.
    """
    installed = _installed()
    if installed is None:
        return None
    import enchant

    base = parse_language(language).language
    wanted = [language.replace("-", "_"), base, f"{base}_{base.upper()}"]
    regional = sorted(tag for tag in installed if tag.startswith(f"{base}_"))
    for tag in [*wanted, *regional]:
        if enchant.dict_exists(tag):
            return tag, installed.get(tag, "")
    return None


@cache
def _installed() -> dict[str, str] | None:
    """Every dictionary tag Enchant lists, with its provider's name; None without Enchant."""
    try:
        import enchant  # the C library is needed only when spelling runs
    except ImportError:  # pyenchant or the Enchant C library missing
        return None
    return {tag: provider.name for tag, provider in enchant.list_dicts()}


def missing_dictionary(language: str) -> str | None:
    """Why ``language`` cannot be spell-checked here (one line), or None when it can."""
    if is_pseudo(language) or dictionary_tag(language) is not None:
        return None
    base = parse_language(language).language
    return (
        f"no spelling dictionary for {language!r} is installed, so its spelling is not "
        f"checked; install one (Debian: apt-get install hunspell-{base}, or "
        "hunspell-de-de for German) and pyenchant's Enchant library (libenchant-2-2)"
    )


# The termbase being checked and its words, then its words with each word list;
# forgotten when another termbase comes (a worker receives a copy with every chunk).
_TERMBASE: list[tuple[Termbase, frozenset[str]]] = []
_KNOWN: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def known_words(termbase: Termbase, listed: frozenset[str]) -> frozenset[str]:
    """The termbase's words and the project's, made once per run (not per entry)."""
    if not _TERMBASE or _TERMBASE[0][0] is not termbase:
        _TERMBASE[:] = [(termbase, termbase_words(termbase))]
        _KNOWN.clear()
    cached = _KNOWN.get(id(listed))
    if cached is None or cached[0] is not listed:
        cached = _KNOWN[id(listed)] = (listed, _TERMBASE[0][1] | listed)
    return cached[1]


def termbase_words(termbase: Termbase) -> frozenset[str]:
    """Every word of the termbase's terms, in any language, case-folded; forbidden terms
    are not words to write, whatever their spelling."""
    return frozenset(
        word.casefold()
        for concept in termbase.concepts
        for term in concept.terms
        if not term.forbidden
        for word in spelled_words(term.text)
    )


def run(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    """One message per word of the translation the dictionary does not know."""
    if is_pseudo(ctx.language):
        return
    found = dictionary(ctx.language)
    if found is None:
        return
    if entry.msgid_plural:
        sources = [entry.msgid, entry.msgid_plural]
        translations = [text for _, text in sorted(entry.msgstr_plural.items())]
    else:
        sources, translations = [entry.msgid], [entry.msgstr]
    words = _known_of(found, known_words(ctx.termbase, ctx.known_words), ctx.language)
    in_source: frozenset[str] | None = None  # read only when a word is not known otherwise
    reported: set[str] = set()
    passed, good = words.passed, words.good
    for text in translations:
        tokens = spelled_words(text, ctx.generator, ctx.extensions, ctx.math, ctx.code_shortcodes)
        if good.issuperset(tokens):
            continue  # the usual case: every word passed before, in this entry or another
        # each word once (a repeat has the first one's answer), in order
        for token in [token for token in dict.fromkeys(tokens) if token not in good]:
            known = passed.get(token)
            if known is None:
                known = words.passes(token)
            if known:
                continue
            word = token.removesuffix(".")
            if word in reported:
                continue
            if in_source is None:
                in_source = _source_words(
                    tuple(sources), ctx.generator, ctx.extensions, ctx.math, ctx.code_shortcodes
                )
            if word.casefold() in in_source or words.known(word, in_source):
                continue
            reported.add(word)
            yield _message(word, _suggestions(found, word), ctx.language)


@lru_cache(maxsize=4096)  # a catalog's msgids, asked again in its next language
def _source_words(
    sources: tuple[str, ...],
    generator: str,
    extensions: frozenset[str],
    math: Delimiters,
    code: frozenset[str],
) -> frozenset[str]:
    return frozenset(
        token.removesuffix(".").casefold()
        for text in sources
        for token in spelled_words(text, generator, extensions, math, code)
    )


def _acronym(word: str) -> bool:
    """NMDA, NSAIDs, OMS: capitals (an optional plural s) are abbreviations, not words."""
    letters = word.removesuffix("s") if len(word) > 2 else word
    return len(letters) >= 2 and letters.isupper()


@lru_cache(maxsize=16)
def _known_of(found: _Dictionary, words: frozenset[str], language: str) -> _Known:
    """One :class:`_Known` per language and word list in a run, so its answers are
    remembered from entry to entry."""
    return _Known(found, words, parse_language(language).language)


class _Known:
    """Whether a word is known: the dictionary, the project's words, and their forms."""

    def __init__(self, found: _Dictionary, words: frozenset[str], language: str) -> None:
        self.found, self.words = found, words
        self.compounding = language in COMPOUNDING
        self.arabic = language == "ar"
        self.passed: dict[str, bool] = {}  # token -> passes, whatever the entry
        self.good: set[str] = set()  # the tokens that pass (one set lookup for a text)

    def passes(self, token: str) -> bool:
        """Whether a token needs no more look-up in any entry: too short, an acronym,
        or known as a single word (or with its dot); remembered."""
        word = token.removesuffix(".")
        known = (
            len(word) < 2
            or _acronym(word)
            or self.single(word)
            or (token != word and self.found.check(token))
        )
        self.passed[token] = known
        if known:
            self.good.add(token)
        return known

    def known(self, word: str, source: frozenset[str] = frozenset()) -> bool:
        """Whether ``word`` is known; a part of a hyphenated word may also be one of the
        ``source``'s words (case-folded) or an acronym: "Open-Source-Projekt",
        "README-Datei" keep the English words of "open source project", "README file"."""
        straight = word.replace(_CURLY, "'")
        if self.single(word) or (straight != word and self.found.check(straight)):
            return True
        parts = [p for p in straight.replace("'", "-").split("-") if len(p) > 1]
        if len(parts) > 1 or (parts and parts[0] != word):  # anti-inflammatoire, qu'il, N-Methyl
            return all(
                part.casefold() in source or _acronym(part) or self.known(part, source)
                for part in parts
            )
        return self.compounding and self.compound(word)

    def single(self, word: str) -> bool:
        """One word, in the dictionary or the project's words (inflected, with clitics)."""
        return self.found.check(word) or self.ours(word)

    def ours(self, word: str) -> bool:
        folded = word.casefold()
        if folded in self.words:
            return True
        for ending in range(1, 4):
            stem = folded[:-ending]
            if len(stem) >= _MIN_STEM and folded[-ending:] in ENDINGS and stem in self.words:
                return True
        if not self.arabic:
            return False
        return any(
            PROCLITICS.fullmatch(folded[:cut])
            and (rest := folded[cut:])
            and (rest in self.words or _ARTICLE + rest in self.words)
            for cut in range(1, min(5, len(folded) - 1))
        )

    def known_stem(self, stem: str) -> bool:
        return self.single(stem) or self.single(stem.capitalize())

    def compound(self, word: str) -> bool:
        """Two known words joined, the second capitalised as a noun: Ketamin|therapie."""
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            head, tail = word[:cut], word[cut:]
            if not (self.single(tail.capitalize()) or self.single(tail)):
                continue
            for link in _LINKS:
                stem = head.removesuffix(link) if link else head
                joined = link == "" or head.endswith(link)
                if joined and len(stem) >= _MIN_PART and self.known_stem(stem):
                    return True
        return False


def _suggestions(found: _Dictionary, word: str) -> list[str]:
    """The dictionary's first suggestions, without splits of the word ("in fundiert")."""
    if len(word) > SUGGESTED_LENGTH or "-" in word:
        return []
    split = {word.casefold()}
    kept = [
        s
        for s in found.suggest(word)
        if " " not in s
        and s.replace("-", "").casefold() not in split
        and _edits(word.casefold(), s.casefold()) <= SUGGESTED_EDITS
    ]
    return kept[:SUGGESTIONS]


def _edits(a: str, b: str) -> int:
    """Letters added, dropped, changed or swapped with the next between ``a`` and ``b``
    (optimal string alignment distance; stdlib difflib has no edit count)."""
    if abs(len(a) - len(b)) > SUGGESTED_EDITS:
        return abs(len(a) - len(b))
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, y in enumerate(b, start=1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[-1]


def _message(word: str, suggestions: list[str], language: str) -> str:
    hint = f" (did you mean {', '.join(repr(s) for s in suggestions)}?)" if suggestions else ""
    return (
        f"{word!r} is not in the {language} dictionary{hint}; if it is right, add it to "
        f"the project's word list words/{language}.words"
    )


CHECKS: list[EntryCheck] = [
    EntryCheck(
        id="spelling",
        severity="warning",
        description="Words the language's Hunspell dictionary does not know, with up to "
        "3 suggestions (within 2 edits, for words of up to 18 letters without a hyphen); "
        "termbase terms, "
        "the project's word list (locales/words/<lang>.words) "
        "and words the source has are known; code, URLs, HTML and the generator's syntax "
        "are skipped.",
        run=run,
    )
]
