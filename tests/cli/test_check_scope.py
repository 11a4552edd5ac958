"""painl10n check FILE.po / --article / --check from the command line: exit codes, and
one clear line for a name that is not a catalog, an article or a check."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from tests.helpers.cli import assert_one_line_error

Run = Callable[..., subprocess.CompletedProcess[str]]
SLUG = "psychobiology-of-chronic-pain"
OTHER = "ketamine-for-physical-and-mental-pain"


def spoil(path: Path) -> None:
    po = polib.pofile(str(path))
    target = next(e for e in po if e.msgid.startswith("We look forward"))
    target.flags.append("fuzzy")
    po.save(str(path))


def test_exit_code_follows_the_named_catalogs(site: Path, run_cli: Run) -> None:
    spoil(site / f"locales/fr/LC_MESSAGES/{SLUG}.po")
    named = f"locales/es/LC_MESSAGES/{SLUG}.po"
    clean = run_cli("check", named, cwd=site)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "in 1 catalogs" in clean.stdout and "fr:" not in clean.stdout
    spoilt = run_cli("check", "-p", str(site), str(site / f"locales/fr/LC_MESSAGES/{SLUG}.po"))
    assert spoilt.returncode == 1 and "[fuzzy]" in spoilt.stdout
    document = json.loads(run_cli("check", "-a", SLUG, "-l", "fr", "-f", "json", cwd=site).stdout)
    assert [c["file"] for c in document["catalogs"]] == [f"locales/fr/LC_MESSAGES/{SLUG}.po"]
    assert [f["check"] for f in document["findings"]] == ["fuzzy"]


def test_check_and_skip_check(site: Path, run_cli: Run) -> None:
    spoil(site / f"locales/de/LC_MESSAGES/{SLUG}.po")
    assert run_cli("check", "-c", "numbers", "-c", "terminology", cwd=site).returncode == 0
    assert run_cli("check", "--skip-check", "fuzzy", cwd=site).returncode == 0
    assert run_cli("check", "--check", "fuzzy", cwd=site).returncode == 1


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (
            [f"locales/templates/LC_MESSAGES/{SLUG}.pot"],
            ["LC_MESSAGES/psychobiology-of-chronic-pain.pot", "is a template"],
        ),
        (["pyproject.toml"], ["pyproject.toml: not a catalog"]),
        (["source"], ["source: not a catalog"]),
        (["elsewhere.po"], ["elsewhere.po: not one of the project's catalogs"]),
        (["locales/es/LC_MESSAGES/gone.po"], ["gone.po", "template", "is missing"]),
        (["-l", "de", f"locales/es/LC_MESSAGES/{SLUG}.po"], ["a catalog of 'es'"]),
        (["--article", "sleep"], ["no article 'sleep'"]),
        (["--check", "dose"], ["unknown check 'dose'", "numbers"]),
        (["--skip-check", "spellling"], ["unknown check 'spellling'"]),
    ],
    ids=[
        "template",
        "not-a-catalog",
        "folder",
        "outside-locales",
        "orphan",
        "other-language",
        "article",
        "check",
        "skip",
    ],
)
def test_bad_names_are_one_line_errors(
    site: Path, run_cli: Run, args: list[str], fragments: list[str]
) -> None:
    (site / "locales/es/LC_MESSAGES/gone.po").write_bytes(
        (site / f"locales/es/LC_MESSAGES/{SLUG}.po").read_bytes()
    )
    assert_one_line_error(run_cli("check", *args, cwd=site), *fragments)
