"""Command line: parse arguments, call the library, print a short summary.

Each module adds its commands to the one typer app (:mod:`.app`): the
pipeline steps, the quality commands, the glossary, the translation memory
and the exchange formats. :func:`main` maps errors to exit codes in one place:
0 success, 1 check found errors, 2 usage or input error, 3 internal error.
"""

from __future__ import annotations

import os
import sys

import typer
from typer.exceptions import TyperException

from ..errors import Painl10nError, Painl10nErrors
from ..text.visible import visible
from .app import app

# Each import adds its commands to the app; --help lists them in this order.
# isort: off
from . import pipeline  # noqa: F401
from . import quality  # noqa: F401
from . import exchange  # noqa: F401
from . import glossary  # noqa: F401
from . import tm  # noqa: F401
from . import review  # noqa: F401

# isort: on

__all__ = ["app", "main"]


def main() -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    try:
        code = app(standalone_mode=False)
    except TyperException as exc:  # the parser's own: a usage error, no command given
        code = _usage(exc)
    except Painl10nErrors as exc:  # every refused file, one line each, then how many
        for error in exc.errors:
            typer.echo(f"painl10n: error: {visible(str(error))}", err=True)
        typer.echo(f"painl10n: {exc.message}", err=True)
        sys.exit(2)
    except Painl10nError as exc:
        typer.echo(f"painl10n: error: {visible(str(exc))}", err=True)
        sys.exit(2)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        typer.echo(f"painl10n: error: {where}{exc.strerror or exc}", err=True)
        sys.exit(2)
    except Exception as exc:
        if os.environ.get("PAINL10N_DEBUG"):
            raise
        typer.echo(
            f"painl10n: internal error: {type(exc).__name__}: {exc} "
            "(set PAINL10N_DEBUG=1 for a traceback and please report it)",
            err=True,
        )
        sys.exit(3)
    sys.exit(code if isinstance(code, int) else 0)


def _usage(exc: TyperException) -> int:
    """A usage error as one line naming the command's help, like every other error;
    no command at all shows the help, as before."""
    context = getattr(exc, "ctx", None)
    if type(exc).__name__ == "NoArgsIsHelpError" and context is not None:
        typer.echo(context.get_help())
        return 2
    if isinstance(exc, typer.Abort):
        typer.echo("painl10n: aborted", err=True)
        return 1
    format_message = getattr(exc, "format_message", None)
    message = format_message() if callable(format_message) else str(exc)
    command = context.command_path if context is not None else "painl10n"
    typer.echo(f"painl10n: error: {visible(message)} (see '{command} --help')", err=True)
    exit_code = getattr(exc, "exit_code", 2)
    return exit_code if isinstance(exit_code, int) else 2
