"""TBX termbases: read TBX v3 (ISO 30042:2019, TBX-Basic) and TBX v2 (martif), write v3.

Parsing goes through defusedxml: no entity declarations (no "billion laughs"),
no external entities or DTD fetches. Picklist values are validated strictly and
every problem is reported with the file and line, like a bad PO file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..errors import Painl10nError
from ..languages import canonical_code
from ..runtime.fileio import read_bounded
from ..runtime.xmlsafe import parse_xml
from .context import problem
from .model import FORBIDDEN, PARTS_OF_SPEECH, STATUSES, TERM_TYPES, Concept, Term, Termbase

TBX3_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS_SUFFIX = "Term-admn-sts"
_STATUS_VALUES = {f"{status}{_STATUS_SUFFIX}": status for status in STATUSES}
# painl10n's private term notes (x-: other tools skip them): the context that
# restricts a forbidden term to one sense (see painl10n.terms.context). Not TBX's
# <descrip type="context">, which is an example sentence.
CONTEXT_NOTE = "x-context"
EXCEPT_CONTEXT_NOTE = "x-exceptContext"
CONTEXT_HINT = "a Python regular expression, matched case-insensitively around the term"


def read_tbx(path: Path, *, shown: str | None = None) -> Termbase:
    """Read a termbase file (TBX v3 or v2)."""
    name = shown or str(path)
    try:
        data = read_bounded(path, name)
    except FileNotFoundError as exc:
        raise Painl10nError("termbase not found", path=name) from exc
    return parse_tbx(data, shown=name)


def parse_tbx(data: bytes, *, shown: str) -> Termbase:
    """Parse and validate TBX bytes; errors name ``shown`` and the line."""
    root, lines = parse_xml(data, shown=shown, kind="termbases")
    return _Reader(shown, lines).termbase(root)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _Reader:
    """Walks a parsed TBX tree into the model, validating as it goes."""

    def __init__(self, shown: str, lines: dict[int, int]) -> None:
        self.shown = shown
        self.lines = lines

    def line(self, element: ET.Element) -> int | None:
        return self.lines.get(id(element))

    def error(self, message: str, element: ET.Element, hint: str | None = None) -> Painl10nError:
        return Painl10nError(message, path=self.shown, line=self.line(element), hint=hint)

    def termbase(self, root: ET.Element) -> Termbase:
        kind = _local(root.tag)
        if kind == "tbx":
            entries, lang_tag = "conceptEntry", "langSec"
        elif kind == "martif":
            entries, lang_tag = "termEntry", "langSet"
        else:
            raise self.error(
                f"not a TBX file (root element <{kind}>)", root, "expected <tbx> or <martif>"
            )
        try:
            source = canonical_code(root.get(_XML_LANG) or "en")
        except Painl10nError as exc:
            raise self.error(exc.message, root, exc.hint) from exc
        concepts: list[Concept] = []
        seen: dict[str, int | None] = {}
        for entry in root.iter():
            if _local(entry.tag) != entries:
                continue
            concept = self.concept(entry, lang_tag)
            if concept.id in seen:
                raise self.error(
                    f"duplicate concept id {concept.id!r} (first at line {seen[concept.id]})",
                    entry,
                )
            seen[concept.id] = concept.line
            concepts.append(concept)
        return Termbase(tuple(concepts), source_language=source)

    def concept(self, entry: ET.Element, lang_tag: str) -> Concept:
        concept_id = (entry.get("id") or "").strip()
        if not concept_id:
            raise self.error("concept without an id", entry, 'add id="…"')
        subject = note = None
        terms: list[Term] = []
        for child in entry:
            name = _local(child.tag)
            if name == "descrip" and child.get("type") == "subjectField":
                subject = _text(child)
            elif name == "note":
                note = _text(child)
            elif name == lang_tag:
                terms.extend(self.language_section(child))
        if not terms:
            raise self.error(f"concept {concept_id!r} has no terms", entry)
        return Concept(concept_id, tuple(terms), subject, note, self.line(entry))

    def language_section(self, section: ET.Element) -> list[Term]:
        code = section.get(_XML_LANG)
        if not code:
            raise self.error("language section without xml:lang", section)
        try:
            language = canonical_code(code)
        except Painl10nError as exc:
            raise self.error(str(exc), section) from exc
        terms = []
        for child in section:
            name = _local(child.tag)
            if name in ("termSec", "tig"):
                terms.append(self.term(child, child, language))
            elif name == "ntig":  # TBX v2: <ntig><termGrp><term/><termNote/></termGrp>…
                group = next((g for g in child if _local(g.tag) == "termGrp"), None)
                if group is None:
                    raise self.error("<ntig> without <termGrp>", child)
                terms.append(self.term(group, child, language))
        return terms

    def term(self, holder: ET.Element, outer: ET.Element, language: str) -> Term:
        term_element = next((e for e in holder if _local(e.tag) == "term"), None)
        if term_element is None or not _text(term_element):
            raise self.error("term section without a term", holder)
        notes = {
            e.get("type", ""): (e, _text(e))
            for e in [*holder, *outer]
            if _local(e.tag) in ("termNote", "descrip", "admin")
        }
        status = self.picklist(notes.get("administrativeStatus"), _STATUS_VALUES, "preferred")
        term_type = self.picklist(notes.get("termType"), {t: t for t in TERM_TYPES}, "fullForm")
        part = self.picklist(notes.get("partOfSpeech"), {p: p for p in PARTS_OF_SPEECH}, None)
        note = next((_text(e) for e in outer if _local(e.tag) == "note"), None)
        context = self.context(notes.get(CONTEXT_NOTE), status)
        except_context = self.context(notes.get(EXCEPT_CONTEXT_NOTE), status)
        return Term(
            text=_text(term_element),
            language=language,
            status=status or "preferred",
            term_type=term_type or "fullForm",
            part_of_speech=part,
            note=note,
            line=self.line(term_element),
            context=context,
            except_context=except_context,
        )

    def context(self, found: tuple[ET.Element, str] | None, status: str | None) -> str | None:
        """A context pattern, validated: only forbidden terms take one."""
        if found is None:
            return None
        element = found[0]
        pattern = "".join(element.itertext())  # as written: spaces are part of a pattern
        if status not in FORBIDDEN:
            raise self.error(
                f"{element.get('type')} on an approved term",
                element,
                "a context restricts a deprecated or superseded term to the sense it is wrong in",
            )
        trouble = problem(pattern)
        if trouble:
            raise self.error(trouble, element, CONTEXT_HINT)
        return pattern

    def picklist(
        self,
        found: tuple[ET.Element, str] | None,
        allowed: dict[str, str],
        default: str | None,
    ) -> str | None:
        if found is None:
            return default
        element, value = found
        if value not in allowed:
            kind = element.get("type", "value")
            raise self.error(f"invalid {kind} {value!r}", element, "allowed: " + ", ".join(allowed))
        return allowed[value]


def _text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def write_tbx(termbase: Termbase, *, title: str = "painl10n medical termbase") -> str:
    """The termbase as TBX v3 (TBX-Basic, DCA style), deterministic and indented."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tbx type="TBX-Basic" style="dca" xml:lang={quoteattr(termbase.source_language)}'
        f' xmlns="{TBX3_NAMESPACE}">',
        "  <tbxHeader>",
        "    <fileDesc>",
        "      <titleStmt>",
        f"        <title>{escape(title)}</title>",
        "      </titleStmt>",
        "      <sourceDesc>",
        "        <p>Written by painl10n.</p>",
        "      </sourceDesc>",
        "    </fileDesc>",
        "  </tbxHeader>",
        "  <text>",
        "    <body>",
    ]
    for concept in termbase.concepts:
        out.extend(_concept_lines(concept))
    out += ["    </body>", "  </text>", "</tbx>", ""]
    return "\n".join(out)


def _concept_lines(concept: Concept) -> list[str]:
    lines = [f"      <conceptEntry id={quoteattr(concept.id)}>"]
    if concept.subject:
        lines.append(f'        <descrip type="subjectField">{escape(concept.subject)}</descrip>')
    if concept.note:
        lines.append(f"        <note>{escape(concept.note)}</note>")
    languages = list(dict.fromkeys(t.language for t in concept.terms))
    for language in languages:
        lines.append(f"        <langSec xml:lang={quoteattr(language.replace('_', '-'))}>")
        for term in concept.terms_in(language):
            lines.append("          <termSec>")
            lines.append(f"            <term>{escape(term.text)}</term>")
            if term.part_of_speech:
                lines.append(
                    f'            <termNote type="partOfSpeech">{term.part_of_speech}</termNote>'
                )
            lines.append(f'            <termNote type="termType">{term.term_type}</termNote>')
            lines.append(
                '            <termNote type="administrativeStatus">'
                f"{term.status}{_STATUS_SUFFIX}</termNote>"
            )
            for kind, pattern in (
                (CONTEXT_NOTE, term.context),
                (EXCEPT_CONTEXT_NOTE, term.except_context),
            ):
                if pattern is not None:
                    lines.append(
                        f'            <termNote type="{kind}">{escape(pattern)}</termNote>'
                    )
            if term.note:
                lines.append(f"            <note>{escape(term.note)}</note>")
            lines.append("          </termSec>")
        lines.append("        </langSec>")
    lines.append("      </conceptEntry>")
    return lines
