"""XLIFF 2.0 exchange: catalogs out to translation tools and their work back in.

One ``<file>`` per article, one ``<unit>`` per catalog entry. A unit's id is
a hash of msgctxt and msgid, so it is stable across exports and names the
exact source text it was made from: a unit whose source has moved on no
longer finds its entry and is skipped on import, never applied to new text.
Inline Markdown travels as plain text (``**``, ``[text](url)`` …) inside
``<source>``/``<target>``, XML-escaped, with no ``<ph>``/``<pc>`` codes;
``xml:space="preserve"`` keeps hard line breaks and spacing exact.

States: untranslated → ``initial`` (no target), fuzzy → ``translated``,
translated → ``reviewed``, signed off by a reviewer
(:mod:`painl10n.catalogs.signoff`) → ``final``. On import ``reviewed``
becomes a translation that is not fuzzy; ``final`` too, and it is signed off
when the importer names the reviewer (``reviewer``) and the entry passes
every check — a sign-off is a person's, never inferred from a file;
``translated`` and ``initial`` become fuzzy translations, which are never
published, and never replace a translation that is not fuzzy. A target that
changes a signed-off translation voids its sign-off.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import polib

from ..catalogs import signoff
from ..catalogs.header import Key, key_of
from ..catalogs.read import MAX_TRANSLATION_GROWTH, TRANSLATION_SLACK, translation_limit
from ..checks.base import EntryContext
from ..checks.examine import entry_problems
from ..errors import Painl10nError, raise_all
from ..languages import canonical_code, html_lang
from ..pipeline.check import entry_context
from ..pipeline.update import read_catalog
from ..po import write_po
from ..project import Project
from ..runtime.fileio import in_line_endings_of, read_bounded
from ..runtime.lock import locked
from ..runtime.staging import FileChanges, commit_files
from ..runtime.xmlsafe import parse_xml

NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0"
_NS = "{" + NAMESPACE + "}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_VERSIONS = ("2.0", "2.1")
_STATES = ("initial", "translated", "reviewed", "final")
_REVIEWED_STATES = ("reviewed", "final")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTRIBUTE_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}


def unit_id(entry: polib.POEntry) -> str:
    """Stable id from msgctxt and msgid (no context and an empty one differ)."""
    context = "\x00" if entry.msgctxt is None else "\x01" + entry.msgctxt
    digest = hashlib.sha256((context + "\x04" + entry.msgid).encode("utf-8")).hexdigest()
    return "u" + digest[:16]


# -- export ------------------------------------------------------------------


def export_xliff(
    project: Project,
    languages: Sequence[str] | None,
    slugs: Sequence[str] | None,
    out_dir: Path,
) -> FileChanges:
    """Write ``<out_dir>/<slug>.<lang>.xlf`` for each article and language."""
    chosen = project.select_languages(languages)
    known = {a.slug: a.ref for a in project.articles()}
    wanted = list(slugs) if slugs else list(known)
    for slug in wanted:
        if slug not in known:
            raise Painl10nError(
                f"no article with the slug {slug!r}", hint="one of: " + ", ".join(known)
            )
    files: list[tuple[Path, str]] = []
    for language in chosen:
        for slug in wanted:
            catalog = read_catalog(project, language, slug)
            if catalog is None:
                raise Painl10nError(
                    f"no {language} catalog for {slug!r}",
                    path=project.shown(project.catalog_path(language, slug)),
                    hint="run 'painl10n update' first",
                )
            text = xliff_document(
                catalog,
                slug=slug,
                original=known[slug],
                source_language=project.settings.source_language,
                language=language,
            )
            files.append((out_dir / f"{slug}.{language}.xlf", text))
    return commit_files(files, project.shown)


def xliff_document(
    catalog: polib.POFile, *, slug: str, original: str, source_language: str, language: str
) -> str:
    """One article's catalog as an XLIFF 2.0 document (deterministic bytes)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<xliff xmlns="{NAMESPACE}" version="2.0" srcLang="{html_lang(source_language)}"'
        f' trgLang="{html_lang(language)}">',
        f'  <file id="{_attr(slug)}" original="{_attr(original)}" canResegment="no"'
        ' xml:space="preserve">',
    ]
    seen: dict[str, str] = {}
    for entry in catalog:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            raise Painl10nError("plural entries cannot be exported", hint=entry.msgid)
        uid = unit_id(entry)
        if uid in seen:  # two different keys with one 64-bit hash: refuse, never mix them
            raise Painl10nError(f"unit id clash between {seen[uid]!r} and {entry.msgid!r}")
        seen[uid] = entry.msgid
        out.extend(_unit_lines(entry, uid))
    out += ["  </file>", "</xliff>", ""]
    return "\n".join(out)


def _unit_lines(entry: polib.POEntry, uid: str) -> list[str]:
    name = "" if entry.msgctxt is None else f' name="{_attr(entry.msgctxt)}"'
    lines = [f'    <unit id="{uid}"{name}>']
    notes = _notes(entry)
    if notes:
        lines.append("      <notes>")
        lines.extend(
            f'        <note category="{category}">{_text(text)}</note>' for category, text in notes
        )
        lines.append("      </notes>")
    if not entry.msgstr:
        lines.append('      <segment state="initial">')
    else:
        lines.append(f'      <segment state="{_state(entry)}">')
    lines.append(f"        <source>{_text(entry.msgid)}</source>")
    if entry.msgstr:
        lines.append(f"        <target>{_text(entry.msgstr)}</target>")
    lines += ["      </segment>", "    </unit>"]
    return lines


def _state(entry: polib.POEntry) -> str:
    if "fuzzy" in entry.flags:
        return "translated"
    return "final" if signoff.is_signed_off(entry) else "reviewed"


def _notes(entry: polib.POEntry) -> list[tuple[str, str]]:
    """Everything a translator sees around a PO entry, as categorised notes."""
    notes = [("location", f"{path}:{line}") for path, line in entry.occurrences]
    for line in entry.comment.split("\n") if entry.comment else []:
        category = line.split(":", 1)[0] if line.startswith(("glossary: ", "aligned: ")) else ""
        if category:
            notes.append((category, line.removeprefix(category + ": ")))
        else:
            notes.append(("description", line))
    if entry.tcomment:
        notes.append(("translator", entry.tcomment))
    if entry.previous_msgid and "fuzzy" in entry.flags:
        notes.append(("previous-source", entry.previous_msgid))
    return notes


def _text(value: str) -> str:
    if _NOT_XML.search(value):
        raise Painl10nError(f"text XML cannot carry: {value!r}", hint="remove control characters")
    return "".join(_TEXT_ESCAPES.get(ch, ch) for ch in value)


def _attr(value: str) -> str:
    _text(value)
    return "".join(_ATTRIBUTE_ESCAPES.get(ch, ch) for ch in value)


# -- import ------------------------------------------------------------------


@dataclass(frozen=True)
class Skipped:
    """A unit left out of an import, and why."""

    file: str
    line: int | None
    unit: str
    reason: str
    what: str = "skipped"  # or "not signed off" (a ``final`` unit imported as a translation)

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: unit {self.unit} {self.what}: {self.reason}"


@dataclass
class XliffImport:
    imported: int = 0
    unchanged: int = 0
    without_target: int = 0
    signed_off: int = 0  # ``final`` units signed off in the reviewer's name
    voided: int = 0  # signed-off translations a target changed
    skipped: list[Skipped] = field(default_factory=list)
    # ``final`` units imported as translations but not signed off, and why
    not_signed: list[Skipped] = field(default_factory=list)
    files: FileChanges = field(default_factory=FileChanges)


_NOT_SIGNED = "not signed off"


@dataclass(frozen=True)
class _SignOff:
    """Who signs ``final`` units off (None: nobody was named), on which day."""

    reviewer: str | None
    day: date
    contexts: dict[str, EntryContext] = field(default_factory=dict)


@dataclass
class _Unit:
    uid: str
    name: str | None
    source: str
    target: str | None
    state: str
    line: int | None
    problem: str | None = None  # a reason to skip it, found while reading


@locked
def import_xliff(
    project: Project,
    paths: Sequence[Path],
    language: str | None = None,
    *,
    reviewer: str | None = None,
    day: date | None = None,
) -> XliffImport:
    """Write the targets of XLIFF files into the catalogs; all files are checked first.

    ``reviewer``: the person who set the ``final`` states, whose sign-off they
    record (on ``day``, today by default); without one, ``final`` units are
    imported as translations that await review.
    """
    if reviewer is not None:
        try:
            reviewer = signoff.check_reviewer(reviewer)
        except signoff.SignOffError as exc:
            raise Painl10nError(str(exc), hint="pass --reviewed-by 'First Last'") from None
    signing = _SignOff(reviewer, day or date.today())
    expected = project.select_languages([language])[0] if language else None
    known = {a.slug for a in project.articles()}
    result = XliffImport()
    catalogs: dict[tuple[str, str], polib.POFile] = {}
    refused: list[Painl10nError] = []
    for path in paths:  # every file checked, every bad one named, before anything is written
        try:
            _import_file(project, path, expected, known, catalogs, result, signing)
        except Painl10nError as exc:
            refused.append(exc)
    raise_all(refused)
    files = []
    for (target_language, slug), catalog in sorted(catalogs.items()):
        catalog_path = project.catalog_path(target_language, slug)
        try:
            text = write_po(catalog, width=project.settings.wrap_width)
            files.append((catalog_path, in_line_endings_of(catalog_path, text)))
        except ValueError as exc:
            raise Painl10nError(f"cannot write: {exc}", path=project.shown(catalog_path)) from exc
    result.files = commit_files(files, project.shown)
    return result


def _import_file(
    project: Project,
    path: Path,
    expected: str | None,
    known: set[str],
    catalogs: dict[tuple[str, str], polib.POFile],
    result: XliffImport,
    signing: _SignOff,
) -> None:
    """Apply one XLIFF file's targets to the catalogs (read on first use)."""
    shown = project.shown(path)
    reader = _Reader(shown, read_bounded(path, shown))
    target_language = reader.languages(project, expected)
    for slug, units, file_line in reader.files():
        if slug not in known:
            raise Painl10nError(
                f"<file id={slug!r}> is not an article of this project",
                path=shown,
                line=file_line,
            )
        key = (target_language, slug)
        if key not in catalogs:
            catalog = read_catalog(project, target_language, slug)
            if catalog is None:
                raise Painl10nError(
                    f"no {target_language} catalog for {slug!r}",
                    path=shown,
                    line=file_line,
                    hint="run 'painl10n update' first",
                )
            catalogs[key] = catalog
        if signing.reviewer is not None and target_language not in signing.contexts:
            signing.contexts[target_language] = entry_context(project, target_language)
        shown_catalog = project.shown(project.catalog_path(target_language, slug))
        _apply(catalogs[key], units, shown, result)
        _sign_final(catalogs[key], units, shown, shown_catalog, result, signing, target_language)


def _sign_final(
    catalog: polib.POFile,
    units: list[_Unit],
    shown: str,
    shown_catalog: str,
    result: XliffImport,
    signing: _SignOff,
    language: str,
) -> None:
    """``final`` units whose target is now the entry's translation: signed off in the
    reviewer's name when it passes every check; otherwise listed with the reason."""
    by_id = {unit_id(e): e for e in catalog if not e.obsolete}
    for unit in units:
        entry = by_id.get(unit.uid)
        if (
            unit.state != "final"
            or unit.problem is not None
            or entry is None
            or key_of(entry) != _key(unit)
            or not unit.target
            or entry.msgstr != unit.target
            or signoff.is_signed_off(entry)
        ):
            continue
        if signing.reviewer is None:
            reason = "state 'final' imported as a translation awaiting review; name the "
            reason += "reviewer who set it (--reviewed-by) to record the sign-off"
            result.not_signed.append(Skipped(shown, unit.line, unit.uid, reason, _NOT_SIGNED))
            continue
        errors = [
            f"{f.check}: {f.message}"
            for f in entry_problems(entry, signing.contexts[language], shown_catalog)
            if f.severity == "error"
        ]
        if errors:
            reason = "check errors: " + "; ".join(errors)
            result.not_signed.append(Skipped(shown, unit.line, unit.uid, reason, _NOT_SIGNED))
            continue
        signoff.sign(entry, signing.reviewer, signing.day)
        result.signed_off += 1


def _apply(catalog: polib.POFile, units: list[_Unit], shown: str, result: XliffImport) -> None:
    by_id = {unit_id(e): e for e in catalog if not e.obsolete}
    for unit in units:
        if unit.problem is not None:
            result.skipped.append(Skipped(shown, unit.line, unit.uid, unit.problem))
            continue
        if not unit.target:
            result.without_target += 1
            continue
        entry = by_id.get(unit.uid)
        if entry is None:
            reason = "its source has moved on (no current string has this unit id)"
            result.skipped.append(Skipped(shown, unit.line, unit.uid, reason))
            continue
        if key_of(entry) != _key(unit):
            reason = "its source is not the current msgid (edited in the XLIFF file?)"
            result.skipped.append(Skipped(shown, unit.line, unit.uid, reason))
            continue
        fuzzy = unit.state not in _REVIEWED_STATES
        reviewed_now = bool(entry.msgstr) and "fuzzy" not in entry.flags
        if fuzzy and reviewed_now:
            if entry.msgstr != unit.target:
                reason = f"state {unit.state!r} would replace a reviewed translation"
                result.skipped.append(Skipped(shown, unit.line, unit.uid, reason))
            else:
                result.unchanged += 1
            continue
        if entry.msgstr == unit.target and ("fuzzy" in entry.flags) == fuzzy:
            result.unchanged += 1
            continue
        _check_length(entry, unit, unit.target, shown)
        entry.msgstr = unit.target
        if fuzzy and "fuzzy" not in entry.flags:
            entry.flags.append("fuzzy")
        elif not fuzzy:
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
            entry.previous_msgid = entry.previous_msgctxt = entry.previous_msgid_plural = None
        if signoff.void(entry) is not None:
            result.voided += 1
        result.imported += 1


def _check_length(entry: polib.POEntry, unit: _Unit, target: str, shown: str) -> None:
    """A 10 MB target for a sentence would be written into the catalog, then refused
    by every reader of it (or cost minutes to wrap): refuse the import instead."""
    limit = translation_limit(entry)
    if len(target) > limit:
        raise Painl10nError(
            f"the target of unit {unit.uid!r} has {len(target):,} characters for a "
            f"{len(entry.msgid):,}-character source, more than the {limit:,} allowed",
            path=shown,
            line=unit.line,
            hint=f"a translation may be at most {MAX_TRANSLATION_GROWTH} times its source "
            f"plus {TRANSLATION_SLACK:,} characters; fix that unit and import again",
        )


def _key(unit: _Unit) -> Key:
    return (unit.name, unit.source)


class _Reader:
    """One XLIFF file, parsed safely and checked; every error names file and line."""

    def __init__(self, shown: str, data: bytes) -> None:
        self.shown = shown
        self.root, self.lines = parse_xml(data, shown=shown, kind="XLIFF files")

    def error(self, message: str, element: ET.Element, hint: str | None = None) -> Painl10nError:
        return Painl10nError(message, path=self.shown, line=self.lines.get(id(element)), hint=hint)

    def required(self, element: ET.Element, name: str) -> str:
        value = element.get(name)
        if not value:
            tag = element.tag.removeprefix(_NS)
            raise self.error(f"<{tag}> has no {name} attribute", element)
        return value

    def languages(self, project: Project, expected: str | None) -> str:
        """Check srcLang/trgLang against the project; the catalog language."""
        root = self.root
        if root.tag != _NS + "xliff":
            raise self.error(
                f"not an XLIFF 2 document (root <{root.tag}>)",
                root,
                f'expected <xliff xmlns="{NAMESPACE}">',
            )
        version = self.required(root, "version")
        if version not in _VERSIONS:
            raise self.error(f"XLIFF version {version!r} is not supported", root, "use 2.0 or 2.1")
        source = self._language(root, "srcLang")
        if source != project.settings.source_language:
            raise self.error(
                f"srcLang {source!r} is not the project's source language "
                f"{project.settings.source_language!r}",
                root,
            )
        target = self._language(root, "trgLang")
        if target not in project.settings.languages:
            raise self.error(
                f"trgLang {target!r} is not one of the project's languages "
                f"({', '.join(project.settings.languages)})",
                root,
            )
        if expected is not None and target != expected:
            raise self.error(f"trgLang {target!r} is not the requested {expected!r}", root)
        return target

    def _language(self, root: ET.Element, name: str) -> str:
        try:
            return canonical_code(self.required(root, name))
        except Painl10nError as exc:
            if exc.path is not None:
                raise
            raise self.error(f"{name}: {exc.message}", root, exc.hint) from exc

    def files(self) -> list[tuple[str, list[_Unit], int | None]]:
        found = []
        for file in self.root.findall(_NS + "file"):
            slug = self.required(file, "id")
            units: list[_Unit] = []
            seen: set[str] = set()
            for unit in file.iter(_NS + "unit"):
                read = self.unit(unit)
                if read.uid in seen:
                    raise self.error(f"duplicate unit id {read.uid!r}", unit)
                seen.add(read.uid)
                units.append(read)
            found.append((slug, units, self.lines.get(id(file))))
        if not found:
            raise self.error("no <file> element", self.root)
        return found

    def unit(self, unit: ET.Element) -> _Unit:
        uid = self.required(unit, "id")
        line = self.lines.get(id(unit))
        segments = unit.findall(_NS + "segment")
        if not segments:
            raise self.error(f"unit {uid!r} has no <segment>", unit)
        for segment in segments:
            if segment.find(_NS + "source") is None:
                raise self.error("<segment> has no <source>", segment)
            state = segment.get("state", "initial")
            if state not in _STATES:
                raise self.error(
                    f"unknown segment state {state!r}", segment, "use " + ", ".join(_STATES)
                )
        segment = segments[0]
        state = segment.get("state", "initial")
        source_element = segment.find(_NS + "source")
        assert source_element is not None
        target_element = segment.find(_NS + "target")
        source = _plain(source_element)
        target = None if target_element is None else _plain(target_element)
        name = unit.get("name")
        read = _Unit(uid, name, source or "", target, state, line)
        if len(segments) > 1 or unit.find(_NS + "ignorable") is not None:
            read.problem = "it was split into several segments (painl10n sends one per unit)"
        elif source is None or (target_element is not None and target is None):
            read.problem = "inline XLIFF codes are not supported (Markdown stays plain text)"
        return read


def _plain(element: ET.Element) -> str | None:
    """The text of a source or target; None when it holds inline elements."""
    if len(element):
        return None
    return element.text or ""
