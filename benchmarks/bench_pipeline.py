"""Whole-pipeline timing on a synthetic site: N articles x 4 languages.

Run: .venv/bin/python benchmarks/bench_pipeline.py [N ...]
Each article is one of the shipped articles under a new slug, so every string
is realistic Markdown; catalogs are created by `update` (untranslated), then
`build` runs twice: the first writes everything, the second must write nothing.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from painl10n import Project, build, extract, update

REPO = Path(__file__).resolve().parent.parent


def make_site(root: Path, count: int) -> None:
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    sources = sorted((REPO / "source").glob("*.md"))
    (root / "source").mkdir()
    for index in range(count):
        text = sources[index % len(sources)].read_text("utf-8")
        text = text.replace("\n---\n", f"\nslug: article-{index:05d}\n---\n", 1)
        text = text.replace("Chronic pain", f"Chronic pain ({index})", 1)
        (root / "source" / f"article-{index:05d}.md").write_text(text, "utf-8")


def timed(label: str, action: Callable[[Project], object], project: Project) -> None:
    start = time.perf_counter()
    action(project)
    print(f"  {label:<22} {time.perf_counter() - start:7.2f} s")


def main(sizes: list[int]) -> None:
    for count in sizes:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            make_site(root, count)
            project = Project.load(root)
            print(f"{count} articles x {len(project.settings.languages)} languages")
            timed("extract", extract, project)
            timed("update (create)", update, project)
            timed("build (first)", build, project)
            timed("build (no change)", build, project)


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [50, 200])
