"""The generator harness itself: a broken site fails the test, with the tool's words.

The generators exit 0 on much that is broken; these prove the harness does
not let a warning, an error or a missing tool pass, and that its blank-page
check sees a blank page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.generator_sites import tiny_png
from tests.helpers.generators import (
    OPT_OUT,
    build_hugo,
    build_jekyll,
    build_mkdocs,
    png_colours,
    require_tool,
    target_of,
)

Failed = pytest.fail.Exception


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    return root


def test_hugo_stops_on_an_unknown_shortcode(tmp_path: Path) -> None:
    site = _write(
        tmp_path / "site",
        {
            "hugo.toml": 'baseURL = "https://example.org/"\n',
            "layouts/_default/single.html": "{{ .Content }}",
            "content/page.md": "---\ntitle: Page\n---\nText {{< no-such-shortcode >}}.\n",
        },
    )
    with pytest.raises(Failed, match="no-such-shortcode"):
        build_hugo(site, tmp_path / "out")


def test_hugo_builds_a_good_page(tmp_path: Path) -> None:
    site = _write(
        tmp_path / "site",
        {
            "hugo.toml": 'baseURL = "https://example.org/"\n'
            'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n',
            "layouts/_default/single.html": "<p>{{ .Content }}</p>",
            "layouts/_default/list.html": "<p>{{ .Title }}</p>",
            "content/page.md": "---\ntitle: Page\n---\nText.\n",
        },
    )
    pages = build_hugo(site, tmp_path / "out")
    assert tmp_path / "out" / "page" / "index.html" in pages


def test_mkdocs_strict_stops_on_a_broken_link(tmp_path: Path) -> None:
    site = _write(
        tmp_path / "site",
        {
            "mkdocs.yml": "site_name: Test\n",
            "docs/index.md": "# Home\n\nSee [the missing page](missing.md).\n",
        },
    )
    with pytest.raises(Failed, match=r"missing\.md"):
        build_mkdocs(site, tmp_path / "out")


def test_jekyll_warning_fails_the_build(tmp_path: Path) -> None:
    site = _write(
        tmp_path / "site",
        {
            "_config.yml": "title: Test\n",
            "page.md": "---\nlayout: no-such-layout\n---\n# Page\n",
        },
    )
    with pytest.raises(Failed, match="no-such-layout"):
        build_jekyll(site, tmp_path / "out")


def test_a_missing_tool_fails_unless_opted_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(OPT_OUT, raising=False)
    with pytest.raises(Failed, match=OPT_OUT):
        require_tool("painl10n-no-such-generator")
    monkeypatch.setenv(OPT_OUT, "1")
    with pytest.raises(pytest.skip.Exception):
        require_tool("painl10n-no-such-generator")


def test_png_colours_sees_a_blank_page(tmp_path: Path) -> None:
    png = tmp_path / "tiny.png"
    png.write_bytes(tiny_png())
    assert png_colours(png) == 2
    png.write_bytes(tiny_png(right=b"\xff\x00\x00"))
    assert png_colours(png) == 1


def test_target_of_reads_links_as_a_web_server_would(tmp_path: Path) -> None:
    page = tmp_path / "es" / "a" / "index.html"
    assert target_of(page, "../b/", tmp_path) == tmp_path / "es" / "b" / "index.html"
    assert target_of(page, "/es/c.html#x", tmp_path) == tmp_path / "es" / "c.html"
    assert target_of(page, "https://example.org/", tmp_path) is None
