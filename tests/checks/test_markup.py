"""Markup checks: inline structure, link targets and unsafe HTML of translations.

Each violation must yield at least one message from its check; each near-miss
(what translators legitimately do) must yield none from any of the three.
"""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from painl10n.checks.base import EntryContext
from painl10n.checks.markup import CHECKS
from painl10n.languages import is_pseudo
from tests.helpers import REPO

BY_ID = {check.id: check for check in CHECKS}
ES = EntryContext(language="es", source_language="en")
LOCALIZED = EntryContext(
    language="es",
    source_language="en",
    allowed_urls=frozenset({"/es/contacto/", "https://example.es/ayuda/"}),
)


def messages(check: str, msgid: str, msgstr: str, ctx: EntryContext = ES) -> list[str]:
    return list(BY_ID[check].run(polib.POEntry(msgid=msgid, msgstr=msgstr), ctx))


def every_message(msgid: str, msgstr: str, ctx: EntryContext = ES) -> list[str]:
    return [f"{check}: {text}" for check in BY_ID for text in messages(check, msgid, msgstr, ctx)]


def test_three_error_checks_and_two_warnings() -> None:
    assert list(BY_ID) == ["markup", "emphasis-added", "urls", "anchor-changed", "unsafe-html"]
    for check in CHECKS:
        warns = check.id in ("emphasis-added", "anchor-changed")
        assert check.severity == ("warning" if warns else "error")
        assert check.description and "\n" not in check.description


# --- markup ---------------------------------------------------------------------------------

MARKUP_VIOLATIONS = [
    pytest.param("Take **one** pill.", "Tome una pastilla.", id="strong-dropped"),
    pytest.param("Take *one* pill.", "Tome una pastilla.", id="emphasis-dropped"),
    pytest.param("Take *one* pill.", "Tome **una** pastilla.", id="emphasis-became-strong"),
    pytest.param("a **b** and **c**", "a **b** y c", id="one-of-two-strong-dropped"),
    pytest.param("Run `dose --check` now.", "Ejecute dose --check ya.", id="code-dropped"),
    pytest.param("Run `dose --check` now.", "Ejecute `dosis --check` ya.", id="code-changed"),
    pytest.param("Run `a  b` now.", "Ejecute `a b` ya.", id="code-spacing-changed"),
    pytest.param("Run `x`.", "Ejecute `x` y `y`.", id="code-added"),
    pytest.param("Line one\\\nline two", "Línea uno línea dos", id="backslash-break-dropped"),
    pytest.param("Line one  \nline two", "Línea uno línea dos", id="space-break-dropped"),
    pytest.param("Line one line two", "Línea uno\\\nlínea dos", id="break-added"),
    pytest.param("See [the guide](/guide/).", "Vea la guía.", id="link-dropped"),
    pytest.param(
        "See [the guide](/guide/).", "Vea la [guía](/guide/) [y](/guide/).", id="link-added"
    ),
    pytest.param(
        "Visit [http://x.org](http://x.org).", "Visite <http://x.org>.", id="link-became-autolink"
    ),
    pytest.param("![Scan](/scan.png) shows it.", "Lo muestra.", id="image-dropped"),
    pytest.param("Pain varies.[^1]", "El dolor varía.", id="footnote-dropped"),
    pytest.param("Pain varies.[^1]", "El dolor varía.[^2]", id="footnote-label-changed"),
    pytest.param("Pain varies.[^1]", "El dolor[^1] varía.[^1]", id="footnote-added"),
    pytest.param("Pain^[Often *chronic*.] varies.", "El dolor^[A menudo crónico.]", id="inline-fn"),
    pytest.param("**[Book now](/book/)**", "[**Reserve ya**](/book/)", id="strong-link-swapped"),
    pytest.param("[**Book** now](/book/)", "**Reserve** [ya](/book/)", id="strong-left-link"),
    pytest.param("*a **b** c*", "*a* **b** *c*", id="strong-left-emphasis"),
    pytest.param("**Relief:** It helps.", "**Alivio:**Ayuda.", id="strong-not-flanking"),
    pytest.param("__Pain__ relief", "__Schmerz__mittel", id="intraword-underscore"),
    pytest.param("**Relief** now", "**Alivio ahora", id="strong-unclosed"),
    pytest.param("H<sub>2</sub>O", "H2O", id="html-tag-dropped"),
    pytest.param("H<sub>2</sub>O", "H<sub>2O", id="html-close-dropped"),
]


@pytest.mark.parametrize(("msgid", "msgstr"), MARKUP_VIOLATIONS)
def test_markup_violation(msgid: str, msgstr: str) -> None:
    assert messages("markup", msgid, msgstr)


NEAR_MISSES = [
    pytest.param("a *b* and **c**", "**c** y *b*", id="reordered-emphasis"),
    pytest.param("Take *one* pill.", "Tome _una_ pastilla.", id="emphasis-marker-style"),
    pytest.param("See [the guide](/guide/).", "Vea [la guía](/guide/).", id="link-text"),
    pytest.param(
        'See [the guide](/guide/ "Our guide").',
        'Vea [la guía](/guide/ "Nuestra guía").',
        id="link-title",
    ),
    pytest.param(
        '![A brain scan](/scan.png "Brain")',
        '![Una resonancia](/scan.png "Cerebro")',
        id="image-alt-title",
    ),
    pytest.param("Run `dose --check` now.", "Ya, ejecute `dose --check`.", id="same-code"),
    pytest.param("Run `x` now.", "Ejecute `` x `` ya.", id="code-other-fence"),
    pytest.param("Line one\\\nline two", "Línea uno  \nlínea dos", id="break-to-spaces"),
    pytest.param("Line one  \nline two", "Línea uno\\\nlínea dos", id="break-to-backslash"),
    pytest.param("One line.", "Una\nlínea.", id="soft-break"),
    pytest.param(
        "**Relief:** It works *fast*.",
        "**Soulagement\u00a0:** cela agit *vite*.",
        id="french-nbsp-colon",
    ),
    pytest.param(
        "The **key** point.", "Le point «\u00a0**essentiel**\u00a0».", id="french-guillemets"
    ),
    pytest.param("The *pain* relief.", "Die *Schmerz*linderung.", id="german-intraword-star"),
    pytest.param(
        "**Fast relief:** see [our clinic](/clinic/).",
        "**تخفيف سريع:** راجع [عيادتنا](/clinic/).",
        id="arabic",
    ),
    pytest.param("Dose&nbsp;**10 mg**", "Dosis&nbsp;**10 mg**", id="nbsp-entity"),
    pytest.param("a [x](/a) and [y](/b)", "[y](/b) y [x](/a)", id="reordered-links"),
    pytest.param("Pain varies.[^1]", "El dolor[^1] varía.", id="footnote-moved"),
    pytest.param("Pain^[Often *chronic*.] varies.", "El dolor^[A menudo *crónico*.]", id="inline"),
    pytest.param("H<sub>2</sub>O", "H<sub>2</sub>O", id="same-html"),
    pytest.param('<abbr title="pain">P</abbr>', '<abbr title="dolor">D</abbr>', id="html-title"),
    pytest.param('<span lang="la" class="x">', "<span class='x' lang=\"la\">", id="attr-order"),
    pytest.param("First<br>second", "Primero<br/>segundo", id="br-selfclosing"),
    pytest.param("Note <!-- keep --> this.", "Nota <!-- keep --> esto.", id="same-comment"),
    pytest.param("Use <a@b.org>.", "Escriba a <a@b.org>.", id="email-autolink"),
    pytest.param("Read [the note][n1].", "Lea [la nota][N1].", id="reference-label-case"),
    pytest.param("[sic] as written", "[sic] tal cual", id="bracket-aside-kept"),
    pytest.param("See [a](</caf%C3%A9/>).", "Vea [a](/café/).", id="percent-encoding"),
    pytest.param("![x](data:image/png;base64,AA)", "![y](data:image/png;base64,AA)", id="data"),
    pytest.param("If a < b and c > d", "Si a < b y c > d", id="angle-text"),
    pytest.param("Use &lt;script&gt; here", "Use &lt;script&gt; aquí", id="escaped-tag"),
    pytest.param("javascript: a language", "javascript: un lenguaje", id="scheme-as-text"),
    pytest.param("Plain text.", "Texto sencillo.", id="plain"),
]


@pytest.mark.parametrize(("msgid", "msgstr"), NEAR_MISSES)
def test_near_miss_passes_every_check(msgid: str, msgstr: str) -> None:
    assert every_message(msgid, msgstr) == []


def test_markup_messages() -> None:
    assert messages("markup", "Take **one** pill.", "Tome una pastilla.") == [
        "a **strong** span in the source is missing in the translation"
    ]
    assert messages("markup", "Run `x` now.", "Ejecute `y` ya.") == ["code span `x` changed to `y`"]
    assert messages("markup", "**[Go](/go/)**", "[**Ir**](/go/)") == [
        "a **strong** span is at the top level in the source but inside a link in the translation",
        "a link is inside **strong** in the source but at the top level in the translation",
    ]
    assert messages("markup", "One.", "Uno *dos*.") == []
    assert messages("emphasis-added", "One.", "Uno *dos*.") == [
        "the translation has an *emphasis* span not in the source"
    ]


def test_added_emphasis_is_a_warning_and_everything_else_stays_an_error() -> None:
    # German stresses a word with emphasis where English needs none (opensource.guide)
    source = "It only takes one negative experience to make someone not want to return."
    stressed = "Es braucht nur eine *einzige* negative Erfahrung, damit jemand nicht zurückkehrt."
    assert messages("markup", source, stressed) == []
    assert messages("emphasis-added", source, stressed) == [
        "the translation has an *emphasis* span not in the source"
    ]
    assert messages("emphasis-added", "See [it](/a/).", "Vea [**esto**](/a/).") == [
        "the translation has a **strong** span inside a link not in the source"
    ]
    # emphasis dropped, or moved into another element, is still an error of markup
    assert messages("emphasis-added", "**Do not** drive.", "No conduzca.") == []
    assert messages("markup", "**Do not** drive.", "No conduzca.") == [
        "a **strong** span in the source is missing in the translation"
    ]
    assert messages("emphasis-added", "**[Go](/go/)**", "[**Ir**](/go/)") == []
    # an added link beside added emphasis: the link is markup's, the stress a warning
    assert messages("markup", "One.", "*Uno* [dos](/d/).") == [
        "the translation has a link not in the source"
    ]
    assert messages("emphasis-added", "One.", "*Uno* [dos](/d/).") == [
        "the translation has an *emphasis* span not in the source"
    ]


def test_markup_leaves_added_html_to_unsafe_html() -> None:
    assert messages("markup", "Plain.", "Plano <b>.") == []
    assert messages("unsafe-html", "Plain.", "Plano <b>.")


def test_empty_translation_yields_nothing() -> None:
    assert every_message("Take **one** [pill](/pill/).", "") == []


# --- urls ------------------------------------------------------------------------------------

URL_VIOLATIONS = [
    pytest.param("See [it](/guide/).", "Vea [la](/guia/).", id="relative-changed"),
    pytest.param("See [it](https://a.org/x).", "Vea [la](https://a.org/y).", id="absolute"),
    pytest.param("See [it](http://a.org/).", "Vea [la](https://a.org/).", id="scheme-changed"),
    pytest.param("See [it](/guide/#dose).", "Vea [la](/guide/#dosis).", id="fragment-changed"),
    pytest.param("See [it](/guide/).", "Vea la guía.", id="link-dropped"),
    pytest.param("See the guide.", "Vea [la guía](/guide/).", id="link-added"),
    pytest.param("See [it](/guide/).", "Vea [la](/guide/) o [esta](/guide/).", id="duplicated"),
    pytest.param("Write [us](mailto:a@b.org).", "Escriba [nos](mailto:x@b.org).", id="mailto"),
    pytest.param("Go to <https://a.org>.", "Vaya a <https://a.es>.", id="autolink-changed"),
    pytest.param("Go to <https://a.org>.", "Vaya a https://a.org.", id="autolink-dropped"),
    pytest.param("Write <a@b.org>.", "Escriba a <c@b.org>.", id="email-autolink"),
    pytest.param("![Scan](/scan.png)", "![Escáner](/escaner.png)", id="image-src"),
    pytest.param("Read [the note][n1].", "Lea [la nota][n2].", id="reference-label"),
    pytest.param("Read [note][].", "Lea [nota][].", id="collapsed-reference"),
    pytest.param("Read [the note][n1].", "Lea [la nota](/n1/).", id="reference-to-inline"),
    pytest.param("![Scan][fig1]", "![Escáner][fig2]", id="image-reference"),
    pytest.param('<a href="/x">x</a>', '<a href="/y">x</a>', id="html-href"),
    pytest.param('<img src="/a.png">', '<img src="/b.png">', id="html-src"),
]


@pytest.mark.parametrize(("msgid", "msgstr"), URL_VIOLATIONS)
def test_url_violation(msgid: str, msgstr: str) -> None:
    assert messages("urls", msgid, msgstr)


def test_url_messages() -> None:
    assert messages("urls", "See [it](/guide/).", "Vea [la](/guia/).") == [
        "the link target `/guide/` changed to `/guia/`"
    ]
    assert messages("urls", "Read [the note][n1].", "Lea [la nota][n2].") == [
        "the reference label [n1] changed to [n2]"
    ]
    assert messages("urls", "See the guide.", "Vea [la guía](/guide/).") == [
        "the translation adds the link target `/guide/`, which is not in the source"
    ]
    assert messages("urls", "See [it](/guide/).", "Vea la guía.") == [
        "the link target `/guide/` in the source is missing in the translation"
    ]


ALLOWED = [
    pytest.param("[Contact us](/contact/)", "[Contacto](/es/contacto/)", id="relative"),
    pytest.param(
        "[Help](https://example.org/help/) or [us](/contact/).",
        "[Nosotros](/es/contacto/) o [ayuda](https://example.es/ayuda/).",
        id="two-reordered",
    ),
    pytest.param(
        '<a href="/contact/">Contact</a>', '<a href="/es/contacto/">Contacto</a>', id="html"
    ),
]


@pytest.mark.parametrize(("msgid", "msgstr"), ALLOWED)
def test_allowed_localized_url(msgid: str, msgstr: str) -> None:
    assert every_message(msgid, msgstr, LOCALIZED) == []
    assert messages("urls", msgid, msgstr, ES)  # not allowed without the setting


def test_allowed_url_only_replaces_never_adds() -> None:
    added = messages(
        "urls", "[Contact us](/contact/)", "[A](/contact/) [B](/es/contacto/)", LOCALIZED
    )
    assert added == [
        "the translation adds the link target `/es/contacto/`, which is not in the source"
    ]


def test_allowed_url_pairs_with_the_nearest_missing_one() -> None:
    found = messages(
        "urls", "[a](/a/) and [b](/contact/)", "[a](/otro/) y [b](/es/contacto/)", LOCALIZED
    )
    assert found == ["the link target `/a/` changed to `/otro/` (not an allowed localized URL)"]


def test_reference_label_is_not_excused_by_allowed_urls() -> None:
    ctx = EntryContext(language="es", source_language="en", allowed_urls=frozenset({"n2"}))
    assert messages("urls", "Read [the note][n1].", "Lea [la nota][n2].", ctx)


# --- unsafe HTML -------------------------------------------------------------------------------

UNSAFE = [
    pytest.param("Plain.", "Plano <script>alert(1)</script>.", id="script"),
    pytest.param("Plain.", 'Plano <iframe src="https://x.org"></iframe>.', id="iframe"),
    pytest.param("Plain.", "Plano <b>negrita</b>.", id="harmless-tag-added"),
    pytest.param("Plain.", "Plano <!-- nota -->.", id="comment-added"),
    pytest.param("Note <!-- keep -->", "Nota <!-- guardar -->", id="comment-changed"),
    pytest.param("<b>Bold</b>", '<b onclick="alert(1)">Negrita</b>', id="handler-added"),
    pytest.param('<b class="k">Bold</b>', '<b class="x">Negrita</b>', id="attribute-changed"),
    pytest.param("Plain.", 'Plano <img src="x" onerror="alert(1)">.', id="img-onerror"),
    pytest.param("<b>x</b>", "<b>x</b><b>y</b>", id="tag-duplicated"),
    pytest.param("See [it](/x).", "Vea [la](javascript:alert(1)).", id="javascript-link"),
    pytest.param("See [it](/x).", "Vea [la](JavaScript:alert(1)).", id="javascript-case"),
    pytest.param("See [it](/x).", "Vea [la](jav&#x61;script:alert(1)).", id="entity-link"),
    pytest.param("See [it](/x).", "Vea [la](vbscript:msgbox(1)).", id="vbscript-link"),
    pytest.param("See [it](/x).", "Vea [la](data:text/html,hi).", id="data-link"),
    pytest.param("See it.", "Vea <javascript:alert(1)>.", id="javascript-autolink"),
    pytest.param("![x](/a.png)", "![y](data:image/png;base64,AA)", id="data-image"),
    pytest.param(
        '<a href="/x">x</a>', '<a href="jav&#x61;script:alert(1)">x</a>', id="entity-attribute"
    ),
    pytest.param('<a href="/x">x</a>', '<a href=" java\tscript:alert(1)">x</a>', id="tab-scheme"),
    pytest.param(
        "![x](data:image/png;base64,AA)", "![y](data:image/png;base64,BB)", id="other-data"
    ),
]


@pytest.mark.parametrize(("msgid", "msgstr"), UNSAFE)
def test_unsafe_html_violation(msgid: str, msgstr: str) -> None:
    assert messages("unsafe-html", msgid, msgstr)


def test_unsafe_html_messages() -> None:
    assert messages("unsafe-html", "See [it](/x).", "Vea [la](javascript:alert(1)).") == [
        "javascript: URL `javascript:alert(1)` is not in the source"
    ]
    assert messages("unsafe-html", "Plain.", "Plano <!-- nota -->.") == [
        "HTML comment `<!-- nota -->` is not in the source"
    ]
    assert messages("unsafe-html", "x", "x <script>y</script>") == [
        "raw HTML `<script>` is not in the source",
        "raw HTML `</script>` is not in the source",
    ]


def test_unsafe_url_kept_from_the_source_passes() -> None:
    msgid = "Avoid [this](javascript:void(0)) and <!-- x --> <b>."
    msgstr = "Evite <b> [esto](javascript:void(0)) y <!-- x -->."
    assert messages("unsafe-html", msgid, msgstr) == []


def test_text_attribute_is_not_a_url() -> None:
    msgid = '<abbr title="pain">P</abbr>'
    msgstr = '<abbr title="data: dolor">D</abbr>'
    assert messages("unsafe-html", msgid, msgstr) == []


# --- the shipped catalogs ------------------------------------------------------------------------

CATALOGS = [  # not the generated, git-ignored pseudo-locale catalogs (painl10n pseudo)
    p for p in sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po")) if not is_pseudo(p.parts[-3])
]


def test_shipped_catalogs_are_found() -> None:
    languages = {path.parts[-3] for path in CATALOGS}
    assert {"es", "fr", "de", "ar"} <= languages


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: f"{p.parts[-3]}/{p.stem}")
def test_shipped_catalog_passes(path: Path) -> None:
    ctx = EntryContext(language=path.parts[-3], source_language="en")
    found = []
    for entry in polib.pofile(str(path)):
        if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags:
            found += [
                f"{entry.linenum}: {m}" for m in every_message(entry.msgid, entry.msgstr, ctx)
            ]
    assert found == []


AR = EntryContext(language="ar", source_language="en")


@pytest.mark.parametrize(
    "msgstr",
    [
        # opensource.guide's Arabic guides: a Latin name isolated, a link's direction set
        'ساهم <span dir="ltr">@kentcdodds</span> في المشروع.',
        'اقرأ <a href="https://x.org/" dir="ltr">GitHub Copilot</a> الآن.',
        'ساهم <bdi>@kentcdodds</bdi> و<span lang="en-GB" dir="ltr">Open Source</span>.',
    ],
)
def test_a_translation_may_set_the_direction_or_language_of_its_text(msgstr: str) -> None:
    msgid = 'Thanks to @kentcdodds and <a href="https://x.org/">GitHub Copilot</a>.'
    if "<a" not in msgstr:
        msgid = "Thanks to @kentcdodds and Open Source."
    assert messages("unsafe-html", msgid, msgstr, AR) == []
    assert messages("markup", msgid, msgstr, AR) == []


@pytest.mark.parametrize(
    "msgstr",
    [
        'ساهم <span dir="ltr" onclick="x()">@kentcdodds</span>.',  # more than a direction
        'ساهم <span class="big" dir="ltr">@kentcdodds</span>.',
        'ساهم <span dir="up">@kentcdodds</span>.',  # no direction
        'ساهم <img src="x.png" dir="ltr">@kentcdodds.',
    ],
)
def test_a_direction_carries_no_other_html_in(msgstr: str) -> None:
    assert messages("unsafe-html", "Thanks to @kentcdodds.", msgstr, AR) != []


# --- anchor-changed --------------------------------------------------------------------------

ANCHORED = ("See [the dose](../dosing/#how-much).", "Vea [la dosis](../dosing/#cuánto).")
TRANSLATED_IDS = EntryContext(
    language="es", source_language="en", generator="hugo", anchors_translated=True
)


def test_a_changed_anchor_is_a_warning_where_heading_ids_are_translated() -> None:
    assert messages("urls", *ANCHORED, TRANSLATED_IDS) == []
    assert messages("anchor-changed", *ANCHORED, TRANSLATED_IDS) == [
        "the anchor of the link target `../dosing/#how-much` changed to #cuánto: with "
        'heading_ids = "auto" a heading\'s id is made of its translation; make sure the '
        'linked page has this id (or keep the source\'s with heading_ids = "source")'
    ]
    # where every language keeps the source's ids, or on painl10n's pages: an error
    assert messages("urls", *ANCHORED) == [
        "the link target `../dosing/#how-much` changed to `../dosing/#cuánto`"
    ]
    assert messages("anchor-changed", *ANCHORED) == []


@pytest.mark.parametrize(
    "msgstr",
    [
        "Vea [la dosis](../dosis/#cuanto).",  # another page
        "Vea [la dosis](../dosing/).",  # the anchor dropped
        "Vea [la dosis](../dosing/?lang=es#cuanto).",  # another query
        "Vea [la dosis][cuanto].",  # a reference label instead
    ],
)
def test_only_the_anchor_of_the_same_page_may_change(msgstr: str) -> None:
    assert messages("urls", ANCHORED[0], msgstr, TRANSLATED_IDS)
    assert messages("anchor-changed", ANCHORED[0], msgstr, TRANSLATED_IDS) == []


def test_the_projects_heading_ids_reach_the_check(site: Path) -> None:
    from painl10n.pipeline.check import entry_context
    from painl10n.project import Project

    settings = site / "pyproject.toml"
    text = settings.read_text("utf-8")
    assert not entry_context(Project.load(site), "es").anchors_translated  # plain
    settings.write_text(text.replace("[tool.painl10n]\n", '[tool.painl10n]\ngenerator = "hugo"\n'))
    assert entry_context(Project.load(site), "es").anchors_translated
    settings.write_text(
        text.replace(
            "[tool.painl10n]\n", '[tool.painl10n]\ngenerator = "hugo"\nheading_ids = "source"\n'
        )
    )
    assert not entry_context(Project.load(site), "es").anchors_translated
