"""An article is parsed once per distinct text, so a pathological one costs one parse."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from painl10n import Project, build
from painl10n.site.render import render_tokens
from painl10n.sources.markdown import copy_tokens, parser

SLUG = "psychobiology-of-chronic-pain"
PATHOLOGICAL = "![" * 20_000  # as `![` times 500,000, which takes seconds per parse


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text a full MarkdownIt parse was asked for."""
    texts: list[str] = []
    original = MarkdownIt.parse

    def parse(self: MarkdownIt, src: str, env: object = None) -> list[object]:
        texts.append(src)
        return original(self, src, env)  # type: ignore[arg-type, return-value]

    monkeypatch.setattr(MarkdownIt, "parse", parse)
    return texts


def test_a_pathological_article_is_parsed_once_for_all_its_languages(
    site: Path, parsed: list[str]
) -> None:
    """No language is translated: the source and its four languages share one parse."""
    article = site / "source" / "pathological.md"
    text = f"---\ntitle: Pathological\n---\n\n{PATHOLOGICAL}\n"
    article.write_text(text, "utf-8")
    build(Project.load(site), jobs=1)
    assert parsed.count(text) == 1, f"parsed {parsed.count(text)} times"
    for language in ("es", "fr", "de", "ar"):
        assert (site / "output" / language / "pathological.md").read_text("utf-8") == text
        page = (site / "output" / language / "pathological.html").read_text("utf-8")
        assert PATHOLOGICAL[:40] in page


def test_languages_sharing_a_text_render_as_if_each_parsed_it(site: Path) -> None:
    """Pages sharing one parse come out as their own parse gives them: links
    lead to each language's own pages, headings move down one level once."""
    article = site / "source" / "shared.md"
    article.write_text(
        "---\ntitle: Shared\n---\n\n# Heading\n\n"
        f"See [the other article]({SLUG}.md).\n\n| A | B |\n|:--|--:|\n| 1 | 2 |\n",
        "utf-8",
    )
    build(Project.load(site), jobs=1)
    for language in ("en", "es", "fr", "de", "ar"):
        page = (site / "output" / language / "shared.html").read_text("utf-8")
        # untranslated: the source's text, marked as English (partial_pages = "notice")
        marked = "" if language == "en" else ' lang="en" dir="ltr"'
        assert page.count(f"<h2{marked}>Heading</h2>") == 1 and "<h3>" not in page, language
        assert f'href="{SLUG}.html"' in page, language  # this language's page
        assert page.count('scope="col"') == 2 and "text-align:start" in page, language


def test_a_copy_is_independent_of_its_original() -> None:
    text = (Path(__file__).parents[2] / "source" / f"{SLUG}.md").read_text("utf-8")
    tokens = parser().parse(text)
    copy = copy_tokens(tokens)
    for token in tokens:
        if token.children:
            token.children.clear()
        token.attrs["data-changed"] = "1"
        token.tag = "changed"
    assert render_tokens(copy) == render_tokens(parser().parse(text))
