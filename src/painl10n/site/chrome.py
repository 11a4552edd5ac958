"""The few words of site chrome, per language, and counts phrased with CLDR plurals.

CLDR names languages and formats dates and numbers, but has no "skip to
content" or "articles"; those words live here, one entry per site language.
A language missing here falls back to English words (and English plurals),
so a page never shows a placeholder; the tests require every shipped
language to have every word.
"""

from __future__ import annotations

from collections.abc import Mapping

from babel import Locale
from babel.numbers import format_decimal

FALLBACK = "en"

WORDS: dict[str, dict[str, str]] = {
    # aria-label of the language switcher <nav>
    "languages": {
        "en": "Languages",
        "es": "Idiomas",
        "fr": "Langues",
        "de": "Sprachen",
        "ar": "اللغات",
    },
    # heading of a language's index page
    "articles": {
        "en": "Articles",
        "es": "Artículos",
        "fr": "Articles",
        "de": "Artikel",
        "ar": "المقالات",
    },
    # link from an article back to its language's index
    "all_articles": {
        "en": "All articles",
        "es": "Todos los artículos",
        "fr": "Tous les articles",
        "de": "Alle Artikel",
        "ar": "كل المقالات",
    },
    # link from a language's index to the list of languages
    "all_languages": {
        "en": "All languages",
        "es": "Todos los idiomas",
        "fr": "Toutes les langues",
        "de": "Alle Sprachen",
        "ar": "كل اللغات",
    },
    # the first focusable element: jumps over the header to <main>
    "skip": {
        "en": "Skip to content",
        "es": "Saltar al contenido",
        "fr": "Aller au contenu",
        "de": "Zum Inhalt springen",
        "ar": "تخطَّ إلى المحتوى",
    },
    # the footer's medical disclaimer, unless the settings give one ("disclaimer")
    "disclaimer": {
        "en": "This article is for information only and does not replace advice "
        "from your doctor or pharmacist.",
        "es": "Este artículo es solo informativo y no sustituye el consejo de su médico "
        "o farmacéutico.",
        "fr": "Cet article est fourni à titre d\u2019information uniquement et ne remplace "
        "pas l\u2019avis de votre médecin ou de votre pharmacien.",
        "de": "Dieser Artikel dient nur der Information und ersetzt nicht die Beratung "
        "durch Ihre Ärztin, Ihren Arzt oder Ihre Apotheke.",
        "ar": "هذه المقالة لأغراض إعلامية فقط، ولا تُغني عن استشارة طبيبك أو الصيدلي.",
    },
    # the footer's date of the article's last medical review; {date} is a long date
    "last_reviewed": {
        "en": "Last reviewed: {date}",
        "es": "Última revisión: {date}",
        "fr": "Dernière révision\u00a0: {date}",
        "de": "Zuletzt geprüft: {date}",
        "ar": "آخر مراجعة: {date}",
    },
    # an article with text not yet translated (shown in the source language), at its top;
    # {language} is the source language's name in the page's language (CLDR)
    "untranslated_notice": {
        "en": "Parts of this page are not yet translated; they are shown in {language}.",
        "es": "Algunas partes de esta página aún no están traducidas; se muestran en {language}.",
        "fr": "Certaines parties de cette page ne sont pas encore traduites\u202f; elles "
        "sont affichées en {language}.",
        "de": "Teile dieser Seite sind noch nicht übersetzt; sie werden auf {language} angezeigt.",
        "ar": "بعض أجزاء هذه الصفحة لم تُترجَم بعد؛ وهي معروضة باللغة {language}.",
    },
}

# "{n}" is the count formatted for the language; keys are CLDR plural
# categories ("other" always present; the others where the language has them).
COUNTS: dict[str, dict[str, dict[str, str]]] = {
    "articles": {
        "en": {"one": "{n} article", "other": "{n} articles"},
        # CLDR's "many" (1 000 000, 2 000 000…) takes "de" / "d'" only after the
        # word millón/million; with digits it is the plain plural.
        "es": {"one": "{n} artículo", "many": "{n} artículos", "other": "{n} artículos"},
        "fr": {"one": "{n} article", "many": "{n} articles", "other": "{n} articles"},
        "de": {"one": "{n} Artikel", "other": "{n} Artikel"},
        # Arabic: 0 none, 1 and 2 without a numeral (the dual), 3 to 10 plural,
        # 11 to 99 singular accusative, 100+ singular genitive.
        "ar": {
            "zero": "لا مقالات",
            "one": "مقالة واحدة",
            "two": "مقالتان",
            "few": "{n} مقالات",
            "many": "{n} مقالةً",
            "other": "{n} مقالة",
        },
    },
}


def _entry(table: dict[str, str], language: str) -> str:
    key = word_language(table, language)
    return table[key]


def word_language(table: Mapping[str, object], language: str) -> str:
    """The key of ``table`` that serves ``language`` (``pt_BR`` → ``pt``, else English)."""
    for key in (language, language.split("_")[0].split("-")[0]):
        if key in table:
            return key
    return FALLBACK


def word(name: str, language: str) -> str:
    """One word of site chrome in ``language``."""
    return _entry(WORDS[name], language)


def untranslated_notice(language: str, source_language: str) -> tuple[str, str]:
    """The notice of a page that shows some text in ``source_language``, and the language
    it is written in: the page's own where painl10n has its words, else English (the
    caller marks it with its ``lang``). The source language is named by CLDR."""
    table = WORDS["untranslated_notice"]
    key = word_language(table, language)
    written = language if key != FALLBACK or _base(language) == FALLBACK else FALLBACK
    locale = Locale.parse(key)
    source = Locale.parse(source_language.replace("-", "_"))
    name = source.get_display_name(locale) or source_language
    return table[key].format(language=name), written


def _base(language: str) -> str:
    return language.split("_")[0].split("-")[0]


def words(language: str) -> dict[str, str]:
    """Every word of site chrome in ``language``, for the templates."""
    return {name: _entry(table, language) for name, table in WORDS.items()}


def count(name: str, number: int, language: str) -> str:
    """``number`` things, with the CLDR plural form and number format of ``language``."""
    forms = COUNTS[name]
    key = word_language(forms, language)
    category = Locale.parse(key).plural_form(number)
    pattern = forms[key].get(category, forms[key]["other"])
    return pattern.format(n=format_decimal(number, locale=key))
