"""Run one function over many items, in this process or in a pool of processes.

Results come back in the order of the items whatever process computed them,
so output never depends on ``jobs``. ``jobs == 1`` (or a handful of items)
runs in-process: no pool, no pickling, ordinary tracebacks.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from functools import partial
from typing import Any, TypeVar

from .gcpolicy import collect_less, collect_never, collecting_less, not_collecting

T = TypeVar("T")
R = TypeVar("R")

_MIN_PER_JOB = 4  # below this, starting processes costs more than it saves


def default_jobs() -> int:
    """The CPUs this process may run on (the CPU count by default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_ordered(
    function: Callable[[T], R], items: Sequence[T], jobs: int, *, cycles: bool = True
) -> Iterator[R]:
    """``map(function, items)`` over up to ``jobs`` processes, results in item order.

    ``cycles=False``: ``function`` makes no reference cycles, so the garbage
    collector is off while the batch runs, here and in the workers
    (:mod:`.gcpolicy`); otherwise it only collects less often.
    """
    jobs = max(1, min(jobs, len(items) // _MIN_PER_JOB))
    if jobs == 1:
        with collecting_less() if cycles else not_collecting():
            yield from map(function, items)
        return
    worker = collect_less if cycles else collect_never
    here = nullcontext() if cycles else not_collecting()  # the results are unpickled here
    start = partial(_install, function, worker)
    with here, ProcessPoolExecutor(max_workers=jobs, initializer=start) as pool:
        for results in pool.map(_installed_all, chunks(items, jobs)):
            yield from results


_MAX_CHUNK = 16  # items sent at once: fewer round trips, and the function's caches stay warm


def chunks(items: Sequence[T], jobs: int) -> list[Sequence[T]]:
    """``items`` in consecutive chunks of at most 16, smaller towards the end: each
    worker's last chunk is short, so none waits long for the others at the end (a
    fixed 16 left one worker idle for half a chunk, some 0.3 s of ``check``)."""
    found: list[Sequence[T]] = []
    start = 0
    while start < len(items):
        size = max(1, min(_MAX_CHUNK, (len(items) - start) // (jobs * 4)))
        found.append(items[start : start + size])
        start += size
    return found


# A worker's function, given once when it starts: sent with every chunk instead, its
# arguments (the project, the checks' contexts) would arrive as new objects each time,
# and what a worker remembers of them (a spelling dictionary's answers) would be lost.
_FUNCTION: list[Callable[[Any], Any]] = []


def _install(function: Callable[[Any], Any], start: Callable[[], None]) -> None:
    start()
    _FUNCTION[:] = [function]


def _installed_all(items: Sequence[Any]) -> list[Any]:
    function = _FUNCTION[0]
    return [function(item) for item in items]
