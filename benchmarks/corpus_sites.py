"""Public Hugo, MkDocs, Docusaurus and Jekyll sites for the generator benchmarks, pinned.

The documentation of real projects, hundreds of Markdown files each, under
permissive licences, as a publisher's site really looks (issue 14). Each is
fetched with ``git fetch --depth 1`` of its pinned commit into
``benchmarks/sites/<name>/`` (git-ignored, never committed) and checked
out; the commit id checked out must be the pinned one, so the files are
those the figures in RESULTS.md were measured on (a commit id names its
whole tree by SHA-1: a changed file is a different id).

    python benchmarks/corpus_sites.py                 # every site, from GitHub
    python benchmarks/corpus_sites.py hugo-docs       # one
    python benchmarks/corpus_sites.py --from 'DIR/{owner}+{name}'  # local clones

``--from`` reads each repository from a local clone or mirror instead of
GitHub (a pattern with ``{owner}`` and ``{name}``): the same commit ids are
required. Not run in CI: it downloads and is slow.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from painl10n.sources.discover import article_suffixes

SITES_DIR = Path(__file__).resolve().parent / "sites"


@dataclass(frozen=True)
class Site:
    name: str
    generator: str  # painl10n's `generator` setting
    repository: str  # owner/name on GitHub
    commit: str  # the pinned commit: what is checked out must be this id
    content: str  # the folder of Markdown below the repository root (painl10n's source_dir)
    licence: str
    # The folders the benchmark reads, when not the whole repository: only their files are
    # fetched (a partial clone, ``--filter=blob:none``) and checked out (sparse checkout).
    only: tuple[str, ...] = ()
    # Files below ``only`` not checked out (large media the benchmarks never read; a local
    # mirror may lack their blobs).
    without: tuple[str, ...] = ()

    @property
    def owner(self) -> str:
        return self.repository.split("/")[0]

    @property
    def short(self) -> str:
        return self.repository.split("/")[1]


SITES = [
    Site(
        "hugo-docs",
        "hugo",
        "gohugoio/hugoDocs",
        "1c613349f4220ae84070df25979d720c43e5cfa6",
        "content/en",
        "Apache-2.0",
    ),
    Site(
        "docsy-docs",
        "hugo",
        "google/docsy",
        "83c5cc14ee6a44190cacec20b8e1c15973df97fd",
        "docsy.dev/content/en",
        "Apache-2.0",
    ),
    Site(
        "rclone-docs",
        "hugo",
        "rclone/rclone",
        "64ab1ac32260238eefca3c61327f5faf1c6e106f",
        "docs/content",
        "MIT",
        only=("docs",),  # a Go repository: its Hugo site is docs/
    ),
    Site(
        "material-docs",
        "mkdocs",
        "squidfunk/mkdocs-material",
        "5b36f2ac499a45905e246bc66bbee2858ef6556f",
        "docs",
        "MIT",
    ),
    Site(
        "fastapi-docs",
        "mkdocs",
        "fastapi/fastapi",
        "c3f316b7e814667e8ee81e03a7330d00ee61e45c",
        "docs/en/docs",
        "MIT",
    ),
    Site(
        "redux-docs",
        "docusaurus",
        "reduxjs/redux",
        "3084fc33bb23ab4cab4796172eafe342da4e73d9",
        "docs",
        "MIT",
        only=("docs",),  # a JavaScript library: its Docusaurus docs are docs/
    ),
    Site(
        "jekyll-docs",
        "jekyll",
        "jekyll/jekyll",
        "202df571314ba1d18e9fccd81d12aaad4a703c38",
        "docs",
        "MIT",
        only=("docs",),  # a Ruby gem: its Jekyll site is docs/ (posts in .markdown)
    ),
    Site(
        "jest-docs",
        "docusaurus",
        "jestjs/jest",
        "52db46e50404c993d3f10dd1481e861cc04ae22e",
        "docs",
        "MIT",
        only=("docs",),
    ),
    Site(
        "just-the-docs",
        "jekyll",
        "just-the-docs/just-the-docs",
        "b28a6550bb5e913ad7c5180559f4a29c35f44087",
        "docs",
        "MIT",
        only=("docs",),  # a Jekyll theme: its documentation and kitchen sink
    ),
    Site(
        "pydantic-docs",
        "mkdocs",
        "pydantic/pydantic",
        "2151025aa51263f3016502b00010b78e4481eaa1",
        "docs",
        "MIT",
        only=("docs",),  # and mkdocs.yml: a sparse checkout keeps the root's files
    ),
    Site(
        "opensource-guide",
        "jekyll",
        "github/opensource.guide",
        "ebc9678e39b55ff5e5c8801d1960904692188e90",
        "_articles",
        "CC-BY-4.0",
        # 13 English guides and their human translations into 26 languages (read as
        # articles too: Markdown in Arabic, Persian, Japanese … rebuilt byte for byte)
        only=("_articles",),
    ),
    Site(
        "otel-docs",
        "hugo",
        "open-telemetry/opentelemetry.io",
        "dd5997c8b9fafbf72ea6b8059ade242d88b8f118",
        "content/en",
        "CC-BY-4.0",
        only=("content/en",),  # Docsy, many shortcodes; its other languages are not read
        without=("content/en/blog/2025/declarative-config-rc3/schema.gif",),
    ),
    Site(
        "knative-docs",
        "mkdocs",
        "knative/docs",
        "de125bfad88b6f8f5ff037866a5436d64051898f",
        "docs",
        "CC-BY-4.0",
        only=("docs",),  # Material with macros, snippets and tabs (docs: LICENSE-docs)
    ),
]


_UPLOAD_PACK = (
    "git -c uploadpack.allowFilter=true -c uploadpack.allowAnySHA1InWant=true upload-pack"
)


def _git(*args: str, cwd: Path | None = None) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout.strip()


def checked_out(site: Site) -> str | None:
    """The commit checked out in the site's folder, or None if there is none."""
    folder = SITES_DIR / site.name
    if not (folder / ".git").is_dir():
        return None
    done = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True, check=False
    )
    return done.stdout.strip() if done.returncode == 0 else None


def fetch(site: Site, source: str | None) -> Path:
    """The site at its pinned commit in ``benchmarks/sites/<name>``; exits on a mismatch."""
    folder = SITES_DIR / site.name
    if checked_out(site) == site.commit:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    url = (
        source.format(owner=site.owner, name=site.short)
        if source
        else f"https://github.com/{site.repository}.git"
    )
    _git("init", "-q", cwd=folder)
    if site.only:
        # The other files' blobs come on demand from the promisor remote: a local mirror's
        # upload-pack must allow the filter and the commit id (GitHub's does).
        _git("remote", "add", "origin", url, cwd=folder)
        _git("config", "remote.origin.promisor", "true", cwd=folder)
        _git("config", "remote.origin.partialclonefilter", "blob:none", cwd=folder)
        _git("config", "remote.origin.uploadpack", _UPLOAD_PACK, cwd=folder)
        _git("fetch", "-q", "--depth", "1", "--filter=blob:none", "origin", site.commit, cwd=folder)
        if site.without:
            patterns = [f"/{path}/" for path in site.only] + [f"!/{path}" for path in site.without]
            _git("sparse-checkout", "set", "--no-cone", *patterns, cwd=folder)
        else:
            _git("sparse-checkout", "set", *site.only, cwd=folder)
    else:
        _git("fetch", "-q", "--depth", "1", url, site.commit, cwd=folder)
    _git("-c", "advice.detachedHead=false", "checkout", "-q", "FETCH_HEAD", cwd=folder)
    got = checked_out(site)
    if got != site.commit:
        shutil.rmtree(folder)
        sys.exit(f"{site.name}: checked out {got}, pinned {site.commit}: refused")
    if not (folder / site.content).is_dir():
        sys.exit(f"{site.name}: no {site.content}/ at {site.commit}")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="sites to fetch (default: all)")
    parser.add_argument("--from", dest="source", help="local clones: pattern with {owner}, {name}")
    args = parser.parse_args()
    known = {site.name: site for site in SITES}
    unknown = [name for name in args.names if name not in known]
    if unknown:
        sys.exit(f"unknown site(s): {', '.join(unknown)}; known: {', '.join(known)}")
    for name in args.names or known:
        site = known[name]
        folder = fetch(site, args.source)
        suffixes = article_suffixes(site.generator)
        count = sum(1 for p in (folder / site.content).rglob("*") if p.suffix in suffixes)
        print(f"{site.name}: {site.repository}@{site.commit[:12]}, {count} pages in {site.content}")


if __name__ == "__main__":
    main()
