"""What the translation memory costs `update` on a large project.

Run: .venv/bin/python benchmarks/bench_tm.py [ARTICLES] (default 1000)

A seeded generator writes ARTICLES articles of prose (a Zipf-distributed
made-up vocabulary, a few boilerplate sentences shared between articles),
creates their catalogs and translates every string. Then a tenth of the
articles get three new paragraphs each: another article's paragraph (an
exact memory match), a near copy of another article's sentence (a close match) and
new text (no match). `update` runs on identical copies of that project with
`tm = false` and with the memory on; the best of three runs of each is
compared. Exit status 1 when the memory makes `update` more than 20% slower.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import painl10n.pipeline.update
from painl10n import Project, extract, update
from painl10n.po import read_po_file, write_po

LIMIT = 1.20
LANGUAGES = ("es", "de")
STRINGS_PER_ARTICLE = 40
SEED = 20240607


class Writer:
    """Deterministic made-up prose: same seed, same project."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        letters = "abcdefghiklmnoprstuvy"
        self.words = sorted(
            {
                "".join(self.random.choice(letters) for _ in range(self.random.randint(2, 10)))
                for _ in range(4000)
            }
        )
        self.weights = [1 / (rank + 1) for rank in range(len(self.words))]
        self.boilerplate = [self.sentence() for _ in range(150)]

    def sentence(self) -> str:
        count = self.random.randint(8, 24)
        chosen = self.random.choices(self.words, self.weights, k=count)
        return " ".join(chosen).capitalize() + "."

    def paragraph(self) -> str:
        if self.random.random() < 0.1:
            return self.random.choice(self.boilerplate)
        return " ".join(self.sentence() for _ in range(self.random.randint(1, 3)))

    def article(self, slug: str) -> list[str]:
        return [f"# Article {slug}", *(self.paragraph() for _ in range(STRINGS_PER_ARTICLE - 1))]

    def near_copy(self, text: str) -> str:
        """One word of a long paragraph replaced: a close, not exact, match."""
        words = text.split(" ")
        words[len(words) // 2] = self.random.choice(self.words)
        return " ".join(words)


def fake_translation(language: str, text: str) -> str:
    return f"[{language}] " + " ".join(reversed(text.split(" ")))


def write_article(root: Path, slug: str, blocks: list[str]) -> None:
    body = "\n\n".join(blocks)
    path = root / "source" / f"{slug}.md"
    path.write_text(f"---\ntitle: {slug}\n---\n\n{body}\n", "utf-8")


def translate_everything(project: Project) -> None:
    for language in project.settings.languages:
        folder = project.settings.locales_dir / language / "LC_MESSAGES"
        for path in sorted(folder.glob("*.po")):
            catalog = read_po_file(path)
            for entry in catalog:
                entry.msgstr = fake_translation(language, entry.msgid)
            path.write_text(write_po(catalog), "utf-8")


def make_translated_project(root: Path, count: int) -> tuple[Writer, dict[str, list[str]]]:
    """``count`` articles, every string translated (no `fuzzy`): nothing for the memory to do."""
    (root / "source").mkdir(parents=True)
    languages = ", ".join(f'"{code}"' for code in LANGUAGES)
    (root / "painl10n.toml").write_text(f"languages = [{languages}]\n", "utf-8")
    writer = Writer(SEED)
    articles = {f"article-{n:05d}": writer.article(f"{n:05d}") for n in range(count)}
    for slug, blocks in articles.items():
        write_article(root, slug, blocks)
    project = Project.load(root)
    extract(project)
    update(project)
    translate_everything(project)
    return writer, articles


def edit_a_tenth(root: Path, writer: Writer, articles: dict[str, list[str]]) -> int:
    """Three new paragraphs in every tenth article: one copied from another article (an
    exact match), a near copy of one (a close match), new text; returns how many were edited."""
    slugs = sorted(articles)
    for slug in slugs[::10]:
        other = articles[writer.random.choice([s for s in slugs if s != slug])]
        longest = max(other[1:], key=len)
        copied = writer.random.choice([p for p in other[1:] if p not in articles[slug]])
        new = [copied, writer.near_copy(longest), writer.sentence() + " " + writer.sentence()]
        write_article(root, slug, articles[slug] + new)
    extract(Project.load(root))
    return len(slugs[::10])


def make_project(root: Path, count: int) -> None:
    """A translated project of ``count`` articles, then a tenth of them edited."""
    writer, articles = make_translated_project(root, count)
    edit_a_tenth(root, writer, articles)


def set_tm(root: Path, enabled: bool) -> None:
    settings = root / "painl10n.toml"
    lines = [line for line in settings.read_text("utf-8").splitlines() if not line.startswith("tm")]
    settings.write_text("\n".join([*lines, f"tm = {str(enabled).lower()}"]) + "\n", "utf-8")


MEMORY_SECONDS: list[float] = []
_prefill = painl10n.pipeline.update.prefill_lazily


def _timed_prefill(*args: Any) -> Any:
    start = time.perf_counter()
    result = _prefill(*args)
    MEMORY_SECONDS.append(time.perf_counter() - start)
    return result


painl10n.pipeline.update.prefill_lazily = _timed_prefill  # type: ignore[assignment]


def timed_update(base: Path, scratch: Path, enabled: bool) -> tuple[float, int]:
    """Seconds of one `update` on a fresh copy of ``base``, and the strings it pre-filled."""
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(base, scratch)
    set_tm(scratch, enabled)
    project = Project.load(scratch)
    start = time.perf_counter()
    result = update(project)
    return time.perf_counter() - start, sum(result.prefilled.values())


def main(count: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "base"
        start = time.perf_counter()
        make_project(base, count)
        print(
            f"{count} articles x {len(LANGUAGES)} languages, {STRINGS_PER_ARTICLE} strings each "
            f"(set up in {time.perf_counter() - start:.1f} s)"
        )
        scratch = Path(folder) / "scratch"
        off_times, on_times, prefilled = [], [], 0
        MEMORY_SECONDS.clear()  # from here on: off, on, off, on …
        for _ in range(3):  # interleaved, so a busy moment hurts both sides alike
            off_times.append(timed_update(base, scratch, enabled=False)[0])
            seconds, prefilled = timed_update(base, scratch, enabled=True)
            on_times.append(seconds)
        off, on = min(off_times), min(on_times)
        ratio = on / off
        print(f"  update, tm = false   {off:7.2f} s")
        print(f"  update, tm on        {on:7.2f} s   ({prefilled} strings pre-filled)")
        print(f"    of which memory    {min(MEMORY_SECONDS[1::2]):7.2f} s   (best of 3)")
        print(f"  ratio                {ratio:7.2f}   (limit {LIMIT:.2f})")
        return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
