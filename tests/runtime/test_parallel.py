"""run_ordered: results in item order, and each worker is given the function once."""

from __future__ import annotations

import os
from functools import partial

from painl10n.runtime.parallel import run_ordered

_ARRIVALS: list[int] = []  # in a worker: how many copies of a Payload it unpickled


class Payload:
    """An argument that counts the copies a worker unpickles of it."""

    def __init__(self, offset: int) -> None:
        self.offset = offset

    def __setstate__(self, state: dict[str, int]) -> None:
        self.__dict__.update(state)
        _ARRIVALS.append(1)


def _shifted(payload: Payload, item: int) -> tuple[int, int, int]:
    return item + payload.offset, os.getpid(), len(_ARRIVALS)


def test_results_in_item_order_from_functions_given_once_per_worker() -> None:
    items = list(range(400))  # many chunks per worker
    found = list(run_ordered(partial(_shifted, Payload(1000)), items, jobs=2))
    assert [value for value, _, _ in found] == [item + 1000 for item in items]
    assert len({pid for _, pid, _ in found} - {os.getpid()}) >= 1  # in workers
    # at most one copy per worker (none when forked), not one per chunk
    assert max(arrivals for _, _, arrivals in found) <= 1


def test_in_process_when_one_job() -> None:
    found = list(run_ordered(partial(_shifted, Payload(5)), [1, 2, 3], jobs=1))
    assert found == [(6, os.getpid(), 0), (7, os.getpid(), 0), (8, os.getpid(), 0)]


def test_chunks_cover_the_items_in_order_and_shrink_towards_the_end() -> None:
    from painl10n.runtime.parallel import chunks

    items = list(range(1000))
    found = chunks(items, 2)
    assert [item for chunk in found for item in chunk] == items
    sizes = [len(chunk) for chunk in found]
    assert max(sizes) == 16 and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)  # never larger than the one before
    assert chunks([], 2) == [] and [len(c) for c in chunks(list(range(5)), 2)] == [1] * 5
