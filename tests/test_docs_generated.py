"""The reference pages generated from the code are current: docs/checks.md, docs/settings.md."""

from __future__ import annotations

import dataclasses

from painl10n.checks.registry import CHECKS, checks_markdown
from painl10n.config import SETTING_KEYS, Settings, settings_markdown
from tests.helpers import REPO

DOCS = REPO / "docs"


def test_checks_page_is_generated_from_the_registry() -> None:
    page = (DOCS / "checks.md").read_text("utf-8")
    assert page == checks_markdown(), "docs/checks.md is stale: run 'make docs'"
    for check in CHECKS:
        assert f"| `{check.id}` | {check.severity} | {check.scope} |" in page


def test_check_ids_are_unique() -> None:
    ids = [check.id for check in CHECKS]
    assert len(ids) == len(set(ids))


def test_settings_page_is_generated_from_the_settings_model() -> None:
    page = (DOCS / "settings.md").read_text("utf-8")
    assert page == settings_markdown(), "docs/settings.md is stale: run 'make docs'"


def test_every_settings_field_is_a_documented_key() -> None:
    documented = {setting.key for setting in SETTING_KEYS}
    # Not keys: where the settings come from, and what the project's mkdocs.yml and
    # Hugo's configuration (passthrough delimiters, minimum version, term ids) say.
    derived = {"root", "settings_file", "generator_extensions", "math_delimiters"}
    derived |= {"heading_ids_of_text", "definition_term_ids", "attribute_lines"}
    fields = {item.name for item in dataclasses.fields(Settings)} - derived
    assert fields <= documented, f"undocumented settings: {sorted(fields - documented)}"
