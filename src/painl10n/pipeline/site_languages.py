"""Whether the generator's own configuration lists each language ``build`` writes.

A generator publishes a translation only for a language its configuration
lists, and says nothing of one it does not: Hugo takes ``welcome.es.md`` of an
unlisted ``es`` for an English page named ``welcome.es``, MkDocs without
mkdocs-static-i18n publishes it as a page of its own, Docusaurus never reads
``i18n/es/``. Each exits 0. ``build`` warns instead, naming the file to change.
Jekyll has no languages of its own (a folder per language is what its sites
read), and a configuration painl10n cannot read (a Docusaurus one that builds
its locales in code) is taken as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from ..config import Settings, hugo_value, mkdocs_config, mkdocs_plugin
from .site_scaffolds import existing_config


class Unlisted(NamedTuple):
    """A language the site does not list: the configuration file to change, and why."""

    language: str
    path: Path
    why: str


_DOCUSAURUS_LOCALES = re.compile(r"\blocales\s*:\s*\[([^\]]*)\]")
_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")


def unlisted_languages(settings: Settings, languages: Iterable[str]) -> list[Unlisted]:
    """Each language of ``languages`` the site's generator does not list; none for a
    configuration that cannot tell."""
    root = settings.root
    codes = {language: settings.generator_code(language) for language in languages}
    if settings.generator == "hugo":
        found = hugo_value(root, ("languages",))
        path = found[1] if found else existing_config(root, "hugo")
        table = found[0] if found else None
        listed = {str(key).lower() for key in table} if isinstance(table, dict) else set()
        return [
            Unlisted(
                language,
                path,
                f"the site lists no language '{code}' ([languages.{code}]): Hugo publishes "
                f"the {language} pages as pages of another language; add it to the site's "
                "languages",
            )
            for language, code in codes.items()
            if path is not None and code.lower() not in listed
        ]
    if settings.generator == "mkdocs":
        return _mkdocs(root, codes)
    if settings.generator == "docusaurus":
        return _docusaurus(root, codes)
    return []


def _mkdocs(root: Path, codes: dict[str, str]) -> list[Unlisted]:
    config = mkdocs_config(root)
    path = existing_config(root, "mkdocs")
    if config is None or path is None:
        return []
    options = mkdocs_plugin(config, "i18n")
    if options is None:
        return [
            Unlisted(
                language,
                path,
                f"no i18n plugin (mkdocs-static-i18n) lists the language '{code}': MkDocs "
                f"publishes the {language} pages as pages of their own; add the plugin with "
                "its languages",
            )
            for language, code in codes.items()
        ]
    entries = options.get("languages")
    listed = {
        str(entry.get("locale"))
        for entry in (entries if isinstance(entries, list) else [])
        if isinstance(entry, dict)
    }
    return [
        Unlisted(
            language,
            path,
            f"the i18n plugin lists no locale '{code}': MkDocs publishes the {language} "
            "pages as pages of their own; add it to the plugin's languages",
        )
        for language, code in codes.items()
        if code not in listed
    ]


def _docusaurus(root: Path, codes: dict[str, str]) -> list[Unlisted]:
    path = existing_config(root, "docusaurus")
    if path is None:
        return []
    found = _DOCUSAURUS_LOCALES.search(path.read_text("utf-8", errors="replace"))
    if found is None:
        return []  # the locales are computed, or written where this cannot read them
    listed = set(_QUOTED.findall(found[1]))
    return [
        Unlisted(
            language,
            path,
            f"i18n.locales lists no '{code}': Docusaurus builds no {language} site; "
            "add it to the locales",
        )
        for language, code in codes.items()
        if code not in listed
    ]
