"""A pathological article (``![`` 500,000 times, 1 MB) through build: its time and parses.

    python benchmarks/bench_pathological.py [REPEAT]

markdown-it-py parses it in linear time, but slowly (about 10 s); before the
languages shared one parse of an unchanged text, build parsed it once per
language.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from markdown_it import MarkdownIt

from painl10n import Project, build
from painl10n.pipeline.init import init_project


def main(repeat: int = 500_000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        init_project(root, source_language="en", languages=["es", "fr", "de", "ar"],
                     example_date="2026-01-01")  # fmt: skip
        text = "---\ntitle: Bad\n---\n\n" + "![" * repeat + "\n"
        (root / "source" / "bad.md").write_text(text, "utf-8")
        parses = 0
        original = MarkdownIt.parse

        def counting(self: MarkdownIt, src: str, env: object = None) -> list[object]:
            nonlocal parses
            parses += src == text
            return original(self, src, env)  # type: ignore[arg-type, return-value]

        MarkdownIt.parse = counting  # type: ignore[method-assign]
        start = time.process_time()
        build(Project.load(root), jobs=1)
        seconds = time.process_time() - start
        print(
            f"build, 4 languages, {len(text) / 1e6:.1f} MB: {seconds:.1f} s CPU, {parses} parse(s)"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500_000)
