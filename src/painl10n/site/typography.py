"""Numbers and their units kept on one line: a no-break space between them.

``500 mg`` broken after ``500`` leaves a reader with a bare number at the
end of a line, a dose misread waiting to happen. In the rendered page (never
in the Markdown or the catalogs) the white space between a number and its
unit becomes a no-break space: the narrow one (U+202F) where the language's
CLDR unit format uses it (French ``500 mg``), else U+00A0. Only text tokens
of the prose are touched: code, raw HTML, attributes, image alt text and
autolinked URLs are not.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import cache

from babel.numbers import format_percent
from babel.units import UnknownUnitError, format_unit
from markdown_it.token import Token

from ..languages import parse_language
from ..text.quantities import unit_gaps

NO_BREAK = "\u00a0"
NARROW_NO_BREAK = "\u202f"


@cache
def unit_space(unit: str, language: str) -> str:
    """The no-break space ``language`` writes between a number and ``unit`` (CLDR)."""
    locale = parse_language(language)
    first = unit.split("/")[0]
    try:
        if first == "concentr-percent":
            written = format_percent(Decimal("0.05"), locale=locale)
        else:
            written = format_unit(Decimal(5), first, length="short", locale=locale) or ""
    except UnknownUnitError:  # mcg, IU: not CLDR units
        written = ""
    return NARROW_NO_BREAK if NARROW_NO_BREAK in written else NO_BREAK


def bind_units(text: str, language: str) -> str:
    """``text`` with every number-unit gap made one no-break space."""
    gaps = unit_gaps(text, language)
    if not gaps:
        return text
    parts: list[str] = []
    position = 0
    for start, end, unit in gaps:
        parts += [text[position:start], unit_space(unit, language)]
        position = end
    parts.append(text[position:])
    return "".join(parts)


def bind_units_in_tokens(tokens: Sequence[Token], language: str) -> None:
    """Apply :func:`bind_units` to the prose text tokens of a parsed body, in place."""
    for token in tokens:
        if token.type == "inline" and token.children:
            _inline(token.children, language)


def _inline(children: Sequence[Token], language: str) -> None:
    autolink = False
    raw = 0  # depth inside raw HTML code-like elements the author wrote
    for child in children:
        if child.type in ("link_open", "link_close") and child.markup == "autolink":
            autolink = child.type == "link_open"
        elif child.type == "html_inline":
            raw = max(0, raw + _raw_depth(child.content))
        elif child.type == "text" and not autolink and not raw:
            child.content = bind_units(child.content, language)


_RAW_ELEMENTS = ("code", "pre", "kbd", "samp", "var", "script", "style", "textarea")


def _raw_depth(tag: str) -> int:
    """+1 for an opening code-like tag, -1 for its closing tag, 0 otherwise."""
    lowered = tag.lower()
    for name in _RAW_ELEMENTS:
        if lowered.startswith(f"</{name}"):
            return -1
        if lowered.startswith(f"<{name}") and lowered[len(name) + 1 : len(name) + 2] in (">", " "):
            return 1
    return 0
