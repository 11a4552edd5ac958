"""benchmarks/bench_all.py keeps working: its stages on 10 articles, without the peers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

import bench_all


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
        "check --jobs 2",
        "check one catalog changed",
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
    incremental = results["check one catalog changed"].extra
    assert incremental == {"examined": 1, "same bytes": True}
    floors = bench_all.floors(results, 10, {10: results})
    names = [floor.name for floor in floors]
    assert any(name.startswith("extract") for name in names)
    assert any(name.startswith("second build") for name in names)
    table = bench_all.table({10: results})
    assert table.count("\n") == len(expected) + 1


def test_alternation_runs_each_step_once_per_round_and_pairs_the_rounds() -> None:
    calls: list[str] = []
    clock = iter([1.0, 2.0, 10.0, 4.0, 3.0, 1.0, 4.0, 8.0, 40.0])

    def step(name: str) -> bench_all.Measure:
        calls.append(name)
        return bench_all.Measure(seconds=[next(clock)], cpu=[1.0], rss_kb=len(calls))

    def broken() -> bench_all.Measure:
        calls.append("peer")
        return bench_all.Measure(note="failed: no such tool")

    steps = {
        "ours": lambda: step("ours"),
        "reference": lambda: step("reference"),
        "peer": broken,
        "other": lambda: step("other"),
    }
    measures = bench_all.alternate(3, steps)
    assert calls == ["ours", "reference", "peer", "other"] + ["ours", "reference", "other"] * 2
    ours, reference = measures["ours"], measures["reference"]
    assert ours.seconds == [1.0, 4.0, 4.0] and reference.seconds == [2.0, 3.0, 8.0]
    assert measures["peer"].note == "failed: no such tool" and not measures["peer"].seconds
    assert ours.rss_kb == 8  # the largest of its rounds
    # Rounds 0.5, 1.33 and 0.5: the median of the ratios, not the ratio of the medians (1.33).
    assert bench_all.paired_ratio(ours, reference) == (0.5, "rounds 0.50-1.33")
    uneven = bench_all.Measure(seconds=[2.0])
    assert bench_all.paired_ratio(ours, uneven) == (2.0, "medians")


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
