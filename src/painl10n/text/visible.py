"""Characters a reader cannot see: find them, and show them where they would act unseen.

A bidi override in ``Tome \\u202e01\\u202c mg`` makes a browser show "10 mg";
an escape sequence in a message printed to a terminal can retitle it or hide
the lines after it. Both are control (Cc) or format (Cf) characters. Shown
as ``\\u202e``, they are harmless and a reviewer sees them.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator

# Format characters that writing systems need and that cannot reorder or hide
# text: zero-width non-joiner and joiner (Persian, Indic shaping) and the soft
# hyphen (a hyphenation hint).
_HARMLESS = frozenset("\u200c\u200d\u00ad")
_LAYOUT = frozenset("\n\t")  # controls that are text layout, not commands


def is_hidden(char: str) -> bool:
    """A control or format character, other than line layout and shaping joiners."""
    if char in _LAYOUT or char in _HARMLESS:
        return False
    return unicodedata.category(char) in ("Cc", "Cf") or char in "\ufffe\uffff"


def hidden_characters(text: str) -> Counter[str]:
    """How often each hidden character occurs in ``text``."""
    return Counter(char for char in text if is_hidden(char))


def added_hidden(source: str, target: str) -> Iterator[tuple[str, int]]:
    """Each hidden character ``target`` has more often than ``source``, with its first
    position in ``target``."""
    extra = hidden_characters(target) - hidden_characters(source)
    for char in sorted(extra, key=target.index):
        yield char, target.index(char)


class _Escapes(dict[int, str]):
    """A ``str.translate`` table filled on demand, as ``po/wrap.py``'s ``_CodeMap``:
    each code point is classified when first met (scanning all 1.1 million up front
    cost a tenth of a second per process)."""

    def __init__(self, *, json: bool) -> None:
        super().__init__()
        self.json = json

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if not is_hidden(char):
            value = char
        elif self.json or code >= 0x100:
            value = f"\\u{code:04x}"
        else:
            value = f"\\x{code:02x}"
        self[code] = value
        return value


_SHOWN = _Escapes(json=False)
_JSON = _Escapes(json=True)


def visible(text: str) -> str:
    """``text`` with every hidden character written as an escape (``\\u202e``)."""
    return text if text.isprintable() else text.translate(_SHOWN)


def json_visible(text: str) -> str:
    """JSON text with every hidden character as a JSON escape: the same data, but
    harmless when the report is printed to a terminal."""
    return text if text.isascii() else text.translate(_JSON)


def describe(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")
