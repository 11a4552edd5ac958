"""``check`` on human translations nobody here wrote: how many errors, of which checks.

opensource.guide (``corpus_sites.py opensource-guide``) has 13 English guides and
their translations by volunteers into 26 languages. Each English guide is made a
painl10n article; for es, fr, de and ar, its segments are paired with the
translation's by position, where the two sequences agree (``difflib`` on each
segment's kind, digits, links, code spans and strong marks: a paragraph added or
left out by one side is skipped, not misaligned), and the pairs become the msgstrs.
``painl10n check`` then runs as a CI would. The translations are published ones,
so most errors are false alarms, and some true (an outdated link, a dropped
sentence): the figures measure how much a reviewer must read, and each change to
a check is read against them (RESULTS.md).

    python benchmarks/corpus_sites.py opensource-guide
    python benchmarks/bench_human_check.py [--keep DIR] [--json]

Not run in CI (needs the fetched site).
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_sites import SITES, SITES_DIR, checked_out

from painl10n import Project, extract, update
from painl10n.sources.dialects import flavor_for
from painl10n.sources.model import Segment
from painl10n.sources.segment import segment_article

LANGUAGES = ("es", "fr", "de", "ar")
FIELDS = ("title", "description")
NOT_ERRORS = ("untranslated", "fuzzy", "unreviewed")


def _segments(path: Path) -> list[Segment]:
    return segment_article(
        path.read_text("utf-8"),
        ref=str(path),
        default_slug=path.stem,
        front_matter_fields=FIELDS,
        flavor=flavor_for("jekyll"),
    ).segments


def _signature(segment: Segment) -> tuple[object, ...]:
    text = segment.msgid
    return (segment.kind, tuple(re.findall(r"\d+", text)), text.count("]("), text.count("`"),
            text.count("**"))  # fmt: skip


def pairs(english: Path, translated: Path) -> tuple[dict[str, str], int]:
    """The translation of each English msgid where the two guides agree, and how many
    English segments had none."""
    source, target = _segments(english), _segments(translated)
    matcher = difflib.SequenceMatcher(
        None, [_signature(s) for s in source], [_signature(s) for s in target], autojunk=False
    )
    found: dict[str, str] = {}
    unpaired = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            unpaired += i2 - i1
            continue
        for one, other in zip(source[i1:i2], target[j1:j2], strict=True):
            found.setdefault(one.msgid, other.msgid)
    return found, unpaired


def make_project(root: Path, articles: Path) -> dict[str, int]:
    (root / "content").mkdir(parents=True)
    for path in sorted(articles.glob("*.md")):
        shutil.copy(path, root / "content" / path.name)
    (root / "painl10n.toml").write_text(
        f'languages = {json.dumps(list(LANGUAGES))}\ngenerator = "jekyll"\nhtml = false\n'
        'source_dir = "content"\ntm = false\n',
        "utf-8",
    )
    extract(Project.load(root))
    update(Project.load(root))
    project = Project.load(root)
    counts: collections.Counter[str] = collections.Counter()
    for language in LANGUAGES:
        for english in sorted(articles.glob("*.md")):
            translated = articles / language / english.name
            if not translated.exists():
                continue
            found, unpaired = pairs(english, translated)
            counts[f"{language} unpaired"] += unpaired
            path = project.catalog_path(language, english.stem)
            catalog = polib.pofile(str(path))
            for entry in catalog:
                if entry.msgid in found and found[entry.msgid] != entry.msgid:
                    entry.msgstr = found[entry.msgid]
                    if "fuzzy" in entry.flags:
                        entry.flags.remove("fuzzy")
                    counts[f"{language} entries"] += 1
            catalog.save(str(path))
    return dict(counts)


def measure(keep: Path | None) -> dict[str, object]:
    site = next(site for site in SITES if site.name == "opensource-guide")
    if checked_out(site) != site.commit:
        sys.exit(f"{site.name}: not fetched at {site.commit}: run benchmarks/corpus_sites.py")
    articles = SITES_DIR / site.name / site.content
    with tempfile.TemporaryDirectory() as tmp:
        root = keep or Path(tmp) / "project"
        if root.exists():
            shutil.rmtree(root)
        counts = make_project(root, articles)
        done = subprocess.run(
            [sys.executable, "-m", "painl10n", "check", "--no-cache", "--format", "json"],
            cwd=root, capture_output=True, text=True, check=False,
        )  # fmt: skip
        findings = json.loads(done.stdout)["findings"]
    errors: collections.Counter[str] = collections.Counter()
    warnings: collections.Counter[str] = collections.Counter()
    for finding in findings:
        if finding["check"] in NOT_ERRORS:
            continue
        kept = errors if finding["severity"] == "error" else warnings
        kept[f"{finding['check']} {finding['language']}"] += 1
    return {"pairs": counts, "errors": dict(errors), "warnings": dict(warnings)}


def table(result: dict[str, object]) -> str:
    pairs, errors = result["pairs"], result["errors"]
    assert isinstance(pairs, dict) and isinstance(errors, dict)
    checks = sorted({key.split()[0] for key in errors})
    lines = [
        "| check | " + " | ".join(LANGUAGES) + " | all |",
        "|---|" + "---:|" * (len(LANGUAGES) + 1),
        "| entries paired | "
        + " | ".join(str(pairs.get(f"{lang} entries", 0)) for lang in LANGUAGES)
        + f" | {sum(pairs.get(f'{lang} entries', 0) for lang in LANGUAGES)} |",
    ]
    for check in checks:
        row = [errors.get(f"{check} {lang}", 0) for lang in LANGUAGES]
        lines.append(f"| {check} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    total = [sum(v for k, v in errors.items() if k.endswith(f" {lang}")) for lang in LANGUAGES]
    lines.append("| **errors** | " + " | ".join(map(str, total)) + f" | **{sum(total)}** |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="make the project here and keep it")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    result = measure(args.keep)
    print(json.dumps(result, indent=2) if args.json else table(result))


if __name__ == "__main__":
    main()
