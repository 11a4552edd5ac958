"""Each generator's automatic heading ids, held to the real tools' own output.

MkDocs' is compared with Python-Markdown's ``toc`` itself (a dev dependency);
Docusaurus' and Jekyll's expectations were recorded from github-slugger (the
Docusaurus test site's copy) and from ``jekyll build`` (Debian's, kramdown's
GFM input, Jekyll's default) on these headings; Hugo's are checked against a
real Hugo build in ``tests/generators/test_hugo.py``.
"""

from __future__ import annotations

import pytest
from markdown.extensions.toc import slugify, unique

from painl10n.sources.heading_slugs import Ids, hugo_slug

HEADINGS = [
    "Hello, World!",
    "Dose (mg) — 500 mg/día",
    "über Café 2",
    "a  b",
    "emoji 😄 here",
    "12. Another one 1.1",
    "Do ^& it",
    "Header 1",
    "Header 1",
    "123",
    "¿Qué? İstanbul ǅ x_y",
    "Take code now",
    "",
]
# github-slugger and `jekyll build` wrote exactly these for HEADINGS less the
# empty one (Python-Markdown's own case: '_1').
GFM = [
    "hello-world",
    "dose-mg--500-mgdía",
    "über-café-2",
    "a--b",
    "emoji--here",
    "12-another-one-11",
    "do--it",
    "header-1",
    "header-1-1",
    "123",
    "qué-i̇stanbul-ǆ-x_y",
    "take-code-now",
]


def ids(generator: str, headings: list[str]) -> list[str]:
    table = Ids(generator)
    return [table.automatic(heading) for heading in headings]


@pytest.mark.parametrize("generator", ["docusaurus", "jekyll"])
def test_github_style_ids_are_the_recorded_ones(generator: str) -> None:
    assert ids(generator, HEADINGS[:-1]) == GFM


def test_mkdocs_ids_are_python_markdowns() -> None:
    used: set[str] = set()
    expected = [unique(slugify(heading, "-"), used) for heading in HEADINGS]
    assert ids("mkdocs", HEADINGS) == expected
    assert expected[-1] == "_1" and expected[8] == "header-1_1"


def test_hugo_ids_follow_goldmarks_github_rule() -> None:
    assert hugo_slug("Héllo wörld: *Ünïcode* & `code` 12") == "héllo-wörld-ünïcode--code-12"
    assert hugo_slug("[A link](x.md) and _em_ ½ ²") == "a-linkxmd-and-_em_--"
    assert hugo_slug("¿Qué? İstanbul ǅ  double  space") == "qué-istanbul-ǆ--double--space"
    assert ids("hugo", ["Dose", "Dose", "!!!", "!!!"]) == ["dose", "dose-1", "heading", "heading-1"]


def test_an_explicit_id_is_never_made_again() -> None:
    table = Ids("hugo")
    table.explicit("dose")
    assert [table.automatic("Dose"), table.automatic("Dose")] == ["dose-1", "dose-2"]
