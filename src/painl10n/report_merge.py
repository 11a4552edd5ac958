"""Merge the JSON reports of ``check --shard K/N`` jobs into the report of the whole.

Each shard checks a disjoint share of the catalogs, so findings simply add
up and completion counts add up per language (the percentage is recomputed
from the sums). The merged document is what an unsharded ``check --format
json`` prints, except that cross-article consistency was checked within
each shard only; it lists the shards it was made from.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import Painl10nError

_COUNTS = ("messages", "translated", "fuzzy", "untranslated", "obsolete")


def _load(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise Painl10nError(f"cannot read the report: {exc}", path=path) from exc
    if not isinstance(document, dict) or document.get("version") != 1:
        raise Painl10nError("not a painl10n check report (version 1)", path=path)
    return document


def merge_reports(paths: Iterable[Path | str]) -> dict[str, Any]:
    """One report from the shards' reports; every shard K of N exactly once."""
    documents = [(Path(p), _load(Path(p))) for p in paths]
    if not documents:
        raise Painl10nError("no report to merge")
    counts = {doc.get("shard", {}).get("count") for _, doc in documents}
    if len(counts) != 1 or None in counts:
        raise Painl10nError(
            "reports are not shards of one run", hint="merge the JSON of 'check --shard K/N' jobs"
        )
    (count,) = counts
    seen: dict[int, Path] = {}
    for path, doc in documents:
        index = doc["shard"]["index"]
        if index in seen:
            raise Painl10nError(f"shard {index}/{count} is also in {seen[index]}", path=path)
        seen[index] = path
    missing = sorted(set(range(1, count + 1)) - set(seen))
    if missing:
        raise Painl10nError(
            f"shard {missing[0]}/{count} is missing", hint="pass every shard's report"
        )
    findings = [f for _, doc in documents for f in doc["findings"]]
    findings.sort(key=lambda f: (f["file"], f["line"] or 0, f["check"], f["message"]))
    languages: dict[str, dict[str, Any]] = {}
    for _, doc in sorted(documents, key=lambda item: item[1]["shard"]["index"]):
        for language, stats in doc["summary"]["languages"].items():
            total = languages.setdefault(language, dict.fromkeys(_COUNTS, 0))
            for key in _COUNTS:
                total[key] += stats[key]
            total["required"] = stats["required"]
    for code, stats in languages.items():  # the key order of an unsharded report
        messages = stats["messages"]
        percent = round(100.0 * stats["translated"] / messages if messages else 100.0, 2)
        languages[code] = {
            **{key: stats[key] for key in _COUNTS},
            "percent": percent,
            "required": stats["required"],
        }
    summary = {
        "errors": sum(f["severity"] == "error" for f in findings),
        "warnings": sum(f["severity"] == "warning" for f in findings),
        "catalogs": sum(doc["summary"]["catalogs"] for _, doc in documents),
        "languages": languages,  # in the project's order, as every shard lists them
    }
    return {
        "version": 1,
        "findings": findings,
        "summary": summary,
        "shards": sorted(seen),
    }
