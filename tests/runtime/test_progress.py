"""Progress: one callback per unit of work in the library, a bar only on a terminal."""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from painl10n.pipeline.build import build
from painl10n.pipeline.check import run_checks
from painl10n.pipeline.update import update
from painl10n.project import Project
from painl10n.reports.stats import collect_stats
from painl10n.reports.status import write_status
from painl10n.runtime.progress import terminal_progress, wants_bar

Run = Callable[..., subprocess.CompletedProcess[str]]
SLUGS = ["ketamine-for-physical-and-mental-pain", "psychobiology-of-chronic-pain"]
LANGUAGES = ["es", "fr", "de", "ar"]
ANSI = re.compile(r"\x1b\[")


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    def __call__(self, label: str, total: int) -> None:
        self.calls.append((label, total))


def test_update_calls_back_once_per_catalog(site: Path) -> None:
    seen = Recorder()
    update(Project.load(site), progress=seen)
    assert sorted(seen.calls) == sorted(
        (f"{lang}/{slug}", 8) for lang in LANGUAGES for slug in SLUGS
    )


def test_build_calls_back_once_per_catalog_then_once_per_page(site: Path) -> None:
    seen = Recorder()
    result = build(Project.load(site), ["es", "ar"], progress=seen)
    merged, pages = seen.calls[:4], seen.calls[4:]
    assert sorted(merged) == sorted(
        (f"{lang}/{slug}", 4) for lang in ("es", "ar") for slug in SLUGS
    )
    assert sorted(pages) == sorted(
        (f"{lang}/{slug}", 6) for lang in ("en", "es", "ar") for slug in SLUGS
    )
    assert len(pages) == len([p for p in result.files.changed if p.endswith(".html")]) - 4


def test_check_and_report_call_back_once_per_catalog_article_by_article(site: Path) -> None:
    for run in (
        lambda seen: run_checks(Project.load(site), progress=seen),
        lambda seen: write_status(Project.load(site), progress=seen),
    ):
        seen = Recorder()
        run(seen)
        assert seen.calls == [(f"{lang}/{slug}", 8) for slug in SLUGS for lang in LANGUAGES]
    seen = Recorder()
    run_checks(Project.load(site), ["de"], progress=seen)
    assert seen.calls == [(f"de/{slug}", 2) for slug in SLUGS]


def test_stats_call_back_once_per_language(site: Path) -> None:
    seen = Recorder()
    collect_stats(Project.load(site), progress=seen)
    assert seen.calls == [(lang, 4) for lang in LANGUAGES]
    seen = Recorder()
    collect_stats(Project.load(site), ["de"], progress=seen)
    assert seen.calls == [("de", 1)]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("quiet", "ci", "stream", "expected"),
    [
        (False, None, FakeTerminal(), True),
        (True, None, FakeTerminal(), False),
        (False, "true", FakeTerminal(), False),
        (False, "1", FakeTerminal(), False),
        (False, "0", FakeTerminal(), True),
        (False, "", FakeTerminal(), True),
        (False, None, io.StringIO(), False),
    ],
)
def test_wants_bar(
    monkeypatch: pytest.MonkeyPatch,
    quiet: bool,
    ci: str | None,
    stream: io.StringIO,
    expected: bool,
) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    assert wants_bar(quiet, stream) is expected


def test_no_bar_means_no_callback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with terminal_progress(quiet=True, title="build") as progress:
        assert progress is None


@pytest.mark.parametrize("command", ["build", "update", "check", "report"])
def test_piped_commands_print_no_progress(site: Path, run_cli: Run, command: str) -> None:
    done = run_cli(command, "-p", str(site))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert not ANSI.search(done.stdout)
    assert "━" not in done.stdout  # rich's bar


def run_on_terminal(site: Path, *args: str, env: dict[str, str]) -> tuple[int, str, str]:
    """Run the CLI with stderr on a pseudo-terminal (drained as it runs); stdout is a pipe."""
    main, secondary = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # EIO: the last writer is gone
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    process = subprocess.Popen(
        [sys.executable, "-m", "painl10n", *args, "-p", str(site)],
        stdout=subprocess.PIPE,
        stderr=secondary,
        env=env,
        text=True,
    )
    os.close(secondary)
    stdout, _ = process.communicate(timeout=120)
    reader.join(timeout=10)
    os.close(main)
    return process.returncode, stdout, b"".join(chunks).decode(errors="replace")


def test_bar_on_a_terminal_only_without_ci_and_quiet(site: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PAINL10N_DEBUG")}
    env["TERM"] = "xterm-256color"
    code, stdout, terminal = run_on_terminal(site, "check", env=env)
    assert code == 0
    assert ANSI.search(terminal)  # rich drew (and then erased) its bar
    assert not ANSI.search(stdout)  # the report itself stays plain
    assert "check passed" in stdout
    for args, extra in (((), {"CI": "true"}), (("-q",), {})):
        code, stdout, terminal = run_on_terminal(site, "check", *args, env=env | extra)
        assert code == 0
        assert terminal == ""
