"""A translated front matter value, written in its format and, where it can be, in
the source's own style: a double-quoted YAML value stays double-quoted, a ``|``
block stays a block, a TOML literal string stays literal.

Each writer's output reads back (``yaml.safe_load``, ``tomllib``, ``json``) as
exactly the translation; where the source's style cannot say it (a newline in
a single-quoted YAML value, a quote in a TOML literal string), the value is
written in the format's escaped double-quoted form instead.
"""

from __future__ import annotations

import json
import re

from ..sources.frontmatter import (
    FLOW_PLAIN,
    YAML_UNPRINTABLE,
    yaml_double_quoted,
    yaml_flow_scalar,
    yaml_scalar,
)
from ..sources.model import Segment, Style

_TOML_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_TOML_CONTROL = re.compile(r'[\x00-\x1f\x7f"\\]')


def front_matter_value(seg: Segment, text: str) -> str:
    """``text`` written in place of ``seg``'s value, in its format."""
    if seg.style is Style.TOML:
        return toml_string(text, literal=seg.quote in ("'", "'''"))
    if seg.style is Style.JSON:
        return json.dumps(text, ensure_ascii=False)
    if seg.quote.startswith(("|", ">")):
        block = _yaml_block(seg.quote, seg.continuation, text)
        if block is not None:
            return block
        return yaml_double_quoted(text)
    if seg.quote == '"':
        return yaml_double_quoted(text)
    if seg.quote == FLOW_PLAIN:
        return yaml_flow_scalar(text)
    if seg.quote == "'" and "\n" not in text and not YAML_UNPRINTABLE.search(text):
        return "'" + text.replace("'", "''") + "'"
    return yaml_scalar(text)


def _yaml_block(header: str, indent: str, text: str) -> str | None:
    """``text`` as a block scalar under the source's header (``|``, ``>-`` …), or None
    when the header's chomping or folding could not read it back exactly."""
    indicators = header.split("#")[0]
    if "+" in indicators or any(char.isdigit() for char in indicators):
        return None  # "keep": every trailing line break is the value's; '|2': its own indent
    # "clip" adds one line break, "strip" none: a translation must end the same way
    body = text if "-" in indicators else text.removesuffix("\n")
    if body.endswith("\n"):
        return None
    lines = body.split("\n")
    if header.startswith(">") and len(lines) > 1:
        return None  # a line break in a folded scalar takes a blank line: not worth it
    if not indent or YAML_UNPRINTABLE.search(body) or "\r" in body:
        return None
    for line in lines:
        if line[:1] in (" ", "\t") or line.lstrip().startswith(("---", "...")):
            return None  # more indented (or a front matter fence): not read back as written
        if header.startswith(">") and line != line.strip():
            return None
    return header + "".join(f"\n{indent}{line}" if line else "\n" for line in lines)


def toml_string(text: str, *, literal: bool = False) -> str:
    """A one-line TOML string: literal (``'…'``) if the source's was and ``text`` needs no
    escape there, else a basic string with TOML's escapes."""
    if literal and "'" not in text and not re.search(r"[\x00-\x08\x0a-\x1f\x7f]", text):
        return f"'{text}'"
    return '"' + _TOML_CONTROL.sub(_toml_escape, text) + '"'


def _toml_escape(match: re.Match[str]) -> str:
    char = match[0]
    if char in '"\\':
        return "\\" + char
    return _TOML_ESCAPES.get(char, f"\\u{ord(char):04X}")
