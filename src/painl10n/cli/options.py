"""The options every command shares, and the one way a command prints a line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..runtime.parallel import default_jobs
from ..runtime.shard import Shard
from ..text.visible import visible

ProjectOption = Annotated[
    Path,
    typer.Option(
        "--project", "-p", metavar="PATH", help="Project folder (default: current folder)."
    ),
]
LanguageOption = Annotated[
    list[str] | None,
    typer.Option("--language", "-l", metavar="LANG", help="Only this language (repeatable)."),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="Print errors only.")]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", metavar="N", min=1, help="Processes to use (default: the CPU count)."
    ),
]
ShardOption = Annotated[
    str | None,
    typer.Option(
        "--shard",
        metavar="K/N",
        help="Only shard K of N of the articles, e.g. 2/4 (for CI matrices).",
    ),
]
KeepGoingOption = Annotated[
    bool,
    typer.Option(
        "--keep-going",
        "-k",
        metavar="",
        help="Build every article that can be built, then list the refused files (exit 2).",
    ),
]


def jobs_of(jobs: int | None) -> int:
    """``--jobs``, or the CPU count when it is not given."""
    return jobs if jobs is not None else default_jobs()


def shard_of(spec: str | None) -> Shard | None:
    return Shard.parse(spec) if spec is not None else None


def warn(where: str, line: int, message: str) -> None:
    """A warning on stderr, ``--quiet`` or not: ``FILE:LINE: warning: what; what to do``."""
    typer.echo(visible(f"{where}:{line}: warning: {message}"), err=True)


def say(quiet: bool, message: str) -> None:
    """Print a summary line unless ``--quiet`` (hidden characters shown as escapes)."""
    if not quiet:
        typer.echo(visible(message))
