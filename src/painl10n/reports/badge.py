"""A shields.io-like SVG badge ("es | 96%") for a README.

Text widths come from a fixed table of Verdana 11px advance widths (what
shields.io measures with), so the same input always gives the same bytes,
whatever fonts the machine has. The colour follows the completion, but the
percentage is written in the badge and in its ``<title>``: colour is never the
only cue, and each background keeps white text at a contrast of at least 4.5:1.
"""

from __future__ import annotations

from pathlib import Path

from ..runtime.fileio import read_head
from ..site.templating import environment

# Verdana advance widths in font units (2048 per em); 11px text.
_VERDANA_UNITS = {
    **dict.fromkeys("0123456789", 1302),
    " ": 720, "%": 2275, "-": 738, "_": 1302, ".": 745, "|": 1067,
    "a": 1229, "b": 1276, "c": 1067, "d": 1276, "e": 1220, "f": 720, "g": 1276,
    "h": 1296, "i": 559, "j": 621, "k": 1200, "l": 559, "m": 1988, "n": 1296,
    "o": 1243, "p": 1276, "q": 1276, "r": 854, "s": 1067, "t": 807, "u": 1296,
    "v": 1200, "w": 1665, "x": 1200, "y": 1200, "z": 1067,
    "A": 1401, "B": 1407, "C": 1430, "D": 1577, "E": 1295, "F": 1178, "G": 1587,
    "H": 1540, "I": 862, "J": 928, "K": 1423, "L": 1152, "M": 1730, "N": 1532,
    "O": 1636, "P": 1264, "Q": 1636, "R": 1447, "S": 1403, "T": 1255, "U": 1504,
    "V": 1401, "W": 2025, "X": 1403, "Y": 1255, "Z": 1403,
}  # fmt: skip
_DEFAULT_UNITS = 1302  # any other character: as wide as a digit
_FONT_SIZE = 11
# What every badge painl10n writes starts with, and holds (templates/badge.svg).
_SIGNATURE = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="',
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb"',
)
_PADDING = 6  # each side of each half

# (minimum percent, colour): white text on each has a contrast ratio >= 4.5.
COLOURS = (
    (100.0, "#1a7f37"),  # complete: green
    (90.0, "#4d7a0c"),  # olive green
    (75.0, "#8a6100"),  # amber
    (50.0, "#b35900"),  # orange
    (0.0, "#c42b1c"),  # red
)


def text_width(text: str) -> float:
    """Width in pixels of ``text`` in Verdana 11px, from the fixed table."""
    units = sum(_VERDANA_UNITS.get(char, _DEFAULT_UNITS) for char in text)
    return round(units * _FONT_SIZE / 2048, 1)


def colour_for(percent: float) -> str:
    return next(colour for minimum, colour in COLOURS if percent >= minimum)


def is_our_badge(path: Path) -> bool:
    """Whether ``path`` holds a badge :func:`badge_svg` wrote (read no more than a badge)."""
    raw = read_head(path, 4096)  # a FIFO named badge-x.svg must not block the report
    if raw is None:
        return False
    head = raw.decode("utf-8", "replace")
    return head.startswith(_SIGNATURE[0]) and _SIGNATURE[1] in head


def badge_svg(label: str, value: str, percent: float, what: str = "translated") -> str:
    """An SVG badge ``label | value`` coloured by ``percent``, with a title for screen readers
    (``what``: the share it shows, translated or reviewed)."""
    left = round(text_width(label) + 2 * _PADDING)
    right = round(text_width(value) + 2 * _PADDING)
    return (
        environment()
        .get_template("badge.svg")
        .render(
            label=label,
            value=value,
            title=f"{label}: {value} {what}",
            left=left,
            right=right,
            width=left + right,
            colour=colour_for(percent),
            label_x=left / 2,
            value_x=left + right / 2,
        )
    )
