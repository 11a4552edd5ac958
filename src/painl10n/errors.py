"""User-facing errors: one line naming the file and line, and what to do."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path


class Painl10nError(Exception):
    """A problem with the user's input or settings (exit code 2, no traceback)."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        text = where + self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class PoSyntaxError(Painl10nError):
    """A catalog that GNU gettext would reject, or that is ambiguous."""


class Painl10nErrors(Painl10nError):
    """Several files refused in one run, each named: one bad article or catalog
    should not hide the others, so a step checks every file before it gives up."""

    def __init__(self, errors: Sequence[Painl10nError]) -> None:
        self.errors = list(errors)
        super().__init__(refused_summary(self.errors))

    def __str__(self) -> str:
        return "\n".join([*(str(error) for error in self.errors), self.message])

    def __reduce__(self) -> tuple[type[Painl10nErrors], tuple[list[Painl10nError]]]:
        return (Painl10nErrors, (self.errors,))  # across worker processes, the list intact


def refused_summary(errors: Sequence[Painl10nError]) -> str:
    """``N files refused``: the files named by ``errors`` (an error naming no file counts once)."""
    named = {error.path for error in errors if error.path is not None}
    count = len(named) + sum(1 for error in errors if error.path is None)
    return f"{count} file{'' if count == 1 else 's'} refused"


def flatten(errors: Iterable[BaseException]) -> list[Painl10nError]:
    """Every user-facing error in ``errors``, aggregates opened, in order.

    An OSError (a file that cannot be read) becomes the one-line error it is
    printed as; anything else is a bug and is raised as it is.
    """
    found: list[Painl10nError] = []
    for error in errors:
        if isinstance(error, Painl10nErrors):
            found += error.errors
        elif isinstance(error, Painl10nError):
            found.append(error)
        elif isinstance(error, OSError):
            found.append(Painl10nError(error.strerror or str(error), path=error.filename))
        else:
            raise error
    return found


def raise_all(errors: Iterable[BaseException]) -> None:
    """Raise nothing, the one error, or all of them as :class:`Painl10nErrors`."""
    found = flatten(errors)
    if len(found) == 1:
        raise found[0]
    if found:
        raise Painl10nErrors(found)
