"""The status page: progress per language and article, open check findings, badges.

``painl10n report`` writes into ``output/status/`` (or ``-o DIR``):

- ``index.html``: a ``<progress>`` bar per language with the percentage
  written next to it, a table per language with each article's strings and
  words, and the findings of ``check`` linked to their file and line (with
  ``--from``, those of saved ``check`` reports, e.g. a CI matrix's shards,
  merged by :mod:`painl10n.reports.merge`);
- ``badge-<lang>.svg``: a README badge per language (:mod:`painl10n.reports.badge`);
- ``status.css``: the page's style.

A finding links to its catalog relative to the page (``../../locales/…/x.po``,
the line shown beside it), or, with ``repository_url`` in the settings, to
that URL with ``{path}`` and ``{line}`` filled in (``{line}`` is 1 for a
finding about a whole file). Nothing in the files depends on the time of the
run unless ``SOURCE_DATE_EPOCH`` is set, so a second run writes nothing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from ..checks.base import Finding
from ..errors import Painl10nError
from ..languages import html_lang, native_name, text_direction
from ..pipeline.check import run_checks
from ..pipeline.gate import GateStatus, gate_status
from ..project import Project
from ..runtime.confine import refuse_links
from ..runtime.progress import Progress
from ..runtime.staging import FileChanges, commit_files
from ..site.templating import environment
from .badge import badge_svg, is_our_badge
from .formats import heading, ordered
from .merge import MergedReport, only_languages
from .stats import LanguageStats, Stats, Tally, collect_stats, shown_percent


@dataclass
class StatusResult:
    folder: Path
    files: FileChanges
    stats: Stats
    errors: int
    warnings: int


def write_status(
    project: Project,
    languages: Sequence[str] | None = None,
    output: Path | None = None,
    progress: Progress | None = None,
    *,
    merged: MergedReport | None = None,
    jobs: int = 1,
) -> StatusResult:
    """Collect the stats and the findings, then write the page, its CSS and the badges.

    The checks run over ``jobs`` processes. With ``merged`` (the shards'
    ``check`` reports of a CI matrix) the findings are those, not checked
    again; the progress figures are still read from the catalogs, as the
    reports carry no per-article or word counts.
    """
    # A folder named on the command line is the user's: links in it are followed.
    # The default one is the project's: a link there is refused when writing.
    folder = output.resolve() if output is not None else project.settings.output_dir / "status"
    generated = _generated()  # validate the environment before reading anything else
    if merged is None:
        stats = collect_stats(project, languages)
        report = run_checks(project, languages, progress=progress, jobs=jobs)
    else:
        merged = only_languages(merged, languages)
        report = merged.report
        stats = collect_stats(project, list(report.completion))
    shards = merged.shards if merged is not None else None
    held = gate_status(project, [item.language for item in stats.languages])
    page = status_page(project, stats, report.findings, folder, generated, shards, held)
    produced: list[tuple[Path, str]] = [(folder / "index.html", page)]
    produced.append((folder / "status.css", _css()))
    for item in stats.languages:
        percent = item.strings.percent
        badge = badge_svg(item.language, badge_value(percent), percent)
        produced.append((folder / badge_name(item.language), badge))
        reviewed = item.strings.reviewed_percent
        label = f"{item.language} reviewed"
        badge = badge_svg(label, badge_value(reviewed), reviewed, "reviewed")
        produced.append((folder / badge_name(item.language, reviewed=True), badge))
    written = commit_files(produced, project.shown)
    written.removed = _remove_stale_badges(project, folder)
    return StatusResult(folder, written, stats, report.errors, report.warnings)


def badge_name(language: str, *, reviewed: bool = False) -> str:
    """``badge-es.svg`` (translated), ``badge-es-reviewed.svg`` (signed off)."""
    return f"badge-{language}-reviewed.svg" if reviewed else f"badge-{language}.svg"


def badge_value(percent: float) -> str:
    """Whole percent rounded down: a badge says 100% only when all is translated."""
    return f"{int(percent)}%"


def status_page(
    project: Project,
    stats: Stats,
    findings: list[Finding],
    folder: Path,
    generated: str = "",
    shards: int | None = None,
    held: GateStatus | None = None,
) -> str:
    """The HTML page; links are relative to ``folder``, where it will be written.

    ``shards``: how many ``check`` reports the findings were merged from (None:
    checked for this page); ``held``: what the publishing gate holds back (None:
    no such section).
    """
    settings = project.settings
    source = settings.source_language
    catalog_links = {  # a missing catalog: its template, the file a translator starts from
        article.file: _file_link(
            project,
            folder,
            article.file if article.catalog else project.shown(project.template_path(article.slug)),
            None,
        )
        for item in stats.languages
        for article in item.articles
    }
    return (
        environment(trim=True)
        .get_template("status.html")
        .render(
            title="Translation status",
            source_lang=html_lang(source),
            source_dir=text_direction(source),
            languages=[
                _language_view(item, settings.required_completion(item.language), catalog_links)
                for item in stats.languages
            ],
            finding_groups=_finding_groups(project, folder, findings),
            errors=sum(f.severity == "error" for f in findings),
            warnings=sum(f.severity == "warning" for f in findings),
            generated=generated,
            shards=shards,
            gate=None if held is None else _gate_view(project, folder, held),
        )
    )


def _gate_view(project: Project, folder: Path, held: GateStatus) -> dict[str, object]:
    """The publishing gate's section: the entries and pages ``build`` does not publish."""
    entries = []
    for item in held.entries:
        line = item.entry.line
        entries.append(
            {
                "language": item.language,
                "href": _file_link(project, folder, item.file, line),
                "location": f"{item.file}:{line}" if line else item.file,
                "msgid": _short(item.entry.msgid),
                "reasons": [
                    {"check": check, "message": message} for check, message in item.entry.reasons
                ],
            }
        )
    pages = [{"language": p.language, "slug": p.slug, "why": p.why} for p in held.pages]
    return {"entries": entries, "pages": pages, "notices": held.notices}


def _language_view(
    item: LanguageStats, required: float, links: dict[str, str]
) -> dict[str, object]:
    code = item.language
    return {
        "code": code,
        "id": f"lang-{code}",
        "name": native_name(code),
        "lang": html_lang(code),
        "dir": text_direction(code),
        "strings": _tally_view(item.strings),
        "words": _tally_view(item.words),
        "required": f"{required:g}",
        "below": item.strings.percent < required,
        "badge": badge_name(code),
        "badge_alt": f"{code}: {badge_value(item.strings.percent)} translated",
        "reviewed_badge": badge_name(code, reviewed=True),
        "reviewed_badge_alt": f"{code}: {badge_value(item.strings.reviewed_percent)} reviewed",
        "articles": [
            {
                "slug": article.slug,
                "href": links[article.file],
                "file": article.file,
                "catalog": article.catalog,
                "strings": _tally_view(article.strings),
                "words": _tally_view(article.words),
            }
            for article in item.articles
        ],
    }


def _tally_view(tally: Tally) -> dict[str, object]:
    return {
        "total": tally.total,
        "translated": tally.translated,
        "reviewed": tally.reviewed,
        "fuzzy": tally.fuzzy,
        "untranslated": tally.untranslated,
        "value": f"{round(tally.percent, 2):g}",
        "shown": shown_percent(tally.percent),
        "reviewed_shown": shown_percent(tally.reviewed_percent),
    }


def _finding_groups(
    project: Project, folder: Path, findings: list[Finding]
) -> list[dict[str, object]]:
    """The findings in report order, under headings: errors of patient safety first."""
    groups: list[dict[str, object]] = []
    rows: list[dict[str, object]] = []
    for finding in ordered(findings):
        title = heading(finding)
        if not groups or groups[-1]["title"] != title:
            rows = []
            groups.append({"title": title, "findings": rows})
        rows.append(_finding_view(project, folder, finding))
    return groups


def _finding_view(project: Project, folder: Path, finding: Finding) -> dict[str, object]:
    location = f"{finding.file}:{finding.line}" if finding.line else finding.file
    return {
        "severity": finding.severity,
        "check": finding.check,
        "language": finding.language,
        "href": _file_link(project, folder, finding.file, finding.line),
        "location": location,
        "message": finding.message,
        "msgid": _short(finding.msgid),
    }


def _file_link(project: Project, folder: Path, file: str, line: int | None) -> str:
    """The repository URL when configured, else a path relative to the page; '' if no file."""
    if not (project.settings.root / file).is_file():
        return ""
    template = project.settings.repository_url
    if template:
        return template.format(path=file, line=line or 1)
    target = project.settings.root / file
    return Path(os.path.relpath(target, folder)).as_posix()


def _generated() -> str:
    """'' unless SOURCE_DATE_EPOCH is set: the page must not change from run to run."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return ""
    if not epoch.isdigit():
        raise Painl10nError(
            f"SOURCE_DATE_EPOCH must be a number of seconds, not {epoch!r}",
            hint="unset it or set it to e.g. $(git log -1 --format=%ct)",
        )
    moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _remove_stale_badges(project: Project, folder: Path) -> list[str]:
    """Badges of languages the project no longer has would claim progress that is gone.

    Only badges painl10n wrote: ``report -o DIR`` may point at a folder of the
    publisher's, whose own ``badge-*.svg`` files are none of our business.
    """
    current = {
        badge_name(code, reviewed=reviewed)
        for code in project.settings.languages
        for reviewed in (False, True)
    }
    removed = []
    refuse_links(folder, "remove badges")
    for path in sorted(folder.glob("badge-*.svg")):
        if path.name not in current and is_our_badge(path):
            path.unlink()
            removed.append(project.shown(path))
    return removed


def _short(text: str, width: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _css() -> str:
    return files("painl10n").joinpath("templates/status.css").read_text("utf-8")
