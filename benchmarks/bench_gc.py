"""What the garbage collector costs a full build, with and without painl10n's policy.

Run: .venv/bin/python benchmarks/bench_gc.py [ARTICLES] (default 100)

Builds the benchmark corpus (4 languages, every string translated) from
scratch in one process, alternately with CPython's default collector
settings and with :mod:`painl10n.runtime.gcpolicy`, and prints the time spent inside
the collector (measured with ``gc.callbacks``) and the CPU time of each
build: the best of three runs each. Exit status 1 when the policy does not
cut the collector's time at least in half.
"""

from __future__ import annotations

import contextlib
import gc
import shutil
import sys
import tempfile
import time
from pathlib import Path

import painl10n.runtime.parallel
from painl10n import Project, build

sys.path.insert(0, str(Path(__file__).parent))
from bench_all import make_project, pseudo_translate, run_child


class CollectorClock:
    """Seconds spent inside the garbage collector while it is installed."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started


def one_build(root: Path, policy: bool) -> tuple[float, float]:
    """(seconds in the collector, CPU seconds) of one build from scratch."""
    for folder in ("output", ".painl10n"):
        shutil.rmtree(root / folder, ignore_errors=True)
    saved = painl10n.runtime.parallel.collecting_less
    if not policy:
        painl10n.runtime.parallel.collecting_less = contextlib.nullcontext  # type: ignore[assignment]
    clock = CollectorClock()
    gc.collect()
    gc.callbacks.append(clock)
    try:
        started = time.process_time()
        build(Project.load(root), jobs=1)
        return clock.seconds, time.process_time() - started
    finally:
        gc.callbacks.remove(clock)
        painl10n.runtime.parallel.collecting_less = saved


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as folder:
        root = make_project(Path(folder) / "site", count)
        run_child("extract", root)
        run_child("update", root)
        pseudo_translate(root)
        run_child("update", root)
        runs: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
        for _ in range(3):
            for policy in (False, True):
                runs[policy].append(one_build(root, policy))
    best = {policy: (min(r[0] for r in rs), min(r[1] for r in rs)) for policy, rs in runs.items()}
    for policy, (collector, cpu) in best.items():
        name = "painl10n policy" if policy else "CPython default"
        print(f"{name:16} collector {collector:6.3f} s   build CPU {cpu:6.2f} s")
    saved = 1 - best[True][0] / best[False][0]
    print(f"collector time cut by {saved:.0%}")
    return 0 if saved >= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
