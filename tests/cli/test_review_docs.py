"""docs/review.md: its command lines parse, and its sample output has the shape of the real one."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import typer

from painl10n.cli import app
from tests.helpers import REPO

Run = Callable[..., CompletedProcess[str]]
PAGE = (REPO / "docs" / "review.md").read_text("utf-8")
OURS = ("list", "approve", "reject")  # the review pack's commands are documented by their page
LIST_LINE = re.compile(
    r"^[a-z]{2}/[\w-]+: \d+/\d+ translated reviewed, \d+ awaiting review "
    r"\(\d+ changed since sign-off\), \d+ fuzzy, \d+ untranslated$"
)
ENTRY_LINE = re.compile(r"^  locales/[a-z]{2}/LC_MESSAGES/[\w-]+\.po:\d+: .+$")
REFUSED = re.compile(r"^painl10n: refused: locales/\S+\.po:\d+: .+; not approved$")
SUMMARY = re.compile(r"^\d+ entries approved, \d+ already signed off, \d+ refused$")


def command_lines() -> list[list[str]]:
    found = []
    for line in PAGE.splitlines():
        line = line.removeprefix("$ ").strip()
        if line.startswith("painl10n review ") and "…" not in line and "[" not in line:
            words = shlex.split(re.split(r"\s{3,}", line)[0])
            if words[2] in OURS:
                found.append(words)
    return found


def test_documented_command_lines_parse() -> None:
    lines = command_lines()
    assert {words[2] for words in lines} == set(OURS)
    group = typer.main.get_command(app)
    review = group.get_command(typer.Context(group), "review")  # type: ignore[attr-defined]
    for words in lines:
        command = review.get_command(typer.Context(review), words[2])
        command.make_context(" ".join(words[:3]), words[3:])  # raises on a bad option


def test_sample_output_has_the_real_shape(site: Path, run_cli: Run) -> None:
    samples = PAGE.splitlines()
    assert any(LIST_LINE.match(line) for line in samples)
    assert any(ENTRY_LINE.match(line) for line in samples)
    assert any(REFUSED.match(line) for line in samples)
    assert any(SUMMARY.match(line) for line in samples)
    listed = run_cli("review", "list", "-l", "es", "-p", str(site)).stdout.splitlines()
    assert LIST_LINE.match(listed[0]) and ENTRY_LINE.match(listed[1]), listed[:2]
    done = run_cli("review", "approve", "-l", "es", "--by", "Ana Ruiz", "-p", str(site))
    assert SUMMARY.match(done.stdout.splitlines()[-1]), done.stdout
