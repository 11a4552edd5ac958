"""The text of raw HTML blocks reaches the translator, and its translation stays HTML."""

from __future__ import annotations

import subprocess
import sys

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from painl10n.catalogs.pseudo import pseudo_catalog
from painl10n.catalogs.template import build_template
from painl10n.localize.assemble import assemble
from painl10n.site.render import render_markdown
from painl10n.sources.dialects import flavor_for
from painl10n.sources.dialects.html_block_end import (
    KRAMDOWN_SPAN_ELEMENTS,
    PYTHON_MARKDOWN_BLOCKS,
)
from painl10n.sources.model import Article, Flavor, Segment, Style
from painl10n.sources.segment import segment_article
from tests.helpers.documents import structure
from tests.helpers.generators import require_tool

WARNING = '<div class="warning">\n<p>Do not take more than <b>4 g</b> a day.</p>\n</div>\n'


def segment(text: str, flavor: Flavor | None = None) -> Article:
    return segment_article(
        text, ref="a.md", default_slug="a", front_matter_fields=(), flavor=flavor or Flavor()
    )


def found(text: str, flavor: Flavor | None = None) -> list[tuple[int, str, str]]:
    return [(seg.line, seg.kind, seg.msgid) for seg in segment(text, flavor).segments]


def build(text: str, translations: dict[str, str], flavor: Flavor | None = None) -> str:
    def lookup(seg: Segment) -> str | None:
        return translations.get(seg.msgid)

    return assemble(segment(text, flavor), lookup).text


def test_the_text_of_an_html_block_is_offered_with_its_inline_html() -> None:
    assert found(WARNING) == [(2, "HTML text in <p>", "Do not take more than <b>4 g</b> a day.")]
    assert segment(WARNING).segments[0].style is Style.HTML


def test_words_after_a_comment_that_starts_a_line_are_offered() -> None:
    """'<!-- note --> words' is a one-line HTML block: the words reach the page."""
    assert found("<!-- note --> Keep out of reach of children.\n") == [
        (1, "HTML text", "Keep out of reach of children.")
    ]


def test_block_elements_split_messages_and_name_them() -> None:
    text = (
        "<details>\n<summary>Side effects</summary>\n"
        "<table><tr><th>Dose</th><td>Twice a day</td></tr></table>\n</details>\n"
    )
    assert found(text) == [
        (2, "HTML text in <summary>", "Side effects"),
        (3, "HTML text in <th>", "Dose"),
        (3, "HTML text in <td>", "Twice a day"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "<script>\nvar warning = 'Do not use';\n</script>\n",
        "<style>\np { content: 'Do not use'; }\n</style>\n",
        "<pre>\nDo not use\n</pre>\n",
        "<textarea>\nDo not use\n</textarea>\n",
        "<div>\n<svg><text>Do not use</text></svg>\n</div>\n",
        "<div>\n<!-- Do not use -->\n</div>\n",
        "<div>\n<!-- Do not use, never closed\n",
        "<div><code>npm install</code></div>\n",
        "<div>4 &times; 250</div>\n",
        '<div id="foo"\n  class="bar">\n</div>\n',
    ],
)
def test_code_comments_and_what_has_no_word_are_not_offered(text: str) -> None:
    assert found(text) == []


def test_an_element_the_generator_reads_as_markdown_is_not_html_text() -> None:
    """kramdown's 'markdown="1"': its lines are Markdown blocks (a list here, as kramdown
    renders it: checked), which one line of HTML text would join into one item."""
    text = (
        '<div class="example" markdown="1">\n- Item 1\n- Item 2\n<div>\nInner.\n</div>\n'
        "- Item 3\n</div>\n<p>After.</p>\n"
    )
    assert "<li>Item 2</li>\n  </ul>\n  <div>\nInner.\n</div>\n  <ul>\n" in kramdown(text)
    assert found(text, flavor_for("jekyll")) == [
        (2, "list item", "Item 1"),
        (3, "list item", "Item 2"),
        (5, "HTML text in <div>", "Inner."),
        (7, "list item", "Item 3"),
        (9, "HTML text in <p>", "After."),
    ]
    # near miss: 'markdown="0"' is raw HTML for kramdown: its text is HTML text
    raw = text.replace('markdown="1"', 'markdown="0"')
    assert next(kind for _, kind, _ in found(raw, flavor_for("jekyll"))) == "HTML text in <div>"
    spans = '<p markdown="span">Take *two*.</p>\n<p markdown="0">Raw.</p>\n'
    assert [msgid for _, _, msgid in found(spans)] == ["Take *two*.", "Raw."]


AFTER_CLOSE = (
    '<div class="example">\n<p>Shown here.</p>\n</div>\n```markdown\nDefault label\n```\n'
    "<p>Another block.</p>\nThen *Markdown* again.\n"
)


def test_kramdown_and_python_markdown_end_an_html_block_where_its_element_closes() -> None:
    """CommonMark reads every line up to a blank one as HTML; kramdown and
    Python-Markdown end the block with its element, so the fence after '</div>' is
    Markdown there (no text to offer), a line starting with a block element opens a
    new HTML block, and a line of text is a paragraph (as Python-Markdown renders it)."""
    rendered = markdown.markdown(AFTER_CLOSE, extensions=["fenced_code"])
    assert '<pre><code class="language-markdown">Default label' in rendered
    assert "<p>Another block.</p>\n<p>Then <em>Markdown</em> again.</p>" in rendered
    for generator in ("jekyll", "mkdocs"):
        assert found(AFTER_CLOSE, flavor_for(generator)) == [
            (2, "HTML text in <p>", "Shown here."),
            (7, "HTML text in <p>", "Another block."),
            (8, "paragraph", "Then *Markdown* again."),
        ]
        assert found("<div>\nOne.\n</div>\n<p>Two.</p>\n", flavor_for(generator)) == [
            (2, "HTML text in <div>", "One."),
            (4, "HTML text in <p>", "Two."),
        ]
    plain = [msgid for _, _, msgid in found(AFTER_CLOSE)]
    assert plain == ["Shown here.", "```markdown Default label ```", "Another block.",
                     "Then *Markdown* again."]  # fmt: skip
    # There, a line that is an inline element alone starts a paragraph of Markdown.
    span = '<span class="big">\n[Go](a.md){: .btn }\n</span>\n'
    assert "<p><span" in markdown.markdown(span)
    for generator in ("jekyll", "mkdocs"):
        assert found(span, flavor_for(generator)) == [
            (1, "paragraph", '<span class="big"> [Go](a.md){: .btn } </span>')
        ]
    assert found(span, flavor_for("hugo")) == [(2, "HTML text", "[Go](a.md){: .btn }")]


def test_an_html_block_with_a_tag_its_grammar_does_not_read_is_left_alone() -> None:
    """'<div id="foo"' without its '>': where the tag ends is the browser's guess."""
    assert found('<div id="foo"\nDo not use\n') == []


def test_code_inside_a_sentence_stays_in_it() -> None:
    assert found("<p>Run <code>npm install</code> once.</p>\n") == [
        (1, "HTML text in <p>", "Run <code>npm install</code> once.")
    ]


def test_whitespace_is_collapsed_and_tags_around_the_text_stay_out() -> None:
    """A type 7 block's first line is its tag alone: the text must not be joined to it."""
    text = '<a href="dose.html">\n  Read the   dose\n  table\n</a>\n'
    assert found(text) == [(2, "HTML text", "Read the dose table")]
    rebuilt = build(text, {"Read the dose table": "Lea la tabla\nde dosis"})
    assert rebuilt == '<a href="dose.html">\n  Lea la tabla de dosis\n</a>\n'
    assert structure(render_markdown(rebuilt)) == structure(render_markdown(text))


def test_an_identity_translation_keeps_the_source_bytes() -> None:
    text = "> <p>Do not\n> drive.</p>\n\n<div>\r\n  Rest  well.\r\n</div>\r\n"
    assert [seg.msgid for seg in segment(text).segments] == ["Do not drive.", "Rest well."]
    assert assemble(segment(text), lambda seg: seg.msgid).text == text


def test_a_translation_is_one_line_so_no_blank_line_ends_the_block() -> None:
    text = "> <p>Do not\n> drive.</p>\n"
    rebuilt = build(text, {"Do not drive.": "No\n\nconduzca."})
    assert rebuilt == "> <p>No conduzca.</p>\n"
    html = render_markdown(rebuilt)
    assert html == "<blockquote>\n<p>No conduzca.</p>\n</blockquote>\n"


def test_a_block_in_a_list_item_is_found_behind_its_indentation() -> None:
    text = "- Step one\n\n  <div>\n  Rest well.\n  </div>\n"
    assert found(text)[-1] == (4, "HTML text in <div>", "Rest well.")
    rebuilt = build(text, {"Rest well.": "Descanse bien."})
    assert rebuilt == "- Step one\n\n  <div>\n  Descanse bien.\n  </div>\n"


FIGURE = (
    '<figure>\n<img src="x.png" alt="A nurse measuring a dose">\n'
    '<figcaption>Measure <abbr title="millilitres">ml</abbr> with a syringe.</figcaption>\n'
    "</figure>\n\n<a href=\"t.html\" title='Dose table'>\n  Read it\n</a>\n"
    '<div title="123"></div>\n'
)


def test_text_attributes_of_tags_outside_a_message_are_offered() -> None:
    """An image's alt (a screen reader reads it), a title (a tooltip); a tag inside a
    message keeps its attributes in the msgid; a value without a word is none."""
    caption = 'Measure <abbr title="millilitres">ml</abbr> with a syringe.'
    assert found(FIGURE) == [
        (2, 'HTML text: "alt" of <img>', "A nurse measuring a dose"),
        (3, "HTML text in <figcaption>", caption),
        (6, 'HTML text: "title" of <a>', "Dose table"),
        (7, "HTML text", "Read it"),
    ]
    assert assemble(segment(FIGURE), lambda seg: seg.msgid).text == FIGURE
    rebuilt = build(
        FIGURE,
        {"A nurse measuring a dose": 'Una enfermera mide una "dosis"', "Dose table": "L'tabla"},
    )
    assert 'alt="Una enfermera mide una &quot;dosis&quot;"' in rebuilt
    assert "title='L&#39;tabla'" in rebuilt
    assert structure(render_markdown(rebuilt)) == structure(render_markdown(FIGURE))


def test_unsafe_html_a_translation_adds_is_escaped_as_html() -> None:
    """In raw HTML a backslash escapes nothing and backticks make no code."""
    rebuilt = build(
        WARNING,
        {
            "Do not take more than <b>4 g</b> a day.": (
                "No tome más de <b>4 g</b> al día. `<script>alert(1)</script>`"
            )
        },
    )
    assert "<script>" not in rebuilt
    assert "&#60;script>alert(1)&#60;/script>" in rebuilt
    assert "<b>4 g</b>" in rebuilt  # what the source has is kept


def test_the_dialects_own_syntax_is_no_prose() -> None:
    jekyll = flavor_for("jekyll")
    text = "<ul>\n{% for dose in page.doses %}\n<li>{{ dose }}</li>\n{% endfor %}\n</ul>\n"
    assert found(text, jekyll) == []
    hugo = flavor_for("hugo")
    text = '<div>\nSee {{< ref "dose.md" >}} first.\n</div>\n'
    assert found(text, hugo) == [(2, "HTML text in <div>", 'See {{< ref "dose.md" >}} first.')]


def test_pseudo_brackets_in_html_text_are_not_escaped() -> None:
    """'\\[' is Markdown's escape; in raw HTML the reader would see the backslash."""
    article = segment(WARNING + "\nSome *prose*.\n")
    template = build_template(article, source_language="en", bugs_address="", created="x")
    catalog, _ = pseudo_catalog(template, "en-XA", slug="a")
    by_id = {entry.msgid: entry.msgstr for entry in catalog}
    assert by_id["Do not take more than <b>4 g</b> a day."].startswith("[Ðö ñöţ")
    assert by_id["Some *prose*."].startswith("\\[")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<div>",
                "</div>",
                "<p>",
                "</p>",
                "<b>",
                "</b>",
                '<a href="x">',
                "</a>",
                "<br>",
                "<!-- c -->",
                "<pre>",
                "</pre>",
                "Take",
                " two ",
                "\n",
                "\n  ",
                "4 g",
                "*em*",
                "&amp;",
                "<",
                "- ",
                "# ",
            ]
        ),
        min_size=1,
        max_size=14,
    )
)
def test_any_html_block_translated_keeps_its_structure(parts: list[str]) -> None:
    text = "<div>\n" + "".join(parts) + "\n"
    article = segment(text)
    assert assemble(article, lambda seg: seg.msgid).text == text
    rebuilt = assemble(article, lambda seg: "Tome\n\ndos " + seg.msgid + " y").text
    assert structure(render_markdown(rebuilt)) == structure(render_markdown(text))


@pytest.mark.parametrize(
    ("piece", "offered"),
    [
        ("<!-- x ", 0),
        ("<? x ", 0),
        ("<![CDATA[ x ", 0),
        ("<!A x ", 0),
        ('<a title="x ', 0),
        ("<a ", 0),
        ("<b>x</b> ", 1),
        ("Take </b>", 1),  # tags that close nothing at a message's end, paired in one pass
        ("<b> Take", 1),
        ("<div>Take</p>", 50_000),  # block elements left open: a close finds its namesake
    ],
)
def test_an_html_block_of_unclosed_pieces_is_read_in_linear_time(piece: str, offered: int) -> None:
    """Each '<!--' that never closes made the grammar scan to the block's end: 50,000
    of them took 215 s (20,000 unpaired '</b>' 4.5 s, 20,000 '</p>' under as many open
    '<div>' 2.4 s). Read in a child process
    with a time limit, so a regression fails instead of hanging the suite."""
    script = (
        "import sys; from painl10n.sources.segment import segment_article\n"
        "a = segment_article(sys.stdin.read(), ref='a.md', default_slug='a', "
        "front_matter_fields=())\n"
        "print(len(a.segments))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input="<div>\n" + piece * 50_000 + "\n",
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert done.stdout.split() == [str(offered)]


# --- text no message offers: extract warns, with the line and the fix -------------------

JOINED = "<div>\n<p>One.</p>\n</div>\nSome **Markdown** text.\n"


def unoffered(text: str, generator: str) -> list[tuple[int, str]]:
    return [(note.line, note.why) for note in segment(text, flavor_for(generator)).unoffered]


def kramdown(text: str) -> str:
    ruby = require_tool("ruby")
    script = (  # as Jekyll runs it: GFM input, no hard wraps
        'require "kramdown"; require "kramdown-parser-gfm"; '
        'puts Kramdown::Document.new(STDIN.read, input: "GFM", hard_wrap: false).to_html'
    )
    done = subprocess.run([ruby, "-e", script], input=text, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_markdown_after_an_element_that_ends_the_block_is_offered_as_markdown() -> None:
    """kramdown and Python-Markdown read the line after '</div>' as a Markdown paragraph
    (checked with both): it is one here too, offered, with no warning. CommonMark's
    generators read it as the HTML block's text, which is offered as such."""
    for rendered in (kramdown(JOINED), markdown.markdown(JOINED)):
        assert "<p>Some <strong>Markdown</strong> text.</p>" in rendered, rendered
    for generator in ("jekyll", "mkdocs"):
        assert found(JOINED, flavor_for(generator)) == [
            (2, "HTML text in <p>", "One."),
            (4, "paragraph", "Some **Markdown** text."),
        ]
        assert unoffered(JOINED, generator) == []
    for generator in ("hugo", "plain"):
        assert unoffered(JOINED, generator) == []
        assert (4, "HTML text", "Some **Markdown** text.") in found(JOINED, flavor_for(generator))


# just-the-docs' buttons page (MIT licence), its lines 60-80, links shortened.
BUTTONS = """\
<div class="code-example" markdown="1">
<span class="fs-6">
[Big ass button](x){: .btn }
</span>

<span class="fs-3">
[Tiny ass button](x){: .btn }
</span>
</div>
```markdown
<span class="fs-8">
[Link button](x){: .btn }
</span>

<span class="fs-3">
[Tiny ass button](x){: .btn }
</span>
```

### Spacing between buttons
"""


def test_a_line_that_closes_an_element_opened_above_ends_its_block_there() -> None:
    """kramdown renders the fence after '</div>' and the heading after it (checked). Read
    with CommonMark's HTML blocks, '</div>' took the fence's first line, and once an
    inline element alone on its line starts a paragraph, as in kramdown, the fence's
    last line would open a fence that hid the page's next headings."""
    rendered = kramdown(BUTTONS)
    assert '<h3 id="spacing-between-buttons">Spacing between buttons</h3>' in rendered
    assert 'class="language-markdown' in rendered  # the fence, highlighted
    for generator in ("jekyll", "mkdocs"):
        segments = found(BUTTONS, flavor_for(generator))
        assert segments[-1] == (20, "heading h3", "Spacing between buttons")
        assert all(not 10 <= line <= 18 for line, _, _ in segments)  # the fence: code
        tiny = '<span class="fs-3"> [Tiny ass button](x){: .btn } </span>'
        assert (6, "paragraph", tiny) in segments


@pytest.mark.parametrize("generator", ["plain", "hugo", "jekyll", "mkdocs"])
def test_an_html_block_whose_tag_cannot_be_read_is_reported_in_every_dialect(
    generator: str,
) -> None:
    text = "# Dose\n\n<div>\n<p>Take it <2 times a day, or <more if told.</p>\n</div>\n"
    [(line, why)] = unoffered(text, generator)
    assert line == 4 and "the tag starting '<more' ends" in why
    assert found(text, flavor_for(generator)) == [(1, "heading h1", "Dose")]
    fixed = text.replace("<more", "&lt;more")
    assert unoffered(fixed, generator) == []
    assert found(fixed, flavor_for(generator))[1][2] == (
        "Take it <2 times a day, or &lt;more if told."
    )


def test_a_block_the_publisher_skips_is_not_reported() -> None:
    text = "<!-- painl10n: skip -->\n<div>Use <the force</div>\n"
    assert unoffered(text, "plain") == []
    assert len(unoffered(text.split("\n", 1)[1], "plain")) == 1  # near miss: not skipped


def test_no_warning_for_a_style_block_or_a_code_fence_after_an_element() -> None:
    """Near misses seen on public sites (mkdocs-material's admonitions page, FastAPI's
    index, just-the-docs' buttons page): a '<style>' block alone on its line has no text
    for kramdown or Python-Markdown either, and a fence after '</div>' is code there."""
    style = "<style>\n  .md-typeset .admonition.classic {\n    border-width: 0;\n  }\n</style>\n"
    fence = '<div class="example">\n<p>Shown.</p>\n</div>\n```markdown\n[Link button](x)\n```\n'
    for generator in ("jekyll", "mkdocs"):
        assert unoffered(style, generator) == [] and found(style, flavor_for(generator)) == []
        assert unoffered(fence, generator) == []
        assert found(fence + "Read this.\n", flavor_for(generator)) == [
            (2, "HTML text in <p>", "Shown."),
            (7, "paragraph", "Read this."),
        ]


def test_a_shortcode_inside_a_tag_is_read_as_hugo_reads_it() -> None:
    """Docsy's home page: '<a {{% _param btn-lg primary %}} href="…">' — Hugo puts the
    shortcode's output in the tag before the HTML is read; the buttons' words were offered
    nowhere (and the block reported as unreadable). The link holds all of the run: its
    tag, shortcode included, stays in the file, the words are the message; a shortcode
    inside the words stays in the msgid, where dialect-syntax guards it."""
    text = (
        '<div class="td-cta-buttons my-5">\n  <a {{% _param btn-lg primary %}} href="docs/">\n'
        "    Get started\n  </a>\n</div>\n"
    )
    hugo = flavor_for("hugo")
    assert found(text, hugo) == [(3, "HTML text in <div>", "Get started")]
    assert segment(text, hugo).unoffered == ()
    worded = text.replace("Get started", "Get {{< version >}} now")
    assert found(worded, hugo) == [(3, "HTML text in <div>", "Get {{< version >}} now")]
    # near miss: without the dialect (CommonMark) '{{%' is no syntax: the tag is unreadable
    assert found(text) == [] and len(segment(text).unoffered) == 1


def test_a_comment_with_dashes_inside_is_a_comment_as_browsers_read_it() -> None:
    """Docsy's changelog: '<!-- ENTRY TEMPLATE ------ … -->' (CommonMark's grammar allows
    no '--' inside a comment; HTML5 browsers do): no text, no warning, and the text
    around it is offered."""
    template = "<!-- ENTRY TEMPLATE ----------\n\n## v0.X.Y\n\n---------->\n"
    assert found(template) == [] and segment(template).unoffered == ()
    text = "<div>\n<!-- a -- b -->\n<p>Keep it dry.</p>\n</div>\n"
    assert found(text) == [(3, "HTML text in <p>", "Keep it dry.")]


def test_markdown_after_a_closing_tag_with_more_on_its_line_is_reported() -> None:
    """'</div> <!-- end -->': kramdown and Python-Markdown read the next line as Markdown
    (checked), painl10n cannot tell where the element ends; the warning names the fix,
    which makes the line a paragraph, offered."""
    text = "<div>\n<p>One.</p>\n</div> <!-- end -->\nSome **Markdown** text.\n"
    for rendered in (kramdown(text), markdown.markdown(text)):
        assert "Some <strong>Markdown</strong> text.</p>" in rendered, rendered
    fixed = text.replace("</div> <!-- end -->", "</div>\n<!-- end -->")
    for generator in ("jekyll", "mkdocs"):
        [(line, why)] = unoffered(text, generator)
        assert line == 4 and why.endswith("put the closing tag on a line of its own")
        assert unoffered(fixed, generator) == []
        assert found(fixed, flavor_for(generator))[-1] == (
            5,
            "paragraph",
            "Some **Markdown** text.",
        )


def test_the_generators_own_lists_say_which_elements_open_a_block() -> None:
    """The lists are the generators' own (kramdown 2.4's span elements, Python-Markdown's
    block-level elements, asked of the installed ones), and '<video>' alone on its line
    opens a raw block for both, with a paragraph after it (rendered: checked)."""
    ruby = require_tool("ruby")
    script = 'require "kramdown"; puts Kramdown::Parser::Html::Constants::HTML_SPAN_ELEMENTS'
    spans = subprocess.run([ruby, "-e", script], capture_output=True, text=True, check=True)
    assert frozenset(spans.stdout.split()) == KRAMDOWN_SPAN_ELEMENTS
    assert frozenset(markdown.Markdown().block_level_elements) == PYTHON_MARKDOWN_BLOCKS
    video = '<video controls>\n<source src="a.mp4">\n</video>\nAfter\n'
    for rendered in (kramdown(video), markdown.markdown(video)):
        assert rendered.strip().endswith("</video>\n<p>After</p>"), rendered
    for generator in ("jekyll", "mkdocs"):
        assert found(video, flavor_for(generator)) == [(4, "paragraph", "After")]
    # its fallback text is raw HTML for both (rendered: checked): offered, no warning
    # (the warning once said "a Markdown paragraph", by CommonMark's list of blocks)
    fallback = "<video controls>\nYour browser cannot play it.\n</video>\n"
    custom = "<my-callout>\nKeep it dry.\n</my-callout>\n"
    assert "<p>" not in kramdown(custom) + markdown.markdown(fallback)
    for generator, text in (("mkdocs", fallback), ("jekyll", fallback), ("jekyll", custom)):
        assert segment(text, flavor_for(generator)).unoffered == ()
        [(line, kind, _)] = found(text, flavor_for(generator))
        assert (line, kind) == (2, "HTML text")
    # near miss: an element both read as inline starts a paragraph
    assert found("<span>\nAfter\n</span>\n", flavor_for("jekyll")) == [
        (1, "paragraph", "<span> After </span>")
    ]


CHECKLIST = """\
<div class="clearfix mb-2">
  <input type="checkbox" id="cbox1" class="d-block float-left" value="checkbox">
  <label for="cbox1" class="overflow-hidden d-block">
    Project has a LICENSE file with an open source license
  </label>
</div>
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opensource.guide's checklist: the box and the label around the words stay in the file
        (
            CHECKLIST,
            [(4, "HTML text in <div>", "Project has a LICENSE file with an open source license")],
        ),
        (
            '<div><a href="/start/">Start <b>here</b></a></div>\n',
            [(1, "HTML text in <div>", "Start <b>here</b>")],
        ),
        ("<div>Keep it dry.<br></div>\n", [(1, "HTML text in <div>", "Keep it dry.")]),
        (  # an empty element's text attribute is a message of its own
            '<p><img alt="A tablet" src="t.png"> Swallow <em>whole</em>.</p>\n',
            [
                (1, 'HTML text: "alt" of <img>', "A tablet"),
                (1, "HTML text in <p>", "Swallow <em>whole</em>."),
            ],
        ),
        # near misses: a tag around part of the words, or two elements, stay in the message
        (
            '<div><a href="/x">Click</a> here</div>\n',
            [(1, "HTML text in <div>", '<a href="/x">Click</a> here')],
        ),
        ("<p><b>Note:</b> <i>dry</i></p>\n", [(1, "HTML text in <p>", "<b>Note:</b> <i>dry</i>")]),
        ("<p>Take <br> twice</p>\n", [(1, "HTML text in <p>", "Take <br> twice")]),
    ],
)
def test_tags_at_a_runs_ends_that_hold_none_of_its_words_stay_in_the_file(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    """A translator sees the words, not a checkbox and the label around them; the bytes of
    the block are the source's in an identity translation, and a translation goes
    inside the tags that stayed."""
    assert found(text) == expected
    assert build(text, {}) == text
    words = expected[-1][2]
    translated = build(text, {words: "ÉCRIT"})
    assert translated == text.replace(words, "ÉCRIT", 1)
