"""YAML front matter: read it, and find the translatable scalars' exact spans."""

from __future__ import annotations

import datetime as dt
import json
import re
from bisect import bisect_left
from typing import Any

import yaml
from markdown_it.token import Token

from ..errors import Painl10nError
from .front_matter_paths import (
    EMPTY,
    LIST,
    MAPPING,
    NUMBER,
    TEXT,
    FieldNode,
    KeyTrie,
    field_segments,
    key_trie,
)
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
    """Segments for the texts the configured key paths name (``title``, ``tags[]`` …)."""

    data, node = parse(token, ref)
    if node is None or not isinstance(node, yaml.MappingNode):
        return data, []
    reader = _YamlTree(token.content, (token.map or [0])[0] + 1, line_starts)
    tree = reader.node(node, None, key_trie(fields))
    return data, field_segments(tree, fields, ref=ref, language="YAML", style=Style.YAML)


_NOT_TEXT = {
    "tag:yaml.org,2002:bool": "a yes/no value",
    "tag:yaml.org,2002:int": NUMBER,
    "tag:yaml.org,2002:float": NUMBER,
    "tag:yaml.org,2002:timestamp": "a date",
    "tag:yaml.org,2002:binary": "binary data",
}
# What may precede a scalar's value in its node's span: an anchor, a tag.
_PROPERTIES = re.compile(r"(?:[&!][^\s]*\s+)*")
_BLOCK_LINE = re.compile(r"^( +)\S", re.MULTILINE)
# The style of a plain scalar inside a flow collection ('[a, b]', '{k: v}').
FLOW_PLAIN = "flow"


class _YamlTree:
    """The YAML nodes the key paths lead through, as :class:`FieldNode`s with their
    spans in the article (a key no path names is left out: a front matter with
    hundreds of values costs no more than the few it translates).

    A node an alias repeats becomes one shared :class:`FieldNode` (and a
    recursive alias no endless walk); a text's span leaves its anchor and tag
    out, so translating it keeps ``&name`` for the aliases that point at it.
    """

    def __init__(self, content: str, first_line: int, line_starts: list[int]) -> None:
        self.content = content
        self.first_line = first_line  # 0-based article line of the first YAML line
        self.line_starts = line_starts
        self.breaks = [match.start() for match in re.finditer("\n", content)]
        self.done: dict[tuple[int, int], FieldNode] = {}

    def line(self, node: yaml.Node) -> int:
        return self.first_line + bisect_left(self.breaks, node.start_mark.index) + 1

    def node(
        self, node: yaml.Node, line: int | None, trie: KeyTrie, flow: bool = False
    ) -> FieldNode:
        known = self.done.get((id(node), id(trie)))
        if known is not None:
            return known
        line = self.line(node) if line is None else line
        if isinstance(node, yaml.MappingNode):
            mapping = self.done[id(node), id(trie)] = FieldNode(MAPPING, line)
            inner = flow or bool(node.flow_style)
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and str(key.value) in trie:
                    below = trie[str(key.value)]
                    child = self.node(value, self.line(key), below, inner)
                    mapping.entries[str(key.value)] = child
            return mapping
        if isinstance(node, yaml.SequenceNode):
            sequence = self.done[id(node), id(trie)] = FieldNode(LIST, line)
            inner = flow or bool(node.flow_style)
            sequence.items = [self.node(item, None, trie, inner) for item in node.value]
            return sequence
        assert isinstance(node, yaml.ScalarNode)
        self.done[id(node), id(trie)] = scalar = self.scalar(node, line)
        if flow and scalar.kind in (TEXT, NUMBER) and not scalar.quote:
            scalar.quote = FLOW_PLAIN  # ',', ']' or '}' would end it there
        return scalar

    def scalar(self, node: yaml.ScalarNode, line: int) -> FieldNode:
        if node.tag == "tag:yaml.org,2002:null" or (
            node.tag == "tag:yaml.org,2002:str" and not str(node.value)
        ):
            return FieldNode(EMPTY, line)
        content = self.content
        raw = content[node.start_mark.index : node.end_mark.index].rstrip()
        properties = _PROPERTIES.match(content, node.start_mark.index)
        begin = properties.end() if properties else node.start_mark.index
        end = node.start_mark.index + len(raw)
        if node.tag != "tag:yaml.org,2002:str":
            kind = _NOT_TEXT.get(node.tag, f"a {node.tag.rpartition(':')[2]} value")
            if kind != NUMBER or "!" in content[node.start_mark.index : begin]:
                return FieldNode(kind, line, raw=str(node.value))  # ('!!int 7': meant so)
            return FieldNode(  # with its span: it may be offered (shown_as_text)
                kind,
                line,
                text=str(node.value),
                raw=str(node.value),
                start=_offset(content, begin, self.first_line, self.line_starts),
                end=_offset(content, end, self.first_line, self.line_starts),
            )
        indent, quote = "", node.style or ""
        if node.style in ("|", ">"):  # its header line, and the indentation of its text
            quote = content[begin : content.find("\n", begin)]
            first = _BLOCK_LINE.search(content, begin, end)
            indent = first[1] if first else ""
        return FieldNode(
            TEXT,
            line,
            text=str(node.value),
            start=_offset(content, begin, self.first_line, self.line_starts),
            end=_offset(content, end, self.first_line, self.line_starts),
            quote=quote,
            indent=indent,
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
    # A tab in a plain scalar: libyaml reads it, PyYAML's own reader refuses it.
    plain = single_line == text and text == text.strip() and "\t" not in text and text
    if plain and not _YAML12_NUMBER.fullmatch(text) and _reads_back(text):
        return text
    return yaml_double_quoted(text)


# Characters a YAML reader does not take raw (PyYAML's printable set, less the
# line breaks it would fold inside a quoted scalar: NEL, LS, PS).
YAML_UNPRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def yaml_double_quoted(text: str) -> str:
    """A YAML double-quoted scalar: JSON's escapes (YAML reads them), and ``\\u`` for
    what YAML would not take raw."""
    quoted = json.dumps(text, ensure_ascii=False)
    return YAML_UNPRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", quoted)


# Numbers YAML 1.2 readers (Hugo, js-yaml) resolve but PyYAML's YAML 1.1 does not
# (an exponent without a dot, 0o octal): quoted, so every reader gets the text.
_YAML12_NUMBER = re.compile(
    r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+"
)


def yaml_flow_scalar(text: str) -> str:
    """:func:`yaml_scalar` for a place inside ``[…]`` or ``{…}``: plain only without
    the characters YAML readers treat differently there (libyaml reads
    ``[a:b ? c]`` as one value, PyYAML refuses it), else double-quoted."""
    written = yaml_scalar(text)
    if written != text or not _FLOW_UNSAFE.search(text):
        return written
    return yaml_double_quoted(text)


_FLOW_UNSAFE = re.compile(r"[,\[\]{}:?#&*!|>'\"%@`]")


def _reads_back(text: str) -> bool:
    """Whether ``k: text`` loads as exactly ``{"k": text}``."""
    return bool(_loads(f"k: {text}") == {"k": text})


def _loads(document: str) -> Any:
    """``document``'s value, or None if it is no valid YAML.

    Through :func:`_loader`, so libyaml does the reading when it is safe to
    (a build writes a few scalars per page) and an impossible value such as
    ``2024-02-30`` is a YAML error, not a crash.
    """
    loader = _loader(document)
    try:
        return loader.get_single_data()
    except (yaml.YAMLError, RecursionError):
        return None
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
