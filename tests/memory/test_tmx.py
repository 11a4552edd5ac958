"""TMX 1.4b: reading CAT-tool exports, writing our own, refusing unsafe XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from painl10n.errors import Painl10nError
from painl10n.memory.tmx import Pair, language_matches, parse_tmx, write_tmx
from tests.helpers.samples import CAT_TOOL_SAMPLE

# Shaped like a Trados/memoQ/OmegaT export: DOCTYPE, upper-case codes, a TMX 1.1
# `lang` attribute, inline tags, props and notes, a unit in another source language.


def parse(data: bytes, target: str = "es", source: str = "en") -> tuple[list[Pair], int]:
    content = parse_tmx(data, shown="memory.tmx", source_language=source, target_language=target)
    return content.pairs, content.skipped


def test_cat_tool_sample_inline_tags_read_as_text() -> None:
    pairs, skipped = parse(CAT_TOOL_SAMPLE)
    assert pairs == [
        Pair("Take **two** tablets.", "Tome **dos** comprimidos."),
        Pair(
            "See [the leaflet](leaflet.html) for details.", "Consulte [el prospecto](leaflet.html)."
        ),
        Pair("Fish & chips <3", "Pescado & patatas <3"),  # exact code wins over a variant
    ]
    assert skipped == 3  # German source, French only, empty target


def test_other_target_language_from_the_same_file() -> None:
    pairs, _ = parse(CAT_TOOL_SAMPLE, target="fr")
    assert pairs == [Pair("Only French here.", "Seulement en français.")]


def test_all_source_languages_and_project_source_other_than_english() -> None:
    data = b"""<tmx version="1.4"><header srclang="*all*" segtype="sentence" o-tmf="x"
      adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>
      <tu><tuv xml:lang="de"><seg>Schmerz</seg></tuv><tuv xml:lang="es"><seg>dolor</seg></tuv></tu>
    </body></tmx>"""
    assert parse(data, source="de")[0] == [Pair("Schmerz", "dolor")]
    assert parse(data, source="en") == ([], 1)


@pytest.mark.parametrize(
    ("code", "wanted", "expected"),
    [
        ("EN-us", "en", True),
        ("en", "en", True),
        ("es-MX", "es", True),
        ("pt-PT", "pt_BR", False),
        ("pt-br", "pt_BR", True),
        ("pt", "pt_BR", False),
        ("de", "en", False),
        ("x-klingon", "en", False),
        ("", "en", False),
    ],
)
def test_language_matching(code: str, wanted: str, expected: bool) -> None:
    assert language_matches(code, wanted) is expected


def test_write_then_read_round_trip_is_sorted_and_deduplicated() -> None:
    pairs = [
        Pair("Zinc & <b>", "Zinc & <b>"),
        Pair("Ache\nsecond line", "Dolor\nsegunda línea"),
        Pair("Ache\nsecond line", "Dolor\nsegunda línea"),
        Pair("الألم", "ألم"),
        Pair("  spaced  ", "  espaciado  "),
    ]
    text = write_tmx(pairs, source_language="en", target_language="pt_BR")
    assert 'xml:lang="pt-BR"' in text and 'srclang="en"' in text
    root = ET.fromstring(text)
    assert root.get("version") == "1.4" and len(list(root.iter("tu"))) == 4
    read, skipped = parse(text.encode(), target="pt_BR")
    assert read == sorted(set(pairs)) and skipped == 0
    assert write_tmx(reversed(pairs), source_language="en", target_language="pt_BR") == text


def test_creation_date_from_source_date_epoch_or_fixed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    fixed = write_tmx([], source_language="en", target_language="es")
    assert 'creationdate="20000101T000000Z"' in fixed
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    dated = write_tmx([], source_language="en", target_language="es")
    assert 'creationdate="20231114T221320Z"' in dated


def test_control_character_cannot_be_written() -> None:
    with pytest.raises(Painl10nError, match="U\\+0001"):
        write_tmx([Pair("a\x01", "b")], source_language="en", target_language="es")


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (b'<tmx version="1.4">\n<header srclang="en"/>\n<body>\n<tu>\n</body></tmx>', 5, "invalid"),
        (
            b'<tmx><header srclang="en"/><body>\n<tu>\n<tuv><seg>x</seg></tuv></tu></body></tmx>',
            3,
            "without xml:lang",
        ),
        (
            b'<tmx><header srclang="en"/><body>\n<tu><tuv xml:lang="en">\n</tuv></tu></body></tmx>',
            2,
            "exactly one <seg>",
        ),
        (b'<tmx><header srclang="en"/><body>\n<foo/></body></tmx>', 2, "unexpected <foo>"),
        (b"<martif/>", 1, "not a TMX file"),
        (b"<tmx><body/></tmx>", 1, "one <header> and one <body>"),
    ],
)
def test_malformed_tmx_names_the_line(data: bytes, line: int, message: str) -> None:
    with pytest.raises(Painl10nError) as caught:
        parse(data)
    assert caught.value.line == line and caught.value.path == "memory.tmx"
    assert message in caught.value.message


ENTITY_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [
  <!ENTITY a "lol">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<tmx><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&c;</seg></tuv>
<tuv xml:lang="es"><seg>x</seg></tuv></tu></body></tmx>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&secret;</seg></tuv>
<tuv xml:lang="es"><seg>x</seg></tuv></tu></body></tmx>"""


@pytest.mark.parametrize(("data", "line"), [(ENTITY_BOMB, 3), (XXE, 2)], ids=["bomb", "xxe"])
def test_entity_declarations_are_refused(data: bytes, line: int) -> None:
    with pytest.raises(Painl10nError) as caught:
        parse(data)
    assert "refusing unsafe XML" in caught.value.message
    assert caught.value.line == line  # the first entity declaration
    assert "root:" not in str(caught.value)  # nothing from /etc/passwd leaked
