"""Front matter key paths in YAML, TOML and JSON: the values they name become messages,
a translation replaces exactly those bytes and reads back, through the format's own
reader, as exactly the translated text."""

from __future__ import annotations

import json
import tomllib
from typing import Any

import pytest
import yaml

from painl10n.errors import Painl10nError
from painl10n.localize.assemble import assemble
from painl10n.sources.front_matter_formats import front_matter_formats
from painl10n.sources.model import Article
from painl10n.sources.segment import article_slug, segment_article

PATHS = ("title", "params.summary", "tags[]", "author.name", "resources[].title")
HUGO = front_matter_formats("hugo")

YAML_DOC = """\
---
title: Back pain
date: 2024-03-01
params:
  summary: "What helps: rest"
  weight: 3
tags: [pain, 'low back']
author: {name: Dr. Ana, id: 7}
resources:
  - src: a.png
    title: An X-ray
  - src: b.png
---

Body text.
"""

TOML_DOC = """\
+++
title = "Back pain"  # the page title
date = 2024-03-01
tags = ["pain", 'low back',
  \"\"\"relief\"\"\"]

[params]
summary = 'What helps: rest'
weight = 3

[author]
name = "Dr. Ana"

[[resources]]
src = "a.png"
title = "An X-ray"

[[resources]]
src = "b.png"
+++

Body text.
"""

JSON_DOC = """\
{
  "title": "Back pain",
  "date": "2024-03-01",
  "params": {"summary": "What helps: rest", "weight": 3},
  "tags": ["pain", "low back"],
  "author": {"name": "Dr. \\u0041na"},
  "resources": [{"src": "a.png", "title": "An X-ray"}, {"src": "b.png"}]
}

Body text.
"""


def _segment(text: str, fields: tuple[str, ...] = PATHS) -> Article:
    return segment_article(
        text, ref="a.md", default_slug="a", front_matter_fields=fields, front_matter_formats=HUGO
    )


def _front(kind: str, built: str) -> Any:
    """The built front matter, read by the format's own reader."""
    if kind == "yaml":
        return yaml.safe_load(built.split("---\n")[1])
    if kind == "toml":
        return tomllib.loads(built.split("+++\n")[1])
    return json.loads(built[: built.index("\n}\n") + 2])


DOCS = {"yaml": YAML_DOC, "toml": TOML_DOC, "json": JSON_DOC}
EXPECTED = [
    ("Back pain", "front matter: title", 2),
    ("What helps: rest", "front matter: params.summary", None),
    ("pain", "front matter: tags[]", None),
    ("low back", "front matter: tags[]", None),
    ("Dr. Ana", "front matter: author.name", None),
    ("An X-ray", "front matter: resources[].title", None),
]


@pytest.mark.parametrize("kind", DOCS)
def test_key_paths_name_nested_values_and_list_items(kind: str) -> None:
    article = _segment(DOCS[kind])
    found = sorted((s.msgid, s.kind) for s in article.segments if s.kind != "paragraph")
    expected = [(msgid, what) for msgid, what, _ in EXPECTED]
    if kind == "toml":
        expected.append(("relief", "front matter: tags[]"))
    assert found == sorted(expected)
    for seg in article.segments:  # each line number points at its value
        assert seg.msgid.split()[-1] in DOCS[kind].splitlines()[seg.line - 1].replace(
            "\\u0041", "A"
        )


@pytest.mark.parametrize("kind", DOCS)
def test_identity_translation_is_byte_identical(kind: str) -> None:
    text = DOCS[kind]
    for variant in (text, text.replace("\n", "\r\n")):
        article = _segment(variant)
        assert assemble(article, lambda seg: seg.msgid).text == variant


HOSTILE = [
    'Dolor: "lumbar" # no es un comentario',
    "Guía \\ del 'dolor'",
    "yes",
    "- 12",
    "tab\there",
    "línea\nsegunda",
    "{[ *alias &anchor !tag %",
    "NEL\x85 LS\u2028 bell\x07",
    "Ana, Luis [x] {y}",  # ends a plain value inside YAML's {…} (author) or […]
    "a:b ? c",
]


@pytest.mark.parametrize("kind", DOCS)
@pytest.mark.parametrize("translation", HOSTILE)
def test_translations_read_back_exactly_through_the_real_parsers(
    kind: str, translation: str
) -> None:
    article = _segment(DOCS[kind])

    def lookup(seg: Any) -> str | None:
        return None if seg.kind == "paragraph" else f"{translation} ({seg.msgid})"

    front = _front(kind, assemble(article, lookup).text)
    assert front["title"] == f"{translation} (Back pain)"
    assert front["params"]["summary"] == f"{translation} (What helps: rest)"
    assert front["tags"][:2] == [f"{translation} (pain)", f"{translation} (low back)"]
    assert front["author"]["name"] == f"{translation} (Dr. Ana)"
    assert front["resources"][0] == {"src": "a.png", "title": f"{translation} (An X-ray)"}
    assert front["resources"][1] == {"src": "b.png"}
    assert front["params"]["weight"] == 3 and str(front["date"]) == "2024-03-01"


@pytest.mark.parametrize("kind", DOCS)
def test_only_the_translated_values_bytes_change(kind: str) -> None:
    text = DOCS[kind]
    article = _segment(text, ("params.summary",))
    built = assemble(
        article, lambda seg: "Qué ayuda" if seg.msgid.startswith("What") else None
    ).text
    source_lines, built_lines = text.splitlines(), built.splitlines()
    changed = [n for n, (a, b) in enumerate(zip(source_lines, built_lines, strict=True)) if a != b]
    assert len(changed) == 1 and "Qué ayuda" in built_lines[changed[0]]
    assert (
        built_lines[changed[0]].replace("Qué ayuda", "What helps: rest") == source_lines[changed[0]]
    )


@pytest.mark.parametrize(
    ("source", "translation", "expected_line"),
    [
        ("title: 'single'", "it's", "title: 'it''s'"),
        ('title: "double"', "plain", 'title: "plain"'),
        ("title: plain", "still plain", "title: still plain"),
        ("title: &t anchored", "kept", "title: &t kept"),
    ],
)
def test_yaml_values_keep_their_quoting_style(
    source: str, translation: str, expected_line: str
) -> None:
    text = f"---\n{source}\n---\n\nBody.\n"
    built = assemble(_segment(text), lambda seg: translation if seg.line == 2 else None).text
    assert built.splitlines()[1] == expected_line
    assert yaml.safe_load(built.split("---\n")[1])["title"] == translation


@pytest.mark.parametrize(
    ("header", "translation", "written"),
    [
        ("|", "Uno\nDos\n", "|\n  Uno\n  Dos\n"),
        ("|-", "Uno\n\nDos", "|-\n  Uno\n\n  Dos\n"),
        (">-", "Una línea larga", ">-\n  Una línea larga\n"),
        (">", "Dos\nlíneas\n", '"Dos\\nlíneas\\n"\n'),  # a folded break: double-quoted
        ("|", "  sangría\n", '"  sangría\\n"\n'),  # more indented: double-quoted
        ("|", "---\n", '"---\\n"\n'),  # would close the front matter: double-quoted
        ("|2", "Uno\n", '"Uno\\n"\n'),  # an explicit indentation: double-quoted
        ("|+", "Uno\n", '"Uno\\n"\n'),  # "keep" chomping: double-quoted
    ],
)
def test_yaml_block_scalars_stay_blocks_when_they_can(
    header: str, translation: str, written: str
) -> None:
    text = f"---\nsummary: {header}\n  First\n  second\nafter: x\n---\n\nBody.\n"
    article = _segment(text, ("summary",))
    built = assemble(article, lambda seg: translation if seg.line == 2 else None).text
    assert built.startswith(f"---\nsummary: {written}after: x\n---\n")
    assert yaml.safe_load(built.split("---\n")[1])["summary"] == translation


@pytest.mark.parametrize(
    ("source", "translation", "written"),
    [
        ("'literal'", "sin comilla", "'sin comilla'"),
        ("'literal'", "con 'comilla'", "\"con 'comilla'\""),
        ('"""multi\nline"""', "una\nlínea", '"una\\nlínea"'),
        ('"basic"', 'a "b" \\ c\x01', '"a \\"b\\" \\\\ c\\u0001"'),
    ],
)
def test_toml_strings_are_written_one_line_and_escaped(
    source: str, translation: str, written: str
) -> None:
    text = f"+++\ntitle = {source}\n+++\n\nBody.\n"
    built = assemble(_segment(text), lambda seg: translation if seg.line == 2 else None).text
    assert built.startswith(f"+++\ntitle = {written}\n+++\n")
    assert tomllib.loads(built.split("+++\n")[1])["title"] == translation


@pytest.mark.parametrize(
    ("text", "fields", "message", "line"),
    [
        (
            "---\ntags:\n  - pain\n  - 0x0C\n---\n\nx\n",
            ("tags[]",),
            "front matter field 'tags[]' is a number in YAML, not text: '0x0C'",
            4,
        ),
        (
            "---\nparams: just text\n---\n\nx\n",
            ("params.summary",),
            "front matter field 'params' is text, not a mapping",
            2,
        ),
        (
            "---\ntags: pain\n---\n\nx\n",
            ("tags[]",),
            "front matter field 'tags' is text, not a list",
            2,
        ),
        (
            "---\nauthor:\n  name: {first: Ana}\n---\n\nx\n",
            ("author.name",),
            "front matter field 'author.name' is a mapping, not text",
            3,
        ),
        (
            "+++\ntitle = 'x'\n[params]\nsummary = true\n+++\n\nx\n",
            ("params.summary",),
            "front matter field 'params.summary' is a yes/no value in TOML, not text",
            4,
        ),
        (
            '{\n  "resources": [\n    {"title": 3.50}\n  ]\n}\n\nx\n',
            ("resources[].title",),
            "front matter field 'resources[].title' is a number in JSON, not text: '3.50'",
            3,
        ),
        ("+++\ntitle = 'x'\nbroken =\n+++\n\nx\n", (), "broken TOML front matter", 3),
        ('{\n  "title": "x",\n  "b": tru\n}\n\nx\n', (), "broken JSON front matter", 3),
        ('{\n  "a": 1,\n  "a": 2\n}\n\nx\n', (), "front matter key 'a' is given twice", 1),
        ("+++\ntitle = 'x'\n\nBody.\n", (), "front matter is not closed", 1),
    ],
)
def test_a_path_to_something_else_than_text_is_an_error_at_its_line(
    text: str, fields: tuple[str, ...], message: str, line: int
) -> None:
    with pytest.raises(Painl10nError) as caught:
        _segment(text, fields)
    assert message in str(caught.value)
    assert caught.value.path == "a.md" and caught.value.line == line


@pytest.mark.parametrize("kind", DOCS)
def test_a_path_absent_from_the_article_names_nothing(kind: str) -> None:
    article = _segment(
        DOCS[kind], ("subtitle", "params.missing.deep", "missing[]", "resources[].alt")
    )
    assert [seg.kind for seg in article.segments] == ["paragraph"]


def test_toml_and_json_front_matter_are_markdown_where_the_generator_reads_none() -> None:
    """For ``plain`` (YAML only) a file starting with ``+++`` or ``{`` is Markdown, as before."""
    assert front_matter_formats("plain") == ("yaml",) == front_matter_formats("mkdocs")
    for text in (TOML_DOC, JSON_DOC):
        article = segment_article(text, ref="a.md", default_slug="a", front_matter_fields=PATHS)
        assert article.front_matter == {}
        assert all(seg.kind == "paragraph" for seg in article.segments)


@pytest.mark.parametrize("kind", ["toml", "json"])
def test_the_page_facts_and_slug_come_from_toml_and_json_too(kind: str) -> None:
    text = DOCS[kind].replace("Back pain", "Back pain", 1)
    article = _segment(text)
    assert article.front_matter["title"] == "Back pain"
    assert article.segments[-1].msgid == "Body text." and article.segments[-1].line == (
        text.splitlines().index("Body text.") + 1
    )
    slugged = text.replace("title", "slug", 1).replace("Back pain", "back-pain", 1)
    assert article_slug(slugged, ref="a.md", default_slug="a", front_matter_formats=HUGO) == (
        "back-pain"
    )


def test_identity_keeps_yaml_bytes_no_writer_would_reproduce() -> None:
    """Escapes, a plain value over two lines, a folded block, a '|+' block: written
    anew they would read the same but look different; unchanged, they keep their bytes."""
    text = (
        '---\ntitle: "caf\\u00e9 \\x41"\nparams:\n  summary: a plain value\n    on two lines\n'
        "tags:\n  - >\n    folded\n    over lines\n  - |+\n    kept\n\n---\n\nBody.\n"
    )
    article = _segment(text)
    assert [seg.msgid for seg in article.segments][:3] == [
        "café A",
        "a plain value on two lines",
        "folded over lines\n",
    ]
    assert assemble(article, lambda seg: seg.msgid).text == text


def test_a_reference_definition_lookalike_inside_toml_is_no_link_title() -> None:
    text = '+++\ntitle = """\n[x]: https://a.example "Not a title"\n"""\n+++\n\n[x]: https://b.example\n'
    assert [seg.kind for seg in _segment(text).segments] == ["front matter: title"]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("yaml", "---\ntitle: 2019\ntags: [404, pain]\nweight: -2019\n---\n\nBody.\n"),
        ("toml", "+++\ntitle = 2019\ntags = [404, 'pain']\nweight = -2019\n+++\n\nBody.\n"),
        ("json", '{\n  "title": 2019,\n  "tags": [404, "pain"],\n  "weight": -2019\n}\n\nBody.\n'),
    ],
)
def test_a_number_shown_as_written_is_offered_and_translated_as_text(kind: str, text: str) -> None:
    """OpenTelemetry's blog has ``title: 2019`` on each year's ``_index.md``: Hugo shows
    "2019", so the page must not be refused; a translation is written as a string."""
    article = _segment(text, ("title", "tags[]"))
    assert [(seg.msgid, seg.kind) for seg in article.segments[:3]] == [
        ("2019", "front matter: title"),
        ("404", "front matter: tags[]"),
        ("pain", "front matter: tags[]"),
    ]
    assert assemble(article, lambda seg: seg.msgid).text == text  # identity: same bytes
    arabic = {"2019": "٢٠١٩", "404": "2020"}
    built = assemble(article, lambda seg: arabic.get(seg.msgid)).text
    front = _front(kind, built)
    assert front["title"] == "٢٠١٩" and front["tags"] == ["2020", "pain"]  # "2020": a string
    assert front["weight"] == -2019  # not configured: untouched
