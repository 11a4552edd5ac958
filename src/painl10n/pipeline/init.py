"""painl10n init: a new project with settings, folders and a first article."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..config import SETTINGS_FILE, nearest_settings, settings_from
from ..errors import Painl10nError
from ..languages import PSEUDO_LOCALES, canonical_code
from ..project import TEMPLATES, locale_folder
from ..runtime.fileio import write_if_changed
from ..terms.shipped import shipped_termbase
from ..terms.tbx import write_tbx
from .site_languages import unlisted_languages
from .site_scaffolds import GENERATED, Scaffold, scaffold

_EXAMPLE = """---
title: Welcome
description: The first article of this site.
date: {date}
---

Write your articles in Markdown in this folder. Run `painl10n build` to
extract the text, update the translation catalogs and publish the site.

<!-- painl10n: note A short greeting; keep it friendly. -->
Thank you for reading!
"""


@dataclass(frozen=True)
class Initialized:
    """What ``init`` wrote, and the generator's part (None for painl10n's own site)."""

    created: list[Path]
    site: Scaffold | None


def init_project(
    root: Path,
    *,
    source_language: str,
    languages: list[str],
    example_date: str,
    termbase: str | None = None,
    generator: str = "plain",
) -> Initialized:
    """Create the settings file and folders; refuse to touch an existing project.

    ``termbase`` names a shipped termbase (``medical``) to start
    ``locales/glossary.tbx`` from; None starts without one. ``generator``: a
    site generator's project (:mod:`.site_scaffolds`): in a folder that holds
    its site, painl10n's settings only; else a small site it builds at once.
    """
    settings = root / SETTINGS_FILE
    existing = nearest_settings(root.resolve())
    if existing is not None:
        found = existing[0]
        if found.parent == root.resolve():
            raise Painl10nError("a painl10n project already exists here", path=found)
        raise Painl10nError(  # inside source/, say: not a project of its own
            f"this folder is inside the painl10n project at {found.parent}",
            path=found,
            hint="run painl10n commands from anywhere in that project; init a new one outside it",
        )
    source = canonical_code(source_language)
    targets = [canonical_code(code) for code in languages]
    if not targets:
        raise Painl10nError("give at least one target language", hint="e.g. --languages es,fr")
    quoted = ", ".join(f'"{code}"' for code in targets)
    head = f'source_language = "{source}"\nlanguages = [{quoted}]\n'
    site = None if generator == "plain" else scaffold(root, generator, source, targets)
    body = site.settings if site else 'source_dir = "source"\n'
    text = (
        "# painl10n settings (every key: docs/settings.md in painl10n)\n"
        f'{head}{body}locales_dir = "locales"\n' + ("" if site else 'output_dir = "output"\n')
    )
    try:  # the checks build makes, before anything is written
        loaded = settings_from(root.resolve(), settings, tomllib.loads(text))
    except Painl10nError as exc:
        raise Painl10nError(exc.message, hint="check --source-language and --languages") from None
    if site is not None and site.existing is not None:  # advise what the site lacks only
        lacking = unlisted_languages(loaded, [source, *targets])
        missing = [loaded.generator_code(found.language) for found in lacking]
        site = scaffold(root, generator, source, targets, missing)
    terms = shipped_termbase(termbase, [source, *targets]) if termbase else None
    root.mkdir(parents=True, exist_ok=True)  # only once everything is known to be valid
    files = {settings: text, **_first_files(root, site, example_date)}
    files[root / ".gitignore"] = _gitignore(generator, site)  # a site's own one is kept
    files[locale_folder(root / "locales", TEMPLATES) / ".gitkeep"] = ""
    # Catalogs stay LF whatever a checkout does (Git for Windows converts to CRLF).
    files[root / ".gitattributes"] = "*.po text eol=lf\n*.pot text eol=lf\n*.md text eol=lf\n"
    if terms is not None:
        files[root / "locales" / "glossary.tbx"] = write_tbx(terms)
    created = []
    for path, content in files.items():
        if path.exists():
            continue
        write_if_changed(path, content)
        created.append(path)
    return Initialized(created, site)


def _first_files(root: Path, site: Scaffold | None, example_date: str) -> dict[Path, str]:
    """The first article and the site's own files (none in a site that exists)."""
    article = _EXAMPLE.format(date=example_date)
    if site is None:
        return {root / "source" / "welcome.md": article, root / "output" / ".gitkeep": ""}
    if site.existing is not None:
        return {}
    article = article.replace("---\n", "---\n" + site.front_matter, 1)
    files = {root / name: content for name, content in site.files.items()}
    files[root / site.article] = article
    return files


def _gitignore(generator: str, site: Scaffold | None) -> str:
    own = "/output/*\n!/output/.gitkeep\n" if site is None else ""
    generated = "".join(f"{line}\n" for line in GENERATED.get(generator, ()))
    return (
        f"{own}{generated}*.mo\n"
        "# generated: the pseudo-locale catalogs and painl10n's cache\n"
        + "".join(f"/locales/{code}/\n" for code in PSEUDO_LOCALES)
        + "/.painl10n/\n"
    )
