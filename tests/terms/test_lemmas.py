"""Lemmas read from simplemma's trie dictionaries: the same answers as its default
dictionaries, and a cache file that is written whole or not at all."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import polib
import pytest
import simplemma
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from painl10n.terms import lemmas

ROOT = Path(__file__).resolve().parents[2]
_WORD = re.compile(r"[^\W\d_]+")


def _words(language: str) -> list[str]:
    """Every word of the shipped catalogs of ``language`` (msgids for English)."""
    found: set[str] = set()
    for path in sorted(
        ROOT.glob(f"locales/{'*' if language == 'en' else language}/LC_MESSAGES/*.po")
    ):
        for entry in polib.pofile(str(path)):
            found.update(_WORD.findall(entry.msgid if language == "en" else entry.msgstr))
    return sorted(found)


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "ar"])
def test_trie_answers_are_the_default_dictionarys(language: str) -> None:
    words = _words(language)
    assert len(words) > 300  # real text: the shipped articles
    for word in words:
        plain = lemmas._plain(word)
        expected = unicodedata.normalize(
            "NFC", simplemma.lemmatize(plain, lang=language).casefold()
        )
        assert lemmas.lemma(word, language) == expected, word
        assert lemmas.known(word, language) == simplemma.is_known(plain, lang=language), word


def test_a_built_trie_is_kept_and_opened_without_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = lemmas._TrieFactory(disk_cache_dir=str(tmp_path))
    built = first.get_dictionary("fr")
    assert [p.name for p in tmp_path.iterdir()] == ["fr.dic"]  # no part file left
    second = lemmas._TrieFactory(disk_cache_dir=str(tmp_path))

    def no_build(lang: str) -> object:
        raise AssertionError(f"{lang} built again")

    monkeypatch.setattr(second, "_build_trie", no_build)
    opened = second.get_dictionary("fr")
    assert len(opened) == len(built) > 100_000
    assert opened.get("douleurs") == built.get("douleurs") == "douleur"


def test_the_cache_file_appears_only_whole(tmp_path: Path) -> None:
    """Another worker may open ``fr.dic`` at any moment: never a half-written one."""
    seen: list[bool] = []

    class Trie:
        def save(self, path: str) -> None:
            Path(path).write_bytes(b"half")
            seen.append((tmp_path / "fr.dic").exists())
            Path(path).write_bytes(b"whole")

    lemmas._TrieFactory(disk_cache_dir=str(tmp_path))._write_trie_to_disk("fr", Trie())
    assert seen == [False]
    assert [p.name for p in tmp_path.iterdir()] == ["fr.dic"]
    assert (tmp_path / "fr.dic").read_bytes() == b"whole"


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    class Broken:
        def save(self, path: str) -> None:
            Path(path).write_bytes(b"half a trie")
            raise OSError("disk full")

    factory = lemmas._TrieFactory(disk_cache_dir=str(tmp_path))
    with pytest.raises(OSError, match="disk full"):
        factory._write_trie_to_disk("fr", Broken())
    assert list(tmp_path.iterdir()) == []


def test_where_no_trie_can_be_kept_the_dictionaries_are_decoded(tmp_path: Path) -> None:
    """A cache folder that cannot be made (here: below a file) would have every
    process build its tries in memory, slower than simplemma's default decoding."""
    (tmp_path / "file").write_text("not a folder")
    assert isinstance(lemmas._factory(str(tmp_path / "file" / "tries")), DefaultDictionaryFactory)
    kept = lemmas._factory(str(tmp_path / "tries"))
    assert isinstance(kept, lemmas._TrieFactory)
    assert (tmp_path / "tries").is_dir()
