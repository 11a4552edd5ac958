"""Two runs on one project: the writers take turns (painl10n.runtime.lock), nothing is corrupted.

Real processes throughout: flock is between open files of different
processes, and the kernel's release on death is what makes SIGKILL safe.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from painl10n.errors import Painl10nError
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po_file
from painl10n.project import Project
from painl10n.runtime.lock import LOCK_NAME, project_lock
from tests.helpers.project import snapshot

Run = Callable[..., subprocess.CompletedProcess[str]]

HOLDER = """
import sys, time
from pathlib import Path
from painl10n.runtime.lock import project_lock
with project_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""

TAKE_TURNS = """
import os, sys, time
from pathlib import Path
from painl10n.runtime.lock import project_lock
log = Path(sys.argv[2])
go = Path(sys.argv[3])
go.with_name(f"ready-{os.getpid()}").touch()
while not go.exists():  # start together
    time.sleep(0.005)
for _ in range(3):
    with project_lock(Path(sys.argv[1])):
        with log.open("a") as out:
            out.write(f"in {os.getpid()}\\n")
        time.sleep(0.05)
        with log.open("a") as out:
            out.write(f"out {os.getpid()}\\n")
"""


def hold_lock(locales: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(locales), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    return holder


def edit_sources(site: Path) -> None:
    """Give update something to merge: a changed paragraph in every article."""
    for path in sorted((site / "source").glob("*.md")):
        text = path.read_text("utf-8")
        path.write_text(text.replace("chronic pain", "long-lasting pain", 3), "utf-8")


def catalogs(site: Path) -> dict[str, bytes]:
    return {k: v for k, v in snapshot(site / "locales").items() if k.endswith((".po", ".pot"))}


def cli(site: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PAINL10N_DEBUG"}
    environment.update(SOURCE_DATE_EPOCH="1700000000", **(env or {}))
    return subprocess.Popen(
        [sys.executable, "-m", "painl10n", *args, "-p", str(site)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def start_together(script: str, locales: Path, log: Path) -> None:
    """Four workers, released at the same moment; all must succeed."""
    go = log.with_name("go")
    workers = [
        subprocess.Popen([sys.executable, "-c", script, str(locales), str(log), str(go)])
        for _ in range(4)
    ]
    deadline = time.monotonic() + 60
    while len(list(log.parent.glob("ready-*"))) < 4 and time.monotonic() < deadline:
        time.sleep(0.01)
    go.touch()
    assert [w.wait(timeout=60) for w in workers] == [0, 0, 0, 0]


def test_writers_inside_the_lock_never_overlap(tmp_path: Path) -> None:
    log = tmp_path / "log"
    start_together(TAKE_TURNS, tmp_path / "locales", log)
    lines = log.read_text().splitlines()
    assert len(lines) == 4 * 3 * 2
    for enter, leave in zip(lines[::2], lines[1::2], strict=True):
        assert enter.startswith("in ") and leave == "out " + enter[3:]
    assert not (tmp_path / "locales" / LOCK_NAME).exists(), "the lock file is removed"


def test_overlap_detector_sees_interleaving(tmp_path: Path) -> None:
    """Near miss: the same workers without the lock interleave, and the check above fails."""
    log = tmp_path / "log"
    unlocked = TAKE_TURNS.replace("with project_lock(Path(sys.argv[1])):", "if True:")
    start_together(unlocked, tmp_path / "locales", log)
    lines = log.read_text().splitlines()
    pairs = zip(lines[::2], lines[1::2], strict=True)
    assert any(leave != "out " + enter[3:] for enter, leave in pairs)


def test_two_updates_at_once_serialize_and_match_one_run(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    edit_sources(site)
    extract(Project.load(site))
    reference = tmp_path / "reference"
    shutil.copytree(site, reference)
    update(Project.load(reference))  # the uninterrupted single run
    expected = catalogs(reference)
    assert expected != catalogs(site), "the edit gives update work to do"

    first, second = cli(site, "update"), cli(site, "update")
    outputs = [p.communicate(timeout=240) for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    assert catalogs(site) == expected
    for path in sorted(site.glob("locales/*/LC_MESSAGES/*.po")):
        read_po_file(path)
    # one of them merged, the other found everything up to date
    changed = sorted(out.strip().splitlines()[-1] for out, _ in outputs)
    assert changed[0] == "0 catalogs changed" and changed[1] != changed[0]


def test_a_second_run_waits_for_the_first(site: Path) -> None:
    holder = hold_lock(site / "locales", 1.5)
    started = time.monotonic()
    waiting = cli(site, "update", "-q")
    assert waiting.wait(timeout=120) == 0
    assert time.monotonic() - started >= 1.2, "it waited for the holder"
    assert holder.wait(timeout=10) == 0


def test_a_second_run_that_cannot_wait_stops_with_a_clear_message(site: Path) -> None:
    before = snapshot(site)
    holder = hold_lock(site / "locales", 30)
    try:
        blocked = cli(site, "build", env={"PAINL10N_LOCK_WAIT": "0.3"})
        _, err = blocked.communicate(timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert blocked.returncode == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"another painl10n run (pid {holder.pid}) is writing this project" in err
    assert "locales/.painl10n.lock" in err and "PAINL10N_LOCK_WAIT" in err
    after = snapshot(site)
    after.pop(f"locales/{LOCK_NAME}", None)  # the killed holder's file, no longer locked
    assert after == before, "nothing written"


def test_a_killed_holder_releases_the_lock(tmp_path: Path) -> None:
    holder = hold_lock(tmp_path, 60)
    with pytest.raises(Painl10nError, match="another painl10n run"), project_lock(tmp_path, wait=0):
        pass
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert (tmp_path / LOCK_NAME).exists()  # left behind by the dead process …
    with project_lock(tmp_path, wait=0):  # … but the kernel released its lock
        pass
    assert not (tmp_path / LOCK_NAME).exists()


def test_the_lock_is_reentrant_within_a_run(tmp_path: Path) -> None:
    """build holds it and calls extract and update, which take it again."""
    with project_lock(tmp_path, wait=0):
        with project_lock(tmp_path, wait=0):
            assert (tmp_path / LOCK_NAME).read_text().strip() == str(os.getpid())
        assert (tmp_path / LOCK_NAME).exists()
    assert not (tmp_path / LOCK_NAME).exists()


def test_bad_wait_setting_is_a_clear_error(
    site: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAINL10N_LOCK_WAIT", "soon")
    done = run_cli("update", "-p", str(site))
    assert done.returncode == 2
    assert "PAINL10N_LOCK_WAIT must be a number of seconds, not 'soon'" in done.stderr


def test_a_lock_file_removed_as_it_is_opened_is_taken_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The holder may remove the lock file between another run's open and its fstat: the
    file then has no name (st_nlink 0), which is no hard link; the run opens it again
    (a fresh-clone CI run once failed so: 'not a plain file of its own')."""
    import painl10n.runtime.lock as lock

    locales = tmp_path / "locales"
    locales.mkdir()
    real_fstat = os.fstat
    removed = []

    def fstat_after_removal(fd: int) -> os.stat_result:
        if not removed:  # the first open: its holder unlinks it right now
            removed.append(True)
            os.unlink(locales / LOCK_NAME)
        return real_fstat(fd)

    monkeypatch.setattr(lock.os, "fstat", fstat_after_removal)
    with project_lock(locales, wait=1):
        assert (locales / LOCK_NAME).exists()
    assert removed == [True]
    assert not (locales / LOCK_NAME).exists()
