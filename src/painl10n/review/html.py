"""The review pack's pages: one per article (source and translation side by side, a row
per entry) and an index, self-contained and printable.

Rendered by jinja2 with autoescaping on, as the site's pages are: every text
comes from a catalog, and a translation is untrusted. The style sheet is
inlined, so a page opens from a mail attachment or a USB stick as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from posixpath import relpath

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..languages import english_name, html_lang, text_direction
from .marks import Highlighter, Piece
from .model import Article, Row
from .worddiff import Change, word_diff


@dataclass(frozen=True)
class Side:
    """One language's side of the pack: how its cells are tagged and marked."""

    code: str
    highlighter: Highlighter

    @property
    def lang(self) -> str:
        return html_lang(self.code)

    @property
    def dir(self) -> str:
        return text_direction(self.code)

    @property
    def name(self) -> str:
        return english_name(self.code)


@dataclass(frozen=True)
class RowView:
    row: Row
    source: list[Piece]
    translation: list[Piece]
    source_changes: list[Change] | None
    translation_changes: list[Change] | None


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("painl10n", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def _css() -> Markup:
    return Markup(files("painl10n").joinpath("templates/review-pack.css").read_text("utf-8"))


def page_name(slug: str) -> str:
    """The article's page in the pack's folder (a slug may have folders: ``guides/x``)."""
    return f"{slug}.html"


def sheet_names(language: str) -> tuple[str, str]:
    """The review sheet's file names: XLSX and CSV."""
    return f"review-{language}.xlsx", f"review-{language}.csv"


def article_page(article: Article, source: Side, target: Side) -> str:
    """One article's page: a row per entry, in article order."""
    views = [_view(row, source, target) for row in article.rows]
    here = page_name(article.slug)
    index = relpath("index.html", _folder(here))
    return (
        _environment()
        .get_template("review-pack.html")
        .render(
            css=_css(),
            article=article,
            rows=views,
            source=source,
            target=target,
            index=index,
            sheets=[relpath(name, _folder(here)) for name in sheet_names(target.code)],
            counts=_counts([article]),
        )
    )


def index_page(articles: list[Article], source: Side, target: Side) -> str:
    """The pack's first page: its articles, what each awaits, the sheets and how to use them."""
    return (
        _environment()
        .get_template("review-index.html")
        .render(
            css=_css(),
            articles=[(article, page_name(article.slug)) for article in articles],
            source=source,
            target=target,
            sheets=sheet_names(target.code),
            counts=_counts(articles),
        )
    )


STATE_NAMES = {
    "awaiting-review": "awaiting review",
    "signed-off": "signed off",
    "fuzzy": "fuzzy",
    "rejected": "rejected",
    "untranslated": "untranslated",
}


def _counts(articles: list[Article]) -> list[tuple[str, str, int]]:
    return [
        (state, name, sum(article.count(state) for article in articles))
        for state, name in STATE_NAMES.items()
    ]


def _folder(name: str) -> str:
    return name.rpartition("/")[0] or "."


def _view(row: Row, source: Side, target: Side) -> RowView:
    """The row's marked texts, and a word diff for each side that changed since its
    sign-off (a side that did not change shows none)."""
    previous = row.previous
    signed_source = previous.msgid if previous else row.source
    signed_translation = previous.msgstr.replace("\u2029", "\n") if previous else row.translation
    return RowView(
        row=row,
        source=source.highlighter.pieces(row.source),
        translation=target.highlighter.pieces(row.translation),
        source_changes=(
            word_diff(signed_source, row.source) if signed_source != row.source else None
        ),
        translation_changes=(
            word_diff(signed_translation, row.translation)
            if signed_translation != row.translation
            else None
        ),
    )
