"""A Hugo project with YAML, TOML and JSON front matter: extract gives each configured
value a message named by its key path, and build writes the translations into the
front matter so that the format's reader reads them back exactly."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import polib
import pytest
import yaml

from painl10n import Project, build
from painl10n.site.chrome import untranslated_notice
from tests.helpers.generators import require_tool
from tests.helpers.gettext import gettext_tool

SETTINGS = """\
languages = ["es"]
generator = "hugo"
front_matter_fields = ["title", "params.summary", "tags[]", "resources[].title"]
"""
ARTICLES = {
    "toml-page.md": '+++\ntitle = "Back pain"\ndate = 2024-03-01\ntags = ["pain", \'rest\']\n'
    '[params]\nsummary = \'What helps\'\n[[resources]]\nsrc = "a.png"\ntitle = "An X-ray"\n'
    "+++\n\nBody of the TOML page.\n",
    "json-page.md": '{\n  "title": "Neck pain",\n  "params": {"summary": "Stretch gently"},\n'
    '  "tags": ["neck"]\n}\n\nBody of the JSON page.\n',
    "yaml-page.md": "---\ntitle: Knee pain\nparams:\n  summary: >-\n    Ice and\n    rest\n"
    "tags:\n  - knee\n---\n\nBody of the YAML page.\n",
}
# Quotes, backslashes, colons and '#': what each format must escape or quote.
TRICKY = ' "citado" \\ dos: puntos # comentario'


@pytest.fixture(autouse=True)
def fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def _spanish(name: str) -> str:
    """Where Hugo reads the Spanish page: beside the source (the suffix layout)."""
    return name.removesuffix(".md") + ".es.md"


def _translated_build(root: Path) -> Path:
    """The project built, every message translated as 'ES <msgid><TRICKY>': the folder
    of its Spanish pages."""
    project = _project(root)
    build(project)
    for path in (root / "locales" / "es" / "LC_MESSAGES").glob("*.po"):
        po = polib.pofile(str(path), wrapwidth=79)
        for entry in po:
            entry.msgstr = f"ES {entry.msgid}{TRICKY}"
        po.save(str(path))
    build(Project.load(root))
    return root / "source"


def _project(root: Path) -> Project:
    (root / "source").mkdir(parents=True)
    (root / "painl10n.toml").write_text(SETTINGS, "utf-8")
    for name, text in ARTICLES.items():
        (root / "source" / name).write_text(text, "utf-8")
    return Project.load(root)


def _comments(root: Path, slug: str) -> dict[str, str]:
    pot = polib.pofile(str(root / "locales" / "templates" / "LC_MESSAGES" / f"{slug}.pot"))
    return {entry.msgid: entry.comment.split("\n")[0] for entry in pot}


def test_each_configured_value_is_a_message_named_by_its_path(tmp_path: Path) -> None:
    project = _project(tmp_path / "p")
    build(project)
    root = project.settings.root
    assert _comments(root, "toml-page") == {
        "Back pain": "front matter: title",
        "pain": "front matter: tags[]",
        "rest": "front matter: tags[]",
        "What helps": "front matter: params.summary",
        "An X-ray": "front matter: resources[].title",
        "Body of the TOML page.": "paragraph",
    }
    summary = "front matter: params.summary"
    assert _comments(root, "json-page")["Stretch gently"] == summary
    assert _comments(root, "yaml-page")["Ice and rest"] == summary
    for po in (root / "locales" / "es" / "LC_MESSAGES").glob("*.po"):
        checked = subprocess.run(
            [gettext_tool("msgfmt"), "-c", "-o", "/dev/null", str(po)], capture_output=True
        )
        assert checked.returncode == 0, checked.stderr


def test_untranslated_pages_keep_their_front_matter_byte_for_byte(tmp_path: Path) -> None:
    """Byte for byte but for the notice of untranslated text (partial_pages = "notice"),
    a blockquote at the top of the body."""
    project = _project(tmp_path / "p")
    build(project)
    notice = "> " + untranslated_notice("es", "en")[0] + "\n\n"
    for name, text in ARTICLES.items():
        built = (project.settings.root / "source" / _spanish(name)).read_text("utf-8")
        assert notice in built
        assert built.replace(notice, "", 1) == text


def test_translations_are_written_into_each_format_and_read_back(tmp_path: Path) -> None:
    out = _translated_build(tmp_path / "p")
    toml_front = tomllib.loads(
        (out / _spanish("toml-page.md")).read_text("utf-8").split("+++\n")[1]
    )
    assert toml_front["title"] == f"ES Back pain{TRICKY}"
    assert toml_front["tags"] == [f"ES pain{TRICKY}", f"ES rest{TRICKY}"]
    assert toml_front["params"] == {"summary": f"ES What helps{TRICKY}"}
    assert toml_front["resources"] == [{"src": "a.png", "title": f"ES An X-ray{TRICKY}"}]
    json_text = (out / _spanish("json-page.md")).read_text("utf-8")
    json_front = json.loads(json_text[: json_text.index("\n}\n") + 2])
    assert json_front["params"] == {"summary": f"ES Stretch gently{TRICKY}"}
    yaml_front = yaml.safe_load(
        (out / _spanish("yaml-page.md")).read_text("utf-8").split("---\n")[1]
    )
    assert yaml_front["params"] == {"summary": f"ES Ice and rest{TRICKY}"}
    assert yaml_front["tags"] == [f"ES knee{TRICKY}"]


HUGO_PAGE = (
    "<title>{{ .Title }}</title>"
    '<p id="summary">{{ with .Params.params }}{{ .summary }}{{ else }}{{ .Params.summary }}'
    "{{ end }}</p>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}"
)


def test_hugo_reads_the_translated_front_matter_of_every_format(tmp_path: Path) -> None:
    """The real generator: title, nested summary and tags, as the translator wrote them."""
    hugo = require_tool("hugo")  # fails without Hugo (.ci/run installs it)
    out = _translated_build(tmp_path / "p")
    site = tmp_path / "site"
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "layouts" / "_default" / "single.html").write_text(HUGO_PAGE, "utf-8")
    (site / "hugo.toml").write_text(
        'baseURL = "http://example.org/"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "home", "section"]\n',
        "utf-8",
    )
    (site / "content").mkdir()
    for name in ARTICLES:
        shutil.copy(out / _spanish(name), site / "content" / name)
    env = {**os.environ, "HUGO_CACHEDIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [hugo, "--quiet", "--source", str(site)], capture_output=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    expected = {
        "toml-page": ("Back pain", "What helps", ["pain", "rest"]),
        "json-page": ("Neck pain", "Stretch gently", ["neck"]),
        "yaml-page": ("Knee pain", "Ice and rest", ["knee"]),
    }
    for slug, (title, summary, tags) in expected.items():
        page = (site / "public" / slug / "index.html").read_text("utf-8")
        shown = [html.unescape(part) for part in re.findall(r">([^<]*)</", page)]
        assert shown == [f"ES {text}{TRICKY}" for text in (title, summary, *tags)]
