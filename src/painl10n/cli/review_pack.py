"""``painl10n review pack`` and ``painl10n review import``: the reviewer's pack and sheet
(:mod:`painl10n.pipeline.review_pack`, :mod:`painl10n.pipeline.review_import`).

:func:`register` adds both commands to the ``review`` command group it is
given. Until that group lives in its own module, this one makes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..project import Project
from .options import ProjectOption, QuietOption, say


def pack(
    language: Annotated[
        str, typer.Option("--language", "-l", metavar="LANG", help="The language to review.")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="DIR", help="The folder to write into.")
    ],
    articles: Annotated[
        list[str] | None,
        typer.Argument(metavar="ARTICLE", help="Only these articles (slugs; default: all)."),
    ] = None,
    project: ProjectOption = Path("."),
    quiet: QuietOption = False,
) -> None:
    """Write a bilingual review pack: a page per article and a sheet for the decisions.

    \b
    DIR/index.html and DIR/<article>.html show source and translation side by
    side, terms, numbers and negations highlighted, check findings, and what
    changed since the last sign-off; DIR/review-<lang>.xlsx (and .csv) is where
    the reviewer marks each row approved or rejected.
    Example:
      painl10n review pack -l ar -o review-ar/
    """
    from ..pipeline.review_pack import write_pack  # openpyxl: loaded for these commands only

    result = write_pack(Project.load(project), language, output.resolve(), articles or None)
    rows = sum(len(article.rows) for article in result.articles)
    say(
        quiet,
        f"{output}: {len(result.articles)} articles, {rows} rows; "
        f"{len(result.files.changed)} files written, {len(result.files.unchanged)} unchanged",
    )


def import_sheet(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The review sheet (.xlsx or .csv).")],
    by: Annotated[
        str | None,
        typer.Option(
            "--by", metavar="NAME", help="Reviewer of the rows whose reviewer cell is empty."
        ),
    ] = None,
    project: ProjectOption = Path("."),
    quiet: QuietOption = False,
) -> None:
    """Apply a review sheet: approved rows are signed off, rejected ones sent back.

    \b
    A decision applies only if the entry's text is still the one reviewed;
    every row not applied is listed (exit 1).
    Example:
      painl10n review import review-ar.xlsx --by "Dr. Layla Haddad"
    """
    from ..pipeline.review_import import import_review

    result = import_review(Project.load(project), file, by)
    say(
        quiet,
        f"{file}: {result.approved} signed off, {result.rejected} rejected, "
        f"{result.unchanged} already so, {len(result.not_applied)} not applied",
    )
    for item in result.not_applied:
        typer.echo(f"{file}: {item}", err=True)
    if result.not_applied:
        raise typer.Exit(1)


def register(group: typer.Typer) -> None:
    """Add ``pack`` and ``import`` to the ``review`` command group."""
    group.command("pack")(pack)
    group.command("import")(import_sheet)
