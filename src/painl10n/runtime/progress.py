"""Progress reporting that keeps the library free of any user interface.

Library functions take ``progress: Progress | None = None`` and call it once
per finished unit of work with a label and the number of units of that loop
(``progress("es/psychobiology-of-chronic-pain", 8)``). The command line passes
:func:`terminal_progress`, a rich progress bar on standard error, and only on a
terminal: a pipe, a file, ``CI`` set (to anything but "" or "0" / "false") or
``--quiet`` get no bar at all, so nothing but the command's output reaches a log.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

Progress = Callable[[str, int], None]


def report_progress(progress: Progress | None, label: str, total: int) -> None:
    """Call ``progress`` if there is one: the one line each library loop adds."""
    if progress is not None:
        progress(label, total)


def wants_bar(quiet: bool, stream: TextIO | None = None) -> bool:
    """A bar only for a person watching a terminal."""
    stream = stream if stream is not None else sys.stderr
    if quiet or os.environ.get("CI", "").strip().lower() not in ("", "0", "false"):
        return False
    return stream.isatty()


@contextmanager
def terminal_progress(quiet: bool, title: str) -> Iterator[Progress | None]:
    """A rich bar on stderr (removed when done), or None when it must stay quiet.

    One bar serves several loops in turn: when a loop's total differs from the
    running one, or the running one is complete, the bar starts over.
    """
    if not wants_bar(quiet):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn
    from rich.progress import Progress as Bar

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Bar(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(title, total=None)
        state = {"done": 0, "total": 0}

        def advance(label: str, total: int) -> None:
            if total != state["total"] or state["done"] >= state["total"]:
                state["done"], state["total"] = 0, total
            state["done"] += 1
            bar.update(
                task,
                completed=state["done"],
                total=total,
                description=f"{title} {label}",
            )

        yield advance
