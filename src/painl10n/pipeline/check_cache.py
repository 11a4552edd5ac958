"""The check cache: each catalog's examination, kept until anything that decides it changes.

``check`` examines a catalog into :class:`CatalogFacts` (its findings, its
completion and what the cross-article checks keep of it); only those checks
(consistency both ways, orphans, completion levels) need every catalog, and
they are recomputed from the facts on every run. So the facts of a catalog
are stored in the project's cache folder, ``.painl10n/cache/check/<lang>/``,
under a key made of everything they depend on:

- the run: painl10n's version and code (every file of the package), the
  installed distributions and Python, the settings, the termbase, the rules
  file and the checks chosen (``--check``, ``--skip-check``);
- the language: its word list and the spelling dictionary found for it;
- the catalog: its path as findings show it and its bytes (the examination
  reads nothing else of the article: the msgids it checks against are the
  catalog's own).

A second ``check`` after one catalog changed examines that catalog only and
reads the others' facts back, so its report is the one a full run writes.
A language none of whose catalogs changed is not even read back catalog by
catalog: its whole share of the report (findings, cross-article ones
included, and completion) is kept too, under a key made of its catalogs'
keys in the run's order (:meth:`CheckCache.language_key`), so a change in
one language re-reads the facts of that language only.
An entry is one file per catalog (and one per language's share) holding its
key, written to a temporary file and renamed into place (two runs at once
never see half an entry) and verified by a digest of its content when read: a
corrupt or foreign entry is recomputed, never trusted. The format is
:mod:`marshal`'s, as Python's own ``__pycache__``: the fastest to read back,
and bound to the Python version, which is part of the key.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._version import __version__
from ..checks.base import EntryContext, Finding
from ..checks.consistency import StringUse, TermUse
from ..checks.examine import CatalogFacts
from ..checks.model import Completion, Report
from ..checks.spelling import dictionary_tag
from ..project import Project
from ..runtime.cachedir import cache_path, digest
from ..runtime.confine import is_link_free
from ..runtime.fileio import write_if_changed

CHECK_CACHE = "check"  # the folder of the check cache, in the project's cache folder
_FORMAT = b"painl10n-check-facts 1"
_PACKAGE = Path(__file__).resolve().parent.parent
_COUNTS = tuple(item.name for item in fields(Completion))
_HEADER_SIZE = 256  # more than an entry's first line: format, key and digest
_LANGUAGE_SUFFIX = ".language"  # beside the language's folder: no catalog name can clash
# Tables of what was read of files, by their status (no language is named so).
SOURCE_SLUGS = "sources.slugs"  # :mod:`.source_slugs`
CATALOG_DIGESTS = "catalogs.digests"  # :mod:`.catalog_keys`


@dataclass(frozen=True)
class CheckCache:
    """Where a run keeps its catalogs' facts, and the keys that make them valid."""

    folder: Path  # .painl10n/cache/check
    languages: dict[str, str]  # language -> the key of everything but the catalog
    run: str = ""  # the key of the code, settings and checks of the run

    def key(self, language: str, shown: str, data: bytes) -> str:
        """The key of one catalog's facts: the language's key, its name and its bytes."""
        return self.key_of_digest(language, shown, digest(data))

    def key_of_digest(self, language: str, shown: str, data_digest: str) -> str:
        """:meth:`key` of a catalog whose bytes' digest is known (:mod:`.catalog_keys`)."""
        return digest("\0".join([self.languages[language], shown, data_digest]).encode())

    def path(self, language: str, slug: str) -> Path:
        return self.folder / language / f"{slug}.facts"

    def holds(self, language: str, slug: str, key: str) -> bool:
        """Whether the catalog's entry was stored under ``key`` (its first line only is read:
        the content is verified when loaded)."""
        try:
            with self.path(language, slug).open("rb") as stream:
                header = stream.readline(_HEADER_SIZE)
        except OSError:
            return False
        return _header(header)[:2] == (_FORMAT, key.encode())

    def load(
        self, language: str, slug: str, key: str, messages: dict[str, str] | None = None
    ) -> CatalogFacts | None:
        """The stored facts under ``key``; None when there are none or they are corrupt.
        ``messages`` shares one copy of equal finding messages."""
        try:
            stored = self.path(language, slug).read_bytes()
        except OSError:
            return None
        return _decoded(stored, key, {} if messages is None else messages)

    def store(self, language: str, slug: str, key: str, facts: CatalogFacts) -> None:
        """Keep ``facts`` under ``key`` (atomically), in place of the catalog's older entry.

        A cache that cannot be written (a read-only checkout) is no error: the
        next run examines the catalog again.
        """
        _write_entry(self.folder, self.path(language, slug), key, _encoded(facts))

    def language_key(self, language: str, keys: Sequence[str | None]) -> str | None:
        """The key of a language's share of the report: its catalogs' keys, in the
        run's order; None when a catalog is not cached (missing or unreadable)."""
        if any(key is None for key in keys):
            return None
        return digest("\0".join([self.languages[language], *map(str, keys)]).encode())

    def load_language(self, language: str, key: str) -> LanguageShare | None:
        """The language's share stored under ``key``; None when absent or corrupt."""
        try:
            stored = self._language_path(language).read_bytes()
        except OSError:
            return None
        return _decoded_share(stored, key)

    def store_language(self, language: str, key: str, share: LanguageShare) -> None:
        """Keep a language's share of the report under ``key`` (atomically)."""
        _write_entry(self.folder, self._language_path(language), key, _encoded_share(share))

    def load_table(self, table: str) -> dict[str, tuple[Any, ...]] | None:
        """What an earlier run kept of files by their status (``SOURCE_SLUGS``: a
        source's status, then its slug; ``CATALOG_DIGESTS``: a catalog's status, then
        its bytes' digest); None when there is none."""
        try:
            stored = (self.folder / table).read_bytes()
        except OSError:
            return None
        payload = _payload(stored, self.run)
        try:
            (value,) = marshal.loads(payload) if payload is not None else (None,)
        except (ValueError, EOFError, TypeError):
            return None
        return value if isinstance(value, dict) else None

    def store_table(self, table: str, rows: dict[str, tuple[Any, ...]]) -> None:
        """Keep what was read of files by their status (atomically)."""
        _write_entry(self.folder, self.folder / table, self.run, (rows,))

    def _language_path(self, language: str) -> Path:
        return self.folder / f"{language}{_LANGUAGE_SUFFIX}"


@dataclass(frozen=True)
class LanguageShare:
    """What one language adds to a report: its findings (in the order the run adds
    them, severities settled), its completion and its required percentage."""

    findings: list[Finding]
    completion: Completion
    required: float

    def add_to(self, report: Report, language: str) -> None:
        """Add the share to ``report`` as the run that made it did."""
        report.completion[language] = self.completion
        report.required[language] = self.required
        report.findings += self.findings


def open_cache(
    project: Project,
    contexts: Sequence[EntryContext],
    skipped: Iterable[str],
    check_ids: Sequence[str] | None,
) -> CheckCache | None:
    """The cache of a run over ``contexts`` (one per language), with its keys; None
    when its folder crosses a symbolic link (painl10n writes only through real
    folders: the run then examines every catalog).

    ``skipped``: the check ids not run; ``check_ids``: those chosen (None: all).
    """
    settings = project.settings
    folder = cache_path(settings.root, CHECK_CACHE)
    if not is_link_free(folder):
        return None
    run = hashlib.sha256(_FORMAT)
    for part in (
        __version__,
        _code_digest(),
        _environment(),
        repr(settings),
        _file_digest(settings.termbase),
        _file_digest(settings.rules),
        ",".join(sorted(skipped)),
        repr(check_ids),
    ):
        run.update(part.encode("utf-8", "surrogatepass") + b"\0")
    languages = {}
    for context in contexts:
        known = "\n".join(sorted(context.known_words))
        speller = _speller(context.language)
        options = _options(context)
        key = f"{run.hexdigest()}\0{context.language}\0{speller}\0{options}\0{known}"
        languages[context.language] = digest(key.encode("utf-8", "surrogatepass"))
    return CheckCache(folder, languages, run.hexdigest())


# What of an EntryContext the run's key already covers: the termbase and its matchers
# (the termbase file), the word list (hashed on its own).
_COVERED = frozenset({"termbase", "source_terms", "target_terms", "known_words"})


def _options(context: EntryContext) -> str:
    """Every other field of the language's context, as it is now (a field added later
    is part of the key without a change here): allowed URLs and numbers, microgram
    symbol, generator, whether unreviewed entries are reported …"""
    shown = []
    for item in fields(context):
        if item.name in _COVERED:
            continue
        value = getattr(context, item.name)
        if isinstance(value, frozenset | set):
            value = sorted(value)
        shown.append(f"{item.name}={value!r}")
    return "\n".join(shown)


_DICTIONARIES = ("/usr/share/hunspell", "/usr/share/myspell", "~/.config/enchant/hunspell")


def _speller(language: str) -> str:
    """The spelling dictionary found for ``language``: tag, provider, and the size and
    time of its Hunspell files (a new dictionary package knows other words)."""
    found = dictionary_tag(language)
    if found is None:
        return "none"
    tag, provider = found
    stamps = [tag, provider]
    for folder in _DICTIONARIES:
        for suffix in (".dic", ".aff"):
            try:
                stat = os.stat(os.path.join(os.path.expanduser(folder), tag + suffix))
            except OSError:
                continue
            stamps.append(f"{folder}:{suffix}:{stat.st_size}:{stat.st_mtime_ns}")
    return " ".join(stamps)


def _file_digest(path: Path) -> str:
    try:
        return digest(path.read_bytes())
    except OSError:
        return "none"


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """Every file of the package (code, lexicons, word lists), once per process."""
    code = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        code.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        code.update(path.read_bytes())
    return code.hexdigest()


@lru_cache(maxsize=1)
def _environment() -> str:
    """Python's version and every installed distribution's name and version (the
    ``*.dist-info`` folders of the import path): a new Babel, CLDR or sentence splitter
    may find otherwise."""
    names = [sys.version]
    for entry in sys.path:
        try:
            listed = os.listdir(entry or ".")
        except OSError:
            continue
        names += sorted(name for name in listed if name.endswith((".dist-info", ".egg-info")))
    return "\n".join(names)


def _write_entry(folder: Path, target: Path, key: str, value: tuple[Any, ...]) -> None:
    """Write ``value`` (marshalled) under ``key`` to ``target``, atomically, with the
    digest :func:`_payload` verifies. A cache that cannot be written (a read-only
    checkout) is no error: the next run examines the catalogs again."""
    if target.parent.exists() and not is_link_free(target.parent):
        return  # a linked language folder: painl10n writes only through real folders
    payload = marshal.dumps(value)
    content = hashlib.sha256(payload).hexdigest().encode()
    header = b"%s %s %s\n" % (_FORMAT, key.encode(), content)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        ignore = folder.parent.parent / ".gitignore"  # .painl10n/.gitignore
        if not ignore.exists():
            write_if_changed(ignore, "# painl10n's build cache: safe to delete\n*\n")
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".facts-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(header + payload)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return


# -- the stored form -----------------------------------------------------------------


def _encoded(facts: CatalogFacts) -> tuple[Any, ...]:
    return (
        None if facts.unread is None else tuple(facts.unread),
        [tuple(found) for found in facts.findings],
        list(facts.levelled),
        _counts(facts.completion),
        [tuple(use) for use in facts.strings],
        [tuple(use) for use in facts.terms],
    )


def _header(line: bytes) -> tuple[bytes, bytes, bytes]:
    """(format, key, content digest) of an entry's first line; empty parts if malformed."""
    parts = line.rstrip(b"\n").rsplit(b" ", 2)
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else (b"", b"", b"")


def _payload(stored: bytes, key: str) -> bytes | None:
    """The payload of a cache file, or None unless its header names ``key`` and its
    content matches the digest beside it."""
    first, _, payload = stored.partition(b"\n")
    form, named, content = _header(first)
    if (form, named) != (_FORMAT, key.encode()):
        return None
    if hashlib.sha256(payload).hexdigest().encode() != content:
        return None
    return payload


def _decoded(stored: bytes, key: str, messages: dict[str, str]) -> CatalogFacts | None:
    """The facts of a cache file stored under ``key``; None when it holds others or is
    corrupt."""
    payload = _payload(stored, key)
    if payload is None:
        return None
    try:
        unread, findings, levelled, counts, strings, terms = marshal.loads(payload)
        shared = messages.setdefault
        return CatalogFacts(
            unread=None if unread is None else Finding(*unread),
            findings=[
                Finding(check_id, severity, language, file, line, msgid, shared(text, text))
                for check_id, severity, language, file, line, msgid, text in findings
            ],
            levelled=levelled,
            completion=_completion(counts),
            strings=[StringUse(*use) for use in strings],
            terms=[
                TermUse(file, (key_[0], key_[1]), term, line, msgid)
                for file, key_, term, line, msgid in terms
            ],
        )
    except (ValueError, TypeError, EOFError):
        return None


def _counts(completion: Completion) -> list[int]:
    return [getattr(completion, name) for name in _COUNTS]


def _completion(counts: Sequence[int]) -> Completion:
    return Completion(**dict(zip(_COUNTS, counts, strict=True)))


def _encoded_share(share: LanguageShare) -> tuple[Any, ...]:
    return (
        [tuple(found) for found in share.findings],
        _counts(share.completion),
        share.required,
    )


def _decoded_share(stored: bytes, key: str) -> LanguageShare | None:
    """A language's share stored under ``key``; None when it holds another or is corrupt."""
    payload = _payload(stored, key)
    if payload is None:
        return None
    try:
        findings, counts, required = marshal.loads(payload)
        return LanguageShare(
            list(map(Finding._make, findings)), _completion(counts), float(required)
        )
    except (ValueError, TypeError, EOFError):
        return None
