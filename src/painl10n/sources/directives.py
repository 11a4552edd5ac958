"""Author directives: HTML comments that steer extraction.

Syntax (each comment alone on its line, i.e. an HTML block)::

    <!-- painl10n: skip -->               the next block is not translated
    <!-- painl10n: skip-start -->         everything up to ...
    <!-- painl10n: skip-end -->           ... this line is not translated
    <!-- painl10n: context TEXT -->       the next block's strings get msgctxt TEXT
    <!-- painl10n: note TEXT -->          TEXT becomes a "#." comment for translators

"The next block" is the next block at the same nesting level (a paragraph,
a heading, a whole list, a table ...), with everything inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it.token import Token

from ..errors import Painl10nError

_DIRECTIVE = re.compile(r"^\s*<!--\s*painl10n\s*:\s*(?P<name>[A-Za-z-]+)(?P<arg>.*?)-->\s*$", re.S)
_NEEDS_ARG = {"context", "note"}
_NO_ARG = {"skip", "skip-start", "skip-end"}


@dataclass
class Directives:
    """Line ranges (0-based, end exclusive) that directives apply to."""

    skipped: list[tuple[int, int]] = field(default_factory=list)
    contexts: list[tuple[int, int, str]] = field(default_factory=list)
    notes: list[tuple[int, int, str]] = field(default_factory=list)

    def is_skipped(self, line: int) -> bool:
        return any(start <= line < end for start, end in self.skipped)

    def context_at(self, line: int) -> str | None:
        found = [ctx for start, end, ctx in self.contexts if start <= line < end]
        return found[-1] if found else None

    def notes_at(self, line: int) -> tuple[str, ...]:
        return tuple(note for start, end, note in self.notes if start <= line < end)


def collect(tokens: list[Token], shown: str) -> Directives:
    """Find directive comments and resolve the line ranges they govern."""
    found = Directives()
    open_skip: int | None = None
    for index, token in enumerate(tokens):
        if token.type != "html_block" or token.map is None:
            continue
        match = _DIRECTIVE.match(token.content)
        if not match:
            continue
        name, arg = match["name"].lower(), " ".join(match["arg"].split())
        line = token.map[0]
        _validate(name, arg, shown, line + 1)
        if name == "skip-start":
            if open_skip is not None:
                raise Painl10nError(
                    "skip-start inside another skip range", path=shown, line=line + 1
                )
            open_skip = line
        elif name == "skip-end":
            if open_skip is None:
                raise Painl10nError("skip-end without skip-start", path=shown, line=line + 1)
            found.skipped.append((open_skip, line + 1))
            open_skip = None
        else:
            start, end = _next_block(tokens, index, shown)
            if name == "skip":
                found.skipped.append((start, end))
            elif name == "context":
                found.contexts.append((start, end, arg))
            else:
                found.notes.append((start, end, arg))
    if open_skip is not None:
        raise Painl10nError(
            "skip-start is never closed",
            path=shown,
            line=open_skip + 1,
            hint="add <!-- painl10n: skip-end -->",
        )
    return found


def _validate(name: str, arg: str, shown: str, line: int) -> None:
    if name in _NEEDS_ARG and not arg:
        raise Painl10nError(f"directive '{name}' needs a text", path=shown, line=line)
    if name in _NO_ARG and arg:
        raise Painl10nError(f"directive '{name}' takes no text", path=shown, line=line)
    if name not in _NEEDS_ARG | _NO_ARG:
        raise Painl10nError(
            f"unknown directive {name!r}",
            path=shown,
            line=line,
            hint="use skip, skip-start, skip-end, context or note",
        )


def _next_block(tokens: list[Token], index: int, shown: str) -> tuple[int, int]:
    level = tokens[index].level
    for token in tokens[index + 1 :]:
        if token.level < level:
            break
        if token.level == level and token.nesting >= 0 and token.map is not None:
            return token.map[0], token.map[1]
    line = (tokens[index].map or [0])[0] + 1
    raise Painl10nError("directive is not followed by a block", path=shown, line=line)
