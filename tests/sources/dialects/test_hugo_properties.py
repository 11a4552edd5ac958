"""Any mix of the hugo dialect's lines: an identity translation rebuilds it exactly, a
translated one keeps every shortcode, alert and attribute where it was, and the parser
gives the same messages with or without its lazy inline parse."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from painl10n.localize.assemble import assemble
from painl10n.sources.dialects import flavor_for
from painl10n.sources.markdown import parser
from painl10n.sources.model import Article, Segment
from painl10n.sources.segment import segment_and_parse, segment_article

FLAVOR = replace(flavor_for("hugo"), heading_ids="source")
LINES = [
    '{{< note title="Read this" >}}', "{{< /note >}}", "{{% details %}}", "{{% /details %}}",
    '{{< figure src="a.png" caption="A scale" />}}', "{{< code-toggle >}}", "{{< /code-toggle >}}",
    '{{< tab lang="toml" >}}', "{{< /tab >}}", "[params]", 'title = "x"', "{{</* note */>}}",
    "> [!NOTE]", "> [!WARNING]+ Take care", "> quote text", ">", "{.lead #p}", "{not a list}",
    "## Heading {#h}", "## Heading", "# Heading", "Setext", "======", "Plain paragraph text",
    "more text", 'See {{< ref "a.md" >}} here.', "- list item", "  {{< note >}}", "  item text",
    "```", "code", "    indented", "", "", "| a | b |", "|---|---|",
    "[^1]: Footnote text", "Text[^1] ref", '{{% /details %}} {{< note title="Two" >}}',
    '{{< tabs >}} {{< tab title="One" />}}', "{{< unclosed", '  title="Multi line" >}}',
]  # fmt: skip
# No definition lists: mdit-py-plugins' deflist reads any line right after a
# definition ('> quote', a tag line) as the next term, in every dialect.
SHORTCODE = re.compile(r"(\{\{[<%].*?[>%]\}\})", re.S)
documents = st.lists(st.sampled_from(LINES), min_size=1, max_size=14).map("\n".join)


def segment(text: str) -> Article:
    return segment_article(
        text, ref="p.md", default_slug="p", front_matter_fields=(), flavor=FLAVOR
    )


def translate(seg: Segment) -> str:
    """Other words, every shortcode kept as written (the dialect-syntax check's due); a
    message that is only a shortcode (a term that is a tag line) has no words to change."""
    if SHORTCODE.fullmatch(seg.msgid):
        return seg.msgid
    parts = SHORTCODE.split(seg.msgid)
    return "".join(part if SHORTCODE.fullmatch(part) else part.upper() for part in parts) + " ÉTÉ"


def shape(article: Article) -> list[str]:
    """Each segment's construct, whatever its words."""
    return [seg.kind.split(' "')[0] for seg in article.segments]


@settings(max_examples=300, deadline=None)
@given(documents)
def test_identity_and_untranslated_rebuild_any_document_exactly(text: str) -> None:
    article = segment(text)
    assert assemble(article, lambda seg: seg.msgid).text == text
    assert assemble(article, lambda seg: None).text == text


@settings(max_examples=300, deadline=None)
@given(documents)
def test_a_translation_keeps_every_construct(text: str) -> None:
    article = segment(text)
    rebuilt = segment(assemble(article, translate).text)
    assert shape(rebuilt) == shape(article)


@settings(max_examples=200, deadline=None)
@given(documents)
def test_the_full_parser_finds_the_same_messages(text: str) -> None:
    full, _ = segment_and_parse(
        text, ref="p.md", default_slug="p", front_matter_fields=(), flavor=FLAVOR
    )
    assert full.segments == segment(text).segments
    parser(FLAVOR).render(text)  # every token of the dialect renders
