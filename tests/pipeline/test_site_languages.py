"""``build`` warns of a language the generator's own configuration does not list.

Hugo, MkDocs and Docusaurus exit 0 and publish nothing (or the wrong page) for
such a language; the warnings name the file to change. A configuration that
lists the language, and one painl10n cannot read, give none.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from painl10n import Project
from painl10n.pipeline.site_languages import unlisted_languages

HUGO_LISTED = "[languages.en]\nweight = 1\n[languages.ES]\nweight = 2\n"


def _site(root: Path, generator: str, files: dict[str, str]) -> Project:
    (root / "painl10n.toml").write_text(
        f'languages = ["es", "pt_BR"]\ngenerator = "{generator}"\nsource_dir = "docs"\n', "utf-8"
    )
    (root / "docs").mkdir()
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    return Project.load(root)


def _unlisted(project: Project) -> dict[str, str]:
    found = unlisted_languages(project.settings, ["es", "pt_BR", "en-XA"])
    return {why.split("'")[1]: path.name for _, path, why in found}


@pytest.mark.parametrize(
    ("generator", "files", "unlisted"),
    [
        # Hugo: keys in any case, in hugo.toml or config/_default/languages.toml
        ("hugo", {"hugo.toml": HUGO_LISTED}, {"pt-br": "hugo.toml", "en-xa": "hugo.toml"}),
        (
            "hugo",
            {
                "config/_default/hugo.toml": "title = 'x'\n",
                "config/_default/languages.toml": "[en]\n[es]\n[pt-br]\n[en-xa]\n",
            },
            {},
        ),
        # a site of one language lists none of them
        (
            "hugo",
            {"hugo.toml": "title = 'x'\n"},
            {"es": "hugo.toml", "pt-br": "hugo.toml", "en-xa": "hugo.toml"},
        ),
        (
            "mkdocs",
            {"mkdocs.yml": "site_name: x\nplugins:\n  - search\n"},
            {"es": "mkdocs.yml", "pt_BR": "mkdocs.yml", "en-XA": "mkdocs.yml"},
        ),
        (
            "mkdocs",
            {
                "mkdocs.yml": "site_name: x\nplugins:\n  - i18n:\n      languages:\n"
                "        - locale: en\n          default: true\n        - locale: es\n"
                "markdown_extensions:\n  - pymdownx.emoji:\n"
                "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
            },
            {"pt_BR": "mkdocs.yml", "en-XA": "mkdocs.yml"},
        ),
        (
            "docusaurus",
            {
                "docusaurus.config.js": "module.exports = {i18n: {defaultLocale: 'en', "
                "locales: ['en', \"es\", 'pt-BR']}};\n"
            },
            {"en-XA": "docusaurus.config.js"},
        ),
        # locales made in code: nothing to read, no warning
        ("docusaurus", {"docusaurus.config.js": "const l = ['en'];\nexport default {};\n"}, {}),
        ("jekyll", {"_config.yml": "title: x\n"}, {}),
    ],
)
def test_the_languages_a_site_does_not_list(
    tmp_path: Path, generator: str, files: dict[str, str], unlisted: dict[str, str]
) -> None:
    assert _unlisted(_site(tmp_path, generator, files)) == unlisted


def test_build_warns_and_names_the_file(tmp_path: Path) -> None:
    project = _site(tmp_path, "hugo", {"hugo.toml": HUGO_LISTED + "[languages.pt-br]\n"})
    (project.settings.source_dir / "a.md").write_text("---\ntitle: A\n---\nText.\n", "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "painl10n", "build", "-l", "es", "-l", "en-XA"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "warning" in line]
    assert warnings == [
        "hugo.toml:1: warning: the site lists no language 'en-xa' ([languages.en-xa]): Hugo "
        "publishes the en-XA pages as pages of another language; add it to the site's languages"
    ]
