"""gettext's PO syntax rules shared by the reader and the writer.

Flags, ``#:`` references and the charset declaration are read and written
the way GNU gettext 0.21 does (read-catalog-abstract.c, write-po.c), so both
directions agree on what survives a round trip.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = [
    "canonical_references",
    "declares_utf8",
    "format_reference",
    "is_solaris_reference",
    "parse_references",
    "references_survive",
    "split_flags",
    "strip_dot_slash",
]

_FLAG_SEPARATORS = re.compile(r"[\n \t\r\f\v,]+")
_SOLARIS = re.compile(r" [Ff]ile:.*,[ \t]*line[ \t]*:[0-9]+[ \t\n]*", re.DOTALL)
_REFERENCE_TOKEN = re.compile(r"[^ \t\n]+")
_CHARSET = re.compile(r"charset=([^ \t\n]*)")
# A path that prints as one ``#:`` token and reads back alone: no space, colon
# or backslash (the common case, decided without printing and re-reading).
_PLAIN_PATH = re.compile(r"[A-Za-z0-9._/+-]+")
_CANONICAL_LINE = re.compile(r"(?:[1-9][0-9]*|0)?")


def split_flags(text: str) -> list[str]:
    """Flags of a ``#,`` line, split as gettext does (commas or whitespace).

    ``range:`` and the token after it stay together as ``"range: MIN..MAX"``.
    """
    tokens = [token for token in _FLAG_SEPARATORS.split(text) if token]
    flags: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == "range:":
            index += 1
            token = f"range: {tokens[index]}" if index < len(tokens) else "range:"
        flags.append(token)
        index += 1
    return flags


def declares_utf8(content_type: str) -> bool:
    """True if a Content-Type header value says charset=UTF-8 (any case)."""
    charset = _CHARSET.search(content_type)
    return charset is not None and charset[1].lower() == "utf-8"


def is_solaris_reference(text: str) -> bool:
    """True if gettext reads ``#`` + text as a Solaris ``File: x, line: N`` reference."""
    return _SOLARIS.fullmatch(text) is not None


def _split_reference(token: str) -> tuple[str, str]:
    """``file:line`` to (file, line), line "" when the token has none."""
    head, colon, tail = token.rpartition(":")
    if colon and head and tail.isascii() and tail.isdigit():
        return head, str(int(tail))
    return token, ""


def parse_references(text: str) -> list[tuple[str, str]]:
    """The (file, line) pairs of a ``#:`` line, as gettext 0.21 parses them.

    Besides ``file:12`` it accepts ``file :12``, ``file : 12`` and ``file: 12``;
    a file without a number gets line "".
    """
    return list(_parse_references(text))


@functools.lru_cache(maxsize=16_384)
def _parse_references(text: str) -> tuple[tuple[str, str], ...]:
    """Remembered: the same ``#:`` line is in a template and each of its catalogs."""
    return tuple(_parse_reference_tokens(text))


def _parse_reference_tokens(text: str) -> list[tuple[str, str]]:
    tokens = _REFERENCE_TOKEN.findall(text)
    references: list[tuple[str, str]] = []
    index = 0
    while index < len(tokens):
        token, following = tokens[index], tokens[index + 1 : index + 3]
        if following[:1] == [":"] and len(following) == 2 and _is_number(following[1]):
            references.append((token, str(int(following[1]))))
            index += 3
        elif following and following[0].startswith(":") and _is_number(following[0][1:]):
            references.append((token, str(int(following[0][1:]))))
            index += 2
        elif token.endswith(":") and following and _is_number(following[0]):
            references.append((token[:-1], str(int(following[0]))))
            index += 2
        else:
            references.append(_split_reference(token))
            index += 1
    return references


def strip_dot_slash(path: str) -> str:
    """The path gettext prints: without leading ``./`` components."""
    while path.startswith("./"):
        path = path[2:]
    return path


def canonical_references(references: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(path, line) pairs as msgcat prints them: no leading ./, no duplicates."""
    return list(dict.fromkeys((strip_dot_slash(path), line) for path, line in references))


def format_reference(path: str, line: str) -> str:
    """``path:line``, or just the path when there is no line."""
    return f"{path}:{line}" if line else path


def references_survive(references: list[tuple[str, str]]) -> bool:
    """True if canonical references, printed on one line, read back unchanged.

    gettext splits ``#:`` lines at whitespace and joins pieces like ``a :1``
    or ``a: 1``; a trailing backslash would join the next line.
    """
    if all(
        _PLAIN_PATH.fullmatch(path) and _CANONICAL_LINE.fullmatch(line) for path, line in references
    ):
        return True  # one token per reference, nothing that could join or split it
    return _references_survive(tuple(references))


@functools.lru_cache(maxsize=16_384)
def _references_survive(references: tuple[tuple[str, str], ...]) -> bool:
    if any(not path or path.endswith("\\") for path, _ in references):
        return False
    text = " ".join(format_reference(path, line) for path, line in references)
    return _parse_references(text) == references


def _is_number(text: str) -> bool:
    return text.isascii() and text.isdigit()
