"""A translation's absolute page address moves under its language; nothing else does."""

from __future__ import annotations

import pytest

from painl10n.localize.permalinks import localized_address
from painl10n.sources.front_matter_formats import front_matter_formats


def moved(text: str, generator: str = "hugo", code: str = "es") -> str:
    formats = front_matter_formats(generator)
    return localized_address(text, generator=generator, code=code, formats=formats, ref="a.md")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("---\ntitle: A\nurl: /about/\n---\nBody /about/\n", "/es/about/"),
        ('---\nurl: "/a b/"\n---\n', '"/es/a b/"'),
        ("---\nurl: '/about/'\n---\n", "'/es/about/'"),
        ('+++\ntitle = "A"\nurl = "/about/"\n+++\n', '"/es/about/"'),
        ("+++\nurl = '/about/'\n+++\n", "'/es/about/'"),
        ('{\n  "url": "/about/"\n}\n', '"/es/about/"'),
    ],
)
def test_absolute_url_moves_under_the_language_in_its_own_style(source: str, expected: str) -> None:
    result = moved(source)
    assert expected in result
    assert result.replace(expected, "X") == source.replace(
        expected.replace("/es", "", 1), "X", 1
    )  # nothing else changed: not the body's "/about/" either


@pytest.mark.parametrize(
    "source",
    [
        "---\nurl: https://example.es/about/\n---\n",  # a full URL: the publisher's own
        "---\nurl: about/\n---\n",  # relative
        "---\nurl: //cdn.example.org/x/\n---\n",  # scheme-relative
        "---\nurl: /es/about/\n---\n",  # already under the language
        "---\nurl: /es\n---\n",
        "---\nurl: 3\n---\n",  # not a text: the generator's to report
        "---\ntitle: url\n---\nurl: /about/\n",  # no such field; body text
        "---\npermalink: /about/\n---\n",  # Hugo's field is url
    ],
)
def test_other_addresses_are_left_alone(source: str) -> None:
    assert moved(source) == source


def test_jekyll_permalink_and_pseudo_locale_code() -> None:
    assert moved("---\npermalink: /about/\n---\n", "jekyll", "en-XA") == (
        "---\npermalink: /en-XA/about/\n---\n"
    )
    assert moved("---\nurl: /about/\n---\n", "jekyll") == "---\nurl: /about/\n---\n"


@pytest.mark.parametrize("generator", ["mkdocs", "docusaurus", "plain"])
def test_generators_that_place_translations_themselves_keep_theirs(generator: str) -> None:
    text = "---\nurl: /about/\npermalink: /about/\nslug: /about\n---\n"
    assert moved(text, generator) == text


def test_crlf_front_matter_keeps_its_line_endings() -> None:
    assert moved("---\r\nurl: /about/\r\n---\r\nx\r\n") == "---\r\nurl: /es/about/\r\n---\r\nx\r\n"
