"""YAML front matter: read it, and find the translatable scalars' exact spans."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import yaml
from markdown_it.token import Token

from ..errors import Painl10nError
from .model import Segment, Style

# libyaml's loader when installed (much faster); both keep node positions.
_FastLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# A front matter is a few keys; aliases could make it expand to billions of
# values ("billion laughs") that str() or a template would then walk.
MAX_VALUES = 10_000
# libyaml's composer recurses in C: a document nested ~100,000 deep ('- - - …',
# '[[[…') overflows the stack and kills the process.  Nesting needs one of
# these characters or a new line per level, so fewer of them is safe; more go
# to the pure-Python loader, whose recursion ends in a RecursionError.
_NESTING_MARKS = "[{-?\n"
_FAST_LIMIT = 1_000


class _ErrorsAtNodes(yaml.constructor.SafeConstructor):
    """Value errors (``date: 2024-02-30``) become YAML errors that point at their node.

    PyYAML's constructors raise whatever Python raises on a bad scalar
    (ValueError for an impossible date, IndexError for an empty ``!!int``,
    AttributeError for an empty ``!!timestamp`` …); wrapping them keeps them
    one-line errors.
    """

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except yaml.YAMLError:
            raise
        except Exception as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"invalid value ({exc})", node.start_mark
            ) from exc


class _Fast(_ErrorsAtNodes, _FastLoader):  # type: ignore[misc,valid-type]
    pass


class _Safe(_ErrorsAtNodes, yaml.SafeLoader):
    pass


def _loader(content: str) -> yaml.SafeLoader:
    if sum(content.count(mark) for mark in _NESTING_MARKS) < _FAST_LIMIT:
        return _Fast(content)  # type: ignore[call-arg]
    return _Safe(content)


def parse(token: Token, ref: str) -> tuple[dict[str, Any], yaml.Node | None]:
    """The front matter as a mapping plus its YAML node tree (for positions)."""
    first = (token.map or [0])[0] + 2  # 1-based line of the first YAML line
    loader = _loader(token.content)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_size(node, ref, first)
            _check_unique_keys(node, ref, first)
        data = loader.construct_document(node) if node is not None else None
    except RecursionError as exc:
        raise Painl10nError("front matter is nested too deeply", path=ref, line=first) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        context = getattr(exc, "context_mark", None)
        if context is not None and (mark is None or mark.index >= len(token.content.rstrip())):
            mark = context  # "ran off the end": point at what was left open
        line = first + mark.line if mark is not None else first
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise Painl10nError(f"broken front matter: {problem}", path=ref, line=line) from exc
    finally:
        loader.dispose()
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        raise Painl10nError(
            "front matter must be a mapping of keys to values", path=ref, line=first
        )
    return data, node


def _check_size(root: yaml.Node, ref: str, first: int) -> None:
    """Refuse a node graph whose aliases expand past :data:`MAX_VALUES` values.

    Sizes are summed bottom-up once per node, so the check itself stays linear
    in the document, however far the aliases would expand.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        children = _children(node)
        if children_done:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes.get(id(child), 0) for child in children)
            if sizes[key] > MAX_VALUES:
                raise Painl10nError(
                    f"front matter has more than {MAX_VALUES:,} values",
                    path=ref,
                    line=first + node.start_mark.line,
                    hint="keep it to a few keys; YAML aliases (*name) count every repetition",
                )
            continue
        if key in sizes or key in open_nodes:
            continue  # counted already, or a recursive alias (counts once)
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in children)


def _check_unique_keys(root: yaml.Node, ref: str, first: int) -> None:
    """A key given twice: YAML readers keep the last (PyYAML) or refuse the file (Hugo's
    yaml.v3), so the page would show a value the translator never saw, or none."""
    if not isinstance(root, yaml.MappingNode):
        return
    seen: dict[str, int] = {}
    for key_node, _ in root.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.value == "<<":
            continue
        line = first + key_node.start_mark.line
        if key_node.value in seen:
            raise Painl10nError(
                f"front matter key {key_node.value!r} is given twice (first on line "
                f"{seen[key_node.value]})",
                path=ref,
                line=line,
                hint="keep one of them",
            )
        seen[key_node.value] = line


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def segments(
    token: Token, line_starts: list[int], *, ref: str, fields: tuple[str, ...]
) -> tuple[dict[str, Any], list[Segment]]:
    """Segments for the configured top-level string fields."""

    data, node = parse(token, ref)
    if node is None or not isinstance(node, yaml.MappingNode):
        return data, []
    first_line = (token.map or [0])[0] + 1
    content = token.content
    found: list[Segment] = []
    for key_node, value_node in node.value:
        if key_node.value not in fields:
            continue
        _check_text(key_node, value_node, ref, first_line)
        if not isinstance(value_node, yaml.ScalarNode):
            continue
        if value_node.tag != "tag:yaml.org,2002:str" or not str(value_node.value).strip():
            continue
        start_index = value_node.start_mark.index
        end_index = start_index + len(content[start_index : value_node.end_mark.index].rstrip())
        found.append(
            Segment(
                msgid=str(value_node.value),
                kind=f"front matter: {key_node.value}",
                line=first_line + content.count("\n", 0, key_node.start_mark.index) + 1,
                start=_offset(content, start_index, first_line, line_starts),
                end=_offset(content, end_index, first_line, line_starts),
                style=Style.YAML,
            )
        )
    return data, found


_NOT_TEXT = {
    "tag:yaml.org,2002:bool": "a yes/no value",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:timestamp": "a date",
}


def _check_text(key: yaml.Node, value: yaml.Node, ref: str, first_line: int) -> None:
    """A field configured as translatable must be text: ``title: No`` is YAML's false
    and ``title: 1e3`` a number, which would reach no translator and show as
    ``False`` or ``1000.0`` on the page. Empty and null values are left alone."""
    line = first_line + key.start_mark.line + 1
    if isinstance(value, yaml.ScalarNode):
        kind = _NOT_TEXT.get(value.tag)
        if kind is None:
            return
        raise Painl10nError(
            f"front matter field {key.value!r} is {kind} in YAML, not text: {value.value!r}",
            path=ref,
            line=line,
            hint=f'quote it ({key.value}: "{value.value}") to have it translated',
        )
    shape = "a list" if isinstance(value, yaml.SequenceNode) else "a mapping"
    raise Painl10nError(
        f"front matter field {key.value!r} is {shape}, not text",
        path=ref,
        line=line,
        hint="front_matter_fields names top-level text fields",
    )


def _offset(content: str, index: int, first_line: int, line_starts: list[int]) -> int:
    """Offset in the article of a character of the front matter.

    Lines are counted on '\n' as markdown-it does (it normalized CRLF), not
    as YAML does: YAML also breaks lines at U+0085, U+2028 and U+2029, and
    its line numbers would point into the wrong place of the article.
    """
    line = content.count("\n", 0, index)
    column = index - (content.rfind("\n", 0, index) + 1)
    return line_starts[first_line + line] + column


def yaml_scalar(text: str) -> str:
    """A one-line YAML scalar that reads back as exactly ``text``.

    Plain style when YAML would read it back unchanged (the common case keeps
    the front matter tidy), otherwise a double-quoted string.
    """
    single_line = " ".join(text.split("\n"))
    plain = single_line == text and text == text.strip() and text
    if plain and not _YAML12_NUMBER.fullmatch(text) and _reads_back(text):
        return text
    return json.dumps(text, ensure_ascii=False)


# Numbers YAML 1.2 readers (Hugo, js-yaml) resolve but PyYAML's YAML 1.1 does not
# (an exponent without a dot, 0o octal): quoted, so every reader gets the text.
_YAML12_NUMBER = re.compile(
    r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+"
)


def _reads_back(text: str) -> bool:
    """Whether ``k: text`` loads as exactly ``{"k": text}``.

    Through :func:`_loader`, so libyaml does the reading when it is safe to
    (a build writes a few scalars per page) and an impossible value such as
    ``2024-02-30`` is a YAML error, not a crash.
    """
    loader = _loader(f"k: {text}")
    try:
        return bool(loader.get_single_data() == {"k": text})
    except (yaml.YAMLError, RecursionError):
        return False
    finally:
        loader.dispose()


def as_date(value: Any) -> dt.date | None:
    """The front matter ``date`` as a date, if it is one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None
