"""Which source edits are typography only (the translation stands, not fuzzy)."""

# ruff: noqa: RUF001  (typographic look-alikes are the test data)

from __future__ import annotations

import pytest

from painl10n.catalogs.typography import typography_only

SAME = [
    pytest.param("Don't stop.", "Don’t stop.", id="apostrophe"),
    pytest.param('Say "no" now.', "Say “no” now.", id="curly-double"),
    pytest.param('Say "no" now.', "Say « no » now.", id="guillemets-with-spaces"),
    pytest.param("Say 'no' now.", "Say ‘no’ now.", id="curly-single"),
    pytest.param("Say ‘no’ now.", "Say “no” now.", id="single-to-double"),
    pytest.param("Say „nein“ now.", 'Say "nein" now.', id="german-quotes"),
    pytest.param("10-20 mg", "10–20 mg", id="range-en-dash"),
    pytest.param("pain - relief", "pain—relief", id="spaced-hyphen-to-em-dash"),
    pytest.param("pain -- relief", "pain – relief", id="double-hyphen"),
    pytest.param("-5 °C", "−5 °C", id="hyphen-to-minus-sign"),
    pytest.param("pain-related", "pain\u2011related", id="non-breaking-hyphen"),
    pytest.param("Wait...", "Wait…", id="ellipsis"),
    pytest.param("a  b", "a b", id="double-space"),
    pytest.param("Dr. Ruiz", "Dr.\u00a0Ruiz", id="no-break-space"),
    pytest.param("50 %", "50%", id="space-before-percent"),
    pytest.param("Pourquoi ?", "Pourquoi\u202f?", id="narrow-no-break-before-question"),
    pytest.param("1 000 mg", "1\u202f000 mg", id="group-space-kind"),
    pytest.param("**Don't** stop", "**Don’t** stop", id="inside-emphasis"),
    pytest.param("5' tall", "5′ tall", id="prime-after-digit"),
    pytest.param('[a](u "t")', "[a](u 't')", id="link-title-delimiters"),
    pytest.param("<b>a-b</b>", "<b>a–b</b>", id="text-between-html-tags"),
    pytest.param("unchanged", "unchanged", id="identical"),
]

DIFFERENT = [
    pytest.param("1,5 mg", "15 mg", id="comma-between-digits"),
    pytest.param("1.5 mg", "1,5 mg", id="decimal-mark"),
    pytest.param("1, 5", "1,5", id="space-after-comma"),
    pytest.param("−5 °C", "5 °C", id="minus-removed"),
    pytest.param("well-being", "well being", id="hyphen-removed"),
    pytest.param("1 000", "1000", id="space-between-digits"),
    pytest.param("ab", "a b", id="space-splits-word"),
    pytest.param("Wait...", "Wait.", id="ellipsis-to-period"),
    pytest.param("3 mg", "3 mg.", id="period-added"),
    pytest.param("Stop.", "Stop!", id="period-to-exclamation"),
    pytest.param("pain", "Pain", id="letter-case"),
    pytest.param("5' tall", '5" tall', id="feet-to-inches"),
    pytest.param("*a* b", "_a_ b", id="emphasis-marker"),
    pytest.param("**a** b", "*a* b", id="strong-to-em"),
    pytest.param("[a](https://x.org/a-b)", "[a](https://x.org/a–b)", id="link-target-dash"),
    pytest.param('[a](u "t-1")', '[a](u "t–1")', id="link-title-text"),
    pytest.param("Use `a-b`", "Use `a–b`", id="code-span"),
    pytest.param('<a title="a-b">x</a>', '<a title="a–b">x</a>', id="raw-html-attribute"),
    pytest.param("**a** `c`", "**a**`c`", id="space-between-markup"),
    pytest.param("take it", "take it not", id="word-added"),
]


@pytest.mark.parametrize(("old", "new"), SAME)
def test_typography_only(old: str, new: str) -> None:
    assert typography_only(old, new)
    assert typography_only(new, old)


@pytest.mark.parametrize(("old", "new"), DIFFERENT)
def test_not_typography_only(old: str, new: str) -> None:
    assert not typography_only(old, new)
    assert not typography_only(new, old)
