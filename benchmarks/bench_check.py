"""``check`` alone on ``bench_all``'s project: a full run (no cache), old code against new,
and the run after one catalog changed (the check cache filled).

    python benchmarks/bench_check.py --articles 1000 --runs 3 [--baseline OLD/src]
        [--termbase locales/glossary.tbx [--target-terms]]

The project is ``bench_all``'s at the moment it measures ``check``: every
entry translated ("ES: " + msgid in Spanish …), then 10% of the paragraphs edited and
merged (so some entries are fuzzy). ``--baseline`` names the ``src`` folder
of another checkout (``git archive COMMIT src | tar -x -C DIR``): its full
``check --jobs 2`` runs in alternation with ours, round by round, since a
shared machine's load moves from one minute to the next. Wall and CPU
seconds are printed for each (CPU time, workers included, is the steadier
figure when other work shares the cores), with the load average.
``--termbase`` gives the project a termbase (``bench_all``'s has none, so the
term checks find nothing to do without it; with the shipped one, every term
of the made-up translations is a finding, unless ``--target-terms`` puts each
language's preferred term in their place first, as a translator who follows the
termbase would).
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_all  # noqa: E402


def prepare(
    root: Path, count: int, termbase: Path | None = None, target_terms: bool = False
) -> None:
    """``bench_all``'s project, as its ``check`` rows see it (``termbase``: a TBX file
    put where the project reads its termbase; ``bench_all``'s project has none;
    ``target_terms``: the translations then use the termbase's target terms)."""
    from painl10n import Project, extract, update

    bench_all.make_project(root, count)
    if termbase is not None:
        (root / "locales").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(termbase, root / "locales" / "glossary.tbx")
    extract(Project.load(root))
    update(Project.load(root))
    bench_all.pseudo_translate(root)
    if target_terms:
        bench_all.use_target_terms(root)
    bench_all.edit_paragraphs(root)
    extract(Project.load(root))
    update(Project.load(root))


def child(stage: str, root: Path, src: Path | None) -> dict[str, object]:
    """One stage in a fresh interpreter, with ``src`` first on the import path."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    command = [sys.executable, str(HERE / "bench_all.py"), "--child", stage, str(root)]
    done = subprocess.run(
        [*command, "--jobs", "2"], capture_output=True, text=True, env=env, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{stage} failed:\n{done.stderr}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="the src folder of the old checkout")
    parser.add_argument("--work", type=Path, help="where to make the project (kept)")
    parser.add_argument(
        "--termbase", type=Path, help="a TBX termbase for the project (e.g. locales/glossary.tbx)"
    )
    parser.add_argument(
        "--target-terms",
        action="store_true",
        help="with --termbase: translations use its target terms (a project that follows it)",
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-check-"))
    root = work / "corpus"
    ours = HERE.parent / "src"
    prepare(root, args.articles, args.termbase, args.target_terms)
    rows: dict[str, list[dict[str, object]]] = {}
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):
        if args.baseline is not None:
            rows.setdefault("old: check --jobs 2", []).append(child("check", root, args.baseline))
        rows.setdefault("new: check --jobs 2", []).append(child("check", root, ours))
        loads.append(os.getloadavg()[0])
    if args.baseline is not None:
        digests = {str(run["digest"]) for name in rows for run in rows[name]}
        print(f"old and new reports {'identical' if len(digests) == 1 else 'DIFFER'}")
    incremental = bench_all.check_one_changed(root, args.runs)
    loads.append(os.getloadavg()[0])
    print(f"{args.articles} articles x 4 languages; load average (1 min) {loads}")
    print("| run | wall s (median) | CPU s (median) | runs (wall / CPU) |")
    print("|---|---|---|---|")
    for name, runs in rows.items():
        walls = [float(run["seconds"]) for run in runs]  # type: ignore[arg-type]
        cpus = [float(run["cpu"]) for run in runs]  # type: ignore[arg-type]
        shown = ", ".join(f"{w:.1f} / {c:.1f}" for w, c in zip(walls, cpus, strict=True))
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {shown} |")
    shown = ", ".join(
        f"{w:.2f} / {c:.2f}" for w, c in zip(incremental.seconds, incremental.cpu, strict=True)
    )
    print(
        f"| new: one catalog changed (cache) | {incremental.median:.3f} | "
        f"{incremental.cpu_median:.3f} | {shown} |"
    )
    print(f"incremental: {incremental.extra}")
    full_wall = statistics.median(float(run["seconds"]) for run in rows["new: check --jobs 2"])  # type: ignore[arg-type]
    print(
        f"one catalog changed = {100 * incremental.median / full_wall:.1f}% of the new full "
        "run (wall-time medians; the floor is 5%)"
    )


if __name__ == "__main__":
    main()
