"""Check reports for people and machines: text, JSON, JUnit XML, GitHub annotations.

JSON schema (``--format json``), version 1::

    {
      "version": 1,
      "findings": [
        {"check": "terminology", "severity": "error", "language": "es",
         "file": "locales/es/LC_MESSAGES/a.po", "line": 42,
         "msgid": "…", "message": "…"}
      ],
      "summary": {
        "errors": 1, "warnings": 0, "catalogs": 8,
        "languages": {"es": {"messages": 65, "translated": 65, "fuzzy": 0,
                              "untranslated": 0, "obsolete": 0, "reviewed": 12,
                              "percent": 100.0, "reviewed_percent": 18.46,
                              "required": 100.0}}
      },
      "catalogs": [{"language": "es", "file": "locales/es/LC_MESSAGES/a.po"}]
    }

``reviewed`` counts the translated messages a reviewer has signed off on their
present text (:mod:`painl10n.catalogs.signoff`); a report without it (written
before sign-offs existed) reads as none reviewed.

``catalogs`` lists every catalog checked (a JUnit report has a test case per
catalog, failing or not, so a report read back needs them). ``check --shard
K/N`` adds ``"shard": {"index": K, "count": N}``; the shards' documents merge
into the whole with :mod:`painl10n.reports.merge`, which reads them back with
:mod:`painl10n.reports.read`.

``line`` is null when a finding concerns a whole file. Every format lists the
findings in one order (:func:`ordered`): errors before warnings; within each,
by the group of their check (:data:`painl10n.checks.registry.FINDING_GROUPS`:
patient safety — numbers, negation, dose-style, terminology … — then custom
rules, markup and links, wording, completion) and the check's place in it;
then by file, line, check id and message. Two runs on the same input print the
same bytes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from xml.sax.saxutils import escape, quoteattr

from ..checks.base import Finding
from ..checks.model import Report
from ..checks.registry import check_descriptions, check_rank, finding_group
from ..text.visible import json_visible, visible

FORMATS = ("text", "json", "junit", "github")


def ordered(findings: list[Finding]) -> list[Finding]:
    """Errors first, patient safety first (see the module's docstring), then by place."""
    return sorted(findings, key=_order)


def _order(f: Finding) -> tuple[bool, tuple[int, int], str, int, str, str]:
    return (f.severity != "error", check_rank(f.check), f.file, f.line or 0, f.check, f.message)


def heading(finding: Finding) -> str:
    """The heading a finding is listed under: its severity and its check's group."""
    return f"{finding.severity}s: {finding_group(finding.check)}"


def summary(report: Report) -> dict[str, object]:
    languages = {
        language: {
            "messages": c.total,
            "translated": c.translated,
            "fuzzy": c.fuzzy,
            "untranslated": c.untranslated,
            "obsolete": c.obsolete,
            "reviewed": c.reviewed,
            "percent": round(c.percent, 2),
            "reviewed_percent": round(c.reviewed_percent, 2),
            "required": report.required[language],
        }
        for language, c in report.completion.items()
    }
    return {
        "errors": report.errors,
        "warnings": report.warnings,
        "catalogs": len(report.catalogs),
        "languages": languages,
    }


def as_document(report: Report) -> dict[str, object]:
    """The JSON document of ``--format json``, as Python objects."""
    findings = [
        {
            "check": f.check,
            "severity": f.severity,
            "language": f.language,
            "file": f.file,
            "line": f.line,
            "msgid": f.msgid,
            "message": f.message,
        }
        for f in ordered(report.findings)
    ]
    catalogs = [{"language": language, "file": file} for language, file in report.catalogs]
    document: dict[str, object] = {
        "version": 1,
        "findings": findings,
        "summary": summary(report),
        "catalogs": catalogs,
    }
    if report.shard is not None:
        document["shard"] = {"index": report.shard.index, "count": report.shard.count}
    return document


def dumps(document: dict[str, object]) -> str:
    """JSON as every report prints it: indented, UTF-8 kept, a final newline."""
    return json_visible(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def as_json(report: Report) -> str:
    """``dumps(as_document(report))``, byte for byte, without building the document.

    Joined from pieces: one ``json.dumps`` of the whole document keeps millions
    of small strings alive at once on a large report. Here each distinct value
    is encoded once (findings repeat their file, msgid and message) and the
    pieces in between are constants.
    """
    encoded: dict[object, str] = {}

    def scalar(value: str | int | None) -> str:
        text = encoded.get(value)
        if text is None:
            text = encoded[value] = json_visible(json.dumps(value, ensure_ascii=False))
        return text

    pieces = ['{\n  "version": 1,\n  "findings": [']
    get = encoded.get  # a value met before: one lookup (an encoded value is never "")
    # The text up to a finding's line, made once per check, severity, language and file.
    heads: dict[tuple[str, str, str, str], str] = {}
    for finding in ordered(report.findings):
        place = finding[:4]
        head = heads.get(place)
        if head is None:
            check, severity, language, file = place
            head = heads[place] = (
                f'\n      "check": {scalar(check)},\n      "severity": {scalar(severity)},'
                f'\n      "language": {scalar(language)},\n      "file": {scalar(file)},'
                '\n      "line": '
            )
        line, msgid, message = finding[4:]
        pieces += (
            ",\n    {",
            head,
            get(line) or scalar(line),
            ',\n      "msgid": ',
            get(msgid) or scalar(msgid),
            ',\n      "message": ',
            get(message) or scalar(message),
            "\n    }",
        )
    if report.findings:
        pieces[1] = "\n    {"  # the first finding: no comma before it
        pieces.append("\n  ")
    pieces += ['],\n  "summary": ', _indented(summary(report), 1)]
    catalogs = [{"language": language, "file": file} for language, file in report.catalogs]
    pieces += [',\n  "catalogs": ', _indented(catalogs, 1)]
    if report.shard is not None:
        shard = {"index": report.shard.index, "count": report.shard.count}
        pieces += [',\n  "shard": ', _indented(shard, 1)]
    pieces.append("\n}\n")
    return "".join(pieces)


def _indented(value: object, depth: int) -> str:
    """``value`` as ``json.dumps(..., indent=2)`` writes it ``depth`` levels deep.

    JSON strings hold no raw newline, so every newline starts an indented line.
    """
    text = json_visible(json.dumps(value, ensure_ascii=False, indent=2))
    return text.replace("\n", "\n" + "  " * depth)


def as_text(report: Report) -> str:
    lines: list[str] = []
    by_heading: dict[str, list[Finding]] = defaultdict(list)
    for finding in ordered(report.findings):
        by_heading[heading(finding)].append(finding)
    for title, findings in by_heading.items():
        lines.append(title)
        for f in findings:
            where = f"{f.file}:{f.line}" if f.line else f.file
            lines.append(f"  {visible(where)}: {f.severity} [{f.check}] {visible(f.message)}")
            if f.msgid:
                lines.append(f"      msgid: {visible(_one_line(f.msgid))}")
        lines.append("")
    for language, c in report.completion.items():
        lines.append(
            f"{language}: {c.translated}/{c.total} translated ({c.percent:.1f}%, "
            f"required {report.required[language]:g}%), {c.reviewed}/{c.total} reviewed "
            f"({c.reviewed_percent:.1f}%), {c.fuzzy} fuzzy, {c.untranslated} untranslated"
        )
    verdict = "FAILED" if report.errors else "passed"
    lines.append(
        f"check {verdict}: {report.errors} errors, {report.warnings} warnings "
        f"in {len(report.catalogs)} catalogs"
    )
    return "\n".join(lines) + "\n"


def as_junit(report: Report) -> str:
    """One test case per catalog and check id; errors fail it, warnings go to system-out.

    The ids are those the run checked (all, or those ``--check`` chose), then
    each custom rule (``rule:<id>``) that reported something.
    """
    ids = [cid for cid, _, _ in check_descriptions()] if report.checks is None else []
    ids += report.checks or ()
    ids += sorted({f.check for f in report.findings} - set(ids))
    grouped: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in report.findings:
        grouped[(finding.file, finding.check)].append(finding)
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    total = len(report.catalogs) * len(ids)
    failed = sum(
        1
        for (_, file) in report.catalogs
        for cid in ids
        if any(f.severity == "error" for f in grouped.get((file, cid), []))
    )
    out.append(f'<testsuites name="painl10n check" tests="{total}" failures="{failed}">')
    by_language: dict[str, list[str]] = defaultdict(list)
    for language, file in report.catalogs:
        by_language[language].append(file)
    for language, files in by_language.items():
        cases = []
        suite_failures = 0
        for file in files:
            for cid in ids:
                findings = grouped.get((file, cid), [])
                errors = [f for f in findings if f.severity == "error"]
                warnings = [f for f in findings if f.severity == "warning"]
                suite_failures += bool(errors)
                body = ""
                if errors:
                    text = "\n".join(_located(f) for f in errors)
                    body += (
                        f"<failure message={quoteattr(f'{len(errors)} {cid} errors')}>"
                        f"{escape(text)}</failure>"
                    )
                if warnings:
                    body += (
                        f"<system-out>{escape(chr(10).join(map(_located, warnings)))}</system-out>"
                    )
                cases.append(
                    f"    <testcase classname={quoteattr(visible(file))} name={quoteattr(cid)}>"
                    f"{body}</testcase>"
                )
        out.append(
            f"  <testsuite name={quoteattr(f'painl10n check {language}')} "
            f'tests="{len(cases)}" failures="{suite_failures}">'
        )
        out.extend(cases)
        out.append("  </testsuite>")
    out.append("</testsuites>")
    return "\n".join(out) + "\n"


def as_github(report: Report) -> str:
    """GitHub Actions workflow commands: one annotation per finding."""
    lines = []
    for f in ordered(report.findings):
        properties = f"file={_gh_property(f.file)}"
        if f.line:
            properties += f",line={f.line}"
        properties += f",title={_gh_property(f'painl10n {f.check} ({f.language})')}"
        lines.append(f"::{f.severity} {properties}::{_gh_data(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def render(report: Report, fmt: str) -> str:
    return {"text": as_text, "json": as_json, "junit": as_junit, "github": as_github}[fmt](report)


def _located(f: Finding) -> str:
    where = f"{f.file}:{f.line}" if f.line else f.file
    return visible(f"{where}: {f.message}")


def _one_line(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _gh_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(text)


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")
