"""Wrap PO string literals exactly as GNU gettext 0.21 does.

gettext's ``write-po.c`` function ``wrap()`` escapes each newline-terminated
portion of a string, asks libunistring's ``ulc_width_linebreaks`` (UAX #14)
where a line may break, and fills lines greedily.  We reproduce that here so
that ``msgcat`` leaves our files byte for byte unchanged: any other wrapping
makes every catalog update a noisy diff.

The line-break classes and column widths below are libunistring 1.0's
(Unicode 14.0), the library that gettext 0.21 calls.  They are embedded rather
than taken from :mod:`unicodedata` so the output does not change with the
Python version.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

__all__ = ["escape_po", "wrap_po_string"]

# gettext uses INT_MAX as the width when it must not wrap (--no-wrap, no-wrap flag).
_INT_MAX = 2**31 - 1

_ESCAPES = {
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\v": "\\v",
    "\\": "\\\\",
    '"': '\\"',
}
_ESCAPE_TABLE = str.maketrans(_ESCAPES)

# Class names, in libunistring 1.0's numbering: the first 33 index the pair table.
# CX (closing parenthesis, East Asian) is empty in Unicode 14; OW and IE are the
# East Asian opening punctuation and unassigned pictographic variants of OP and ID.
_CLASS_NAMES = (
    *("WJ", "GL", "B2", "BA", "BB", "HY", "CL", "CP", "CX", "EX", "IN", "NS", "OP", "OW"),
    *("QU", "IS", "NU", "PO", "PR", "SY", "AL", "H2", "H3", "ID", "IE", "JL", "JV", "JT"),
    *("HL", "RI", "ZJ", "EB", "EM", "BK", "CR", "LF", "CM", "ZW", "SP"),
)
_CLS = {name: index for index, name in enumerate(_CLASS_NAMES)}
_BA, _HY, _AL, _H2, _H3, _HL, _RI, _ZWJ = (
    _CLS[n] for n in ("BA", "HY", "AL", "H2", "H3", "HL", "RI", "ZJ")
)
_BK, _CR, _LF, _CM, _ZW, _SP = (_CLS[n] for n in ("BK", "CR", "LF", "CM", "ZW", "SP"))
_MANDATORY = frozenset((_BK, _CR, _LF))
_MANDATORY_CODES = tuple(bytes([code]) for code in sorted(_MANDATORY))
_COMBINING = frozenset((_CM, _ZWJ))
_HYPHENS = frozenset((_HY, _BA))
_LINE_START = frozenset((_BK, _ZW))  # a combining mark after these stands alone

# Break actions of the pair table: direct, indirect (only after a space), prohibited.
_DIRECT, _INDIRECT, _PROHIBITED = 0, 1, 2

# libunistring 1.0 unilbrk_table: row = class before the break, column = class after.
_PAIR_TABLE = (
    "PIIIIIPPPPIIIIIPIIIPIIIIIIIIIIIII",
    "PIIIIIPPPPIIIIIPIIIPIIIIIIIIIIIII",
    "PIPIDIPPPPIIDDIPDDDPDDDDDDDDDDDDD",
    "PDDIDIPPPPIIDDIPDDDPDDDDDDDDDDDDD",
    "PIIIIIPPPPIIIIIPIIIPIIIIIIIIIIIII",
    "PDDIDIPPPPIIDDIPIDDPDDDDDDDDDDDDD",
    "PIDIDIPPPPIPDDIPDIIPDDDDDDDDDDDDD",
    "PIDIDIPPPPIIDDIPIIIPIDDDDDDDIDIDD",
    "PIDIDIPPPPIIDDIPDIIPDDDDDDDDDDDDD",
    "PIDIDIPPPPIIDDIPDDDPDDDDDDDDDDDDD",
    "PIDIDIPPPPIIDDIPDDDPDDDDDDDDDDDDD",
    "PIDIDIPPPPIIDDIPDDDPDDDDDDDDDDDDD",
    "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP",
    "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP",
    "PIIIIIPPPPIIPPIPIIIPIIIIIIIIIIIII",
    "PIDIDIPPPPIIDDIPIDDPDDDDDDDDDDDDD",
    "PIDIDIPPPPIIIDIPIIIPIDDDDDDDIDIDD",
    "PIDIDIPPPPIIIIIPIDDPIDDDDDDDIDIDD",
    "PIDIDIPPPPIIIIIPIDDPIIIIIIIIIDIII",
    "PIDIDIPPPPIIDDIPIDDPDDDDDDDDIDDDD",
    "PIDIDIPPPPIIIDIPIIIPIDDDDDDDIDIDD",
    "PIDIDIPPPPIIDDIPDIDPDDDDDDIIDDDDD",
    "PIDIDIPPPPIIDDIPDIDPDDDDDDDIDDDDD",
    "PIDIDIPPPPIIDDIPDIDPDDDDDDDDDDDDD",
    "PIDIDIPPPPIIDDIPDIDPDDDDDDDDDDDDI",
    "PIDIDIPPPPIIDDIPDIDPDIIDDIIDDDDDD",
    "PIDIDIPPPPIIDDIPDIDPDDDDDDIIDDDDD",
    "PIDIDIPPPPIIDDIPDIDPDDDDDDDIDDDDD",
    "PIDIDIPPPPIIIDIPIIIPIDDDDDDDIDIDD",
    "PIDIDIPPPPIIDDIPDDDPDDDDDDDDDDDDD",
    "PIDIDIPPPPIIIDIPIIIPIDDIIDDDIDIII",
    "PIDIDIPPPPIIDDIPDIDPDDDDDDDDDDDDI",
    "PIDIDIPPPPIIDDIPDIDPDDDDDDDDDDDDD",
)

# Break decisions for one character.
_NO_BREAK, _CAN_BREAK, _MUST_BREAK = 0, 1, 2


class _Tables(NamedTuple):
    """Per-code-point data, expanded from the compact lists at the end of the module."""

    classes: bytes  # line-break class per code point
    widths: bytes  # display columns per code point
    pairs: tuple[bytes, ...]  # _PAIR_TABLE as actions
    class_chars: _CodeMap  # for str.translate: code point -> chr(class)
    width_chars: _CodeMap  # for str.translate: code point -> chr(width)


class _CodeMap(dict[int, str]):
    """A str.translate table filled on demand from a per-code-point byte table."""

    def __init__(self, table: bytes) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, code: int) -> str:
        value = self[code] = chr(self.table[code])
        return value


def _expand_classes() -> bytes:
    """Line-break class of every code point, from _LB_RUNS and the Hangul rule."""
    classes = bytearray([_AL]) * 0x110000
    runs = _LB_RUNS.split()
    for token, following in zip(runs, [*runs[1:], "110000:AL"], strict=True):
        start, name = token.split(":")
        end = int(following.split(":")[0], 16)
        classes[int(start, 16) : end] = bytes([_CLS[name]]) * (end - int(start, 16))
    for offset in range(0xD7A4 - 0xAC00):  # Hangul syllables: LV every 28th, else LVT
        classes[0xAC00 + offset] = _H2 if offset % 28 == 0 else _H3
    return bytes(classes)


def _width_ranges() -> list[tuple[int, int, int]]:
    """(first, last, width) for every code point range whose width is not 1."""
    found = []
    for value, ranges in ((0, _WIDTH_0), (2, _WIDTH_2)):
        for item in ranges.split():
            first, _, last = item.partition("-")
            found.append((int(first, 16), int(last or first, 16), value))
    return found


@functools.cache
def _tables() -> _Tables:
    """Expand the compact run lists once into per-code-point lookup tables."""
    widths = bytearray([1]) * 0x110000
    for lo, hi, value in _width_ranges():
        widths[lo : hi + 1] = bytes([value]) * (hi - lo + 1)
    codes = {"D": _DIRECT, "I": _INDIRECT, "P": _PROHIBITED}
    classes = _expand_classes()
    return _Tables(
        classes=classes,
        widths=bytes(widths),
        pairs=tuple(bytes(codes[c] for c in row) for row in _PAIR_TABLE),
        class_chars=_CodeMap(classes),
        width_chars=_CodeMap(bytes(widths)),
    )


def escape_po(text: str) -> str:
    """Escape text for a PO string literal the way gettext does (no quotes)."""
    return text.translate(_ESCAPE_TABLE)


def _portions(value: str) -> list[str]:
    """Split after each newline, as gettext wraps every portion separately."""
    pieces = value.split("\n")
    portions = [piece + "\n" for piece in pieces[:-1]]
    if pieces[-1]:
        portions.append(pieces[-1])
    return portions or [""]


def _class_codes(text: str) -> bytes:
    """Line-break class of each character, computed at C speed."""
    tables = _tables()
    if text.isascii():
        return text.encode("ascii").translate(tables.classes[:256])
    return text.translate(tables.class_chars).encode("latin-1")


def _column_offsets(text: str) -> Sequence[int]:
    """offsets[i] = display columns of text[:i] (wide characters count 2)."""
    widths = text.translate(_tables().width_chars)
    if "\0" not in widths and "\2" not in widths:
        return range(len(text) + 1)
    return list(itertools.accumulate(widths.encode("latin-1"), initial=0))


class _State(NamedTuple):
    """What libunistring's ``u8_possible_linebreaks`` remembers between characters."""

    last: int  # class of the last character that is not a space or mark
    prev: int  # class of the previous character
    after_hebrew: bool  # the character before prev was HL (for LB21a)
    seen_space: bool  # spaces since ``last``
    odd_regional: bool  # an odd number of regional indicators ends at prev (LB30a)


def _combining(state: _State) -> tuple[int, int, bool]:
    """(decision, new last, new seen_space) for a combining mark or ZWJ."""
    if not state.seen_space and state.last not in _LINE_START:
        return _NO_BREAK, state.last, state.seen_space  # X CM behaves as X
    return (_NO_BREAK if state.last == _BK else _CAN_BREAK), _AL, False


def _pair(state: _State, cls: int) -> int:
    """Decision between ``state.last`` and a character of a pair-table class."""
    if state.last == _ZW:
        return _CAN_BREAK
    if (
        state.last == _BK
        or state.prev == _ZWJ
        or (state.after_hebrew and state.prev in _HYPHENS)
        or (cls == _RI and state.prev == _RI and state.odd_regional)
    ):
        return _NO_BREAK
    action = _tables().pairs[state.last][cls]
    direct = action == _DIRECT or (action == _INDIRECT and state.seen_space)
    return _CAN_BREAK if direct else _NO_BREAK


def _transition(state: _State, cls: int) -> tuple[_State, int]:
    """One step of libunistring 1.0's ``u8_possible_linebreaks``.

    UAX #14 through the pair table, plus the rules libunistring hard-codes
    (LB7-LB10 spaces and combining marks, LB8a ZWJ, LB21a Hebrew hyphen,
    LB30a regional indicator pairs).
    """
    last, seen_space = state.last, state.seen_space
    if cls in _MANDATORY:
        brk, last, seen_space = _MUST_BREAK, _BK, False
    elif cls == _SP:
        brk, seen_space = _NO_BREAK, True
    elif cls == _ZW:
        brk, last, seen_space = _NO_BREAK, _ZW, False
    elif cls in _COMBINING:
        brk, last, seen_space = _combining(state)
    else:
        brk, last, seen_space = _pair(state, cls), cls, False
    odd_regional = cls == _RI and not (state.prev == _RI and state.odd_regional)
    return _State(last, cls, state.prev == _HL, seen_space, odd_regional), brk


class _Automaton:
    """_transition, memoized into a flat table so the scan does no Python calls.

    ``table[offset + cls]`` packs the next state's offset and the decision,
    ``next_offset << 2 | decision``, or is -1 until first needed.  ``chunks``
    remembers whole words: text repeats the same runs of classes (a word and
    the spaces after it) far more often than it repeats states.
    """

    def __init__(self) -> None:
        self.states: list[_State] = []
        self.offsets: dict[_State, int] = {}
        self.table: list[int] = []
        self.chunks: dict[tuple[int, bytes], tuple[int, list[tuple[int, int]]]] = {}
        self.start = self.offset_of(_State(_BK, _BK, False, False, False))

    def offset_of(self, state: _State) -> int:
        if state not in self.offsets:
            self.offsets[state] = len(self.table)
            self.states.append(state)
            self.table += [-1] * len(_CLASS_NAMES)
        return self.offsets[state]

    def learn(self, offset: int, cls: int) -> int:
        following, brk = _transition(self.states[offset // len(_CLASS_NAMES)], cls)
        packed = self.offset_of(following) << 2 | brk
        self.table[offset + cls] = packed
        return packed

    def scan(self, offset: int, classes: bytes) -> tuple[int, list[tuple[int, int]]]:
        """The state after ``classes`` from ``offset``, and the breaks on the way."""
        table = self.table
        found: list[tuple[int, int]] = []
        for index, cls in enumerate(classes):
            packed = table[offset + cls]
            if packed < 0:
                packed = self.learn(offset, cls)
            offset = packed >> 2
            if packed & 3:
                found.append((index, packed & 3))
        return offset, found

    def chunk(self, offset: int, classes: bytes) -> tuple[int, list[tuple[int, int]]]:
        """:meth:`scan`, remembered (and forgotten in bulk when too many)."""
        key = (offset, classes)
        known = self.chunks.get(key)
        if known is None:
            if len(self.chunks) >= _CHUNK_MEMORY:
                self.chunks.clear()
            following, events = self.scan(offset, classes)
            if events == _WORD_START:
                events = _WORD_START  # shared: lets _opportunities skip the copy
            known = self.chunks[key] = (following, events)
        return known


_CHUNK_MEMORY = 50_000
# The usual events of a chunk: one possible break, before the word.
_WORD_START: list[tuple[int, int]] = [(0, _CAN_BREAK)]
# A word and the spaces after it: the unit the automaton's memory works in.
_CHUNK = re.compile(b"[^" + re.escape(bytes([_SP])) + b"]*" + re.escape(bytes([_SP])) + b"*")


@functools.cache
def _automaton() -> _Automaton:
    return _Automaton()


def _opportunities(classes: bytes) -> list[tuple[int, int]]:
    """(index, decision) of every possible or mandatory break, in order."""
    automaton = _automaton()
    offset = automaton.start
    found: list[tuple[int, int]] = []
    position = 0
    chunks = automaton.chunks
    for chunk in _CHUNK.findall(classes):
        known = chunks.get((offset, chunk))
        offset, events = known if known is not None else automaton.chunk(offset, chunk)
        if events is _WORD_START:
            found.append((position, _CAN_BREAK))
        elif events:
            found += [(position + index, brk) for index, brk in events]
        position += len(chunk)
    return found


def _inside_escape(escaped: str, index: int) -> bool:
    """True if escaped[index] is the second character of an escape sequence."""
    start = index
    while start > 0 and escaped[start - 1] == "\\":
        start -= 1
    return (index - start) % 2 == 1


class _Portion(NamedTuple):
    """An escaped portion with what the greedy fill needs, computed once."""

    escaped: str
    events: list[tuple[int, int]]  # (index, decision) after gettext's overrides
    columns: Sequence[int]
    mandatory: bool  # holds a character that may force a break (BK, CR, LF)


def _analyse(escaped: str, ends_with_newline: bool) -> _Portion:
    """Find where an escaped portion may break.

    gettext forbids breaks inside escape sequences and before a final ``\\n``.
    """
    classes = _class_codes(escaped)
    events = _opportunities(classes)
    if "\\" in escaped:  # else no escape to keep whole (a final "\\n" is an escape too)
        final_backslash = len(escaped) - 2 if ends_with_newline else -1
        events = [
            (index, brk)
            for index, brk in events
            if index != final_backslash
            and (escaped[index - 1] != "\\" or not _inside_escape(escaped, index))
        ]
    mandatory = any(code in classes for code in _MANDATORY_CODES)
    return _Portion(escaped, events, _column_offsets(escaped), mandatory)


def _greedy_breaks(portion: _Portion, width: int, startcol: int) -> list[int]:
    """Indexes where a new line starts: libunistring's ``u8_width_linebreaks``."""
    if portion.mandatory:
        return _greedy_breaks_stepwise(portion, width, startcol)
    return _greedy_breaks_by_search(portion, width, startcol)


def _greedy_breaks_stepwise(portion: _Portion, width: int, startcol: int) -> list[int]:
    """The fill event by event, as libunistring runs it."""
    columns = portion.columns
    breaks: list[int] = []
    last_p = -1
    last_column = startcol
    piece_start = 0
    for index, brk in portion.events:
        if last_p >= 0 and last_column + columns[index] - columns[piece_start] > width:
            if not breaks or breaks[-1] != last_p:
                breaks.append(last_p)
            last_column = 0
        if brk == _MUST_BREAK:
            last_p, last_column, piece_start = -1, 0, index + 1
        else:
            last_column += columns[index] - columns[piece_start]
            last_p = piece_start = index
    overflow = last_column + columns[-1] - columns[piece_start] > width
    if last_p >= 0 and overflow and (not breaks or breaks[-1] != last_p):
        breaks.append(last_p)
    return breaks


def _greedy_breaks_by_search(portion: _Portion, width: int, startcol: int) -> list[int]:
    """The same fill when every event is an opportunity: one search per line.

    The stepwise fill breaks at the last opportunity before the first one
    whose column overflows the line; columns only grow, so that one is found
    by bisection instead of by visiting every word.
    """
    events, columns = portion.events, portion.columns
    at = [columns[index] for index, _ in events]
    breaks: list[int] = []
    if not at:
        return breaks
    base = columns[0] - startcol  # the line's column 0, in the portion's columns
    last = 0  # the first opportunity never breaks: there is nothing before it
    while (over := bisect.bisect_right(at, base + width, last + 1)) < len(at):
        breaks.append(events[over - 1][0])  # the last opportunity that fits (or the first)
        base, last = at[over - 1], over
    if columns[-1] - base > width:  # the rest overflows: break at the last opportunity
        breaks.append(events[-1][0])  # (every break so far was before it)
    return breaks


def _wrap_portion(portion: str, width: int) -> tuple[str, _Portion | None, list[int]]:
    """(escaped, analysis, breaks from column 0); no analysis when it plainly fits."""
    escaped = escape_po(portion)
    if escaped.isascii() and len(escaped) <= width:
        return escaped, None, []
    analysed = _analyse(escaped, portion.endswith("\n"))
    return escaped, analysed, _greedy_breaks(analysed, width, 0)


def _breaks_at(
    escaped: str, final: bool, analysed: _Portion | None, width: int, startcol: int
) -> bool:
    """Whether the fill from ``startcol`` breaks the portion at all.

    Without mandatory breaks the greedy fill breaks exactly when there is an
    opportunity and the whole portion overflows, so the full fill is needed
    only for the rare portion that holds a mandatory break.
    """
    if analysed is None:  # fits from column 0
        if startcol + len(escaped) <= width:
            return False
        analysed = _analyse(escaped, final)
    if analysed.mandatory:
        return bool(_greedy_breaks(analysed, width, startcol))
    return bool(analysed.events) and startcol + analysed.columns[-1] > width


def wrap_po_string(keyword: str, value: str, width: int, prefix: str = "") -> list[str]:
    """Lines gettext 0.21 prints for ``keyword "value"``, without newlines.

    ``width`` is the page width (msgcat ``--width``); 0 means no wrapping
    (msgcat ``--no-wrap`` or the ``no-wrap`` flag).  ``prefix`` is ``""``,
    ``"#~ "`` (obsolete), ``"#| "`` or ``"#~| "`` (previous strings).
    """
    return list(_wrap_cached(keyword, value, width, prefix))


@functools.lru_cache(maxsize=16_384)
def _wrap_cached(keyword: str, value: str, width: int, prefix: str) -> tuple[str, ...]:
    """Remembered: a msgid is wrapped the same in its template and every catalog."""
    return tuple(_wrap(keyword, value, width, prefix))


def _wrap(keyword: str, value: str, width: int, prefix: str) -> list[str]:
    if width < 0:
        raise ValueError(f"width must be >= 0, got {width}")
    if "\0" in value or "\x04" in value:
        raise ValueError("PO strings cannot contain NUL or U+0004 (gettext's context separator)")
    after_break = len(prefix) + 1  # prefix and opening quote of continuation lines
    line_width = (width if width else _INT_MAX) - 1 - after_break
    first_col = len(keyword) + 1 + len(prefix) + 1 - after_break  # after 'keyword "'
    lines: list[str] = []
    first_line = True
    portions = _portions(value)
    for number, portion in enumerate(portions):
        escaped, analysed, breaks = _wrap_portion(portion, line_width)
        is_last = number == len(portions) - 1
        if first_line and escaped:
            final = portion.endswith("\n")
            opens_empty = not is_last or first_col > line_width
            if opens_empty or _breaks_at(escaped, final, analysed, line_width, first_col):
                lines.append(f'{prefix}{keyword} ""')
                first_line = False
            else:
                breaks = []
        elif first_line:
            breaks = []  # an empty string: nothing to break
        lead = f"{prefix}{keyword} " if first_line else prefix
        first_line = False
        bounds = [0, *breaks, len(escaped)]
        for index, (start, end) in enumerate(itertools.pairwise(bounds)):
            lines.append(f'{lead if index == 0 else prefix}"{escaped[start:end]}"')
    return lines


# ---------------------------------------------------------------------------
# Data: libunistring 1.0 (Unicode 14.0), extracted from its unilbrkprop table
# and uc_width(); tests/test_po_wrap.py re-checks them against the installed
# library when it is libunistring 1.0.
#
# _LB_RUNS: "HEX:CL" starts a run of code points of line-break class CL, after
# the resolutions u8_possible_linebreaks applies for a non-CJK encoding
# (AI, SA, XX -> AL; CB -> ID).  Hangul syllables are set in _expand_classes().
# _WIDTH_0 / _WIDTH_2: code point ranges of column width 0 (including control
# characters, which libunistring skips) and 2; everything else is 1.
_LB_RUNS = (
    "0:CM 9:BA A:LF B:BK D:CR E:CM 20:SP 21:EX 22:QU 23:AL 24:PR 25:PO 26:AL 27:QU 28:OP 29:CP "
    "2A:AL 2B:PR 2C:IS 2D:HY 2E:IS 2F:SY 30:NU 3A:IS 3C:AL 3F:EX 40:AL 5B:OP 5C:PR 5D:CP 5E:AL "
    "7B:OP 7C:BA 7D:CL 7E:AL 7F:CM 85:BK 86:CM A0:GL A1:OP A2:PO A3:PR A6:AL AB:QU AC:AL AD:BA "
    "AE:AL B0:PO B1:PR B2:AL B4:BB B5:AL BB:QU BC:AL BF:OP C0:AL 2C8:BB 2C9:AL 2CC:BB 2CD:AL "
    "2DF:BB 2E0:AL 300:CM 34F:GL 350:CM 35C:GL 363:CM 370:AL 37E:IS 37F:AL 483:CM 48A:AL 589:IS "
    "58A:BA 58B:AL 58F:PR 590:AL 591:CM 5BE:BA 5BF:CM 5C0:AL 5C1:CM 5C3:AL 5C4:CM 5C6:EX 5C7:CM "
    "5C8:AL 5D0:HL 5EB:AL 5EF:HL 5F3:AL 609:PO 60C:IS 60E:AL 610:CM 61B:EX 61C:CM 61D:EX 620:AL "
    "64B:CM 660:NU 66A:PO 66B:NU 66D:AL 670:CM 671:AL 6D4:EX 6D5:AL 6D6:CM 6DD:AL 6DF:CM 6E5:AL "
    "6E7:CM 6E9:AL 6EA:CM 6EE:AL 6F0:NU 6FA:AL 711:CM 712:AL 730:CM 74B:AL 7A6:CM 7B1:AL 7C0:NU "
    "7CA:AL 7EB:CM 7F4:AL 7F8:IS 7F9:EX 7FA:AL 7FD:CM 7FE:PR 800:AL 816:CM 81A:AL 81B:CM 824:AL "
    "825:CM 828:AL 829:CM 82E:AL 859:CM 85C:AL 898:CM 8A0:AL 8CA:CM 8E2:AL 8E3:CM 904:AL 93A:CM "
    "93D:AL 93E:CM 950:AL 951:CM 958:AL 962:CM 964:BA 966:NU 970:AL 981:CM 984:AL 9BC:CM 9BD:AL "
    "9BE:CM 9C5:AL 9C7:CM 9C9:AL 9CB:CM 9CE:AL 9D7:CM 9D8:AL 9E2:CM 9E4:AL 9E6:NU 9F0:AL 9F2:PO "
    "9F4:AL 9F9:PO 9FA:AL 9FB:PR 9FC:AL 9FE:CM 9FF:AL A01:CM A04:AL A3C:CM A3D:AL A3E:CM A43:AL "
    "A47:CM A49:AL A4B:CM A4E:AL A51:CM A52:AL A66:NU A70:CM A72:AL A75:CM A76:AL A81:CM A84:AL "
    "ABC:CM ABD:AL ABE:CM AC6:AL AC7:CM ACA:AL ACB:CM ACE:AL AE2:CM AE4:AL AE6:NU AF0:AL AF1:PR "
    "AF2:AL AFA:CM B00:AL B01:CM B04:AL B3C:CM B3D:AL B3E:CM B45:AL B47:CM B49:AL B4B:CM B4E:AL "
    "B55:CM B58:AL B62:CM B64:AL B66:NU B70:AL B82:CM B83:AL BBE:CM BC3:AL BC6:CM BC9:AL BCA:CM "
    "BCE:AL BD7:CM BD8:AL BE6:NU BF0:AL BF9:PR BFA:AL C00:CM C05:AL C3C:CM C3D:AL C3E:CM C45:AL "
    "C46:CM C49:AL C4A:CM C4E:AL C55:CM C57:AL C62:CM C64:AL C66:NU C70:AL C77:BB C78:AL C81:CM "
    "C84:BB C85:AL CBC:CM CBD:AL CBE:CM CC5:AL CC6:CM CC9:AL CCA:CM CCE:AL CD5:CM CD7:AL CE2:CM "
    "CE4:AL CE6:NU CF0:AL D00:CM D04:AL D3B:CM D3D:AL D3E:CM D45:AL D46:CM D49:AL D4A:CM D4E:AL "
    "D57:CM D58:AL D62:CM D64:AL D66:NU D70:AL D79:PO D7A:AL D81:CM D84:AL DCA:CM DCB:AL DCF:CM "
    "DD5:AL DD6:CM DD7:AL DD8:CM DE0:AL DE6:NU DF0:AL DF2:CM DF4:AL E3F:PR E40:AL E50:NU E5A:BA "
    "E5C:AL ED0:NU EDA:AL F01:BB F05:AL F06:BB F08:GL F09:BB F0B:BA F0C:GL F0D:EX F12:GL F13:AL "
    "F14:EX F15:AL F18:CM F1A:AL F20:NU F2A:AL F34:BA F35:CM F36:AL F37:CM F38:AL F39:CM F3A:OP "
    "F3B:CL F3C:OP F3D:CL F3E:CM F40:AL F71:CM F7F:BA F80:CM F85:BA F86:CM F88:AL F8D:CM F98:AL "
    "F99:CM FBD:AL FBE:BA FC0:AL FC6:CM FC7:AL FD0:BB FD2:BA FD3:BB FD4:AL FD9:GL FDB:AL 1040:NU "
    "104A:BA 104C:AL 1090:NU 109A:AL 1100:JL 1160:JV 11A8:JT 1200:AL 135D:CM 1360:AL 1361:BA "
    "1362:AL 1400:BA 1401:AL 1680:BA 1681:AL 169B:OP 169C:CL 169D:AL 16EB:BA 16EE:AL 1712:CM "
    "1716:AL 1732:CM 1735:BA 1737:AL 1752:CM 1754:AL 1772:CM 1774:AL 17D4:BA 17D6:NS 17D7:AL "
    "17D8:BA 17D9:AL 17DA:BA 17DB:PR 17DC:AL 17E0:NU 17EA:AL 1802:EX 1804:BA 1806:BB 1807:AL "
    "1808:EX 180A:AL 180B:CM 180E:GL 180F:CM 1810:NU 181A:AL 1885:CM 1887:AL 18A9:CM 18AA:AL "
    "1920:CM 192C:AL 1930:CM 193C:AL 1944:EX 1946:NU 1950:AL 19D0:NU 19DA:AL 1A17:CM 1A1C:AL "
    "1A7F:CM 1A80:NU 1A8A:AL 1A90:NU 1A9A:AL 1AB0:CM 1ACF:AL 1B00:CM 1B05:AL 1B34:CM 1B45:AL "
    "1B50:NU 1B5A:BA 1B5C:AL 1B5D:BA 1B61:AL 1B6B:CM 1B74:AL 1B7D:BA 1B7F:AL 1B80:CM 1B83:AL "
    "1BA1:CM 1BAE:AL 1BB0:NU 1BBA:AL 1BE6:CM 1BF4:AL 1C24:CM 1C38:AL 1C3B:BA 1C40:NU 1C4A:AL "
    "1C50:NU 1C5A:AL 1C7E:BA 1C80:AL 1CD0:CM 1CD3:AL 1CD4:CM 1CE9:AL 1CED:CM 1CEE:AL 1CF4:CM "
    "1CF5:AL 1CF7:CM 1CFA:AL 1DC0:CM 1E00:AL 1FFD:BB 1FFE:AL 2000:BA 2007:GL 2008:BA 200B:ZW "
    "200C:CM 200D:ZJ 200E:CM 2010:BA 2011:GL 2012:BA 2014:B2 2015:AL 2018:QU 201A:OP 201B:QU "
    "201E:OP 201F:QU 2020:AL 2024:IN 2027:BA 2028:BK 202A:CM 202F:GL 2030:PO 2038:AL 2039:QU "
    "203B:AL 203C:NS 203E:AL 2044:IS 2045:OP 2046:CL 2047:NS 204A:AL 2056:BA 2057:AL 2058:BA "
    "205C:AL 205D:BA 2060:WJ 2061:AL 2066:CM 2070:AL 207D:OP 207E:CL 207F:AL 208D:OP 208E:CL "
    "208F:AL 20A0:PR 20A7:PO 20A8:PR 20B6:PO 20B7:PR 20BB:PO 20BC:PR 20BE:PO 20BF:PR 20C0:PO "
    "20C1:PR 20D0:CM 20F1:AL 2103:PO 2104:AL 2109:PO 210A:AL 2116:PR 2117:AL 2212:PR 2214:AL "
    "22EF:IN 22F0:AL 2308:OP 2309:CL 230A:OP 230B:CL 230C:AL 231A:ID 231C:AL 2329:OW 232A:CL "
    "232B:AL 23F0:ID 23F4:AL 2600:ID 2604:AL 2614:ID 2616:AL 2618:ID 2619:AL 261A:ID 261D:EB "
    "261E:ID 2620:AL 2639:ID 263C:AL 2668:ID 2669:AL 267F:ID 2680:AL 26BD:ID 26C9:AL 26CD:ID "
    "26CE:AL 26CF:ID 26D2:AL 26D3:ID 26D5:AL 26D8:ID 26DA:AL 26DC:ID 26DD:AL 26DF:ID 26E2:AL "
    "26EA:ID 26EB:AL 26F1:ID 26F6:AL 26F7:ID 26F9:EB 26FA:ID 26FB:AL 26FD:ID 2705:AL 2708:ID "
    "270A:EB 270E:AL 275B:QU 2761:AL 2762:EX 2764:ID 2765:AL 2768:OP 2769:CL 276A:OP 276B:CL "
    "276C:OP 276D:CL 276E:OP 276F:CL 2770:OP 2771:CL 2772:OP 2773:CL 2774:OP 2775:CL 2776:AL "
    "27C5:OP 27C6:CL 27C7:AL 27E6:OP 27E7:CL 27E8:OP 27E9:CL 27EA:OP 27EB:CL 27EC:OP 27ED:CL "
    "27EE:OP 27EF:CL 27F0:AL 2983:OP 2984:CL 2985:OP 2986:CL 2987:OP 2988:CL 2989:OP 298A:CL "
    "298B:OP 298C:CL 298D:OP 298E:CL 298F:OP 2990:CL 2991:OP 2992:CL 2993:OP 2994:CL 2995:OP "
    "2996:CL 2997:OP 2998:CL 2999:AL 29D8:OP 29D9:CL 29DA:OP 29DB:CL 29DC:AL 29FC:OP 29FD:CL "
    "29FE:AL 2CEF:CM 2CF2:AL 2CF9:EX 2CFA:BA 2CFD:AL 2CFE:EX 2CFF:BA 2D00:AL 2D70:BA 2D71:AL "
    "2D7F:CM 2D80:AL 2DE0:CM 2E00:QU 2E0E:BA 2E16:AL 2E17:BA 2E18:OP 2E19:BA 2E1A:AL 2E1C:QU "
    "2E1E:AL 2E20:QU 2E22:OP 2E23:CL 2E24:OP 2E25:CL 2E26:OP 2E27:CL 2E28:OP 2E29:CL 2E2A:BA "
    "2E2E:EX 2E2F:AL 2E30:BA 2E32:AL 2E33:BA 2E35:AL 2E3A:B2 2E3C:BA 2E3F:AL 2E40:BA 2E42:OP "
    "2E43:BA 2E4B:AL 2E4C:BA 2E4D:AL 2E4E:BA 2E50:AL 2E53:EX 2E55:OP 2E56:CL 2E57:OP 2E58:CL "
    "2E59:OP 2E5A:CL 2E5B:OP 2E5C:CL 2E5D:BA 2E5E:AL 2E80:ID 2E9A:AL 2E9B:ID 2EF4:AL 2F00:ID "
    "2FD6:AL 2FF0:ID 2FFC:AL 3000:BA 3001:CL 3003:ID 3005:NS 3006:ID 3008:OW 3009:CL 300A:OW "
    "300B:CL 300C:OW 300D:CL 300E:OW 300F:CL 3010:OW 3011:CL 3012:ID 3014:OW 3015:CL 3016:OW "
    "3017:CL 3018:OW 3019:CL 301A:OW 301B:CL 301C:NS 301D:OW 301E:CL 3020:ID 302A:CM 3030:ID "
    "3035:CM 3036:ID 303B:NS 303D:ID 3040:AL 3041:NS 3042:ID 3043:NS 3044:ID 3045:NS 3046:ID "
    "3047:NS 3048:ID 3049:NS 304A:ID 3063:NS 3064:ID 3083:NS 3084:ID 3085:NS 3086:ID 3087:NS "
    "3088:ID 308E:NS 308F:ID 3095:NS 3097:AL 3099:CM 309B:NS 309F:ID 30A0:NS 30A2:ID 30A3:NS "
    "30A4:ID 30A5:NS 30A6:ID 30A7:NS 30A8:ID 30A9:NS 30AA:ID 30C3:NS 30C4:ID 30E3:NS 30E4:ID "
    "30E5:NS 30E6:ID 30E7:NS 30E8:ID 30EE:NS 30EF:ID 30F5:NS 30F7:ID 30FB:NS 30FF:ID 3100:AL "
    "3105:ID 3130:AL 3131:ID 318F:AL 3190:ID 31E4:AL 31F0:NS 3200:ID 321F:AL 3220:ID 3248:AL "
    "3250:ID 4DC0:AL 4E00:ID A015:NS A016:ID A48D:AL A490:ID A4C7:AL A4FE:BA A500:AL A60D:BA "
    "A60E:EX A60F:BA A610:AL A620:NU A62A:AL A66F:CM A673:AL A674:CM A67E:AL A69E:CM A6A0:AL "
    "A6F0:CM A6F2:AL A6F3:BA A6F8:AL A802:CM A803:AL A806:CM A807:AL A80B:CM A80C:AL A823:CM "
    "A828:AL A82C:CM A82D:AL A838:PO A839:AL A874:BB A876:EX A878:AL A880:CM A882:AL A8B4:CM "
    "A8C6:AL A8CE:BA A8D0:NU A8DA:AL A8E0:CM A8F2:AL A8FC:BB A8FD:AL A8FF:CM A900:NU A90A:AL "
    "A926:CM A92E:BA A930:AL A947:CM A954:AL A960:JL A97D:AL A980:CM A984:AL A9B3:CM A9C1:AL "
    "A9C7:BA A9CA:AL A9D0:NU A9DA:AL A9F0:NU A9FA:AL AA29:CM AA37:AL AA43:CM AA44:AL AA4C:CM "
    "AA4E:AL AA50:NU AA5A:AL AA5D:BA AA60:AL AAEB:CM AAF0:BA AAF2:AL AAF5:CM AAF7:AL ABE3:CM "
    "ABEB:BA ABEC:CM ABEE:AL ABF0:NU ABFA:AL D7B0:JV D7C7:AL D7CB:JT D7FC:AL F900:ID FB00:AL "
    "FB1D:HL FB1E:CM FB1F:HL FB29:AL FB2A:HL FB37:AL FB38:HL FB3D:AL FB3E:HL FB3F:AL FB40:HL "
    "FB42:AL FB43:HL FB45:AL FB46:HL FB50:AL FD3E:CL FD3F:OP FD40:AL FDFC:PO FDFD:AL FE00:CM "
    "FE10:IS FE11:CL FE13:IS FE15:EX FE17:OW FE18:CL FE19:IN FE1A:AL FE20:CM FE30:ID FE35:OW "
    "FE36:CL FE37:OW FE38:CL FE39:OW FE3A:CL FE3B:OW FE3C:CL FE3D:OW FE3E:CL FE3F:OW FE40:CL "
    "FE41:OW FE42:CL FE43:OW FE44:CL FE45:ID FE47:OW FE48:CL FE49:ID FE50:CL FE51:ID FE52:CL "
    "FE53:AL FE54:NS FE56:EX FE58:ID FE59:OW FE5A:CL FE5B:OW FE5C:CL FE5D:OW FE5E:CL FE5F:ID "
    "FE67:AL FE68:ID FE69:PR FE6A:PO FE6B:ID FE6C:AL FEFF:WJ FF00:AL FF01:EX FF02:ID FF04:PR "
    "FF05:PO FF06:ID FF08:OW FF09:CL FF0A:ID FF0C:CL FF0D:ID FF0E:CL FF0F:ID FF1A:NS FF1C:ID "
    "FF1F:EX FF20:ID FF3B:OW FF3C:ID FF3D:CL FF3E:ID FF5B:OW FF5C:ID FF5D:CL FF5E:ID FF5F:OW "
    "FF60:CL FF62:OW FF63:CL FF65:NS FF66:ID FF67:NS FF71:ID FF9E:NS FFA0:ID FFBF:AL FFC2:ID "
    "FFC8:AL FFCA:ID FFD0:AL FFD2:ID FFD8:AL FFDA:ID FFDD:AL FFE0:PO FFE1:PR FFE2:ID FFE5:PR "
    "FFE7:AL FFF9:CM FFFC:ID FFFD:AL 10100:BA 10103:AL 101FD:CM 101FE:AL 102E0:CM 102E1:AL "
    "10376:CM 1037B:AL 1039F:BA 103A0:AL 103D0:BA 103D1:AL 104A0:NU 104AA:AL 10857:BA 10858:AL "
    "1091F:BA 10920:AL 10A01:CM 10A04:AL 10A05:CM 10A07:AL 10A0C:CM 10A10:AL 10A38:CM 10A3B:AL "
    "10A3F:CM 10A40:AL 10A50:BA 10A58:AL 10AE5:CM 10AE7:AL 10AF0:BA 10AF6:IN 10AF7:AL 10B39:BA "
    "10B40:AL 10D24:CM 10D28:AL 10D30:NU 10D3A:AL 10EAB:CM 10EAD:BA 10EAE:AL 10F46:CM 10F51:AL "
    "10F82:CM 10F86:AL 11000:CM 11003:AL 11038:CM 11047:BA 11049:AL 11066:NU 11070:CM 11071:AL "
    "11073:CM 11075:AL 1107F:CM 11083:AL 110B0:CM 110BB:AL 110BE:BA 110C2:CM 110C3:AL 110F0:NU "
    "110FA:AL 11100:CM 11103:AL 11127:CM 11135:AL 11136:NU 11140:BA 11144:AL 11145:CM 11147:AL "
    "11173:CM 11174:AL 11175:BB 11176:AL 11180:CM 11183:AL 111B3:CM 111C1:AL 111C5:BA 111C7:AL "
    "111C8:BA 111C9:CM 111CD:AL 111CE:CM 111D0:NU 111DA:AL 111DB:BB 111DC:AL 111DD:BA 111E0:AL "
    "1122C:CM 11238:BA 1123A:AL 1123B:BA 1123D:AL 1123E:CM 1123F:AL 112A9:BA 112AA:AL 112DF:CM "
    "112EB:AL 112F0:NU 112FA:AL 11300:CM 11304:AL 1133B:CM 1133D:AL 1133E:CM 11345:AL 11347:CM "
    "11349:AL 1134B:CM 1134E:AL 11357:CM 11358:AL 11362:CM 11364:AL 11366:CM 1136D:AL 11370:CM "
    "11375:AL 11435:CM 11447:AL 1144B:BA 1144F:AL 11450:NU 1145A:BA 1145C:AL 1145E:CM 1145F:AL "
    "114B0:CM 114C4:AL 114D0:NU 114DA:AL 115AF:CM 115B6:AL 115B8:CM 115C1:BB 115C2:BA 115C4:EX "
    "115C6:AL 115C9:BA 115D8:AL 115DC:CM 115DE:AL 11630:CM 11641:BA 11643:AL 11650:NU 1165A:AL "
    "11660:BB 1166D:AL 116AB:CM 116B8:AL 116C0:NU 116CA:AL 11730:NU 1173A:AL 1173C:BA 1173F:AL "
    "1182C:CM 1183B:AL 118E0:NU 118EA:AL 11930:CM 11936:AL 11937:CM 11939:AL 1193B:CM 1193F:AL "
    "11940:CM 11941:AL 11942:CM 11944:BA 11947:AL 11950:NU 1195A:AL 119D1:CM 119D8:AL 119DA:CM "
    "119E1:AL 119E2:BB 119E3:AL 119E4:CM 119E5:AL 11A01:CM 11A0B:AL 11A33:CM 11A3A:AL 11A3B:CM "
    "11A3F:BB 11A40:AL 11A41:BA 11A45:BB 11A46:AL 11A47:CM 11A48:AL 11A51:CM 11A5C:AL 11A8A:CM "
    "11A9A:BA 11A9D:AL 11A9E:BB 11AA1:BA 11AA3:AL 11C2F:CM 11C37:AL 11C38:CM 11C40:AL 11C41:BA "
    "11C46:AL 11C50:NU 11C5A:AL 11C70:BB 11C71:EX 11C72:AL 11C92:CM 11CA8:AL 11CA9:CM 11CB7:AL "
    "11D31:CM 11D37:AL 11D3A:CM 11D3B:AL 11D3C:CM 11D3E:AL 11D3F:CM 11D46:AL 11D47:CM 11D48:AL "
    "11D50:NU 11D5A:AL 11D8A:CM 11D8F:AL 11D90:CM 11D92:AL 11D93:CM 11D98:AL 11DA0:NU 11DAA:AL "
    "11EF3:CM 11EF7:AL 11FDD:PO 11FE1:AL 11FFF:BA 12000:AL 12470:BA 12475:AL 13258:OP 1325B:CL "
    "1325E:AL 13282:CL 13283:AL 13286:OP 13287:CL 13288:OP 13289:CL 1328A:AL 13379:OP 1337A:CL "
    "1337C:AL 13430:GL 13437:OP 13438:CL 13439:AL 145CE:OP 145CF:CL 145D0:AL 16A60:NU 16A6A:AL "
    "16A6E:BA 16A70:AL 16AC0:NU 16ACA:AL 16AF0:CM 16AF5:BA 16AF6:AL 16B30:CM 16B37:BA 16B3A:AL "
    "16B44:BA 16B45:AL 16B50:NU 16B5A:AL 16E97:BA 16E99:AL 16F4F:CM 16F50:AL 16F51:CM 16F88:AL "
    "16F8F:CM 16F93:AL 16FE0:NS 16FE4:GL 16FE5:AL 16FF0:CM 16FF2:AL 17000:ID 187F8:AL 18800:ID "
    "18B00:AL 18D00:ID 18D09:AL 1B000:ID 1B123:AL 1B150:NS 1B153:AL 1B164:NS 1B168:AL 1B170:ID "
    "1B2FC:AL 1BC9D:CM 1BC9F:BA 1BCA0:CM 1BCA4:AL 1CF00:CM 1CF2E:AL 1CF30:CM 1CF47:AL 1D165:CM "
    "1D16A:AL 1D16D:CM 1D183:AL 1D185:CM 1D18C:AL 1D1AA:CM 1D1AE:AL 1D242:CM 1D245:AL 1D7CE:NU "
    "1D800:AL 1DA00:CM 1DA37:AL 1DA3B:CM 1DA6D:AL 1DA75:CM 1DA76:AL 1DA84:CM 1DA85:AL 1DA87:BA "
    "1DA8B:AL 1DA9B:CM 1DAA0:AL 1DAA1:CM 1DAB0:AL 1E000:CM 1E007:AL 1E008:CM 1E019:AL 1E01B:CM "
    "1E022:AL 1E023:CM 1E025:AL 1E026:CM 1E02B:AL 1E130:CM 1E137:AL 1E140:NU 1E14A:AL 1E2AE:CM "
    "1E2AF:AL 1E2EC:CM 1E2F0:NU 1E2FA:AL 1E2FF:PR 1E300:AL 1E8D0:CM 1E8D7:AL 1E944:CM 1E94B:AL "
    "1E950:NU 1E95A:AL 1E95E:OP 1E960:AL 1ECAC:PO 1ECAD:AL 1ECB0:PO 1ECB1:AL 1F000:ID 1F02C:IE "
    "1F030:ID 1F094:IE 1F0A0:ID 1F0AF:IE 1F0B1:ID 1F0C0:IE 1F0C1:ID 1F0D0:IE 1F0D1:ID 1F0F6:IE "
    "1F100:AL 1F10D:ID 1F110:AL 1F16D:ID 1F170:AL 1F1AD:ID 1F1AE:IE 1F1E6:RI 1F200:ID 1F203:IE "
    "1F210:ID 1F23C:IE 1F240:ID 1F249:IE 1F250:ID 1F252:IE 1F260:ID 1F266:IE 1F300:ID 1F385:EB "
    "1F386:ID 1F39C:AL 1F39E:ID 1F3B5:AL 1F3B7:ID 1F3BC:AL 1F3BD:ID 1F3C2:EB 1F3C5:ID 1F3C7:EB "
    "1F3C8:ID 1F3CA:EB 1F3CD:ID 1F3FB:EM 1F400:ID 1F442:EB 1F444:ID 1F446:EB 1F451:ID 1F466:EB "
    "1F479:ID 1F47C:EB 1F47D:ID 1F481:EB 1F484:ID 1F485:EB 1F488:ID 1F48F:EB 1F490:ID 1F491:EB "
    "1F492:ID 1F4A0:AL 1F4A1:ID 1F4A2:AL 1F4A3:ID 1F4A4:AL 1F4A5:ID 1F4AA:EB 1F4AB:ID 1F4AF:AL "
    "1F4B0:ID 1F4B1:AL 1F4B3:ID 1F500:AL 1F507:ID 1F517:AL 1F525:ID 1F532:AL 1F54A:ID 1F574:EB "
    "1F576:ID 1F57A:EB 1F57B:ID 1F590:EB 1F591:ID 1F595:EB 1F597:ID 1F5D4:AL 1F5DC:ID 1F5F4:AL "
    "1F5FA:ID 1F645:EB 1F648:ID 1F64B:EB 1F650:AL 1F676:QU 1F679:NS 1F67C:AL 1F680:ID 1F6A3:EB "
    "1F6A4:ID 1F6B4:EB 1F6B7:ID 1F6C0:EB 1F6C1:ID 1F6CC:EB 1F6CD:ID 1F6D8:IE 1F6DD:ID 1F6ED:IE "
    "1F6F0:ID 1F6FD:IE 1F700:AL 1F774:IE 1F780:AL 1F7D5:ID 1F7D9:IE 1F7E0:ID 1F7EC:IE 1F7F0:ID "
    "1F7F1:IE 1F800:AL 1F80C:IE 1F810:AL 1F848:IE 1F850:AL 1F85A:IE 1F860:AL 1F888:IE 1F890:AL "
    "1F8AE:IE 1F8B0:ID 1F8B2:IE 1F900:AL 1F90C:EB 1F90D:ID 1F90F:EB 1F910:ID 1F918:EB 1F920:ID "
    "1F926:EB 1F927:ID 1F930:EB 1F93A:ID 1F93C:EB 1F93F:ID 1F977:EB 1F978:ID 1F9B5:EB 1F9B7:ID "
    "1F9B8:EB 1F9BA:ID 1F9BB:EB 1F9BC:ID 1F9CD:EB 1F9D0:ID 1F9D1:EB 1F9DE:ID 1FA00:AL 1FA54:IE "
    "1FA60:ID 1FA6E:IE 1FA70:ID 1FA75:IE 1FA78:ID 1FA7D:IE 1FA80:ID 1FA87:IE 1FA90:ID 1FAAD:IE "
    "1FAB0:ID 1FABB:IE 1FAC0:ID 1FAC3:EB 1FAC6:IE 1FAD0:ID 1FADA:IE 1FAE0:ID 1FAE8:IE 1FAF0:EB "
    "1FAF7:IE 1FB00:AL 1FBF0:NU 1FBFA:AL 1FC00:IE 1FFFE:AL 20000:ID 2FFFE:AL 30000:ID 3FFFE:AL "
    "E0001:CM E0002:AL E0020:CM E0080:AL E0100:CM E01F0:AL"
)
_WIDTH_0 = (
    "0-1F 7F-9F AD 300-36F 483-489 591-5BD 5BF 5C1-5C2 5C4-5C5 5C7 600-605 610-61A 61C 64B-65F "
    "670 6D6-6DD 6DF-6E4 6E7-6E8 6EA-6ED 70F 711 730-74A 7A6-7B0 7EB-7F3 7FD 816-819 81B-823 "
    "825-827 829-82D 859-85B 890-891 898-89F 8CA-902 93A 93C 941-948 94D 951-957 962-963 981 9BC "
    "9C1-9C4 9CD 9E2-9E3 9FE A01-A02 A3C A41-A42 A47-A48 A4B-A4D A51 A70-A71 A75 A81-A82 ABC "
    "AC1-AC5 AC7-AC8 ACD AE2-AE3 AFA-AFF B01 B3C B3F B41-B44 B4D B55-B56 B62-B63 B82 BC0 BCD C00 "
    "C04 C3C C3E-C40 C46-C48 C4A-C4D C55-C56 C62-C63 C81 CBC CCC-CCD CE2-CE3 D00-D01 D3B-D3C "
    "D41-D44 D4D D62-D63 D81 DCA DD2-DD4 DD6 E31 E34-E3A E47-E4E EB1 EB4-EBC EC8-ECD F18-F19 F35 "
    "F37 F39 F71-F7E F80-F84 F86-F87 F8D-F97 F99-FBC FC6 102D-1030 1032-1037 1039-103A 103D-103E "
    "1058-1059 105E-1060 1071-1074 1082 1085-1086 108D 109D 1160-11FF 135D-135F 1712-1714 "
    "1732-1733 1752-1753 1772-1773 17B4-17B5 17B7-17BD 17C6 17C9-17D3 17DD 180B-180F 1885-1886 "
    "18A9 1920-1922 1927-1928 1932 1939-193B 1A17-1A18 1A1B 1A56 1A58-1A5E 1A60 1A62 1A65-1A6C "
    "1A73-1A7C 1A7F 1AB0-1ACE 1B00-1B03 1B34 1B36-1B3A 1B3C 1B42 1B6B-1B73 1B80-1B81 1BA2-1BA5 "
    "1BA8-1BA9 1BAB-1BAD 1BE6 1BE8-1BE9 1BED 1BEF-1BF1 1C2C-1C33 1C36-1C37 1CD0-1CD2 1CD4-1CE0 "
    "1CE2-1CE8 1CED 1CF4 1CF8-1CF9 1DC0-1DFF 200B-200F 202A-202E 2060-2064 2066-206F 20D0-20F0 "
    "2CEF-2CF1 2D7F 2DE0-2DFF 302A-302D 3099-309A A66F-A672 A674-A67D A69E-A69F A6F0-A6F1 A802 "
    "A806 A80B A825-A826 A82C A8C4-A8C5 A8E0-A8F1 A8FF A926-A92D A947-A951 A980-A982 A9B3 "
    "A9B6-A9B9 A9BC-A9BD A9E5 AA29-AA2E AA31-AA32 AA35-AA36 AA43 AA4C AA7C AAB0 AAB2-AAB4 "
    "AAB7-AAB8 AABE-AABF AAC1 AAEC-AAED AAF6 ABE5 ABE8 ABED D7B0-D7C6 D7CB-D7FB FB1E FE00-FE0F "
    "FE20-FE2F FEFF FFF9-FFFB 101FD 102E0 10376-1037A 10A01-10A03 10A05-10A06 10A0C-10A0F "
    "10A38-10A3A 10A3F 10AE5-10AE6 10D24-10D27 10EAB-10EAC 10F46-10F50 10F82-10F85 11001 "
    "11038-11046 11070 11073-11074 1107F-11081 110B3-110B6 110B9-110BA 110BD 110C2 110CD "
    "11100-11102 11127-1112B 1112D-11134 11173 11180-11181 111B6-111BE 111C9-111CC 111CF "
    "1122F-11231 11234 11236-11237 1123E 112DF 112E3-112EA 11300-11301 1133B-1133C 11340 "
    "11366-1136C 11370-11374 11438-1143F 11442-11444 11446 1145E 114B3-114B8 114BA 114BF-114C0 "
    "114C2-114C3 115B2-115B5 115BC-115BD 115BF-115C0 115DC-115DD 11633-1163A 1163D 1163F-11640 "
    "116AB 116AD 116B0-116B5 116B7 1171D-1171F 11722-11725 11727-1172B 1182F-11837 11839-1183A "
    "1193B-1193C 1193E 11943 119D4-119D7 119DA-119DB 119E0 11A01-11A06 11A09-11A0A 11A33-11A38 "
    "11A3B-11A3E 11A47 11A51-11A56 11A59-11A5B 11A8A-11A96 11A98-11A99 11C30-11C36 11C38-11C3D "
    "11C92-11CA7 11CAA-11CB0 11CB2-11CB3 11CB5-11CB6 11D31-11D36 11D3A 11D3C-11D3D 11D3F-11D45 "
    "11D47 11D90-11D91 11D95 11D97 11EF3-11EF4 13430-13438 16AF0-16AF4 16B30-16B36 16F4F "
    "16F8F-16F92 16FE4 1BC9D-1BC9E 1BCA0-1BCA3 1CF00-1CF2D 1CF30-1CF46 1D167-1D169 1D173-1D182 "
    "1D185-1D18B 1D1AA-1D1AD 1D242-1D244 1DA00-1DA36 1DA3B-1DA6C 1DA75 1DA84 1DA9B-1DA9F "
    "1DAA1-1DAAF 1E000-1E006 1E008-1E018 1E01B-1E021 1E023-1E024 1E026-1E02A 1E130-1E136 1E2AE "
    "1E2EC-1E2EF 1E8D0-1E8D6 1E944-1E94A E0001 E0020-E007F E0100-E01EF"
)
_WIDTH_2 = (
    "1100-115F 231A-231B 2329-232A 23E9-23EC 23F0 23F3 25FD-25FE 2614-2615 2648-2653 267F 2693 "
    "26A1 26AA-26AB 26BD-26BE 26C4-26C5 26CE 26D4 26EA 26F2-26F3 26F5 26FA 26FD 2705 270A-270B "
    "2728 274C 274E 2753-2755 2757 2795-2797 27B0 27BF 2B1B-2B1C 2B50 2B55 2E80-3029 302E-303E "
    "3040-3098 309B-3247 3250-4DBF 4E00-A4CF A960-A97C AC00-D7A3 F900-FAFF FE10-FE1F FE30-FE6F "
    "FF00-FF60 FFE0-FFE6 16FE0-16FE3 16FF0-16FF1 17000-187F7 18800-18CD5 18D00-18D08 1AFF0-1AFF3 "
    "1AFF5-1AFFB 1AFFD-1AFFE 1B000-1B122 1B150-1B152 1B164-1B167 1B170-1B2FB 1F004 1F0CF 1F18E "
    "1F191-1F19A 1F200-1F320 1F32D-1F335 1F337-1F37C 1F37E-1F393 1F3A0-1F3CA 1F3CF-1F3D3 "
    "1F3E0-1F3F0 1F3F4 1F3F8-1F43E 1F440 1F442-1F4FC 1F4FF-1F53D 1F54B-1F54E 1F550-1F567 1F57A "
    "1F595-1F596 1F5A4 1F5FB-1F64F 1F680-1F6C5 1F6CC 1F6D0-1F6D2 1F6D5-1F6D7 1F6DD-1F6DF "
    "1F6EB-1F6EC 1F6F4-1F6FC 1F7E0-1F7EB 1F7F0 1F90C-1F93A 1F93C-1F945 1F947-1F9FF 1FA70-1FA74 "
    "1FA78-1FA7C 1FA80-1FA86 1FA90-1FAAC 1FAB0-1FABA 1FAC0-1FAC5 1FAD0-1FAD9 1FAE0-1FAE7 "
    "1FAF0-1FAF6 20000-3FFFF"
)
