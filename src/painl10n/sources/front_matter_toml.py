"""TOML front matter (Hugo's ``+++``): its values, and where each string is written.

``tomllib`` reads the values but gives no positions; this scanner walks the same
text (already valid TOML, since tomllib read it) and records every string's
exact span, so a translation replaces those bytes and nothing else. Tables
(``[params]``), arrays of tables (``[[resources]]``), dotted keys, inline
arrays and inline tables are followed; each scalar is decoded by tomllib
itself, and the tree is compared with tomllib's reading before it is used.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from typing import Any

from ..errors import Painl10nError
from .front_matter_paths import EMPTY, LIST, MAPPING, NUMBER, TEXT, FieldNode

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BLANK = re.compile(r"(?:[ \t\r\n]+|#[^\n]*)*")
_SPACES = re.compile(r"[ \t]*")
_OTHER = re.compile(r"[^,\]}\s#]+(?: [0-9][0-9:.+\-Zz]*)?")
_ERROR_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_NOT_TEXT = {bool: "a yes/no value", int: NUMBER, float: NUMBER}


def read_toml(
    text: str, start: int, end: int, line_starts: list[int], ref: str
) -> tuple[dict[str, Any], FieldNode]:
    """The TOML in ``text[start:end]``: its values, and a tree with its strings' spans."""
    first_line = bisect_right(line_starts, start)
    try:
        data = tomllib.loads(text[start:end])
    except tomllib.TOMLDecodeError as exc:
        found = _ERROR_LINE.search(str(exc))
        line = first_line + int(found[1]) - 1 if found else first_line
        problem = _ERROR_LINE.sub("", str(exc)).strip()
        raise Painl10nError(f"broken TOML front matter: {problem}", path=ref, line=line) from exc
    return data, _Scanner(text, start, end, line_starts).document()


class _Scanner:
    def __init__(self, text: str, start: int, end: int, line_starts: list[int]) -> None:
        self.text, self.pos, self.end = text, start, end
        self.line_starts = line_starts

    def line(self) -> int:
        return bisect_right(self.line_starts, self.pos)

    def document(self) -> FieldNode:
        root = table = FieldNode(MAPPING, self.line())
        while True:
            self.pos = _BLANK.match(self.text, self.pos, self.end).end()  # type: ignore[union-attr]
            if self.pos >= self.end:
                return root
            line = self.line()
            if self.text.startswith("[[", self.pos):
                self.pos += 2
                keys = self.keys()
                self.pos += 2  # ']]'
                parent = _walk(root, keys[:-1], line)
                array = parent.entries.setdefault(keys[-1], FieldNode(LIST, line))
                table = FieldNode(MAPPING, line)
                array.items.append(table)
            elif self.text[self.pos] == "[":
                self.pos += 1
                keys = self.keys()
                self.pos += 1  # ']'
                table = _walk(root, keys, line)
            else:
                self.pair(table)

    def pair(self, table: FieldNode) -> None:
        line = self.line()
        keys = self.keys()
        self.pos += 1  # '='
        self.spaces()
        _walk(table, keys[:-1], line).entries[keys[-1]] = self.value(line)

    def spaces(self) -> None:
        self.pos = _SPACES.match(self.text, self.pos).end()  # type: ignore[union-attr]

    def blank(self) -> None:
        self.pos = _BLANK.match(self.text, self.pos).end()  # type: ignore[union-attr]

    def keys(self) -> list[str]:
        keys = []
        while True:
            self.spaces()
            if self.text[self.pos] in "\"'":
                start = self.pos
                self.pos = _string_end(self.text, self.pos)
                keys.append(next(iter(tomllib.loads(self.text[start : self.pos] + " = 0"))))
            else:
                bare = _BARE_KEY.match(self.text, self.pos)
                assert bare is not None  # tomllib read it: a key is here
                keys.append(bare[0])
                self.pos = bare.end()
            self.spaces()
            if self.text[self.pos] != ".":
                return keys
            self.pos += 1

    def value(self, line: int) -> FieldNode:
        text, start = self.text, self.pos
        char = text[start]
        if char in "\"'":
            self.pos = _string_end(text, start)
            raw = text[start : self.pos]
            value = tomllib.loads("v = " + raw)["v"]
            quote = raw[:3] if raw[:3] in ('"""', "'''") else char
            kind = TEXT if value else EMPTY
            return FieldNode(kind, line, text=value, start=start, end=self.pos, quote=quote)
        if char == "[":
            array = FieldNode(LIST, line)
            self.pos += 1
            while True:
                self.blank()
                if text[self.pos] == "]":
                    self.pos += 1
                    return array
                array.items.append(self.value(self.line()))
                self.blank()
                if text[self.pos] == ",":
                    self.pos += 1
        if char == "{":
            table = FieldNode(MAPPING, line)
            self.pos += 1
            while True:
                self.spaces()
                if text[self.pos] == "}":
                    self.pos += 1
                    return table
                self.pair(table)
                self.spaces()
                if text[self.pos] == ",":
                    self.pos += 1
        other = _OTHER.match(text, start)
        assert other is not None
        self.pos = other.end()
        value = tomllib.loads("v = " + other[0])["v"]
        kind = _NOT_TEXT.get(type(value), "a date")
        if kind != NUMBER:
            return FieldNode(kind, line, raw=other[0])
        return FieldNode(kind, line, text=other[0], raw=other[0], start=start, end=self.pos)


def _walk(table: FieldNode, keys: list[str], line: int) -> FieldNode:
    """The table ``keys`` name below ``table``, made if new; through an array of
    tables, its last table (where a ``[resources.params]`` header adds to)."""
    for key in keys:
        child = table.entries.setdefault(key, FieldNode(MAPPING, line))
        table = child.items[-1] if child.kind == LIST else child
    return table


def _string_end(text: str, start: int) -> int:
    """The offset after the TOML string (any of the four kinds) that starts at ``start``."""
    quote = text[start]
    triple = text.startswith(quote * 3, start)
    position = start + (3 if triple else 1)
    while True:
        char = text[position]
        if char == "\\" and quote == '"':
            position += 2
        elif not triple and char == quote:
            return position + 1
        elif triple and text.startswith(quote * 3, position):
            position += 3
            extra = 0  # up to two quotes just before the closing three are content
            while extra < 2 and position < len(text) and text[position] == quote:
                position, extra = position + 1, extra + 1
            return position
        else:
            position += 1
