"""An entry reference, as a reviewer types it after ``--entry``.

``FILE.po:LINE`` (or ``:LINE``) names the entry whose ``msgid`` is on that
line, as ``check`` and ``review list`` print it; any other text names the
entries whose msgid or msgctxt contains it (case and spacing aside), so a
reviewer can type a few words of the sentence. A reference must name exactly
one entry of the catalogs it is looked up in: otherwise the error says how many
and where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import polib

_LINE_REF = re.compile(r"^(?P<file>[^:]*\.pot?)?:(?P<line>\d+)$|^(?P<bare>\d+)$")


@dataclass(frozen=True)
class EntryRef:
    """What ``--entry`` said: a file name and line, or an excerpt of the text."""

    text: str
    file: str | None = None  # the catalog's name or path as given ("x.po"), if any
    line: int | None = None

    @classmethod
    def parse(cls, text: str) -> EntryRef:
        match = _LINE_REF.match(text.strip())
        if match:
            line = int(match["line"] or match["bare"])
            return cls(text, match["file"] or None, line)
        return cls(text)

    @property
    def slug(self) -> str | None:
        """The article a ``FILE.po:LINE`` reference names by its file name."""
        if self.file is None:
            return None
        name = self.file.replace("\\", "/").rsplit("/", 1)[-1]
        return name.rsplit(".", 1)[0]

    def names_file(self, shown: str) -> bool:
        """Whether the reference may point into the catalog shown as ``shown``."""
        if self.file is None:
            return True
        given = self.file.replace("\\", "/")
        return shown == given or shown.endswith("/" + given)

    def matches(self, entry: polib.POEntry) -> bool:
        if entry.obsolete:
            return False
        if self.line is not None:
            return bool(entry.linenum == self.line)
        wanted = _folded(self.text)
        return bool(wanted) and any(
            wanted in _folded(text) for text in (entry.msgid, entry.msgctxt or "")
        )


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
