"""The mkdocs dialect: each construct cut by its structure, its syntax kept in the skeleton."""

from __future__ import annotations

from html import unescape
from pathlib import Path

import jinja2
import markdown

from painl10n.localize.assemble import assemble
from painl10n.sources.dialects import flavor_for
from painl10n.sources.markdown import parser
from painl10n.sources.model import Article, Flavor, Style
from painl10n.sources.segment import segment_and_parse, segment_article
from painl10n.text.dialect_syntax import tokens
from painl10n.text.pseudo import accented
from tests.helpers.mkdocs_site import BLOCKS_PAGE, MARKERS, PAGE, SPANISH

BLOCKS = ["pymdownx.blocks.admonition", "pymdownx.blocks.details", "pymdownx.blocks.tab"]
MKDOCS = flavor_for("mkdocs", changes=BLOCKS)


def segment(text: str, flavor: Flavor = MKDOCS) -> Article:
    return segment_article(
        text,
        ref="docs/relief.md",
        default_slug="relief",
        front_matter_fields=("title",),
        flavor=flavor,
    )


def test_every_construct_is_a_message_named_in_its_comment() -> None:
    found = [(seg.kind, seg.msgid) for seg in segment(PAGE).segments]
    assert found == [
        ("front matter: title", "Pain relief"),
        ("heading h1", "Pain relief"),
        ("paragraph", "Paracetamol is a common medicine for mild pain, as the HTML page says."),
        ("admonition title (warning)", "Take care"),
        ("admonition (warning)", "Do not take more than four grams a day."),
        ("admonition (warning)", "Ask your pharmacist."),
        ("admonition title (tip), shown when none is written", "Tip"),
        ("admonition (tip)", "Drink water with it."),
        ("details title (info)", "More about doses"),
        ("details (info)", "Children need less."),
        ("tab title", "Adults"),
        ("tab", "Take one tablet."),
        ("tab title", "Children"),
        ("tab", "Ask a doctor first."),
        ("definition term", "Dose"),
        ('definition of "Dose"', "The amount you take at one time."),
        ("definition term", "Tablet"),
        ('definition of "Tablet"', "A small pill."),
        ('expansion of abbreviation "HTML"', "Hyper Text Markup Language"),
    ]
    assert {msgid for _, msgid in found} <= set(SPANISH)


def test_slash_blocks_are_cut_like_their_indented_kin() -> None:
    article = segment(BLOCKS_PAGE)
    assert [(seg.kind, seg.msgid) for seg in article.segments] == [
        ("heading h1", "Doses"),
        ("admonition title (warning)", "Never more"),
        ("admonition (warning)", "Do not take more than four grams a day."),
        ("details title", "Before a journey"),
        ("details", "Pack enough tablets."),
        ("tab title", "Morning"),
        ("tab", "Take it with breakfast."),
        ("tab title", "Evening"),
        ("tab", "Take it with dinner."),
        ("list item", "__Rest__"),
        ("list item", "Sleep well between doses."),
        ("HTML text in <summary>", "Side effects"),
        (
            "HTML text in <p>",
            "Stop taking it and call your doctor if your skin turns <b>yellow</b>.",
        ),
    ]
    assert assemble(article, lambda seg: seg.msgid).text == BLOCKS_PAGE
    built = assemble(article, lambda seg: SPANISH[seg.msgid]).text
    assert "/// warning | Nunca más\nNo tome más de cuatro gramos al día.\n///\n" in built
    assert "//// details | Antes de un viaje\n    open: True\n" in built
    assert '<div class="grid cards" markdown>\n\n-   __Descanso__\n\n    Duerma bien' in built


def test_an_html_element_without_markdown_stays_html() -> None:
    """Its text is offered as HTML text (one line, no Markdown), not as a paragraph; an
    unclosed 'markdown' element, whose body Python-Markdown reads as Markdown, is not."""
    text = '<div class="note">\nNot Markdown.\n</div>\n\n<div markdown>\nUnclosed.\n'
    found = [(seg.kind, seg.msgid, seg.style) for seg in segment(text).segments]
    assert found == [("HTML text in <div>", "Not Markdown.", Style.HTML)]


def test_an_html_block_name_is_no_title() -> None:
    flavor = flavor_for("mkdocs", changes=["pymdownx.blocks.html"])
    text = "/// html | div.note\nSome text.\n///\n"
    found = [(seg.kind, seg.msgid) for seg in segment(text, flavor).segments]
    assert found == [("HTML block", "Some text.")]


def test_no_msgid_holds_dialect_syntax() -> None:
    for seg in (*segment(PAGE).segments, *segment(BLOCKS_PAGE).segments):
        assert not any(marker in seg.msgid for marker in MARKERS), seg.msgid
        assert "{" not in seg.msgid and '"' not in seg.msgid


def test_plain_reads_the_indented_bodies_as_code() -> None:
    """What the dialect fixes: CommonMark never offers a box's body to translate."""
    msgids = {seg.msgid for seg in segment(PAGE, Flavor()).segments}
    assert "Children need less." not in msgids
    assert "Take one tablet." not in msgids


def test_identity_and_untranslated_rebuild_the_source_byte_for_byte() -> None:
    article = segment(PAGE)
    assert assemble(article, lambda seg: seg.msgid).text == PAGE
    assert assemble(article, lambda seg: None).text == PAGE
    crlf = PAGE.replace("\n", "\r\n")
    assert assemble(segment(crlf), lambda seg: seg.msgid).text == crlf


def test_a_translation_keeps_every_syntax_line() -> None:
    built = assemble(segment(PAGE), lambda seg: SPANISH[seg.msgid]).text
    assert "# Alivio del dolor { #relief }\n" in built
    assert "dice la página HTML.\n{: .lead }\n" in built
    assert '!!! warning "Cuidado"\n    No tome más de cuatro gramos al día.\n' in built
    assert '??? info "Más sobre las dosis"\n    Los niños necesitan menos.\n' in built
    assert '=== "Adultos"\n\n    Tome un comprimido.\n' in built
    assert "Dosis\n:   La cantidad que se toma de una vez.\n" in built
    assert "Comprimido\n: Una píldora pequeña.\n" in built
    assert "*[HTML]: Lenguaje de marcado de hipertexto\n" in built


def test_a_long_translation_of_a_box_body_stays_in_the_box() -> None:
    article = segment(PAGE)
    body = next(seg for seg in article.segments if seg.kind == "admonition (warning)")
    built = assemble(article, lambda seg: "Uno\n\nDos\n- tres" if seg is body else None).text
    assert '"Take care"\n    Uno\n    Dos\n    \\- tres\n' in built


def test_a_title_the_generator_makes_up_is_offered_and_added_when_translated() -> None:
    text = (
        '!!! note\n    Body text.\n\n???+ see-also inline\n    More.\n\n!!! tip ""\n    No title.\n'
    )
    article = segment(text)
    titles = [seg.msgid for seg in article.segments if seg.style is Style.ADDED_LABEL]
    assert titles == ["Note", "See-also"]
    assert assemble(article, lambda seg: seg.msgid).text == text
    spanish = {"Note": "Nota", "See-also": "Véase también"}
    built = assemble(article, lambda seg: spanish.get(seg.msgid)).text
    assert built.startswith(
        '!!! note "Nota"\n    Body text.\n\n???+ see-also inline "Véase también"\n'
    )


def test_labels_and_lines_have_their_own_styles() -> None:
    styles = {seg.kind: seg.style for seg in segment(PAGE).segments}
    assert styles["tab title"] is Style.LABEL
    assert styles["definition term"] is Style.LINE
    assert styles['expansion of abbreviation "HTML"'] is Style.LABEL


def test_an_extension_that_is_off_leaves_its_syntax_alone() -> None:
    no_abbr = flavor_for("mkdocs", changes=["-abbr", "-def_list", "-attr_list"])
    msgids = [seg.msgid for seg in segment(PAGE, no_abbr).segments]
    assert "Tablet : A small pill." in msgids
    assert any(msgid.startswith("*[HTML]") for msgid in msgids)
    assert "# Pain relief" not in msgids and "Pain relief { #relief }" in msgids


def test_details_without_admonition_and_the_reverse() -> None:
    text = '!!! note "A"\n    Body one.\n\n??? note "B"\n    Body two.\n'
    only_details = flavor_for("mkdocs", ["pymdownx.details"])
    kinds = [seg.kind for seg in segment(text, only_details).segments]
    assert kinds == ["paragraph", "details title (note)", "details (note)"]
    only_admonition = flavor_for("mkdocs", ["admonition"])
    kinds = [seg.kind for seg in segment(text, only_admonition).segments]
    assert kinds == ["admonition title (note)", "admonition (note)", "paragraph"]


def test_the_full_parser_cuts_the_same_segments() -> None:
    article, tokens = segment_and_parse(
        PAGE,
        ref="docs/relief.md",
        default_slug="relief",
        front_matter_fields=("title",),
        flavor=MKDOCS,
    )
    assert article.segments == segment(PAGE).segments
    assert article.flavor == MKDOCS
    types = {token.type for token in tokens}
    assert {"admonition_open", "tab_open", "dl_open", "abbr_definition"} <= types


def test_attribute_lists_that_end_a_block_stay_in_the_skeleton() -> None:
    text = (
        '![A diagram of the spine](spine.png){ width="300" }\n\n'
        "[Read the guide](guide.md){ .md-button }\n\n"
        "## Heading with *emphasis*{ .x } { #h }\n\n"
        "Ends with code `x`{: .y }\n{: .note }\n\n"
        "Text with [a link](x){ .small } inside.\n"
    )
    article = segment(text)
    assert [(seg.kind, seg.msgid) for seg in article.segments] == [
        ("image alt text", "A diagram of the spine"),
        ("paragraph", "[Read the guide](guide.md)"),
        ("heading h2", "Heading with *emphasis*"),
        ("paragraph", "Ends with code `x`"),
        ("paragraph", "Text with [a link](x){ .small } inside."),  # inside a sentence: kept
    ]
    built = assemble(article, lambda seg: seg.msgid.upper()).text
    assert built.startswith('![A DIAGRAM OF THE SPINE](spine.png){ width="300" }\n\n')
    assert "\n## HEADING WITH *EMPHASIS*{ .x } { #h }\n" in built
    assert "\nENDS WITH CODE `X`{: .y }\n{: .note }\n" in built


def test_attribute_lists_set_the_blocks_id_and_classes() -> None:
    html = parser(MKDOCS).render("## Dose { #dose .big }\n\nText\n{: .lead data-x=1 }\n")
    assert '<h2 id="dose" class="big">Dose</h2>' in html
    assert '<p class="lead" data-x="1">Text</p>' in html


def test_a_translated_line_opens_no_construct_of_the_dialect() -> None:
    text = "Take care.\n\n!!! note\n    Body.\n\nDose\n: Amount.\n"
    article = segment(text)
    tricky = {
        "Take care.": "Cuidado.\n!!! danger\n: nada\n*[X]: y",
        "Body.": 'Cuerpo.\n=== "Pestaña"\n??? info',
        "Dose": ": Dosis",
    }
    built = assemble(article, lambda seg: tricky.get(seg.msgid)).text
    assert built.startswith("Cuidado.\n&#33;!! danger\n&#58; nada\n&#42;[X]: y\n\n!!! note\n")
    assert '    Cuerpo.\n    &#61;== "Pestaña"\n    &#63;?? info\n' in built
    assert "\n&#58; Dosis\n: Amount.\n" in built
    assert shape_of(segment(built)) == shape_of(article)
    plain = segment(text, Flavor())  # CommonMark reads none of them: no reference there
    assert "&#" not in assemble(plain, lambda seg: tricky.get(seg.msgid)).text


def shape_of(article: Article) -> list[str]:
    return [seg.kind.split(",")[0].split(" of ")[0] for seg in article.segments]


INCLUDES = flavor_for("mkdocs", changes=["markdown_include_variants", "mdx_include", *BLOCKS])
INCLUDE_PAGE = """\
Declare the model:

{* ../../docs_src/body/tutorial001_py310.py hl[2,5:9] *}

//// tab | Python 3.10+

{!> ../../docs_src/python_types/tutorial001.py !}
Then run it.

////

Run {* x.py *} inline, and indented:

    {* ../../docs_src/code.py *}
"""


def test_an_include_line_is_no_text_and_stays_as_written() -> None:
    """FastAPI's ``{* file hl[…] *}`` (markdown_include_variants) and ``{! file !}``
    (mdx_include) lines are replaced by a file: no msgid holds one, and the pseudo
    translation keeps them (before, ``⟦{* ../../ðöçš_šŕç… *}⟧`` was a paragraph)."""
    article = segment(INCLUDE_PAGE, INCLUDES)
    assert [seg.msgid for seg in article.segments] == [
        "Declare the model:",
        "Python 3.10+",
        "Then run it.",
        "Run {* x.py *} inline, and indented:",  # inside a sentence: left to dialect-syntax
    ]
    assert assemble(article, lambda seg: seg.msgid).text == INCLUDE_PAGE
    pseudo = assemble(article, lambda seg: accented(seg.msgid, generator="mkdocs")).text
    assert "\n{* ../../docs_src/body/tutorial001_py310.py hl[2,5:9] *}\n" in pseudo
    assert "\n{!> ../../docs_src/python_types/tutorial001.py !}\n⟦Ţĥéñ ŕûñ îţ. one⟧\n" in pseudo
    assert "\n    {* ../../docs_src/code.py *}\n" in pseudo


def test_without_the_extensions_an_include_line_is_a_paragraph() -> None:
    article = segment(INCLUDE_PAGE, MKDOCS)
    assert "{* ../../docs_src/body/tutorial001_py310.py hl[2,5:9] *}" in [
        seg.msgid for seg in article.segments
    ]
    assert not INCLUDES.extensions <= flavor_for("mkdocs").extensions  # not by default


def test_a_translated_line_opens_no_include() -> None:
    article = segment("Declare it.\n", INCLUDES)
    built = assemble(article, lambda seg: "{* evil.py *}").text
    assert built == "&#123;* evil.py *}\n"


UNTITLED_BLOCKS = """\
/// tip

Drink water.

///

/// Note

Read the label.

///

/// warning |

Empty title.

///
"""


def test_a_slash_admonition_without_a_title_offers_the_one_it_shows() -> None:
    """pymdownx.blocks shows '/// tip' titled 'Tip' and reads '/// Note' as a note (it
    lower-cases the name); before, FastAPI's 321 'Tip' titles were never offered and a
    '/// Note' line was a paragraph (its pseudo-translation no box at all)."""
    article = segment(UNTITLED_BLOCKS)
    assert [(seg.kind, seg.msgid) for seg in article.segments] == [
        ("admonition title (tip), shown when none is written", "Tip"),
        ("admonition (tip)", "Drink water."),
        ("admonition title (note), shown when none is written", "Note"),
        ("admonition (note)", "Read the label."),
        ("admonition (warning)", "Empty title."),  # '|' written: pymdownx shows no title
    ]
    assert assemble(article, lambda seg: seg.msgid).text == UNTITLED_BLOCKS
    spanish = {"Tip": "Consejo", "Note": "Nota", "Drink water.": "Bebe agua."}
    built = assemble(article, lambda seg: spanish.get(seg.msgid)).text
    assert built.startswith("/// tip | Consejo\n\nBebe agua.\n\n///\n\n/// Note | Nota\n")
    assert shape_of(segment(built)) == shape_of(article)
    pseudo = assemble(article, lambda seg: accented(seg.msgid, generator="mkdocs")).text
    assert pseudo.startswith("/// tip | ⟦Ţîṗ one⟧\n")


BLANK_LINES = """\
!!! note
    One.


    Two.

=== "A"

    Three.



    Four.

=== "B"

    Five.


Six.
"""


def test_blank_lines_end_no_box_or_tab_as_in_python_markdown() -> None:
    """Python-Markdown continues a box or a tab over any number of blank lines (Material's
    'Insider Edition' tabs after two of them were never offered); a line indented less
    ends it."""
    article = segment(BLANK_LINES)
    assert [(seg.kind, seg.msgid) for seg in article.segments] == [
        ("admonition title (note), shown when none is written", "Note"),
        ("admonition (note)", "One."),
        ("admonition (note)", "Two."),
        ("tab title", "A"),
        ("tab", "Three."),
        ("tab", "Four."),
        ("tab title", "B"),
        ("tab", "Five."),
        ("paragraph", "Six."),
    ]
    assert assemble(article, lambda seg: seg.msgid).text == BLANK_LINES
    spanish = {"Two.": "Dos.", "Four.": "Cuatro.", "Six.": "Seis."}
    built = assemble(article, lambda seg: spanish.get(seg.msgid)).text
    rendered = markdown.markdown(built, extensions=["admonition", "pymdownx.tabbed"])
    assert "<p>One.</p>\n<p>Dos.</p>\n</div>" in rendered  # in the box, as the source's
    assert "<p>Three.</p>\n<p>Cuatro.</p>\n</div>" in rendered
    assert rendered.endswith("</div>\n<p>Seis.</p>")


CODE_TITLES = """\
``` yaml title="Data table, columns aligned to left"
a: 1
```

!!! note
    ```py title="app.py" hl_lines="1"
    x = 1
    ```

```py title="2024"
y = 2
```
"""


def test_a_code_blocks_title_is_offered_and_its_code_kept() -> None:
    """pymdownx.highlight shows ``title="…"`` over the block (Material's 267 words of
    them were never offered); a title of no word, another option, the code: kept."""
    assert not segment('```py hl_lines="1" data-title="x"\nz\n```\n').segments
    article = segment(CODE_TITLES)
    assert [(seg.kind, seg.msgid) for seg in article.segments] == [
        ("code block title", "Data table, columns aligned to left"),
        ("admonition title (note), shown when none is written", "Note"),
        ("code block title", "app.py"),
    ]
    assert assemble(article, lambda seg: seg.msgid).text == CODE_TITLES
    spanish = {"Data table, columns aligned to left": "Tabla de datos, alineada a la izquierda"}
    built = assemble(article, lambda seg: spanish.get(seg.msgid)).text
    assert built == CODE_TITLES.replace(*next(iter(spanish.items())))
    rendered = markdown.markdown(
        built, extensions=["admonition", "pymdownx.highlight", "pymdownx.superfences"]
    )
    assert '<span class="filename">Tabla de datos, alineada a la izquierda</span>' in rendered
    assert '<span class="filename">2024</span>' in rendered
    plain = segment(CODE_TITLES, Flavor())  # CommonMark shows no title
    assert "code block title" not in {seg.kind for seg in plain.segments}


TASKS = "- [x] No installation\n  needed here\n- [ ] Todo\n- Plain [x] item\n"


def test_a_task_lists_box_is_no_text() -> None:
    """pymdownx.tasklist, Hugo's taskList, kramdown's GFM input (Jekyll) and remark-gfm
    (Docusaurus) draw '[x] ' as a checkbox: the translator never sees it, and a
    translation (or the pseudo-locale's brackets) cannot undo the box — before, '⟦[x] Ñö
    …⟧' lost three of Material's task lists and just-the-docs' kitchen sink four."""
    for flavor in (MKDOCS, flavor_for("hugo"), flavor_for("jekyll"), flavor_for("docusaurus")):
        article = segment(TASKS, flavor)
        assert [seg.msgid for seg in article.segments] == [
            "No installation needed here",
            "Todo",
            "Plain [x] item",
        ]
        assert assemble(article, lambda seg: seg.msgid).text == TASKS
        pseudo = assemble(article, lambda seg: accented(seg.msgid, generator="mkdocs")).text
        assert pseudo.startswith("- [x] ⟦Ñö îñšţåļļåţîöñ ñééðéð ĥéŕé one two⟧\n- [ ] ⟦")
    spanish = {"No installation needed here": "No hace falta instalar nada", "Todo": "Pendiente"}
    built = assemble(segment(TASKS), lambda seg: spanish.get(seg.msgid)).text
    rendered = markdown.markdown(built, extensions=["pymdownx.tasklist"])
    assert rendered.count('type="checkbox"') == 2 and "No hace falta instalar nada" in rendered
    off = segment(TASKS, flavor_for("hugo", changes=["-taskList"]))
    assert off.segments[0].msgid == "[x] No installation needed here"  # no box: text
    off = segment(TASKS, flavor_for("jekyll", changes=["-tasklist"]))
    assert off.segments[0].msgid == "[x] No installation needed here"


BUTTONS = """\
[Create reproduction][reproduction]{ .md-button .md-button--primary }

Then [read the guide](guide.md){ .md-button }

See ![the logo](logo.png){ width="30" }

[reproduction]: guides/reproduction.md
"""


def test_the_pseudo_locale_keeps_a_links_attribute_list_on_the_link() -> None:
    """The padding and closing bracket go inside the text of a link that ends the string,
    or before an image that does (its alt text is not shown), so the attribute list after
    it is still the link's or the image's (Material's buttons lost their classes)."""
    article = segment(BUTTONS)
    pseudo = assemble(article, lambda seg: accented(seg.msgid, generator="mkdocs")).text
    assert pseudo.startswith(
        "⟦[Çŕéåţé ŕéṗŕöðûçţîöñ one two three⟧][reproduction]{ .md-button .md-button--primary }"
    )
    rendered = markdown.markdown(pseudo, extensions=["attr_list"])
    assert '<a class="md-button md-button--primary" href="guides/reproduction.md">Çŕé' in rendered
    assert '<a class="md-button" href="guide.md">ŕéåð ţĥé ĝûîðé one two three⟧</a>' in rendered
    assert '⟦Šéé one two⟧ <img alt="ţĥé ļöĝö" src="logo.png" width="30" />' in rendered


BADGE_TERMS = """\
<!-- md:option type:note -->

:   !!! note

        Take it with food.

<!-- md:option dose -->
:   <!-- md:default none --> The amount you
    take at one time.

-   <!-- md:flag --> Listed.

<!-- just a comment -->

Not a definition.
"""


def test_an_html_line_before_a_definition_is_its_term_as_python_markdown_reads_it() -> None:
    """def_list makes a comment line followed by ': …' a term (Material's badge hook
    reads it): the comment stays in the skeleton, its definitions are read as any, a
    nested admonition too (before, ':   !!! note' was offered as a paragraph and the
    box's body never). An indented comment is inline HTML, as Python-Markdown reads it."""
    article = segment(BADGE_TERMS)
    assert [(seg.kind, seg.msgid) for seg in article.segments] == [
        ("admonition title (note), shown when none is written", "Note"),
        ("admonition (note)", "Take it with food."),
        # indented, Python-Markdown reads no HTML block: the comment is the paragraph's
        ("definition", "<!-- md:default none --> The amount you take at one time."),
        ("list item", "<!-- md:flag --> Listed."),
        ("paragraph", "Not a definition."),
    ]
    assert assemble(article, lambda seg: seg.msgid).text == BADGE_TERMS
    pseudo = assemble(article, lambda seg: accented(seg.msgid, generator="mkdocs")).text
    extensions = ["def_list", "admonition"]
    source_html = markdown.markdown(BADGE_TERMS, extensions=extensions)
    pseudo_html = markdown.markdown(pseudo, extensions=extensions)
    assert source_html.count("<dt><!-- md:option") == pseudo_html.count("<dt><!-- md:") == 2
    assert '<dd>\n<div class="admonition note">\n<p class="admonition-title">⟦Ñöţé' in pseudo_html
    assert "<p>⟦Ţåķé îţ ŵîţĥ ƒööð. one two⟧</p>\n</div>\n</dd>" in pseudo_html
    assert "<dd>\n<p>⟦<!-- md:default none --> Ţĥé åṁöûñţ ýöû" in pseudo_html
    assert "<li>⟦<!-- md:flag --> Ļîšţéð. one two⟧</li>" in pseudo_html
    assert pseudo_html.endswith("</ul>\n<!-- just a comment -->\n\n<p>⟦Ñöţ å ðéƒîñîţîöñ. one⟧</p>")
    script = "!!! note\n\n    <script>\n    var a = 'Take it';\n    </script>\n"
    assert [seg.msgid for seg in segment(script).segments] == ["Note"]  # near miss: no text
    without = segment(BADGE_TERMS, flavor_for("mkdocs", changes=["-def_list"]))
    assert without.segments[0].msgid == ":   !!! note"  # no def_list: a paragraph, as there


LAZY_COMMENTS = """\
* The contents of the core schemas (usually available under the
<!-- https://github.com/DavidAnson/markdownlint/issues/1472 -->
<!-- markdownlint-disable-next-line strong-style -->
  `__schema__` attribute) may change between releases.

- <!-- md:flag --> Listed.
- Item
  <!-- a note --> with words after it.
"""


def test_a_comment_line_at_a_lines_start_ends_the_list_as_python_markdown_reads_it() -> None:
    """pydantic's docs put markdownlint comments on lazy lines under a list item: Python-
    Markdown's HTML reader takes a comment at a line's start as raw HTML wherever it
    is, the list ends and the next lines are a paragraph. painl10n read one item with
    the comments inside, and the rebuilt line, the comments in the middle of it, gave
    another page. A comment after a marker, or with words after it, stays the
    paragraph's (near misses)."""
    article = segment(LAZY_COMMENTS)
    assert [seg.msgid for seg in article.segments] == [
        "The contents of the core schemas (usually available under the",
        "`__schema__` attribute) may change between releases.",
        "<!-- md:flag --> Listed.",
        "Item <!-- a note --> with words after it.",
    ]
    assert assemble(article, lambda seg: seg.msgid).text == LAZY_COMMENTS
    upper = assemble(article, lambda seg: seg.msgid.replace("The", "Thé")).text
    source_html = markdown.markdown(LAZY_COMMENTS)
    rebuilt_html = markdown.markdown(upper)
    assert rebuilt_html.count("<li>") == source_html.count("<li>") == 3
    assert "<li><!-- md:flag --> Listed.</li>" in source_html
    assert "<li>Thé contents of the core schemas" in rebuilt_html
    assert "strong-style -->\n<p><code>__schema__</code> attribute) may" in rebuilt_html


LOOSE_TABLE = """\
| Constraint | Description                   | Schema |
| ---------- | ------------------- ----------| ------ |
| `le`       | The value must be at most this | N/A    |
"""


def test_a_separator_row_python_markdown_takes_makes_a_table() -> None:
    """Python-Markdown's tables take any separator cell of '-', ':' and blanks (pydantic's
    docs have '---- -----'); GFM does not, and painl10n read one paragraph of pipes,
    rebuilt on one line: MkDocs showed no table. A row of blanks only, or with a
    letter, stays a paragraph (near misses), and so in Hugo (goldmark is GFM)."""
    article = segment(LOOSE_TABLE)
    assert [seg.msgid for seg in article.segments] == [
        "Constraint", "Description", "Schema", "The value must be at most this", "N/A",
    ]  # fmt: skip
    assert assemble(article, lambda seg: seg.msgid).text == LOOSE_TABLE
    spanish = {"Description": "Descripción", "The value must be at most this": "Como máximo"}
    built = assemble(article, lambda seg: spanish.get(seg.msgid)).text
    html = markdown.markdown(built, extensions=["tables"])
    assert "<th>Descripción</th>" in html and "<td>Como máximo</td>" in html
    for row in ("|   |   |   |", "| ---------- | ---- x ---| ------ |"):
        text = LOOSE_TABLE.replace(LOOSE_TABLE.splitlines()[1], row)
        assert len(segment(text).segments) == 1
    assert len(segment(LOOSE_TABLE, flavor_for("hugo")).segments) == 1


MACROS_PAGE = """\
Most starred repositories:

{% for repo in repos %}

<a href={{repo.url}}>★ {{repo.stars}}</a> by {{ repo.owner }}.

{% endfor %}

You have {{ count }} doses left.

{% raw %}

```jinja
Item ID: {{ id }}
```

{% endraw %}
"""


def test_the_jinja_of_macros_is_no_text_and_the_pseudo_locale_keeps_it() -> None:
    """With a macros extension (FastAPI's 'zensical.extensions.macros', mkdocs-macros'
    plugin) a line of Jinja statements stays in the skeleton and '{{ … }}' in a sentence
    stays as written: before, en-XA accented '{% ƒöŕ …' and the page was a Macro Syntax
    Error (three of FastAPI's pages)."""
    flavor = flavor_for("mkdocs", changes=["zensical.extensions.macros"])
    article = segment(MACROS_PAGE, flavor)
    assert [seg.msgid for seg in article.segments] == [
        "Most starred repositories:",
        "<a href={{repo.url}}>★ {{repo.stars}}</a> by {{ repo.owner }}.",
        "You have {{ count }} doses left.",
    ]
    assert assemble(article, lambda seg: seg.msgid).text == MACROS_PAGE
    pseudo = assemble(
        article, lambda seg: accented(seg.msgid, generator="mkdocs", extensions=flavor.extensions)
    ).text
    repos = [{"url": "u", "stars": 5, "owner": "bob"}, {"url": "v", "stars": 7, "owner": "ann"}]
    rendered = jinja2.Template(pseudo).render(repos=repos, count=3)  # as the macros read it
    assert "<a href=u>★ 5</a> ƀý bob." in rendered and "<a href=v>★ 7</a>" in rendered
    assert "⟦Ýöû ĥåṽé 3 ðöšéš ļéƒţ. one two three⟧" in rendered
    assert "Item ID: {{ id }}" in rendered  # the raw block, copied
    off = segment(MACROS_PAGE, flavor_for("mkdocs"))  # no macros: text, as MkDocs shows it
    assert "{% for repo in repos %}" in [seg.msgid for seg in off.segments]


JINJA_COMMENTS = """\
{# Doses are read from data/doses.yml #}

{#
  Checked by the pharmacy team.
#}
Take {{ dose }} with water {# not milk #} after meals.
"""


def test_a_jinja_comment_of_macros_is_no_text() -> None:
    """mkdocs-macros' Jinja comments print nothing: a line of one stays in the skeleton
    (it was offered as text), one inside a sentence stays in its msgid, kept by pseudo
    and held by dialect-syntax. In Jekyll's Liquid '{# … #}' is text (near miss)."""
    flavor = flavor_for("mkdocs", changes=["macros"])
    article = segment(JINJA_COMMENTS, flavor)
    assert [seg.msgid for seg in article.segments] == [
        "Take {{ dose }} with water {# not milk #} after meals."
    ]
    assert assemble(article, lambda seg: seg.msgid).text == JINJA_COMMENTS
    pseudo = assemble(
        article, lambda seg: accented(seg.msgid, generator="mkdocs", extensions=flavor.extensions)
    ).text
    rendered = jinja2.Template(pseudo).render(dose="5 mg")
    assert "Doses are read" not in rendered and "pharmacy" not in rendered
    assert "Ţåķé 5 mg ŵîţĥ ŵåţéŕ  åƒţéŕ ṁéåļš." in rendered  # the comment printed nothing
    found = tokens("Take {{ dose }} with {#  x #} water.", "mkdocs", flavor.extensions)
    assert found == ["{{dose}}", "{#x#}"]  # as compared: spacing inside the tag is free
    jekyll = segment(JINJA_COMMENTS, flavor_for("jekyll"))
    assert "{# Doses are read from data/doses.yml #}" in [seg.msgid for seg in jekyll.segments]


DEMO_BUTTON = """\
[Subscribe to our newsletter][Demo]{ .md-button }

  [Demo]: javascript:alert$.next("Demo")
"""


def test_a_reference_to_a_script_is_a_reference_as_python_markdown_reads_it() -> None:
    """markdown-it refuses a 'javascript:' destination, so the definition line was a
    paragraph, offered and accented (Material's demo buttons lost their link); in MkDocs
    it is a reference definition, copied as written."""
    article = segment(DEMO_BUTTON)
    assert [seg.msgid for seg in article.segments] == ["[Subscribe to our newsletter][Demo]"]
    pseudo = assemble(article, lambda seg: accented(seg.msgid, generator="mkdocs")).text
    assert pseudo.endswith('][Demo]{ .md-button }\n\n  [Demo]: javascript:alert$.next("Demo")\n')
    rendered = markdown.markdown(pseudo, extensions=["attr_list"])
    assert '<a class="md-button" href="javascript:alert$.next(&quot;Demo&quot;)">' in rendered
    plain = segment(DEMO_BUTTON, Flavor())  # near miss: painl10n's own pages refuse it
    assert len(plain.segments) == 2


SNIPPET_PAGE = """\
Install the client first:

--8<-- "install-kn.md"
Then check it:
--8<-- 'check-kn.md'

!!! note
    --8<-- "about-serving.md"

--8<--
shared/one.md
shared/two.md
--8<--

<!-- --8<-- [start:intro] -->
The intro others include.
<!-- --8<-- [end:intro] -->

;--8<-- "shown-as-text.md"

A sentence with --8<-- "inside.md" stays one.

"""
SNIPPET_PAGE += '--8<-- "spaced.md" \n'  # a blank after the quote


def test_a_snippet_line_is_no_text_and_stays_as_written(tmp_path: Path) -> None:
    """pymdownx.snippets (Knative's docs: 70 includes) puts a file where a ``--8<--``
    line or block was, before Markdown is read: its file names were messages
    (``--8<-- "about-serving.md"``). What remains a message is text pymdownx leaves in
    the page, as its own preprocessor says (every included file holds one word)."""
    article = segment(SNIPPET_PAGE)
    msgids = [seg.msgid for seg in article.segments]
    assert msgids == [
        "Install the client first:",
        "Then check it:",
        "Note",  # the box's default title
        "The intro others include.",
        ';--8<-- "shown-as-text.md"',
        'A sentence with --8<-- "inside.md" stays one.',
        '--8<-- "spaced.md"',  # a blank after the quote: pymdownx leaves the line
    ]
    assert assemble(article, lambda seg: seg.msgid).text == SNIPPET_PAGE
    pseudo = assemble(article, lambda seg: accented(seg.msgid, generator="mkdocs")).text
    for line in ('--8<-- "install-kn.md"', "shared/one.md", "<!-- --8<-- [start:intro] -->"):
        assert f"\n{line}\n" in pseudo
    # pymdownx's own reading: every line painl10n keeps out of the text is replaced
    for name in (
        "install-kn.md",
        "check-kn.md",
        "about-serving.md",
        "shared/one.md",
        "shared/two.md",
        "spaced.md",
        "inside.md",
        "shown-as-text.md",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("INCLUDED\n", "utf-8")
    html = markdown.markdown(
        SNIPPET_PAGE,
        extensions=["admonition", "pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": {"base_path": [str(tmp_path)]}},
    )
    html = unescape(html)
    assert html.count("INCLUDED") == 5  # install-kn, check-kn, about-serving, one, two
    assert '--8<-- "install-kn.md"' not in html and "[start:intro]" not in html
    assert '<p>--8<-- "shown-as-text.md"</p>' in html
    assert '<p>A sentence with --8<-- "inside.md" stays one.</p>' in html
    assert '<p>--8<-- "spaced.md" </p>' in html


def test_a_translated_line_opens_no_snippet() -> None:
    article = segment("Declare it.\n")
    built = assemble(article, lambda seg: '--8<-- "secrets.md"').text
    assert not built.startswith("--8<--")
    html = unescape(markdown.markdown(built, extensions=["pymdownx.snippets"]))
    assert '--8<-- "secrets.md"' in html
