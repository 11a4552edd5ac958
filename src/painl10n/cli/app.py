"""The typer application and its root options; the command modules add their commands to it."""

from __future__ import annotations

from typing import Annotated

import typer
from typer.core import TyperArgument

from .._version import __version__


def _no_type(self: TyperArgument, ctx: object) -> None:
    return None


# typer prints an argument's Python type after its name ("PATH <path>",
# "REPORT <list[str]>"); the capitalised name already says what to give.
if hasattr(TyperArgument, "display_type_rich"):
    setattr(TyperArgument, "display_type_rich", _no_type)  # noqa: B010 (a method, for mypy)

app = typer.Typer(
    help="Localize Markdown medical articles through gettext catalogs.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"painl10n {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", metavar="", callback=_version, is_eager=True, help="Show version."
        ),
    ] = False,
) -> None:
    """painl10n: extract, update, build and compile article translations."""
