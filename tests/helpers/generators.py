"""Build a folder with a real site generator (Hugo, MkDocs, Jekyll) and read what it made.

The generators are required: a missing one fails the test (``.ci/run`` installs
them), because a skipped assertion is a defect. ``PAINL10N_NO_GENERATORS=1``
skips those tests on a machine where they cannot be installed; it must be set
explicitly. A build fails the test with the tool's own output when the tool
exits non-zero *or* prints a warning or an error: the generators exit 0 on a
broken page far too often for the exit code alone to prove anything.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from .html import HtmlPage

OPT_OUT = "PAINL10N_NO_GENERATORS"
TIMEOUT = 300
CHROMIUM = Path("/usr/bin/chromium")

# A line of the tool's output that means something went wrong (Hugo's "WARN",
# "ERROR"; MkDocs' "WARNING"; Jekyll's "Warning:", "Error:", "Deprecation:").
_COMPLAINT = re.compile(r"\b(WARN|WARNING|ERROR|Warning|Error|Deprecation)\b")


def _missing(what: str, install: str) -> None:
    if os.environ.get(OPT_OUT) == "1":
        pytest.skip(f"{what} is missing and {OPT_OUT}=1")
    pytest.fail(f"{what} is missing: {install} (or set {OPT_OUT}=1 to skip these tests)")


def require_tool(name: str) -> str:
    """The path of the command ``name``, or the test fails (skips only when opted out)."""
    found = shutil.which(name)
    if found is None:
        _missing(f"the command {name!r}", f"apt-get install {name}")
        raise AssertionError  # unreachable: _missing fails or skips
    return found


def require_module(name: str) -> None:
    """Import check for a Python package of the dev extra (MkDocs and its plugins)."""
    if importlib.util.find_spec(name) is None:
        _missing(f"the Python package {name!r}", "pip install -c constraints.txt -e '.[dev]'")


def run_generator(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run ``command`` in ``cwd``; fail with its output on a non-zero exit or a complaint."""
    done = subprocess.run(
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        env={**os.environ, **(env or {})},
    )
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        pytest.fail(f"{' '.join(command)} exited {done.returncode}:\n{output}")
    complaints = [line for line in output.splitlines() if _COMPLAINT.search(line)]
    if complaints:
        pytest.fail(f"{' '.join(command)} complained:\n" + "\n".join(complaints))
    return output


def html_files(out: Path) -> list[Path]:
    """Every HTML page the generator wrote below ``out``, sorted."""
    pages = sorted(out.rglob("*.html"))
    assert pages, f"the generator wrote no HTML page in {out}"
    return pages


def build_hugo(site: Path, out: Path) -> list[Path]:
    """``hugo -s site -d out``: warnings are errors (``--panicOnWarning``)."""
    hugo = require_tool("hugo")
    run_generator([hugo, "--quiet", "--panicOnWarning", "-s", str(site), "-d", str(out)], site)
    return html_files(out)


def build_mkdocs(site: Path, out: Path) -> list[Path]:
    """``mkdocs build --strict`` with the test's own Python (MkDocs is a dev dependency).

    Not ``-q``: MkDocs 1.6 with ``-q --strict`` exits 0 on a broken link.
    """
    for module in ("mkdocs", "material", "mkdocs_static_i18n", "pymdownx"):
        require_module(module)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    quiet = {"NO_MKDOCS_2_WARNING": "1"}  # mkdocs-material's banner about its successor
    run_generator([*command, "-f", str(site / "mkdocs.yml"), "-d", str(out)], site, quiet)
    return html_files(out)


def build_jekyll(site: Path, out: Path) -> list[Path]:
    """``jekyll build`` offline, with Debian's gems (no bundler, no Gemfile)."""
    jekyll = require_tool("jekyll")
    run_generator([jekyll, "build", "--strict_front_matter", "-s", str(site), "-d", str(out)], site)
    return html_files(out)


DOCUSAURUS = Path(__file__).resolve().parent.parent / "generators" / "docusaurus"


def build_docusaurus(site: Path, out: Path) -> list[Path]:
    """``docusaurus build`` with the pinned install of tests/generators/docusaurus/.

    ``.ci/run`` runs ``npm ci`` there (package-lock.json pins every package);
    the site gets a link to that node_modules so its configuration's
    ``require``s resolve.
    """
    node = require_tool("node")
    cli = DOCUSAURUS / "node_modules" / "@docusaurus" / "core" / "bin" / "docusaurus.mjs"
    if not cli.is_file():
        _missing("Docusaurus", f"npm ci --prefix {DOCUSAURUS}")
    (site / "node_modules").symlink_to(DOCUSAURUS / "node_modules", target_is_directory=True)
    if not (site / "package.json").exists():
        (site / "package.json").write_text('{"private": true}\n', "utf-8")
    # No persistent webpack cache: it lives in the shared node_modules/.cache, and a
    # cache a build of another site (another test run) left there made the en-XA
    # build fail ("Cannot destructure property 'title' of 'metadata'") once in two.
    quiet = {"NO_UPDATE_NOTIFIER": "1", "DOCUSAURUS_NO_PERSISTENT_CACHE": "1"}
    command = [node, str(cli), "build", str(site), "--out-dir", str(out), "--no-minify"]
    run_generator(command, site, quiet)
    return html_files(out)


def target_of(page: Path, href: str, out: Path) -> Path | None:
    """The file a link of ``page`` leads to in the built site ``out``, or None if external.

    A link ending in ``/`` leads to that folder's ``index.html``, as a web
    server would serve it; an absolute path starts at ``out``.
    """
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    base = out if path.startswith("/") else page.parent
    target = (base / path.lstrip("/")).resolve()
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def png_colours(path: Path) -> int:
    """How many distinct colours a Chromium screenshot (8-bit RGB or RGBA PNG) holds.

    A blank page is one colour; a rendered article has hundreds. A small
    decoder rather than an imaging library: the five PNG row filters.
    """
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height = int.from_bytes(header[0:4], "big"), int.from_bytes(header[4:8], "big")
    depth, colour_type, interlace = header[8], header[9], header[12]
    assert depth == 8 and colour_type in (2, 6) and interlace == 0, f"{path}: unexpected PNG kind"
    step = 3 if colour_type == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * step
    previous = bytearray(stride)
    colours: set[bytes] = set()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up = previous[i]
            corner = previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                nearest = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + nearest) & 0xFF
        colours.update(bytes(line[i : i + step]) for i in range(0, stride, step))
        previous = line
    return len(colours)


def language_prefix(language: str) -> str:
    """The folder of a language's pages in a site whose default language is English
    (MkDocs with mkdocs-static-i18n, Docusaurus): none for English, ``es/`` for Spanish."""
    return "" if language == "en" else f"{language}/"


def folder_page(out: Path, language: str, name: str, tool: str) -> HtmlPage:
    """The page ``tool`` made of article ``name`` in ``language``, with folder URLs
    (``es/back-pain/index.html``); the test fails if there is none."""
    path = out / language_prefix(language) / name.removesuffix(".md") / "index.html"
    assert path.is_file(), f"{tool} wrote no {path.relative_to(out)}"
    return HtmlPage(path)


def assert_translated(translated: HtmlPage, source: HtmlPage, expected: list[str]) -> None:
    """Each of ``expected`` is in the translated page's text and not in the source page's."""
    text, original = _words(translated), _words(source)
    for phrase in expected:
        assert phrase in text, f"{translated.path}: {phrase!r} missing from {text[:300]!r}"
        assert phrase not in original, f"{source.path}: {phrase!r} in the source page"


def _words(page: HtmlPage) -> str:
    return visible_text(page.path)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._hidden += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(page: Path) -> str:
    """A page's text less scripts and styles, whitespace collapsed.

    Independent of how well the theme's markup nests (Material closes
    elements HtmlPage's simple tree would mis-nest).
    """
    parser = _Text()
    parser.feed(page.read_text("utf-8"))
    return " ".join(" ".join(parser.parts).split())


def article_links(page: HtmlPage, out: Path, within: str = "main") -> dict[str, Path]:
    """The links inside ``within`` (the article's own, not the theme's) → the file each leads to.

    Fails on a link to a file the generator did not write.
    """
    links: dict[str, Path] = {}
    for link in page.all("a"):
        href = link.attrs.get("href")
        if within not in link.ancestors or not href or href.startswith("#"):
            continue
        target = target_of(page.path, href, out)
        if target is None:
            continue
        assert target.is_file(), f"{page.path}: the link {href!r} leads to no file ({target})"
        links[href] = target
    return links


@contextmanager
def served(out: Path) -> Iterator[str]:
    """``out`` on http://127.0.0.1:<free port>/, as a host would serve the built site."""
    handler = functools.partial(_QuietHandler, directory=str(out))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """The screenshot test checks the page itself."""


def screenshot(out: Path, page: str, shot: Path) -> int:
    """Open ``page`` of the built site ``out`` in headless Debian Chromium and save ``shot``.

    Fails on a page that does not load or a blank screenshot; returns its colour count.
    """
    if not CHROMIUM.is_file():
        _missing(str(CHROMIUM), "apt-get install chromium")
    require_module("playwright")
    from playwright.sync_api import sync_playwright

    with served(out) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            tab = browser.new_page(viewport={"width": 800, "height": 600})
            response = tab.goto(base + page, wait_until="load")
            assert response is not None and response.status == 200, f"{page}: {response}"
            tab.screenshot(path=str(shot))
        finally:
            browser.close()
    colours = png_colours(shot)
    assert colours >= 10, f"{shot}: {colours} colour(s), a blank page"
    return colours
