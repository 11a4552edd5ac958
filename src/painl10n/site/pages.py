"""Complete HTML pages: articles, per-language indexes, the language list.

Every page carries ``<html lang dir>``, ``hreflang`` alternates (with
``x-default``) and a language switcher, both limited to the languages the
page exists in; dates and counts are formatted by Babel for the page's
language; the chrome's few words come from :mod:`painl10n.site.chrome`.
The site's name and the footer's medical disclaimer come from the settings
(:class:`SiteOptions`); templates of the project's ``templates/`` folder
replace the shipped ones of the same name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from babel.dates import format_date

from ..config import Settings
from ..languages import html_lang, is_pseudo, native_name, parse_language, text_direction
from . import chrome
from .templating import render

STYLESHEET = "assets/site.css"  # relative to the output folder
ICON = "assets/icon.svg"
ASSETS = (STYLESHEET, ICON)


@dataclass(frozen=True)
class PageMeta:
    """What a page of one article in one language needs to know."""

    slug: str
    language: str
    title: str
    description: str
    date: dt.date | None
    reviewed: dt.date | None = None  # last medical review (front matter ``last_reviewed``)
    title_lang: str = ""  # the source language, where the title is still the source's


@dataclass(frozen=True)
class SiteOptions:
    """What every page shows of the site itself, from the settings."""

    source_language: str = "en"
    name: Mapping[str, str] = field(default_factory=dict)  # language -> site name
    disclaimer: Mapping[str, str] | None = None  # None: chrome's shipped disclaimer
    templates: Path | None = None  # the project's overriding templates

    @classmethod
    def of(cls, settings: Settings) -> SiteOptions:
        return cls(
            settings.source_language,
            settings.site_name,
            settings.disclaimer,
            settings.templates_dir,
        )

    def texts(self, language: str) -> dict[str, dict[str, str] | None]:
        """The site name and the disclaimer for a page in ``language`` (None: not shown)."""
        if self.disclaimer is None:
            disclaimer: dict[str, str] | None = {"text": chrome.word("disclaimer", language)}
        else:
            disclaimer = self._localized(self.disclaimer, language)
        return {"site_name": self._localized(self.name, language), "disclaimer": disclaimer}

    def _localized(self, table: Mapping[str, str], language: str) -> dict[str, str] | None:
        """The text for ``language``, or the source language's marked with its ``lang``
        and ``dir`` (a screen reader then reads it in the right voice)."""
        key = chrome.word_language(table, language)
        if key not in table:
            key = self.source_language
        text = table.get(key, "")
        if not text:
            return None
        if _base(key) == _base(language):
            return {"text": text, "lang": "", "dir": ""}
        return {"text": text, "lang": html_lang(key), "dir": text_direction(key)}


def asset(name: str) -> str:
    """A file every page uses (one of ``ASSETS``), written once to ``output/<name>``."""
    return files("painl10n").joinpath(name).read_text("utf-8")


def stylesheet() -> str:
    """The site's CSS: logical properties only, so one sheet serves LTR and RTL."""
    return asset(STYLESHEET)


def _date(date: dt.date | None, language: str) -> dict[str, str]:
    if date is None:
        return {"date": "", "date_iso": ""}
    # Babel's locale, not the code: a pseudo-locale's dates are its base language's.
    locale = parse_language(language)
    return {"date": format_date(date, "long", locale=locale), "date_iso": date.isoformat()}


def _switcher(
    languages: list[str], current: str, href: dict[str, str], marker: str = "page"
) -> list[dict[str, str]]:
    """One link per language, in its own name; ``marker`` is the current one's aria-current."""
    languages = _with_self(languages, current)
    return [
        {
            "href": href[code],
            "hreflang": html_lang(code),
            "dir": text_direction(code),
            "name": native_name(code),
            "current": marker if code == current else "",
        }
        for code in languages
    ]


def _with_self(languages: list[str], current: str) -> list[str]:
    """A page outside the public languages (a pseudo-locale) still lists itself.

    The public pages never list it: test pages must not be offered to readers.
    """
    return languages if current in languages else [*languages, current]


def _alternates(languages: list[str], href: dict[str, str], default: str) -> list[dict[str, str]]:
    """Every version including this page itself, as search engines ask for."""
    links = [{"hreflang": html_lang(code), "href": href[code]} for code in languages]
    links.append({"hreflang": "x-default", "href": default})
    return links


def _base(language: str) -> str:
    return language.split("_")[0].split("-")[0]


def _reviewed(date: dt.date | None, language: str) -> dict[str, str] | None:
    """ "Last reviewed: <date>" split around the date, which goes into a ``<time>``."""
    if date is None:
        return None
    before, _, after = chrome.word("last_reviewed", language).partition("{date}")
    formatted = format_date(date, "long", locale=parse_language(language))
    return {"before": before, "date": formatted, "date_iso": date.isoformat(), "after": after}


def _render(
    template: str, language: str, root: str, site: SiteOptions | None, **context: object
) -> str:
    site = site or SiteOptions()
    return render(
        template,
        site.templates,
        lang=html_lang(language),
        dir=text_direction(language),
        root=root,
        ui=chrome.words(language),
        noindex=is_pseudo(language),  # test pages: never in search results
        **site.texts(language),
        **context,
    )


def article_page(
    meta: PageMeta,
    body: str,
    languages: list[str],
    source_language: str,
    *,
    heading: str = "",
    site: SiteOptions | None = None,
    notice: Mapping[str, str] | None = None,
    title_lang: tuple[str, str] | None = None,
) -> str:
    """A full article page; ``languages`` are the languages it exists in.

    ``heading``: the safe HTML of the ``<h1>`` the body started with, which
    is the page's heading; without one the front matter title is.
    ``notice``: that some of the page is in the source language (``text``, and its
    ``lang``/``dir`` where it is not the page's); ``title_lang``: the ``lang`` and
    ``dir`` of a front matter title that is the source's.
    """
    page = f"{meta.slug}.html"
    href = {code: f"../{code}/{page}" for code in languages} | {meta.language: page}
    return _render(
        "article.html",
        meta.language,
        "../",
        site,
        title=meta.title,
        heading=heading,
        description=meta.description,
        alternates=_alternates(languages, href, f"../{source_language}/{page}"),
        switcher=_switcher(languages, meta.language, href),
        body=body,
        notice=notice,
        title_lang=title_lang,
        reviewed=_reviewed(meta.reviewed, meta.language),
        **_date(meta.date, meta.language),
    )


def language_index(
    language: str, pages: list[PageMeta], languages: list[str], site: SiteOptions | None = None
) -> str:
    """``output/<lang>/index.html``: the articles in that language, newest first."""
    ordered = sorted(pages, key=lambda p: p.slug)
    ordered.sort(key=lambda p: p.date or dt.date.min, reverse=True)
    items = [
        {
            "href": f"{p.slug}.html",
            "hreflang": html_lang(language),
            "title": p.title,
            # a title still in the source language is marked so (screen readers, RTL)
            "lang": html_lang(p.title_lang) if p.title_lang else "",
            "dir": text_direction(p.title_lang) if p.title_lang else "",
            "description": p.description,
            **_date(p.date, language),
        }
        for p in ordered
    ]
    href = {code: f"../{code}/index.html" for code in languages} | {language: "index.html"}
    heading = chrome.word("articles", language)
    return _render(
        "index.html",
        language,
        "../",
        site,
        title=f"{heading} · {native_name(language)}",
        heading=heading,
        summary=chrome.count("articles", len(pages), language),
        description="",
        alternates=_alternates(languages, href, "../index.html"),
        switcher=_switcher(languages, language, href),
        home="../index.html",
        items=items,
    )


def root_index(
    languages: list[str],
    source_language: str,
    counts: dict[str, int],
    site: SiteOptions | None = None,
) -> str:
    """``output/index.html``: every language, named in itself, with its article count."""
    href = {code: f"{code}/index.html" for code in languages}
    items = [
        {
            "href": href[code],
            "hreflang": html_lang(code),
            "lang": html_lang(code),
            "dir": text_direction(code),
            "title": native_name(code),
            "note": chrome.count("articles", counts.get(code, 0), code),
        }
        for code in languages
    ]
    heading = chrome.word("languages", source_language)
    return _render(
        "index.html",
        source_language,
        "",
        site,
        title=heading,
        heading=heading,
        summary="",
        description="",
        alternates=_alternates(languages, href, "index.html"),
        # This page is not one of the linked pages: its language is only "current" (true).
        switcher=_switcher(languages, source_language, href, marker="true"),
        home="",
        items=items,
    )
