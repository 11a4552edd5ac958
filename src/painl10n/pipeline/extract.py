"""``painl10n extract``: source articles → templates (POT), one per article.

Workers stage the templates; they are put in place together, once every
article is read and no two share a slug, or not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import NamedTuple

import polib

from ..catalogs.template import build_template, now_stamp, same_content
from ..errors import Painl10nError, raise_all
from ..po import write_po
from ..project import Project, slug_clashes
from ..runtime.confine import refuse_links
from ..runtime.fileio import head_mentions, in_line_endings_of, read_text_lf
from ..runtime.lock import locked
from ..runtime.parallel import run_ordered
from ..runtime.staging import FileChanges, Staged, commit, discard, stage
from ..sources.model import Article, Unoffered


@dataclass(frozen=True)
class ExtractedArticle:
    """What extract learned of one article: enough to report it, small to send back.

    A worker hands this to the main process instead of the whole Article, whose
    segments the parent would only unpickle to read the slug, competing with
    the workers for the CPU.
    """

    ref: str
    slug: str
    strings: int  # distinct (context, msgid) pairs: the template's entries
    unoffered: tuple[Unoffered, ...] = ()  # text a reader sees that no message offers


class _Extracted(NamedTuple):
    """What a worker hands back for one article."""

    article: ExtractedArticle
    template: Path
    staged: Staged | None  # the template's text, staged; None: unchanged


@dataclass
class ExtractResult:
    """What extract did: each article it read, and the templates it wrote or removed."""

    articles: list[ExtractedArticle]
    files: FileChanges


@locked
def extract(project: Project, *, jobs: int = 1) -> ExtractResult:
    """source/*.md → locales/templates/LC_MESSAGES/<slug>.pot (over ``jobs`` processes).

    Workers stage the templates they wrote; they are put in place together,
    once every article is read and no two share a slug, or not at all.
    """
    task = partial(_extract_one, project, now_stamp())
    sources = project.sources()
    done: list[_Extracted] = []
    failures: list[Exception] = []
    try:
        for result in run_ordered(task, sources, jobs):
            if isinstance(result, Exception):
                failures.append(result)
            else:
                done.append(result)
        clashes = slug_clashes((one.article.ref, one.article.slug) for one in done)
        raise_all([*failures, *(error for error, _ in clashes)])  # every bad article named
    except BaseException:
        discard(one.staged for one in done if one.staged is not None)
        raise
    commit(one.staged for one in done if one.staged is not None)
    written = FileChanges()
    for one in done:
        written.record(project.shown(one.template), one.staged is not None)
    written.removed = remove_stale_templates(project, {one.template for one in done})
    return ExtractResult([one.article for one in done], written)


def _extract_one(project: Project, stamp: str, path: Path) -> _Extracted | Exception:
    """Read one article and stage its template (in a worker process when jobs > 1).

    An error is handed back, not raised, so the caller still receives (and
    discards) what the other articles staged.
    """
    try:
        article = project.read_article(path)
        target, text = template_file(project, article, stamp)
        strings = len({(segment.context, segment.msgid) for segment in article.segments})
        summary = ExtractedArticle(article.ref, article.slug, strings, article.unoffered)
        return _Extracted(summary, target, stage(target, text))
    except Exception as exc:
        return exc


def template_file(project: Project, article: Article, stamp: str) -> tuple[Path, str]:
    """Where the article's template goes and its text (the old text if nothing moved)."""
    path, text, _ = template_and_catalog(project, article, stamp)
    return path, text


def template_and_catalog(
    project: Project, article: Article, stamp: str
) -> tuple[Path, str, polib.POFile]:
    """:func:`template_file`, with the template as update would read it back from
    that text: built once, and dated as the text is (an unchanged template keeps
    its old date, which the catalogs copy into their header)."""
    path = project.template_path(article.slug)
    settings = project.settings
    pot = build_template(
        article,
        source_language=settings.source_language,
        bugs_address=settings.bugs_address,
        created=stamp,
    )
    try:
        text = write_po(pot, width=settings.wrap_width)
    except ValueError as exc:  # text gettext cannot represent, e.g. a control character
        raise Painl10nError(f"cannot write the template: {exc}", path=article.ref) from exc
    if path.is_file():
        old_text = read_text_lf(path, project.shown(path))
        if same_content(old_text, text):
            text = old_text  # nothing moved: keep the file, and its date, as is
            found = _CREATED.search(text)
            pot.metadata["POT-Creation-Date"] = found[1] if found else ""
    return path, in_line_endings_of(path, text), pot


# How a template painl10n wrote says so: its header comment, or the generator field.
GENERATED_MARKS = ("generated by painl10n extract", '"X-Generator: painl10n ')

_CREATED = re.compile(r'^"POT-Creation-Date: (.*)\\n"$', re.M)


def remove_stale_templates(project: Project, current: set[Path]) -> list[str]:
    """A template whose article is gone would make Weblate offer a dead component.

    Its catalogs are left alone: they still hold the translations. Only
    templates painl10n generated go (their header says so); the folder may not
    be a symbolic link.
    """
    removed = []
    refuse_links(project.templates_dir, "remove templates")
    for path in project.template_files():
        if path not in current and head_mentions(path, *GENERATED_MARKS):
            path.unlink()
            removed.append(project.shown(path))
    return removed
