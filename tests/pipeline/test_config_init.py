"""Settings from pyproject.toml or painl10n.toml, and `painl10n init`."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from painl10n import Project
from painl10n.config import Settings, load_settings
from painl10n.errors import Painl10nError
from painl10n.terms.model import Concept
from painl10n.terms.shipped import shipped_termbase
from painl10n.terms.tbx import read_tbx
from tests.helpers import REPO

Run = Callable[..., subprocess.CompletedProcess[str]]


def test_this_repository_settings() -> None:
    settings = load_settings(REPO)
    assert settings.source_language == "en"
    assert settings.languages == ("es", "fr", "de", "ar")
    assert settings.source_dir == REPO / "source"
    assert settings.settings_file.name == "pyproject.toml"


def test_standalone_file_with_same_keys(tmp_path: Path) -> None:
    (tmp_path / "painl10n.toml").write_text(
        'source_language = "de"\nlanguages = ["pt-BR", "zh_Hant"]\nsource_dir = "articles"\n'
        "wrap_width = 0\n",
        "utf-8",
    )
    settings = load_settings(tmp_path)
    assert settings.languages == ("pt_BR", "zh_Hant")
    assert settings.source_dir == tmp_path.resolve() / "articles"
    assert settings.wrap_width == 0


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('languages = ["es"]\nsource_dir = "../elsewhere"\n', "outside the project"),
        ('languages = ["en"]\n', "source language"),
        ('languages = ["es", "es"]\n', "twice"),
        ("languages = []\n", "non-empty"),
        ('languages = ["es"]\nwrap_width = "wide"\n', "must be a int"),
    ],
)
def test_invalid_settings(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "painl10n.toml").write_text(body, "utf-8")
    with pytest.raises(Painl10nError, match=message) as caught:
        load_settings(tmp_path)
    assert caught.value.path is not None and caught.value.path.endswith("painl10n.toml")


def test_init_then_build_a_new_project(tmp_path: Path, run_cli: Run) -> None:
    site = tmp_path / "new-site"
    created = run_cli("init", str(site), "--languages", "fr,ar")
    assert created.returncode == 0, created.stderr
    assert (site / "painl10n.toml").is_file() and (site / "source" / "welcome.md").is_file()
    built = run_cli("build", "-p", str(site))
    assert built.returncode == 0, built.stderr
    assert "fr/welcome: 0/4 translated" in built.stdout
    pot = (site / "locales/templates/LC_MESSAGES/welcome.pot").read_text("utf-8")
    assert "#. A short greeting; keep it friendly." in pot
    html = (site / "output/ar/welcome.html").read_text("utf-8")
    assert 'dir="rtl"' in html
    again = run_cli("init", str(site))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_library_is_usable_without_the_cli(site: Path) -> None:
    import painl10n

    project = painl10n.Project.load(site)
    articles = painl10n.extract(project).articles
    assert sorted(a.slug for a in articles) == [
        "ketamine-for-physical-and-mental-pain",
        "psychobiology-of-chronic-pain",
    ]
    result = painl10n.build(project, ["es"])
    assert {o.language for o in result.outcomes} == {"es"}
    assert all(o.translated == o.total for o in result.outcomes)


def test_the_project_is_found_from_any_folder_inside_it(site: Path, run_cli: Run) -> None:
    """As git finds its repository: a command run inside source/ works on its project."""
    deep = site / "source" / "drafts"
    deep.mkdir()
    found = load_settings(deep)
    assert found.root == site.resolve() and found.settings_file.name == "pyproject.toml"
    checked = run_cli("check", cwd=deep)
    assert checked.returncode == 0, checked.stderr
    assert "check passed: 0 errors, 0 warnings in 8 catalogs" in checked.stdout
    stats = run_cli("stats", "--format", "json", cwd=site / "source")
    assert stats.returncode == 0 and '"file": "locales/es/LC_MESSAGES/' in stats.stdout


def test_init_inside_a_project_is_refused(site: Path, run_cli: Run, tmp_path: Path) -> None:
    """Following a 'no project here' hint from inside source/ must not nest a project."""
    inside = run_cli("init", str(site / "source"))
    assert inside.returncode == 2 and len(inside.stderr.strip().splitlines()) == 1
    assert f"inside the painl10n project at {site.resolve()}" in inside.stderr
    assert not (site / "source" / "painl10n.toml").exists()
    beside = run_cli("init", str(tmp_path / "another-site"))  # the near miss: outside it
    assert beside.returncode == 0, beside.stderr


def test_no_project_anywhere_above_is_one_line(tmp_path: Path, run_cli: Run) -> None:
    result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "no painl10n settings in" in result.stderr and "any folder above it" in result.stderr


@pytest.mark.parametrize(
    ("languages", "message"),
    [
        ("es,ar,es", "'languages' lists a language twice"),
        ("en,es", "'languages' contains the source language 'en'"),
        ("es,../x", "malformed language code '../x'"),
    ],
)
def test_init_checks_the_languages_as_build_does(
    tmp_path: Path, run_cli: Run, languages: str, message: str
) -> None:
    """They were accepted and only build failed; now nothing is written at all."""
    site = tmp_path / "site"
    result = run_cli("init", str(site), "--languages", languages)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr
    assert not site.exists()


def test_init_ignores_what_painl10n_generates(tmp_path: Path, run_cli: Run) -> None:
    """Built pages, pseudo-locale catalogs, the cache and .mo files stay out of git;
    catalogs keep LF line endings in any checkout."""
    site = tmp_path / "site"
    assert run_cli("init", str(site), "--languages", "es", "-q").returncode == 0
    for step in (("build",), ("pseudo",), ("compile",)):
        done = run_cli(*step, "-q", cwd=site)
        assert done.returncode == 0, done.stderr
    git = shutil.which("git")
    assert git is not None
    subprocess.run([git, "init", "-q"], cwd=site, check=True)
    listed = subprocess.run(
        [git, "status", "--porcelain", "--untracked-files=all"],
        cwd=site,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    tracked = sorted(line[3:] for line in listed.splitlines())
    assert tracked == [
        ".gitattributes",
        ".gitignore",
        "locales/es/LC_MESSAGES/welcome.po",
        "locales/templates/LC_MESSAGES/.gitkeep",
        "locales/templates/LC_MESSAGES/welcome.pot",
        "output/.gitkeep",
        "painl10n.toml",
        "source/welcome.md",
    ]
    assert "*.po text eol=lf" in (site / ".gitattributes").read_text("utf-8")


def test_init_can_start_from_the_shipped_medical_termbase(tmp_path: Path, run_cli: Run) -> None:
    """--termbase medical: the reviewed terms of the project's languages, and check uses them."""
    site = tmp_path / "site"
    made = run_cli("init", str(site), "--languages", "fr", "--termbase", "medical", "-q")
    assert made.returncode == 0, made.stderr
    termbase = read_tbx(site / "locales" / "glossary.tbx")
    assert termbase.languages == ["en", "fr"]  # es, de, ar left out: not the project's
    headache = termbase.concept("headache")
    assert headache is not None
    assert [t.text for t in headache.approved_in("fr")][:1] == ["mal de tête"]
    assert not any(c.subject == "brand" for c in termbase.concepts)  # no shipped-site names
    (site / "source" / "migraine.md").write_text("A headache can be a sign of fever.\n")
    assert run_cli("build", "-q", cwd=site).returncode == 0
    catalog = site / "locales/fr/LC_MESSAGES/migraine.po"
    text = catalog.read_text("utf-8")
    catalog.write_text(
        text.replace(
            'msgid "A headache can be a sign of fever."\nmsgstr ""',
            'msgid "A headache can be a sign of fever."\n'
            'msgstr "Une douleur crânienne peut être un signe de fièvre."',
        ),
        "utf-8",
    )
    checked = run_cli("check", "--format", "json", cwd=site)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert '"terminology"' in checked.stdout and "mal de tête" in checked.stdout


def test_init_refuses_an_unknown_termbase_before_writing(tmp_path: Path, run_cli: Run) -> None:
    site = tmp_path / "site"
    result = run_cli("init", str(site), "--termbase", "cardiology")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "unknown termbase 'cardiology'" in result.stderr
    assert not site.exists()


def test_the_shipped_medical_termbase_is_the_reviewed_one_without_brands() -> None:
    """It is copied from locales/glossary.tbx; after editing that, `make docs`
    regenerates it so new projects get the same reviewed terms."""
    ours = read_tbx(REPO / "locales" / "glossary.tbx")
    shipped = shipped_termbase("medical", ["en", "es", "fr", "de", "ar"])
    expected = [_lineless(c) for c in ours.concepts if c.subject != "brand"]
    assert [_lineless(c) for c in shipped.concepts] == expected


def _lineless(concept: Concept) -> Concept:
    terms = tuple(replace(term, line=None) for term in concept.terms)
    return replace(concept, terms=terms, line=None)


def test_the_generator_setting_names_a_known_generator(tmp_path: Path) -> None:
    (tmp_path / "painl10n.toml").write_text('languages = ["es"]\ngenerator = "hugo"\n', "utf-8")
    assert load_settings(tmp_path).generator == "hugo"
    (tmp_path / "painl10n.toml").write_text('languages = ["es"]\ngenerator = "gatsby"\n', "utf-8")
    with pytest.raises(Painl10nError, match="unknown generator 'gatsby'"):
        load_settings(tmp_path)


def _layout_settings(root: Path, extra: str) -> Settings:
    (root / "painl10n.toml").write_text(f'languages = ["es"]\n{extra}', "utf-8")
    return load_settings(root)


@pytest.mark.parametrize(
    ("generator", "layout"),
    [
        ("plain", "plain"),
        ("hugo", "suffix"),
        ("mkdocs", "suffix"),
        ("docusaurus", "docusaurus"),
        ("jekyll", "folder"),
    ],
)
def test_each_generator_has_its_layout(tmp_path: Path, generator: str, layout: str) -> None:
    settings = _layout_settings(tmp_path, f'generator = "{generator}"\n')
    assert settings.output_layout == layout
    assert settings.html is (generator == "plain")


def test_output_dir_defaults_to_where_the_layout_needs_it(tmp_path: Path) -> None:
    root = tmp_path.resolve()
    folder = 'generator = "hugo"\noutput_layout = "folder"\nsource_dir = "content/en"\n'
    assert _layout_settings(root, folder).output_dir == root / "content"
    assert _layout_settings(root, 'generator = "docusaurus"\n').output_dir == root
    assert _layout_settings(root, 'generator = "mkdocs"\n').output_dir == root / "output"


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        ('output_layout = "folder"\n', "output_layout 'folder' does not go with generator 'plain'"),
        ('generator = "hugo"\noutput_layout = "plain"\n', "does not go with generator 'hugo'"),
        ('generator = "hugo"\noutput_layout = "flat"\n', "unknown output_layout 'flat'"),
        ('generator = "hugo"\nhtml = true\n', "'html = true' needs generator"),
        (
            'generator = "jekyll"\nsource_dir = "site/es/x"\noutput_dir = "site"\n',
            "'source_dir' lies inside",
        ),
        (
            'generator = "jekyll"\nsource_dir = "en"\noutput_dir = "."\nlocales_dir = "es"\n',
            "'locales_dir' and",
        ),
    ],
)
def test_layout_settings_that_would_write_over_inputs_are_refused(
    tmp_path: Path, extra: str, error: str
) -> None:
    with pytest.raises(Painl10nError, match=re.escape(error)):
        _layout_settings(tmp_path, extra)


def test_a_generators_layout_may_write_above_and_beside_the_sources(tmp_path: Path) -> None:
    """plain refuses an output_dir holding source_dir; a folder layout needs exactly that."""
    hugo = 'generator = "hugo"\noutput_layout = "folder"\nsource_dir = "content/en"\n'
    assert _layout_settings(tmp_path, hugo + 'output_dir = "content"\n').source_dir.name == "en"
    with pytest.raises(Painl10nError, match="overlap"):
        _layout_settings(tmp_path, 'source_dir = "content/en"\noutput_dir = "content"\n')


def test_build_html_is_refused_with_a_generator(tmp_path: Path) -> None:
    (tmp_path / "painl10n.toml").write_text('languages = ["es"]\ngenerator = "hugo"\n', "utf-8")
    with pytest.raises(Painl10nError, match="renders no pages of its own"):
        Project.load(tmp_path).with_html(True)
    assert Project.load(tmp_path).with_html(False).settings.html is False
