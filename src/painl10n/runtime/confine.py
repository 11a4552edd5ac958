"""No write, deletion or truncation goes through a symbolic link.

A pull request can commit a link (``output/es -> ../elsewhere``,
``locales/.painl10n.lock -> ~/.bashrc``); a CI job that builds it would then
write, delete or truncate whatever the link points to. The project's folders
are resolved once, when the settings are read, so a path painl10n builds from
them reads as it resolves unless someone put a link on the way: such a path is
refused. Links the user names on the command line (``-o DIR``) are resolved by
the command first, and so are followed as the user meant.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import Painl10nError

HINT = "remove the link: painl10n writes and deletes only through real folders"


def crossed_link(path: Path) -> Path | None:
    """The first symbolic link on ``path`` (the path itself included), or None.

    One ``realpath`` (an ``lstat`` per part) when there is none, the common case.
    """
    text = os.path.abspath(path)
    if os.path.realpath(text) == text:
        return None
    whole = Path(text)
    for part in [*reversed(whole.parents), whole]:
        if part.is_symlink():
            return part
    return None  # resolved differently without a link (a missing part after '..')


def refuse_links(path: Path, doing: str) -> None:
    """Raise when ``path`` (a file to write or a folder to delete in) crosses a link.

    ``doing`` says what painl10n was about to do, e.g. ``"write"``.
    """
    link = crossed_link(path)
    if link is None:
        return
    try:
        target = os.readlink(link)
    except OSError:
        target = "?"
    raise Painl10nError(
        f"will not {doing} through the symbolic link {shown(link)} -> {target}",
        path=shown(path),
        hint=HINT,
    )


def is_link_free(path: Path) -> bool:
    """Whether ``path`` crosses no symbolic link (to skip, not refuse, a linked folder)."""
    return crossed_link(path) is None


def shown(path: Path) -> str:
    """``path`` relative to the working folder when it is inside it (as a user typed it)."""
    text = os.path.abspath(path)
    here = os.getcwd()
    if text.startswith(here + os.sep):
        return Path(text[len(here) + 1 :]).as_posix()
    return text
