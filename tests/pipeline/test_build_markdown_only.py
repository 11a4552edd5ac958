"""``build --no-html`` / ``html = false``: localized Markdown for a site generator of one's own."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from painl10n import Project, build
from tests.helpers.project import snapshot

SLUG = "psychobiology-of-chronic-pain"


@pytest.fixture(autouse=True)
def fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def _output(root: Path) -> dict[str, bytes]:
    return snapshot(root / "output")


def _mtimes(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


def _set_html(root: Path, value: str) -> None:
    settings = root / "pyproject.toml"
    text = settings.read_text("utf-8")
    settings.write_text(text.replace("[tool.painl10n]\n", f"[tool.painl10n]\nhtml = {value}\n"))


def test_markdown_only_writes_the_same_markdown_and_nothing_else(
    site: Path, tmp_path: Path
) -> None:
    full = tmp_path / "full"
    shutil.copytree(site, full)
    build(Project.load(full))
    result = build(Project.load(site).with_html(False))

    markdown = _output(site)
    assert markdown, "nothing built"
    assert all(name.endswith(".md") for name in markdown)
    expected = {k: v for k, v in _output(full).items() if k.endswith(".md")}
    assert markdown == expected  # byte for byte what the full build writes
    languages = Project.load(site).all_languages
    slugs = (SLUG, "ketamine-for-physical-and-mental-pain")
    assert sorted(markdown) == sorted(f"{lang}/{slug}.md" for lang in languages for slug in slugs)
    assert {o.language for o in result.outcomes} == set(Project.load(site).settings.languages)
    # The catalogs and templates are what the full build leaves.
    assert snapshot(site / "locales") == snapshot(full / "locales")


def test_switching_html_off_removes_pages_indexes_and_assets(site: Path) -> None:
    build(Project.load(site))
    build(Project.load(site), ["en-XA"])  # a pseudo-locale's pages, built on request
    assert (site / "output/index.html").is_file() and (site / "output/assets").is_dir()
    assert (site / f"output/en-XA/{SLUG}.html").is_file()
    _set_html(site, "false")
    result = build(Project.load(site))
    assert not list((site / "output").rglob("*.html"))
    assert f"output/en-XA/{SLUG}.html" in result.files.removed
    assert (site / f"output/en-XA/{SLUG}.md").is_file()  # Markdown stays valid
    assert not (site / "output/assets").exists()
    assert "output/index.html" in result.files.removed
    assert f"output/es/{SLUG}.html" in result.files.removed
    assert (site / f"output/es/{SLUG}.md").is_file()

    before = _mtimes(site)
    again = build(Project.load(site))
    assert again.files.changed == [] and again.files.removed == []
    assert _mtimes(site) == before  # a second run writes nothing


def test_switching_html_back_on_equals_a_clean_build(site: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    shutil.copytree(site, clean)
    build(Project.load(site).with_html(False))
    build(Project.load(site))
    build(Project.load(clean))
    assert _output(site) == _output(clean)


def test_markdown_only_rebuilds_only_the_edited_article(site: Path) -> None:
    project = Project.load(site).with_html(False)
    build(project)
    source = site / "source" / f"{SLUG}.md"
    source.write_text(source.read_text("utf-8") + "\nA closing sentence.\n", "utf-8")
    before = _mtimes(site)
    result = build(project)
    assert result.skipped == 1
    moved = sorted(
        name
        for name, stamp in _mtimes(site).items()
        if before.get(name) != stamp and name.startswith("output/")
    )
    languages = project.all_languages
    assert moved == sorted(f"output/{lang}/{SLUG}.md" for lang in languages)
    for lang in languages:  # untranslated in every target language: the source text
        assert "A closing sentence." in (site / f"output/{lang}/{SLUG}.md").read_text("utf-8")


def test_command_line_flag_and_setting(
    site: Path, run_cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    done = run_cli("build", "-q", "--no-html", "-p", str(site))
    assert done.returncode == 0, done.stderr
    assert not list((site / "output").rglob("*.html"))
    _set_html(site, "false")
    done = run_cli("build", "-q", "--html", "-p", str(site))  # the flag wins for this run
    assert done.returncode == 0, done.stderr
    assert (site / f"output/ar/{SLUG}.html").is_file()


def test_a_setting_that_is_not_a_boolean_is_one_clear_error(
    site: Path, run_cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    _set_html(site, '"no"')
    before = snapshot(site)
    done = run_cli("build", "-p", str(site))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "html" in lines[0], done.stderr
    assert snapshot(site) == before
