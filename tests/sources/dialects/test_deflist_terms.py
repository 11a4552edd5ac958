"""Definition items with several terms (PHP Markdown Extra), as the generators read them.

Python-Markdown, goldmark and kramdown make every line above ``: definition``
a term; painl10n read one paragraph "Term1 Term2 : definition" and wrote it back
on one line: no list any more (just-the-docs' kitchen sink lost two lists
under en-XA). Checked against the real readers: Python-Markdown here, kramdown
through Debian's Ruby, goldmark through Hugo.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import markdown
import pytest

from painl10n.localize.assemble import assemble
from painl10n.sources.dialects import flavor_for
from painl10n.sources.model import Article
from painl10n.sources.segment import segment_article
from tests.helpers.generators import build_hugo, require_tool
from tests.helpers.html import HtmlPage

TERMS = """\
Ibuprofen
Naproxen
: Anti-inflammatory painkillers,
  taken with food.

: Not for people with stomach ulcers.

Rest
: One or two days at most.
"""
LIST_LINE = "A paragraph line\n- a list line\n: a definition\n"
SPANISH = {
    "Ibuprofen": "Ibuprofeno",
    "Naproxen": "Naproxeno",
    "Anti-inflammatory painkillers, taken with food.": "Analgésicos antiinflamatorios, con comida.",
    "Not for people with stomach ulcers.": "No para personas con úlcera de estómago.",
    "Rest": "Reposo",
    "One or two days at most.": "Uno o dos días como máximo.",
}


def segment(text: str, generator: str) -> Article:
    return segment_article(
        text, ref="a.md", default_slug="a", front_matter_fields=(), flavor=flavor_for(generator)
    )


def translated(generator: str) -> str:
    return assemble(segment(TERMS, generator), lambda seg: SPANISH.get(seg.msgid)).text


@pytest.mark.parametrize("generator", ["mkdocs", "hugo", "jekyll"])
def test_each_line_above_a_definition_is_a_term(generator: str) -> None:
    article = segment(TERMS, generator)
    assert [(seg.kind, seg.msgid) for seg in article.segments][:4] == [
        ("definition term", "Ibuprofen"),
        ("definition term", "Naproxen"),
        ('definition of "Naproxen"', "Anti-inflammatory painkillers, taken with food."),
        ('definition of "Naproxen"', "Not for people with stomach ulcers."),
    ]
    assert assemble(article, lambda seg: seg.msgid).text == TERMS
    assert translated(generator).startswith("Ibuprofeno\nNaproxeno\n: Analgésicos")


def test_python_markdown_reads_the_translation_as_the_source() -> None:
    source = markdown.markdown(TERMS, extensions=["def_list"])
    spanish = markdown.markdown(translated("mkdocs"), extensions=["def_list"])
    assert source.count("<dt>") == spanish.count("<dt>") == 3
    assert "<dt>Ibuprofeno</dt>\n<dt>Naproxeno</dt>" in spanish


def test_kramdown_reads_the_translation_as_the_source() -> None:
    ruby = require_tool("ruby")
    script = (
        'require "kramdown"; require "kramdown-parser-gfm"; '
        'puts Kramdown::Document.new(STDIN.read, input: "GFM", hard_wrap: false).to_html'
    )
    for text, first in ((TERMS, "Ibuprofen"), (translated("jekyll"), "Ibuprofeno")):
        html = subprocess.run(
            [ruby, "-e", script], input=text, capture_output=True, text=True, check=True
        ).stdout
        assert html.count("<dt>") == 3, html
        assert f"<dt>{first}</dt>" in html


def test_hugo_reads_the_translation_as_the_source(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", '
        '"section"]\n',
        "utf-8",
    )
    (tmp_path / "layouts" / "_default").mkdir(parents=True)
    (tmp_path / "layouts" / "_default" / "single.html").write_text("{{ .Content }}\n", "utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "es.md").write_text("---\ntitle: t\n---\n" + translated("hugo"))
    build_hugo(tmp_path, tmp_path / "public")
    page = HtmlPage(tmp_path / "public" / "es" / "index.html")
    assert [" ".join(dt.text.split()) for dt in page.all("dt")] == [
        "Ibuprofeno",
        "Naproxeno",
        "Reposo",
    ]


def test_a_line_that_starts_another_block_ends_the_terms() -> None:
    """kramdown's GFM input (Jekyll's) and goldmark read 'A paragraph line' as a
    paragraph and the list line as a list (near miss); painl10n does so in every
    dialect (Python-Markdown alone takes the list line for a term)."""
    ruby = require_tool("ruby")
    script = (
        'require "kramdown"; require "kramdown-parser-gfm"; '
        'puts Kramdown::Document.new(STDIN.read, input: "GFM", hard_wrap: false).to_html'
    )
    kramdown = subprocess.run(
        [ruby, "-e", script], input=LIST_LINE, capture_output=True, text=True, check=True
    ).stdout
    assert "<p>A paragraph line</p>\n<ul>" in kramdown, kramdown
    for generator in ("mkdocs", "hugo", "jekyll"):
        found = [(seg.kind, seg.msgid) for seg in segment(LIST_LINE, generator).segments]
        assert found == [
            ("paragraph", "A paragraph line"),
            ("list item", "a list line : a definition"),
        ]


def test_a_long_paragraph_is_read_in_linear_time() -> None:
    """The rule asked the paragraph's terminators for each line, itself among them, and
    itself again for the next line: a paragraph of n lines took 2^n steps (Jekyll's
    docs hung extract for half an hour). Read in a child process with a time limit,
    so a regression fails instead of hanging the suite."""
    lines = "\n".join(f"Line {n} of a long paragraph without a blank line." for n in range(60))
    script = (
        "import sys; from painl10n.sources.dialects import flavor_for; "
        "from painl10n.sources.segment import segment_article\n"
        "for g in ('mkdocs', 'hugo', 'jekyll'):\n"
        "    a = segment_article(sys.stdin.read() if g == 'mkdocs' else text, ref='a.md', "
        "default_slug='a', front_matter_fields=(), flavor=flavor_for(g))\n"
        "    text = a.text\n"
        "    print(len(a.segments))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=lines + "\n: and a definition\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split() == ["61", "61", "61"]  # 60 terms and the definition
