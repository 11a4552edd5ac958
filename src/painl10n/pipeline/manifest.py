"""The build manifest: what each article's outputs were built from, and when to trust it.

Incremental builds: skip every article whose inputs and outputs are as last built.

The manifest ``.painl10n/cache/build.json`` (inside the project, git-ignored)
records, per source article, the SHA-256 of the files that decide its
outputs as they were after the last build (the source, its template, its
catalog in each language) and the size and mtime of each page it wrote.
An article is rebuilt when any of them differs (a translator edited a
catalog, someone deleted a page ...); the others are not even parsed.

The whole manifest is thrown away when its key changes: the painl10n
version and code, the page templates, the settings (languages included),
the termbase, the custom rules and the spelling word lists (the publishing
gate runs the checks: a new forbidden term may hold a published translation
back). A missing or unreadable manifest simply means a full
build; the manifest is written last, after every output is in place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from .._version import __version__
from ..errors import Painl10nError
from ..localize.translations import ArticleOutcome, Withheld
from ..memory.engine import Unit
from ..project import Project
from ..runtime.cachedir import cache_path, digest, write_cache
from ..runtime.fileio import read_bounded
from ..site.pages import PageMeta

MANIFEST_NAME = "build.json"
_FORMAT = 4
_PACKAGE = Path(__file__).resolve().parent.parent  # the whole package: its code and templates


def file_digest(path: Path) -> str | None:
    try:
        return digest(read_bounded(path, str(path)))
    except FileNotFoundError:
        return None


def shown_path(project: Project, path: Path) -> str:
    """``project.shown`` without resolving symlinks: our paths are already resolved.

    (Resolving costs a system call per path component, tens of thousands per build;
    where paths are POSIX, a prefix test on the text does what ``relative_to`` does.)
    """
    if os.sep == "/":
        root, text = str(project.settings.root), str(path)
        if text.startswith(root) and text[len(root) : len(root) + 1] == "/" and root != "/":
            return text[len(root) + 1 :]
    try:
        return path.relative_to(project.settings.root).as_posix()
    except ValueError:
        return project.shown(path)


def manifest_path(project: Project) -> Path:
    return cache_path(project.settings.root, MANIFEST_NAME)


def cache_key(project: Project) -> str:
    """What invalidates every record: code, page templates (ours and the project's),
    assets, settings, termbase, custom rules, word lists (the publishing gate's inputs)
    and (when the translation memory is on) the imported memories."""
    code = hashlib.sha256(__version__.encode())
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in (".py", ".html", ".css", ".svg") and path.is_file():
            code.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            code.update(path.read_bytes())
    templates = project.settings.templates_dir  # the project's own page templates
    if templates.is_dir():
        for path in sorted(templates.rglob("*")):
            if path.is_file():
                code.update(b"templates/" + path.relative_to(templates).as_posix().encode() + b"\0")
                code.update(read_bounded(path, project.shown(path)))
    settings = repr(project.settings).encode()
    termbase = file_digest(project.settings.termbase) or "none"
    termbase += ",rules:" + (file_digest(project.settings.rules) or "none")
    words = project.settings.locales_dir / "words"
    if words.is_dir():
        termbase += "".join(f",{p.name}:{file_digest(p)}" for p in sorted(words.glob("*.words")))
    memories = ""
    folder = project.memory_dir
    if project.settings.tm and folder.is_dir():
        memories = ",".join(f"{p.name}:{file_digest(p)}" for p in sorted(folder.glob("*.tmx")))
    return digest(code.digest() + settings + termbase.encode() + memories.encode())


# -- the manifest ------------------------------------------------------------


@dataclasses.dataclass
class ArticleRecord:
    """What one article's outputs were built from, and what they were."""

    slug: str
    source: str
    template: str
    catalogs: dict[str, str]  # language -> digest
    outputs: dict[str, list[int]]  # shown path -> [size, mtime_ns]
    pages: dict[str, dict[str, str | None]]  # language -> PageMeta fields
    outcomes: dict[str, list[int]]  # language -> [total, translated, untranslated, fuzzy]
    context: str = ""  # digest of what other articles decide: the link map, present languages
    units: dict[str, str] = dataclasses.field(default_factory=dict)  # language -> reviewed units
    # language -> the entries the publishing gate held back (Withheld.as_list)
    held: dict[str, list[list[object]]] = dataclasses.field(default_factory=dict)
    withheld: list[str] = dataclasses.field(default_factory=list)  # languages: page withheld

    def page(self, language: str) -> PageMeta:
        data = self.pages[language]
        date = data.get("date")
        return PageMeta(
            slug=self.slug,
            language=language,
            title=str(data["title"]),
            description=str(data["description"]),
            date=dt.date.fromisoformat(date) if date else None,
            title_lang=str(data.get("title_lang") or ""),
        )

    def outcome(self, language: str) -> ArticleOutcome:
        total, translated, untranslated, fuzzy, held = self.outcomes[language]
        return ArticleOutcome(
            language,
            self.slug,
            total,
            translated,
            untranslated,
            fuzzy,
            held,
            tuple(Withheld.from_list(item) for item in self.held.get(language, [])),
            language not in self.withheld,
        )


Memories = dict[str, str]  # language -> digest of its translation memory


class IndexRecord(NamedTuple):
    """The index pages' inputs (a digest) and the digest of each page written from them."""

    inputs: str
    files: dict[str, str]  # shown path -> digest


@dataclasses.dataclass
class Manifest:
    """What the last build recorded: per article, per memory, and the index pages."""

    records: dict[str, ArticleRecord] = dataclasses.field(default_factory=dict)
    memory: Memories = dataclasses.field(default_factory=dict)
    indexes: IndexRecord = dataclasses.field(default_factory=lambda: IndexRecord("", {}))
    # Files other than articles (images …) copied where a generator's layout needs
    # them: shown path -> digest of what was copied.
    copies: dict[str, str] = dataclasses.field(default_factory=dict)


def _read_manifest(project: Project) -> str:
    """The manifest's text; a missing, unreadable or oversized one reads as none."""
    path = manifest_path(project)
    try:
        return read_bounded(path, project.shown(path)).decode("utf-8")
    except Painl10nError:
        return ""


def load_manifest(project: Project, key: str) -> Manifest:
    """What the last build recorded; empty when missing, corrupt or for other inputs."""
    try:
        data = json.loads(_read_manifest(project))
        if data.get("format") != _FORMAT or data.get("key") != key:
            return Manifest()
        records = {ref: ArticleRecord(**fields) for ref, fields in data["articles"].items()}
        memory = {str(k): str(v) for k, v in data["memory"].items()}
        files = {str(k): str(v) for k, v in data["indexes"]["files"].items()}
        copies = {str(k): str(v) for k, v in data.get("copies", {}).items()}
        indexes = IndexRecord(str(data["indexes"]["inputs"]), files)
        return Manifest(records, memory, indexes, copies)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return Manifest()


def written_outputs(project: Project) -> set[str]:
    """Every page painl10n wrote and has not removed (shown paths), whatever the key.

    Stale pages are removed only when they are in here: a file someone put in
    ``output/`` is not painl10n's to delete. The manifest keeps this list
    (``written``) beside its records, and across builds for other languages,
    code or settings, so a page is known as painl10n's until it is removed.
    """
    try:
        data = json.loads(_read_manifest(project))
        found = {str(name) for record in data["articles"].values() for name in record["outputs"]}
        found |= {str(name) for name in data["indexes"]["files"]}
        return found | {str(name) for name in data.get("written", [])}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return set()


def _still_written(project: Project, manifest: Manifest) -> list[str]:
    """The pages of this build's records, and earlier ones still on disk."""
    current = {name for record in manifest.records.values() for name in record.outputs}
    current |= set(manifest.indexes.files) | set(manifest.copies)
    root = project.settings.root
    earlier = {name for name in written_outputs(project) - current if (root / name).is_file()}
    return sorted(current | earlier)


def save_manifest(project: Project, key: str, manifest: Manifest) -> None:
    """Compact JSON: the C encoder writes it (an indented one takes Python's, 5 x slower)."""
    records = manifest.records
    document = {
        "format": _FORMAT,
        "key": key,
        "articles": {ref: vars(records[ref]) for ref in sorted(records)},
        "memory": manifest.memory,
        "indexes": manifest.indexes._asdict(),
        "copies": dict(sorted(manifest.copies.items())),
        "written": _still_written(project, manifest),
    }
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    write_cache(project.settings.root, MANIFEST_NAME, text + "\n")


def stat_of(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return [info.st_size, info.st_mtime_ns]


def is_fresh(
    project: Project,
    record: ArticleRecord,
    source_digest: str,
    languages: Sequence[str],
    context: str,
    source: Path,
) -> bool:
    """True when nothing that decides this article's outputs has moved since they were built
    (``source``: the article's file, which places a generator's translations)."""
    if record.source != source_digest or record.context != context:
        return False
    if file_digest(project.template_path(record.slug)) != record.template:
        return False
    for language in languages:
        if language not in record.outcomes or language not in record.catalogs:
            return False
        if file_digest(project.catalog_path(language, record.slug)) != record.catalogs[language]:
            return False
    for language in [project.settings.source_language, *languages]:
        if language not in record.pages and language not in record.withheld:
            return False
        for path in project.article_outputs(language, record.slug, source):
            if stat_of(path) != record.outputs.get(shown_path(project, path)):
                return False
    return True


def catalog_digests(records: dict[str, ArticleRecord]) -> set[str]:
    return {value for record in records.values() for value in record.catalogs.values()}


def units_digest(units: list[Unit]) -> str:
    """What a catalog adds to its language's translation memory."""
    pairs = sorted((u.source, u.target) for u in units)
    return digest(json.dumps(pairs, ensure_ascii=False).encode())
