"""align command: seed a catalog from a translation made outside painl10n.

The translated Markdown is segmented like the source and aligned block by
block (:mod:`painl10n.exchange.align`); every aligned translation goes into the
article's catalog as ``fuzzy`` with an ``aligned:`` comment, so nothing is
published before a person has reviewed it. A translation that is already
reviewed (not fuzzy) is never overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from ..catalogs.header import key_of
from ..catalogs.merge import merge
from ..catalogs.template import build_template, now_stamp, same_content
from ..errors import Painl10nError
from ..pipeline.update import read_catalog
from ..po import read_po, write_po
from ..project import Project
from ..runtime.fileio import in_line_endings_of, read_text_lf, read_text_strict, write_if_changed
from ..runtime.lock import locked
from ..sources.discover import MAX_ARTICLE_BYTES
from ..sources.model import Article, Segment
from ..sources.segment import segment_article
from ..terms.annotate import annotate
from ..terms.matcher import TermMatcher
from .align import Alignment, align_articles

ALIGNED_PREFIX = "aligned: "


@dataclass
class SeedResult:
    """What ``align`` did to one catalog."""

    catalog: str  # project-relative path of the catalog
    source_ref: str
    translated_ref: str
    aligned: int = 0  # translations written (fuzzy)
    kept: int = 0  # aligned, but a reviewed translation was already there
    unaligned: list[Segment] = field(default_factory=list)
    extra: list[Segment] = field(default_factory=list)
    written: bool = False


@locked
def seed_catalog(project: Project, source: str, translated: Path, language: str) -> SeedResult:
    """Align ``translated`` with the project article ``source`` and merge into its catalog."""
    (code,) = project.select_languages([language])
    article = find_article(project, project.articles(), source)
    translated_ref = project.shown(translated)
    text = read_text_strict(translated, translated_ref, MAX_ARTICLE_BYTES)
    other = segment_article(
        text,
        ref=translated_ref,
        default_slug=article.slug,
        front_matter_fields=project.settings.front_matter_fields,
        flavor=article.flavor,  # its source's: an '.mdx' article's is MDX
    )
    alignment = align_articles(article, other)
    catalog = _current_catalog(project, article, code)
    path = project.catalog_path(code, article.slug)
    result = SeedResult(project.shown(path), article.ref, translated_ref)
    _apply(catalog, alignment, translated.name, result)
    try:
        output = write_po(catalog, width=project.settings.wrap_width)
    except ValueError as exc:
        raise Painl10nError(f"cannot write: {exc}", path=result.catalog) from exc
    result.written = write_if_changed(path, in_line_endings_of(path, output))
    return result


def find_article(project: Project, articles: Sequence[Article], spec: str) -> Article:
    """The project article named by a slug or by a path to its file."""
    for article in articles:
        if spec == article.slug:
            return article
    candidates = [Path(spec)]
    if not Path(spec).is_absolute():
        candidates.append(project.settings.root / spec)
    for candidate in candidates:
        if candidate.is_file():
            shown = project.shown(candidate)
            for article in articles:
                if article.ref == shown:
                    return article
    source_dir = project.shown(project.settings.source_dir)
    raise Painl10nError(
        f"{spec} is not an article of this project",
        hint=f"give a file under {source_dir}/ or a slug: " + ", ".join(a.slug for a in articles),
    )


def _current_catalog(project: Project, article: Article, language: str) -> polib.POFile:
    """The catalog as `update` would leave it: merged with the article as it is now."""
    settings = project.settings
    template_path = project.template_path(article.slug)
    template_text = write_po(
        build_template(
            article,
            source_language=settings.source_language,
            bugs_address=settings.bugs_address,
            created=now_stamp(),
        ),
        width=settings.wrap_width,
    )
    if template_path.is_file():
        on_disk = read_text_lf(template_path, project.shown(template_path))
        if same_content(on_disk, template_text):
            template_text = on_disk  # keeps its creation date: no churn in the header
    template = read_po(template_text, path=project.shown(template_path))
    old = read_catalog(project, language, article.slug)
    catalog, _ = merge(template, old, language, slug=article.slug)
    termbase = project.termbase()
    if termbase.concepts:
        annotate(catalog, TermMatcher(termbase, settings.source_language), language)
    return catalog


def _apply(catalog: polib.POFile, alignment: Alignment, name: str, result: SeedResult) -> None:
    entries = {key_of(e): e for e in catalog if not e.obsolete}
    done: set[tuple[str | None, str]] = set()
    for pair in alignment.pairs:
        key = (pair.source.context, pair.source.msgid)
        if key in done:
            continue  # a repeated string: its first occurrence decides
        done.add(key)
        entry = entries[key]
        if entry.msgstr and "fuzzy" not in entry.flags:
            result.kept += 1
            continue
        entry.msgstr = pair.target.msgid
        if "fuzzy" not in entry.flags:
            entry.flags.append("fuzzy")
        entry.previous_msgid = entry.previous_msgctxt = entry.previous_msgid_plural = None
        note = f"{ALIGNED_PREFIX}confidence {pair.confidence:.2f}, from {name}:{pair.target.line}"
        lines = [line for line in entry.comment.split("\n") if line] if entry.comment else []
        entry.comment = "\n".join([*lines, note])
        result.aligned += 1
    result.unaligned = list(alignment.unaligned)
    result.extra = list(alignment.extra)


def report_lines(result: SeedResult) -> list[str]:
    """The summary and one line per block left out, for the command line."""
    lines = [
        f"{result.catalog}: {result.aligned} aligned (fuzzy, for review), "
        f"{result.kept} already translated and kept, {len(result.unaligned)} source blocks "
        f"unaligned, {len(result.extra)} extra translated blocks"
        + ("" if result.written else " (catalog unchanged)")
    ]
    for seg in result.unaligned:
        lines.append(f"  unaligned {result.source_ref}:{seg.line} {seg.kind}: {_preview(seg)}")
    for seg in result.extra:
        lines.append(f"  extra {result.translated_ref}:{seg.line} {seg.kind}: {_preview(seg)}")
    return lines


def _preview(seg: Segment, width: int = 60) -> str:
    text = " ".join(seg.msgid.split())
    return text if len(text) <= width else text[: width - 1] + "…"
