"""The ``hidden-characters`` check: no invisible control or format character the source lacks.

A translation that carries a bidi override, an isolate, a directional mark,
a zero-width space or a control character its source does not have can show
a reader something other than what is written: ``Tome \\u202e01\\u202c mg``
reads "10 mg" in a browser, a tenfold dose no reviewer sees in an editor.
Zero-width (non-)joiners and the soft hyphen are allowed: scripts need them
and they cannot reorder or hide text. An Arabic translator who needs a
directional mark the source lacks silences the check on that entry
(``# painl10n-ignore: hidden-characters``) after checking the rendering.
"""

from __future__ import annotations

from collections.abc import Iterator

import polib

from ..languages import is_pseudo
from ..text.visible import added_hidden, describe, visible
from .base import EntryCheck, EntryContext

_CONTEXT = 12  # characters shown around the hidden one
_LAYOUT = str.maketrans("", "", "\n\t")  # line layout, never hidden


def _printable(text: str) -> bool:
    """No character but printable ones and line layout: nothing hidden, for certain
    (every control and format character is unprintable), found at C speed."""
    return text.isprintable() or text.translate(_LAYOUT).isprintable()


def run(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    """One message per hidden character the translation adds (a pseudo-locale's
    bidi overrides are its point: ``ar-XB`` is not checked)."""
    if is_pseudo(ctx.language) or _printable(entry.msgstr):
        return
    for char, at in added_hidden(entry.msgid, entry.msgstr):
        before = entry.msgstr[max(0, at - _CONTEXT) : at]
        after = entry.msgstr[at + 1 : at + 1 + _CONTEXT]
        yield (
            f"the translation has {describe(char)}, which its source does not: "
            f"'{visible(before)}⟦{visible(char)}⟧{visible(after)}'"
        )


CHECKS: list[EntryCheck] = [
    EntryCheck(
        id="hidden-characters",
        severity="error",
        description="No invisible control or format character (bidi override or isolate, "
        "directional mark, zero-width space, control code) that the source does not have.",
        run=run,
    )
]
