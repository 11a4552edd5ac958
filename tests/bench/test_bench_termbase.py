"""The benchmark project with the shipped termbase: its translations made to follow it
(``bench_check.py --target-terms``) leave no terminology finding, and a ``check``
after one catalog changed still reports what a full run reports."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from painl10n import Project, extract, update
from painl10n.pipeline.check import run_checks
from painl10n.reports.formats import render
from tests.bench.test_check_incremental import one_changed
from tests.helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

import bench_all


def termbase_corpus(root: Path, count: int) -> Path:
    bench_all.make_project(root, count)
    (root / "locales").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(REPO / "locales" / "glossary.tbx", root / "locales" / "glossary.tbx")
    extract(Project.load(root))
    update(Project.load(root))
    bench_all.pseudo_translate(root)
    return root


def terminology_findings(root: Path) -> int:
    found = json.loads(render(run_checks(Project.load(root), jobs=1), "json"))["findings"]
    return sum(finding["check"] == "terminology" for finding in found)


def test_target_terms_leave_no_terminology_finding(tmp_path: Path) -> None:
    root = termbase_corpus(tmp_path / "corpus", 6)
    assert terminology_findings(root) > 50  # "ES: " + English: every term is a finding
    assert bench_all.use_target_terms(root) > 50
    assert terminology_findings(root) == 0


def test_one_changed_catalog_with_a_termbase(tmp_path: Path) -> None:
    root = termbase_corpus(tmp_path / "corpus", 8)
    bench_all.use_target_terms(root)
    one_changed(root, 8)
