"""A ``check --format json`` report read back into the :class:`Report` model.

The merge job of a CI matrix reads the shards' reports and renders them again
(status page, text, JUnit, GitHub) through the functions ``check`` uses, so
every field is validated on the way in: a file that is not a report, or one
whose summary contradicts its findings, is one clear error naming the field,
never a ``KeyError`` half way through a merge. The schema is in
:mod:`painl10n.reports.formats`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NoReturn

from ..checks.base import Finding, Severity
from ..checks.model import Completion, Report
from ..errors import Painl10nError
from ..runtime.fileio import read_bounded
from ..runtime.shard import Shard

_SEVERITIES: tuple[Severity, ...] = ("error", "warning")
_FINDING_TEXTS = ("check", "language", "file", "msgid", "message")
_COUNTS = ("messages", "translated", "fuzzy", "untranslated", "obsolete")


def read_report(path: Path) -> Report:
    """The report in ``path``: a clear error if it cannot be read or is not a report."""
    try:
        text = read_bounded(path, str(path)).decode("utf-8")
    except FileNotFoundError as exc:
        raise Painl10nError("no such report", path=path) from exc
    except OSError as exc:
        raise Painl10nError(f"cannot read the report: {exc.strerror or exc}", path=path) from exc
    except UnicodeDecodeError as exc:
        raise Painl10nError("not a painl10n check report (not UTF-8 text)", path=path) from exc
    try:
        document = json.loads(text)
    except RecursionError as exc:
        raise Painl10nError("not a painl10n check report (nested too deeply)", path=path) from exc
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        raise Painl10nError(
            f"not a painl10n check report (invalid JSON: {getattr(exc, 'msg', exc)})",
            path=path,
            line=line,
        ) from exc
    return report_from_document(document, path)


def report_from_document(document: object, path: Path | None = None) -> Report:
    """The :class:`Report` that :func:`painl10n.reports.formats.as_document` made
    into ``document``."""
    return _Reader(path).report(document)


class _Reader:
    """Field-by-field validation; every failure names the field (``findings[3].line``)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def fail(self, what: str) -> NoReturn:
        raise Painl10nError(
            f"not a painl10n check report: {what}",
            path=self.path,
            hint="pass the JSON of 'painl10n check --format json'",
        )

    def report(self, document: object) -> Report:
        top = self.mapping(document, "the document")
        if top.get("version") != 1:
            self.fail("'version' is not 1")
        findings = [
            self.finding(item, f"findings[{i}]")
            for i, item in enumerate(self.sequence(top, "findings", "the document"))
        ]
        report = Report(findings=findings, shard=self.shard(top.get("shard")))
        summary = self.mapping(top.get("summary"), "'summary'")
        languages = self.mapping(summary.get("languages"), "'summary.languages'")
        for code, stats in languages.items():
            where = f"summary.languages.{code}"
            fields = self.mapping(stats, f"'{where}'")
            counts = {key: self.count(fields, key, where) for key in _COUNTS}
            parts = counts["translated"] + counts["fuzzy"] + counts["untranslated"]
            if counts["messages"] != parts:
                self.fail(f"{where}: messages is not translated + fuzzy + untranslated")
            reviewed = self.count(fields, "reviewed", where) if "reviewed" in fields else 0
            if reviewed > counts["translated"]:
                self.fail(f"{where}: more reviewed than translated")
            report.completion[code] = Completion(
                total=counts["messages"],
                translated=counts["translated"],
                fuzzy=counts["fuzzy"],
                untranslated=counts["untranslated"],
                obsolete=counts["obsolete"],
                reviewed=reviewed,
            )
            report.required[code] = self.percent(fields, "required", where)
            self.percent(fields, "percent", where)
        for i, item in enumerate(self.sequence(top, "catalogs", "the document")):
            where = f"catalogs[{i}]"
            fields = self.mapping(item, where)
            language = self.text(fields, "language", where)
            if language not in report.completion:
                self.fail(f"{where}: language {language!r} is not in 'summary.languages'")
            report.catalogs.append((language, self.text(fields, "file", where)))
        self.agree(summary, report)
        return report

    def finding(self, item: object, where: str) -> Finding:
        fields = self.mapping(item, where)
        texts = {key: self.text(fields, key, where) for key in _FINDING_TEXTS}
        severity = fields.get("severity")
        if severity not in _SEVERITIES:
            self.fail(f"{where}.severity is not 'error' or 'warning'")
        line = fields.get("line")
        if line is not None and not (_is_int(line) and line >= 1):
            self.fail(f"{where}.line is not a line number or null")
        return Finding(
            texts["check"],
            "error" if severity == "error" else "warning",
            texts["language"],
            texts["file"],
            line,
            texts["msgid"],
            texts["message"],
        )

    def shard(self, value: object) -> Shard | None:
        if value is None:
            return None
        fields = self.mapping(value, "'shard'")
        index, count = self.count(fields, "index", "shard"), self.count(fields, "count", "shard")
        if not 1 <= index <= count:
            self.fail(f"shard {index}/{count}: the index is not between 1 and the count")
        return Shard(index, count)

    def agree(self, summary: dict[str, Any], report: Report) -> None:
        """The summary's totals must be those of the findings and catalogs listed."""
        for key, actual in (
            ("errors", report.errors),
            ("warnings", report.warnings),
            ("catalogs", len(report.catalogs)),
        ):
            stated = self.count(summary, key, "summary")
            if stated != actual:
                self.fail(f"summary.{key} is {stated} but the report lists {actual}")
        for finding in report.findings:
            if finding.language not in report.completion:
                self.fail(f"language {finding.language!r} of a finding is not in the summary")

    def mapping(self, value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(f"{where} is not an object")
        return value

    def sequence(self, fields: dict[str, Any], key: str, where: str) -> list[Any]:
        value = fields.get(key)
        if not isinstance(value, list):
            self.fail(f"{where} has no list '{key}'")
        return value

    def text(self, fields: dict[str, Any], key: str, where: str) -> str:
        value = fields.get(key)
        if not isinstance(value, str):
            self.fail(f"{where}.{key} is not a string")
        return value

    def count(self, fields: dict[str, Any], key: str, where: str) -> int:
        value = fields.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        self.fail(f"{where}.{key} is not a whole number ≥ 0")

    def percent(self, fields: dict[str, Any], key: str, where: str) -> float:
        value = fields.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 100:
            return float(value)
        self.fail(f"{where}.{key} is not a percentage from 0 to 100")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
