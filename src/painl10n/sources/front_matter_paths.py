"""Key paths into front matter (``params.summary``, ``tags[]``, ``resources[].title``).

YAML, TOML and JSON front matter are each read into the same small tree of
:class:`FieldNode` (a mapping, a list, a text with the exact span of its bytes
in the article, or another value), so one walk finds the texts a configured
path names, and one set of errors says why a path leads to no text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..config import check_field_path
from ..errors import Painl10nError
from .model import Segment, Style

TEXT, MAPPING, LIST, EMPTY = "text", "mapping", "list", "empty"
NUMBER = "a number"
# A number every generator shows as it is written (``title: 2019``, ``title: 404``):
# offered as text. Not ``0x1F``, ``1_000``, ``1.50`` or ``1e3``, which show as 31,
# 1000, 1.5 and 1000.0; nor ``No`` or ``2024-03-01`` (shown as False, or a time).
_SHOWN_AS_WRITTEN = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?")
_STEP = re.compile(r"(?P<key>[^.\[\]]+)(?P<items>\[\])?")


@dataclass(eq=False)
class FieldNode:
    """One value of a front matter, with the line it is on (1-based, in the article).

    ``kind`` is :data:`TEXT`, :data:`MAPPING`, :data:`LIST`, :data:`EMPTY` (null or
    an empty string: nothing to translate) or what else the value is (:data:`NUMBER`).
    A text's ``start``/``end`` are the article offsets of the bytes that write it,
    quotes included; ``quote`` and ``indent`` say how it is written there. A number
    has them too, and its written form as ``text``: see :func:`shown_as_text`.
    """

    kind: str
    line: int
    text: str = ""
    start: int = 0
    end: int = 0
    quote: str = ""
    indent: str = ""
    raw: str = ""  # a non-text scalar as written, for the error message
    entries: dict[str, FieldNode] = field(default_factory=dict)
    items: list[FieldNode] = field(default_factory=list)


def steps(path: str) -> list[tuple[str, bool]]:
    """``resources[].title`` → ``[("resources", True), ("title", False)]``: each key and
    whether its value is a list whose every item the rest of the path applies to."""
    check_field_path(path)  # settings are checked already; a library caller's are not
    return [(m["key"], m["items"] is not None) for m in _STEP.finditer(path)]


KeyTrie = dict[str, "KeyTrie"]


def key_trie(paths: tuple[str, ...]) -> KeyTrie:
    """The keys ``paths`` go through, as a tree: ``params.summary`` and ``params.lead``
    give ``{"params": {"summary": {}, "lead": {}}}``. A list's items share its
    subtree, so a reader can leave out every value no path reaches."""
    trie: KeyTrie = {}
    for path in paths:
        level = trie
        for key, _ in steps(path):
            level = level.setdefault(key, {})
    return trie


def texts_at(root: FieldNode, path: str, *, ref: str, language: str) -> list[FieldNode]:
    """The non-empty texts ``path`` names in ``root``, in document order; an absent key
    names none. A value on the way that is not what the path says is an error."""
    current = [root]
    walked = ""
    for key, items in steps(path):
        walked = f"{walked}.{key}" if walked else key
        found: list[FieldNode] = []
        for node in current:
            if node.kind != MAPPING:
                _refuse(node, walked.rpartition(".")[0], "a mapping", ref, language)
            child = node.entries.get(key)
            if child is None or child.kind == EMPTY:
                continue
            if not items:
                found.append(child)
                continue
            if child.kind != LIST:
                _refuse(child, walked, "a list", ref, language)
            found.extend(item for item in child.items if item.kind != EMPTY)
        if items:
            walked += "[]"
        current = found
    for node in current:
        if node.kind != TEXT and not shown_as_text(node):
            _refuse(node, walked, "text", ref, language)
    return [node for node in current if node.text.strip()]


def shown_as_text(node: FieldNode) -> bool:
    """A number a generator shows as written, where a path names text: Hugo, MkDocs,
    Jekyll show ``title: 2019`` as "2019", so it is offered like a text (an identity
    translation keeps its bytes; another is written as the format's string)."""
    return (
        node.kind == NUMBER
        and node.end > node.start
        and bool(_SHOWN_AS_WRITTEN.fullmatch(node.text))
    )


def _refuse(node: FieldNode, path: str, wanted: str, ref: str, language: str) -> None:
    if node.kind in (MAPPING, LIST, TEXT):
        shape = {MAPPING: "a mapping", LIST: "a list", TEXT: "text"}[node.kind]
        hint = {
            MAPPING: f"name a key inside it: '{path}.<key>'",
            LIST: f"'{path}[]' names each of its items",
            TEXT: f"'{path}' itself names it",
        }[node.kind]
        raise Painl10nError(
            f"front matter field {path!r} is {shape}, not {wanted}",
            path=ref,
            line=node.line,
            hint=f"front_matter_fields: {hint}",
        )
    example = f'"{node.raw}"'
    if language == "YAML" and not path.endswith("[]"):
        example = f"{path.rpartition('.')[2]}: {example}"
    raise Painl10nError(
        f"front matter field {path!r} is {node.kind} in {language}, not {wanted}: {node.raw!r}",
        path=ref,
        line=node.line,
        hint=f"quote it ({example}) to have it translated"
        if wanted == "text"
        else f"front_matter_fields expects {wanted} at '{path}'",
    )


def field_segments(
    root: FieldNode, fields: tuple[str, ...], *, ref: str, language: str, style: Style
) -> list[Segment]:
    """One segment per text a configured path names; a text two paths name (or a YAML
    alias repeats) is one segment, so no bytes are replaced twice."""
    found: list[Segment] = []
    seen: set[int] = set()
    for path in fields:
        for node in texts_at(root, path, ref=ref, language=language):
            if node.start in seen:
                continue
            seen.add(node.start)
            found.append(
                Segment(
                    msgid=node.text,
                    kind=f"front matter: {path}",
                    line=node.line,
                    start=node.start,
                    end=node.end,
                    style=style,
                    continuation=node.indent,
                    quote=node.quote,
                )
            )
    return found


def same_values(node: FieldNode, data: object) -> bool:
    """Whether a tree read for its positions says what the format's own reader read:
    a scanner that found a value in the wrong place must not have it translated."""
    if node.kind == MAPPING:
        return (
            isinstance(data, dict)
            and data.keys() == node.entries.keys()
            and all(same_values(child, data[key]) for key, child in node.entries.items())
        )
    if node.kind == LIST:
        return (
            isinstance(data, list)
            and len(data) == len(node.items)
            and all(same_values(item, value) for item, value in zip(node.items, data, strict=True))
        )
    if node.kind == TEXT:
        return data == node.text
    if node.kind == EMPTY:
        return data is None or data == ""
    return not isinstance(data, dict | list | str)
