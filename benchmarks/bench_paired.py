"""The three at-the-edge ratios of issue 5, measured in alternation.

``bench_all.py`` measures every stage several times, then the next stage:
the reference and the stage compared with it run minutes apart, and on a
shared virtual machine the host's load moves by 10-30% in that time. Here
each round runs the reference and painl10n's stage back to back, so each
ratio compares two neighbouring measurements; the median of the rounds'
ratios is the figure, printed with its spread:

- extract (as run, ``--jobs 2``) / markdown-it-py parsing the sources;
- build with HTML (as run) / markdown-it-py parsing + rendering the built pages;
- ``build --no-html`` (as run) / mdpo's rebuild of the same Markdown.

It works on a project ``bench_all.py`` left behind (its ``--workdir``), put
back in the state bench_all's full builds start from::

    .venv/bin/python benchmarks/bench_all.py --sizes 1000 --runs 1 --workdir W
    .venv/bin/python benchmarks/bench_paired.py W/corpus-1000 --rounds 5

It exits 1 if a median ratio misses its floor.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_all  # noqa: E402

JOBS = 2  # as painl10n runs by default on the 2-core reference machine


def _seconds(stage: str, root: Path, jobs: int = 1) -> float:
    return float(bench_all.run_child(stage, root, jobs)["seconds"])  # type: ignore[arg-type]


def _mdpo_rebuild(root: Path) -> float:
    work = root.parent / f"{root.name}-peers" / "mdpo"
    if not (work / "po").is_dir():
        bench_all.run_peer("mdpo", "extract", root, work, 1)
    measure = bench_all.run_peer("mdpo", "rebuild", root, work, 1)
    if measure.note:
        raise RuntimeError(f"mdpo: {measure.note}")
    return measure.seconds[0]


_ADDED = re.compile(r"\nAn added closing paragraph, edit [0-9]+\.\n")


def back_to_full_build_state(root: Path) -> None:
    """Undo bench_all's last step (a paragraph appended to one article per run), then
    extract and update: every catalog up to date and fully translated, as for its full builds."""
    for path in sorted((root / "source").glob("*.md")):
        text = path.read_text("utf-8")
        if _ADDED.search(text):
            path.write_text(_ADDED.sub("", text), "utf-8")
    bench_all.run_child("extract", root)
    bench_all.run_child("update", root)


def pairs(
    root: Path, *, peers: bool = True
) -> dict[str, tuple[float, Callable[[], tuple[float, float]]]]:
    """Floor name -> (floor, one round: (painl10n's seconds, the reference's seconds));
    without ``peers``, no mdpo round."""
    templates = root / "locales" / "templates"
    cache, output = root / ".painl10n", root / "output"
    clear_templates = bench_all._clear(templates, cache)
    clear_build = bench_all._clear(output, cache)

    def extract() -> tuple[float, float]:
        reference = _seconds("bare-parse", root)
        clear_templates()
        return _seconds("extract", root, JOBS), reference

    def build() -> tuple[float, float]:
        clear_build()
        ours = _seconds("build", root, JOBS)
        return ours, _seconds("bare-render", root)  # parses the pages just built

    def rebuild() -> tuple[float, float]:
        reference = _mdpo_rebuild(root)
        clear_build()
        return _seconds("build-md", root, JOBS), reference

    found = {
        "extract <= 1.3 x bare parse": (1.3, extract),
        "build <= 2 x bare parse+render": (2.0, build),
    }
    if peers:
        found["build --no-html < mdpo rebuild"] = (1.0, rebuild)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, help="a corpus folder bench_all.py left behind")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-peers", action="store_true", help="skip the mdpo rounds")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if not (root / "locales" / "es").is_dir():
        parser.error(f"{root} holds no catalogs: run bench_all.py with --workdir first")
    back_to_full_build_state(root)
    failed = False
    for name, (floor, one_round) in pairs(root, peers=not args.no_peers).items():
        ratios = []
        for _ in range(args.rounds):
            ours, reference = one_round()
            ratios.append(ours / reference)
            shown = f"{ours:.2f} s / {reference:.2f} s = {ours / reference:.2f}"
            print(f"  {name}: {shown}", flush=True)
        median = statistics.median(ratios)
        met = median < floor if floor == 1.0 else median <= floor
        failed = failed or not met
        spread = f"{min(ratios):.2f}-{max(ratios):.2f}"
        print(f"{'PASS' if met else 'FAIL'}  {name}: median {median:.2f} x (rounds {spread})")
    # Leave the project as bench_all leaves it: built, cache in place.
    bench_all._clear(root / "output", root / ".painl10n")()
    bench_all.run_child("build", root, JOBS)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
