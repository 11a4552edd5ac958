"""Lemmas from simplemma's dictionaries, beside Snowball's stems.

A stem is a guess from suffixes alone: Spanish ``médico`` and ``medicamento``
share one, German ``Dosen`` and ``Dosis`` do not. A lemma looked up in a
dictionary is what a reviewer means by "the same word": it finds the broken
plurals of Arabic (``أعراض`` → ``عرض``) and the irregular forms stemming misses,
and it tells a derivation from an inflection (``inflamada`` → ``inflamar``, not
``inflamación``). simplemma is pure Python with no dependency; its dictionary
for a language is loaded on the first word (0.1 to 0.8 s), so every answer is
remembered.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

from ..languages import parse_language

_CACHE = 1 << 17  # distinct words a process remembers, all languages together
_ARABIC_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")  # tatweel, harakat


@cache
def lemma_language(language: str) -> str | None:
    """simplemma's code for a language (its ISO 639-1 code), or None without a dictionary."""
    code = parse_language(language).language
    return code if code in SUPPORTED_LANGUAGES else None


def _plain(word: str) -> str:
    """What simplemma's Arabic dictionary is keyed on: no harakat, no tatweel."""
    return _ARABIC_MARKS.sub("", word) if not word.isascii() else word


@lru_cache(maxsize=_CACHE)
def lemma(word: str, code: str) -> str:
    """The word's lemma, casefolded (the word itself when nothing better is known)."""
    plain = _plain(word)
    return unicodedata.normalize("NFC", simplemma.lemmatize(plain, lang=code).casefold())


@lru_cache(maxsize=_CACHE)
def known(word: str, code: str) -> bool:
    """Whether the dictionary lists the word (its lemma is then no guess)."""
    return simplemma.is_known(_plain(word), lang=code)
