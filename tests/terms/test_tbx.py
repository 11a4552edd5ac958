"""TBX termbases: v3 and v2 reading, strict validation, safe parsing, v3 writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from painl10n.errors import Painl10nError
from painl10n.terms.model import Concept, Term, Termbase
from painl10n.terms.tbx import parse_tbx, read_tbx, write_tbx

V3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>
      <conceptEntry id="nsaid">
        <descrip type="subjectField">drug class</descrip>
        <langSec xml:lang="en">
          <termSec>
            <term>NSAIDs</term>
            <termNote type="termType">acronym</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
        </langSec>
        <langSec xml:lang="es">
          <termSec>
            <term>AINE</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="termType">acronym</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
          <termSec>
            <term>AINEs</term>
            <termNote type="termType">acronym</termNote>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
            <note>Spanish acronyms take no plural s.</note>
          </termSec>
        </langSec>
      </conceptEntry>
      <conceptEntry id="clinic">
        <descrip type="subjectField">brand</descrip>
        <note>do-not-translate</note>
        <langSec xml:lang="en">
          <termSec>
            <term>Mindful Infusions</term>
            <termNote type="partOfSpeech">properNoun</termNote>
          </termSec>
        </langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
"""

V2 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>Weblate</p></sourceDesc></fileDesc></martifHeader>
  <text>
    <body>
      <termEntry id="migraine">
        <langSet xml:lang="en"><tig><term>migraine</term></tig></langSet>
        <langSet xml:lang="de">
          <tig>
            <term>Migräne</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </tig>
          <ntig>
            <termGrp>
              <term>Migränen</term>
              <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
            </termGrp>
          </ntig>
        </langSet>
      </termEntry>
    </body>
  </text>
</martif>
"""


def test_reads_tbx_v3() -> None:
    base = parse_tbx(V3.encode(), shown="g.tbx")
    nsaid, clinic = base.concepts
    assert nsaid.subject == "drug class"
    assert [(t.language, t.text, t.status, t.term_type) for t in nsaid.terms] == [
        ("en", "NSAIDs", "preferred", "acronym"),
        ("es", "AINE", "preferred", "acronym"),
        ("es", "AINEs", "deprecated", "acronym"),
    ]
    assert nsaid.terms[1].case_sensitive and nsaid.terms[1].part_of_speech == "noun"
    assert nsaid.terms[2].note == "Spanish acronyms take no plural s."
    assert [t.text for t in nsaid.forbidden_in("es")] == ["AINEs"]
    assert nsaid.preferred_in("es") == nsaid.terms[1]
    assert clinic.do_not_translate and not nsaid.do_not_translate
    assert nsaid.terms[0].line == 10


def test_reads_tbx_v2_martif_as_weblate_exports_it() -> None:
    base = parse_tbx(V2.encode(), shown="w.tbx")
    (migraine,) = base.concepts
    assert [(t.language, t.text, t.status) for t in migraine.terms] == [
        ("en", "migraine", "preferred"),
        ("de", "Migräne", "preferred"),
        ("de", "Migränen", "deprecated"),
    ]


def test_write_then_read_is_lossless_and_deterministic(tmp_path: Path) -> None:
    base = parse_tbx(V3.encode(), shown="g.tbx")
    text = write_tbx(base)
    path = tmp_path / "out.tbx"
    path.write_text(text, "utf-8")
    again = read_tbx(path)
    strip = [
        [(t.text, t.language, t.status, t.term_type, t.part_of_speech, t.note) for t in c.terms]
        for c in again.concepts
    ]
    assert strip == [
        [(t.text, t.language, t.status, t.term_type, t.part_of_speech, t.note) for t in c.terms]
        for c in base.concepts
    ]
    assert [(c.id, c.subject, c.note) for c in again.concepts] == [
        (c.id, c.subject, c.note) for c in base.concepts
    ]
    assert write_tbx(again) == text


@pytest.mark.parametrize(
    ("old", "new", "message", "line"),
    [
        (
            "preferredTerm-admn-sts</termNote>\n          </termSec>\n        </langSec>\n"
            '        <langSec xml:lang="es">',
            "preferred</termNote>\n          </termSec>\n        </langSec>\n"
            '        <langSec xml:lang="es">',
            "invalid administrativeStatus 'preferred'",
            12,
        ),
        (
            '<termNote type="partOfSpeech">noun',
            '<termNote type="partOfSpeech">nom',
            "invalid partOfSpeech 'nom'",
            18,
        ),
        (
            '<termNote type="termType">acronym</termNote>\n'
            '            <termNote type="administrativeStatus">deprecated',
            '<termNote type="termType">plural</termNote>\n'
            '            <termNote type="administrativeStatus">deprecated',
            "invalid termType 'plural'",
            24,
        ),
        (
            '<conceptEntry id="clinic">',
            '<conceptEntry id="nsaid">',
            "duplicate concept id 'nsaid'",
            30,
        ),
        ('<conceptEntry id="clinic">', "<conceptEntry>", "concept without an id", 30),
        ('<langSec xml:lang="es">', '<langSec xml:lang="../x">', "malformed language code", 15),
        ("<term>AINE</term>", "<term> </term>", "without a term", 16),
        (
            "</conceptEntry>\n      <conceptEntry",
            "</conceptEntr>\n      <conceptEntry",
            "invalid XML",
            29,
        ),
    ],
)
def test_bad_termbase_names_file_and_line(old: str, new: str, message: str, line: int) -> None:
    assert old in V3
    with pytest.raises(Painl10nError, match=message) as caught:
        parse_tbx(V3.replace(old, new, 1).encode(), shown="locales/glossary.tbx")
    assert (caught.value.path, caught.value.line) == ("locales/glossary.tbx", line)


BOMB = """<?xml version="1.0"?>
<!DOCTYPE tbx [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<tbx><text><body><conceptEntry id="x"><langSec xml:lang="en"><termSec><term>&c;</term>
</termSec></langSec></conceptEntry></body></text></tbx>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE tbx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tbx><text><body><conceptEntry id="x"><langSec xml:lang="en"><termSec><term>&secret;</term>
</termSec></langSec></conceptEntry></body></text></tbx>
"""


@pytest.mark.parametrize("text", [BOMB, EXTERNAL], ids=["entity-bomb", "external-entity"])
def test_unsafe_xml_is_refused(text: str) -> None:
    with pytest.raises(Painl10nError, match="refusing unsafe XML") as caught:
        parse_tbx(text.encode(), shown="evil.tbx")
    assert caught.value.path == "evil.tbx"


def test_not_a_termbase() -> None:
    with pytest.raises(Painl10nError, match="not a TBX file"):
        parse_tbx(b"<html><body/></html>", shown="x.tbx")


def test_model_helpers() -> None:
    concept = Concept(
        "migraine",
        (
            Term("migraine", "en"),
            Term("migraña", "es", status="admitted"),
            Term("jaqueca", "es", status="deprecated"),
        ),
    )
    base = Termbase((concept,))
    assert base.languages == ["en", "es"]
    assert base.concept("migraine") is concept
    assert concept.preferred_in("es") == concept.terms[1]  # admitted when no preferred
    assert concept.preferred_in("fr") is None
