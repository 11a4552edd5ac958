"""A seeded generator of realistic health articles for the benchmarks.

Each article is about 6 KB of Markdown with what publishers really write:
YAML front matter, headings, paragraphs with emphasis, links and inline
code, bullet and numbered lists (some nested), a table, a blockquote, an
image, a code block and a footnote. The same seed gives the same corpus,
byte for byte, so any two runs (and any two tools) see identical input.

    python benchmarks/corpus.py OUT_DIR 100 [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

CONDITIONS = [
    "chronic low back pain",
    "fibromyalgia",
    "migraine",
    "osteoarthritis of the knee",
    "diabetic neuropathy",
    "post-herpetic neuralgia",
    "complex regional pain syndrome",
    "rheumatoid arthritis",
    "tension-type headache",
    "sciatica",
    "chronic pelvic pain",
    "trigeminal neuralgia",
]
TREATMENTS = [
    "physical therapy",
    "cognitive behavioural therapy",
    "paracetamol",
    "ibuprofen",
    "duloxetine",
    "gabapentin",
    "ketamine infusions",
    "nerve blocks",
    "acupuncture",
    "graded exercise",
    "mindfulness training",
    "topical lidocaine",
]
SUBJECTS = [
    "Patients",
    "Many adults",
    "Older people",
    "People with long-term pain",
    "Clinicians",
    "Most guidelines",
    "Recent trials",
    "Pain specialists",
]
VERBS = [
    "often report",
    "may benefit from",
    "should discuss",
    "rarely need",
    "can improve with",
    "are advised to try",
    "describe relief after",
    "sometimes stop",
]
OUTCOMES = [
    "better sleep",
    "less fatigue",
    "a lower pain score",
    "fewer flare-ups",
    "more daily activity",
    "improved mood",
    "a return to work",
    "reduced use of opioids",
]
CAVEATS = [
    "Side effects such as nausea or dizziness are common in the first weeks.",
    "Always talk to your doctor before changing the dose of any medicine.",
    "The evidence is stronger for short-term than for long-term benefit.",
    "Results vary widely from one person to the next.",
    "Do not combine these medicines with alcohol.",
    "Children and pregnant women need a separate assessment.",
    "Keep a pain diary so that changes are easier to see.",
    "Stop the treatment and seek help at once if you notice a rash.",
]
UNITS = ["mg", "mg/kg", "ml", "mg/day"]


def _sentence(rng: random.Random) -> str:
    subject, verb, outcome = rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OUTCOMES)
    treatment = rng.choice(TREATMENTS)
    kind = rng.randrange(6)
    if kind == 0:
        return f"{subject} {verb} **{treatment}**, which can lead to {outcome}."
    if kind == 1:
        dose, unit = rng.choice([5, 10, 20, 50, 200, 400, 600]), rng.choice(["mg", "mg/kg"])
        every = rng.choice([4, 6, 8, 12])
        return f"A typical starting dose is {dose} {unit}, taken every {every} hours."
    if kind == 2:
        return (
            f"According to [the {rng.choice(['NICE', 'WHO', 'IASP'])} guideline]"
            f"(https://example.org/guidelines/{rng.randrange(1000)}), {treatment} "
            f"can help {rng.randrange(20, 80)}% of people with {rng.choice(CONDITIONS)}."
        )
    if kind == 3:
        return f"{subject} {verb} *{treatment}* when {rng.choice(CONDITIONS)} lasts for months."
    if kind == 4:
        return rng.choice(CAVEATS)
    form = rng.choice(["pain-score", "dose-log", "sleep-diary"])
    return f"Use the `{form}` form to record {outcome}."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def article(index: int, seed: int = 7) -> tuple[str, str]:
    """(slug, Markdown) of article ``index``; about 6 KB."""
    rng = random.Random(f"{seed}:{index}")
    condition = rng.choice(CONDITIONS)
    treatment = rng.choice(TREATMENTS)
    slug = f"article-{index:05d}"
    title = f"{treatment.capitalize()} for {condition}: what the evidence says ({index})"
    parts = [
        "---",
        f"title: '{title}'",
        f"description: 'How {treatment} helps with {condition}, and what to watch for.'",
        f"date: 2024-{1 + index % 12:02d}-{1 + index % 28:02d}",
        f"slug: {slug}",
        "---",
        "",
        f"# {title}",
        "",
        _paragraph(rng, 4),
        "",
        f"![A clinician explaining {treatment} to a patient](/images/{slug}.jpg "
        f'"{treatment.capitalize()}")',
        "",
        f"## What is {condition}?",
        "",
        _paragraph(rng, 6),
        "",
        _paragraph(rng, 5),
        "",
        _paragraph(rng, 4),
        "",
        "## Common symptoms",
        "",
    ]
    for _ in range(rng.randrange(4, 7)):
        parts.append(f"- {_sentence(rng)}")
    parts.append(f"  - {_sentence(rng)}")
    parts += ["", "## Treatment options", "", _paragraph(rng, 5), "", _paragraph(rng, 3), ""]
    for number in range(1, rng.randrange(4, 6)):
        parts.append(f"{number}. {_sentence(rng)}")
    parts += [
        "",
        "| Treatment | Typical dose | Evidence |",
        "|---|---|---|",
    ]
    for _ in range(4):
        parts.append(
            f"| {rng.choice(TREATMENTS).capitalize()} | {rng.choice([5, 10, 50, 200])} "
            f"{rng.choice(UNITS)} | {rng.choice(['strong', 'moderate', 'weak'])} |"
        )
    parts += [
        "",
        f"> {_paragraph(rng, 3)}",
        ">",
        f"> — {rng.choice(['Dr. A. Rivera', 'Prof. K. Osei', 'Dr. M. Laurent'])}",
        "",
        f"## Living with {condition}",
        "",
        _paragraph(rng, 5),
        "",
        _paragraph(rng, 4),
        "",
        "## Questions to ask your care team",
        "",
        *(f"- {_sentence(rng)}" for _ in range(4)),
        "",
        "## When to see a doctor",
        "",
        _paragraph(rng, 4) + "[^1]",
        "",
        "```text",
        f"pain-score: {rng.randrange(0, 11)}/10",
        f"dose-log: {rng.choice([200, 400])} mg",
        "```",
        "",
        _paragraph(rng, 5),
        "",
        f"Read more in [our guide to {rng.choice(CONDITIONS)}](article-{(index + 1) % 1000:05d}.md)"
        " or [contact us](/contact/).",
        "",
        f"[^1]: {rng.choice(CAVEATS)}",
        "",
    ]
    return slug, "\n".join(parts)


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` articles into ``folder`` (created); return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        slug, text = article(index, seed)
        path = folder / f"{slug}.md"
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = write_corpus(args.folder, args.count, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} articles, {size / len(paths) / 1024:.1f} KB each on average")


if __name__ == "__main__":
    main()
