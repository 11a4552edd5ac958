"""Complete HTML pages: articles, per-language indexes, the language list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from babel.dates import format_date
from jinja2 import Environment, PackageLoader, select_autoescape

from .languages import html_lang, native_name, parse_language, text_direction

# The few words of site chrome; CLDR has no entry for them.
_UI = {
    "languages": {
        "en": "Languages",
        "es": "Idiomas",
        "fr": "Langues",
        "de": "Sprachen",
        "ar": "اللغات",
    },
    "articles": {
        "en": "Articles",
        "es": "Artículos",
        "fr": "Articles",
        "de": "Artikel",
        "ar": "المقالات",
    },
}


def ui(word: str, language: str) -> str:
    table = _UI[word]
    return table.get(language, table.get(language.split("_")[0], table["en"]))


@dataclass(frozen=True)
class PageMeta:
    """What a page of one article in one language needs to know."""

    slug: str
    language: str
    title: str
    description: str
    date: dt.date | None


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("painl10n", "templates"),
        autoescape=select_autoescape(["html"]),
        keep_trailing_newline=True,
    )


def _switcher(languages: list[str], current: str, target: str) -> list[dict[str, object]]:
    languages = _with_self(languages, current)
    return [
        {
            "href": f"../{code}/{target}" if code != current else target,
            "hreflang": html_lang(code),
            "name": native_name(code),
            "current": code == current,
        }
        for code in languages
    ]


def _with_self(languages: list[str], current: str) -> list[str]:
    """A page outside the public languages (a pseudo-locale) still lists itself.

    The public pages never list it: test pages must not be offered to readers.
    """
    return languages if current in languages else [*languages, current]


def _long_date(meta: PageMeta) -> str:
    """Babel's locale, not the code: a pseudo-locale's dates are its base language's."""
    return format_date(meta.date, "long", locale=parse_language(meta.language)) if meta.date else ""


def article_page(meta: PageMeta, body: str, languages: list[str], source_language: str) -> str:
    """A full article page; ``languages`` are all public languages it exists in."""
    page = f"{meta.slug}.html"
    alternates = [
        {"hreflang": html_lang(code), "href": f"../{code}/{page}"}
        for code in languages
        if code != meta.language
    ]
    alternates.append({"hreflang": "x-default", "href": f"../{source_language}/{page}"})
    return (
        _environment()
        .get_template("article.html")
        .render(
            lang=html_lang(meta.language),
            dir=text_direction(meta.language),
            title=meta.title,
            description=meta.description,
            alternates=alternates,
            switcher=_switcher(languages, meta.language, page),
            switcher_label=ui("languages", meta.language),
            date=_long_date(meta),
            date_iso=meta.date.isoformat() if meta.date else "",
            body=body,
        )
    )


def language_index(language: str, pages: list[PageMeta], languages: list[str]) -> str:
    """``output/<lang>/index.html``: the articles in that language."""
    items = [
        {"href": f"{p.slug}.html", "hreflang": html_lang(language), "title": p.title}
        for p in sorted(pages, key=lambda p: p.slug)
    ]
    return (
        _environment()
        .get_template("index.html")
        .render(
            lang=html_lang(language),
            dir=text_direction(language),
            title=f"{ui('articles', language)} · {native_name(language)}",
            description="",
            alternates=[
                {"hreflang": html_lang(code), "href": f"../{code}/index.html"}
                for code in languages
                if code != language
            ],
            switcher=_switcher(languages, language, "index.html"),
            switcher_label=ui("languages", language),
            items=items,
        )
    )


def root_index(languages: list[str], source_language: str, counts: dict[str, int]) -> str:
    """``output/index.html``: every language, named in itself."""
    items = [
        {
            "href": f"{code}/index.html",
            "hreflang": html_lang(code),
            "lang": html_lang(code),
            "dir": text_direction(code),
            "title": native_name(code),
            "note": f"({counts.get(code, 0)})",
        }
        for code in languages
    ]
    return (
        _environment()
        .get_template("index.html")
        .render(
            lang=html_lang(source_language),
            dir=text_direction(source_language),
            title=ui("languages", source_language),
            description="",
            alternates=[],
            switcher=[],
            switcher_label=ui("languages", source_language),
            items=items,
        )
    )
