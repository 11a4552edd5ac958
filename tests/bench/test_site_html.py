"""benchmarks/site_html.py: the three measures of bench_sites_html.py on tiny pages.

The benchmark builds public sites with their generators (not in CI); these
hold its HTML comparison to its definitions: what is normalised for "same
HTML", what "structure" is, which words count as never offered.
"""

from __future__ import annotations

import re
import sys

from lxml import html

from tests.helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

from site_html import (
    LABEL,
    SYNTAX,
    Page,
    by_class,
    by_id,
    main_content,
    normalised_link,
    same_html,
    structure,
    structure_difference,
    unoffered_words,
    visible_words,
    with_class,
)

ARTICLE = by_class("article", "md-content__inner")
SOURCE = Page("/setup/lang/")
BRITISH = Page("/en_GB/setup/lang/", "en_GB")
PSEUDO = Page("/en-XA/setup/lang/", "en-XA")


def page(body: str, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><body><nav><a href="/">Home</a></nav>'
        f'<article class="md-content__inner md-typeset">{body}</article></body></html>'
    )


def region(body: str, lang: str = "en") -> html.HtmlElement:
    found = main_content(page(body, lang), ARTICLE)
    assert found is not None
    return found


# -- the main content ------------------------------------------------------------


def test_the_main_content_is_the_article_alone() -> None:
    found = region("<p>Dose</p>")
    assert found.tag == "article" and visible_words(found) == ["Dose"]


def test_a_page_without_the_article_has_none() -> None:
    assert main_content("<html><body><article><p>x</p></article></body></html>", ARTICLE) is None
    assert main_content("", ARTICLE) is None


def test_without_drops_the_themes_chrome_inside_the_article() -> None:
    text = (
        '<html><body><article id="article"><nav class="flex breadcrumbs"><a>Docs</a></nav>'
        '<p>Dose</p><div class="print:hidden">Improve this page</div></article></body></html>'
    )
    found = main_content(text, by_id("article", without=(with_class("nav", "breadcrumbs"),)))
    assert found is not None and visible_words(found) == ["Dose", "Improve", "this", "page"]
    found = main_content(
        text,
        by_id(
            "article",
            without=(with_class("nav", "breadcrumbs"), with_class("div", "print:hidden")),
        ),
    )
    assert found is not None and visible_words(found) == ["Dose"]


# -- links ---------------------------------------------------------------------------


def test_a_translations_links_are_put_back_in_the_sources_place() -> None:
    assert normalised_link("../other/", SOURCE) == "/setup/other/"
    assert normalised_link("../other/", BRITISH) == "/setup/other/"
    assert normalised_link("/en_GB/", BRITISH) == "/"
    assert normalised_link("../../assets/a.png", SOURCE) == "/assets/a.png"
    assert normalised_link("#dose", BRITISH) == "#dose"
    edit = "https://github.com/o/r/edit/master/docs/setup/lang.en_GB.md"
    assert normalised_link(edit, BRITISH) == "https://github.com/o/r/edit/master/docs/setup/lang.md"
    hugo = Page("/en-gb/a/", "en-gb", "en")
    assert (
        normalised_link("https://github.com/o/r/edit/master/content/en-gb/a.md", hugo)
        == "https://github.com/o/r/edit/master/content/en/a.md"
    )


def test_the_sites_own_absolute_addresses_lose_the_language_folder() -> None:
    docsy = Page("/en-gb/blog/x/", "en-gb", "en", "www.docsy.dev")
    assert normalised_link("https://www.docsy.dev/en-gb/tags/a/", docsy) == (
        "https://www.docsy.dev/tags/a/"
    )
    other = "https://example.org/en-gb/tags/a/"  # another site's: as it is
    assert normalised_link(other, docsy) == other


def test_near_misses_are_left_alone() -> None:
    """Only the language's own folder goes: not a folder that starts like it, nor an
    address elsewhere that has the language in it, nor anything on the source's page."""
    assert normalised_link("/en_GB-notes/", BRITISH) == "/en_GB-notes/"
    assert normalised_link("https://example.org/en_GB/x", BRITISH) == "https://example.org/en_GB/x"
    assert normalised_link("/en_GB/x/", SOURCE) == "/en_GB/x/"


# -- same HTML (identity) -------------------------------------------------------


def test_an_identity_page_is_the_same_html_once_normalised() -> None:
    body = '<p>See <a href="../other/">this</a> <img src="../../img/a.png" alt="A"></p>'
    translated = '<p>See <a href="../other/">this</a> <img src="../../../img/a.png" alt="A"></p>'
    assert same_html(region(body), SOURCE, region(translated, "en-GB"), BRITISH) is None


def test_the_lang_attribute_is_all_that_may_differ_in_an_element() -> None:
    one, other = region('<p lang="en">Dose</p>'), region('<p lang="en-GB">Dose</p>')
    assert same_html(one, SOURCE, other, BRITISH) is None
    other = region('<p lang="en-GB" class="x">Dose</p>')
    assert same_html(one, SOURCE, other, BRITISH) is not None


def test_the_sites_own_address_in_text_and_a_scripts_build_time_are_no_difference() -> None:
    """Hugo writes a page's permalink into a code block, and Docsy a build time into a
    script: each translation and each build has its own. Another site's address with
    the language in it, or a changed date in text, still differ."""
    source, translated = (
        Page("/blog/x/", "", "", "www.docsy.dev"),
        Page("/en-gb/blog/x/", "en-gb", "en", "www.docsy.dev"),
    )
    one = region(
        "<pre><code>[blog]: &lt;https://www.docsy.dev/blog/x/&gt;</code></pre>"
        '<script>var buildDate = new Date("2026-12-07T04:01:29Z");</script>'
    )
    other = region(
        "<pre><code>[blog]: &lt;https://www.docsy.dev/en-gb/blog/x/&gt;</code></pre>"
        '<script>var buildDate = new Date("2026-12-07T04:01:43Z");</script>'
    )
    assert same_html(one, source, other, translated) is None
    elsewhere = region("<pre><code>https://example.org/en-gb/blog/x/</code></pre>")
    assert same_html(region("<pre><code>https://example.org/blog/x/</code></pre>"), source,
                     elsewhere, translated) is not None  # fmt: skip
    dated = region("<p>Built 2026-12-07T04:01:43Z</p>")
    assert same_html(region("<p>Built 2026-12-07T04:01:29Z</p>"), source, dated, translated)


def test_a_changed_word_or_line_break_is_a_difference() -> None:
    one = region("<p>Take two tablets</p>")
    assert same_html(one, SOURCE, region("<p>Take 2 tablets</p>"), BRITISH) is not None
    assert same_html(one, SOURCE, region("<p>Take two\ntablets</p>"), BRITISH) is not None
    difference = same_html(one, SOURCE, region("<p>Take two tablets.</p>"), BRITISH)
    assert difference is not None and "tablets" in difference


def test_a_link_to_another_page_is_a_difference() -> None:
    one = region('<a href="../other/">x</a>')
    assert same_html(one, SOURCE, region('<a href="../else/">x</a>'), BRITISH) is not None


# -- structure (pseudo) -----------------------------------------------------------


SOURCE_BODY = (
    '<h2 id="dose">Dose<a class="headerlink" href="#dose">¶</a></h2>'
    '<p>Take <a href="../other/" title="Other page">two</a> <em>tablets</em>.</p>'
    '<div class="tabbed-set"><input id="__tabbed_1_1"><label>Adults</label></div>'
)


def test_a_pseudo_page_with_other_text_keeps_the_structure() -> None:
    pseudo = (
        '<h2 id="dose">⟦Ðöšé one⟧<a class="headerlink" href="#dose">¶</a></h2>'
        '<p>⟦Ţåķé <a href="../other/" title="Öţĥéŕ">ţŵö</a> <em>ţåƀļéţš</em>. one⟧</p>'
        '<div class="tabbed-set"><input id="__tabbed_1_1"><label>⟦Åðûļţš⟧</label></div>'
    )
    assert structure_difference(region(SOURCE_BODY), SOURCE, region(pseudo), PSEUDO) is None


def test_a_lost_element_or_class_breaks_the_structure() -> None:
    lost_em = SOURCE_BODY.replace("<em>tablets</em>", "ţåƀļéţš")
    assert structure_difference(region(SOURCE_BODY), SOURCE, region(lost_em), PSEUDO)
    lost_class = '<a class="md-button" href="../x/">Go</a>'
    assert structure_difference(
        region(lost_class), SOURCE, region('<a href="../x/">Ĝö</a>'), PSEUDO
    )
    moved_link = SOURCE_BODY.replace("../other/", "../else/")
    assert structure_difference(region(SOURCE_BODY), SOURCE, region(moved_link), PSEUDO)


def test_an_id_made_of_the_text_breaks_it_unless_ids_are_left_out() -> None:
    source = region('<input id="with-pip-latest"><a href="#with-pip-latest">x</a>')
    pseudo = region('<input id="with-pip-ļåţéšţ-one"><a href="#with-pip-ļåţéšţ-one">x</a>')
    assert structure_difference(source, SOURCE, pseudo, PSEUDO) is not None
    assert structure_difference(source, SOURCE, pseudo, PSEUDO, ids=False) is None
    assert structure(source, SOURCE, ids=False)[1] == (1, "input", "", "", "")


# -- words never offered ----------------------------------------------------------


def placed(
    source: html.HtmlElement,
    pseudo: html.HtmlElement,
    labels: frozenset[tuple[str, ...]] = frozenset(),
    code: frozenset[str] = frozenset(),
) -> tuple[int, list[tuple[str, str]]]:
    """unoffered_words without the text each word was found in."""
    words, kept = unoffered_words(source, pseudo, labels, code)
    return words, [(word, where) for word, where, _ in kept]


def test_every_word_accented_means_none_never_offered() -> None:
    source = region("<p>Take two tablets daily.</p>")
    pseudo = region("<p>⟦Ţåķé ţŵö ţåƀļéţš ðåîļý. one two⟧</p>")
    assert placed(source, pseudo) == (4, [])


def test_an_english_word_left_on_the_pseudo_page_was_never_offered() -> None:
    source = region('<p>Take two tablets.</p><span class="badge">Built-in</span>')
    pseudo = region('<p>⟦Ţåķé ţŵö ţåƀļéţš. one⟧</p><span class="badge">Built-in</span>')
    assert placed(source, pseudo) == (5, [("Built", "span.badge"), ("in", "span.badge")])
    assert unoffered_words(source, pseudo)[1][0] == ("Built", "span.badge", "Built-in")


def test_padding_words_are_not_the_sources_words() -> None:
    """``one two`` before the closing bracket is pseudo's padding, even where the source
    has "one"; a "one" of the source left as it is still counts."""
    source = region("<p>Take one tablet.</p>")
    pseudo = region("<p>⟦Ţåķé one ţåƀļéţ. one two three⟧</p>")
    assert placed(source, pseudo) == (3, [("one", "p")])


def test_code_numbers_and_urls_are_no_words() -> None:
    source = region(
        "<p>Run <code>pip install</code> 20 mg https://example.org/a</p><pre>x = 1</pre>"
    )
    pseudo = region(
        "<p>⟦Ŕûñ <code>pip install</code> 20 ṁĝ https://example.org/a one⟧</p><pre>x = 1</pre>"
    )
    assert visible_words(source) == ["Run", "mg"]
    assert placed(source, pseudo) == (2, [])


def test_a_reference_label_pseudo_keeps_is_told_apart() -> None:
    source = region('<p>See <a href="/a/">Admonitions</a> and <a href="/b/">Lists</a>.</p>')
    pseudo = region('<p>⟦Šéé <a href="/a/">Admonitions</a> åñð <a href="/b/">Lists</a>. one⟧</p>')
    kept = placed(source, pseudo, frozenset({("Admonitions",)}))
    assert kept == (4, [("Admonitions", LABEL), ("Lists", "a")])


def test_a_bracketed_label_that_is_no_link_is_told_apart_too() -> None:
    """``[bot]`` with no reference definition is text; pseudo keeps it as it keeps labels."""
    source = region("<p>Merged by pre-commit-ci [bot] and [me].</p>")
    pseudo = region("<p>⟦Ṁéŕĝéð ƀý ṗŕé-çöṁṁîţ-çî [bot] åñð [me]. one⟧</p>")
    assert placed(source, pseudo, frozenset({("bot",)})) == (8, [("bot", LABEL), ("me", "p")])


def test_a_themes_code_block_drawn_with_divs_is_code_when_its_class_says_so() -> None:
    block = '<div class="codeblock"><div class="select-none">hugo.toml</div></div>'
    source = region(f"<p>Set it.</p>{block}")
    pseudo = region(f"<p>⟦Šéţ îţ. one⟧</p>{block}")
    assert placed(source, pseudo) == (4, [("hugo", "div.select-none"), ("toml", "div.select-none")])
    assert placed(source, pseudo, code=frozenset({"codeblock"})) == (2, [])
    assert visible_words(source, frozenset({"select-none"})) == ["Set", "it"]


def test_words_of_the_dialects_syntax_are_told_apart() -> None:
    """A mention or a formula pseudo leaves alone is no word it failed to offer."""
    source = region("<p>Thanks to @tiangolo for \\(x + y\\) and Bob</p>")
    pseudo = region("<p>⟦Ţĥåñķš ţö @tiangolo ƒöŕ \\(x + y\\) åñð Bob one⟧</p>")
    syntax = re.compile(r"@\w+|\\\(.*?\\\)")
    words, kept = unoffered_words(source, pseudo, syntax=syntax)
    assert (words, [(w, where) for w, where, _ in kept]) == (
        8,
        [("tiangolo", SYNTAX), ("x", SYNTAX), ("y", SYNTAX), ("Bob", "p")],
    )


def test_a_formula_katex_drew_is_no_words() -> None:
    """Hugo's KaTeX writes a formula as MathML and as spans for the eye (Docsy's
    '\\(\\LaTeX\\)'): its letters are no prose, and pseudo leaves them alone."""
    formula = (
        '<span class="katex"><span class="katex-mathml"><math><mi>x</mi></math></span>'
        '<span class="katex-html" aria-hidden="true"><span class="mord">LaTeX</span></span></span>'
    )
    source = region(f"<p>With {formula} here</p>")
    pseudo = region(f"<p>⟦Ŵîţĥ {formula} ĥéŕé one⟧</p>")
    assert visible_words(source) == ["With", "here"]
    assert placed(source, pseudo) == (2, [])
    # near miss: the same word outside the formula is prose
    assert visible_words(region('<p><span class="mord">LaTeX</span></p>')) == ["LaTeX"]
