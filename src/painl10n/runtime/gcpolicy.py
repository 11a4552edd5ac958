"""Fewer garbage collections while a batch runs.

Extract, update and build allocate millions of short-lived objects (tokens,
entries, strings), almost none in reference cycles. CPython's default
threshold (a young-generation pass every 700 allocations) then spends about
6% of a build scanning objects that die anyway, and every full pass walks
the modules and tables loaded at start. A higher threshold and a frozen
start-up heap cut that to well under 1% (``benchmarks/bench_gc.py``); memory
stays flat, since the objects freed by reference counting never wait for the
collector.

A batch that makes no reference cycles at all (``check``'s examination of
catalogs: its collections found nothing to free, ``benchmarks/RESULTS.md``)
runs with the collector off: each of those passes walked every object still
young (tokens, entries, findings) to free none, some 8% of the run.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 10_000


def collect_less() -> None:
    """For a worker process: freeze what it inherited and collect young objects less often."""
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


@contextmanager
def collecting_less() -> Iterator[None]:
    """:func:`collect_less` for the length of a ``with`` block, then the old settings."""
    before = gc.get_threshold()
    collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def collect_never() -> None:
    """For a worker whose batch makes no reference cycles: freeze what it inherited and
    stop the collector (reference counting frees everything it makes)."""
    gc.freeze()
    gc.disable()


@contextmanager
def not_collecting() -> Iterator[None]:
    """:func:`collect_never` for the length of a ``with`` block, then the old settings."""
    enabled = gc.isenabled()
    collect_never()
    try:
        yield
    finally:
        # What the batch made (never collected, so all still "young") joins the oldest
        # generation with the rest: the next young pass must not walk all of it at once.
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()
