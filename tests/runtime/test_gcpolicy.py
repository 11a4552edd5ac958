"""The collector is relaxed only while a batch runs, and workers relax their own."""

from __future__ import annotations

import gc

from painl10n.runtime.gcpolicy import YOUNG_THRESHOLD, collecting_less, not_collecting
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


def _collecting(_: int) -> tuple[bool, int]:
    return gc.isenabled(), gc.get_freeze_count()


def test_not_collecting_stops_the_collector_then_restores_it() -> None:
    before = gc.get_threshold()
    assert gc.isenabled()
    with not_collecting():
        assert not gc.isenabled()
        assert gc.get_freeze_count() > 0
    assert gc.isenabled()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_not_collecting_keeps_a_collector_the_caller_had_stopped() -> None:
    gc.disable()
    try:
        with not_collecting():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_batch_without_cycles_runs_without_the_collector_in_and_out_of_process() -> None:
    inline = list(run_ordered(_collecting, [1, 2], jobs=1, cycles=False))
    assert gc.isenabled()
    workers = list(run_ordered(_collecting, list(range(16)), jobs=2, cycles=False))
    assert gc.isenabled()
    assert {enabled for enabled, _ in inline + workers} == {False}
    assert all(frozen > 0 for _, frozen in inline + workers)
    # the default (a batch that may make cycles) keeps the collector on
    assert {enabled for enabled, _ in run_ordered(_collecting, [1, 2], jobs=1)} == {True}


def test_what_a_batch_without_the_collector_made_joins_the_oldest_generation() -> None:
    """Else the first young pass after the batch walks everything the batch kept."""
    with not_collecting():
        made = [[index] for index in range(1000)]
    assert gc.get_count()[0] < 100
    oldest = {id(found) for found in gc.get_objects(generation=2)}
    assert id(made) in oldest
    assert id(made[-1]) in oldest
