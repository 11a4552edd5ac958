"""Crash safety: `update` and `build` killed with SIGKILL at random moments.

A generated corpus (copies of the shipped articles, four languages, every
string translated) is built, then every article is edited so that the next
run rewrites every template, catalog and page.  An uninterrupted run on a
copy gives the new version of each file.  Each trial copies the old state,
starts the real command line, and kills it (SIGKILL): the first trial right
after its first file is replaced, the others at a seeded random moment of
its writing (all reading and merging happens before).
Afterwards every catalog parses and every file is byte-equal to its old or
its new version (the only other files allowed are the hidden temporary
files of an interrupted atomic write, and the lock file); a rerun then
gives exactly the uninterrupted result.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from painl10n.errors import Painl10nError
from painl10n.pipeline.build import build
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po, read_po_file, write_po
from painl10n.project import Project
from tests.helpers import REPO
from tests.helpers.project import snapshot

EPOCH = "1700000000"
LEFTOVER = re.compile(r"(^|/)(\.[^/]+\.tmp|\.painl10n\.lock)$")


def make_corpus(root: Path, articles: int) -> None:
    """``articles`` copies of the shipped articles, built, with every string translated."""
    root.mkdir()
    (root / "painl10n.toml").write_text('languages = ["es", "fr", "de", "ar"]\n', "utf-8")
    (root / "source").mkdir()
    shipped = sorted((REPO / "source").glob("*.md"))
    for n in range(articles):
        text = shipped[n % len(shipped)].read_text("utf-8")
        text = text.replace("title: ", f"title: Part {n} of ", 1)
        (root / "source" / f"article-{n:03d}.md").write_text(text, "utf-8")
    project = Project.load(root)
    extract(project)
    update(project)
    for path in sorted((root / "locales").glob("*/LC_MESSAGES/*.po")):
        catalog = read_po(path.read_text("utf-8"), path=str(path))
        for entry in catalog:
            entry.msgstr = f"[{path.parent.parent.name}] {entry.msgid}"
        path.write_text(write_po(catalog), "utf-8")
    build(project)


def edit_every_article(root: Path) -> None:
    for path in sorted((root / "source").glob("*.md")):
        text = path.read_text("utf-8")
        text = text.replace("pain", "ache").replace("Chronic", "Persistent")
        path.write_text(text, "utf-8")


def state(root: Path) -> dict[str, bytes]:
    """What a run may touch: templates, catalogs and the built site."""
    files = snapshot(root)
    return {k: v for k, v in files.items() if k.startswith(("locales/", "output/"))}


def start(root: Path, command: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "PAINL10N_DEBUG"}
    env["SOURCE_DATE_EPOCH"] = EPOCH
    return subprocess.Popen(
        [sys.executable, "-m", "painl10n", command, "-q", "-p", str(root)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def first_written(root: Path, command: str) -> Path:
    """The file the command replaces first (templates come first in a build)."""
    if command == "build":
        return root / "locales" / "templates" / "LC_MESSAGES" / "article-000.pot"
    return root / "locales" / "es" / "LC_MESSAGES" / "article-000.po"


def wait_for_writing(process: subprocess.Popen[bytes], first: Path) -> float:
    """Until the first write starts (a temporary file changes the folder's mtime)."""
    before = first.parent.stat().st_mtime_ns
    while process.poll() is None and first.parent.stat().st_mtime_ns == before:
        time.sleep(0.001)
    return time.monotonic()


def wait_for_first_file(process: subprocess.Popen[bytes], first: Path) -> None:
    """Until the first file has been replaced: the kill then lands mid-write."""
    before = first.read_bytes()
    while process.poll() is None and first.read_bytes() == before:
        time.sleep(0.001)


def edited_corpus(root: Path, articles: int) -> Path:
    make_corpus(root, articles)
    edit_every_article(root)
    return root


def run_trials(tmp_path: Path, corpus: Path, command: str, trials: int, seed: int) -> None:
    old_root = tmp_path / "old"
    shutil.copytree(corpus, old_root)
    articles = len(list((old_root / "source").glob("*.md")))
    if command == "update":
        extract(Project.load(old_root))  # update merges from the edited templates
    old = state(old_root)

    reference = tmp_path / "reference"
    shutil.copytree(old_root, reference)
    process = start(reference, command)
    triggered = wait_for_writing(process, first_written(reference, command))
    assert process.wait(timeout=600) == 0, process.stderr
    writing = time.monotonic() - triggered
    new = state(reference)
    changed = {k for k in new if new[k] != old.get(k)}
    assert len(changed) >= articles * 4, "every catalog is rewritten by the run"

    rng = random.Random(seed)
    mixed = 0
    for trial in range(trials):
        root = tmp_path / f"trial-{trial}"
        shutil.copytree(old_root, root)
        process = start(root, command)
        if trial in (0, 2):  # dies right after its first file is replaced
            wait_for_first_file(process, first_written(root, command))
        else:  # at a random moment of its writing
            wait_for_writing(process, first_written(root, command))
            time.sleep(rng.uniform(0, writing))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        after = state(root)
        leftovers = {k for k in after if LEFTOVER.search(k)}
        assert set(after) - leftovers <= set(old) | set(new)
        for name in set(old) | set(new):
            assert after.get(name) in (old.get(name), new.get(name)), (trial, name)
        for path in sorted([*root.glob("locales/**/*.po"), *root.glob("locales/**/*.pot")]):
            read_po_file(path)
        kinds = {after.get(k) == new[k] for k in changed}
        mixed += kinds == {True, False}
        # a rerun repairs everything: the result of the uninterrupted run
        project = Project.load(root)
        if command == "build":
            build(project)
        else:
            update(project)
        repaired = state(root)
        assert not [k for k in repaired if LEFTOVER.search(k)], trial  # the rerun swept them
        assert repaired == new, trial
        shutil.rmtree(root)
    assert mixed >= 1, "at least one kill landed in the middle of the writes"


@pytest.fixture(autouse=True)
def _fixed_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        return edited_corpus(tmp_path_factory.mktemp("corpus") / "site", articles=6)


@pytest.mark.parametrize("command", ["update", "build"])
def test_sigkill_leaves_old_or_new_files(tmp_path: Path, corpus: Path, command: str) -> None:
    run_trials(tmp_path, corpus, command, trials=3, seed=5)


@pytest.mark.fuzz
@pytest.mark.parametrize("command", ["update", "build"])
def test_sigkill_leaves_old_or_new_files_long(tmp_path: Path, command: str) -> None:
    big = edited_corpus(tmp_path / "corpus", articles=60)
    run_trials(tmp_path, big, command, trials=25, seed=int(time.time()))


def test_a_torn_catalog_would_be_caught(tmp_path: Path) -> None:
    """Near miss: a catalog cut inside a string is neither version and does not parse."""
    make_corpus(tmp_path / "site", 1)
    path = next((tmp_path / "site").glob("locales/es/LC_MESSAGES/*.po"))
    data = path.read_bytes()
    cut = data.index(b'msgstr "[es] ') + 10
    path.write_bytes(data[:cut])
    with pytest.raises(Painl10nError, match="unterminated string"):
        read_po_file(path)
