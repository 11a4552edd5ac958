"""User-facing errors: one line naming the file and line, and what to do."""

from __future__ import annotations

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
