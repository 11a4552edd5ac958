"""Run one function over many items, in this process or in a pool of processes.

Results come back in the order of the items whatever process computed them,
so output never depends on ``jobs``. ``jobs == 1`` (or a handful of items)
runs in-process: no pool, no pickling, ordinary tracebacks.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from .gcpolicy import collect_less, collecting_less

T = TypeVar("T")
R = TypeVar("R")

_MIN_PER_JOB = 4  # below this, starting processes costs more than it saves


def default_jobs() -> int:
    """The CPUs this process may run on (the CPU count by default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_ordered(function: Callable[[T], R], items: Sequence[T], jobs: int) -> Iterator[R]:
    """``map(function, items)`` over up to ``jobs`` processes, results in item order."""
    jobs = max(1, min(jobs, len(items) // _MIN_PER_JOB))
    if jobs == 1:
        with collecting_less():
            yield from map(function, items)
        return
    chunk = max(1, min(16, len(items) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, initializer=collect_less) as pool:
        yield from pool.map(function, items, chunksize=chunk)
