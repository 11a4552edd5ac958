"""``painl10n review``: a reviewer's sign-off on translated entries.

:data:`review_app` is the command group; every ``review`` subcommand (list,
approve, reject, and the review pack's) adds itself to it with
``@review_app.command()``.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import Painl10nError
from ..pipeline.review import CatalogQueue, approve, reject, review_list
from ..project import Project
from ..text.visible import visible
from .app import app
from .options import LanguageOption, ProjectOption, QuietOption, say
from .review_pack import register as register_pack_commands

review_app = typer.Typer(
    help="A reviewer's sign-off: list what awaits review, approve, reject; a bilingual "
    "pack and sheet for reviewers without a PO editor, and its import.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(review_app, name="review")

OneLanguage = Annotated[
    str, typer.Option("--language", "-l", metavar="LANG", help="The catalogs' language.")
]
ByOption = Annotated[
    str, typer.Option("--by", metavar="NAME", help="The reviewer's name, as recorded.")
]
EntryOption = Annotated[
    list[str] | None,
    typer.Option(
        "--entry",
        "-e",
        metavar="REF",
        help="FILE.po:LINE (as 'review list' shows it) or a few words of the source "
        "text; must name one entry (repeatable).",
    ),
]
EXCERPT = 60


@review_app.command(name="list")
def list_(
    project: ProjectOption = Path("."),
    language: LanguageOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="text or json.")
    ] = "text",
) -> None:
    """What awaits review, per article: counts, then each translated entry not signed
    off on its present text (with who signed off an earlier text, if anyone).

    \b
    Examples:
      painl10n review list -l es
      painl10n review list --format json
    """
    if fmt not in ("text", "json"):
        raise Painl10nError(f"unknown format {fmt!r}", hint="use text or json")
    found = review_list(Project.load(project), language)
    if fmt == "json":
        sys.stdout.write(json.dumps([_as_json(item) for item in found], indent=2) + "\n")
        return
    for item in found:
        queue = item.queue
        typer.echo(
            f"{item.language}/{item.slug}: {queue.reviewed}/{queue.translated} translated "
            f"reviewed, {len(queue.awaiting)} awaiting review ({queue.changed} changed since "
            f"sign-off), {queue.fuzzy} fuzzy, {queue.untranslated} untranslated"
        )
        for entry in queue.awaiting:
            changed = ""
            if entry.previous is not None:
                changed = (
                    f" [changed since signed off by {entry.previous.reviewer} "
                    f"on {entry.previous.day}]"
                )
            typer.echo(visible(f"  {item.file}:{entry.line}: {_excerpt(entry.msgid)}{changed}"))
    awaiting = sum(len(item.queue.awaiting) for item in found)
    typer.echo(f"{awaiting} entries awaiting review in {len(found)} catalogs")


def _as_json(item: CatalogQueue) -> dict[str, object]:
    queue = item.queue
    return {
        "language": item.language,
        "article": item.slug,
        "file": item.file,
        "total": queue.total,
        "translated": queue.translated,
        "reviewed": queue.reviewed,
        "awaiting": len(queue.awaiting),
        "changed": queue.changed,
        "fuzzy": queue.fuzzy,
        "untranslated": queue.untranslated,
        "entries": [
            {
                "line": entry.line,
                "msgctxt": entry.msgctxt,
                "msgid": entry.msgid,
                "signed_off_before": None
                if entry.previous is None
                else {"by": entry.previous.reviewer, "on": entry.previous.day},
            }
            for entry in queue.awaiting
        ],
    }


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1].rstrip() + "…"


@review_app.command(name="approve")
def approve_(
    language: OneLanguage,
    reviewer: ByOption,
    articles: Annotated[
        list[str] | None,
        typer.Argument(metavar="ARTICLE", help="Articles (slugs); default: every article."),
    ] = None,
    entries: EntryOption = None,
    project: ProjectOption = Path("."),
    quiet: QuietOption = False,
) -> None:
    """Sign off translated entries as reviewed, in the catalog and its ledger.

    Entries that are fuzzy, untranslated or have a 'check' error are refused,
    one line each, and the rest approved (exit 1 if any was refused). An entry
    already signed off on its present text is left as it is.

    \b
    Examples:
      painl10n review approve -l es --by "Ana Ruiz"              every Spanish article
      painl10n review approve -l es sleep --by "Ana Ruiz"        one article
      painl10n review approve -l es --entry sleep.po:42 --by "Ana Ruiz"
    """
    result = approve(
        Project.load(project),
        language,
        articles or (),
        entries or (),
        reviewer=reviewer,
        day=dt.date.today(),
    )
    for refusal in result.refused:
        typer.echo(f"painl10n: refused: {visible(str(refusal))}", err=True)
    for name in result.files.changed:
        say(quiet, f"wrote {name}")
    for name in result.files.removed:
        say(quiet, f"removed {name}")
    say(
        quiet,
        f"{len(result.signed)} entries approved, {result.already} already signed off, "
        f"{len(result.refused)} refused",
    )
    raise typer.Exit(1 if result.refused else 0)


@review_app.command(name="reject")
def reject_(
    language: OneLanguage,
    article: Annotated[str, typer.Argument(metavar="ARTICLE", help="The article (slug).")],
    entry: Annotated[
        str,
        typer.Option(
            "--entry",
            "-e",
            metavar="REF",
            help="FILE.po:LINE or a few words of the source text; must name one entry.",
        ),
    ],
    reviewer: ByOption,
    comment: Annotated[
        str, typer.Option("--comment", "-m", metavar="TEXT", help="What to change, and why.")
    ],
    project: ProjectOption = Path("."),
    quiet: QuietOption = False,
) -> None:
    """Send one entry back to its translator: it becomes fuzzy (not published), its
    sign-off is removed and the comment is added for the translator's editor to show.

    \b
    Example:
      painl10n review reject -l es sleep -e sleep.po:42 --by "Ana Ruiz" -m "every 6 hours, not 8"
    """
    result = reject(
        Project.load(project),
        language,
        article,
        entry,
        reviewer=reviewer,
        day=dt.date.today(),
        comment=comment,
    )
    for name in result.files.changed:
        say(quiet, f"wrote {name}")
    for name in result.files.removed:
        say(quiet, f"removed {name}")
    say(quiet, f"rejected {result.file}:{result.line}: {result.comment}")


register_pack_commands(review_app)
