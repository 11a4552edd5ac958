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

from ._linebreak_data import LB_RUNS, WIDTH_0, WIDTH_2

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
    """Line-break class of every code point, from LB_RUNS and the Hangul rule."""
    classes = bytearray([_AL]) * 0x110000
    runs = LB_RUNS.split()
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
    for value, ranges in ((0, WIDTH_0), (2, WIDTH_2)):
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
