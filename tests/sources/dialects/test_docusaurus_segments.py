"""The docusaurus dialect: admonitions and MDX cut by their structure, syntax in the skeleton."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from painl10n.errors import Painl10nError
from painl10n.localize.assemble import assemble
from painl10n.sources.dialects import file_flavor, flavor_for
from painl10n.sources.model import Article, Flavor, Style
from painl10n.sources.segment import segment_article
from painl10n.text.pseudo import accented
from tests.helpers.dialect_pages import MDX_PAGE, SPANISH

DOCUSAURUS = flavor_for("docusaurus")


def segment(text: str, flavor: Flavor = DOCUSAURUS) -> Article:
    return segment_article(
        text, ref="docs/doses.mdx", default_slug="doses", front_matter_fields=("title",),
        flavor=flavor,
    )  # fmt: skip


def found(text: str, flavor: Flavor = DOCUSAURUS) -> list[tuple[str, str]]:
    return [(seg.kind, seg.msgid) for seg in segment(text, flavor).segments]


def test_every_construct_is_a_message_named_in_its_comment() -> None:
    assert found(MDX_PAGE) == [
        ("front matter: title", "Doses"),
        ("heading h1", "Doses"),
        ("admonition title (tip)", "Take care"),
        ("admonition (tip)", "Do not take more than four grams a day."),
        ("admonition title (warning)", "Before a journey"),
        ("admonition (warning)", "Pack enough tablets."),
        ("admonition (note)", "Ask your pharmacist."),
        ('"label" of <TabItem>', "Adults"),
        ('<TabItem> "Adults"', "Take one tablet."),
        ('"label" of <TabItem>', "Children"),
        ('<TabItem> "Children"', "Ask a doctor first."),
    ]
    assert {msgid for _, msgid in found(MDX_PAGE)} <= set(SPANISH)


def test_identity_and_untranslated_rebuild_the_source_byte_for_byte() -> None:
    article = segment(MDX_PAGE)
    assert assemble(article, lambda seg: seg.msgid).text == MDX_PAGE
    assert assemble(article, lambda seg: None).text == MDX_PAGE
    crlf = MDX_PAGE.replace("\n", "\r\n")
    assert assemble(segment(crlf), lambda seg: seg.msgid).text == crlf


def test_a_translation_keeps_every_syntax_line() -> None:
    built = assemble(segment(MDX_PAGE), lambda seg: SPANISH[seg.msgid]).text
    assert built.startswith(
        "---\ntitle: Dosis\n---\nimport Tabs from '@theme/Tabs';\n"
        "import TabItem from '@theme/TabItem';\n\n# Dosis\n\n"
    )
    assert ":::tip[Cuidado]\nNo tome más de cuatro gramos al día.\n:::\n" in built
    assert ":::warning Antes de un viaje\nLleve suficientes comprimidos.\n:::\n" in built
    assert ":::note\nPregunte a su farmacéutico.\n:::\n" in built
    assert '  <TabItem value="adults" label="Adultos">\n    Tome un comprimido.\n' in built
    assert '<TabItem value="children" label="Niños" default>\n' in built
    assert built.endswith(
        "</Tabs>\n\n{/* Checked by the pharmacy team. */}\n\n"
        "```js\nconst dose = 500; // mg, never more\n```\n"
    )


def test_no_msgid_holds_dialect_syntax() -> None:
    for seg in segment(MDX_PAGE).segments:
        assert not any(mark in seg.msgid for mark in (":::", "<", "{", "import", "[", '"'))


def test_styles_fit_each_place() -> None:
    article = segment(MDX_PAGE)
    styles = {seg.msgid: seg.style for seg in article.segments}
    assert styles["Take care"] is Style.ALT  # inside ':::tip[…]'
    assert styles["Before a journey"] is Style.LABEL
    assert styles["Adults"] is Style.ATTRIBUTE
    odd = {"Take care": "Tome [nota] aquí", "Adults": 'Los "adultos"', "Children": "l'enfant"}
    built = assemble(article, lambda seg: odd.get(seg.msgid)).text
    assert ":::tip[Tome \\[nota\\] aquí]\n" in built
    assert 'label="Los &quot;adultos&quot;"' in built
    assert 'label="l\'enfant"' in built
    body = next(seg for seg in article.segments if seg.kind == "admonition (tip)")
    built = assemble(article, lambda seg: "Uno\n\n::: dos" if seg is body else None).text
    assert ":::tip[Take care]\nUno\n&#58;:: dos\n:::\n" in built


def test_nested_admonitions_take_more_colons() -> None:
    text = "::::info[Outer]\nOuter body.\n:::danger\nInner body.\n:::\n::::\n"
    assert found(text) == [
        ("admonition title (info)", "Outer"),
        ("admonition (info)", "Outer body."),
        ("admonition (danger)", "Inner body."),
    ]
    assert assemble(segment(text), lambda seg: seg.msgid.upper()).text == (
        "::::info[OUTER]\nOUTER BODY.\n:::danger\nINNER BODY.\n:::\n::::\n"
    )


def test_a_colon_line_inside_code_is_code() -> None:
    """Near miss: ':::note' inside a fence opens nothing."""
    text = "```md\n:::note\nNot a box.\n:::\n```\n"
    assert found(text) == []


def test_a_closing_line_inside_a_fence_closes_the_box_as_remark_directive_does() -> None:
    """remark-directive (micromark) closes the container at the fence's ':::' line too,
    and the rest is code; the segments follow the generator, not the eye."""
    text = ":::note\n```md\n:::\n```\nAfter.\n:::\n"
    assert found(text) == []
    assert assemble(segment(text), lambda seg: seg.msgid).text == text


def test_an_unclosed_box_runs_to_the_end_as_in_remark_directive() -> None:
    text = ":::warning[Careful]\nThe body.\n\nMore body.\n"
    assert found(text) == [
        ("admonition title (warning)", "Careful"),
        ("admonition (warning)", "The body."),
        ("admonition (warning)", "More body."),
    ]
    assert assemble(segment(text), lambda seg: seg.msgid).text == text


def test_near_misses_stay_text() -> None:
    """'::: note' (a blank after the colons), '::note' (two), ':::foo bar' (no keyword:
    no legacy title) are no containers; inline JSX and expressions stay in the sentence."""
    assert [msgid for _, msgid in found("::: note\nText.\n")] == ["::: note Text."]
    assert [msgid for _, msgid in found("::note\nText.\n")] == ["::note Text."]
    assert [msgid for _, msgid in found(":::foo bar\nText.\n:::\n")] == [":::foo bar Text. :::"]
    assert found("Take <Dose mg={5} /> with {props.meal} today.\n") == [
        ("paragraph", "Take <Dose mg={5} /> with {props.meal} today.")
    ]


def test_mdx_lines_interrupt_a_paragraph_and_stay_in_the_skeleton() -> None:
    text = (
        'Intro text\n<Figure\n  src="x.png"\n  alt="A pill"\n  size={2}\n/>\n'
        "{\n  props.extra\n}\nexport const a = 1;\n"
    )
    assert found(text) == [("paragraph", "Intro text"), ('"alt" of <Figure>', "A pill")]
    assert assemble(segment(text), lambda seg: seg.msgid).text == text


def test_attributes_may_follow_a_value_without_a_blank_as_mdx_reads_them() -> None:
    """Redux's docs embed sandboxes as '<iframe class="x"src="…"></iframe>': MDX reads
    a tag there (micromark-extension-mdx-jsx takes the next attribute right after a
    quoted or braced value), painl10n read a paragraph, which en-XA accented into
    '<îƒŕåṁé …>' and the page no longer compiled. A bare name running into a quote is
    still no tag (near miss)."""
    text = (
        'See below:\n\n<iframe class="sandbox"src="https://x.io/a"title="Counter"'
        'sandbox="allow-scripts"></iframe>\n\n<Box {...props}title="Dose" size={2}open>\n'
        "\nInside.\n\n</Box>\n"
    )
    assert found(text) == [
        ("paragraph", "See below:"),
        ('"title" of <iframe>', "Counter"),
        ('"title" of <Box>', "Dose"),
        ('<Box> "Dose"', "Inside."),
    ]
    assert assemble(segment(text), lambda seg: seg.msgid).text == text
    assert found('<b c"d">x</b>\n') == [("paragraph", '<b c"d">x</b>')]


def test_an_html_comment_line_is_an_mdx_comment_and_the_import_below_it_is_esm() -> None:
    """Docusaurus reads '<!-- … -->' as '{/* … */}' (mdx1Compat.comments, its default).
    Redux's tutorials put '<!-- prettier-ignore -->' right above an 'import': painl10n
    read one paragraph of both, offered the import and en-XA accented its path (6 of 86
    pages). A comment inside a sentence stays in it (near miss)."""
    text = (
        "import { A } from './a'\n\n<!-- prettier-ignore -->\n"
        'import Warning from "./_Warning.mdx";\n\n<!--\n  two lines\n-->\n'
        "Take it <!-- really --> with food.\n"
    )
    assert found(text) == [("paragraph", "Take it <!-- really --> with food.")]
    assert assemble(segment(text), lambda seg: seg.msgid).text == text


def test_an_element_names_its_paragraphs_only_when_closed_where_it_opened() -> None:
    text = (
        "<details>\n\nInside.\n\n</details>\n\n<TabItem>\nNever closed.\n\n"
        '> <Box title="Quoted">\n> In a quote.\n\n</Box>\nAfter.\n'
    )
    assert found(text) == [
        ("<details>", "Inside."),
        ("paragraph", "Never closed."),
        ('"title" of <Box>', "Quoted"),
        ("blockquote", "In a quote."),
        ("paragraph", "After."),
    ]


def test_esm_is_top_level_only_and_runs_to_a_blank_line() -> None:
    text = "import {\n  A,\n} from 'x';\nexport const b = 2;\n\nText.\n\n> import this\n"
    assert found(text) == [("paragraph", "Text."), ("blockquote", "import this")]


def test_component_attributes_choose_the_messages() -> None:
    text = (
        '<Figure caption="A chart" alt="Bars" title="T" label="L" />\n'
        '<Chart caption="Not this" alt="Lines" />\n'
    )
    flavor = flavor_for("docusaurus", attributes={"Figure": ["caption"], "*": ["alt"]})
    assert found(text, flavor) == [  # a component named: its own list only
        ('"caption" of <Figure>', "A chart"),
        ('"alt" of <Chart>', "Lines"),
    ]
    assert [msgid for _, msgid in found(text)] == ["Bars", "T", "L", "Lines"]


def test_without_mdx_md_files_read_as_commonmark_and_mdx_files_still_mdx() -> None:
    flavor = flavor_for("docusaurus", changes=["-mdx"])
    text = '<Tabs>\n  <TabItem label="Adults">\n\n    code here\n\n</Tabs>\n'
    assert found(text, flavor) == []
    assert file_flavor(flavor, "docs/a.MDX").extensions == DOCUSAURUS.extensions
    assert file_flavor(flavor, "docs/a.md") is flavor
    assert [msgid for _, msgid in found(text, file_flavor(flavor, "a.mdx"))] == [
        "Adults",
        "code here",
    ]


def test_an_unknown_extension_is_an_error() -> None:
    with pytest.raises(Painl10nError, match="unknown docusaurus extension 'tabs'"):
        flavor_for("docusaurus", changes=["tabs"])


def test_the_pseudo_locale_leaves_every_token_alone() -> None:
    msgid = "Take <Dose mg={5} /> with {props.meal} today."
    pseudo = accented(msgid, generator="docusaurus")
    assert "<Dose mg={5} />" in pseudo and "{props.meal}" in pseudo and "Ţåķé" in pseudo


LINES = [
    ":::note", ":::tip[Title here]", ":::warning Legacy title", "::::info", ":::", "::::",
    "Body text line.", "", "", "<Tabs>", '  <TabItem value="a" label="Tab one">',
    "    Indented body", "  </TabItem>", "</Tabs>", '<Figure alt="A pic" />', "{/* note */}",
    "import X from 'x';", "- list item", "> quote text", "```", "code", "## Heading",
    "Text with <B>bold</B> and {x}", "{", "}", "<Figure", '  alt="Multi"', "/>",
]  # fmt: skip
documents = st.lists(st.sampled_from(LINES), min_size=1, max_size=14).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_identity_rebuilds_any_document_and_a_translation_keeps_its_boxes(text: str) -> None:
    article = segment(text)
    assert assemble(article, lambda seg: seg.msgid).text == text
    assert assemble(article, lambda seg: None).text == text
    rebuilt = segment(assemble(article, lambda seg: seg.msgid.upper() + " ÉTÉ").text)
    assert shape(rebuilt) == shape(article)


def shape(article: Article) -> list[str]:
    """Each segment's construct (an element's comment quotes its label: left out)."""
    return [seg.kind.split(' "')[0] for seg in article.segments]
