""".markdown, .mdown … articles: each generator's own Markdown suffixes, built for real.

``jekyll new`` writes its posts as ``.markdown``; Hugo reads ``.md``,
``.mdown`` and ``.markdown``; MkDocs five suffixes. painl10n read only
``.md`` (and Docusaurus' ``.mdx``), so such pages silently never reached a
translator: the Spanish site showed them in English, or not at all.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from painl10n import Project
from painl10n.sources.discover import article_name, article_suffixes
from tests.helpers.generator_sites import fill_catalogs, painl10n
from tests.helpers.generators import build_hugo, build_jekyll, visible_text

REST = """\
---
title: Rest
---
Rest for one or two days, not more.
"""
SPANISH = {
    "Rest": "Reposo",
    "Rest for one or two days, not more.": "Repose uno o dos días, no más.",
}


def _project(root: Path, generator: str, source_dir: str, files: dict[str, str]) -> Path:
    (root / "painl10n.toml").write_text(
        f'languages = ["es"]\ngenerator = "{generator}"\nsource_dir = "{source_dir}"\n',
        "utf-8",
    )
    source = root / source_dir
    for name, text in files.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, "utf-8")
    return source


def _publish(root: Path) -> None:
    painl10n(root, "extract")
    painl10n(root, "update")
    assert fill_catalogs(root, "es", SPANISH) > 0
    painl10n(root, "build", "-l", "es")


@pytest.mark.parametrize(
    ("generator", "read", "not_read"),
    [
        ("plain", [".md"], [".markdown"]),
        ("hugo", [".md", ".markdown", ".mdown"], [".mkd", ".mdx"]),
        ("mkdocs", [".md", ".markdown", ".mdown", ".mkdn", ".mkd"], [".mkdown", ".mdx"]),
        ("jekyll", [".md", ".markdown", ".mkdown", ".mkdn", ".mkd"], [".mdown", ".mdx"]),
        ("docusaurus", [".md", ".mdx"], [".markdown"]),
    ],
)
def test_each_generator_reads_its_own_suffixes(
    tmp_path: Path, generator: str, read: list[str], not_read: list[str]
) -> None:
    files = {f"page{index}{suffix}": REST for index, suffix in enumerate(read + not_read)}
    _project(tmp_path, generator, "content", files)
    found = [path.name for path in Project.load(tmp_path).sources()]
    assert found == sorted(f"page{index}{suffix}" for index, suffix in enumerate(read))
    assert article_suffixes(generator) == tuple(read)


def test_the_name_drops_only_the_markdown_suffix(tmp_path: Path) -> None:
    source = tmp_path / "content"
    shown = "content/x"
    assert article_name(source / "_posts/2026-01-05-rest.markdown", source, shown) == (
        "_posts--2026-01-05-rest"
    )
    assert article_name(source / "notes.mkd", source, shown) == "notes"
    assert article_name(source / "vitamin.d.md", source, shown) == "vitamin.d"
    assert article_name(source / "data.json", source, shown) == "data.json"  # near miss


def test_two_files_of_one_name_and_two_suffixes_are_refused_together(tmp_path: Path) -> None:
    _project(tmp_path, "hugo", "content/en", {"rest.md": REST, "rest.markdown": REST})
    done = subprocess.run(
        [sys.executable, "-m", "painl10n", "extract"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2, done
    assert "is also used by content/en/rest.m" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_jekyll_publishes_a_translated_markdown_post(tmp_path: Path) -> None:
    """A post as ``jekyll new`` writes it, in the folder layout: Jekyll builds the
    Spanish one from painl10n's ``es/_posts/….markdown``."""
    (tmp_path / "_config.yml").write_text(
        "title: Pain guide\nexclude: [locales, output, painl10n.toml]\n", "utf-8"
    )
    (tmp_path / "_layouts").mkdir()
    (tmp_path / "_layouts" / "post.html").write_text(
        "<article><h1>{{ page.title }}</h1>{{ content }}</article>\n", "utf-8"
    )
    post = "_posts/2026-01-05-rest.markdown"
    _project(tmp_path, "jekyll", "en", {post: REST.replace("title:", "layout: post\ntitle:")})
    _publish(tmp_path)
    assert (tmp_path / "es" / post).is_file()
    out = tmp_path / "_site"
    pages = build_jekyll(tmp_path, out)
    spanish = [page for page in pages if page.relative_to(out).parts[0] == "es"]
    assert len(spanish) == 1, pages
    text = visible_text(spanish[0])
    assert "Repose uno o dos días, no más." in text and "Reposo" in text, text
    assert "Rest for one" not in text


def test_hugo_publishes_a_translated_mdown_page(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ndefaultContentLanguage = "en"\n'
        "defaultContentLanguageInSubdir = true\n"
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
        '[languages.en]\ncontentDir = "content/en"\nweight = 1\n'
        '[languages.es]\ncontentDir = "content/es"\nweight = 2\n',
        "utf-8",
    )
    layouts = tmp_path / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "single.html").write_text("<h1>{{ .Title }}</h1>{{ .Content }}\n", "utf-8")
    (layouts / "list.html").write_text("{{ .Content }}\n", "utf-8")
    (tmp_path / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "hugo"\nsource_dir = "content/en"\n'
        'output_dir = "content"\noutput_layout = "folder"\n',
        "utf-8",
    )
    (tmp_path / "content" / "en").mkdir(parents=True)
    (tmp_path / "content" / "en" / "rest.mdown").write_text(REST, "utf-8")
    _publish(tmp_path)
    assert (tmp_path / "content" / "es" / "rest.mdown").is_file()
    out = tmp_path / "public"
    build_hugo(tmp_path, out)
    page = out / "es" / "rest" / "index.html"
    assert page.is_file(), sorted(p.relative_to(out) for p in out.rglob("*.html"))
    text = visible_text(page)
    assert "Repose uno o dos días, no más." in text and "Reposo" in text, text
