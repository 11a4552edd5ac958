"""painl10n init: a new project with settings, folders and a first article."""

from __future__ import annotations

from pathlib import Path

from ..config import SETTINGS_FILE, nearest_settings, settings_from
from ..errors import Painl10nError
from ..languages import PSEUDO_LOCALES, canonical_code
from ..project import TEMPLATES, locale_folder
from ..runtime.fileio import write_if_changed
from ..terms.shipped import shipped_termbase
from ..terms.tbx import write_tbx

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


def init_project(
    root: Path,
    *,
    source_language: str,
    languages: list[str],
    example_date: str,
    termbase: str | None = None,
) -> list[Path]:
    """Create the settings file and folders; refuse to touch an existing project.

    ``termbase`` names a shipped termbase (``medical``) to start
    ``locales/glossary.tbx`` from; None starts without one.
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
    try:  # the checks build makes, before anything is written
        settings_from(root.resolve(), settings, {"source_language": source, "languages": targets})
    except Painl10nError as exc:
        raise Painl10nError(exc.message, hint="check --source-language and --languages") from None
    terms = shipped_termbase(termbase, [source, *targets]) if termbase else None
    root.mkdir(parents=True, exist_ok=True)  # only once everything is known to be valid
    quoted = ", ".join(f'"{code}"' for code in targets)
    created = []
    files = {
        settings: (
            "# painl10n settings (every key: docs/settings.md in painl10n)\n"
            f'source_language = "{source}"\n'
            f"languages = [{quoted}]\n"
            'source_dir = "source"\n'
            'locales_dir = "locales"\n'
            'output_dir = "output"\n'
        ),
        root / "source" / "welcome.md": _EXAMPLE.format(date=example_date),
        locale_folder(root / "locales", TEMPLATES) / ".gitkeep": "",
        root / "output" / ".gitkeep": "",
        root / ".gitignore": (
            "/output/*\n!/output/.gitkeep\n*.mo\n"
            "# generated: the pseudo-locale catalogs and painl10n's cache\n"
            + "".join(f"/locales/{code}/\n" for code in PSEUDO_LOCALES)
            + "/.painl10n/\n"
        ),
        # Catalogs stay LF whatever a checkout does (Git for Windows converts to CRLF).
        root / ".gitattributes": "*.po text eol=lf\n*.pot text eol=lf\n*.md text eol=lf\n",
    }
    if terms is not None:
        files[root / "locales" / "glossary.tbx"] = write_tbx(terms)
    for path, text in files.items():
        if path.exists():
            continue
        write_if_changed(path, text)
        created.append(path)
    return created
