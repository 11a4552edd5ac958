"""benchmarks/bench_all.py keeps working: its stages on 10 articles, without the peers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

import bench_all
import bench_paired

from painl10n.po import read_po_file


def test_every_stage_runs_on_a_small_corpus(tmp_path: Path) -> None:
    results = bench_all.measure_size(tmp_path / "corpus", 10, 1, False, 60.0)
    expected = {
        "bare parse",
        "extract",
        "extract --jobs 2",
        "update (create)",
        "update (10% edited)",
        "update (10% edited) --jobs 2",
        "msgmerge --previous",
        "babel Catalog.update",
        "build --no-html full --jobs 1",
        "build --no-html full --jobs 2",
        "build full --jobs 1",
        "build full --jobs 2",
        "bare parse+render",
        "build no change",
        "build one article edited",
        "check",
    }
    assert set(results) == expected
    assert all(m.seconds and m.cpu and m.rss_kb > 0 for m in results.values())
    ours = results["update (10% edited)"].extra["recall"]
    gnu = results["msgmerge --previous"].extra["recall"]
    assert isinstance(ours, tuple) and isinstance(gnu, tuple)
    assert gnu[1] > 0 and ours[1] == gnu[1]  # the same edited paragraphs were counted
    assert ours[0] >= gnu[0]
    markdown_only = results["build --no-html full --jobs 1"].extra
    full = results["build full --jobs 1"].extra
    assert 0 < markdown_only["files"] < full["files"]  # type: ignore[operator]
    assert results["build no change"].extra["rewritten"] == []
    assert results["build one article edited"].extra["foreign"] == []
    floors = bench_all.floors(results, 10, {10: results})
    names = [floor.name for floor in floors]
    assert any(name.startswith("extract") for name in names)
    assert any(name.startswith("second build") for name in names)
    table = bench_all.table({10: results})
    assert table.count("\n") == len(expected) + 1

    # bench_paired.py works on the project left behind: back to the full builds' state,
    # then one round of each pair (the mdpo one needs the peers' virtualenv).
    root = tmp_path / "corpus"
    assert any("An added closing paragraph" in p.read_text() for p in root.glob("source/*.md"))
    bench_paired.back_to_full_build_state(root)
    assert not any("An added closing paragraph" in p.read_text() for p in root.glob("source/*.md"))
    catalogs = [read_po_file(path) for path in root.glob("locales/*/LC_MESSAGES/*.po")]
    assert catalogs and all(e.msgstr for c in catalogs for e in c if not e.obsolete)
    rounds = bench_paired.pairs(root, peers=False)
    assert sorted(rounds) == ["build <= 2 x bare parse+render", "extract <= 1.3 x bare parse"]
    for floor, one_round in rounds.values():
        ours, reference = one_round()
        assert floor > 1 and ours > 0 and reference > 0


def test_edits_touch_a_tenth_of_the_paragraphs(tmp_path: Path) -> None:
    root = bench_all.make_project(tmp_path / "corpus", 20)
    prose = sum(
        1
        for path in (root / "source").glob("*.md")
        for line in path.read_text("utf-8").split("\n")
        if bench_all._PROSE.match(line)
    )
    edits = bench_all.edit_paragraphs(root)
    assert 0.05 * prose < len(edits) < 0.15 * prose
    assert all("usually" in new and "usually" not in old for new, old in edits.items())


@pytest.mark.bench
def test_full_benchmark_meets_the_floors() -> None:
    """The long run (1,000 articles, peers included): minutes, not for every commit."""
    assert bench_all.main(["--runs", "1"]) == 0
