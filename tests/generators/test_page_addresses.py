"""A page with its own absolute address keeps it, and its translation gets its own.

Without this, the real Hugo 0.111 publishes the Spanish page at the English
page's ``url: /about/`` — the English page is gone, exit 0 — and Jekyll
writes one of the two at ``permalink: /about/`` after a conflict warning.
"""

from __future__ import annotations

from pathlib import Path

import polib

from tests.helpers.generator_sites import painl10n
from tests.helpers.generators import build_hugo, build_jekyll

ARTICLE = "---\ntitle: About us\n{field}: /about/\n---\n\nWe treat chronic pain.\n"
SPANISH = {"About us": "Quiénes somos", "We treat chronic pain.": "Tratamos el dolor crónico."}


def _translate(root: Path) -> None:
    painl10n(root, "update")
    path = root / "locales" / "es" / "LC_MESSAGES" / "about.po"
    catalog = polib.pofile(str(path))
    for entry in catalog:
        entry.msgstr = SPANISH[entry.msgid]
    catalog.save(str(path))
    painl10n(root, "build")


def test_hugo_publishes_both_pages_at_their_own_url(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "content" / "en").mkdir(parents=True)
    (root / "content" / "en" / "about.md").write_text(ARTICLE.format(field="url"), "utf-8")
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "hugo"\noutput_layout = "folder"\n'
        'source_dir = "content/en"\noutput_dir = "content"\n',
        "utf-8",
    )
    (root / "config.toml").write_text(
        'baseURL = "https://example.org/"\ndefaultContentLanguage = "en"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
        '[languages.en]\ncontentDir = "content/en"\nweight = 1\n'
        '[languages.es]\ncontentDir = "content/es"\nweight = 2\n',
        "utf-8",
    )
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "single.html").write_text("<main>{{ .Title }}: {{ .Content }}</main>\n", "utf-8")
    (layouts / "list.html").write_text("<main>{{ .Title }}</main>\n", "utf-8")
    _translate(root)
    assert "url: /es/about/\n" in (root / "content" / "es" / "about.md").read_text("utf-8")
    assert "url: /about/\n" in (root / "content" / "en" / "about.md").read_text("utf-8")
    out = tmp_path / "public"
    build_hugo(root, out)
    assert "About us: <p>We treat chronic pain.</p>" in (out / "about" / "index.html").read_text()
    spanish = (out / "es" / "about" / "index.html").read_text("utf-8")
    assert "Quiénes somos: <p>Tratamos el dolor crónico.</p>" in spanish


def test_jekyll_publishes_both_pages_at_their_own_permalink(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "en").mkdir(parents=True)
    (root / "en" / "about.md").write_text(ARTICLE.format(field="permalink"), "utf-8")
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "jekyll"\nsource_dir = "en"\n', "utf-8"
    )
    (root / "_layouts").mkdir()
    (root / "_layouts" / "default.html").write_text(
        "<main>{{ page.title }}: {{ content }}</main>\n", "utf-8"
    )
    (root / "_config.yml").write_text(
        "exclude: [locales, painl10n.toml]\ndefaults:\n  - {scope: {path: ''}, "
        "values: {layout: default}}\n",
        "utf-8",
    )
    _translate(root)
    out = tmp_path / "_site"
    build_jekyll(root, out)
    english = (out / "about" / "index.html").read_text("utf-8")
    assert "About us: <p>We treat chronic pain.</p>" in english
    spanish = (out / "es" / "about" / "index.html").read_text("utf-8")
    assert "Quiénes somos: <p>Tratamos el dolor crónico.</p>" in spanish
