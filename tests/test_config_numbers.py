"""The ``allowed_numbers`` and ``microgram_symbol`` settings: read, validated, and used by check."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from painl10n.config import load_settings
from painl10n.errors import Painl10nError
from painl10n.pipeline.check import run_checks
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.project import Project


def settings_with(tmp_path: Path, body: str) -> Path:
    (tmp_path / "painl10n.toml").write_text('languages = ["es", "de"]\n' + body, "utf-8")
    return tmp_path


def test_allowed_numbers_are_read_per_language(tmp_path: Path) -> None:
    body = 'allowed_numbers = { es = { "911" = "112" }, de = { "911" = ["112", "110"] } }\n'
    settings = load_settings(settings_with(tmp_path, body))
    assert settings.allowed_numbers == {"es": {"911": ("112",)}, "de": {"911": ("112", "110")}}
    assert settings.number_allowances("de") == frozenset({("911", "112"), ("911", "110")})
    assert settings.number_allowances("fr") == frozenset()


def test_microgram_symbol_is_read(tmp_path: Path) -> None:
    settings = load_settings(settings_with(tmp_path, 'microgram_symbol = { es = " mcg " }\n'))
    assert settings.microgram_symbol == {"es": "mcg"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('allowed_numbers = { es = "112" }\n', "must be a table of numbers"),
        ('allowed_numbers = { es = { "911" = 112 } }\n', "not a number in digits"),
        ('allowed_numbers = { es = { "9-1-1" = "112" } }\n', "'9-1-1' is not a number"),
        ('allowed_numbers = { es = { "911" = [] } }\n', "None is not a number"),
        ('allowed_numbers = { es = { "911" = "١١٢" } }\n', "is not a number in digits"),
        ('allowed_numbers = { it = { "911" = "112" } }\n', "not in 'languages'"),
        ('allowed_numbers = ["911"]\n', "must be a dict"),
        ('microgram_symbol = { es = "" }\n', "must be a unit symbol"),
        ("microgram_symbol = { es = 5 }\n", "must be a unit symbol"),
        ('microgram_symbol = { it = "µg" }\n', "not in 'languages'"),
    ],
)
def test_invalid_number_settings(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(Painl10nError, match=message) as caught:
        load_settings(settings_with(tmp_path, body))
    assert caught.value.path is not None and caught.value.path.endswith("painl10n.toml")


def _project(tmp_path: Path, body: str) -> Project:
    """A one-article project whose es catalog translates 911 as 112 and 50 mcg as 50 µg."""
    (tmp_path / "source").mkdir(parents=True)
    (tmp_path / "source" / "care.md").write_text(
        "# Care\n\nIn an emergency, call 911.\n\nTake 50 mcg a day.\n", "utf-8"
    )
    (tmp_path / "painl10n.toml").write_text('languages = ["es"]\n' + body, "utf-8")
    project = Project.load(tmp_path)
    extract(project)
    update(project)
    path = project.catalog_path("es", "care")
    catalog = polib.pofile(str(path))
    translations = {
        "Care": "Cuidados",
        "In an emergency, call 911.": "En caso de urgencia, llame al 112.",
        "Take 50 mcg a day.": "Tome 50 µg al día.",
    }
    for entry in catalog:
        entry.msgstr = translations[entry.msgid]
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    catalog.save(str(path))
    return project


def test_check_reads_the_settings(tmp_path: Path) -> None:
    """Through the real runner: the project's allowances reach the checks."""
    plain = _project(tmp_path / "plain", "")
    found = {(f.check, f.message) for f in run_checks(plain).findings}
    assert ("numbers", "911 in the source is missing in the translation (found 112)") in found
    assert not any(check.startswith("dose") for check, _ in found)

    body = 'allowed_numbers = { es = { "911" = "112" } }\nmicrogram_symbol = { es = "mcg" }\n'
    configured = _project(tmp_path / "configured", body)
    checks = {f.check for f in run_checks(configured).findings}
    assert "numbers" not in checks
    assert "dose-style" in checks  # µg where the project writes mcg
