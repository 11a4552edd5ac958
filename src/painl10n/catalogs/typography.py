# ruff: noqa: RUF002  (this module is about look-alike characters)
"""When is a source edit typography only? Then the translation stands as it is.

Two msgids are *typographic variants* when their inline Markdown parses to the
same tokens (same emphasis markers, links with the same targets and titles,
same code spans and raw HTML tags, same hard breaks; a link title's delimiters
do not count) and their text differs only in:

- **quotes and apostrophes**: ``' ‘ ’ ‚ ‛ " “ ” „ ‟ « » ‹ ›`` are one mark
  (``don't`` = ``don’t``, ``"pain"`` = ``« pain »``); right after a digit a
  single mark (``' ’ ′``) stays apart from a double one (``" ” ″``), since
  ``5'`` (feet, minutes) and ``5"`` (inches, seconds) are different units;
- **dashes**: a run of ``- ‐ ‑ ‒ – — ― −`` (minus sign included) is one dash
  (``10-20`` = ``10–20``, ``--`` = ``—``);
- **ellipsis**: ``…`` = ``...``;
- **spacing**: a run of whitespace of any kind (space, tab, no-break U+00A0,
  narrow no-break U+202F, thin space …) is one space; spaces next to a quote
  mark or a dash and before ``; : ! ? %`` do not count
  (``pain — relief`` = ``pain—relief``, ``Pourquoi ?`` = ``Pourquoi?``,
  ``50 %`` = ``50%``). (Extract already strips both ends of a msgid.)

Everything else counts, letter case included: a letter, a digit, a comma or
period (``1,5`` ≠ ``15``, ``1.5`` ≠ ``1,5``), a sign added or removed (``−5`` ≠
``5``), a space added or removed between words or digits (``1 000`` ≠
``1000``), any Markdown syntax (``*a*`` ≠ ``_a_``), link targets and code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..sources.markdown import parser

_QUOTES = "'\u2018\u2019\u201a\u201b\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
_SINGLE_MARKS = "'\u2019\u2032"  # after a digit: feet, minutes
_DOUBLE_MARKS = '"\u201d\u2033'  # after a digit: inches, seconds
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

_UNIT_MARK = re.compile(rf"(?<=\d)(?:([{_SINGLE_MARKS}])|([{_DOUBLE_MARKS}]))")
_QUOTE = re.compile(f"[{_QUOTES}]")
_DASH_RUN = re.compile(f"[{_DASHES}]+")
_ELLIPSIS = re.compile(r"\u2026|\.\.\.")
_SPACE_RUN = re.compile(r"\s+")
# Characters that may start an inline token other than text (CommonMark, html on).
_MARKUP = re.compile(r"[*_`\[\]!<>&\\\n]")
# Placeholders (private-use characters) the normalized text is built from.
_Q, _FOOT, _INCH, _DASH, _DOTS = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
_LOOSE_SPACE = re.compile(f" (?=[{_Q}{_DASH};:!?%])|(?<=[{_Q}{_DASH}]) ")


def normalize_text(text: str) -> str:
    """``text`` (no Markdown) with every typographic choice above made the same way."""
    text = _UNIT_MARK.sub(lambda m: _FOOT if m[1] else _INCH, text)
    text = _QUOTE.sub(_Q, text)
    text = _DASH_RUN.sub(_DASH, text)
    text = _ELLIPSIS.sub(_DOTS, text)
    text = _SPACE_RUN.sub(" ", text)
    return _LOOSE_SPACE.sub("", text)


@lru_cache(maxsize=4096)
def typeset_key(msgid: str) -> tuple[object, ...]:
    """Equal for two msgids exactly when they are typographic variants."""
    if not _MARKUP.search(msgid):  # plain text: one text token, no need to parse
        normalized = normalize_text(msgid)
        return (normalized,) if normalized else ()
    tokens = parser().parseInline(msgid)
    children = tokens[0].children or [] if tokens else []
    key: list[object] = []
    text: list[str] = []
    for token in children:
        if token.type == "text":
            text.append(token.content)
            continue
        if token.type == "softbreak":
            text.append(" ")
            continue
        _add_text(key, text)
        text = []
        attrs = tuple(sorted((name, str(value)) for name, value in token.attrs.items()))
        key.append((token.type, token.markup, token.info, attrs, token.content))
    _add_text(key, text)
    return tuple(key)


def _add_text(key: list[object], parts: list[str]) -> None:
    if normalized := normalize_text("".join(parts)):
        key.append(normalized)


def typography_only(old: str, new: str) -> bool:
    """True when ``new`` differs from ``old`` (if at all) by typography alone."""
    return old == new or typeset_key(old) == typeset_key(new)
