"""write_po against GNU msgcat 0.21: what we write, msgcat must leave unchanged.

Each catalog is written with write_po, then ``msgcat --width=W`` (``--no-wrap``
for 0) must reproduce the file byte for byte, ``msgfmt -c`` must accept it, and
read_po must read it back to the same text.
"""

from __future__ import annotations

import os
import subprocess
import time

import polib
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from painl10n.po import read_po, write_po
from painl10n.po.syntax import is_solaris_reference
from tests.helpers.gettext import gettext_tool, msgcat

METADATA = {
    "Project-Id-Version": "painl10n 0.1",
    "Report-Msgid-Bugs-To": "",
    "POT-Creation-Date": "2024-01-01 00:00+0000",
    "PO-Revision-Date": "2024-01-02 00:00+0000",
    "Last-Translator": "Translator Name With A Rather Long Name <translator.address@example.org>",
    "Language-Team": "French <fr@example.org>",
    "Language": "fr",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=2; plural=(n > 1);",
}


def assert_msgfmt_accepts(text: str) -> None:
    done = subprocess.run(
        [gettext_tool("msgfmt"), "-c", "-o", os.devnull, "-"],
        input=text.encode(),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()


def assert_gettext_identity(catalog: polib.POFile, width: int) -> str:
    """write_po's text is msgcat's, msgfmt -c accepts it, and it reads back."""
    text = write_po(catalog, width=width)
    assert msgcat(text, width) == text
    assert_msgfmt_accepts(text)
    assert write_po(read_po(text, path="test.po"), width=width) == text
    return text


def new_catalog(header: str = "French translation.\nCopyright holders.\n") -> polib.POFile:
    catalog = polib.POFile()
    catalog.header = header
    catalog.metadata = dict(METADATA)
    return catalog


def full_catalog() -> polib.POFile:
    """Every feature the writer supports, with hard strings."""
    catalog = new_catalog()
    long = (
        "Paracetamol (acetaminophen) is a first-line analgesic; see "
        "[the WHO ladder](https://example.org/who/pain-ladder-2019/index.html) for details."
    )
    catalog.append(
        polib.POEntry(
            msgid=long,
            msgstr="Le paracétamol est un antalgique de première intention\u00a0; voir l'échelle.",
            tcomment="Keep the link target.\n\nSecond paragraph of the note.",
            comment="Extracted: heading level 2\nsecond line",
            occurrences=[(f"articles/analgesics/part-{i}.md", str(10 * i + 1)) for i in range(12)],
            flags=["fuzzy"],
            previous_msgctxt="old context",
            previous_msgid="Paracetamol is a first line analgesic; see the WHO ladder for details.",
        )
    )
    catalog.append(
        polib.POEntry(
            msgctxt="table header",
            msgid="Dose\tmax/day\n",
            msgstr="Dose\tmax/jour\n",
            occurrences=[("./articles/dosing.md", "4"), ("articles/dosing.md", "4")],
        )
    )
    catalog.append(
        polib.POEntry(
            msgid='Quote "this" and a back\\slash; C:\\temp\\new',
            msgstr='Citez «\u202fceci\u202f» et \\ "cela"',
            flags=["no-wrap"],
        )
    )
    catalog.append(
        polib.POEntry(
            msgid="%d tablet",
            msgid_plural="%d tablets — split along the score line, never crush extended-release",
            msgstr_plural={0: "%d comprimé", 1: "%d comprimés"},
            flags=["c-format"],
            tcomment="",
        )
    )
    catalog.append(
        polib.POEntry(
            msgid="中文句子用于测试宽字符的换行\uff0c每个字符占两列\uff0c所以四十列的宽度只能放下十几个字。",
            msgstr="",
        )
    )
    catalog.append(
        polib.POEntry(
            msgid="الألم الحاد والمزمن: التقييم والعلاج بالأدوية وغير الأدوية في الرعاية الأولية",
            msgstr="",
            occurrences=[("articles/ar.md", "")],
        )
    )
    catalog.append(
        polib.POEntry(
            msgid="Obsolete paragraph that was removed from the article but kept for reuse later.",
            msgstr="Paragraphe obsolète retiré de l'article mais conservé pour réutilisation.",
            obsolete=True,
            tcomment="translator note on an obsolete entry",
            flags=["fuzzy"],
            previous_msgid="An older obsolete paragraph that was removed from the article.",
        )
    )
    catalog.append(
        polib.POEntry(
            msgid="Obsolete plural",
            msgid_plural="Obsolete plurals",
            msgstr_plural={0: "Pluriel obsolète", 1: "Pluriels obsolètes"},
            msgctxt="ctx",
            obsolete=True,
        )
    )
    return catalog


@pytest.mark.parametrize("width", [79, 40, 0])
def test_full_catalog_matches_msgcat(width: int) -> None:
    assert_gettext_identity(full_catalog(), width)


def test_layout_of_comments_and_obsolete_entries() -> None:
    text = write_po(full_catalog())
    assert text.startswith('# French translation.\n# Copyright holders.\n#\nmsgid ""\n')
    assert "# Keep the link target.\n#\n# Second paragraph of the note.\n#. Extracted" in text
    assert "#: articles/dosing.md:4\n" in text  # ./ stripped, then deduplicated
    assert (
        "# translator note on an obsolete entry\n#, fuzzy\n"
        '#~| msgid "An older obsolete paragraph that was removed from the article."\n'
        '#~ msgid ""\n#~ "Obsolete paragraph'
    ) in text
    assert text.endswith('#~ msgstr[1] "Pluriels obsolètes"\n')
    assert "\n\n\n" not in text


def test_header_fuzzy_and_empty_header_comment() -> None:
    catalog = new_catalog(header="")
    catalog.metadata_is_fuzzy = True
    text = assert_gettext_identity(catalog, 79)
    assert text.startswith('#, fuzzy\nmsgid ""\nmsgstr ""\n"Project-Id-Version: painl10n 0.1\\n"\n')


def test_many_references_wrap_like_gettext() -> None:
    catalog = new_catalog()
    refs = [(f"a/{'é' * (i % 7)}{i}.md", str(i)) for i in range(60)]
    catalog.append(polib.POEntry(msgid="x", msgstr="", occurrences=refs))
    for width in (79, 40, 0):
        text = assert_gettext_identity(catalog, width)
        limit = width or 79
        assert all(len(line.encode()) <= limit for line in text.splitlines() if line[:2] == "#:")


NORMALIZE_INPUT = """\
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\\n"

#: b.md:04 ./c.md:5 b.md:4 d.md
#, no-such-flag, wrap, python-format, fuzzy, possible-c-format, range: 5..1
msgid "flags are reordered"
msgstr "x"

#, fuzzy, c-format
msgid "fuzzy is dropped when untranslated"
msgstr ""

#, range: 1..3, no-wrap, impossible-sh-format, no-perl-format
msgid "range and no-wrap"
msgstr "y"

#, fuzzy, c-format, range: 1..2
#~ msgid "obsolete loses its range"
#~ msgstr "z"

#~ msgid "untranslated obsolete entries disappear"
#~ msgstr ""
"""


@pytest.mark.parametrize("width", [79, 0])
def test_normalizes_like_msgcat(width: int) -> None:
    """polib keeps what gettext drops or reorders; write_po must follow gettext."""
    catalog = polib.pofile(NORMALIZE_INPUT)
    assert write_po(catalog, width=width) == msgcat(NORMALIZE_INPUT, width)


def entry(**fields: object) -> polib.POEntry:
    return polib.POEntry(**{"msgid": "a", "msgstr": "", **fields})


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (entry(msgid="a\0b"), "NUL"),
        (entry(msgstr="a\x04b"), "U\\+0004"),
        (entry(occurrences=[("my file.md", "1")]), "read back"),
        (entry(occurrences=[("a.md:", ""), ("12", "")]), "read back"),
        (entry(occurrences=[("a.md", "x1")]), "not a number"),
        (entry(msgid_plural="as", msgstr_plural={0: "x", 2: "y"}), "0..n-1"),
        (entry(msgstr_plural={0: "x"}), "no msgid_plural"),
        (entry(previous_msgctxt="c"), "no msgid"),
        (entry(tcomment="File: a.c, line:12"), "file reference"),
        (entry(comment="carriage\rreturn"), "carriage return"),
        (entry(comment="C:\\dir\\"), "backslash"),
        (entry(occurrences=[("dir\\", "")]), "read back"),
    ],
)
def test_unrepresentable_entries_are_refused(bad: polib.POEntry, message: str) -> None:
    catalog = new_catalog()
    catalog.append(bad)
    with pytest.raises(ValueError, match=message):
        write_po(catalog)


def test_duplicates_and_bad_metadata_are_refused() -> None:
    catalog = new_catalog()
    catalog += [entry(), entry(msgstr="other")]
    with pytest.raises(ValueError, match="duplicate"):
        write_po(catalog)
    catalog = new_catalog()
    catalog.append(entry(msgid=""))
    with pytest.raises(ValueError, match="duplicate"):
        write_po(catalog)
    catalog = new_catalog()
    catalog.metadata["X-Bad"] = "two\nlines"
    with pytest.raises(ValueError, match="header field"):
        write_po(catalog)
    catalog = new_catalog()
    catalog.metadata["Content-Type"] = "text/plain; charset=CHARSET"
    with pytest.raises(ValueError, match="UTF-8"):
        write_po(catalog)
    with pytest.raises(ValueError, match="width"):
        write_po(new_catalog(), width=-1)


def test_thousands_of_entries_are_fast() -> None:
    """Linear time: 3000 long paragraphs (2 MB) are written and read back quickly."""
    catalog = new_catalog()
    paragraph = (
        "Acute pain after surgery is treated with paracetamol, NSAIDs and, when needed, "
        "opioids—titrated to effect (see https://example.org/guidelines/post-op-pain). "
    )
    for index in range(3000):
        catalog.append(polib.POEntry(msgid=f"{index}. {paragraph * 3}", msgstr=paragraph * 3))
    started = time.perf_counter()
    text = write_po(catalog)
    elapsed = time.perf_counter() - started
    assert len(text) > 2_000_000
    assert elapsed < 10, f"write_po took {elapsed:.1f}s"
    started = time.perf_counter()
    assert len(read_po(text, path="big.po")) == 3000
    assert time.perf_counter() - started < 5


# --- hypothesis: random catalogs ------------------------------------------------------------

SAMPLE = (
    list("abc xyz   -—/.,:;!?()[]{}\"'\\\n\t%$019")
    + list("中文。\u0647 \u0630é")
    + ["\u00a0", "\u202f", "\u0301", "\u200b", "\u200d", "\U0001f600", "\u05d0", "\u2028"]
    + ["\x85", "\r", "\x0b", "\x7f", "\x01"]
)
CHARS = st.one_of(
    st.sampled_from(SAMPLE),
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00\x04"),
)
TEXT = st.text(CHARS, max_size=100)
LINE = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00\n\r"), max_size=30
).filter(lambda line: not line.endswith("\\") and not is_solaris_reference(" " + line))
COMMENT = st.lists(LINE, max_size=3).map("\n".join)
PATH = st.from_regex(r"[a-z0-9_][a-z0-9_./-]{0,25}", fullmatch=True)
REFERENCE = st.tuples(PATH, st.one_of(st.just(""), st.integers(0, 99999).map(str)))
FLAGS = st.lists(
    st.sampled_from(["fuzzy", "no-wrap", "wrap", "range: 1..3", "x-custom", "no-c-format"]),
    max_size=3,
)


def shaped(template: str, text: str) -> str:
    """text with template's leading/trailing newline, as msgfmt -c requires."""
    core = text.strip("\n") or "x"
    return "\n" * template.startswith("\n") + core + "\n" * template.endswith("\n")


@st.composite
def entries(draw: st.DrawFn) -> polib.POEntry:
    msgid = draw(TEXT.filter(bool))
    made = polib.POEntry(
        msgid=msgid,
        msgctxt=draw(st.none() | TEXT),
        tcomment=draw(COMMENT),
        comment=draw(COMMENT),
        occurrences=draw(st.lists(REFERENCE, max_size=8)),
        flags=draw(FLAGS),
        obsolete=draw(st.booleans()),
    )
    translated = made.obsolete or draw(st.booleans())
    if draw(st.booleans()):
        made.msgid_plural = shaped(msgid, draw(TEXT))
        forms = [shaped(msgid, draw(TEXT)) if translated else "" for _ in range(2)]
        made.msgstr_plural = dict(enumerate(forms))
    else:
        made.msgstr = shaped(msgid, draw(TEXT)) if translated else ""
    if draw(st.booleans()):
        made.previous_msgid = draw(TEXT)
        made.previous_msgctxt = draw(st.none() | TEXT)
        made.previous_msgid_plural = draw(st.none() | TEXT)
    return made


@st.composite
def catalogs(draw: st.DrawFn) -> polib.POFile:
    catalog = new_catalog(header=draw(COMMENT))
    catalog.metadata_is_fuzzy = draw(st.booleans())
    keys: set[tuple[str | None, str]] = set()
    for made in draw(st.lists(entries(), max_size=6)):
        if (made.msgctxt, made.msgid) not in keys:
            keys.add((made.msgctxt, made.msgid))
            catalog.append(made)
    return catalog


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalog=catalogs(), width=st.sampled_from([79, 40, 0]))
def test_random_catalogs_match_msgcat(catalog: polib.POFile, width: int) -> None:
    assert_gettext_identity(catalog, width)


# Pieces, so that colons, digits, blanks and backslashes meet often.
PLAIN_OR_NOT = st.lists(
    st.sampled_from(["a", "0", "12", ":", " ", "\\", "\t", "é", "./", "-", "_.+/"]),
    min_size=1,
    max_size=4,
).map("".join)
LINE_NUMBER = st.one_of(st.just(""), st.integers(0, 999).map(str), st.sampled_from(["007", "1a"]))


@example(references=[("0:0", "")])  # reads back as ("0", "0")
@example(references=[("a:", ""), ("12", "")])  # "a: 12" reads back as one reference
@example(references=[("a\\", "")])  # a trailing backslash joins the next line
@settings(max_examples=400, deadline=None)
@given(references=st.lists(st.tuples(PLAIN_OR_NOT, LINE_NUMBER), max_size=5))
def test_plain_references_survive_as_printing_and_rereading_says(
    references: list[tuple[str, str]],
) -> None:
    """The shortcut for plain paths answers what printing the line and parsing it back does."""
    from painl10n.po.syntax import _references_survive, references_survive

    canonical = list(dict.fromkeys(references))
    assert references_survive(canonical) == _references_survive.__wrapped__(tuple(canonical))
