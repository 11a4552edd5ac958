"""Links between articles lead to the same language's page (painl10n.site.links)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from painl10n.pipeline.build import build
from painl10n.project import Project
from painl10n.site.links import ArticleLinks, rewrite_links
from painl10n.sources.markdown import parser
from tests.helpers.crosslinks import EXPECTED_HREFS, OTHER, SEE_ALSO, SLUGS, add_cross_links

LINKS = ArticleLinks.of(
    "en",
    [
        ("source/dosing.md", "dosing"),
        ("source/guides/sleep.md", "guides-sleep"),
        ("source/custom.md", "renamed-by-front-matter"),
    ],
)


@pytest.mark.parametrize(
    ("href", "from_ref", "expected"),
    [
        ("dosing.md", "source/custom.md", "dosing.html"),
        ("./dosing.md#max-dose", "source/custom.md", "dosing.html#max-dose"),
        ("../source/dosing.md", "source/custom.md", "dosing.html"),
        ("/source/dosing.md", "source/custom.md", "dosing.html"),
        ("guides/sleep.md", "source/dosing.md", "guides-sleep.html"),
        ("../dosing.md?x=1#a", "source/guides/sleep.md", "dosing.html?x=1#a"),
        ("sleep.md", "source/guides/sleep.md", "guides-sleep.html"),
        ("custom.md", "source/dosing.md", "renamed-by-front-matter.html"),
        ("dosing.html", "source/custom.md", "dosing.html"),
        ("../en/dosing.html#top", "source/custom.md", "dosing.html#top"),
        ("/en/guides-sleep.html", "source/dosing.md", "guides-sleep.html"),
        ("./dosing%2Emd", "source/custom.md", "dosing.html"),
    ],
)
def test_article_links_become_the_page_in_the_same_folder(
    href: str, from_ref: str, expected: str
) -> None:
    assert LINKS.page_href(href, from_ref) == expected


@pytest.mark.parametrize(
    "href",
    [
        "https://example.org/dosing.md",  # another site
        "//example.org/dosing.md",  # another host, same scheme
        "mailto:team@example.org",
        "#max-dose",  # same page
        "/contact/",  # a site path that is not an article
        "missing.md",  # no such article
        "../dosing.md",  # outside the source folder
        "dosing.md.bak",
        "dosing.mdx",
        "../es/dosing.html",  # another language's page, chosen on purpose
        "/fr/dosing.html",
        "en/dosing.html",  # from en/custom.html this is en/en/dosing.html
        "dosing.htm",
        "guides/sleep.html",  # the page is flat: en/guides-sleep.html
        "",
    ],
)
def test_links_to_anything_else_are_left_alone(href: str) -> None:
    assert LINKS.page_href(href, "source/custom.md") is None


def test_rewrite_reaches_nested_and_reference_links_and_leaves_the_rest() -> None:
    text = (
        "See [dosing](dosing.md#a), *[emphasised](./dosing.md)*, [ref][r], "
        "[site](https://example.org/) and ![image](dosing.md).\n\n"
        "- [in a list](../source/guides/sleep.md)\n\n"
        "[r]: /en/dosing.html\n"
    )
    tokens = parser().parse(text)
    assert rewrite_links(tokens, LINKS, "source/custom.md") == 4
    html = parser().renderer.render(tokens, parser().options, {})
    assert html.count('href="dosing.html#a"') == 1
    assert html.count('href="dosing.html"') == 2
    assert 'href="guides-sleep.html"' in html
    assert 'href="https://example.org/"' in html
    assert 'src="dosing.md"' in html  # an image is not a link to a page


class _Anchors(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.in_main = False
        self.hrefs: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "main":
            self.in_main = True
        elif tag == "a" and self.in_main:
            self.hrefs.append(str(dict(attrs).get("href")))


@pytest.fixture
def crosslinked(site: Path) -> Path:
    add_cross_links(site)
    build(Project.load(site))
    return site


def test_built_pages_link_to_the_other_article_in_their_own_language(crosslinked: Path) -> None:
    out = crosslinked / "output"
    for language in SEE_ALSO:
        for slug in SLUGS:
            page = out / language / f"{slug}.html"
            hrefs = _Anchors(page.read_text("utf-8")).hrefs
            other = OTHER[slug]
            assert hrefs[-5:] == [h.format(o=other) for h in EXPECTED_HREFS], page
            for href in hrefs[-5:-1]:
                target = out / language / href.split("#")[0]
                assert target.is_file(), f"{page}: {href} does not exist"


def test_localized_markdown_keeps_the_source_link_targets(crosslinked: Path) -> None:
    """The .md output is the source with translations swapped in: targets as written."""
    other = OTHER[SLUGS[0]]
    for language, sentence in SEE_ALSO.items():
        text = (crosslinked / "output" / language / f"{SLUGS[0]}.md").read_text("utf-8")
        assert sentence.format(o=other) in text
