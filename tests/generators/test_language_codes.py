"""Each generator finds a translation under its own spelling of the language (pt_BR).

Hugo lower-cases its language keys (``pt-br``): a page written as
``about.pt_BR.md`` or into ``content/pt_BR`` is one Hugo never reads. The
default spelling per generator and the ``generator_languages`` setting are
proven with the real Hugo, in both of its layouts.
"""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from painl10n.errors import Painl10nError
from painl10n.project import Project
from tests.helpers.generator_sites import painl10n
from tests.helpers.generators import build_hugo

CONFIG = """\
baseURL = "https://example.org/"
defaultContentLanguage = "en"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[languages.en]
{en}weight = 1
[languages.{key}]
{pt}weight = 2
"""
ARTICLE = "---\ntitle: Back pain\n---\n\nRest helps for a day or two.\n"
PORTUGUESE = {"Back pain": "Dor nas costas", "Rest helps for a day or two.": "Descansar ajuda."}


def _site(root: Path, layout: str, key: str, spelled: str = "") -> Path:
    by_folder = layout == "folder"
    source = root / ("content/en" if by_folder else "content")
    source.mkdir(parents=True)
    (source / "back-pain.md").write_text(ARTICLE, "utf-8")
    settings = f'languages = ["pt_BR"]\ngenerator = "hugo"\noutput_layout = "{layout}"\n'
    settings += f'source_dir = "{source.relative_to(root).as_posix()}"\n'
    settings += 'output_dir = "content"\n' if by_folder else ""
    settings += spelled
    (root / "painl10n.toml").write_text(settings, "utf-8")
    dirs = ('contentDir = "content/en"\n', f'contentDir = "content/{key}"\n')
    (root / "config.toml").write_text(
        CONFIG.format(key=key, en=dirs[0] if by_folder else "", pt=dirs[1] if by_folder else ""),
        "utf-8",
    )
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "single.html").write_text("<main>{{ .Title }}: {{ .Content }}</main>\n", "utf-8")
    (layouts / "list.html").write_text("<main>{{ .Title }}</main>\n", "utf-8")
    painl10n(root, "update")
    path = root / "locales" / "pt_BR" / "LC_MESSAGES" / "back-pain.po"
    catalog = polib.pofile(str(path))
    for entry in catalog:
        entry.msgstr = PORTUGUESE[entry.msgid]
    catalog.save(str(path))
    painl10n(root, "build")
    return root


@pytest.mark.parametrize(
    ("layout", "written"),
    [("suffix", "content/back-pain.pt-br.md"), ("folder", "content/pt-br/back-pain.md")],
)
def test_hugo_reads_pt_br_where_painl10n_writes_it(
    tmp_path: Path, layout: str, written: str
) -> None:
    site = _site(tmp_path / "site", layout, "pt-br")
    assert (site / written).is_file()
    assert not list(site.rglob("*pt_BR*.md"))
    build_hugo(site, tmp_path / "public")
    page = (tmp_path / "public" / "pt-br" / "back-pain" / "index.html").read_text("utf-8")
    assert "Dor nas costas: <p>Descansar ajuda.</p>" in page
    english = (tmp_path / "public" / "back-pain" / "index.html").read_text("utf-8")
    assert "Back pain" in english and "Descansar" not in english


def test_generator_languages_names_the_key_the_site_uses(tmp_path: Path) -> None:
    site = _site(tmp_path / "site", "suffix", "br", 'generator_languages = { pt_BR = "br" }\n')
    assert (site / "content" / "back-pain.br.md").is_file()
    build_hugo(site, tmp_path / "public")
    page = (tmp_path / "public" / "br" / "back-pain" / "index.html").read_text("utf-8")
    assert "Descansar ajuda." in page
    # A second build rewrites nothing and never reads its own output as a source.
    before = (site / "content" / "back-pain.br.md").stat().st_mtime_ns
    painl10n(site, "build")
    assert (site / "content" / "back-pain.br.md").stat().st_mtime_ns == before
    assert [p.stem for p in (site / "locales" / "templates" / "LC_MESSAGES").glob("*.pot")] == [
        "back-pain"
    ]


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('generator = "hugo"\ngenerator_languages = { de = "x" }', "'de'"),
        ('generator = "hugo"\ngenerator_languages = { pt_BR = "../x" }', "'../x'"),
        ('generator = "hugo"\ngenerator_languages = { pt_BR = "es" }', "'es'"),
        ('generator_languages = { pt_BR = "br" }', "needs a generator"),
    ],
)
def test_bad_generator_languages_are_one_clear_error(
    tmp_path: Path, setting: str, message: str
) -> None:
    (tmp_path / "painl10n.toml").write_text(f'languages = ["pt_BR", "es"]\n{setting}\n', "utf-8")
    with pytest.raises(Painl10nError) as raised:
        Project.load(tmp_path)
    assert message in raised.value.message and "\n" not in str(raised.value)
