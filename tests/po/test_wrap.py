"""wrap_po_string against GNU gettext 0.21: hand cases, libunistring, msgcat.

The reference is gettext itself: every PO text built here from
``wrap_po_string`` must come out of ``msgcat`` unchanged.  Where the system
libunistring is 1.0 (the one gettext 0.21 calls), the break positions and the
embedded Unicode tables are also compared with it directly through ctypes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from painl10n.po import wrap as wrap_module
from painl10n.po import wrap_po_string
from tests.helpers.gettext import msgcat

HEADER = "Content-Type: text/plain; charset=UTF-8\n"

HARD_CASES = [
    "",
    "short",
    "The quick brown fox jumps over the lazy dog, again and again, until the line is full.",
    "See [the guideline](https://example.org/guidelines/pain-management/acute-pain-v2) now.",
    "https://example.org/a-very/long/url/without/spaces/that/goes/on/index.html?x=1&y=2#frag",
    "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3,
    'Quotes "inside" and backslashes \\ and \\n literally, C:\\Program Files\\App\\bin\\x.exe',
    "Embedded\nnewlines\nand a trailing one\n",
    "\n\nLeading newlines, then text that is long enough to need wrapping at forty columns",
    "Ends with a space before the newline so no break may go there          \n",
    "Tabs\tbetween\twords\tand\tmore\ttabs\tuntil\tthe\tline\tis\tlong\tenough\tto\twrap",
    "Control escapes \a \b \f \r \v are written as C escapes by gettext, even in long strings",
    "这是一个很长的中文句子\uff0c用来测试换行的行为是否与gettext一致。它应该按两列宽度计算。",
    "ペインクリニックでは、急性疼痛と慢性疼痛の両方を治療します。鎮痛薬の用量に注意してください。",
    "الألم المزمن هو ألم يستمر لأكثر من ثلاثة أشهر، ويجب تقييمه بعناية من قبل الطبيب المعالج دائما",
    "Dose:\u00a010\u00a0mg/kg every\u00a06\u00a0h; max\u00a040\u00a0mg/kg/day\u202f! "
    "Non-breaking spaces\u00a0stay",
    "Em—dashes—join—words—without—spaces—and—en\u2013dashes\u2013too\u2013until\u2013the\u2013end",
    "Well-known side-effects of non-steroidal anti-inflammatory drugs (NSAIDs) include ulcers.",
    "Numbers 1,000,000.50 and 12:30 and 50% and $100 and (see p. 12-14) and [1][2][3] refs.",
    "Emoji 😀 and flags 🇫🇷🇩🇪🇪🇸 and combining e\u0301 and zero\u200bwidth and join\u200dhere",
    "Line\u2028separator and next\x85line characters are mandatory breaks in UAX #14 text",
    "x" * 200,
]


def po_text(values: list[str], width: int) -> str:
    """A catalog exercising every prefix: plain, previous (#|), obsolete (#~)."""
    header = ['msgid ""', *wrap_po_string("msgstr", HEADER, width)]
    active, obsolete = ["\n".join(header) + "\n"], []
    for index, value in enumerate(values):
        msgid = f"{index} {value}"
        lines = wrap_po_string("msgid", value, width, "#| ")
        lines += wrap_po_string("msgid", msgid, width)
        lines += wrap_po_string("msgstr", value, width)
        active.append("\n".join(lines) + "\n")
        lines = wrap_po_string("msgctxt", value, width, "#~ ")
        lines += wrap_po_string("msgid", msgid, width, "#~ ")
        lines += wrap_po_string("msgstr", f"x{value}", width, "#~ ")
        obsolete.append("\n".join(lines) + "\n")
    return "\n".join(active + obsolete)


def test_empty_string_is_one_line() -> None:
    assert wrap_po_string("msgid", "", 79) == ['msgid ""']


def test_string_that_fits_stays_on_the_keyword_line() -> None:
    assert wrap_po_string("msgstr", "hello", 79) == ['msgstr "hello"']


def test_only_a_final_newline_keeps_one_line() -> None:
    assert wrap_po_string("msgid", "a\n", 79) == ['msgid "a\\n"']


def test_embedded_newline_starts_with_an_empty_line() -> None:
    assert wrap_po_string("msgid", "a\nb", 79) == ['msgid ""', '"a\\n"', '"b"']


def test_long_string_breaks_after_spaces() -> None:
    lines = wrap_po_string("msgid", "The quick brown fox jumps over the lazy dog", 30)
    assert lines == ['msgid ""', '"The quick brown fox jumps "', '"over the lazy dog"']


def test_escapes_count_and_stay_whole() -> None:
    lines = wrap_po_string("msgid", 'ab "quoted" and \\ back\\slash', 20)
    assert lines == ['msgid ""', '"ab \\"quoted\\" and "', '"\\\\ back\\\\slash"']


def test_no_break_before_the_final_newline() -> None:
    assert wrap_po_string("msgid", "a" * 17 + " \n", 20) == ['msgid "' + "a" * 17 + ' \\n"']


def test_wide_characters_count_two_columns() -> None:
    lines = wrap_po_string("msgid", "一二三四五六七八九十一二三四五", 20)
    assert lines == ['msgid ""', '"一二三四五六七八九"', '"十一二三四五"']


def test_word_longer_than_the_width_is_not_split() -> None:
    assert wrap_po_string("msgid", "x" * 80, 79) == ['msgid "' + "x" * 80 + '"']


def test_hyphen_is_a_break_opportunity() -> None:
    lines = wrap_po_string("msgid", "well-known side-effects", 16)
    assert lines == ['msgid ""', '"well-known "', '"side-effects"']


def test_no_break_at_no_break_space() -> None:
    text = "a\u00a0b\u00a0c\u00a0d\u00a0e\u00a0f\u00a0g h"
    assert wrap_po_string("msgid", text, 12) == ['msgid ""', f'"{text[:-1]}"', '"h"']


def test_width_zero_never_wraps_but_splits_newlines() -> None:
    lines = wrap_po_string("msgid", "first line\nsecond line that is long enough", 0)
    assert lines == ['msgid ""', '"first line\\n"', '"second line that is long enough"']


def test_prefix_is_repeated_and_takes_room() -> None:
    lines = wrap_po_string("msgstr", "see https://example.org/a-b/c?x=1 now", 30, "#~ ")
    assert lines == ['#~ msgstr ""', '#~ "see https://example.org/"', '#~ "a-b/c?x=1 now"']


@pytest.mark.parametrize("bad", ["a\0b", "a\x04b"])
def test_unrepresentable_characters_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="NUL"):
        wrap_po_string("msgid", bad, 79)


def test_negative_width_is_refused() -> None:
    with pytest.raises(ValueError, match="width"):
        wrap_po_string("msgid", "a", -1)


@pytest.mark.parametrize("width", [79, 40, 20, 0])
def test_hard_cases_match_msgcat(width: int) -> None:
    text = po_text(HARD_CASES, width)
    assert msgcat(text, width) == text


# --- libunistring 1.0, the library gettext 0.21 calls ------------------------------------


@functools.cache
def libunistring() -> ctypes.CDLL | None:
    """The system libunistring if it is version 1.0, else None."""
    name = ctypes.util.find_library("unistring")
    if name is None:
        return None
    lib = ctypes.CDLL(name)
    if ctypes.c_int.in_dll(lib, "_libunistring_version").value != 0x010000:
        return None
    return lib


def require_libunistring() -> ctypes.CDLL:
    lib = libunistring()
    if lib is None:
        pytest.skip("libunistring 1.0 (the one gettext 0.21 uses) is not installed")
    return lib


def libunistring_breaks(escaped: str, width: int, startcol: int, final_newline: bool) -> list[int]:
    """Where ulc_width_linebreaks_v2 breaks, with gettext's overrides."""
    lib = require_libunistring()
    overrides = bytearray()
    in_escape = False
    for index, ch in enumerate(escaped):
        prohibited = in_escape or (final_newline and index == len(escaped) - 2)
        in_escape = not in_escape and ch == "\\"
        overrides += bytes([1 if prohibited else 0]) + b"\1" * (len(ch.encode()) - 1)
    data = escaped.encode()
    result = ctypes.create_string_buffer(len(data))
    lib.ulc_width_linebreaks_v2(
        data, ctypes.c_size_t(len(data)), width, startcol, 0, bytes(overrides), b"UTF-8", result
    )
    positions, offset = [], 0
    for index, ch in enumerate(escaped):
        if result.raw[offset] == 2:  # UC_BREAK_POSSIBLE
            positions.append(index)
        offset += len(ch.encode())
    return positions


def libunistring_classes(lib: ctypes.CDLL) -> list[int]:
    """libunistring 1.0's unilbrkprop table (3 levels: 15 ints, 4x512 ints, bytes)."""
    raw = ctypes.string_at(
        ctypes.addressof(ctypes.c_char.in_dll(lib, "libunistring_unilbrkprop")), 0x9B3C
    )
    level1 = memoryview(raw[:60]).cast("i")
    level2 = memoryview(raw[60 : 60 + 8192]).cast("i")
    level3 = raw[60 + 8192 :]
    resolved = {39: 23, 40: 20, 41: 20, 42: 20}  # CB -> ID; AI, SA, XX -> AL
    classes = []
    for code in range(0x110000):
        prop = 42
        if code >> 16 < 15 and level1[code >> 16] >= 0:
            block = level2[level1[code >> 16] + ((code >> 7) & 511)]
            if block >= 0:
                prop = level3[block + (code & 127)]
        classes.append(resolved.get(prop, prop))
    return classes


def test_tables_match_libunistring() -> None:
    """The embedded tables are libunistring 1.0's, code point by code point."""
    lib = require_libunistring()
    tables = wrap_module._tables()
    try:
        theirs = libunistring_classes(lib)
    except ValueError:
        pytest.skip("this libunistring build does not export its line-break table")
    lib.uc_width.restype = ctypes.c_int
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        assert tables.classes[code] == theirs[code], hex(code)
        assert tables.widths[code] == max(lib.uc_width(code, b"UTF-8"), 0), hex(code)
    pairs = ctypes.string_at(
        ctypes.addressof(ctypes.c_char.in_dll(lib, "libunistring_unilbrk_table")), 33 * 33
    )
    assert b"".join(tables.pairs) == bytes(b - 1 for b in pairs)


SAMPLE = (
    list("abc xyz   -—\u2013/.,:;!?()[]{}\"'\\\n\t%$019")
    + list("中文。\uff0c\u0647 \u0630")
    + ["\u00a0", "\u202f", "\u0301", "\u200b", "\u200d", "\U0001f600", "\U0001f1e6", "\u05d0"]
    + ["\u2028", "\x85", "\r", "\x0b", "\x7f", "\x01", "\u0e01", "\uac00", "\u1100", "\u2010"]
)
CHARS = st.one_of(
    st.sampled_from(SAMPLE),
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00\x04"),
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(CHARS, max_size=120),
    width=st.integers(-3, 60),
    startcol=st.integers(-5, 30),
)
def test_breaks_match_libunistring(text: str, width: int, startcol: int) -> None:
    require_libunistring()
    for portion in wrap_module._portions(text):
        escaped = wrap_module.escape_po(portion)
        final = portion.endswith("\n")
        analysed = wrap_module._analyse(escaped, final)
        ours = wrap_module._greedy_breaks(analysed, width, startcol)
        assert ours == libunistring_breaks(escaped, width, startcol, final)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.lists(st.text(CHARS, max_size=160), min_size=1, max_size=6),
    width=st.sampled_from([79, 40, 20, 0]),
)
def test_random_strings_match_msgcat(values: list[str], width: int) -> None:
    text = po_text(values, width)
    assert msgcat(text, width) == text


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(CHARS, max_size=120),
    width=st.integers(0, 60),
    startcol=st.integers(0, 30),
)
def test_the_first_line_shortcut_agrees_with_the_full_fill(
    text: str, width: int, startcol: int
) -> None:
    """_breaks_at decides 'msgid ""' without filling; it must say what the fill says."""
    for portion in wrap_module._portions(text):
        escaped = wrap_module.escape_po(portion)
        final = portion.endswith("\n")
        analysed = wrap_module._analyse(escaped, final)
        full = bool(wrap_module._greedy_breaks(analysed, width, startcol))
        fits = escaped.isascii() and len(escaped) <= width
        shortcut = wrap_module._breaks_at(
            escaped, final, None if fits else analysed, width, startcol
        )
        assert shortcut == full


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(CHARS, max_size=240),
    width=st.integers(-3, 60),
    startcol=st.integers(-5, 30),
)
def test_the_fill_by_search_is_the_stepwise_fill(text: str, width: int, startcol: int) -> None:
    """Without mandatory breaks the fill bisects; it must break where the stepwise fill does."""
    for portion in wrap_module._portions(text):
        escaped = wrap_module.escape_po(portion)
        analysed = wrap_module._analyse(escaped, portion.endswith("\n"))
        stepwise = wrap_module._greedy_breaks_stepwise(analysed, width, startcol)
        if not analysed.mandatory:
            assert wrap_module._greedy_breaks_by_search(analysed, width, startcol) == stepwise
        assert wrap_module._greedy_breaks(analysed, width, startcol) == stepwise


def test_a_portion_with_a_line_separator_is_filled_stepwise() -> None:
    """U+2028 forces a break that the search would not see."""
    analysed = wrap_module._analyse("aaaa bbbb\u2028cccc dddd", False)
    assert analysed.mandatory
    assert wrap_module._greedy_breaks(analysed, 12, 0) == []  # each side fits in 12 columns
    assert wrap_module._greedy_breaks_by_search(analysed, 12, 0) == [9]  # why it must not
