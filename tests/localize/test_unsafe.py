"""Unsafe markup a translation added never reaches the localized Markdown (issue 17)."""

from __future__ import annotations

import pytest

from painl10n.localize.assemble import assemble
from painl10n.localize.unsafe import neutralize
from painl10n.site.render import render_markdown
from painl10n.sources.markdown import parser
from painl10n.sources.segment import segment_article
from painl10n.text.html_policy import safe_piece


def build(text: str, translations: dict[str, str]) -> str:
    article = segment_article(text, ref="a.md", default_slug="a", front_matter_fields=())
    return assemble(article, lambda seg: translations.get(seg.msgid)).text


@pytest.mark.parametrize(
    ("translation", "shown"),
    [
        ("Hola <script>alert(1)</script>", "<p>Hola &lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
        ('<iframe src="https://evil.example"></iframe>', "&lt;iframe"),
        ("<!-- hidden -->", "&lt;!-- hidden --&gt;"),
        ('<a id="main" class="skip-link" href="#main">Saltar</a>', "&lt;a id="),
        ("[clic](javascript:alert(1))", "<p>[clic](javascript:alert(1))</p>"),
        ("[clic](jav&#x09;ascript:alert(1))", "[clic](jav\tascript:alert(1))"),
        ("<javascript:alert(1)>", "<p>&lt;javascript:alert(1)&gt;</p>"),
        ('<p title="</noscript><img src=x onerror=alert(1)>">', "&lt;img src=x onerror"),
    ],
)
def test_unsafe_markup_a_translation_added_is_shown_as_text(translation: str, shown: str) -> None:
    text = neutralize(translation, "Hello")
    html = render_markdown(text + "\n")  # markdown-it with raw HTML on, no sanitizer
    assert shown in html
    tokens = parser().parse(text)
    raw = [t for t in tokens if t.type == "html_block"] + [
        child for t in tokens for child in t.children or [] if child.type == "html_inline"
    ]
    assert all(safe_piece(token.content) for token in raw)  # "</a>" alone may stay


@pytest.mark.parametrize(
    "translation",
    [
        "Texto en <b>negrita</b> y <sup>2</sup>",
        '<a href="/relative/page.html">página</a> y <a href="mailto:a@example.org">correo</a>',
        "[enlace](https://example.org) y ![imagen](img.png)",
        "Código `<script>` y `[x](javascript:y)` en un bloque de código",
        "5 < 10 y 10 > 5",
        # a direction or a language set by the translation (the unsafe-html check allows it)
        'ساهم <span dir="ltr">@kentcdodds</span> و<bdi>GitHub</bdi>',
        '<a href="https://example.org/" dir="ltr">GitHub</a> <span lang="en">opt-in</span>',
    ],
)
def test_safe_markup_and_code_are_left_as_written(translation: str) -> None:
    assert neutralize(translation, "Hello") == translation


def test_what_the_source_has_is_kept_even_if_unsafe() -> None:
    source = 'Press <kbd id="k">Ctrl</kbd> <span style="color:red">now</span>'
    translation = 'Pulse <kbd id="k">Ctrl</kbd> <span style="color:red">ya</span>'
    assert neutralize(translation, source) == translation
    # but not a second copy of it
    twice = translation + ' <span style="color:red">!</span>'
    assert neutralize(twice, source) == translation + ' \\<span style="color:red">!</span>'


def test_assembled_article_escapes_a_translators_script() -> None:
    source = "# Dose\n\nTake it <b>daily</b>.\n"
    built = build(
        source,
        {
            "Dose": "Dosis <script>x()</script>",
            "Take it <b>daily</b>.": ('Tómelo <b>a diario</b>.<img src=x onerror="x()">'),
        },
    )
    assert built == (
        '# Dosis \\<script>x()\\</script>\n\nTómelo <b>a diario</b>.\\<img src=x onerror="x()">\n'
    )


def test_identity_translation_is_byte_for_byte_the_source() -> None:
    source = '<div class="note">\n\nA <span id="x">note</span> <!-- c --> [a](javascript:void)\n'
    article = segment_article(source, ref="a.md", default_slug="a", front_matter_fields=())
    assert build(source, {seg.msgid: seg.msgid for seg in article.segments}) == source
