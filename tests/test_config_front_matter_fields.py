"""``front_matter_fields`` takes key paths; a malformed one is a settings error with the syntax."""

from __future__ import annotations

from pathlib import Path

import pytest

from painl10n.config import load_settings
from painl10n.errors import Painl10nError


def _settings(root: Path, fields: str) -> tuple[str, ...]:
    (root / "painl10n.toml").write_text(
        f'languages = ["es"]\nfront_matter_fields = {fields}\n', "utf-8"
    )
    return load_settings(root).front_matter_fields


def test_key_paths_are_accepted_and_a_repeated_one_counts_once(tmp_path: Path) -> None:
    fields = '["title", "params.summary", "tags[]", "resources[].title", "a-b.c_d[].e", "title"]'
    assert _settings(tmp_path, fields) == (
        "title",
        "params.summary",
        "tags[]",
        "resources[].title",
        "a-b.c_d[].e",
    )


@pytest.mark.parametrize(
    "path", ["tags[0]", "params.", ".title", "a..b", "a b", "[]", "title[]x", "a.[]", ""]
)
def test_a_malformed_key_path_is_a_settings_error(tmp_path: Path, path: str) -> None:
    with pytest.raises(Painl10nError) as caught:
        _settings(tmp_path, f'["title", "{path}"]')
    message = str(caught.value)
    assert f"malformed key path: {path!r}" in message and "painl10n.toml" in message
    assert "'params.summary', 'tags[]'" in message  # the hint shows the syntax


def test_a_field_that_is_no_string_is_a_settings_error(tmp_path: Path) -> None:
    with pytest.raises(Painl10nError, match="must be a list of strings"):
        _settings(tmp_path, '["title", 3]')
