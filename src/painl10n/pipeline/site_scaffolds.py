"""What ``painl10n init --generator NAME`` writes: a project for a site generator.

In a folder that already holds the generator's site (its configuration file is
there), painl10n adds only its own settings, pointed at the folder the site
reads its pages from, and says what the generator's configuration must list
for the languages; the site's files are never touched. In a new folder it
writes a small site the generator builds at once in every language, with the
generator's own language switcher: the configuration (languages named by
Babel, right-to-left ones marked), the few templates a theme-less Hugo or
Jekyll site needs, and a first article where the generator reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..config import HUGO_SITE_FILES, MKDOCS_FILE, generator_code, mkdocs_config, mkdocs_plugin
from ..errors import Painl10nError
from ..languages import native_name, text_direction

# The files that make a folder a site of each generator (its configuration).
SITE_CONFIGS: dict[str, tuple[str, ...]] = {
    "hugo": HUGO_SITE_FILES,
    "mkdocs": (MKDOCS_FILE, "mkdocs.yaml"),
    "docusaurus": ("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs"),
    "jekyll": ("_config.yml", "_config.yaml", "_config.toml"),
}
GENERATORS = tuple(SITE_CONFIGS)
# The generator's command that builds the site, for the "next:" line.
BUILD_COMMANDS = {
    "hugo": "hugo",
    "mkdocs": "mkdocs build",
    "docusaurus": "npm install && npx docusaurus build",
    "jekyll": "jekyll build",
}
# What the generator writes or caches, for .gitignore.
GENERATED = {
    "hugo": ("/public/", "/resources/_gen/", ".hugo_build.lock"),
    "mkdocs": ("/site/",),
    "docusaurus": ("/node_modules/", "/build/", "/.docusaurus/"),
    "jekyll": ("/_site/", "/.jekyll-cache/", "/.jekyll-metadata"),
}
# Docusaurus as the tests build it (tests/generators/docusaurus/package.json).
DOCUSAURUS_VERSION = "3.10.2"
REACT_VERSION = "18.3.1"


@dataclass(frozen=True)
class Scaffold:
    """A generator's part of a new project: settings lines and files (by relative path)."""

    settings: str  # painl10n.toml lines after the languages
    article: str  # where the first article goes, relative to the project
    files: dict[str, str] = field(default_factory=dict)  # the site's own files
    languages: str = ""  # the generator's configuration for the languages (advice)
    existing: Path | None = None  # the site's configuration file, if it was there
    front_matter: str = ""  # lines the first article's front matter starts with


def existing_config(root: Path, generator: str) -> Path | None:
    """The generator's configuration file already in ``root``, if any."""
    for name in SITE_CONFIGS[generator]:
        if (root / name).is_file():
            return root / name
    return None


def scaffold(
    root: Path, generator: str, source: str, targets: list[str], missing: list[str] | None = None
) -> Scaffold:
    """The settings and files ``init`` writes for ``generator`` (one of :data:`GENERATORS`).

    ``missing``: of an existing site, the languages its configuration lacks (the
    advice shows those of Hugo's tables, and nothing when it lacks none)."""
    if generator not in SITE_CONFIGS:
        known = ", ".join(("plain", *GENERATORS))
        raise Painl10nError(f"unknown generator {generator!r}", hint=f"choose one of: {known}")
    existing = existing_config(root, generator)
    if generator == "hugo":
        found = _hugo(root, source, targets, existing, missing)
    else:
        make = {"mkdocs": _mkdocs, "docusaurus": _docusaurus, "jekyll": _jekyll}
        found = make[generator](root, source, targets, existing)
    if existing is None:
        return found
    # A site of its own: only painl10n's settings; the first article stays unwritten.
    advice = "" if missing == [] else found.languages
    return Scaffold(found.settings, "", {}, advice, existing=existing)


def _languages(generator: str, source: str, targets: list[str]) -> list[tuple[str, str, bool]]:
    """(the generator's code, the language's own name, right to left) per language."""
    return [
        (generator_code(generator, {}, code), native_name(code), text_direction(code) == "rtl")
        for code in [source, *targets]
    ]


# --- Hugo ---------------------------------------------------------------------------

_HUGO_BASEOF = """\
<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}" dir="{{ .Site.Language.LanguageDirection | default "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
{{- range .Translations }}
<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{- end }}
</head>
<body>
<nav class="languages">{{ range .Translations }}
  <a hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a>
{{- end }}</nav>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
"""
_HUGO_SINGLE = (
    '{{ define "main" }}<article>\n<h1>{{ .Title }}</h1>\n{{ .Content }}\n</article>{{ end }}\n'
)
_HUGO_LIST = """\
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>{{ range .Pages }}
  <li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>
{{- end }}</ul>{{ end }}
"""


def _hugo(
    root: Path, source: str, targets: list[str], existing: Path | None, missing: list[str] | None
) -> Scaffold:
    # An existing site that translates by content directory keeps its pages in
    # content/<source>; painl10n then writes content/<language>.
    by_folder = existing is not None and (root / "content" / source.lower()).is_dir()
    as_yaml = existing is not None and existing.suffix in (".yaml", ".yml")
    tables = []
    for weight, (code, name, rtl) in enumerate(_languages("hugo", source, targets), start=1):
        if missing is not None and code not in missing:
            continue
        keys: list[tuple[str, str]] = []
        if by_folder:
            keys.append(("contentDir", f"content/{code}"))
        keys.append(("languageName", name))
        if rtl:
            keys.append(("languageDirection", "rtl"))
        if as_yaml:
            lines = [f"  {code}:", *(f"    {k}: {_yaml_string(v)}" for k, v in keys)]
            tables.append("\n".join([*lines, f"    weight: {weight}"]) + "\n")
        else:
            lines = [f"[languages.{code}]", *(f'{k} = "{v}"' for k, v in keys)]
            tables.append("\n".join([*lines, f"weight = {weight}"]) + "\n")
    languages = "languages:\n" + "".join(tables) if as_yaml else "\n".join(tables)
    if by_folder:
        settings = f'generator = "hugo"\nsource_dir = "content/{source.lower()}"\n'
        settings += 'output_layout = "folder"\n'
    else:
        settings = 'generator = "hugo"\nsource_dir = "content"\n'
    config = (
        'baseURL = "https://example.org/"\n'
        'title = "Articles"\n'
        f'defaultContentLanguage = "{generator_code("hugo", {}, source)}"\n'
        "defaultContentLanguageInSubdir = true\n"
        'disableKinds = ["taxonomy", "term"]\n\n' + languages
    )
    return Scaffold(
        settings,
        "content/welcome.md",
        {
            "hugo.toml": config,
            "layouts/_default/baseof.html": _HUGO_BASEOF,
            "layouts/_default/single.html": _HUGO_SINGLE,
            "layouts/_default/list.html": _HUGO_LIST,
        },
        languages,
    )


# --- MkDocs (Material with mkdocs-static-i18n) ----------------------------------------------

_MKDOCS_EXTENSIONS = """\
markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - def_list
  - footnotes
  - md_in_html
  - toc:
      permalink: true
  - pymdownx.details
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
"""


def _mkdocs(root: Path, source: str, targets: list[str], existing: Path | None) -> Scaffold:
    config = (mkdocs_config(root) or {}) if existing is not None else {}
    docs = str(config.get("docs_dir") or "docs").rstrip("/") or "docs"
    settings = f'generator = "mkdocs"\nsource_dir = "{docs}"\n'
    plugin = mkdocs_plugin(config, "i18n") or {}
    if plugin.get("docs_structure") == "folder":  # docs/en/…, docs/es/…: a folder each
        settings = (
            f'generator = "mkdocs"\nsource_dir = "{docs}/{source}"\noutput_layout = "folder"\n'
        )
    entries = []
    for code, name, _ in _languages("mkdocs", source, targets):
        default = "\n          default: true" if code == source else ""
        entries.append(
            f"        - locale: {code}\n          name: {_yaml_string(name)}{default}\n"
            "          build: true\n"
        )
    languages = (
        "plugins:\n  - search\n  - i18n:\n      docs_structure: suffix\n      languages:\n"
        + "".join(entries)
    )
    # Material writes each language's direction (its language files know Arabic's).
    site = (
        "site_name: Articles\nsite_url: https://example.org/\n"
        f"theme:\n  name: material\n  language: {source}\n" + _MKDOCS_EXTENSIONS + languages
    )
    return Scaffold(settings, "docs/index.md", {MKDOCS_FILE: site}, languages)


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- Docusaurus ----------------------------------------------------------------------


def _docusaurus(root: Path, source: str, targets: list[str], existing: Path | None) -> Scaffold:
    found = _languages("docusaurus", source, targets)
    locales = ", ".join(f"'{code}'" for code, _, _ in found)
    configs = ", ".join(
        f"'{code}': {{label: {_js_string(name)}, direction: '{'rtl' if rtl else 'ltr'}'}}"
        for code, name, rtl in found
    )
    languages = (
        f"  i18n: {{\n    defaultLocale: '{found[0][0]}',\n    locales: [{locales}],\n"
        f"    localeConfigs: {{{configs}}},\n  }},\n"
    )
    config = (
        "// Docusaurus: the docs at the site's root, a language menu in the navbar.\n"
        "module.exports = {\n"
        "  title: 'Articles',\n"
        "  url: 'https://example.org',\n"
        "  baseUrl: '/',\n"
        "  onBrokenLinks: 'throw',\n"
        "  markdown: {format: 'detect'},\n"
        + languages
        + "  presets: [['classic', {docs: {routeBasePath: '/'}, blog: false}]],\n"
        "  themeConfig: {\n"
        "    navbar: {title: 'Articles', items: [{type: 'localeDropdown', position: 'right'}]},\n"
        "  },\n"
        "};\n"
    )
    package = (
        "{\n"
        '  "name": "articles",\n'
        '  "private": true,\n'
        '  "scripts": {"build": "docusaurus build", "start": "docusaurus start"},\n'
        '  "dependencies": {\n'
        f'    "@docusaurus/core": "{DOCUSAURUS_VERSION}",\n'
        f'    "@docusaurus/preset-classic": "{DOCUSAURUS_VERSION}",\n'
        f'    "react": "{REACT_VERSION}",\n'
        f'    "react-dom": "{REACT_VERSION}"\n'
        "  }\n"
        "}\n"
    )
    return Scaffold(
        'generator = "docusaurus"\nsource_dir = "docs"\n',
        "docs/welcome.md",
        {"docusaurus.config.js": config, "package.json": package},
        languages,
        front_matter="slug: /\n",  # the first article is the site's home page
    )


def _js_string(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


# --- Jekyll -------------------------------------------------------------------------

_JEKYLL_LAYOUT = """\
---
layout: default
---
<nav class="languages">
{%- for other in site.pages -%}
  {%- if other.name == page.name and other.lang != page.lang %}
  <a hreflang="{{ other.lang }}" href="{{ other.url | relative_url }}">{{ other.lang }}</a>
  {%- endif -%}
{%- endfor %}
</nav>
<article lang="{{ page.lang }}" dir="{{ page.direction | default: "ltr" }}">{{ content }}</article>
"""


def _jekyll(root: Path, source: str, targets: list[str], existing: Path | None) -> Scaffold:
    folder = generator_code("jekyll", {}, source)
    if existing is not None and not (root / folder).is_dir():
        raise Painl10nError(
            f"this Jekyll site has no {folder}/ folder: painl10n reads the articles of the "
            f"source language from one and writes each translation to a folder beside it",
            path=existing,
            hint=f"move the articles into {folder}/, or write painl10n.toml by hand: "
            "see docs/generators.md",
        )
    defaults = []
    for code, _, rtl in _languages("jekyll", source, targets):
        direction = ", direction: rtl" if rtl else ""
        defaults.append(
            f'  - {{scope: {{path: "{code}"}}, values: {{lang: "{code}"{direction}, '
            "layout: article}}\n"
        )
    languages = "defaults:\n" + "".join(defaults)
    config = (
        "title: Articles\ntheme: minima\n"
        "exclude: [locales, painl10n.toml, Gemfile, Gemfile.lock, vendor]\n" + languages
    )
    return Scaffold(
        f'generator = "jekyll"\nsource_dir = "{folder}"\n',
        f"{folder}/welcome.md",
        {"_config.yml": config, "_layouts/article.html": _JEKYLL_LAYOUT},
        languages,
    )
