"""painl10n on public Hugo and MkDocs sites, as a new publisher would run it (issue 14).

For each site of ``corpus_sites.py`` (fetched first into benchmarks/sites/),
its Markdown folder is copied into a scratch project (``generator`` set,
``source_dir`` = that folder, Spanish as the one language, no translation
memory) and measured:

- **refused**: files ``build --keep-going`` refuses (``extract`` alone stops
  at the first one: its first refusal is shown too);
- **msgids**: strings in the templates, and how many hold dialect syntax a
  translator must not touch (shortcodes, ``{#id}``, ``!!!``/``???``/``===``/
  ``///`` markers, ``:icon:`` names, ``[!NOTE]``);
- **identity**: every msgstr set to its msgid, then ``build``: how many
  rebuilt files are byte-identical to their source. The target language is
  British English (``en_GB``): an identity translation is then a correct one,
  which the publishing gate publishes (in Spanish, English text fails the
  ``negation`` check and falls back, with a notice: no longer an identity).

    python benchmarks/corpus_sites.py && python benchmarks/bench_sites.py [NAMES] [--json]

Not run in CI (slow, needs the fetched sites). Figures: RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_sites import SITES, SITES_DIR, Site, checked_out

from painl10n.config import generator_code
from painl10n.sources.discover import MARKDOWN_SUFFIXES, article_suffixes

DIALECT = re.compile(
    r"\{\{[<%]"  # Hugo shortcode
    r"|\{\s?#[\w-]+\s?\}"  # explicit heading id / attribute list
    r"|^(!!!|\?\?\?\+?|===|///)"  # MkDocs admonition, details, tab, block
    r"|:[a-z0-9]+(-[a-z0-9]+)+:"  # Material :icon-name:
    r"|\[![A-Z]+\]",  # GitHub alert
    re.MULTILINE,
)
REFUSED = re.compile(r"^painl10n: error: (.+?): ", re.MULTILINE)


TARGET = "en_GB"  # an identity translation is a correct one (see the module's docstring)


def painl10n(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "painl10n", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )


def scratch_project(site: Site, root: Path) -> Path:
    """The site's Markdown files (and only those) in a project at ``root``."""
    content = SITES_DIR / site.name / site.content

    suffixes = article_suffixes(site.generator)

    def not_markdown(folder: str, names: list[str]) -> list[str]:
        return [
            n for n in names if not n.lower().endswith(suffixes) and not (Path(folder) / n).is_dir()
        ]

    shutil.copytree(content, root / "content", ignore=not_markdown)
    (root / "painl10n.toml").write_text(
        f'languages = ["{TARGET}"]\ngenerator = "{site.generator}"\nhtml = false\n'
        'source_dir = "content"\ntm = false\n',
        "utf-8",
    )
    return root


def identity(root: Path) -> int:
    """msgstr = msgid for every entry (fuzzy flags dropped); returns the entries."""
    entries = 0
    for path in sorted((root / "locales" / TARGET / "LC_MESSAGES").glob("*.po")):
        catalog = polib.pofile(str(path))
        for entry in catalog:
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            else:
                entry.msgstr = entry.msgid
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entries += 1
        catalog.save(str(path))
    return entries


def byte_identical(root: Path, code: str) -> tuple[int, int, int]:
    """(rebuilt translations equal to their source byte for byte, those equal but for the
    page's own absolute address — Hugo's ``url:`` under ``/<code>/``, on purpose —,
    rebuilt files)."""
    manifest = json.loads((root / ".painl10n" / "cache" / "build.json").read_text("utf-8"))
    same = moved = built = 0
    for source, article in manifest["articles"].items():
        outputs = [o for o in article["outputs"] if o.endswith(MARKDOWN_SUFFIXES) and o != source]
        if not outputs:
            continue
        built += 1
        original, rebuilt = (root / source).read_bytes(), (root / outputs[0]).read_bytes()
        same += original == rebuilt
        moved += original != rebuilt and original == _address_back(rebuilt, code)
    return same, moved, built


def _address_back(text: bytes, code: str) -> bytes:
    """``text`` with a url/permalink line's ``/<code>/`` prefix taken off again."""
    lines = text.decode("utf-8").split("\n")
    for index, line in enumerate(lines):
        if re.match(r"""\s*["']?(url|permalink)["']?\s*[:=]""", line):
            lines[index] = line.replace(f"/{code}/", "/", 1)
    return "\n".join(lines).encode("utf-8")


def measure(site: Site) -> dict[str, object]:
    if checked_out(site) != site.commit:
        sys.exit(f"{site.name}: not fetched at {site.commit}: run benchmarks/corpus_sites.py")
    with tempfile.TemporaryDirectory() as tmp:
        root = scratch_project(site, Path(tmp) / site.name)
        suffixes = article_suffixes(site.generator)
        files = sum(1 for p in (root / "content").rglob("*") if p.suffix.lower() in suffixes)
        started = time.perf_counter()
        extract = painl10n(root, "extract", "-q")
        first = REFUSED.findall(extract.stderr)
        build = painl10n(root, "build", "-q", "--no-html", "-k", "-l", TARGET)
        refused = REFUSED.findall(build.stderr)
        templates = sorted((root / "locales" / "templates" / "LC_MESSAGES").glob("*.pot"))
        msgids = [e.msgid for t in templates for e in polib.pofile(str(t))]
        dialect = sum(1 for m in msgids if DIALECT.search(m))
        identity(root)
        rebuild = painl10n(root, "build", "-q", "--no-html", "-k", "-l", TARGET)
        same, moved, built = byte_identical(root, generator_code(site.generator, {}, TARGET))
        seconds = time.perf_counter() - started
    return {
        "site": site.name,
        "generator": site.generator,
        "repository": f"{site.repository}@{site.commit[:12]}",
        "files": files,
        "extract_exit": extract.returncode,
        "extract_first_refusal": first[0] if first else "",
        "refused": len(refused),
        "refused_examples": refused[:3],
        "msgids": len(msgids),
        "msgids_with_dialect_syntax": dialect,
        "rebuilt": built,
        "byte_identical": same,
        "identical_but_address": moved,
        "rebuild_exit": rebuild.returncode,
        "seconds": round(seconds, 1),
    }


def table(rows: list[dict[str, object]]) -> str:
    lines = [
        "| site | generator | .md files | refused | msgids | with dialect syntax "
        "| rebuilt | byte-identical (identity) | but for the page's own url |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        msgids, dialect = int(str(r["msgids"])), int(str(r["msgids_with_dialect_syntax"]))
        built, same = int(str(r["rebuilt"])), int(str(r["byte_identical"]))
        lines.append(
            f"| {r['site']} (`{r['repository']}`) | {r['generator']} | {r['files']} "
            f"| {r['refused']} | {msgids} | {dialect} ({100 * dialect / max(msgids, 1):.0f}%) "
            f"| {built} | {same} ({100 * same / max(built, 1):.0f}%) "
            f"| {r['identical_but_address']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="sites to measure (default: all)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    known = {site.name: site for site in SITES}
    rows = [measure(known[name]) for name in args.names or known]
    print(json.dumps(rows, indent=2) if args.json else table(rows))


if __name__ == "__main__":
    main()
