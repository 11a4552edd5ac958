"""The built site in a real browser: headless Debian Chromium driven by Playwright.

The shipped project (with links between its articles, see tests/crosslinks.py)
is built once and served from 127.0.0.1 by http.server, as a host would serve
``output/``. The tests open every page, follow every switcher link and every
article link, measure the Arabic layout, tab to the skip link, and save a
screenshot per language under the repository's ``output/status/``.
Without Chromium (``apt-get install chromium``) they skip, except in CI
(env ``CI`` set), where they fail.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from painl10n.pipeline.build import build
from painl10n.project import Project
from tests.helpers import REPO
from tests.helpers.crosslinks import OTHER, SLUGS, add_cross_links
from tests.helpers.project import copy_shipped_project

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
LANGUAGES = ["en", "es", "fr", "de", "ar"]
STATUS = REPO / "output" / "status"
VIEWPORT = {"width": 1000, "height": 1000}


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} in CI; .ci/run installs it (apt-get install chromium)")
    pytest.skip(f"{reason}: apt-get install chromium (and pip install -e '.[dev]')")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium; Playwright downloads no browser of its own."""
    if not CHROMIUM.is_file():
        _unavailable(f"{CHROMIUM} is missing")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright (dev extra) is not installed")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield launched
        launched.close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """The tests check every response themselves."""


@pytest.fixture(scope="module")
def server(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The built site on http://127.0.0.1:<free port>/ and its output folder.

    Asks for the browser first, so that without Chromium nothing is built.
    """
    root = copy_shipped_project(tmp_path_factory.mktemp("browser") / "site")
    add_cross_links(root)
    build(Project.load(root))
    out = root / "output"
    handler = functools.partial(_QuietHandler, directory=str(out))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/", out
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


@dataclass
class Problems:
    """Everything that went wrong while a page loaded; must stay empty."""

    found: list[str] = field(default_factory=list)

    def watch(self, page: Any) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.found.append(f"page error: {error}"))
        page.on("requestfailed", self._request_failed)
        page.on("response", self._response)

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.found.append(f"console: {message.text} ({message.location.get('url')})")

    def _request_failed(self, request: Any) -> None:
        # ERR_ABORTED is the test moving on while the icon still loads; a file
        # that is missing is an HTTP 404, caught by _response.
        if request.failure != "net::ERR_ABORTED":
            self.found.append(f"request failed: {request.url} {request.failure}")

    def _response(self, response: Any) -> None:
        if response.status >= 400:
            self.found.append(f"HTTP {response.status}: {response.url}")


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, Problems]]:
    context = browser.new_context(viewport=VIEWPORT)
    opened = context.new_page()
    problems = Problems()
    problems.watch(opened)
    yield opened, problems
    context.close()


def _open(page: Any, url: str) -> None:
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, f"{url}: {response and response.status}"


def _all_pages(out: Path) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.rglob("*.html"))


# JavaScript helpers run in the page ------------------------------------------

# The first and last line box of an element's text, and its container's box.
_LINES = """(selector) => {
  const el = document.querySelector(selector);
  const range = document.createRange();
  range.selectNodeContents(el);
  const rects = [...range.getClientRects()].filter(r => r.width > 0);
  const box = el.closest('main').getBoundingClientRect();
  const pick = r => ({left: r.left, right: r.right});
  return {first: pick(rects[0]), last: pick(rects[rects.length - 1]),
          container: {left: box.left, right: box.right}};
}"""

_SWITCHER = """() => [...document.querySelectorAll('nav.languages a')].map(a => ({
  href: a.href, hreflang: a.hreflang, lang: a.lang,
  current: a.getAttribute('aria-current')}))"""

_ARTICLE_LINKS = """() => [...document.querySelectorAll('main a[href]')].map(a => ({
  written: a.getAttribute('href'), href: a.href}))"""


def test_arabic_lays_out_right_to_left(
    server: tuple[str, Path], page: tuple[Any, Problems]
) -> None:
    base, _ = server
    tab, problems = page
    for name in (f"{SLUGS[1]}.html", "index.html"):
        _open(tab, f"{base}ar/{name}")
        assert tab.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
        assert tab.evaluate("getComputedStyle(document.querySelector('main p')).direction") == (
            "rtl"
        )
    _open(tab, f"{base}ar/{SLUGS[1]}.html")
    para = tab.evaluate(_LINES, "article > p:not(.meta)")
    container = para["container"]
    # Right-aligned: lines start at the container's right edge; the last,
    # shorter line leaves its gap on the left.
    assert abs(para["first"]["right"] - container["right"]) < 2
    assert abs(para["last"]["right"] - container["right"]) < 2
    assert para["last"]["left"] - container["left"] > 50
    title = tab.evaluate(_LINES, "h1")
    assert abs(title["first"]["right"] - title["container"]["right"]) < 2
    assert title["first"]["left"] - title["container"]["left"] > 50
    # The same measure on the English page finds the text on the left.
    _open(tab, f"{base}en/{SLUGS[1]}.html")
    para = tab.evaluate(_LINES, "article > p:not(.meta)")
    assert tab.evaluate("getComputedStyle(document.documentElement).direction") == "ltr"
    assert abs(para["last"]["left"] - para["container"]["left"]) < 2
    assert para["container"]["right"] - para["last"]["right"] > 50
    assert problems.found == []


def test_every_page_loads_cleanly_and_every_switcher_link_leads_to_its_language(
    server: tuple[str, Path], page: tuple[Any, Problems]
) -> None:
    base, out = server
    tab, problems = page
    pages = _all_pages(out)
    assert len(pages) == 1 + 5 * 3
    loaded: dict[str, str] = {}  # URL → <html lang> of every page, each loaded once
    targets: dict[str, str] = {}  # switcher link URL → its hreflang
    for name in pages:
        _open(tab, base + name)
        loaded[tab.url] = tab.evaluate("document.documentElement.lang")
        assert tab.evaluate("document.styleSheets[0].cssRules.length") > 20, name
        links = tab.evaluate(_SWITCHER)
        assert [link["lang"] for link in links] == LANGUAGES, name
        current = [link for link in links if link["current"]]
        assert len(current) == 1, name
        if name != "index.html":
            assert current[0]["href"] == tab.url
        for link in links:
            assert link["hreflang"] == link["lang"]
            targets[link["href"]] = link["hreflang"]
        assert problems.found == [], name
    # Every switcher target is one of the pages above, which loaded cleanly in
    # the link's language.
    assert len(targets) == len(pages) - 1  # the root links the five indexes
    for url, hreflang in targets.items():
        assert loaded.get(url) == hreflang, url


def test_internal_article_links_resolve_in_the_same_language(
    server: tuple[str, Path], page: tuple[Any, Problems]
) -> None:
    base, _ = server
    tab, problems = page
    targets: dict[str, str] = {}  # article link URL → the language it must lead to
    for language in LANGUAGES:
        for slug in SLUGS:
            _open(tab, f"{base}{language}/{slug}.html")
            links = tab.evaluate(_ARTICLE_LINKS)
            expected = f"{base}{language}/{OTHER[slug]}.html"
            to_other = [link for link in links if link["href"].split("#")[0] == expected]
            assert len(to_other) == 4, (language, slug, links)
            assert {"written": "/contact/", "href": f"{base}contact/"} in links
            targets.update((link["href"], language) for link in to_other)
    assert len(targets) == len(LANGUAGES) * len(SLUGS) * 2  # with and without #main
    for url, language in targets.items():
        tab.goto("about:blank")
        _open(tab, url)
        assert tab.evaluate("document.documentElement.lang") == language, url
        fragment = url.partition("#")[2]
        if fragment:
            assert tab.evaluate(f"!!document.getElementById('{fragment}')"), url
    assert problems.found == []


def test_skip_link_is_the_first_tab_stop_and_shows_focus(
    server: tuple[str, Path], page: tuple[Any, Problems]
) -> None:
    base, _ = server
    tab, problems = page
    for language in ("en", "ar"):
        _open(tab, f"{base}{language}/{SLUGS[0]}.html")
        hidden = tab.evaluate("document.querySelector('.skip-link').getBoundingClientRect().bottom")
        assert hidden <= 0  # off screen until focused
        tab.keyboard.press("Tab")
        focused = tab.evaluate(
            """() => {const a = document.activeElement; const s = getComputedStyle(a);
            const r = a.getBoundingClientRect();
            return {cls: a.className, outline: s.outlineStyle, width: s.outlineWidth,
                    top: r.top, bottom: r.bottom}}"""
        )
        assert focused["cls"] == "skip-link"
        assert focused["outline"] == "solid" and focused["width"] == "3px"
        assert focused["top"] >= 0 and focused["bottom"] <= VIEWPORT["height"]
        tab.keyboard.press("Enter")
        assert tab.evaluate("document.activeElement.id") == "main"
    assert problems.found == []


def _luminance(rgb: str) -> float:
    channels = [int(c) / 255 for c in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_text_has_strong_contrast_and_a_readable_measure(
    server: tuple[str, Path], page: tuple[Any, Problems]
) -> None:
    base, _ = server
    tab, _problems = page
    _open(tab, f"{base}fr/{SLUGS[1]}.html")
    colors = tab.evaluate(
        """() => {const c = s => getComputedStyle(document.querySelector(s)).color;
        return {bg: getComputedStyle(document.body).backgroundColor, text: c('main p'),
                meta: c('.meta'), link: c('nav.languages a:not([aria-current])')}}"""
    )
    assert _contrast(colors["text"], colors["bg"]) >= 7  # WCAG AAA body text
    assert _contrast(colors["meta"], colors["bg"]) >= 7
    assert _contrast(colors["link"], colors["bg"]) >= 4.5
    chars_per_line = tab.evaluate(
        """() => {const p = document.querySelector('main p:not(.meta)');
        const box = p.getBoundingClientRect(); const probe = document.createElement('span');
        probe.textContent = '0'.repeat(100); p.appendChild(probe);
        const ch = probe.getBoundingClientRect().width / 100; probe.remove();
        return box.width / ch}"""
    )
    assert 60 <= chars_per_line <= 75


def test_screenshot_per_language(server: tuple[str, Path], page: tuple[Any, Problems]) -> None:
    """Saved for people to look at: output/status/screenshot-<lang>.png (and the index)."""
    base, _ = server
    tab, problems = page
    STATUS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        _open(tab, f"{base}{language}/{SLUGS[1]}.html")
        shot = STATUS / f"screenshot-{language}.png"
        tab.screenshot(path=str(shot))
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        _open(tab, f"{base}{language}/index.html")
        tab.screenshot(path=str(STATUS / f"screenshot-{language}-index.png"))
    _open(tab, base)
    tab.screenshot(path=str(STATUS / "screenshot-languages.png"))
    assert problems.found == []


def test_the_problem_watcher_sees_errors_and_missing_files(
    server: tuple[str, Path], page: tuple[Any, Problems]
) -> None:
    """Near miss for the checks above: a broken page does not pass as clean."""
    base, _ = server
    tab, problems = page
    _open(tab, f"{base}en/index.html")
    tab.evaluate(
        """() => {const link = document.createElement('link'); link.rel = 'stylesheet';
        link.href = 'missing.css'; document.head.appendChild(link);
        setTimeout(() => { throw new Error('boom'); }); console.error('oops');}"""
    )
    tab.wait_for_timeout(300)
    found = "\n".join(problems.found)
    assert "HTTP 404" in found and "missing.css" in found
    assert "page error: boom" in found
    assert "console: oops" in found
