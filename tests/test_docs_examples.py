"""The Python examples of the README and docs/ run, and use only the public API."""

from __future__ import annotations

import ast
import contextlib
import io
import re
from pathlib import Path

import pytest

import painl10n
from tests.helpers import REPO
from tests.helpers.project import copy_shipped_project

PAGES = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)
# Modules docs/library.md documents besides the package root.
DOCUMENTED = ("painl10n.reports.", "painl10n.po", "painl10n.terms.")


def examples() -> list[tuple[str, str]]:
    found = []
    for page in PAGES:
        for index, block in enumerate(_BLOCK.findall(page.read_text("utf-8"))):
            found.append((f"{page.relative_to(REPO)}#{index + 1}", block))
    return found


def test_there_are_examples_to_run() -> None:
    names = [name for name, _ in examples()]
    assert "README.md#1" in names and "docs/library.md#1" in names


@pytest.mark.parametrize(("name", "code"), examples(), ids=[name for name, _ in examples()])
def test_example_uses_the_public_api_and_runs(name: str, code: str, tmp_path: Path) -> None:
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("painl10n"):
            if node.module == "painl10n":
                assert {alias.name for alias in node.names} <= set(painl10n.__all__), name
            else:
                assert (node.module or "").startswith(DOCUMENTED), f"{name}: {node.module}"
    site = copy_shipped_project(tmp_path / "site")
    runnable = code.replace('"path/to/site"', repr(str(site)))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(runnable, name, "exec"), {"__name__": "__example__"})
    assert (site / "output").is_dir() or printed.getvalue()
