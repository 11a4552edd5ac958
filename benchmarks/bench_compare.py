"""Two checkouts of painl10n on one corpus, stage by stage, in alternation.

For a change that must not cost speed (a refactoring, say): each round runs
every stage with the old code and then with the new, each in a fresh
interpreter on a fresh copy of the same seeded project, so host noise hits
both alike; the ratio new/old of each stage is the median of the rounds'
ratios, printed with its spread::

    python benchmarks/bench_compare.py OLD_CHECKOUT NEW_CHECKOUT --articles 100 --rounds 5

A checkout is a folder with ``src/painl10n`` (a ``git worktree`` or clone of
the commit to measure). Stages run in one process (``jobs=1``); only the
operation is timed, not the imports.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_all import make_project

# Each stage: what runs before it (untimed) and the timed call, as Python source.
STAGES = {
    "extract": ("", "extract(project)"),
    "update (create)": ("extract(project)", "update(project)"),
    "build --no-html": ("", "build(project.with_html(False))"),
    "build": ("", "build(project)"),
    "build no change": ("build(project)", "build(project)"),
}

CHILD = """
import json, sys, time
from painl10n import Project, build, extract, update
project = Project.load(sys.argv[1])
{before}
start = time.perf_counter()
{timed}
print(json.dumps(time.perf_counter() - start))
"""


def run_stage(checkout: Path, template: Path, scratch: Path, stage: str) -> float:
    """Seconds of one stage with ``checkout``'s code on a fresh copy of ``template``."""
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(template, scratch)
    before, timed = STAGES[stage]
    code = CHILD.format(before=before, timed=timed)
    env = {**os.environ, "PYTHONPATH": str(checkout / "src"), "SOURCE_DATE_EPOCH": "1700000000"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(scratch)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return float(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--stages", nargs="+", choices=list(STAGES), default=list(STAGES))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        template = make_project(work / "template", args.articles)
        seconds: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.rounds):
            for stage in args.stages:
                for side, checkout in (("old", args.old), ("new", args.new)):
                    took = run_stage(checkout.resolve(), template, work / "scratch", stage)
                    seconds.setdefault((stage, side), []).append(took)
    print(f"{args.articles} articles, {args.rounds} rounds; median seconds, ratio new/old")
    print("| stage | old s | new s | new/old (median of rounds) | spread |")
    print("|---|---|---|---|---|")
    for stage in args.stages:
        old, new = seconds[(stage, "old")], seconds[(stage, "new")]
        ratios = sorted(n / o for o, n in zip(old, new, strict=True))
        print(
            f"| {stage} | {statistics.median(old):.3f} | {statistics.median(new):.3f} "
            f"| {statistics.median(ratios):.3f} | {ratios[0]:.2f}-{ratios[-1]:.2f} |"
        )


if __name__ == "__main__":
    main()
