"""The jekyll dialect: Liquid and kramdown lines kept out of the text, byte for byte."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from painl10n.localize.assemble import assemble
from painl10n.sources.dialects import flavor_for
from painl10n.sources.model import Article, Flavor
from painl10n.sources.segment import segment_article
from painl10n.text.pseudo import accented
from tests.helpers.dialect_pages import JEKYLL_PAGE, SPANISH

JEKYLL = flavor_for("jekyll")


def segment(text: str, flavor: Flavor = JEKYLL) -> Article:
    return segment_article(
        text, ref="en/doses.md", default_slug="doses", front_matter_fields=("title",),
        flavor=flavor,
    )  # fmt: skip


def msgids(text: str, flavor: Flavor = JEKYLL) -> list[str]:
    return [seg.msgid for seg in segment(text, flavor).segments]


def test_only_the_text_is_offered() -> None:
    found = [(seg.kind, seg.msgid) for seg in segment(JEKYLL_PAGE).segments]
    assert found == [
        ("front matter: title", "Doses"),
        ("heading h1", "Doses"),
        ("paragraph", "Do not take more than four grams a day."),
        ('"content" of include note.html', "Take care"),
        ("paragraph", "Ask your pharmacist."),
        ("HTML text in <summary>", "Side effects"),
        ("HTML text in <p>", "Stop taking it if your skin turns <b>yellow</b>."),
    ]
    assert {msgid for _, msgid in found} <= set(SPANISH)


def test_identity_and_untranslated_rebuild_the_source_byte_for_byte() -> None:
    article = segment(JEKYLL_PAGE)
    assert assemble(article, lambda seg: seg.msgid).text == JEKYLL_PAGE
    assert assemble(article, lambda seg: None).text == JEKYLL_PAGE
    crlf = JEKYLL_PAGE.replace("\n", "\r\n")
    assert assemble(segment(crlf), lambda seg: seg.msgid).text == crlf


def test_a_translation_keeps_every_syntax_line() -> None:
    built = assemble(segment(JEKYLL_PAGE), lambda seg: SPANISH[seg.msgid]).text
    expected = (
        JEKYLL_PAGE.replace("Doses", "Dosis")
        .replace("Take care", "Cuidado")
        .replace("Do not take more than\nfour grams a day.", "No tome más de cuatro gramos al día.")
    )
    expected = expected.replace("Ask your pharmacist.", "Pregunte a su farmacéutico.")
    expected = expected.replace("Side effects", "Efectos secundarios").replace(
        "Stop taking it if your skin turns <b>yellow</b>.",
        "Deje de tomarlo si la piel se le pone <b>amarilla</b>.",
    )
    assert built == expected


def test_plain_commonmark_offers_what_the_dialect_keeps() -> None:
    """What the dialect fixes: CommonMark joins the IAL into the paragraph and offers the
    raw block, the comment and the TOC list to the translator."""
    offered = msgids(JEKYLL_PAGE, Flavor())
    assert "Do not take more than four grams a day. {: .warning}" in offered
    assert "TOC {:toc}" in offered
    assert "{% comment %} Checked by the pharmacy team. {% endcomment %}" in offered


def test_liquid_tags_inside_a_sentence_or_inline_code_stay_in_it() -> None:
    """Near misses: a tag in a sentence, a tag line in backticks, a raw tag followed by
    text on its closing line are no block; a tag line inside a fence is code."""
    text = (
        "Write `{% include x.html %}` to include a file.\n`{% include x.html %}`\n\n"
        "{% raw %}{{ x }}{% endraw %} is how.\n\nHello {{ page.name }}, welcome.\n\n"
        "```\n{% include x.html %}\nCode text\n```\n"
    )
    assert msgids(text) == [
        "Write `{% include x.html %}` to include a file. `{% include x.html %}`",
        "{% raw %}{{ x }}{% endraw %} is how.",
        "Hello {{ page.name }}, welcome.",
    ]


def test_an_unclosed_raw_block_is_no_block() -> None:
    """Jekyll refuses such a page; painl10n keeps the tag line as any tag line (never a
    block that would hide the rest of the page) and rebuilds the source exactly."""
    text = "{% raw %}\nSome text.\n\nMore text.\n"
    assert msgids(text) == ["Some text.", "More text."]
    assert assemble(segment(text), lambda seg: seg.msgid).text == text


def test_tag_lines_break_paragraphs_and_multiline_tags_are_one_line() -> None:
    text = (
        "First part\n{% if a %}\nSecond part\n{% endif %}\n"
        '{% include note.html\n   kind="x" %}\nThird part\n{{ page.x }} {% assign y = 1 %}\n'
    )
    assert msgids(text) == ["First part", "Second part", "Third part"]
    built = assemble(segment(text), lambda seg: seg.msgid.upper()).text
    assert built == text.replace("First part", "FIRST PART").replace(
        "Second part", "SECOND PART"
    ).replace("Third part", "THIRD PART")


def test_an_attribute_or_liquid_line_is_never_a_definition_term() -> None:
    text = "Term\n: Definition\n{: .note}\n: More\n\nWord\n: Meaning\n{% endif %}\n: Other\n"
    assert [seg.kind for seg in segment(text).segments] == [
        "definition term", 'definition of "Term"', "paragraph",
        "definition term", 'definition of "Word"', "paragraph",
    ]  # fmt: skip
    assert assemble(segment(text), lambda seg: seg.msgid).text == text


def test_kramdown_lines_and_extensions_are_kept() -> None:
    text = (
        "{:ref: .warning}\n\nPara text\n{: .note #id}\n\n1. TOC\n{: toc}\n\n"
        "{::comment}\nHidden text.\n{:/comment}\n\n{::nomarkdown}\n<b>raw</b>\n{:/}\n\n"
        '{::options key="v" /}\n- TOC\n- real item\n'
    )
    assert msgids(text) == ["Para text", "TOC", "real item"]  # a TOC list needs '{:toc}'
    assert assemble(segment(text), lambda seg: seg.msgid).text == text


def test_a_translated_line_opens_no_kramdown_construct() -> None:
    article = segment("Para text\nmore.\n")
    built = assemble(article, lambda seg: "Uno\n{: .evil}\n: dos").text
    assert built == "Uno\n&#123;: .evil}\n&#58; dos\n"


def test_the_pseudo_locale_leaves_liquid_alone() -> None:
    pseudo = accented("Hello {{ page.name }}, read {% link a.md %}.", generator="jekyll")
    assert "{{ page.name }}" in pseudo and "{% link a.md %}" in pseudo and "Ĥéļļö" in pseudo


REFERENCES = """\
Thanks for [submitting a patch][1349] so quickly, see [home].

[1349]: {{ site.repository }}/issues/1349
[home]: {% link index.md %} "Home"
[docs]: https://jekyllrb.com/docs/
[broken]: {{ x }} and more words
"""


def test_a_reference_definition_with_liquid_is_no_text() -> None:
    """Jekyll's docs define '[1349]: {{ site.repository }}/issues/1349': Liquid makes it
    a URL before kramdown reads it, but its blanks made CommonMark read a paragraph,
    offered to the translator and accented by en-XA (the link broke on the page). A
    line that is no definition once the Liquid is a word stays text (near miss)."""
    article = segment(REFERENCES)
    assert [seg.msgid for seg in article.segments] == [
        "Thanks for [submitting a patch][1349] so quickly, see [home].",
        "[broken]: {{ x }} and more words",
    ]
    assert assemble(article, lambda seg: seg.msgid).text == REFERENCES
    pseudo = assemble(article, lambda seg: accented(seg.msgid, generator="jekyll")).text
    assert "[1349]: {{ site.repository }}/issues/1349\n[home]: {% link index.md %}" in pseudo
    assert "][1349] " in pseudo and "[home]" in pseudo  # the label is the link's


LINES = [
    "{% raw %}", "{% endraw %}", "{% include note.html %}", "{% if x %}", "{% endif %}",
    "{% highlight ruby %}", "{% endhighlight %}", "{% comment %}", "{% endcomment %}",
    "{: .note}", "{:toc}", "* TOC", "{::comment}", "{:/comment}", "{::options a=\"b\" /}",
    "Body text line.", "", "", "Term", ": Definition", "*[HTML]: Hyper Text", "- list item",
    "> quote text", "```", "code", "## Heading", "Text with {{ var }} inside",
    "{% include a.html", '  x="y" %}', "`{% raw %}`",
]  # fmt: skip
documents = st.lists(st.sampled_from(LINES), min_size=1, max_size=14).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_identity_rebuilds_any_document_and_a_translation_keeps_its_lines(text: str) -> None:
    article = segment(text)
    assert assemble(article, lambda seg: seg.msgid).text == text
    assert assemble(article, lambda seg: None).text == text
    rebuilt = segment(assemble(article, lambda seg: translated(seg.msgid)).text)
    assert shape(rebuilt) == shape(article)


def translated(msgid: str) -> str:
    """A translation that keeps the Liquid tags as written (``dialect-syntax`` holds it to)."""
    parts = re.split(r"(\{%.*?%\}|\{\{.*?\}\})", msgid)
    if not "".join(parts[::2]).strip():  # tags only ('{% raw %}' read as a term): no words
        return msgid
    return "".join(p if i % 2 else p.upper() for i, p in enumerate(parts)) + " ÉTÉ"


def shape(article: Article) -> list[str]:
    """Each segment's construct, definition lists aside: mdit-py-plugins reads any line
    before ': …' as a term, and a translated one that would open a list ('* TOC' →
    '\\* TOC …') is escaped, as in the mkdocs dialect."""
    return [seg.kind for seg in article.segments if not seg.kind.startswith("definition")]


def test_include_parameters_are_messages_as_component_attributes_say() -> None:
    text = (
        '{% include figure.html src="a.png" alt="A chart" caption=\'Doses "by" age\' %}\n'
        "{% include note.html content=page.x title='' %}\n"
        '{% include_relative\n  box.html content="Rest well" %}\n'
    )
    article = segment(text)
    assert [(seg.kind, seg.msgid) for seg in article.segments] == [
        ('"alt" of include figure.html', "A chart"),
        ('"caption" of include figure.html', 'Doses "by" age'),
        ('"content" of include box.html', "Rest well"),
    ]
    built = assemble(article, lambda seg: {'Doses "by" age': "Dosis 'por' edad"}.get(seg.msgid))
    assert "caption='Dosis &#39;por&#39; edad' %}" in built.text
    only = flavor_for("jekyll", attributes={"note.html": ["content"]})
    assert msgids(text, only) == []
    assert msgids('{% include note.html content="Hi there" %}\n', only) == ["Hi there"]
