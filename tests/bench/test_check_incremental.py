"""On the benchmark corpus, a ``check`` after one catalog changed examines that catalog
alone (a count, not a time) and reports what a full run reports, in every format;
also with the shipped termbase, its translations made to follow it
(``bench_check.py --target-terms``), which leaves no terminology finding."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from painl10n import Project, extract, update
from painl10n.pipeline.check import run_checks
from painl10n.po import read_po_file, write_po
from painl10n.reports.formats import FORMATS, render
from tests.helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

import bench_all


def corpus(root: Path, count: int) -> Path:
    """``bench_all``'s project: ``count`` articles, every entry translated ("ES: " + msgid …)."""
    bench_all.make_project(root, count)
    extract(Project.load(root))
    update(Project.load(root))
    bench_all.pseudo_translate(root)
    return root


def report(root: Path, *, cache: bool) -> tuple[int, dict[str, str]]:
    found = run_checks(Project.load(root), jobs=2, cache=cache)
    return found.examined, {fmt: render(found, fmt) for fmt in FORMATS}


def edit_one(root: Path, language: str) -> None:
    path = sorted((root / "locales" / language / "LC_MESSAGES").glob("*.po"))[1]
    catalog = read_po_file(path, shown=path.name)
    entry = next(e for e in catalog if e.msgstr and not e.obsolete)
    entry.msgstr = "Nunca tome más de 3 dosis. " + entry.msgstr  # a negation and a number
    path.write_text(write_po(catalog, width=79), "utf-8")


def one_changed(root: Path, count: int) -> None:
    catalogs = 4 * count
    assert report(root, cache=True)[0] == catalogs
    examined, before = report(root, cache=True)
    assert examined == 0
    edit_one(root, "es")
    examined, rendered = report(root, cache=True)
    assert examined == 1
    assert rendered == report(root, cache=False)[1]
    assert rendered["json"].count('"check": "numbers"') > before["json"].count('"check": "numbers"')
    edit_one(root, "ar")
    assert report(root, cache=True) == (1, report(root, cache=False)[1])


def test_one_changed_catalog_of_a_small_corpus(tmp_path: Path) -> None:
    one_changed(corpus(tmp_path / "corpus", 12), 12)


@pytest.mark.bench
def test_one_changed_catalog_of_a_large_corpus(tmp_path: Path) -> None:
    one_changed(corpus(tmp_path / "corpus", 300), 300)


def termbase_corpus(root: Path, count: int) -> Path:
    """``corpus`` with the shipped termbase where the project reads it."""
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
