"""Project settings: ``[tool.painl10n]`` in pyproject.toml or a painl10n.toml."""

from __future__ import annotations

import json
import re
import string
import tomllib
from dataclasses import MISSING, Field, dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from .errors import Painl10nError
from .languages import PSEUDO_LOCALES, canonical_code
from .runtime.fileio import read_text_strict

MKDOCS_FILE = "mkdocs.yml"

SETTINGS_FILE = "painl10n.toml"
# The site generators whose Markdown dialect and layout painl10n speaks; "plain"
# is CommonMark, and painl10n renders the pages itself.
GENERATORS = ("plain", "hugo", "mkdocs", "docusaurus", "jekyll")
# Where ``build`` writes each translation (docs/layout.md): "plain" is painl10n's own
# site (output/<lang>/<slug>.md and .html); the others are where a generator reads it.
LAYOUTS = ("plain", "folder", "suffix", "docusaurus")
DOCUSAURUS_DOCS = "docusaurus-plugin-content-docs/current"  # below i18n/<lang>/
# "auto": a translated heading gets the id its generator makes of the translation;
# "source": the id the generator makes of the source heading, written in the translation.
HEADING_IDS = ("auto", "source")
# Hugo's markup.goldmark.parser.autoHeadingIDType: the rule of its automatic heading ids.
HEADING_ID_TYPES = ("github", "github-ascii", "blackfriday")
# Each generator's layout unless ``output_layout`` says otherwise: Hugo's docs describe
# translation by file name first, and it needs no contentDir per language; MkDocs'
# mkdocs-static-i18n defaults to docs_structure "suffix"; Jekyll has no i18n of its own,
# and a folder per language is what its plugins and themes read.
DEFAULT_LAYOUTS = {
    "plain": "plain",
    "hugo": "suffix",
    "mkdocs": "suffix",
    "docusaurus": "docusaurus",
    "jekyll": "folder",
}
PYPROJECT_FILE = "pyproject.toml"
# A front matter key path: keys joined by '.', '[]' after a key whose value is a list
# (each item): 'title', 'params.summary', 'tags[]', 'resources[].title'.
FIELD_PATH = re.compile(r"[A-Za-z0-9_-]+(?:\[\])?(?:\.[A-Za-z0-9_-]+(?:\[\])?)*")


@dataclass(frozen=True)
class Settings:
    """Validated settings of one project; paths are absolute."""

    root: Path
    settings_file: Path
    source_language: str = "en"
    languages: tuple[str, ...] = ()
    source_dir: Path = field(default=Path("source"))
    locales_dir: Path = field(default=Path("locales"))
    output_dir: Path = field(default=Path("output"))
    front_matter_fields: tuple[str, ...] = ("title", "description")
    wrap_width: int = 79
    bugs_address: str = ""
    termbase: Path = field(default=Path("locales/glossary.tbx"))
    rules: Path = field(default=Path("locales/rules.toml"))  # the publisher's own check rules
    completion: dict[str, float] = field(default_factory=dict)  # language -> required %
    allowed_urls: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # language -> {source number: numbers the translation may write instead}
    allowed_numbers: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    microgram_symbol: dict[str, str] = field(default_factory=dict)  # language -> "µg", "mcg" …
    repository_url: str = ""  # "https://…/blob/main/{path}#L{line}": status page links
    tm: bool = True  # pre-fill new strings from the translation memory on update
    tm_threshold: float = 0.75  # least similarity for a translation memory suggestion
    require_review: tuple[str, ...] = ()  # languages whose translations need a sign-off
    html: bool = True  # build renders HTML pages; False: localized Markdown only
    site_name: dict[str, str] = field(default_factory=dict)  # language -> the site's name
    disclaimer: dict[str, str] | None = None  # language -> footer text; None: the shipped one
    templates_dir: Path = field(default=Path("templates"))  # page templates that override ours
    generator: str = "plain"  # whose Markdown dialect and layout: see GENERATORS
    output_layout: str = "plain"  # where build writes translations: see LAYOUTS
    markdown_extensions: tuple[str, ...] = ()  # "name" adds one to the dialect, "-name" removes
    # The extensions the generator's own configuration lists (mkdocs.yml); None: no such file.
    generator_extensions: tuple[str, ...] | None = None
    # The publishing gate (docs/commands/build.md#the-publishing-gate).
    publish: dict[str, str] = field(default_factory=dict)  # language -> "translated"/"reviewed"
    strict_build: bool = False  # an entry that fails check fails the build, not falls back
    partial_pages: str = "notice"  # a page with fallback text: "notice" or "withhold"
    publish_threshold: dict[str, float] = field(default_factory=dict)  # language -> least %
    # component ("*": any) -> its attributes whose values are text; None: the dialect's own
    component_attributes: dict[str, tuple[str, ...]] | None = None
    heading_ids: str = "auto"  # "source": every heading keeps its source's id (HEADING_IDS)
    heading_id_type: str = "github"  # Hugo's autoHeadingIDType (HEADING_ID_TYPES)
    # Hugo's passthrough delimiters (opening, closing), block pairs first, read from the
    # site's configuration when it enables the extension: math, kept as written.
    math_delimiters: tuple[tuple[str, str], ...] = ()
    # Hugo: the site needs Hugo 0.144 or later, which makes heading ids of their text.
    heading_ids_of_text: bool = False
    # Hugo's autoDefinitionTermID: definition terms take ids from the headings' pool.
    definition_term_ids: bool = False
    # Hugo's parser.attribute.block: a line '{.class}' below a block gives it attributes.
    attribute_lines: bool = False
    # Hugo: shortcode name ("*": every other) → its parameters whose values are text.
    shortcode_parameters: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {"*": ("title", "alt", "caption")}
    )
    # Hugo: the shortcodes whose body is code (copied, never offered), besides any with lang=.
    code_shortcodes: tuple[str, ...] = ("code-toggle", "highlight")
    generator_languages: dict[str, str] = field(default_factory=dict)  # pt_BR -> "pt-br" …

    def generator_code(self, language: str) -> str:
        """How the generator spells ``language`` in file and folder names."""
        return generator_code(self.generator, self.generator_languages, language)

    @property
    def names_from_paths(self) -> bool:
        """A generator's article is named by its path (its ``slug:`` is the generator's)."""
        return self.generator != "plain"

    @property
    def page_suffixes(self) -> tuple[str, ...]:
        """The files ``build`` writes per article and language."""
        return (".md", ".html") if self.html else (".md",)

    def publish_mode(self, language: str) -> str:
        """What of ``language`` is published: "translated" (and passing ``check``) or
        "reviewed" (signed off as well)."""
        return self.publish.get(language, "translated")

    def least_published(self, language: str) -> float:
        """The share (percent) of an article's strings that must be published, or its
        page is withheld in ``language``."""
        return self.publish_threshold.get(language, 0.0)

    def required_completion(self, language: str) -> float:
        """The completion a language must reach for `check` to pass (default 100%)."""
        return self.completion.get(language, 100.0)

    def number_allowances(self, language: str) -> frozenset[tuple[str, str]]:
        """(source, translation) numbers ``allowed_numbers`` lets a language replace."""
        table = self.allowed_numbers.get(language, {})
        return frozenset((number, other) for number, others in table.items() for other in others)

    def relative(self, path: Path) -> str:
        """A path as shown in references and messages: relative, with '/'."""
        try:
            root = _resolved(self.root) if self.root.is_absolute() else self.root.resolve()
            return path.resolve().relative_to(root).as_posix()
        except ValueError:
            return path.as_posix()


@lru_cache(maxsize=64)
def _resolved(root: Path) -> Path:
    """An absolute project root with symlinks resolved, once: every path shown is
    relative to it (a relative root depends on the working directory)."""
    return root.resolve()


class SettingDoc(NamedTuple):
    """One accepted key: what it means, and its default when the dataclass cannot say."""

    key: str
    meaning: str
    default: str | None = None  # None: the Settings field's own default, as TOML


# Every key a settings file may hold, in the order docs/settings.md lists them.
SETTING_KEYS: tuple[SettingDoc, ...] = (
    SettingDoc("source_language", "language of `source/`"),
    SettingDoc(
        "languages",
        "target languages, validated with Babel (`es`, `pt_BR`, `zh-Hant` …)",
        "— (required)",
    ),
    SettingDoc("source_dir", "articles"),
    SettingDoc("locales_dir", "templates and catalogs"),
    SettingDoc(
        "output_dir",
        "the built site; in the `folder` layout the folder above each language's, in the "
        "`docusaurus` layout the site's root (with `i18n/`); unused in the `suffix` layout",
        '`"output"`; `folder` layout: the folder above `source_dir`; `docusaurus`: `"."`',
    ),
    SettingDoc(
        "front_matter_fields",
        "translatable front matter values, as key paths: `title`, `params.summary`, "
        "`tags[]` (each item), `resources[].title` (`docs/front-matter.md`)",
        '`["title", "description"]`; `hugo` adds `linkTitle` (or `linktitle`) and '
        "`summary`, `docusaurus` `sidebar_label` and `pagination_label`",
    ),
    SettingDoc("wrap_width", "PO line width, as gettext's `--width` (`0`: no wrapping)"),
    SettingDoc("bugs_address", "`Report-Msgid-Bugs-To` of the templates"),
    SettingDoc("termbase", "the TBX termbase"),
    SettingDoc("rules", "the project's own check rules, if the file exists (`docs/rules.md`)"),
    SettingDoc(
        "completion",
        "required percentage translated, per language",
        "`{}` (100 for each language)",
    ),
    SettingDoc("allowed_urls", "localized link targets allowed per language"),
    SettingDoc(
        "allowed_numbers",
        "numbers a language may write in place of the source's, per language: "
        '`{ es = { "911" = "112" } }` (a local emergency number; a list for several); '
        "digits only. The other numbers of the sentence are still checked",
    ),
    SettingDoc(
        "microgram_symbol",
        "how each language writes micrograms after a number (`dose-style`): "
        '`{ es = "µg", en = "mcg" }`',
        "`{}` (CLDR's short symbol of the language: `μg` in es, fr, de)",
    ),
    SettingDoc(
        "repository_url",
        "link template for the status page's findings, with `{path}` and `{line}`",
    ),
    SettingDoc("tm", "pre-fill new strings from the translation memory on `update`"),
    SettingDoc("tm_threshold", "least similarity (0 to 1) of a memory suggestion"),
    SettingDoc(
        "require_review",
        "`check` reports every translated entry not signed off by a reviewer (`unreviewed`, "
        "an error; `docs/review.md`): `true` for every language, or a list of languages "
        "(`check --require-review` for one run)",
        "`false`",
    ),
    SettingDoc(
        "html",
        "`build` renders HTML pages; `false`: localized Markdown only "
        "(`build --html/--no-html` for one run)",
    ),
    SettingDoc(
        "site_name",
        "the site's name, in every page's header and `<title>`: one string, or a table "
        'by language (`{ en = "Pain guide", es = "Guía del dolor" }`)',
        '`""` (none)',
    ),
    SettingDoc(
        "disclaimer",
        "the medical disclaimer in every page's footer: one string in the source language, "
        'or a table by language; `""`: none. A language without its own text shows the '
        "source language's, marked with its `lang`",
        "the shipped one, translated in every shipped language",
    ),
    SettingDoc(
        "templates_dir",
        "page templates that replace the shipped ones of the same name (`docs/site.md`)",
    ),
    SettingDoc(
        "generator",
        "the site generator that publishes the articles: "
        + ", ".join(f"`{name}`" for name in GENERATORS)
        + " (its Markdown dialect and where it reads translations; `plain`: painl10n's pages)",
    ),
    SettingDoc(
        "output_layout",
        "where `build` writes each translation: "
        + ", ".join(f"`{name}`" for name in LAYOUTS)
        + ' (`docs/layout.md`); `plain` is the layout of `generator = "plain"` and of no other',
        "the generator's: "
        + ", ".join(f"{gen} `{layout}`" for gen, layout in DEFAULT_LAYOUTS.items()),
    ),
    SettingDoc(
        "generator_languages",
        "how the generator names a language in paths, where its convention would not: "
        '`{ pt_BR = "br" }` (by default Hugo `pt-br`, Docusaurus and Jekyll `pt-BR`, '
        "MkDocs as the project spells it)",
    ),
    SettingDoc(
        "markdown_extensions",
        'extensions of the generator\'s Markdown dialect, in its own names: `"name"` adds '
        'one, `"-name"` removes one (`["-abbr", "pymdownx.tabbed"]`), on top of '
        "`mkdocs.yml`'s `markdown_extensions` (and its `macros` plugin) for `mkdocs` "
        "(docs/generators.md)",
    ),
    SettingDoc(
        "component_attributes",
        "the attributes of components whose values are text to translate, by component "
        '(`"*"`: any other): `{"*" = ["label", "title", "alt"], Figure = ["caption", "alt"]}`; '
        "a list is for every component. Docusaurus: JSX attributes on a line of their own; "
        "Jekyll: an include's parameters, by its file name (docs/generators.md)",
        'the generator\'s: docusaurus `{"*" = ["label", "title", "alt"]}`, jekyll (parameters '
        'of an include on a line of its own) `{"*" = ["title", "alt", "caption", "content"]}`',
    ),
    SettingDoc(
        "heading_ids",
        '`"auto"`: a translated heading gets the id its generator makes of the translation; '
        '`"source"`: the id the generator makes of the source heading, written after the '
        "translation (`## Dosis {#dose}`; MkDocs `{ #dose }`, with `attr_list`), so "
        "`#anchor` links survive translation; `plain`: painl10n's pages give every heading "
        "the source page's id (none with `auto`); an explicit id is always copied "
        "(docs/generators.md)",
    ),
    SettingDoc(
        "heading_id_type",
        "Hugo: the rule of its automatic heading ids, as `markup.goldmark.parser."
        'autoHeadingIDType` in Hugo\'s configuration: `"github"`, `"github-ascii"` or '
        '`"blackfriday"`; the ids `heading_ids = "source"` writes follow it. Unset: '
        "read from the site's own configuration (hugo.toml, config/_default/ …)",
    ),
    SettingDoc(
        "shortcode_parameters",
        "Hugo: the parameters of each shortcode whose values in double quotes are "
        'messages (`{ figure = ["alt", "caption", "title"] }`); `"*"`: every shortcode not '
        "named; the rest of the tag is never offered",
    ),
    SettingDoc(
        "code_shortcodes",
        "Hugo: block shortcodes whose body is code, copied as written and never offered "
        "(any with a `lang=` parameter too); other bodies are Markdown",
    ),
    SettingDoc(
        "publish",
        'what `build` publishes: `"translated"` (a translation that is not fuzzy and '
        'passes `check`), or `"reviewed"` (signed off by a reviewer as well); one string, '
        'or a table by language (`{ de = "reviewed" }`). The rest falls back to the source',
        '`"translated"`',
    ),
    SettingDoc(
        "strict_build",
        "an entry that `check` reports as an error fails `build` (exit 1, nothing "
        "written) instead of falling back to the source (`build --strict` for one run)",
    ),
    SettingDoc(
        "partial_pages",
        'a page with text that falls back to the source: `"notice"` publishes it with a '
        "notice in its language and the fallback marked with the source's `lang`/`dir`; "
        '`"withhold"` does not publish it in that language (no file, switcher entry, '
        "`hreflang` or index entry)",
    ),
    SettingDoc(
        "publish_threshold",
        "least percentage of an article's strings published in a language, or its page "
        "is withheld there: one number, or a table by language (`{ ar = 50 }`)",
        "`0` (every language)",
    ),
    SettingDoc(
        "allow_outside_paths",
        "let the folders and the termbase lie outside the project (symbolic links resolved)",
        "`false`",
    ),
)
_KNOWN = {setting.key for setting in SETTING_KEYS}


def settings_markdown() -> str:
    """``docs/settings.md``: every key with its default, from :data:`SETTING_KEYS` and the
    defaults of :class:`Settings` (``make docs`` writes it; a test keeps it current)."""
    defaults = {item.name: item for item in fields(Settings)}
    lines = [
        "# Settings",
        "",
        "<!-- Generated from painl10n.config (`make docs`); do not edit. -->",
        "",
        "In `[tool.painl10n]` of `pyproject.toml`, or at the top level of a",
        "`painl10n.toml` (which wins if both exist):",
        "",
        "| key | default | meaning |",
        "|---|---|---|",
    ]
    for setting in SETTING_KEYS:
        default = setting.default or f"`{_toml(_default(defaults[setting.key]))}`"
        lines.append(f"| `{setting.key}` | {default} | {setting.meaning} |")
    lines += [
        "",
        "An unknown key, a malformed language code (`../x`), a path outside the",
        "project (unless `allow_outside_paths = true`), in the `plain` layout an",
        "`output_dir` that shares a folder with `source_dir` or `locales_dir` (build",
        "deletes stale pages there), and in the others a language's folder of",
        "translations that holds `source_dir` or shares a folder with `locales_dir` is",
        "an error.",
    ]
    return "\n".join(lines) + "\n"


def _default(item: Field[Any]) -> object:
    if item.default_factory is not MISSING:
        return item.default_factory()
    return item.default


def _toml(value: object) -> str:
    """A default as it would be written in the settings file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | Path):
        return f'"{value}"' if isinstance(value, str) else f'"{value.as_posix()}"'
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml(part) for part in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key} = {_toml(part)}" for key, part in value.items()) + "}"
    return str(value)


def find_settings_file(start: Path) -> tuple[Path, dict[str, Any]]:
    """Locate and read the settings table, preferring painl10n.toml: in ``start`` or,
    as git finds its repository, the nearest folder above it that has one (so a
    command run inside ``source/`` finds its project)."""
    found = nearest_settings(start)
    if found is not None:
        return found
    raise Painl10nError(
        f"no painl10n settings in {start} or any folder above it (looked for "
        f"{SETTINGS_FILE} and [tool.painl10n] in {PYPROJECT_FILE})",
        hint="run 'painl10n init' in the project's top folder, or pass --project PATH",
    )


def nearest_settings(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The settings file (and its table) of ``start`` or the nearest folder above it."""
    for folder in (start, *start.parents):
        found = _settings_in(folder)
        if found is not None:
            return found
    return None


def _settings_in(folder: Path) -> tuple[Path, dict[str, Any]] | None:
    standalone = folder / SETTINGS_FILE
    if standalone.is_file():
        return standalone, _read_toml(standalone)
    pyproject = folder / PYPROJECT_FILE
    if pyproject.is_file():
        table = _read_toml(pyproject).get("tool", {}).get("painl10n")
        if isinstance(table, dict):
            return pyproject, table
    return None


MAX_SETTINGS_BYTES = 1024 * 1024  # settings are a few lines; a pyproject.toml a few KB


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(read_text_strict(path, str(path), MAX_SETTINGS_BYTES))
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise Painl10nError(f"invalid TOML: {exc.args[0]}", path=path, line=line) from exc


def load_settings(root: Path) -> Settings:
    """Read and validate the settings of the project at ``root``."""
    root = root.resolve()
    if not root.is_dir():
        raise Painl10nError(f"project folder {root} does not exist", hint="check --project")
    path, table = find_settings_file(root)
    root = path.parent  # the project's top folder, wherever inside it the command ran
    unknown = sorted(set(table) - _KNOWN)
    if unknown:
        raise Painl10nError(
            f"unknown setting {unknown[0]!r}",
            path=path,
            hint="known settings: " + ", ".join(sorted(_KNOWN)),
        )
    try:
        return settings_from(root, path, table)
    except Painl10nError as exc:
        if exc.path is None:
            exc.path = str(path)
        raise


def settings_from(root: Path, path: Path, table: dict[str, Any]) -> Settings:
    """Validated settings from a settings table (``path``: the file it comes from)."""
    source_language = canonical_code(_expect(table, "source_language", str, "en"))
    raw_languages = _expect(table, "languages", list, [])
    if not raw_languages or not all(isinstance(code, str) for code in raw_languages):
        raise Painl10nError("'languages' must be a non-empty list of language codes")
    languages = tuple(canonical_code(code) for code in raw_languages)
    if len(set(languages)) != len(languages):
        raise Painl10nError("'languages' lists a language twice")
    if source_language in languages:
        raise Painl10nError(
            f"'languages' contains the source language {source_language!r}",
            hint="list only the target languages",
        )
    width = _expect(table, "wrap_width", int, 79)
    if width < 0 or isinstance(width, bool):
        raise Painl10nError("'wrap_width' must be 0 (no wrapping) or a positive number")
    source_dir = _folder(root, table, "source_dir", "source")
    locales_dir = _folder(root, table, "locales_dir", "locales")
    generator = _choice(table, "generator", GENERATORS)
    fields = _front_matter_fields(table, generator)
    layout = _layout(table, generator)
    output_dir = _folder(root, table, "output_dir", _default_output(root, source_dir, layout))
    if layout == "plain":
        _apart(output_dir, {"source_dir": source_dir, "locales_dir": locales_dir})
    else:
        spelled = _generator_languages(table, generator, languages)
        roots = [
            translation_root(output_dir, layout, generator_code(generator, spelled, code))
            for code in (*languages, *PSEUDO_LOCALES)
        ]
        _translations_apart(roots, source_dir, locales_dir)
    return Settings(
        root=root,
        settings_file=path,
        source_language=source_language,
        languages=languages,
        source_dir=source_dir,
        locales_dir=locales_dir,
        output_dir=output_dir,
        front_matter_fields=tuple(fields),
        wrap_width=width,
        bugs_address=_expect(table, "bugs_address", str, ""),
        termbase=_folder(root, table, "termbase", "locales/glossary.tbx"),
        rules=_folder(root, table, "rules", "locales/rules.toml"),
        completion=_completion(table, languages),
        allowed_urls=_allowed_urls(table, languages),
        allowed_numbers=_allowed_numbers(table, languages),
        microgram_symbol=_microgram_symbol(table, languages),
        repository_url=_repository_url(table),
        tm=_expect(table, "tm", bool, True),
        tm_threshold=_tm_threshold(table),
        require_review=_require_review(table, languages),
        html=_html(table, layout),
        site_name=_by_language(table, "site_name", source_language, languages) or {},
        disclaimer=_by_language(table, "disclaimer", source_language, languages),
        templates_dir=_folder(root, table, "templates_dir", "templates"),
        generator=generator,
        output_layout=layout,
        markdown_extensions=_markdown_extensions(table),
        generator_extensions=_generator_extensions(root, generator),
        component_attributes=_component_attributes(table),
        heading_ids=_choice(table, "heading_ids", HEADING_IDS),
        heading_id_type=_heading_id_type(root, table, generator),
        math_delimiters=_math_delimiters(root, generator),
        heading_ids_of_text=_hugo_text_ids(root, generator),
        definition_term_ids=_hugo_term_ids(root, generator),
        attribute_lines=_hugo_attribute_lines(root, generator),
        shortcode_parameters=_shortcode_parameters(table),
        code_shortcodes=_names(table, "code_shortcodes", ("code-toggle", "highlight")),
        generator_languages=_generator_languages(table, generator, languages),
        publish=_publish(table, languages),
        strict_build=_expect(table, "strict_build", bool, False),
        partial_pages=_choice(table, "partial_pages", PARTIAL_PAGES),
        publish_threshold=_publish_threshold(table, languages),
    )


def _choice(table: dict[str, Any], key: str, choices: tuple[str, ...]) -> str:
    """One of ``choices`` (the first is the default)."""
    value: str = _expect(table, key, str, choices[0])
    if value not in choices:
        raise Painl10nError(f"unknown {key} {value!r}", hint="choose one of: " + ", ".join(choices))
    return value


_NAME = re.compile(r"[\w.-]+(?:/[\w.-]+)*|\*")


def _names(table: dict[str, Any], key: str, default: tuple[str, ...]) -> tuple[str, ...]:
    """A list of shortcode or parameter names."""
    value = _expect(table, key, list, list(default))
    if not all(isinstance(name, str) and _NAME.fullmatch(name) for name in value):
        raise Painl10nError(
            f"'{key}' must be a list of shortcode names", hint='e.g. ["code-toggle", "tab"]'
        )
    return tuple(value)


def _shortcode_parameters(table: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """``shortcode_parameters``: shortcode name → parameter names."""
    value = _expect(table, "shortcode_parameters", dict, {"*": ["title", "alt", "caption"]})
    found = {}
    for name, parameters in value.items():
        ok = isinstance(parameters, list) and all(
            isinstance(p, str) and re.fullmatch(r"[\w-]+", p) for p in parameters
        )
        if not _NAME.fullmatch(name) or not ok:
            raise Painl10nError(
                f"'shortcode_parameters': {name!r} must name a shortcode and list its "
                "parameters' names",
                hint='e.g. shortcode_parameters = { figure = ["alt", "caption"] }',
            )
        found[name] = tuple(parameters)
    return found


PUBLISH_MODES = ("translated", "reviewed")
PARTIAL_PAGES = ("notice", "withhold")


def _publish(table: dict[str, Any], languages: tuple[str, ...]) -> dict[str, str]:
    """``publish = "reviewed"`` (every language) or ``{ de = "reviewed" }``; only the
    languages that publish reviewed text alone are kept (the rest: "translated")."""
    value = table.get("publish", "translated")
    raw = dict.fromkeys(languages, value) if isinstance(value, str) else value
    if not isinstance(raw, dict):
        raise Painl10nError(
            "setting 'publish' must be a string or a table by language",
            hint='"translated" or "reviewed", e.g. publish = { de = "reviewed" }',
        )
    result: dict[str, str] = {}
    for code, mode in raw.items():
        language = _project_language(code, languages, "publish")
        if mode not in PUBLISH_MODES:
            raise Painl10nError(
                f"publish for {code!r} must be one of: " + ", ".join(PUBLISH_MODES),
                hint="not " + repr(mode),
            )
        if mode != "translated":
            result[language] = mode
    return result


def _publish_threshold(table: dict[str, Any], languages: tuple[str, ...]) -> dict[str, float]:
    """``publish_threshold = 50`` (every language) or ``{ ar = 50 }``: percent published."""
    value = table.get("publish_threshold", 0)
    raw = value if isinstance(value, dict) else dict.fromkeys(languages, value)
    result: dict[str, float] = {}
    for code, percent in raw.items():
        language = _project_language(code, languages, "publish_threshold")
        if isinstance(percent, bool) or not isinstance(percent, int | float):
            percent = -1
        if not 0 <= percent <= 100:
            raise Painl10nError(
                f"publish_threshold for {code!r} must be a percentage from 0 to 100",
                hint="e.g. publish_threshold = { ar = 50 }",
            )
        if percent:
            result[language] = float(percent)
    return result


def generator_code(generator: str, spelled: dict[str, str], language: str) -> str:
    """A language as ``generator`` names it in paths: the ``generator_languages``
    setting's spelling, else the generator's convention — Hugo lower-cases its
    language keys (``pt-br``), Docusaurus and Jekyll sites use BCP 47 (``pt-BR``),
    mkdocs-static-i18n accepts ``pt_BR`` as it is, and painl10n's own site too."""
    if language in spelled:
        return spelled[language]
    if generator == "hugo":
        return language.replace("_", "-").lower()
    if generator in ("docusaurus", "jekyll"):
        return language.replace("_", "-")
    return language


_GENERATOR_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def _generator_languages(
    table: dict[str, Any], generator: str, languages: tuple[str, ...]
) -> dict[str, str]:
    """``generator_languages = { pt_BR = "br" }``: a language's name in the generator's
    configuration, where its convention would spell it otherwise."""
    raw = _expect(table, "generator_languages", dict, {})
    if raw and generator == "plain":
        raise Painl10nError(
            "'generator_languages' needs a generator: painl10n's own site names "
            "languages as the project does",
            hint="remove it, or set generator",
        )
    spelled: dict[str, str] = {}
    for code, value in raw.items():
        language = _project_language(code, languages, "generator_languages")
        if not isinstance(value, str) or not _GENERATOR_CODE.fullmatch(value):
            raise Painl10nError(
                f"generator_languages for {code!r} must be a name for paths "
                f"(letters, digits, '-' or '_'), not {value!r}",
                hint='e.g. generator_languages = { pt_BR = "pt-br" }',
            )
        spelled[language] = value
    codes = [generator_code(generator, spelled, code) for code in languages]
    clash = sorted({c for c in codes if codes.count(c) > 1})
    if clash:
        raise Painl10nError(
            f"'generator_languages': two languages would be written as {clash[0]!r}",
            hint="give each language a name of its own",
        )
    return spelled


def _html(table: dict[str, Any], layout: str) -> bool:
    """painl10n's own pages: on by default in the plain layout, never with a generator."""
    html: bool = _expect(table, "html", bool, layout == "plain")
    if html and layout != "plain":
        raise Painl10nError(
            "'html = true' needs generator \"plain\": a site generator renders its own pages",
            hint="remove 'html'",
        )
    return html


def _layout(table: dict[str, Any], generator: str) -> str:
    """``output_layout``, or the generator's own; ``plain`` (painl10n's site) is plain's only."""
    value: str = _expect(table, "output_layout", str, DEFAULT_LAYOUTS[generator])
    if value not in LAYOUTS:
        raise Painl10nError(
            f"unknown output_layout {value!r}", hint="choose one of: " + ", ".join(LAYOUTS)
        )
    if (value == "plain") != (generator == "plain"):
        raise Painl10nError(
            f"output_layout {value!r} does not go with generator {generator!r}",
            hint="painl10n's own site (plain) has the plain layout; a generator "
            "folder, suffix or docusaurus",
        )
    return value


def _default_output(root: Path, source_dir: Path, layout: str) -> str:
    """``content`` for ``content/en`` (folder), the root for Docusaurus, else ``output``."""
    if layout == "folder" and source_dir != root:
        return str(source_dir.parent)  # absolute: root / it is itself
    if layout == "docusaurus":
        return "."
    return "output"


def translation_root(output_dir: Path, layout: str, language: str) -> Path | None:
    """The folder a layout writes ``language``'s copy of the source tree into (None:
    ``suffix``, beside each source; ``plain``, one flat folder per language)."""
    if layout == "folder":
        return output_dir / language
    if layout == "docusaurus":
        return output_dir / "i18n" / language / DOCUSAURUS_DOCS
    return None


def _translations_apart(roots: list[Path | None], source_dir: Path, locales_dir: Path) -> None:
    """Translations may be written beside or above the sources (excluded from them),
    never over them or the catalogs."""
    for folder in roots:
        if folder is None:
            continue
        if source_dir.is_relative_to(folder):
            raise Painl10nError(
                f"'source_dir' lies inside {folder}, where build writes translations",
                hint="point source_dir at the source language's own folder",
            )
        if locales_dir.is_relative_to(folder) or folder.is_relative_to(locales_dir):
            raise Painl10nError(
                f"'locales_dir' and {folder}, where build writes translations, overlap",
                hint="keep the catalogs in a folder of their own",
            )


# The front matter each generator shows readers, translated unless a project lists its
# own fields: Hugo's linkTitle (menus, breadcrumbs, section lists; Hugo reads its keys
# in any case) and summary, Docusaurus' sidebar and pagination labels.
DEFAULT_FRONT_MATTER_FIELDS: dict[str, tuple[str, ...]] = {
    "plain": ("title", "description"),
    "hugo": ("title", "linkTitle", "linktitle", "description", "summary"),
    "mkdocs": ("title", "description"),
    "docusaurus": ("title", "description", "sidebar_label", "pagination_label"),
    "jekyll": ("title", "description"),
}


def _front_matter_fields(table: dict[str, Any], generator: str) -> list[str]:
    """Key paths of the translatable front matter values (docs/front-matter.md)."""
    default = list(DEFAULT_FRONT_MATTER_FIELDS[generator])
    fields = _expect(table, "front_matter_fields", list, default)
    if not all(isinstance(name, str) for name in fields):
        raise Painl10nError("'front_matter_fields' must be a list of strings")
    for name in fields:
        check_field_path(name)
    return list(dict.fromkeys(fields))


def check_field_path(path: str) -> None:
    """Refuse a malformed front matter key path, showing the syntax."""
    if not FIELD_PATH.fullmatch(path):
        raise Painl10nError(
            f"'front_matter_fields' has a malformed key path: {path!r}",
            hint="keys of letters, digits, '-' and '_' joined by '.', '[]' after a list "
            "(e.g. 'title', 'params.summary', 'tags[]', 'resources[].title')",
        )


def _markdown_extensions(table: dict[str, Any]) -> tuple[str, ...]:
    value = _expect(table, "markdown_extensions", list, [])
    if not all(isinstance(name, str) and name.strip("+-") for name in value):
        raise Painl10nError(
            "'markdown_extensions' must be a list of extension names",
            hint='"name" adds one, "-name" removes one',
        )
    return tuple(value)


_COMPONENT = re.compile(r"\*|[A-Za-z_][\w.:-]*")
_ATTRIBUTE_NAME = re.compile(r"[A-Za-z_][\w:-]*")


def _component_attributes(table: dict[str, Any]) -> dict[str, tuple[str, ...]] | None:
    """``component_attributes``: a table of component -> attribute names, or a list (any)."""
    value = table.get("component_attributes")
    if value is None:
        return None
    if isinstance(value, list):
        value = {"*": value}
    hint = 'e.g. {"*" = ["label", "title", "alt"], Figure = ["caption"]}'
    if not isinstance(value, dict):
        raise Painl10nError("'component_attributes' must be a table or a list", hint=hint)
    found: dict[str, tuple[str, ...]] = {}
    for component, names in value.items():
        good = isinstance(names, list) and all(
            isinstance(name, str) and _ATTRIBUTE_NAME.fullmatch(name) for name in names
        )
        if not _COMPONENT.fullmatch(component) or not good:
            raise Painl10nError(
                f"'component_attributes': {component!r} must name a component and list "
                "attribute names",
                hint=hint,
            )
        found[component] = tuple(names)
    return found


class _ToleratingLoader(yaml.SafeLoader):
    """Safe loading that reads a tag it does not know (``!!python/name:…``, ``!ENV``) as null.

    Real mkdocs.yml files name Python objects in extension options; only the
    extensions' names matter here, and nothing is ever constructed from a tag.
    """


_ToleratingLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_ToleratingLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)


def mkdocs_config(root: Path) -> dict[str, Any] | None:
    """The project's mkdocs.yml (tags read as nothing); None without one, {} if it is
    no mapping."""
    path = root / MKDOCS_FILE
    if not path.is_file():
        return None
    try:
        config = yaml.load(
            read_text_strict(path, str(path), MAX_SETTINGS_BYTES), Loader=_ToleratingLoader
        )
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise Painl10nError(f"invalid YAML: {exc}".split("\n")[0], path=path, line=line) from exc
    return config if isinstance(config, dict) else {}


def mkdocs_plugin(config: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The options of the plugin ``name`` in an mkdocs.yml's ``plugins`` ({} when it
    is listed without any), None if it is not listed."""
    plugins = config.get("plugins")
    for item in plugins if isinstance(plugins, list) else [plugins]:
        if isinstance(item, dict) and name in item:
            options = item[name]
            return options if isinstance(options, dict) else {}
        if item == name:
            return {}
    return None


def _generator_extensions(root: Path, generator: str) -> tuple[str, ...] | None:
    """The ``markdown_extensions`` of the project's mkdocs.yml (names only), and its
    ``macros`` plugin, if it has one."""
    config = mkdocs_config(root) if generator == "mkdocs" else None
    if config is None:
        return None
    plugins = _listed_names(config.get("plugins"))
    # mkdocs-macros is a plugin, but its Jinja is Markdown syntax painl10n must read
    return _listed_names(config.get("markdown_extensions")) + tuple(
        name for name in plugins if name == "macros"
    )


def _listed_names(items: object) -> tuple[str, ...]:
    """The names of an mkdocs.yml list of extensions or plugins (a name, or a mapping
    of a name to its options), or of a mapping of them."""
    if isinstance(items, dict):
        return tuple(str(name) for name in items)
    if not isinstance(items, list):
        return ()
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            names.extend(str(name) for name in item)
    return tuple(names)


# Where Hugo reads its site configuration, in its order, and the table of it each file
# holds (a file of config/_default/ named after a top-level key holds that key's table).
_HUGO_CONFIGS = tuple(
    (f"{folder}{name}.{ending}", (name,) if name in ("markup", "module", "languages") else ())
    for folder in ("", "config/_default/")
    for name in ("hugo", "config", *(("markup", "module", "languages") if folder else ()))
    for ending in ("toml", "yaml", "yml", "json")
)
# The files that hold a Hugo site's whole configuration (those that make a folder a site).
HUGO_SITE_FILES = tuple(name for name, above in _HUGO_CONFIGS if not above)
_ID_TYPE_PATH = ("markup", "goldmark", "parser", "autoheadingidtype")
_DT_ID_PATH = ("markup", "goldmark", "parser", "autodefinitiontermid")
_BLOCK_ATTRIBUTES_PATH = ("markup", "goldmark", "parser", "attribute", "block")
_PASSTHROUGH_PATH = ("markup", "goldmark", "extensions", "passthrough")
_MINIMUM_PATH = ("module", "hugoversion", "min")
# Hugo 0.144.0 makes a heading's id of its plain text, no longer of its raw Markdown
# (gohugoio/hugo 24cc255, "… don't contain e.g. hyperlink destinations").
_TEXT_IDS_SINCE = (0, 144, 0)


def hugo_value(root: Path, keys: tuple[str, ...]) -> tuple[object, Path] | None:
    """The value at ``keys`` (lower case) in the first of the site's Hugo configuration
    files that has it, and that file; None if none has it."""
    for name, above in _HUGO_CONFIGS:
        path = root / name
        if keys[: len(above)] != above or not path.is_file():
            continue
        value: object = _hugo_config(path)
        for key in keys[len(above) :]:
            value = _key(value, key)
        if value is not None:
            return value, path
    return None


def _heading_id_type(root: Path, table: dict[str, Any], generator: str) -> str:
    """``heading_id_type`` as set, else (Hugo) the ``autoHeadingIDType`` of the site's
    own configuration, else ``github``: painl10n's ids must be the ones Hugo makes."""
    if "heading_id_type" in table or generator != "hugo":
        return _choice(table, "heading_id_type", HEADING_ID_TYPES)
    found = hugo_value(root, _ID_TYPE_PATH)
    if found is None:
        return HEADING_ID_TYPES[0]
    value, path = found
    if str(value).lower() not in HEADING_ID_TYPES:
        raise Painl10nError(
            f"unknown markup.goldmark.parser.autoHeadingIDType {value!r}",
            path=path,
            hint="Hugo knows: " + ", ".join(HEADING_ID_TYPES),
        )
    return str(value).lower()


def _hugo_text_ids(root: Path, generator: str) -> bool:
    """Whether the site needs a Hugo that makes heading ids of their text (0.144.0 or
    later: ``module.hugoVersion.min``); else painl10n follows older Hugo's raw Markdown."""
    found = hugo_value(root, _MINIMUM_PATH) if generator == "hugo" else None
    if found is None:
        return False
    numbers = re.findall(r"\d+", str(found[0]))[:3]
    return tuple(int(n) for n in numbers) >= _TEXT_IDS_SINCE


def _hugo_term_ids(root: Path, generator: str) -> bool:
    """``markup.goldmark.parser.autoDefinitionTermID``: Hugo gives each definition term an
    id of its text, taken from the same pool as the headings' ids."""
    found = hugo_value(root, _DT_ID_PATH) if generator == "hugo" else None
    return found is not None and found[0] is True


def _hugo_attribute_lines(root: Path, generator: str) -> bool:
    """``markup.goldmark.parser.attribute.block``: a line that is only an attribute list
    gives the block above it attributes; off (Hugo's default), Hugo shows it as text."""
    found = hugo_value(root, _BLOCK_ATTRIBUTES_PATH) if generator == "hugo" else None
    return found is not None and found[0] is True


def _math_delimiters(root: Path, generator: str) -> tuple[tuple[str, str], ...]:
    """The delimiter pairs of goldmark's passthrough extension, block ones first (as
    goldmark tries them), when the site's own configuration enables it; else none."""
    found = hugo_value(root, _PASSTHROUGH_PATH) if generator == "hugo" else None
    if found is None:
        return ()
    value, path = found
    if _key(value, "enable") is not True:
        return ()
    delimiters = _key(value, "delimiters")
    pairs: list[tuple[str, str]] = []
    for kind in ("block", "inline"):
        listed = _key(delimiters, kind) or []
        for pair in listed if isinstance(listed, list) else [None]:
            if not (isinstance(pair, list) and len(pair) == 2 and all(pair)):
                raise Painl10nError(
                    f"markup.goldmark.extensions.passthrough.delimiters.{kind} must "
                    "list pairs of delimiters",
                    path=path,
                    hint="e.g. inline = [['\\(', '\\)']]",
                )
            pairs.append((str(pair[0]), str(pair[1])))
    return tuple(pairs)


def _key(table: object, key: str) -> object:
    """``table[key]`` with Hugo's case-insensitive keys; None if not there."""
    if not isinstance(table, dict):
        return None
    return next((value for name, value in table.items() if str(name).lower() == key), None)


def _hugo_config(path: Path) -> object:
    """A Hugo configuration file, read as Hugo reads it (TOML, YAML or JSON)."""
    text = read_text_strict(path, str(path), MAX_SETTINGS_BYTES)
    try:
        if path.suffix == ".toml":
            return tomllib.loads(text)
        if path.suffix == ".json":
            return json.loads(text)
        return yaml.load(text, Loader=_ToleratingLoader)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, yaml.YAMLError) as exc:
        first = str(exc).split("\n")[0]
        raise Painl10nError(
            f"cannot read Hugo's configuration: {first}",
            path=path,
            hint="fix the file (Hugo cannot read it either)",
        ) from None


def _by_language(
    table: dict[str, Any], key: str, source_language: str, languages: tuple[str, ...]
) -> dict[str, str] | None:
    """A text shown on every page: one string (the source language's) or a table by
    language (``{ en = "…", es = "…" }``); ``None`` when the key is absent."""
    value = table.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return {source_language: value.strip()}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise Painl10nError(
            f"setting {key!r} must be a string or a table of strings by language",
            hint=f'e.g. {key} = {{ {source_language} = "…" }}',
        )
    result: dict[str, str] = {}
    for code, text in value.items():
        language = canonical_code(code)
        if language != source_language and language not in languages:
            raise Painl10nError(f"{key} names {code!r}, which is not a language of the project")
        result[language] = text.strip()
    return result


def _tm_threshold(table: dict[str, Any]) -> float:
    """``tm_threshold = 0.75``: how similar a stored source must be to be suggested."""
    value = table.get("tm_threshold", 0.75)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise Painl10nError(
            f"'tm_threshold' must be a number from 0 to 1, not {value!r}",
            hint="e.g. 0.75; set 'tm = false' to turn the translation memory off",
        )
    return float(value)


def _completion(table: dict[str, Any], languages: tuple[str, ...]) -> dict[str, float]:
    """``completion = { es = 100, ar = 90 }``: percent of messages that must be translated."""
    raw = _expect(table, "completion", dict, {})
    result: dict[str, float] = {}
    for code, value in raw.items():
        language = _project_language(code, languages, "completion")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
            raise Painl10nError(f"completion for {code!r} must be a percentage from 0 to 100")
        result[language] = float(value)
    return result


def _require_review(table: dict[str, Any], languages: tuple[str, ...]) -> tuple[str, ...]:
    """``require_review = true`` (every language) or ``["es", "fr"]``: the languages whose
    translated entries ``check`` wants signed off."""
    value = table.get("require_review", False)
    if isinstance(value, bool):
        return languages if value else ()
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise Painl10nError(
            f"setting 'require_review' must be true, false or a list of languages, not {value!r}"
        )
    return tuple(_project_language(code, languages, "require_review") for code in value)


def _allowed_urls(table: dict[str, Any], languages: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``allowed_urls = { es = ["https://example.es/contacto/"] }``: localized link targets."""
    raw = _expect(table, "allowed_urls", dict, {})
    result: dict[str, tuple[str, ...]] = {}
    for code, urls in raw.items():
        language = _project_language(code, languages, "allowed_urls")
        if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
            raise Painl10nError(f"allowed_urls for {code!r} must be a list of URLs")
        result[language] = tuple(urls)
    return result


def _allowed_numbers(
    table: dict[str, Any], languages: tuple[str, ...]
) -> dict[str, dict[str, tuple[str, ...]]]:
    """``allowed_numbers = { es = { "911" = "112" } }``: localized numbers, as digits."""
    raw = _expect(table, "allowed_numbers", dict, {})
    result: dict[str, dict[str, tuple[str, ...]]] = {}
    for code, pairs in raw.items():
        language = _project_language(code, languages, "allowed_numbers")
        if not isinstance(pairs, dict):
            raise Painl10nError(
                f"allowed_numbers for {code!r} must be a table of numbers",
                hint=f'e.g. allowed_numbers = {{ {code} = {{ "911" = "112" }} }}',
            )
        numbers: dict[str, tuple[str, ...]] = {}
        for number, allowed in pairs.items():
            replacements = [allowed] if isinstance(allowed, str) else allowed
            if not isinstance(replacements, list) or not replacements:
                replacements = [None]
            for written in [number, *replacements]:
                if not isinstance(written, str) or not written.isascii() or not written.isdigit():
                    raise Painl10nError(
                        f"allowed_numbers for {code!r}: {written!r} is not a number in digits",
                        hint='write each number as a string of digits: { "911" = "112" }',
                    )
            numbers[number] = tuple(replacements)
        result[language] = numbers
    return result


def _microgram_symbol(table: dict[str, Any], languages: tuple[str, ...]) -> dict[str, str]:
    """``microgram_symbol = { es = "µg" }``: how a language writes micrograms."""
    raw = _expect(table, "microgram_symbol", dict, {})
    result: dict[str, str] = {}
    for code, symbol in raw.items():
        language = _project_language(code, languages, "microgram_symbol")
        if not isinstance(symbol, str) or not symbol.strip() or any(c.isdigit() for c in symbol):
            raise Painl10nError(
                f'microgram_symbol for {code!r} must be a unit symbol such as "µg" or "mcg"'
            )
        result[language] = symbol.strip()
    return result


def _repository_url(table: dict[str, Any]) -> str:
    """A link template for files in the repository: ``{path}`` required, ``{line}`` optional."""
    value: str = _expect(table, "repository_url", str, "")
    if not value:
        return value
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
    except ValueError as exc:
        raise Painl10nError(f"'repository_url' is not a valid template: {exc}") from exc
    if "path" not in fields or not fields <= {"path", "line"}:
        raise Painl10nError(
            "'repository_url' must contain {path} and no placeholder but {path} and {line}",
            hint='e.g. "https://github.com/org/repo/blob/main/{path}#L{line}"',
        )
    return value


def _project_language(code: str, languages: tuple[str, ...], key: str) -> str:
    language = canonical_code(code)
    if language not in languages:
        raise Painl10nError(f"{key} names {code!r}, which is not in 'languages'")
    return language


def _folder(root: Path, table: dict[str, Any], key: str, default: str) -> Path:
    """A path setting, resolved; outside the project only when explicitly allowed.

    A shared or hostile settings file must not make a build write (or delete
    stale pages) anywhere on the machine, symbolic links included.
    """
    value: str = _expect(table, key, str, default)
    folder: Path = (root / value).resolve()
    if not folder.is_relative_to(root) and not _expect(table, "allow_outside_paths", bool, False):
        raise Painl10nError(
            f"{key!r} points outside the project: {value!r}",
            hint="set allow_outside_paths = true if that is intended",
        )
    return folder


def _apart(output_dir: Path, inputs: dict[str, Path]) -> None:
    """build deletes stale pages in output_dir: it must not share a folder with inputs."""
    for key, folder in inputs.items():
        if output_dir.is_relative_to(folder) or folder.is_relative_to(output_dir):
            raise Painl10nError(
                f"'output_dir' and {key!r} overlap",
                hint="give the built site a folder of its own",
            )


def _expect(table: dict[str, Any], key: str, kind: type, default: Any) -> Any:
    value = table.get(key, default)
    if not isinstance(value, kind):
        raise Painl10nError(f"setting {key!r} must be a {kind.__name__}, not {value!r}")
    return value
