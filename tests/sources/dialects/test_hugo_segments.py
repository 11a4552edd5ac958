"""The hugo dialect: shortcodes, alerts and attributes cut by their structure.

Every shortcode line, alert marker and attribute list stays in the skeleton
byte for byte; titles, parameters and bodies are messages named in their
comment; an identity translation is the source.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from painl10n.localize.assemble import assemble
from painl10n.sources.dialects import flavor_for
from painl10n.sources.model import Article, Flavor, Segment, Style
from painl10n.sources.segment import segment_article
from painl10n.text.pseudo import pseudo_translate
from tests.helpers.hugo_site import DOSES, SPANISH

HUGO = flavor_for("hugo")
SOURCE_IDS = replace(HUGO, heading_ids="source")

PAGE = """\
# Doses {#doses}

{{< figure src="scale.png" alt="A pain scale" caption="Rate your pain" >}}

{{< tabs >}}
{{< tab title="Adults" >}}
Take one tablet.
{{< /tab >}}
{{< tab title="Children" >}}
Ask a doctor first.
{{< /tab >}}
{{< /tabs >}}

{{% details title="More" %}}
Children need less.
{{% /details %}}

{{< highlight toml >}}
dose = "500 mg"
{{< /highlight >}}

{{< tab title="Config" lang="toml" >}}
most = 4
{{< /tab >}}

{{< video
  src="a.mp4"
  title="How to swallow a tablet" />}}

> [!TIP]- Good to know
> Drink water with it.

Swallow it whole.
{.lead #whole}
"""


def segment(text: str, flavor: Flavor = HUGO) -> Article:
    return segment_article(
        text, ref="content/en/doses.md", default_slug="doses", front_matter_fields=(), flavor=flavor
    )


def found(text: str, flavor: Flavor = HUGO) -> list[tuple[str, str]]:
    return [(seg.kind, seg.msgid) for seg in segment(text, flavor).segments]


def translated(text: str, lookup: dict[str, str], flavor: Flavor = HUGO) -> str:
    return assemble(segment(text, flavor), lambda seg: lookup.get(seg.msgid)).text


def test_every_construct_is_a_message_named_in_its_comment() -> None:
    assert found(PAGE) == [
        ("heading h1", "Doses"),
        ("shortcode figure, alt", "A pain scale"),
        ("shortcode figure, caption", "Rate your pain"),
        ("shortcode tab, title", "Adults"),
        ("shortcode tab", "Take one tablet."),
        ("shortcode tab, title", "Children"),
        ("shortcode tab", "Ask a doctor first."),
        ("shortcode details, title", "More"),
        ("shortcode details", "Children need less."),
        ("shortcode tab, title", "Config"),
        ("shortcode video, title", "How to swallow a tablet"),
        ("alert title (tip)", "Good to know"),
        ("alert (tip)", "Drink water with it."),
        ("paragraph", "Swallow it whole."),
    ]


@pytest.mark.parametrize("text", [PAGE, DOSES, PAGE.replace("\n", "\r\n")])
def test_an_identity_translation_is_the_source(text: str) -> None:
    for flavor in (HUGO, SOURCE_IDS):
        assert assemble(segment(text, flavor), lambda seg: seg.msgid).text == text


def test_a_translation_keeps_every_tag_marker_and_attribute_line() -> None:
    built = translated(
        PAGE,
        {
            "Doses": "Dosis",
            "Rate your pain": "Puntúe su dolor",
            "Adults": "Adultos",
            "Take one tablet.": "Tome un comprimido.",
            "Good to know": "Conviene saber",
            "Drink water with it.": "Tómelo con agua.",
            "Swallow it whole.": "Tráguelo entero.",
        },
    )
    assert built.startswith("# Dosis {#doses}\n")
    assert 'caption="Puntúe su dolor" >}}\n' in built
    assert '{{< tab title="Adultos" >}}\nTome un comprimido.\n{{< /tab >}}\n' in built
    assert '{{< highlight toml >}}\ndose = "500 mg"\n{{< /highlight >}}' in built
    assert "> [!TIP]- Conviene saber\n> Tómelo con agua.\n" in built
    assert built.endswith("Tráguelo entero.\n{.lead #whole}\n")


def test_a_quote_in_a_translated_parameter_is_escaped_as_hugo_reads_it() -> None:
    text = '{{< note title="Read the \\"leaflet\\"" >}}\nBody.\n{{< /note >}}\n'
    assert found(text)[0] == ("shortcode note, title", 'Read the "leaflet"')
    for translation in ('Lea el "prospecto"', 'Lea el \\"prospecto\\"'):
        built = translated(text, {'Read the "leaflet"': translation})
        assert built.startswith('{{< note title="Lea el \\"prospecto\\"" >}}\n')
    assert segment(text).segments[0].style is Style.TITLE


def test_code_like_bodies_are_never_messages() -> None:
    text = "{{< code-toggle >}}\n[params]\ntitle = 'Pain'\n{{< /code-toggle >}}\n"
    assert found(text) == []
    custom = replace(HUGO, code_shortcodes=frozenset({"terminal"}))
    text = "{{< terminal >}}\nEcho the dose.\n{{< /terminal >}}\n"
    assert found(text, custom) == []
    assert found(text) == [("shortcode terminal", "Echo the dose.")]
    assert found("{{< code-toggle >}}\nSome text.\n{{< /code-toggle >}}\n", custom) == [
        ("shortcode code-toggle", "Some text.")
    ]


def test_translatable_parameters_are_configurable_per_shortcode() -> None:
    text = '{{< figure alt="A scale" title="Scale" caption="Pain" >}}\n'
    flavor = replace(HUGO, shortcode_parameters=(("*", ()), ("figure", ("caption",))))
    assert found(text, flavor) == [("shortcode figure, caption", "Pain")]
    assert found('{{< note title="Hi" >}}\n', flavor) == []
    # unquoted, raw (backtick) and positional values are never offered
    assert found("{{< figure title=Scale caption=`Raw text` >}}\n") == []


def test_nested_shortcodes_of_one_name_pair_up() -> None:
    text = (
        "{{< box >}}\nOuter.\n\n{{< box >}}\nInner.\n{{< /box >}}\n\nAfter.\n{{< /box >}}\n\nOut.\n"
    )
    assert found(text) == [
        ("shortcode box", "Outer."),
        ("shortcode box", "Inner."),
        ("shortcode box", "After."),
        ("paragraph", "Out."),
    ]


def test_a_shortcode_line_ends_the_paragraph_above_it() -> None:
    text = 'Some text\n{{< figure src="a.png" >}}\nmore text.\n'
    assert found(text) == [("paragraph", "Some text"), ("paragraph", "more text.")]
    built = translated(text, {"Some text": "Algo", "more text.": "más."})
    assert built == 'Algo\n{{< figure src="a.png" >}}\nmás.\n'


# -- near misses ---------------------------------------------------------------


def test_a_shortcode_line_inside_a_code_fence_is_code() -> None:
    text = '```\n{{< note title="Not a title" >}}\nNot text.\n{{< /note >}}\n```\n'
    article = segment(text)
    assert article.segments == ()
    assert assemble(article, lambda seg: "X").text == text


def test_an_unclosed_shortcode_is_a_one_line_shortcode() -> None:
    """Hugo needs no closing tag for a shortcode without inner content."""
    text = '{{< note title="Open" >}}\nThe text after it.\n'
    assert found(text) == [("shortcode note, title", "Open"), ("paragraph", "The text after it.")]
    built = translated(text, {"Open": "Abierto", "The text after it.": "El texto."})
    assert built == '{{< note title="Abierto" >}}\nEl texto.\n'


def test_shortcodes_inside_a_sentence_and_escaped_ones_stay_in_the_msgid() -> None:
    assert found('Read {{< ref "sleep.md" >}} first.\n') == [
        ("paragraph", 'Read {{< ref "sleep.md" >}} first.')
    ]
    assert found('{{< ref "sleep.md" >}} explains it.\n') == [
        ("paragraph", '{{< ref "sleep.md" >}} explains it.')
    ]
    assert found("{{</* note */>}} is how you write a note.\n") == [
        ("paragraph", "{{</* note */>}} is how you write a note.")
    ]
    built = translated('{{< ref "a.md" >}} explains it.\n', {})
    assert built == '{{< ref "a.md" >}} explains it.\n'
    lookup = {'{{< ref "a.md" >}} explains it.': '{{< ref "a.md" >}} lo explica.'}
    assert translated('{{< ref "a.md" >}} explains it.\n', lookup).startswith("{{< ref")


def test_what_only_looks_like_an_alert_or_an_attribute_list_stays_text() -> None:
    assert found("> Note [!NOTE] here.\n") == [("blockquote", "Note [!NOTE] here.")]
    assert found("[!NOTE] outside a quote.\n") == [("paragraph", "[!NOTE] outside a quote.")]
    assert found("Sets {like this}\n{not an attribute list}\n") == [
        ("paragraph", "Sets {like this} {not an attribute list}")
    ]
    assert found("## Sets {x y}\n") == [("heading h2", "Sets {x y}")]
    assert found("> [!NOTE]\n") == []  # a marker alone is no text
    # a quoted value over two lines: no tag Hugo's lexer reads; the dialect check guards it
    assert found('{{< video title="How\nto" >}}\n')[0][0] == "paragraph"


def test_a_translated_line_cannot_become_an_attribute_list_or_an_alert() -> None:
    text = "> [!NOTE]\n> Body.\n\nSome text.\n"
    built = translated(text, {"Body.": "[!WARNING] Cuerpo.", "Some text.": "Texto\n{.x}"})
    assert "> &#91;!WARNING] Cuerpo.\n" in built
    assert "Texto\n&#123;.x}\n" in built


def test_without_the_extensions_the_lines_are_commonmark() -> None:
    plain_hugo = flavor_for("hugo", [])
    assert found("{{< box >}}\nText.\n{{< /box >}}\n", plain_hugo) == [
        ("paragraph", "{{< box >}} Text. {{< /box >}}")
    ]
    assert found("## Dose {#dose}\n", plain_hugo) == [("heading h2", "Dose {#dose}")]


# -- heading ids ---------------------------------------------------------------


def test_source_ids_follow_every_translated_heading() -> None:
    text = "# Dose\n\n## Dose\n\n## Limits {#limits}\n\nWhen\n----\n\n## No words ##\n"
    article = segment(text, SOURCE_IDS)
    assert [(seg.msgid, seg.suffix) for seg in article.segments] == [
        ("Dose", " {#dose}"),
        ("Dose", " {#dose-1}"),
        ("Limits", ""),
        ("When", " {#when}"),
        ("No words", ""),  # a closing '##' would end after the id: left to the generator
    ]
    lookup = {"Dose": "Dosis", "Limits": "Límites", "When": "Cuándo"}
    built = translated(text, lookup, SOURCE_IDS)
    assert built == (
        "# Dosis {#dose}\n\n## Dosis {#dose-1}\n\n## Límites {#limits}\n\n"
        "Cuándo {#when}\n----\n\n## No words ##\n"
    )
    assert translated(text, lookup) == (
        "# Dosis\n\n## Dosis\n\n## Límites {#limits}\n\nCuándo\n----\n\n## No words ##\n"
    )


def test_source_ids_follow_hugos_configured_id_type() -> None:
    """rclone's site sets autoHeadingIDType = "blackfriday": with goldmark's github ids
    '#### --alias-remote' was 'alias-remote' on the source page and '--alias-remote' on
    every translation (88 of its 193 pages, each backend's '#fast-list' links)."""
    text = "#### --alias-remote\n\n## v1.75.0 - 2026-07-31\n\n## Día de café\n"
    suffixes = {
        "github": [" {#--alias-remote}", " {#v1750---2026-07-31}", " {#día-de-café}"],
        "blackfriday": [" {#alias-remote}", " {#v1-75-0-2026-07-31}", " {#día-de-café}"],
        "github-ascii": [" {#--alias-remote}", " {#v1750---2026-07-31}", " {#dia-de-cafe}"],
    }
    for id_type, expected in suffixes.items():
        flavor = replace(SOURCE_IDS, heading_id_type=id_type)
        assert [seg.suffix for seg in segment(text, flavor).segments] == expected


def test_a_heading_with_a_shortcode_keeps_hugos_own_id() -> None:
    """Hugo makes that id of a placeholder for the shortcode: painl10n cannot know it."""
    text = '## Install {{< param "version" >}}\n'
    article = segment(text, SOURCE_IDS)
    assert [seg.suffix for seg in article.segments] == [""]


@pytest.mark.parametrize("generator", ["docusaurus", "jekyll"])
def test_docusaurus_and_kramdown_ids_are_cut_out_and_copied(generator: str) -> None:
    flavor = replace(flavor_for(generator), heading_ids="source")
    text = "## Dose {#dose}\n\n## Take care\n"
    assert [seg.msgid for seg in segment(text, flavor).segments] == ["Dose", "Take care"]
    built = translated(text, {"Dose": "Dosis", "Take care": "Cuidado"}, flavor)
    assert built == "## Dosis {#dose}\n\n## Cuidado {#take-care}\n"
    assert translated(text, {}, flavor) == text


def test_mkdocs_source_ids_are_attribute_lists() -> None:
    flavor = replace(flavor_for("mkdocs"), heading_ids="source")
    text = "# Pain relief\n\n## Pain relief\n\n## Kept { #kept }\n"
    built = translated(text, {"Pain relief": "Alivio", "Kept": "Guardado"}, flavor)
    assert (
        built
        == "# Alivio { #pain-relief }\n\n## Alivio { #pain-relief_1 }\n\n## Guardado { #kept }\n"
    )
    without = replace(flavor, extensions=flavor.extensions - {"attr_list"})
    assert translated("# Pain relief\n", {"Pain relief": "Alivio"}, without) == "# Alivio\n"


def test_the_doses_page_matches_its_spanish() -> None:
    assert {seg.msgid for seg in segment(DOSES).segments} == set(SPANISH)


# -- pseudo-locales ------------------------------------------------------------


@pytest.mark.parametrize("language", ["en-XA", "ar-XB"])
def test_pseudo_locales_leave_every_hugo_token_alone(language: str) -> None:
    """Everything outside the messages is the source's; inline shortcodes survive too."""
    text = PAGE + 'See {{< ref "sleep.md" >}} and {{% mark %}}this{{% /mark %}}.\n'
    article = segment(text, SOURCE_IDS)

    def pseudo(seg: Segment) -> str:
        markdown = seg.style is not Style.TITLE  # a parameter's value is no Markdown
        return pseudo_translate(seg.msgid, language, markdown=markdown, generator="hugo")

    built = assemble(article, pseudo).text
    skeleton, position = [], 0
    for seg in article.segments:
        skeleton.append(re.escape(text[position : seg.start]))
        position = seg.end
    skeleton.append(re.escape(text[position:]))
    match = re.fullmatch("(.+?)".join(skeleton), built, re.S)
    assert match is not None, built
    assert all(value not in text for value in match.groups())  # every message is pseudo
    assert '{{< ref "sleep.md" >}}' in built and "{{% mark %}}" in built
    assert "{{% /mark %}}" in built and "{#doses}" in built


def test_a_line_of_several_tags_is_no_text() -> None:
    """As formatters write tab panes: the tags stay; each translatable parameter is offered."""
    text = (
        '{{< tabpane text=true >}} {{< tab header="Front matter" title="Setup" />}}\n'
        '{{% tab title="Adults" lang=toml %}}\n'
        'dose = "500 mg"\n'
        '{{% /tab %}} {{% tab title="Children" %}}\n'
        "Ask a doctor.\n"
        "{{% /tab %}} {{< /tabpane >}}\n"
    )
    assert found(text) == [
        ("shortcode tab, title", "Setup"),
        ("shortcode tab, title", "Adults"),
        ("shortcode tab, title", "Children"),
        ("paragraph", "Ask a doctor."),
    ]
    built = translated(text, {"Adults": "Adultos", "Children": "Niños", "Setup": "Ajustes"})
    assert built == (
        text.replace('"Adults"', '"Adultos"')
        .replace('"Children"', '"Niños"')
        .replace('"Setup"', '"Ajustes"')
    )
    assert found("{{< a >}} {{< b >}} and words\n") == [
        ("paragraph", "{{< a >}} {{< b >}} and words")
    ]


QUOTED_LIST = """\
> [!INFO] Your opinion counts!
>
> - Upvote the issue.
> - Star the
>   repository.
{._list-unstyled}
"""


def test_an_attribute_line_after_a_quote_is_no_lazy_continuation() -> None:
    """goldmark gives '{._list-unstyled}' under a quote (no '>') to the quote, as its
    attributes; it was read as the last item's lazy continuation, and its pseudo
    translation '{._ļîšţ-ûñšţýļéð}' stood in the text (Docsy's release notes)."""
    article = segment_article(
        QUOTED_LIST, ref="a.md", default_slug="a", front_matter_fields=(), flavor=HUGO
    )
    assert [seg.msgid for seg in article.segments] == [
        "Your opinion counts!",
        "Upvote the issue.",
        "Star the repository.",
    ]
    assert assemble(article, lambda seg: seg.msgid).text == QUOTED_LIST
    pseudo = assemble(
        article, lambda seg: pseudo_translate(seg.msgid, "en-XA", generator="hugo")
    ).text
    assert pseudo.endswith("> - ⟦Šţåŕ ţĥé ŕéṗöšîţöŕý. one two⟧\n{._list-unstyled}\n")


def test_an_id_with_dots_is_an_id() -> None:
    """goldmark reads '#', '.', ':', '-' and '_' in an id ('{#0.14.2}', Docsy's release
    notes): it stayed in the msgid, and the pseudo-locale's heading lost its id."""
    text = "## Patch update 0.14.2 {#0.14.2}\n\n## Another {#v1.2:x .wide}\n\n{.lead #a.b}\n"
    article = segment_article(
        text, ref="a.md", default_slug="a", front_matter_fields=(), flavor=HUGO
    )
    assert [seg.msgid for seg in article.segments] == ["Patch update 0.14.2", "Another"]
    assert assemble(article, lambda seg: seg.msgid).text == text
    pseudo = assemble(
        article, lambda seg: pseudo_translate(seg.msgid, "en-XA", generator="hugo")
    ).text
    assert pseudo.startswith("## ⟦Ṗåţçĥ ûṗðåţé 0.14.2 one two⟧ {#0.14.2}\n")
    assert found("Sets {#not an id}\n") == [("paragraph", "Sets {#not an id}")]


MATH = replace(HUGO, math_delimiters=(("\\[", "\\]"), ("$$", "$$"), ("\\(", "\\)")))
FORMULAS = r"""When \(a \ne 0\), there are two solutions to \(ax^2 + bx + c = 0\).

\[
\tag*{(2)} \ce{Zn^2+ <=>[+ 2OH-] $\underset{\text{amphoteric hydroxide}}{x}$}
\]

$$
a^*=x-b^*
$$

> The probability:
> \[ P(E) = {n \choose k} \]

[\(\LaTeX\)](https://www.latex-project.org/) is not \\(math\\).
"""


def test_passthrough_formulas_are_no_text_and_stay_in_the_msgid() -> None:
    """hugo-docs and Docsy enable goldmark's passthrough: their '\\[…\\]' and '$$…$$'
    blocks were offered and accented, and KaTeX refused 7 and 23 formulas. A formula
    alone is no text; in a sentence it stays as written (an escaped '\\\\(' is text)."""
    assert [seg.msgid for seg in segment(FORMULAS, MATH).segments] == [
        r"When \(a \ne 0\), there are two solutions to \(ax^2 + bx + c = 0\).",
        r"The probability: \[ P(E) = {n \choose k} \]",
        r"[\(\LaTeX\)](https://www.latex-project.org/) is not \\(math\\).",
    ]
    assert translated(FORMULAS, {}, MATH) == FORMULAS
    # near miss: without the site's passthrough, goldmark reads them as text
    msgids = [seg.msgid for seg in segment(FORMULAS).segments]
    assert "a^*=x-b^*" in msgids[2] and msgids[1].startswith(r"\[ \tag*{(2)}")


TEXT_IDS = """\
Options
: A term.

## Options

## Ready to upgrade? <a id="breaking-changes"></a>

## Example -- headless page --- yes

## First 2nd&ndash;4th &amp; `code -- x` ![alt *b*](x.png)

## [A link](x.md) and _em_ ½ ²

## A *b c* d [x *y* z](u) **bold** e

## Term `with code`
"""


def test_hugo_0_144_makes_ids_of_the_text_and_terms_share_their_pool() -> None:
    """Docsy and hugo-docs need Hugo 0.144 or later, which makes a heading's id of its
    plain text: '<a id="breaking-changes"></a>' was in painl10n's ids, the typographer's
    '--' and '&ndash;' too, and a term 'Options' made the heading 'options-1' on the
    source page only. Expected ids recorded from Hugo 0.168.0's build of this page."""
    flavor = replace(SOURCE_IDS, heading_ids_of_text=True, definition_term_ids=True)
    assert [seg.suffix for seg in segment(TEXT_IDS, flavor).segments if seg.kind[0] == "h"] == [
        " {#options-1}",
        " {#ready-to-upgrade}",
        " {#example--headless-page--yes}",
        " {#first-2nd4th--code----x-alt}",
        " {#a-link-and-em--}",
        " {#a-b-c-d-x--bold-e}",
        " {#term-with-code}",
    ]
    # near miss: older Hugo (0.111.3's build) reads the raw Markdown and has no term ids
    older = [seg.suffix for seg in segment(TEXT_IDS, SOURCE_IDS).segments if seg.kind[0] == "h"]
    assert older[:3] == [
        " {#options}",
        " {#ready-to-upgrade-a-idbreaking-changesa}",
        " {#example----headless-page-----yes}",
    ]


TABPANE = """\
{{< tabpane langEqualsHeader=true >}}
{{< tab header="Front matter:" disabled=true />}}
{{< tab "C" >}}
#include <stdio.h>

int main(void) { puts("Hello World!"); }
{{< /tab >}}
{{< tab header="C++" >}}
int main() { std::cout << "Hello World!"; }
{{< /tab >}}
{{< tab header="Notes" text=true >}}
Take it with food.
{{< /tab >}}
{{< /tabpane >}}

{{< tabpane lang="python" >}}
{{< tab header="Script" >}}
print("Hello World!")
{{< /tab >}}
{{< /tabpane >}}

{{% tabpane text=true %}}
{{% tab header="Adults" %}}
Take one tablet.
{{% /tab %}}
{{% /tabpane %}}
"""


def test_a_tab_whose_pane_names_its_language_is_code() -> None:
    """Docsy's '{{< tabpane langEqualsHeader=true >}}' highlights each tab's body in the
    language its header names: the C program was offered, and en-XA's accents broke
    its highlighting, as '⟦Šçåļå⟧' broke the Scala tab's. A tab (or pane) with
    text=true is Markdown, and a disabled tab's header a label, as Docsy reads them."""
    headers = replace(HUGO, shortcode_parameters=(("*", ("title",)), ("tab", ("header",))))
    assert found(TABPANE, headers) == [
        ("shortcode tab, header", "Front matter:"),
        ("shortcode tab, header", "Notes"),
        ("shortcode tab", "Take it with food."),
        ("shortcode tab, header", "Adults"),
        ("shortcode tab", "Take one tablet."),
    ]
    assert translated(TABPANE, {}, headers) == TABPANE
    # near miss: a pane that names no language leaves its tabs' bodies to the reader
    plain = TABPANE.replace("langEqualsHeader=true", "right=true")
    assert ("shortcode tab", "#include <stdio.h>") in found(plain)
    assert ("shortcode tab, header", "C++") in found(plain, headers)
