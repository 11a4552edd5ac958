"""Public sites judged by their generator's own Markdown parser, page by page.

``bench_sites_html.py`` builds whole Hugo and MkDocs sites; other sites' full
builds need their own npm packages, gems or MkDocs plugins (Redux's docs use
remark-typescript-tools, Jekyll's docs a dozen plugins, pydantic's
mkdocstrings), which this machine does not have. Each page is therefore read
by the parser the generator itself uses for its Markdown — ``@mdx-js/mdx`` 3
with remark-gfm and remark-directive for Docusaurus (the pinned install in
tests/generators/docusaurus/), kramdown with GFM input for Jekyll (Debian's
``jekyll``), Python-Markdown with the extensions of the site's ``mkdocs.yml``
that are installed here for MkDocs — from the source and from painl10n's
``en-XA`` pseudo-translation:

- **refused**: files painl10n refuses (``build --keep-going``);
- **identity**: every msgstr its msgid (British English), rebuilt files equal
  to their source byte for byte (or but for the page's own ``permalink:``);
- **pseudo**: pages the parser refuses, from the source and from en-XA, and
  pages whose tree keeps the source's shape (every node type, heading level,
  link URL, JSX/directive name, HTML element and class; text aside) after
  pseudo-translation.

    python benchmarks/corpus_sites.py redux-docs jekyll-docs
    python benchmarks/bench_sites_parsed.py [NAMES] [--json]

Not run in CI (needs the fetched sites). Figures: RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import yaml

from painl10n.config import generator_code
from painl10n.sources.discover import article_suffixes

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_sites import TARGET, byte_identical, identity, painl10n, scratch_project  # noqa: E402
from corpus_sites import SITES, SITES_DIR, Site, checked_out  # noqa: E402

PSEUDO = "en-XA"  # accents, brackets, longer text
NODE_MODULES = HERE.parent / "tests" / "generators" / "docusaurus" / "node_modules"
GENERATORS = ("docusaurus", "jekyll", "mkdocs")
SKIPPED_MKDOCS_SITES = frozenset({"material-docs", "fastapi-docs"})  # built by bench_sites_html


class _Tolerating(yaml.SafeLoader):
    """mkdocs.yml's Python tags (``!!python/name:``) read as nothing."""


_Tolerating.add_multi_constructor("", lambda loader, suffix, node: None)
_Tolerating.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)


class _Tags(HTMLParser):
    """The start tags of an HTML page with their href and class (the shape)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "span":  # code highlighting's
            values = dict(attrs)
            kind = values.get("class") or ""
            # toc's permalink: '#' + an id made of the heading's text, which a
            # translation changes (bench_sites_html counts such ids apart)
            href = "" if kind == "headerlink" else values.get("href") or ""
            self.found.append(f"{tag}:{href}:{kind}")


def python_markdown(site_root: Path) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The extensions of the site's mkdocs.yml that load here, with their options (an
    option naming a Python object, or one the extension refuses, left out)."""
    config = yaml.load((site_root / "mkdocs.yml").read_text("utf-8"), Loader=_Tolerating)
    names: list[str] = []
    options: dict[str, dict[str, Any]] = {}
    for item in (config or {}).get("markdown_extensions") or []:
        name, given = (item, {}) if isinstance(item, str) else next(iter(item.items()))
        chosen = {k: v for k, v in (given or {}).items() if v is not None}
        for tried in (chosen, {}):
            try:
                markdown.Markdown(extensions=[name], extension_configs={name: tried})
            except Exception:  # not installed here, or refuses the option
                continue
            names.append(name)
            options[name] = tried
            break
    return names, options


def markdown_shapes(site_root: Path, files: list[Path]) -> dict[str, list[str] | str]:
    names, options = python_markdown(site_root)
    found: dict[str, list[str] | str] = {}
    for path in files:
        text = re.sub(r"\A---\n.*?\n---\n", "", path.read_text("utf-8"), flags=re.S)
        try:
            html = markdown.markdown(text, extensions=names, extension_configs=options)
        except Exception as exc:  # a page the reader refuses
            found[str(path)] = str(exc) or type(exc).__name__
            continue
        tags = _Tags()
        tags.feed(html)
        found[str(path)] = tags.found
    return found


def shapes(generator: str, files: list[Path]) -> dict[str, list[str] | str]:
    """Each file's shape as the generator's parser reads it, or its error (a str)."""
    if generator == "docusaurus":
        command = ["node", str(HERE / "parsed_shape.mjs"), str(NODE_MODULES)]
    else:
        command = ["ruby", str(HERE / "parsed_shape.rb")]
    done = subprocess.run([*command, *map(str, files)], capture_output=True, text=True, check=True)
    found: dict[str, list[str] | str] = {}
    for line in done.stdout.splitlines():
        row = json.loads(line)
        found[row["file"]] = row.get("shape", row.get("error", ""))
    return found


def translation_of(root: Path, site: Site, source: Path, code: str) -> Path:
    relative = source.relative_to(root / "content")
    if site.generator == "mkdocs":  # mkdocs-static-i18n's suffix layout
        return (root / "content" / relative).with_suffix(f".{code}{source.suffix}")
    if site.generator == "docusaurus":
        return root / "i18n" / code / "docusaurus-plugin-content-docs" / "current" / relative
    return root / code / relative


def measure(site: Site) -> dict[str, object]:
    if checked_out(site) != site.commit:
        sys.exit(f"{site.name}: not fetched at {site.commit}: run benchmarks/corpus_sites.py")
    with tempfile.TemporaryDirectory() as tmp:
        root = scratch_project(site, Path(tmp) / site.name)
        if site.generator == "docusaurus":  # its layout writes below output_dir
            settings = root / "painl10n.toml"
            settings.write_text(settings.read_text("utf-8") + 'output_dir = "."\n', "utf-8")
        suffixes = article_suffixes(site.generator)
        sources = sorted(p for p in (root / "content").rglob("*") if p.suffix in suffixes)
        painl10n(root, "extract", "-q")
        painl10n(root, "update", "-q")
        identity(root)
        build = painl10n(root, "build", "-q", "--no-html", "-k", "-l", TARGET)
        refused = build.stderr.count("painl10n: error:")
        same, moved, built = byte_identical(root, generator_code(site.generator, {}, TARGET))
        painl10n(root, "pseudo", "-q")
        painl10n(root, "build", "-q", "--no-html", "-k", "-l", PSEUDO)
        code = generator_code(site.generator, {}, PSEUDO)
        pseudo = [translation_of(root, site, path, code) for path in sources]
        if site.generator == "mkdocs":
            read = markdown_shapes(SITES_DIR / site.name, [*sources, *pseudo])
        else:
            read = shapes(site.generator, [*sources, *pseudo])
        kept, broken, refused_source, refused_pseudo = 0, [], 0, 0
        for source, translated in zip(sources, pseudo, strict=True):
            before, after = read.get(str(source), "missing"), read.get(str(translated), "missing")
            refused_source += isinstance(before, str)
            refused_pseudo += isinstance(after, str)
            if before == after:
                kept += 1
            else:
                broken.append(str(source.relative_to(root / "content")))
    return {
        "site": site.name,
        "generator": site.generator,
        "repository": f"{site.repository}@{site.commit[:12]}",
        "files": len(sources),
        "refused": refused,
        "rebuilt": built,
        "byte_identical": same,
        "identical_but_address": moved,
        "parser_refuses_source": refused_source,
        "parser_refuses_pseudo": refused_pseudo,
        "pseudo_shape_kept": kept,
        "pseudo_shape_changed": broken[:10],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="sites to measure (default: all)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    chosen = [
        s for s in SITES if s.generator in GENERATORS and (not args.names or s.name in args.names)
    ]
    rows = [measure(site) for site in chosen]
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(
        "| site | files | refused | identity byte-identical "
        "| parser refuses (source / en-XA) | en-XA shape kept |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for row in rows:
        identical = f"{row['byte_identical']} + {row['identical_but_address']} of {row['rebuilt']}"
        refusals = f"{row['parser_refuses_source']} / {row['parser_refuses_pseudo']}"
        print(
            f"| {row['site']} | {row['files']} | {row['refused']} | {identical} | {refusals} "
            f"| {row['pseudo_shape_kept']} of {row['files']} |"
        )
        for name in row["pseudo_shape_changed"]:  # type: ignore[attr-defined]
            print(f"  shape changed: {name}")


if __name__ == "__main__":
    main()
