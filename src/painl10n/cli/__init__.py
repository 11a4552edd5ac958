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

from ..errors import Painl10nError
from ..text.visible import visible
from .app import app

# Each import adds its commands to the app; --help lists them in this order.
# isort: off
from . import pipeline  # noqa: F401
from . import quality  # noqa: F401
from . import exchange  # noqa: F401
from . import glossary  # noqa: F401
from . import tm  # noqa: F401

# isort: on

__all__ = ["app", "main"]


def main() -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    try:
        app()
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
