"""The collector is relaxed only while a batch runs, and workers relax their own."""

from __future__ import annotations

import gc

from painl10n.runtime.gcpolicy import YOUNG_THRESHOLD, collecting_less
from painl10n.runtime.parallel import run_ordered


def _settings(_: int) -> tuple[int, int]:
    return gc.get_threshold()[0], gc.get_freeze_count()


def test_settings_come_back_after_the_block() -> None:
    before = gc.get_threshold()
    with collecting_less():
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_settings_come_back_after_an_error() -> None:
    before = gc.get_threshold()
    try:
        with collecting_less():
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_in_process_and_worker_runs_both_collect_less() -> None:
    before = gc.get_threshold()
    inline = list(run_ordered(_settings, [1, 2], jobs=1))
    assert gc.get_threshold() == before
    workers = list(run_ordered(_settings, list(range(16)), jobs=2))
    assert {threshold for threshold, _ in inline + workers} == {YOUNG_THRESHOLD}
    assert all(frozen > 0 for _, frozen in inline + workers)
