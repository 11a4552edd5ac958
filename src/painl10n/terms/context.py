"""Where a forbidden term is wrong: a context that restricts it to one sense.

A word may be wrong in one sense and right in another: es *condiciones* for
diseases is a calque, *en condiciones normales* is correct Spanish. A
forbidden term may therefore carry two regular expressions (Python syntax,
case-insensitive, searched in the whole message as written):

- ``context``: the term is flagged only where a match of it covers the term;
- ``except_context``: the term is not flagged where a match of it covers the
  term.

"Covers" means the match starts at or before the term and ends at or after it,
so a pattern names the words around the term: ``en\\s+condiciones``.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1024)
def compiled(pattern: str) -> re.Pattern[str]:
    """The pattern compiled as the matcher uses it; ``re.error`` if it is invalid."""
    return re.compile(pattern, re.IGNORECASE)


def problem(pattern: str) -> str | None:
    """Why a context pattern is unusable, or None."""
    if pattern != " ".join(pattern.split()):
        return f"context pattern {pattern!r} has leading, trailing or repeated spaces (write \\s+)"
    try:
        regex = compiled(pattern)
    except re.error as exc:
        return f"invalid context pattern {pattern!r}: {exc}"
    if regex.search(""):
        return f"context pattern {pattern!r} matches empty text, so it covers nothing"
    return None


def covered(pattern: str, text: str, start: int, end: int) -> bool:
    """Whether a match of ``pattern`` in ``text`` covers ``text[start:end]``."""
    return any(m.start() <= start and end <= m.end() for m in compiled(pattern).finditer(text))


def flagged(
    context: str | None, except_context: str | None, text: str, start: int, end: int
) -> bool:
    """Whether a forbidden term found at ``text[start:end]`` is reported."""
    if context is not None and not covered(context, text, start, end):
        return False
    return except_context is None or not covered(except_context, text, start, end)
