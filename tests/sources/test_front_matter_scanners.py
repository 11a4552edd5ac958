"""The TOML and JSON scanners find every string where it is written: replacing each
span found by a new string gives exactly what the format's reader then reads."""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from painl10n.localize.front_matter import toml_string
from painl10n.sources.front_matter_json import read_json
from painl10n.sources.front_matter_paths import LIST, MAPPING, TEXT, FieldNode, same_values
from painl10n.sources.front_matter_toml import read_toml


def _texts(node: FieldNode) -> list[FieldNode]:
    if node.kind == MAPPING:
        return [text for child in node.entries.values() for text in _texts(child)]
    if node.kind == LIST:
        return [text for item in node.items for text in _texts(item)]
    return [node] if node.kind == TEXT else []


def _starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


def _marked(value: Any) -> Any:
    """``value`` with every non-empty string as the replacement writes it."""
    if isinstance(value, dict):
        return {key: _marked(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_marked(item) for item in value]
    if isinstance(value, str) and value:
        return f'«{value}» "\\'
    return value


def _replace_all(text: str, nodes: list[FieldNode], write: Any) -> str:
    for node in sorted(nodes, key=lambda n: n.start, reverse=True):
        text = text[: node.start] + write(f'«{node.text}» "\\') + text[node.end :]
    return text


TOML = '''\
title = "Basic \\"quoted\\" \\u00e9"  # comment
"quoted key" = 'literal \\ no escape'
dotted.key = "dotted"
site . name = 'spaced dots'
empty = ""
date = 1979-05-27 07:32:00Z
special = [inf, +inf, 0x1F, 1_000, 2024-01-01, 07:32:00, true]
nested = [["a", 'b'], [
  "c", # comment inside an array
  'd',
]]
inline = { name = "inline", deep = { x = 'y', n = 1 } }
multi = """
first line \\
  continued "" ""\\""""
multi_literal = \'\'\'it's
"raw"\'\'\'\'\'

[params]
summary = "in a table"
"odd.key" = "quoted dotted"

[params.author]
name = "sub table"

[[resources]]
title = "first"
[resources.params]
alt = "param of the first"

[[resources]]
title = "second"
tags = ["x", "y"]
'''


def test_every_toml_string_is_found_and_replaced_exactly() -> None:
    data, tree = read_toml(TOML, 0, len(TOML), _starts(TOML), "a.md")
    assert same_values(tree, data)
    texts = _texts(tree)
    assert len(texts) == 20
    built = _replace_all(TOML, texts, toml_string)
    assert tomllib.loads(built) == _marked(data)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.text(max_size=5), _JSON_VALUES, max_size=5),
    st.sampled_from([None, 1, 2, "\t"]),
    st.booleans(),
)
def test_every_json_string_is_found_and_replaced_exactly(
    data: dict[str, Any], indent: int | str | None, ascii_only: bool
) -> None:
    text = json.dumps(data, indent=indent, ensure_ascii=ascii_only)
    read, tree = read_json(text, 0, len(text), _starts(text), "a.md")
    assert read == data and same_values(tree, data)
    built = _replace_all(text, _texts(tree), lambda value: json.dumps(value, ensure_ascii=False))
    assert json.loads(built) == _marked(data)
