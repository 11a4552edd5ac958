"""Merge the JSON reports of ``check --shard K/N`` jobs into the report of the whole.

Each shard checks a disjoint share of the catalogs, so findings and the
catalogs checked simply add up and completion counts add up per language
(the percentage is recomputed from the sums). The merged report is what an
unsharded ``check`` reports, except that cross-article consistency was
checked within each shard only. Every shard K of N must be given exactly
once, and all must have checked the same languages; a report without a
shard (an unsharded ``check``) counts as shard 1 of 1.
"""

from __future__ import annotations

import glob
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..checks.model import Completion, Report
from ..errors import Painl10nError
from ..languages import canonical_code
from .formats import as_document, dumps, ordered, render
from .read import read_report

_GLOB = re.compile(r"[*?[]")


@dataclass(frozen=True)
class MergedReport:
    """The report of the whole run, and how many shards it was merged from."""

    report: Report
    shards: int

    def document(self) -> dict[str, Any]:
        """The JSON document: an unsharded report's, plus ``"shards": [1, …, N]``."""
        return {**as_document(self.report), "shards": list(range(1, self.shards + 1))}


def merge_reports(paths: Iterable[Path | str]) -> dict[str, Any]:
    """One JSON document from the shards' JSON reports; every shard K of N exactly once."""
    return merge_shards(paths).document()


def merge_shards(paths: Iterable[Path | str]) -> MergedReport:
    """Read and validate every report first, then merge them into one."""
    shards = [(Path(p), read_report(Path(p))) for p in paths]
    if not shards:
        raise Painl10nError("no report to merge")
    count = _shard_count(shards)
    seen: dict[int, Path] = {}
    for path, report in shards:
        index = report.shard.index if report.shard else 1
        if index in seen:
            raise Painl10nError(f"shard {index}/{count} is also in {seen[index]}", path=path)
        seen[index] = path
    missing = sorted(set(range(1, count + 1)) - set(seen))
    if missing:
        raise Painl10nError(
            f"shard {missing[0]}/{count} is missing", hint="pass every shard's report"
        )
    ranked = sorted(shards, key=lambda item: item[1].shard.index if item[1].shard else 1)
    _same_languages(ranked)
    return MergedReport(_merged([report for _, report in ranked]), count)


def report_paths(arguments: Sequence[str]) -> list[Path]:
    """The files named: a quoted glob pattern (``'check-*.json'``) is expanded here, sorted."""
    paths: list[Path] = []
    for argument in arguments:
        if _GLOB.search(argument):
            matches = sorted(glob.glob(argument))
            if not matches:
                raise Painl10nError(f"no report matches {argument!r}")
            paths.extend(Path(match) for match in matches)
        else:
            paths.append(Path(argument))
    return paths


def only_languages(merged: MergedReport, languages: Sequence[str] | None) -> MergedReport:
    """The merged report restricted to ``-l`` languages (all when none are given)."""
    if not languages:
        return merged
    report = merged.report
    wanted = {canonical_code(code) for code in languages}
    unknown = sorted(wanted - set(report.completion))
    if unknown:
        raise Painl10nError(
            f"language {unknown[0]!r} is not in the reports",
            hint="they checked " + ", ".join(report.completion),
        )
    kept = [code for code in report.completion if code in wanted]
    narrowed = Report(
        findings=[f for f in report.findings if f.language in wanted],
        completion={code: report.completion[code] for code in kept},
        required={code: report.required[code] for code in kept},
        catalogs=[item for item in report.catalogs if item[0] in wanted],
    )
    return MergedReport(narrowed, merged.shards)


def render_merged(merged: MergedReport, fmt: str) -> str:
    """The merged report in a ``check --format``; JSON also lists the shards."""
    if fmt == "json":
        return dumps(merged.document())
    return render(merged.report, fmt)


def _shard_count(shards: list[tuple[Path, Report]]) -> int:
    counts = {report.shard.count if report.shard else 1 for _, report in shards}
    if len(counts) != 1:
        raise Painl10nError(
            "reports are not shards of one run (shard counts "
            + ", ".join(map(str, sorted(counts)))
            + ")",
            hint="merge the JSON of the 'check --shard K/N' jobs of one run",
        )
    (count,) = counts
    return count


def _same_languages(ranked: list[tuple[Path, Report]]) -> None:
    """Shards checked with different ``-l`` would sum to a whole that never existed."""
    first_path, first = ranked[0]
    for path, report in ranked[1:]:
        if list(report.completion) != list(first.completion) or report.required != first.required:
            raise Painl10nError(
                f"checked other languages or required completions ({_languages(report)}) "
                f"than {first_path} ({_languages(first)})",
                path=path,
                hint="run every shard with the same settings and -l options",
            )


def _languages(report: Report) -> str:
    return ", ".join(f"{code} {report.required[code]:g}%" for code in report.completion) or "none"


def _merged(reports: list[Report]) -> Report:
    languages = list(reports[0].completion)
    whole = Report(required=dict(reports[0].required))
    whole.findings = ordered([f for report in reports for f in report.findings])
    for code in languages:
        parts = [report.completion[code] for report in reports]
        whole.completion[code] = Completion(
            total=sum(p.total for p in parts),
            translated=sum(p.translated for p in parts),
            fuzzy=sum(p.fuzzy for p in parts),
            untranslated=sum(p.untranslated for p in parts),
            obsolete=sum(p.obsolete for p in parts),
            reviewed=sum(p.reviewed for p in parts),
        )
        catalogs = [item for report in reports for item in report.catalogs if item[0] == code]
        # An unsharded check lists a language's catalogs by slug, the file's stem.
        whole.catalogs += sorted(catalogs, key=lambda item: PurePosixPath(item[1]).stem)
    return whole
