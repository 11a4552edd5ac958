"""Fuzzing the readers of untrusted files: PO catalogs, front matter, termbases.

Whatever the bytes, each reader returns a result or raises Painl10nError
(one line, exit 2): never another exception, which the command line would
report as an internal error.  Inputs come from hypothesis (binary, text and
token soups close to each format) and from mutations of the shipped
catalogs, termbase and articles.  What a reader accepts must also be usable:
a catalog writes and reads back unchanged, front matter spans can be
replaced, a termbase exports and reads back.

Every input that once crashed a reader is kept in tests/data/crashers/<reader>/
and replayed by test_crasher_corpus.  The quick variants are derandomized
(same examples every run); ``pytest -m fuzz`` runs many random ones.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from painl10n.errors import Painl10nError
from painl10n.localize.assemble import assemble
from painl10n.po import read_po, read_po_file, write_po
from painl10n.sources.segment import segment_article
from painl10n.terms.csvio import read_csv, write_csv
from painl10n.terms.tbx import parse_tbx, write_tbx
from tests.helpers import DATA, REPO

CRASHERS = DATA / "crashers"
SHIPPED_PO = sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po*"))
SHIPPED_TBX = (REPO / "locales" / "glossary.tbx").read_bytes()
SHIPPED_ARTICLES = sorted((REPO / "source").glob("*.md"))

QUICK = settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
LONG = settings(max_examples=5_000, deadline=None, suppress_health_check=list(HealthCheck))


def both(body: Callable[..., None], *strategies: Any) -> tuple[Any, Any]:
    """A derandomized CI test and a long random one behind the ``fuzz`` marker."""
    return (
        QUICK(given(*strategies)(body)),
        pytest.mark.fuzz(LONG(given(*strategies)(body))),
    )


# -- the readers, each with what "usable" means for its result -----------------------


def check_po(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.po"
        path.write_bytes(data)
        try:
            catalog = read_po_file(path, shown="x.po")
        except Painl10nError as exc:
            assert "\n" not in str(exc).strip(), "errors are one line"
            return
    try:
        text = write_po(catalog)
    except ValueError:
        return  # text gettext cannot write: update reports it as a clean error
    again = read_po(text, path="x.po")
    assert [_entry(e) for e in again] == [_entry(e) for e in catalog]


def _entry(entry: polib.POEntry) -> tuple[Any, ...]:
    return (
        entry.msgctxt,
        entry.msgid,
        entry.msgid_plural,
        entry.msgstr,
        sorted(entry.msgstr_plural.items()),
        entry.obsolete,
        sorted(entry.flags),
    )


def check_front_matter(text: str) -> None:
    """segment_article reads the front matter; replaced values must stay in place."""
    fields = ("title", "description")
    try:
        article = segment_article(text, ref="a.md", default_slug="a", front_matter_fields=fields)
    except Painl10nError as exc:
        assert "\n" not in str(exc).strip(), "errors are one line"
        return
    replaced = [s for s in article.segments if s.kind.startswith("front matter: ")]
    if not replaced:
        return
    rebuilt = assemble(article, lambda seg: "XX" if seg in replaced else None).text
    again = segment_article(rebuilt, ref="a.md", default_slug="a", front_matter_fields=fields)
    for seg in replaced:
        assert again.front_matter.get(seg.kind.removeprefix("front matter: ")) == "XX"


def check_tbx(data: bytes) -> None:
    try:
        termbase = parse_tbx(data, shown="t.tbx")
    except Painl10nError as exc:
        assert "\n" not in str(exc).strip(), "errors are one line"
        return
    again = parse_tbx(write_tbx(termbase).encode(), shown="again.tbx")
    assert [c.id for c in again.concepts] == [c.id for c in termbase.concepts]


def check_csv(text: str) -> None:
    try:
        termbase = read_csv(text, shown="t.csv")
    except Painl10nError as exc:
        assert "\n" not in str(exc).strip(), "errors are one line"
        return
    exported = write_csv(termbase)
    again = read_csv(exported, shown="again.csv")
    assert [c.id for c in again.concepts] == [c.id for c in termbase.concepts]
    assert write_csv(again) == exported  # lossless, formula guards included


# -- inputs --------------------------------------------------------------------------


def mutated(seeds: list[bytes], tokens: list[bytes]) -> st.SearchStrategy[bytes]:
    """A seed file with a few edits: byte flips, cuts, duplicated spans, inserted tokens."""

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(st.sampled_from(seeds)))
        for _ in range(draw(st.integers(1, 6))):
            at = draw(st.integers(0, len(data)))
            kind = draw(st.sampled_from(["flip", "cut", "copy", "token", "token", "truncate"]))
            if kind == "flip" and at < len(data):
                data[at] ^= 1 << draw(st.integers(0, 7))
            elif kind == "cut":
                del data[at : at + draw(st.integers(1, 80))]
            elif kind == "copy":
                span = bytes(data[at : at + draw(st.integers(1, 200))])
                where = draw(st.integers(0, len(data)))
                data[where:where] = span
            elif kind == "token":
                data[at:at] = draw(st.sampled_from(tokens))
            elif kind == "truncate":
                del data[at:]
        return bytes(data)

    return build()


def soup(tokens: list[str], max_size: int = 60) -> st.SearchStrategy[str]:
    """Text made of a format's own tokens, mixed with arbitrary characters."""
    return st.lists(st.one_of(st.sampled_from(tokens), st.text(max_size=3)), max_size=max_size).map(
        "".join
    )


PO_TOKENS = [
    "msgid ", "msgstr ", "msgctxt ", "msgid_plural ", "msgstr[0] ", "msgstr[1] ",
    "msgstr[7] ", "domain ", '"', '""', "\\", "\\n", "\\t", '\\"', "\\x", "\\xff", "\\377",
    "\\400", "\\0", "\\u", "\n", "\n\n", "\r\n", "#", "# ", "#.", "#:", "#: a.md:1", "#,",
    "#, fuzzy", "#, c-format", "#|", "#| msgid ", "#~", "#~ ", "#~| ", "\t", " ", "\x00",
    "\ufeff", "\x04", "Content-Type: text/plain; charset=UTF-8\\n",
    "Content-Type: text/plain; charset=latin1\\n", "Plural-Forms: nplurals=2; plural=(n != 1);\\n",
    "Plural-Forms: nplurals=0;\\n", "Language: es\\n", "# File: a.c, line: 3",
]  # fmt: skip
PO_BYTE_TOKENS = [t.encode() for t in PO_TOKENS] + [b"\xff", b"\xc3", b"\xe2\x80\xa8", b"\r"]

YAML_TOKENS = [
    "title: ", "description: ", "date: ", "slug: ", "\n", "  ", "- ", "? ", ": ", ":", "&a ",
    "*a", "&b ", "*b", "!!str ", "!!int ", "!!float ", "!!binary ", "!!timestamp ", "!!set ",
    "!!omap ", "!!python/object ", "<<: ", "|", ">-", '"', "'", "[", "]", "{", "}", ",", "#",
    "2024-02-30", "2024-13-01", "2001-12-14t21:59:43.10+99:00", "0x", "0b2", "1e99999",
    "1_000", ".inf", "~", "null", "yes", "\t", "\u2028", "\x85", "\r\n", "%YAML 1.1\n", "---",
    "...", "\\", "\\u", "é", "\ufeff",
]  # fmt: skip

XML_TOKENS = [
    b"<", b">", b"/>", b"</termSec>", b"</langSec>", b"</conceptEntry>", b"<termSec>",
    b"<term>x</term>", b'<conceptEntry id="a">', b'<conceptEntry id="">', b'xml:lang="zz!"',
    b'xml:lang=""', b'<termNote type="administrativeStatus">bogus</termNote>',
    b'<termNote type="termType">acronym</termNote>', b'<!DOCTYPE x [<!ENTITY a "b">]>', b"&a;",
    b"&#0;", b"&#x110000;", b"&amp;", b'<?xml version="1.0" encoding="bogus"?>',
    b"<![CDATA[", b"]]>", b"<!--", b"-->", b"\x00", b"\xff", b'"', b"'", b"=", b"<martif>",
]  # fmt: skip

CSV_TOKENS = [
    "concept,language,term", "concept,subject,concept_note,language,term,status,type",
    ",", '"', '""', "\n", "\r\n", "\r", "\x00", "en", "es", "zz!", "preferred", "bogus",
    "acronym", "noun", "x" * 200_000, "\ufeff", " ", "=", "+", "-", "@", "'", "'=",
]  # fmt: skip


def _csv_seed() -> bytes:
    return write_csv(parse_tbx(SHIPPED_TBX, shown="glossary.tbx")).encode()


def _front_matter_seeds() -> list[bytes]:
    return [p.read_bytes() for p in SHIPPED_ARTICLES]


def _decoded(data: bytes) -> str:
    return data.decode("utf-8", "replace")


# -- the properties --------------------------------------------------------------------

test_po_reader_on_bytes, test_po_reader_on_bytes_long = both(check_po, st.binary(max_size=400))
test_po_reader_on_token_soup, test_po_reader_on_token_soup_long = both(
    check_po, soup(PO_TOKENS).map(str.encode)
)
test_po_reader_on_mutated_catalogs, test_po_reader_on_mutated_catalogs_long = both(
    check_po, mutated([p.read_bytes() for p in SHIPPED_PO], PO_BYTE_TOKENS)
)

test_front_matter_on_text, test_front_matter_on_text_long = both(
    check_front_matter, st.text(max_size=200).map(lambda t: f"---\n{t}\n---\n\nBody.\n")
)
test_front_matter_on_token_soup, test_front_matter_on_token_soup_long = both(
    check_front_matter, soup(YAML_TOKENS).map(lambda t: f"---\ntitle: {t}\n---\n\nBody.\n")
)
test_front_matter_on_mutated_articles, test_front_matter_on_mutated_articles_long = both(
    check_front_matter,
    mutated(_front_matter_seeds(), [t.encode() for t in YAML_TOKENS]).map(_decoded),
)

test_tbx_reader_on_bytes, test_tbx_reader_on_bytes_long = both(check_tbx, st.binary(max_size=300))
test_tbx_reader_on_mutated_termbase, test_tbx_reader_on_mutated_termbase_long = both(
    check_tbx, mutated([SHIPPED_TBX], XML_TOKENS)
)

test_csv_reader_on_text, test_csv_reader_on_text_long = both(check_csv, soup(CSV_TOKENS, 30))
test_csv_reader_on_mutated_export, test_csv_reader_on_mutated_export_long = both(
    check_csv, mutated([_csv_seed()], [t.encode() for t in CSV_TOKENS]).map(_decoded)
)


# -- the corpus of inputs that once crashed a reader ------------------------------------

READERS: dict[str, Callable[[bytes], None]] = {
    "po": check_po,
    "frontmatter": lambda data: check_front_matter(data.decode("utf-8")),
    "tbx": check_tbx,
    "csv": lambda data: check_csv(data.decode("utf-8")),
}
CORPUS = sorted(p for p in CRASHERS.rglob("*") if p.is_file() and p.name != "README.md")


def test_the_corpus_has_a_crasher_for_each_fixed_bug() -> None:
    assert {p.parent.name for p in CORPUS} == {"frontmatter", "tbx", "csv"}
    assert len(CORPUS) >= 12


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_crasher_corpus(path: Path) -> None:
    """Each input now gives a result or a one-line error; most must be errors."""
    READERS[path.parent.name](path.read_bytes())
    if path.stem.startswith("error-"):
        with pytest.raises(Painl10nError):
            _strict(path)


def _strict(path: Path) -> None:
    data = path.read_bytes()
    kind = path.parent.name
    if kind == "frontmatter":
        segment_article(data.decode(), ref="a.md", default_slug="a", front_matter_fields=("title",))
    elif kind == "tbx":
        parse_tbx(data, shown="t.tbx")
    elif kind == "csv":
        read_csv(data.decode(), shown="t.csv")
    else:
        read_po_file(path)


def test_the_checks_fail_on_a_reader_that_crashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Near miss: check_tbx lets a non-Painl10nError through, so a crash fails the test."""
    import painl10n.terms.tbx as tbx

    def broken(*_: object, **__: object) -> None:
        raise LookupError("unknown encoding: bogus")

    monkeypatch.setattr(tbx._Reader, "termbase", broken)
    with pytest.raises(LookupError):
        check_tbx(SHIPPED_TBX)


def test_misplaced_front_matter_spans_are_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    """Near miss: check_front_matter notices a title replaced one character off."""
    import painl10n.sources.frontmatter as frontmatter

    real = frontmatter._offset
    monkeypatch.setattr(frontmatter, "_offset", lambda *args: real(*args) + 1)
    with pytest.raises((AssertionError, Painl10nError)):
        check_front_matter("---\ntitle: Pain\ndate: 2024-01-01\n---\n\nBody.\n")
