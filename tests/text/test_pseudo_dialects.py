"""Pseudo-locales on a generator's dialect: its inline syntax left alone, brackets it never reads.

en-XA used to accent shortcode names (half of a Hugo site's pages stopped
building) and its ``\\[…\\]`` brackets were display math to MkDocs' arithmatex.
"""

from __future__ import annotations

import markdown
import pytest

from painl10n.text.dialect_syntax import tokens
from painl10n.text.pseudo import pseudo_translate

SAMPLES = {
    "hugo": 'See {{< ref "dosage.md" >}} and {{% note %}}rest{{% /note %}} {#dosage}.',
    "jekyll": "Read {% link dose.md %} by {{ page.author }} today.",
    "mkdocs": "Press :material-pill: for $5 \\times 10$ mg { #dose }.",
    "docusaurus": "Take <Dose mg={5} /> with {props.food} daily.",
}


@pytest.mark.parametrize("generator", sorted(SAMPLES))
@pytest.mark.parametrize("language", ["en-XA", "ar-XB"])
def test_every_dialect_token_survives_pseudo_translation(generator: str, language: str) -> None:
    text = SAMPLES[generator]
    pseudo = pseudo_translate(text, language, generator=generator)
    assert pseudo != text
    assert tokens(pseudo, generator) == tokens(text, generator)
    assert len(tokens(text, generator)) >= 2


@pytest.mark.parametrize("generator", sorted(SAMPLES))
def test_en_xa_brackets_are_no_dialects_syntax(generator: str) -> None:
    pseudo = pseudo_translate("Take one tablet.", "en-XA", generator=generator)
    assert pseudo.startswith("\u27e6") and pseudo.endswith("\u27e7")
    assert "\\[" not in pseudo and "$" not in pseudo


def test_plain_projects_keep_their_pseudo_text() -> None:
    """CommonMark has no such syntax: en-XA is as it always was there."""
    pseudo = pseudo_translate('See {{< ref "a.md" >}} now.', "en-XA")
    assert pseudo.startswith("\\[Šéé {{< ŕéƒ ") and pseudo.endswith("\\]")


def test_mkdocs_inline_attribute_lists_keys_and_mentions_are_syntax() -> None:
    """Material's docs: ':material-clock-fast:{ .lg .middle }' lost its classes to the
    accents, '++ctrl+alt++' its keys, '@james-willett' its magiclink (a page each)."""
    text = (
        ":material-clock-fast:{ .lg .middle } Set up thanks to @james-willett: press "
        '++ctrl+alt+del++, see [it](y){ width="30" }.'
    )
    assert tokens(text, "mkdocs") == [
        ":material-clock-fast:",
        "{ .lg .middle }",
        "@james-willett",
        "++ctrl+alt+del++",
        '{ width="30" }',
    ]
    pseudo = pseudo_translate(text, "en-XA", generator="mkdocs")
    assert tokens(pseudo, "mkdocs") == tokens(text, "mkdocs")
    assert "Šéţ ûṗ ţĥåñķš ţö @james-willett" in pseudo


def test_near_misses_are_words() -> None:
    """Braces without a class, id or key=, a '+' in prose, an e-mail's '@'."""
    text = "Use C++ or {plain braces} and mail me@example at 3 @ noon."
    assert tokens(text, "mkdocs") == []
    assert "{ṗļåîñ ƀŕåçéš}" in pseudo_translate(text, "en-XA", generator="mkdocs")


def test_tokens_around_the_text_stay_outside_the_brackets() -> None:
    """'{{% alert %}} **Hi** {{% /alert %}}' on a line: with '⟦' before the shortcode
    Hugo put the alert inside a paragraph (Docsy's shortcodes page lost its alert box)."""
    line = '{{% alert title="Welcome" %}} **Hello**, world! {{% /alert %}}'
    assert pseudo_translate(line, "en-XA", generator="hugo") == (
        '{{% alert title="Welcome" %}} ⟦**Ĥéļļö**, ŵöŕļð! one⟧ {{% /alert %}}'
    )
    assert pseudo_translate("Text {{< x >}} here", "en-XA", generator="hugo") == (
        "⟦Ţéẋţ {{< x >}} ĥéŕé one two⟧"  # a token inside the text stays inside
    )
    only = pseudo_translate("{{< a >}}{{< b >}}", "en-XA", generator="hugo")
    assert only == "⟦{{< a >}}{{< b >}} one two⟧"  # no text: bracketed as before
    icons = pseudo_translate(
        ":material-pill: Take it :material-check:", "en-XA", generator="mkdocs"
    )
    assert icons == ":material-pill: ⟦Ţåķé îţ one⟧ :material-check:"


@pytest.mark.parametrize("generator", ["hugo", "docusaurus"])
def test_bare_links_stay_links_goldmark_and_gfm_read(generator: str) -> None:
    """goldmark's Linkify (Hugo 0.168, checked) and GFM's autolink literals make a bare
    URL or e-mail address a link only after a blank: '⟦https://…' and an accented address
    were plain text on rclone's pseudo pages (azureblob, b2, oracleobjectstorage, drive)."""
    url = pseudo_translate("https://example.com/a#b", "en-XA", generator=generator)
    assert url.startswith("⟦ https://example.com/a#b ")
    mail = pseudo_translate("user@example.com", "en-XA", generator=generator)
    assert mail.startswith("⟦ user@example.com ")
    inside = pseudo_translate(
        "Mail user@example.com or www.example.com", "en-XA", generator=generator
    )
    assert inside.startswith("⟦Ṁåîļ user@example.com öŕ www.example.com ")
    # Near misses: text first keeps the bracket on it; no domain is no address.
    assert pseudo_translate("Go to x.org", "en-XA", generator=generator).startswith("⟦Ĝö ţö ẋ.öŕĝ")
    assert "ṁé@éẋåṁṗļé" in pseudo_translate("me@example today", "en-XA", generator=generator)


def test_plain_projects_accent_bare_addresses_as_before() -> None:
    assert pseudo_translate("user@example.com", "en-XA") == "\\[ûšéŕ@éẋåṁṗļé.çöṁ one\\]"


SMART = frozenset({"pymdownx.smartsymbols"})


def test_smartsymbols_ordinals_and_letter_symbols_stay_for_the_generator() -> None:
    """pymdownx.smartsymbols writes '4th' as '4<sup>th</sup>' and '(c)' as '©': accented
    ('4ţĥ') they were text (two of Material's pages lost a <sup>). Kept only where the
    extension is on; a translation may write them its own way ('4.º')."""
    text = "On the 4th and 21st day, not 4thx or 4 th (c) c/o us (tm)."
    pseudo = pseudo_translate(text, "en-XA", generator="mkdocs", extensions=SMART)
    assert pseudo.startswith("⟦Öñ ţĥé 4th åñð 21st ðåý, ñöţ 4ţĥẋ öŕ 4 ţĥ (c) c/o ûš (tm).")
    rendered = markdown.markdown(pseudo, extensions=["pymdownx.smartsymbols"])
    assert rendered.count("<sup>") == markdown.markdown(text, extensions=[*SMART]).count("<sup>")
    assert "4<sup>th</sup>" in rendered and "&copy;" in rendered and "&trade;" in rendered
    plain = pseudo_translate(text, "en-XA", generator="mkdocs")  # the extension is off
    assert "4ţĥ åñð 21šţ" in plain and "(ç)" in plain
    assert tokens(text, "mkdocs", SMART) == []  # no syntax the translation must keep


def test_magiclink_repository_references_are_syntax() -> None:
    """'user/repo#12' is pymdownx.magiclink's link to an issue: accented, it pointed to
    another repository (Material's git-committers footnote)."""
    text = "See byrnereese/mkdocs-git-committers-plugin#12, a/b!3 and x/y@1a2b3c4 here."
    assert tokens(text, "mkdocs") == [
        "byrnereese/mkdocs-git-committers-plugin#12",
        "a/b!3",
        "x/y@1a2b3c4",
    ]
    pseudo = pseudo_translate(text, "en-XA", generator="mkdocs")
    assert tokens(pseudo, "mkdocs") == tokens(text, "mkdocs")
    shorthand = {"pymdownx.magiclink": {"repo_url_shorthand": True}}  # Material's setting
    rendered = markdown.markdown(
        pseudo, extensions=["pymdownx.magiclink"], extension_configs=shorthand
    )
    assert "https://github.com/byrnereese/mkdocs-git-committers-plugin/issues/12" in rendered
    near = "Use and/or 3 mg, a path docs/a.md#12x or #12 alone."  # near misses: no reference
    assert tokens(near, "mkdocs") == []


def test_hugos_passthrough_formulas_are_syntax_when_the_site_enables_them() -> None:
    """Docsy's '\\(\\LaTeX\\)' was accented into '\\(\\ĻåŢéẊ\\)', which KaTeX refuses."""
    math = (("\\[", "\\]"), ("$$", "$$"), ("\\(", "\\)"))
    text = r"With [\(\KaTeX\)](https://katex.org/), \(x^2\) and $$a_b$$, not \\(y\\)."
    assert tokens(text, "hugo", math=math) == [r"\(\KaTeX\)", r"\(x^2\)", "$$a_b$$"]
    pseudo = pseudo_translate(text, "en-XA", generator="hugo", math=math)
    assert tokens(pseudo, "hugo", math=math) == tokens(text, "hugo", math=math)
    assert r"\\(ý\\)" in pseudo and "Ŵîţĥ" in pseudo
    assert pseudo_translate(r"\(x\) is small", "en-XA", generator="hugo", math=math).startswith(
        "\\(x\\) \u27e6îš šṁåļļ"
    )
    # near miss: a site without the extension has no formulas
    assert tokens(text, "hugo") == []
    assert r"\(ẋ^2\)" in pseudo_translate(text, "en-XA", generator="hugo")


def test_the_code_of_hugos_inline_highlight_shortcode_is_syntax() -> None:
    """hugo-docs' 'This is some {{< highlight go "hl_inline=true" >}}fmt.Println(…)
    {{< /highlight >}} code.': en-XA accented the Go code between the tags."""
    text = (
        'This is some {{< highlight go "hl_inline=true" >}}fmt.Println("inline")'
        "{{< /highlight >}} code."
    )
    assert len(tokens(text, "hugo")) == 1
    pseudo = pseudo_translate(text, "en-XA", generator="hugo")
    assert 'fmt.Println("inline"){{< /highlight >}} çöðé.' in pseudo
    # near miss: another shortcode's inner text is text
    other = text.replace("highlight", "mark")
    assert "ƒṁţ.Ṗŕîñţļñ" in pseudo_translate(other, "en-XA", generator="hugo")
