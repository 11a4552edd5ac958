"""Translation progress per language and article, read from the catalogs as they are.

Nothing is extracted or merged: ``stats`` shows what translators have done in
the files on disk. The articles are the templates in
``locales/templates/LC_MESSAGES``; an article whose catalog does not exist yet
counts every message of its template as untranslated.

Each non-obsolete entry counts once (a plural entry too, by its singular
msgid's words): *fuzzy* when it carries the fuzzy flag and some translation,
*translated* when every form is translated and it is not fuzzy, else
*untranslated*; *reviewed* counts the translated entries a reviewer signed off
on their present text (:mod:`painl10n.catalogs.signoff`), a share of the
translated ones. Words are source words (:mod:`painl10n.text.words`).

JSON (``painl10n stats --format json``), version 1::

    {
      "version": 1,
      "source_language": "en",
      "languages": {
        "es": {
          "strings": {"total": 65, "translated": 60, "reviewed": 40, "fuzzy": 3,
                      "untranslated": 2, "percent": 92.31, "reviewed_percent": 61.54},
          "words": {"total": 1510, "translated": 1400, "reviewed": 900, "fuzzy": 70,
                    "untranslated": 40, "percent": 92.72, "reviewed_percent": 59.6},
          "articles": {
            "psychobiology-of-chronic-pain": {
              "file": "locales/es/LC_MESSAGES/psychobiology-of-chronic-pain.po",
              "catalog": true,
              "strings": {…}, "words": {…}
            }
          }
        }
      }
    }

``percent`` is the translated share (fuzzy is not translated: it is never
published), ``reviewed_percent`` the signed-off share, each rounded to two
decimals; 100.0 when there is nothing to translate.
``catalog`` is false when the catalog is missing. Languages keep the order of
the settings, articles are sorted by slug.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import polib

from ..catalogs.signoff import is_signed_off
from ..errors import Painl10nError, raise_all
from ..pipeline.update import read_catalog, read_template
from ..project import Project
from ..runtime.progress import Progress, report_progress
from ..text.words import count_words

STATS_VERSION = 1


@dataclass
class Tally:
    """Translated, fuzzy and untranslated counts of one kind of unit (strings or words)."""

    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    reviewed: int = 0  # of the translated: signed off on their present text

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def reviewed_percent(self) -> float:
        return 100.0 * self.reviewed / self.total if self.total else 100.0

    def count(self, state: str, amount: int) -> None:
        """Add ``amount`` units in ``state`` ('translated', 'fuzzy', 'untranslated' or
        'reviewed', which are also translated)."""
        if state == "reviewed":
            self.reviewed += amount
            state = "translated"
        setattr(self, state, getattr(self, state) + amount)

    def add(self, other: Tally) -> None:
        self.translated += other.translated
        self.fuzzy += other.fuzzy
        self.untranslated += other.untranslated
        self.reviewed += other.reviewed

    def as_dict(self) -> dict[str, int | float]:
        return {
            "total": self.total,
            "translated": self.translated,
            "reviewed": self.reviewed,
            "fuzzy": self.fuzzy,
            "untranslated": self.untranslated,
            "percent": round(self.percent, 2),
            "reviewed_percent": round(self.reviewed_percent, 2),
        }


@dataclass
class Counts:
    """Strings and words of some catalogs."""

    strings: Tally = field(default_factory=Tally)
    words: Tally = field(default_factory=Tally)

    def add(self, other: Counts) -> None:
        self.strings.add(other.strings)
        self.words.add(other.words)


@dataclass
class ArticleStats(Counts):
    """One article in one language."""

    slug: str = ""
    file: str = ""  # the catalog, relative to the project
    catalog: bool = True  # False: no catalog yet, counted from the template


@dataclass
class LanguageStats(Counts):
    """One language: its articles and their sum."""

    language: str = ""
    articles: list[ArticleStats] = field(default_factory=list)


@dataclass
class Stats:
    source_language: str
    languages: list[LanguageStats]

    def language(self, code: str) -> LanguageStats:
        return next(item for item in self.languages if item.language == code)


def entry_state(entry: polib.POEntry) -> str:
    """'reviewed', 'translated', 'fuzzy' or 'untranslated' (a plural entry counts once);
    a reviewed entry is translated and signed off on its present text."""
    forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
    if "fuzzy" in entry.flags and any(forms):
        return "fuzzy"
    if "fuzzy" not in entry.flags and forms and all(forms):
        return "reviewed" if is_signed_off(entry) else "translated"
    return "untranslated"


def count_catalog(entries: polib.POFile, *, template: bool = False) -> Counts:
    """Count the non-obsolete entries; a template's entries are all untranslated."""
    counted = Counts()
    for entry in entries:
        if entry.obsolete:
            continue
        state = "untranslated" if template else entry_state(entry)
        words = count_words(entry.msgid)
        counted.strings.count(state, 1)
        counted.words.count(state, words)
    return counted


def collect_stats(
    project: Project, languages: Sequence[str] | None = None, *, progress: Progress | None = None
) -> Stats:
    """Progress of the chosen languages (all by default), read from the catalogs."""
    chosen = project.select_languages(languages)
    slugs = project.template_slugs()
    templates: dict[str, Counts] = {}
    result = Stats(project.settings.source_language, [])
    refused: list[Painl10nError] = []
    for language in chosen:
        summary = LanguageStats(language=language)
        for slug in slugs:
            path = project.catalog_path(language, slug)
            try:
                catalog = read_catalog(project, language, slug)
            except Painl10nError as exc:  # every unreadable catalog named, not the first
                refused.append(exc)
                continue
            if catalog is None:
                if slug not in templates:
                    templates[slug] = count_catalog(read_template(project, slug), template=True)
                counted = templates[slug]
            else:
                counted = count_catalog(catalog)
            article = ArticleStats(slug=slug, file=project.shown(path), catalog=catalog is not None)
            article.add(counted)
            summary.articles.append(article)
            summary.add(counted)
        result.languages.append(summary)
        report_progress(progress, language, len(chosen))
    raise_all(refused)
    return result


def shown_percent(value: float) -> str:
    """A percentage for people: one decimal, rounded down, so 99.96 is never '100.0'."""
    return f"{math.floor(value * 10) / 10:.1f}"


def as_json(stats: Stats) -> str:
    document = {
        "version": STATS_VERSION,
        "source_language": stats.source_language,
        "languages": {
            item.language: {
                "strings": item.strings.as_dict(),
                "words": item.words.as_dict(),
                "articles": {
                    article.slug: {
                        "file": article.file,
                        "catalog": article.catalog,
                        "strings": article.strings.as_dict(),
                        "words": article.words.as_dict(),
                    }
                    for article in item.articles
                },
            }
            for item in stats.languages
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


COLUMNS: tuple[tuple[str, str], ...] = (
    ("", "language"),
    ("", "article"),
    # Reviewed beside translated; for strings only, so that the table fits a terminal
    # (the JSON has the reviewed words too).
    *(
        ("strings", name)
        for name in ("total", "translated", "reviewed", "fuzzy", "untranslated", "%", "reviewed %")
    ),
    *(("words", name) for name in ("total", "translated", "fuzzy", "untranslated", "%")),
)


def table_rows(stats: Stats) -> list[tuple[list[str], bool]]:
    """The rows of the table (cells, is-total): each article, then the language total."""
    rows: list[tuple[list[str], bool]] = []
    for item in stats.languages:
        for article in item.articles:
            name = article.slug if article.catalog else f"{article.slug} (no catalog)"
            rows.append(([item.language, name, *_cells(article)], False))
        rows.append(([item.language, "total", *_cells(item)], True))
    return rows


def _cells(counted: Counts) -> list[str]:
    strings, words = counted.strings, counted.words
    return [
        str(strings.total),
        str(strings.translated),
        str(strings.reviewed),
        str(strings.fuzzy),
        str(strings.untranslated),
        shown_percent(strings.percent),
        shown_percent(strings.reviewed_percent),
        *(str(count) for count in (words.total, words.translated, words.fuzzy)),
        str(words.untranslated),
        shown_percent(words.percent),
    ]


def as_text(stats: Stats) -> str:
    """Plain aligned columns (for pipes and files): text left, numbers right.

    Two header lines: the group ("strings", "words") above its first column,
    then the column names.
    """
    groups = [
        group if (i == 0 or COLUMNS[i - 1][0] != group) else ""
        for i, (group, _) in enumerate(COLUMNS)
    ]
    names = [name for _, name in COLUMNS]
    body = [cells for cells, _ in table_rows(stats)]
    rows = [groups, names, *body]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = []
    for number, row in enumerate(rows):
        parts = [
            cell.ljust(width) if i < 2 or number == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines) + "\n"
