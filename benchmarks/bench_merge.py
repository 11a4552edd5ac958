"""How `update`'s merge scales: N strings, 5% of them edited, 2% removed.

Run: .venv/bin/python benchmarks/bench_merge.py [N ...]
Prints seconds per merge; with an index the time grows about linearly with N
(Babel's Catalog.update compares every new string with every old one).
"""

from __future__ import annotations

import random
import sys
import time

import polib

from painl10n.catalogs.merge import merge


def vocabulary(rng: random.Random, size: int = 5_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(2, 11))) for _ in range(size)]


def sentence(rng: random.Random, words: list[str], weights: list[float]) -> str:
    """Zipf-distributed words, like real prose: a few very common, most rare."""
    picked = rng.choices(words, weights, k=rng.randint(8, 30))
    return " ".join(picked).capitalize() + "."


def catalogs(count: int, seed: int = 7) -> tuple[polib.POFile, polib.POFile]:
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = [1 / rank for rank in range(1, len(words) + 1)]
    texts = list(dict.fromkeys(sentence(rng, words, weights) for _ in range(count)))
    old = polib.POFile()
    for text in texts:
        old.append(polib.POEntry(msgid=text, msgstr="T: " + text))
    template = polib.POFile()
    for text in texts:
        roll = rng.random()
        if roll < 0.02:
            continue
        if roll < 0.07:
            text = text.replace(" ", " very ", 1)
        template.append(polib.POEntry(msgid=text, msgstr=""))
    return template, old


def main(sizes: list[int]) -> None:
    for size in sizes:
        template, old = catalogs(size)
        start = time.perf_counter()
        _, stats = merge(template, old, "es", slug="bench")
        elapsed = time.perf_counter() - start
        print(
            f"{size:>7} strings: {elapsed:7.3f} s  "
            f"(kept {stats.kept}, fuzzy {stats.fuzzy}, new {stats.new}, obsolete {stats.obsoleted})"
        )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1_000, 5_000, 20_000])
