"""Bad input: one clear line (file, line, what to do), exit 2, nothing overwritten."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer

from painl10n.cli.app import app
from tests.helpers.project import snapshot

Run = Callable[..., subprocess.CompletedProcess[str]]
SLUG = "psychobiology-of-chronic-pain"
SLUGS = (SLUG, "ketamine-for-physical-and-mental-pain")


def assert_clean_failure(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("painl10n: error: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def break_catalog(site: Path, old: str, new: str, lang: str = "es") -> None:
    path = site / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize("command", ["update", "build", "compile"])
@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ('msgstr "La psicobiología del dolor crónico"', 'msgstr "La psicobiología', "unterminated"),
        ('msgstr "¿Qué', 'garbage line\nmsgstr "¿Qué', "garbage line"),
        ("Language: es", "Language: fr", "declares Language 'fr'"),
    ],
    ids=["unterminated-string", "stray-line", "other-language"],
)
def test_malformed_catalog(
    site: Path, run_cli: Run, command: str, old: str, new: str, fragment: str
) -> None:
    path = site / "locales" / "es" / "LC_MESSAGES" / f"{SLUG}.po"
    line = path.read_text("utf-8").split(old)[0].count("\n") + 1
    break_catalog(site, old, new)
    before = snapshot(site)
    result = run_cli(command, "--project", str(site))
    where = f"locales/es/LC_MESSAGES/{SLUG}.po" + ("" if "Language" in old else f":{line}:")
    assert_clean_failure(result, where, fragment)
    assert snapshot(site) == before


def test_duplicate_msgid_is_an_error(site: Path, run_cli: Run) -> None:
    path = site / "locales" / "es" / "LC_MESSAGES" / f"{SLUG}.po"
    text = path.read_text("utf-8")
    block = text.split("\n\n")[2]
    path.write_text(text + "\n" + block + "\n", "utf-8")
    before = snapshot(site)
    assert_clean_failure(run_cli("update", "-p", str(site)), "duplicate")
    assert snapshot(site) == before


def test_source_not_utf8(site: Path, run_cli: Run) -> None:
    (site / "source" / "latin1.md").write_bytes(b"# Title\n\nCaf\xe9 au lait.\n")
    before = snapshot(site)
    assert_clean_failure(run_cli("extract", "-p", str(site)), "source/latin1.md:3", "UTF-8")
    assert snapshot(site) == before


def test_broken_front_matter(site: Path, run_cli: Run) -> None:
    (site / "source" / "broken.md").write_text("---\ntitle: [oops\n---\n\nText.\n", "utf-8")
    before = snapshot(site)
    assert_clean_failure(run_cli("build", "-p", str(site)), "source/broken.md:2", "front matter")
    assert snapshot(site) == before


@pytest.mark.parametrize("code", ["../x", "xx-INVALID-", "zz"])
def test_bad_language_option(site: Path, run_cli: Run, code: str) -> None:
    before = snapshot(site)
    assert_clean_failure(run_cli("update", "-p", str(site), "-l", code), repr(code))
    assert snapshot(site) == before


def test_bad_language_in_settings(tmp_path: Path, run_cli: Run) -> None:
    (tmp_path / "painl10n.toml").write_text('languages = ["es", "../x"]\n', "utf-8")
    assert_clean_failure(run_cli("extract", "-p", str(tmp_path)), "painl10n.toml", "'../x'")


def test_missing_settings(tmp_path: Path, run_cli: Run) -> None:
    assert_clean_failure(run_cli("build", "-p", str(tmp_path)), "no painl10n settings", "init")


def test_unknown_setting(tmp_path: Path, run_cli: Run) -> None:
    (tmp_path / "painl10n.toml").write_text('languages = ["es"]\nlangauges = 1\n', "utf-8")
    assert_clean_failure(run_cli("build", "-p", str(tmp_path)), "unknown setting 'langauges'")


def test_invalid_toml(tmp_path: Path, run_cli: Run) -> None:
    (tmp_path / "painl10n.toml").write_text('languages = ["es"\n', "utf-8")
    assert_clean_failure(run_cli("build", "-p", str(tmp_path)), "painl10n.toml", "invalid TOML")


def test_language_not_in_project(site: Path, run_cli: Run) -> None:
    assert_clean_failure(run_cli("build", "-p", str(site), "-l", "it"), "'it' is not one of")


def test_duplicate_slug(site: Path, run_cli: Run) -> None:
    text = f"---\ntitle: Copy\nslug: {SLUG}\n---\n\nText.\n"
    (site / "source" / "copy.md").write_text(text, "utf-8")
    assert_clean_failure(run_cli("extract", "-p", str(site)), "source/copy.md", "slug")


def test_text_gettext_cannot_carry_is_a_clear_error(site: Path, run_cli: Run) -> None:
    (site / "source" / "control.md").write_text("A control \x04 character.\n", "utf-8")
    before = snapshot(site)
    assert_clean_failure(run_cli("extract", "-p", str(site)), "source/control.md", "template")
    assert snapshot(site) == before


def test_a_file_where_a_folder_belongs_is_a_line_per_target(site: Path, run_cli: Run) -> None:
    """An OSError from writing names each file painl10n meant to write, never a
    temporary file, and stops with exit 2 and no traceback."""
    shutil.rmtree(site / "output" / "es", ignore_errors=True)
    (site / "output").mkdir(exist_ok=True)
    (site / "output" / "es").write_text("not a folder\n", "utf-8")
    done = run_cli("build", "-p", str(site), "-q")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    *errors, summary = done.stderr.strip().splitlines()
    assert summary == "painl10n: 2 files refused"
    for line, slug in zip(errors, sorted(SLUGS), strict=True):
        assert line.startswith("painl10n: error: ") and line.endswith(
            f"output/es/{slug}.md: Not a directory"
        ), line


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("check", "--format"), "Option '--format' requires an argument"),
        (("nosuch",), "No such command 'nosuch'"),
        (("check", "--bad"), "No such option: --bad"),
        (("build", "--jobs", "0"), "--jobs"),
        (("xliff", "import"), "Missing argument"),
    ],
)
def test_usage_errors_are_one_line(run_cli: Run, args: tuple[str, ...], fragment: str) -> None:
    """A usage error reads like every other error: one line, exit 2, no box."""
    result = run_cli(*args)
    assert_clean_failure(result, fragment, "--help')")
    assert "╭" not in result.stderr + result.stdout


def test_no_command_still_shows_the_help(run_cli: Run) -> None:
    """The near miss: no command at all is not an error message but the help."""
    result = run_cli()
    assert result.returncode == 2 and "Usage: " in result.stdout and "extract" in result.stdout
    assert run_cli("--help").returncode == 0


COMMANDS = [
    ("init",), ("extract",), ("update",), ("build",), ("pseudo",), ("compile",), ("check",),
    ("stats",), ("report",), ("align",), ("xliff", "export"), ("xliff", "import"),
    ("glossary", "import"), ("glossary", "export"), ("glossary", "list"),
    ("tm", "import"), ("tm", "export"),
    ("review", "list"), ("review", "approve"), ("review", "reject"),
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_names_values_as_a_person_reads_them(command: tuple[str, ...]) -> None:
    """Options show PATH, LANG, N, FORMAT … and flags nothing, not Python types;
    every command shows at least one example."""
    done = _help(command)
    options = [line for line in done.splitlines() if line.strip().startswith("-")]
    assert options, done
    for line in done.splitlines():
        for python_type in ("<bool>", "<str>", "<path>", "<int", "<list"):
            assert python_type not in line, line
    assert _examples(done, command), done


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_examples_are_valid_command_lines(command: tuple[str, ...]) -> None:
    """Each example parses with the command's own options (a renamed option fails here)."""
    group = typer.main.get_command(app)
    for example in _examples(_help(command), command):
        words = shlex.split(example.split(">")[0].split("&&")[0])
        assert words[: 1 + len(command)] == ["painl10n", *command], example
        cmd = group
        for name in command:  # typer's click: a group's get_command finds a subcommand
            found = cmd.get_command(typer.Context(cmd), name)  # type: ignore[attr-defined]
            assert found is not None
            cmd = found
        cmd.make_context(" ".join(command), words[1 + len(command) :])  # raises on a bad option


def _help(command: tuple[str, ...]) -> str:
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "painl10n", *command, "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout


def _examples(text: str, command: tuple[str, ...]) -> list[str]:
    """The example lines of a help text, without their trailing explanation."""
    prefix = " ".join(("painl10n", *command))
    lines = [line.strip() for line in text.splitlines() if line.strip().startswith(prefix)]
    return [re.split(r"\s{2,}", line)[0] for line in lines]
