"""Which front matter formats a generator reads, and where a TOML or JSON one ends.

YAML (``---``) is found by the Markdown parser's front matter plugin, as
always. Hugo also reads TOML between ``+++`` lines and a JSON object that
opens the file; for ``plain`` (and the other generators) a file that starts
with ``+++`` or ``{`` is Markdown, as it was, so only the formats a generator
reads are looked for (:data:`FORMATS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import Painl10nError
from .front_matter_json import read_json
from .front_matter_paths import FieldNode, same_values
from .front_matter_toml import read_toml

YAML, TOML, JSON = "yaml", "toml", "json"
# The front matter formats each generator reads; any other: YAML only.
FORMATS: dict[str, tuple[str, ...]] = {"hugo": (YAML, TOML, JSON)}

_TOML_OPEN = re.compile(r"\+\+\+[ \t]*(?:\r\n|\n)")
_TOML_CLOSE = re.compile(r"^\+\+\+[ \t]*\r?$", re.MULTILINE)
_LINE_BREAKS = re.compile(r"[^\r\n]+")


def front_matter_formats(generator: str) -> tuple[str, ...]:
    """The formats of front matter the articles of ``generator`` may have."""
    return FORMATS.get(generator, (YAML,))


@dataclass(frozen=True)
class FrontMatterBlock:
    """A TOML or JSON front matter: ``text[start:end]`` with its fences, and
    ``text[content_start:content_end]``, what its format's reader reads."""

    format: str
    start: int
    end: int
    content_start: int
    content_end: int


def split_front_matter(text: str, formats: tuple[str, ...], ref: str) -> FrontMatterBlock | None:
    """The TOML or JSON front matter ``text`` opens with, if ``formats`` has its format."""
    if TOML in formats and (opening := _TOML_OPEN.match(text)):
        closing = _TOML_CLOSE.search(text, opening.end())
        if closing is None:
            raise Painl10nError(
                "front matter is not closed", path=ref, line=1, hint="end it with a '+++' line"
            )
        return FrontMatterBlock(TOML, 0, closing.end(), opening.end(), closing.start())
    if JSON in formats and text.startswith("{"):
        end = _json_object_end(text)
        if end is None:
            raise Painl10nError(
                "front matter is not closed",
                path=ref,
                line=1,
                hint="end it with the '}' that matches its first '{'",
            )
        return FrontMatterBlock(JSON, 0, end, 0, end)
    return None


def _json_object_end(text: str) -> int | None:
    """The offset after the '}' that closes the object at the start (strings skipped)."""
    depth, position, in_string = 0, 0, False
    while position < len(text):
        char = text[position]
        if in_string:
            if char == "\\":
                position += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    return None


def blanked(text: str, block: FrontMatterBlock) -> str:
    """``text`` with the front matter's characters removed but its line breaks kept,
    so the Markdown parser sees blank lines there and every line keeps its number."""
    return (
        text[: block.start]
        + _LINE_BREAKS.sub("", text[block.start : block.end])
        + text[block.end :]
    )


def read_block(
    text: str, block: FrontMatterBlock, line_starts: list[int], ref: str
) -> tuple[dict[str, Any], FieldNode]:
    """The values of a TOML or JSON front matter, and the tree of their positions."""
    reader = read_toml if block.format == TOML else read_json
    try:
        data, tree = reader(text, block.content_start, block.content_end, line_starts, ref)
    except RecursionError as exc:
        raise Painl10nError("front matter is nested too deeply", path=ref, line=1) from exc
    if not same_values(tree, data):
        raise Painl10nError(
            f"cannot locate the values of this {block.format.upper()} front matter "
            "(please report this)",
            path=ref,
            line=1,
        )
    return data, tree
