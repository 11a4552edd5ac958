"""Where a site generator reads each translation, and which files are translations.

With a generator, ``build`` writes the translation of ``<source_dir>/<path>``
where that generator looks for it (``docs/layout.md``):

- ``folder``: ``<output_dir>/<lang>/<path>`` (Hugo by content directory,
  Jekyll, mkdocs-static-i18n ``docs_structure: folder``);
- ``suffix``: ``<source_dir>/<path minus .md>.<lang>.md``, beside the source
  (Hugo by file name, mkdocs-static-i18n's default); a source that already
  names the source language (``about.en.md``) gives ``about.es.md``;
- ``docusaurus``: ``<output_dir>/i18n/<lang>/docusaurus-plugin-content-docs/current/<path>``.

Those places may lie inside ``source_dir``, so the same rules say which files
there are translations (painl10n's or the publisher's), never to be read as
sources: for any language of the project or pseudo-locale, in any case and
with ``-`` or ``_`` (``x.pt-br.md`` is ``pt_BR``'s).
"""

from __future__ import annotations

from pathlib import Path

from ..config import Settings, translation_root
from ..languages import PSEUDO_LOCALES


def _code_key(code: str) -> str:
    """A language code as generators compare them: ``pt_BR``, ``pt-br`` are one."""
    return code.replace("_", "-").casefold()


def written_languages(settings: Settings) -> list[str]:
    """Every language a build may write translations in: the targets, then the pseudo-locales."""
    return list(dict.fromkeys([*settings.languages, *PSEUDO_LOCALES]))


def translation_path(settings: Settings, language: str, source: Path) -> Path:
    """Where the layout puts ``language``'s translation of the article ``source``."""
    code = settings.generator_code(language)
    root = translation_root(settings.output_dir, settings.output_layout, code)
    if root is not None:
        return root / source.relative_to(settings.source_dir)
    stem, dot, suffix = source.name.rpartition(".")
    base, _, marked = stem.rpartition(".")
    if base and _code_key(marked) == _code_key(settings.generator_code(settings.source_language)):
        stem = base  # about.en.md is English: its Spanish is about.es.md
    return source.with_name(f"{stem}.{code}{dot}{suffix}")


# Generators that find a translation's images and other files in the source
# language's folder themselves: Hugo shares a page bundle's resources between
# its translations (seen with Hugo 0.111, content directory per language).
# mkdocs-static-i18n serves the default language's file in the built site
# (``fallback_to_default``), but MkDocs checks each page's links before that and
# ``mkdocs build --strict`` fails on "es/chart.png is not found" (seen with
# MkDocs 1.6.1 and mkdocs-static-i18n 1.3): it gets copies, as Jekyll, which
# knows no languages, and Docusaurus, which resolve ``![](chart.png)`` beside
# the translation.
SHARES_FILES = frozenset({"hugo"})


def copy_path(settings: Settings, language: str, source: Path) -> Path | None:
    """Where a file other than an article (an image …) goes for ``language``: the
    translation's folder where the generator looks only there; nowhere in ``suffix``
    (the translation sits beside the original) or where it finds the original."""
    if settings.generator in SHARES_FILES:
        return None
    root = translation_root(
        settings.output_dir, settings.output_layout, settings.generator_code(language)
    )
    return None if root is None else root / source.relative_to(settings.source_dir)


def is_translation(settings: Settings, path: Path) -> bool:
    """``path`` (below ``source_dir``) is where the layout writes a translation."""
    return translation_language(settings, path) is not None


def translation_language(settings: Settings, path: Path) -> str | None:
    """The language (of the project's, or a pseudo-locale) whose translations the layout
    keeps at ``path``; None for any other file."""
    layout = settings.output_layout
    if layout == "suffix":
        stem = path.name.rpartition(".")[0]
        base, dot, marked = stem.rpartition(".")
        return _language_of(settings, marked) if base and dot else None
    if layout == "folder":
        return _language_of(settings, _first_below(path, settings.output_dir))
    if layout == "docusaurus":
        return _language_of(settings, _first_below(path, settings.output_dir / "i18n"))
    return None


def _language_of(settings: Settings, code: str | None) -> str | None:
    if code is None:
        return None
    key = _code_key(code)
    return next(
        (
            one
            for one in written_languages(settings)
            if key in (_code_key(one), _code_key(settings.generator_code(one)))
        ),
        None,
    )


def _first_below(path: Path, folder: Path) -> str | None:
    """The name of the folder of ``folder`` that holds ``path``."""
    try:
        parts = path.relative_to(folder).parts
    except ValueError:
        return None
    return parts[0] if len(parts) > 1 else None
