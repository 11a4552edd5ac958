"""A generator's translation marks its blocks of source text with ``lang``/``dir``, in its
dialect's attribute syntax, and only where the generator reads them as attributes.

The real generators render these in tests/generators/test_fallback_lang.py; here the
Markdown written for each case, the near misses and the blocks left alone.
"""

from __future__ import annotations

import dataclasses

import pytest

from painl10n.localize.assemble import assemble
from painl10n.localize.fallback_attributes import mark_fallback_blocks
from painl10n.sources.dialects import flavor_for
from painl10n.sources.front_matter_formats import front_matter_formats
from painl10n.sources.model import Flavor
from painl10n.sources.segment import segment_article

EN = 'lang="en" dir="ltr"'


def marked(text: str, flavor: Flavor, translations: dict[str, str]) -> str:
    article = segment_article(
        text,
        ref="a.md",
        default_slug="a",
        front_matter_fields=("title",),
        front_matter_formats=front_matter_formats(flavor.dialect),
        flavor=flavor,
    )
    done = assemble(article, lambda seg: translations.get(seg.msgid))
    return mark_fallback_blocks(done.text, article, done, "en", "ltr")


MKDOCS = flavor_for("mkdocs")
JEKYLL = flavor_for("jekyll")
HUGO = flavor_for("hugo")
HUGO_BLOCKS = dataclasses.replace(HUGO, attribute_lines=True)
PAGE = "# Title\n\nFirst one.\n\nSecond one.\n"


@pytest.mark.parametrize(
    ("flavor", "expected"),
    [
        (MKDOCS, '# Título\n\nFirst one.\n{: lang="en" dir="ltr" }\n\nSegundo.\n'),
        (JEKYLL, '# Título\n\nFirst one.\n{: lang="en" dir="ltr"}\n\nSegundo.\n'),
        (HUGO_BLOCKS, '# Título\n\nFirst one.\n{lang="en" dir="ltr"}\n\nSegundo.\n'),
        (HUGO, "# Título\n\nFirst one.\n\nSegundo.\n"),  # Hugo's default: the line would show
        (dataclasses.replace(MKDOCS, extensions=MKDOCS.extensions - {"attr_list"}), None),
        (
            flavor_for("docusaurus"),  # MDX and CommonMark read the Markdown inside
            '# Título\n\n<div lang="en" dir="ltr">\n\nFirst one.\n\n</div>\n\nSegundo.\n',
        ),
        (flavor_for("plain"), None),
    ],
)
def test_each_dialect_writes_its_own_attribute_list(flavor: Flavor, expected: str | None) -> None:
    translations = {"Title": "Título", "Second one.": "Segundo."}
    unmarked = "# Título\n\nFirst one.\n\nSegundo.\n"
    assert marked(PAGE, flavor, translations) == (expected or unmarked)


@pytest.mark.parametrize("flavor", [MKDOCS, JEKYLL, HUGO_BLOCKS])
def test_an_identity_translation_and_a_whole_one_are_left_as_they_are(flavor: Flavor) -> None:
    assert (
        marked(
            PAGE,
            flavor,
            {"Title": "Title", "First one.": "First one.", "Second one.": "Second one."},
        )
        == PAGE
    )
    whole = {"Title": "Título", "First one.": "Primero.", "Second one.": "Segundo."}
    assert marked(PAGE, flavor, whole) == "# Título\n\nPrimero.\n\nSegundo.\n"


def test_headings_take_it_at_the_end_of_their_line_merged_into_their_own_list() -> None:
    text = "## Dose {#dose}\n\n## Side effects\n\nSetext\n------\n\n## Closed ##\n"
    assert marked(text, HUGO, {}) == (
        f"## Dose {{#dose {EN}}}\n\n## Side effects {{{EN}}}\n\nSetext {{{EN}}}\n------\n\n"
        "## Closed ##\n"  # a closing sequence: not tried
    )
    mkdocs = text.replace("{#dose}", "{ #dose }")
    assert marked(mkdocs, MKDOCS, {}) == (
        f"## Dose {{ #dose {EN} }}\n\n## Side effects {{ {EN} }}\n\nSetext {{ {EN} }}\n"
        "------\n\n## Closed ##\n"
    )
    assert marked(text, JEKYLL, {}) == (
        f"## Dose {{#dose}}\n{{: {EN}}}\n\n## Side effects\n{{: {EN}}}\n\nSetext\n------\n"
        f"{{: {EN}}}\n\n## Closed ##\n{{: {EN}}}\n"
    )


def test_a_paragraphs_own_list_takes_the_attributes() -> None:
    assert marked("Rest.\n{: .lead }\n", MKDOCS, {}) == f"Rest.\n{{: .lead {EN} }}\n"
    assert marked("Rest.\n{.lead}\n", HUGO_BLOCKS, {}) == f"Rest.\n{{.lead {EN}}}\n"
    assert marked("Rest.\n{: .lead}\n", JEKYLL, {}) == f"Rest.\n{{: {EN}}}\n{{: .lead}}\n"


@pytest.mark.parametrize(
    ("flavor", "text"),
    [
        (MKDOCS, 'Repos.\n{: lang="en-GB" }\n'),
        (HUGO_BLOCKS, "Repos.\n{dir=ltr}\n"),
        (JEKYLL, 'Repos.\n{: lang="en-GB"}\n'),
        (HUGO, '## Repos {lang="en-GB"}\n'),
    ],
)
def test_a_block_that_names_its_language_is_left_alone(flavor: Flavor, text: str) -> None:
    assert marked(text, flavor, {}) == text


@pytest.mark.parametrize("flavor", [MKDOCS, JEKYLL, HUGO_BLOCKS])
def test_lists_tables_and_lazy_quote_lines_are_left_alone(flavor: Flavor) -> None:
    text = "- Rest.\n- Drink water.\n\n| Dose |\n| --- |\n| 1 tablet |\n\n> Lazy\nline.\n"
    assert marked(text, flavor, {}) == text


@pytest.mark.parametrize(
    ("flavor", "written"),
    [(MKDOCS, '{: lang="en" dir="ltr" }'), (JEKYLL, '{: lang="en" dir="ltr"}')],
)
def test_a_quoted_paragraph_takes_the_line_inside_its_quote(flavor: Flavor, written: str) -> None:
    text = "> > Rest\n> > well.\n"
    assert marked(text, flavor, {}) == f"{text}> > {written}\n"


def test_line_breaks_and_front_matter_are_the_files_own() -> None:
    text = '+++\r\ntitle = "Rest"\r\n+++\r\n\r\n## Rest\r\n\r\nSleep well.\r\n\r\nDrink water.\r\n'
    translations = {"Rest": "Descanso", "Drink water.": "Beba agua."}
    assert marked(text, HUGO_BLOCKS, translations) == (
        '+++\r\ntitle = "Descanso"\r\n+++\r\n\r\n## Descanso\r\n\r\n'
        f"Sleep well.\r\n{{{EN}}}\r\n\r\nBeba agua.\r\n"
    )


@pytest.mark.parametrize("flavor", [MKDOCS, JEKYLL, HUGO_BLOCKS])
@pytest.mark.parametrize(
    "text",
    [
        "Rest  \n\nSleep.\n",  # a hard line break would end up before the list
        "Rest\\\n\nSleep.\n",
        "Rest.\n## Sleep.\n",  # a line between them could join a block of another reader
    ],
)
def test_no_line_below_a_paragraph_that_might_take_it_as_text(flavor: Flavor, text: str) -> None:
    written = marked(text, flavor, {"Sleep.": "Duerma."})
    assert written == text.replace("Sleep.", "Duerma.")


def test_docusaurus_wraps_only_a_top_level_paragraph_between_blank_lines() -> None:
    """A heading would leave the theme's '.markdown > h2' rules; a quote's paragraph and
    one that a block follows without a blank line are not tried."""
    text = "## Rest\n\n> Sleep well.\n\n- Drink water.\n\nRest.\n## Sleep\n\nLast.\r\n"
    assert marked(text, flavor_for("docusaurus"), {}) == text.replace(
        "Last.\r\n", '<div lang="en" dir="ltr">\n\nLast.\n\n</div>\r\n'
    )


@pytest.mark.parametrize("flavor", [MKDOCS, JEKYLL])
def test_nothing_inside_an_html_element_that_python_markdown_or_kramdown_copies(
    flavor: Flavor,
) -> None:
    text = (
        "<div>\n\nInside.\n\n</div>\n\n<details>\n<summary>More</summary>\n\nDetails.\n\n"
        "</details>\n\n<img src=a.png>\n\nAfter.\n"
    )
    written = marked(text, flavor, {})
    assert written.count("lang=") == 2 and written.endswith(
        "After.\n{: " + EN + (" }\n" if flavor is MKDOCS else "}\n")
    )
    # no attribute list inside the element; its raw HTML text is wrapped (below)
    assert f"<summary><span {EN}>More</span></summary>" in written


HTML_PAGE = """\
# Title

<div class="warning">
<p>Do not take more than <b>4 g</b> a day.</p>
<p>Ask your <a href="x">doctor</a>
first.</p>
<select><option>Adults only</option></select>
<img alt="A pill box" src="p.png">
</div>
"""


@pytest.mark.parametrize(
    "flavor", [MKDOCS, JEKYLL, HUGO, flavor_for("plain"), flavor_for("docusaurus")]
)
def test_raw_html_text_that_kept_the_source_is_wrapped_in_a_span(flavor: Flavor) -> None:
    """Every generator copies a raw HTML block to its page: the text of a run that fell
    back is wrapped in a <span> with the source's lang and dir, a translated run is not,
    nor a run in an element whose content a <span> would spoil (an <option>), nor an
    attribute's value."""
    translations = {"Title": "Título", "Do not take more than <b>4 g</b> a day.": "No tome "
                    "más de <b>4 g</b> al día."}  # fmt: skip
    written = marked(HTML_PAGE, flavor, translations)
    if flavor.dialect == "docusaurus":  # JSX: the <div>'s content is one message, no HTML text
        assert written == HTML_PAGE.replace("# Title", "# Título")
        return
    assert "<p>No tome más de <b>4 g</b> al día.</p>" in written
    assert f'<p><span {EN}>Ask your <a href="x">doctor</a>\nfirst.</span></p>' in written
    assert "<option>Adults only</option>" in written
    assert '<img alt="A pill box"' in written
    assert written.count("<span") == 1 and written.count("</span>") == 1


def test_an_untouched_html_block_and_a_whole_translation_get_no_span() -> None:
    identity = {
        "Title": "Title",
        "Do not take more than <b>4 g</b> a day.": "Do not take more than <b>4 g</b> a day.",
        'Ask your <a href="x">doctor</a> first.': 'Ask your <a href="x">doctor</a> first.',
        "Adults only": "Adults only",
        "A pill box": "A pill box",
    }
    assert marked(HTML_PAGE, MKDOCS, identity) == HTML_PAGE
    whole = {**identity, 'Ask your <a href="x">doctor</a> first.': 'Consulte a su <a href="x">'
             "médico</a> antes."}  # fmt: skip
    assert "span" not in marked(HTML_PAGE, MKDOCS, whole)


def test_hugo_and_docusaurus_read_markdown_between_html_blocks() -> None:
    text = "<div>\n\nInside.\n\n</div>\n"
    assert marked(text, HUGO_BLOCKS, {}) == f"<div>\n\nInside.\n{{{EN}}}\n\n</div>\n"
    docusaurus = marked(text, flavor_for("docusaurus"), {})
    assert docusaurus == f"<div>\n\n<div {EN}>\n\nInside.\n\n</div>\n\n</div>\n"


@pytest.mark.parametrize("flavor", [MKDOCS, JEKYLL, HUGO_BLOCKS, flavor_for("docusaurus")])
def test_an_indented_paragraph_is_left_alone(flavor: Flavor) -> None:
    """Python-Markdown reads '[^2]:' then a line indented by two as the footnote's text,
    where an attribute list shows (Material's blog, mkdocs-2.0.md)."""
    text = "Item[^2].\n\n[^2]:\n  The link points to the archive.\n"
    assert marked(text, flavor, {"Item[^2].": "Elemento[^2]."}) == text.replace("Item", "Elemento")


def test_jekyll_marks_nothing_after_a_fence_that_follows_a_paragraph() -> None:
    """kramdown reads no fence right below a paragraph, and pairs the later fences
    otherwise: a list written after it could land in a code block, as text."""
    text = "Intro.\n\nShown:\n```\ncode\n```\n\nRest.\n"
    assert marked(text, JEKYLL, {}) == text.replace("Intro.\n", f"Intro.\n{{: {EN}}}\n")
    spaced = text.replace(":\n```", ":\n\n```")  # the near miss: a blank line before it
    assert marked(spaced, JEKYLL, {}).endswith(f"Rest.\n{{: {EN}}}\n")
    assert marked(text, MKDOCS, {}).endswith(f"Rest.\n{{: {EN} }}\n")


def test_jekyll_marks_nothing_after_a_fence_kramdown_does_not_read() -> None:
    """'``` markdown title="Data"' is no fence to kramdown (one word after the backticks)."""
    text = 'Intro.\n\n``` markdown title="Data"\n| a |\n```\n\nRest.\n'
    assert marked(text, JEKYLL, {}) == text.replace("Intro.\n", f"Intro.\n{{: {EN}}}\n")
    word = text.replace(' title="Data"', "")  # the near miss: one word
    assert marked(word, JEKYLL, {}).endswith(f"Rest.\n{{: {EN}}}\n")
