r"""Termbases as CSV, for people who keep their terms in a spreadsheet.

One row per term (lossless both ways; a cell a spreadsheet would run as a
formula, ``=…``, ``+…``, ``-…``, ``@…``, is written with a leading ``'``
and read back without it)::

    concept,subject,concept_note,language,term,status,type,part_of_speech,term_note,context,except_context
    migraine,condition,,en,migraine,preferred,fullForm,noun,,,
    migraine,condition,,es,migraña,preferred,fullForm,noun,,,
    migraine,condition,,es,jaqueca,deprecated,fullForm,noun,colloquial,,
    condition,condition,,es,condiciones,deprecated,fullForm,noun,,,en\s+condiciones

Rows of one concept share its id; ``subject`` and ``concept_note`` are read
from the concept's first row. Status is preferred, admitted, deprecated or
superseded; type and part_of_speech take TBX-Basic's picklist values.
``context`` and ``except_context`` (optional columns, forbidden terms only)
restrict a forbidden term to the sense it is wrong in
(:mod:`painl10n.terms.context`; TBX keeps them as ``x-context`` and
``x-exceptContext`` term notes).
"""

from __future__ import annotations

import csv
import io

from ..errors import Painl10nError
from ..languages import canonical_code
from .context import problem
from .model import FORBIDDEN, PARTS_OF_SPEECH, STATUSES, TERM_TYPES, Concept, Term, Termbase

COLUMNS = (
    "concept",
    "subject",
    "concept_note",
    "language",
    "term",
    "status",
    "type",
    "part_of_speech",
    "term_note",
    "context",
    "except_context",
)


def read_csv(text: str, *, shown: str, source_language: str = "en") -> Termbase:
    """Parse CSV text into a termbase; errors name the file and line."""
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")))
    try:
        return _read_rows(reader, shown, source_language)
    except csv.Error as exc:  # e.g. a cell longer than the csv module's field limit
        raise Painl10nError(
            f"unreadable CSV: {exc}", path=shown, line=reader.reader.line_num
        ) from exc


def _read_rows(reader: csv.DictReader[str], shown: str, source_language: str) -> Termbase:
    missing = [c for c in ("concept", "language", "term") if c not in (reader.fieldnames or [])]
    if missing:
        raise Painl10nError(
            f"CSV header lacks column {missing[0]!r}",
            path=shown,
            line=1,
            hint="columns: " + ",".join(COLUMNS),
        )
    order: list[str] = []
    rows: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for row in reader:
        line = reader.line_num
        concept_id = (row.get("concept") or "").strip()
        if not concept_id:
            raise Painl10nError("row without a concept id", path=shown, line=line)
        if concept_id not in rows:
            order.append(concept_id)
            rows[concept_id] = []
        rows[concept_id].append((line, row))
    concepts = tuple(_concept(concept_id, rows[concept_id], shown) for concept_id in order)
    return Termbase(concepts, source_language=source_language)


def _concept(concept_id: str, rows: list[tuple[int, dict[str, str]]], shown: str) -> Concept:
    first_line, first = rows[0]
    terms = tuple(_term(row, line, shown) for line, row in rows)
    return Concept(
        concept_id,
        terms,
        subject=_cell(first, "subject") or None,
        note=_cell(first, "concept_note") or None,
        line=first_line,
    )


def _term(row: dict[str, str], line: int, shown: str) -> Term:
    def pick(column: str, allowed: tuple[str, ...], default: str | None) -> str | None:
        value = _cell(row, column)
        if not value:
            return default
        if value not in allowed:
            raise Painl10nError(
                f"invalid {column} {value!r}",
                path=shown,
                line=line,
                hint="allowed: " + ", ".join(allowed),
            )
        return value

    text = _cell(row, "term")
    if not text:
        raise Painl10nError("row without a term", path=shown, line=line)
    try:
        language = canonical_code(_cell(row, "language"))
    except Painl10nError as exc:
        raise Painl10nError(exc.message, path=shown, line=line, hint=exc.hint) from exc
    status = pick("status", STATUSES, "preferred") or "preferred"
    return Term(
        text=text,
        language=language,
        status=status,
        term_type=pick("type", TERM_TYPES, "fullForm") or "fullForm",
        part_of_speech=pick("part_of_speech", PARTS_OF_SPEECH, None),
        note=_cell(row, "term_note") or None,
        line=line,
        context=_context(row, "context", status, line, shown),
        except_context=_context(row, "except_context", status, line, shown),
    )


def _context(row: dict[str, str], column: str, status: str, line: int, shown: str) -> str | None:
    pattern = _unguarded((row.get(column) or "").strip()) or None
    if pattern is None:
        return None
    if status not in FORBIDDEN:
        raise Painl10nError(
            f"{column} on an approved term",
            path=shown,
            line=line,
            hint="a context restricts a deprecated or superseded term to the sense it is wrong in",
        )
    trouble = problem(pattern)
    if trouble:
        raise Painl10nError(
            trouble,
            path=shown,
            line=line,
            hint="a Python regular expression, matched case-insensitively around the term",
        )
    return pattern


def _cell(row: dict[str, str], column: str) -> str:
    return _unguarded(" ".join((row.get(column) or "").split()))


# A cell a spreadsheet would run as a formula (OWASP's CSV injection list).
_FORMULA_STARTS = frozenset("=+-@\t\r")


def _guarded(cell: str) -> str:
    """``=HYPERLINK(…)`` exported as ``'=HYPERLINK(…)``: text, not a formula, when the
    file is opened in a spreadsheet. A cell already starting with quotes before such
    a character gets one more, so reading back is lossless."""
    return "'" + cell if cell.lstrip("'")[:1] in _FORMULA_STARTS and cell else cell


def _unguarded(cell: str) -> str:
    """The cell as :func:`_guarded` was given it."""
    return cell[1:] if cell[:1] == "'" and cell.lstrip("'")[:1] in _FORMULA_STARTS else cell


def write_csv(termbase: Termbase) -> str:
    """The termbase as CSV (one row per term), deterministic."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for concept in termbase.concepts:
        for term in concept.terms:
            writer.writerow(
                _guarded(cell)
                for cell in [
                    concept.id,
                    concept.subject or "",
                    concept.note or "",
                    term.language,
                    term.text,
                    term.status,
                    term.term_type,
                    term.part_of_speech or "",
                    term.note or "",
                    term.context or "",
                    term.except_context or "",
                ]
            )
    return buffer.getvalue()


def merge_termbases(base: Termbase, incoming: Termbase) -> tuple[Termbase, int, int]:
    """Concepts from ``incoming`` replace those with the same id; new ones are appended.

    Returns the merged termbase and how many concepts were replaced and added.
    """
    replacements = {c.id: c for c in incoming.concepts}
    merged = [replacements.pop(c.id, c) for c in base.concepts]
    replaced = len(incoming.concepts) - len(replacements)
    merged.extend(c for c in incoming.concepts if c.id in replacements)
    return Termbase(tuple(merged), base.source_language), replaced, len(replacements)
