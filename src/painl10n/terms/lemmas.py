"""Lemmas from simplemma's dictionaries, beside Snowball's stems.

A stem is a guess from suffixes alone: Spanish ``médico`` and ``medicamento``
share one, German ``Dosen`` and ``Dosis`` do not. A lemma looked up in a
dictionary is what a reviewer means by "the same word": it finds the broken
plurals of Arabic (``أعراض`` → ``عرض``) and the irregular forms stemming misses,
and it tells a derivation from an inflection (``inflamada`` → ``inflamar``, not
``inflamación``). simplemma is pure Python; its shipped dictionaries are
compressed streams that take 0.1 to 0.9 s a language to decode, in every
process that checks (each ``--jobs`` worker, and a cached run re-checking one
catalog). So they are read through simplemma's own MARISA-trie factory, which
builds each language's trie once per machine and simplemma version (1 to 2 s)
in the user's cache folder and then opens it in a millisecond; the answers are
the dictionary's (tests). Every answer is remembered.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries import (
    DefaultDictionaryFactory,
    DictionaryFactory,
    TrieDictionaryFactory,
)
from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES
from simplemma.utils import normalize_token

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


class _TrieFactory(TrieDictionaryFactory):
    """simplemma's trie factory, writing its cache file whole: ``--jobs`` workers
    may build the same language at once, and one must never open another's half
    written file (simplemma writes in place)."""

    def _write_trie_to_disk(self, lang: str, trie: Any) -> None:  # a marisa_trie.BytesTrie
        folder: Path = self._cache_dir
        folder.mkdir(parents=True, exist_ok=True)
        handle, part = tempfile.mkstemp(dir=folder, prefix=f"{lang}.", suffix=".part")
        os.close(handle)
        try:
            trie.save(part)
            os.replace(part, folder / f"{lang}.dic")
        finally:
            Path(part).unlink(missing_ok=True)

    def usable(self) -> bool:
        """Whether its tries can be kept (or were kept: a read-only cache built before).
        Without one, each process would build them in memory, slower than decoding."""
        folder: Path = self._cache_dir
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        return os.access(folder, os.W_OK | os.X_OK) or any(folder.glob("*.dic"))


def _factory(folder: str | None = None) -> DictionaryFactory:
    """The trie factory (``folder``: its cache, simplemma's by default), or simplemma's
    default factory where no trie can be kept."""
    tries = _TrieFactory(disk_cache_dir=folder)
    return tries if tries.usable() else DefaultDictionaryFactory()


@cache
def _readers() -> tuple[Lemmatizer, DictionaryLookupStrategy]:
    """simplemma's default lemmatizer and dictionary lookup, on the trie factory."""
    factory = _factory()
    lemmatizer = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))
    return lemmatizer, DictionaryLookupStrategy(factory)


@lru_cache(maxsize=_CACHE)
def lemma(word: str, code: str) -> str:
    """The word's lemma, casefolded (the word itself when nothing better is known)."""
    found = _readers()[0].lemmatize(_plain(word), code)
    return unicodedata.normalize("NFC", found.casefold())


@lru_cache(maxsize=_CACHE)
def known(word: str, code: str) -> bool:
    """Whether the dictionary lists the word (its lemma is then no guess)."""
    return _readers()[1].get_lemma(normalize_token(_plain(word)), code) is not None
