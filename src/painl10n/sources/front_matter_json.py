"""JSON front matter (Hugo's ``{`` … ``}`` at the top): its values, and where each
string is written.

``json`` reads the values (and finds the errors, with their lines); this
scanner walks the same, valid, text to record every string's exact span. Each
string is decoded by ``json`` itself, so escapes mean what they mean to it.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from typing import Any

from ..errors import Painl10nError
from .front_matter_paths import EMPTY, LIST, MAPPING, NUMBER, TEXT, FieldNode

_WHITESPACE = re.compile(r"[ \t\r\n]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_OTHER = re.compile(r"true|false|null|NaN|-?Infinity|-?[0-9][0-9.eE+-]*")


def read_json(
    text: str, start: int, end: int, line_starts: list[int], ref: str
) -> tuple[dict[str, Any], FieldNode]:
    """The JSON object in ``text[start:end]``: its values, and a tree with its strings' spans."""
    first_line = bisect_right(line_starts, start)
    try:
        data = json.loads(text[start:end], object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise Painl10nError(
            f"broken JSON front matter: {exc.msg}", path=ref, line=first_line + exc.lineno - 1
        ) from exc
    except _DuplicateKey as exc:
        raise Painl10nError(
            f"front matter key {exc.args[0]!r} is given twice",
            path=ref,
            line=first_line,
            hint="keep one of them",
        ) from exc
    except RecursionError as exc:
        raise Painl10nError("front matter is nested too deeply", path=ref, line=first_line) from exc
    return data, _Scanner(text, start, line_starts).value(first_line)


class _DuplicateKey(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Readers differ on a key given twice (Python keeps the last): refuse it, as in YAML."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _Scanner:
    def __init__(self, text: str, start: int, line_starts: list[int]) -> None:
        self.text, self.pos = text, start
        self.line_starts = line_starts

    def line(self) -> int:
        return bisect_right(self.line_starts, self.pos)

    def skip(self) -> None:
        self.pos = _WHITESPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]

    def string(self) -> tuple[str, int, int]:
        found = _STRING.match(self.text, self.pos)
        assert found is not None  # json read it: a string is here
        self.pos = found.end()
        return json.loads(found[0]), found.start(), found.end()

    def value(self, line: int) -> FieldNode:
        self.skip()
        char = self.text[self.pos]
        if char == "{":
            mapping = FieldNode(MAPPING, line)
            self.pos += 1
            while True:
                self.skip()
                if self.text[self.pos] == "}":
                    self.pos += 1
                    return mapping
                if self.text[self.pos] == ",":
                    self.pos += 1
                    continue
                key_line = self.line()
                key = self.string()[0]
                self.skip()
                self.pos += 1  # ':'
                mapping.entries[key] = self.value(key_line)
        if char == "[":
            array = FieldNode(LIST, line)
            self.pos += 1
            while True:
                self.skip()
                if self.text[self.pos] == "]":
                    self.pos += 1
                    return array
                if self.text[self.pos] == ",":
                    self.pos += 1
                    continue
                array.items.append(self.value(self.line()))
        if char == '"':
            value, start, end = self.string()
            return FieldNode(TEXT if value else EMPTY, line, text=value, start=start, end=end)
        other = _OTHER.match(self.text, self.pos)
        assert other is not None
        self.pos = other.end()
        if other[0] == "null":
            return FieldNode(EMPTY, line)
        if other[0] in ("true", "false"):
            return FieldNode("a yes/no value", line, raw=other[0])
        return FieldNode(
            NUMBER, line, text=other[0], raw=other[0], start=other.start(), end=other.end()
        )
