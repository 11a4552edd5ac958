"""Any mix of the mkdocs dialect's lines: an identity translation rebuilds it exactly,
and a translated one keeps every box, tab and block where it was."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from painl10n.localize.assemble import assemble
from painl10n.sources.dialects import flavor_for
from painl10n.sources.model import Article
from painl10n.sources.segment import segment_article

FLAVOR = flavor_for(
    "mkdocs",
    changes=["pymdownx.blocks.admonition", "pymdownx.blocks.details", "pymdownx.blocks.tab"],
)
LINES = [
    '!!! note "Title here"', "!!! tip", '??? info "More"', "???+ warning", '=== "Tab one"',
    "    Body text line.", "    more body", "        deep body", "", "", "Term",
    ": Definition text", ":   Indented def", "*[HTML]: Hyper Text", "{: .lead }",
    "## Heading { #h }", "Plain paragraph text", "- list item", "    - nested item",
    "> quote text", "/// warning | Careful now", "///", "//// details | Outer", "////",
    '<div class="grid" markdown>', "</div>", "| a | b |", "|---|---|", "```", "code",
    '    !!! note "Inner"', "        inner body", "[^1]: Footnote text", "Text[^1] ref",
    '![Alt text](x.png){ width="3" }', "[Btn](x){ .md-button }", "\t!!! note",
]  # fmt: skip
documents = st.lists(st.sampled_from(LINES), min_size=1, max_size=14).map("\n".join)


def segment(text: str) -> Article:
    return segment_article(
        text, ref="p.md", default_slug="p", front_matter_fields=(), flavor=FLAVOR
    )


def shape(article: Article) -> list[str]:
    """Each segment's construct, whatever its words (the term a definition names aside)."""
    return [
        re.sub(r'definition of ".*"', "definition", seg.kind.split(",")[0])
        for seg in article.segments
    ]


@settings(max_examples=300, deadline=None)
@given(documents)
def test_identity_and_untranslated_rebuild_any_document_exactly(text: str) -> None:
    article = segment(text)
    assert assemble(article, lambda seg: seg.msgid).text == text
    assert assemble(article, lambda seg: None).text == text


@settings(max_examples=300, deadline=None)
@given(documents)
def test_a_translation_keeps_the_boxes_tabs_and_blocks(text: str) -> None:
    article = segment(text)
    rebuilt = segment(assemble(article, lambda seg: seg.msgid.upper() + " ÉTÉ").text)
    assert boxes(rebuilt) == boxes(article)


def boxes(article: Article) -> list[str]:
    """The titles and bodies of admonitions, details blocks and tabs, in order."""
    constructs = ("admonition", "details", "tab")
    return [kind for kind in shape(article) if kind.split(" ")[0] in constructs]


def test_a_block_line_over_a_table_delimiter_opens_the_block() -> None:
    """Found by the property above: '/// warning | Careful now' over '|---|---|' was a
    table header whose cells ('/// warning') a translation could break."""
    article = segment("/// warning | Careful now\n|---|---|\n")
    assert shape(article)[:1] == ["admonition title (warning)"]
    assert all("///" not in seg.msgid for seg in article.segments)
