"""Warnings: text a reader will see that no message offers is named, file and line, with
the fix — on stderr, also with ``--quiet``, by every command that reads the article
(extract, update, build); the run goes on and exits 0."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import polib

Run = Callable[..., subprocess.CompletedProcess[str]]
BROKEN = "# Storage\n\n<div>\n<p>Keep it dry.</p>\n<p>Keep it <5 days, <above 8 °C.</p>\n</div>\n"


def test_extract_and_update_warn_of_text_no_message_offers(tmp_path: Path, run_cli: Run) -> None:
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "jekyll"\nsource_dir = "docs"\n', "utf-8"
    )
    (root / "docs" / "storage.md").write_text(BROKEN, "utf-8")
    (root / "docs" / "clean.md").write_text("# Clean\n\n<p>Fine.</p>\n", "utf-8")
    expected = (
        "docs/storage.md:5: warning: the text of this HTML block is not offered for "
        "translation: it is unclear where the tag starting '<above' ends; write '&lt;' for "
        "a '<' that is text, or complete the tag"
    )
    for command in (["extract"], ["extract", "-q"], ["update", "-q"], ["build", "-q"]):
        done = run_cli(*command, "-p", str(root))
        assert done.returncode == 0, done.stderr
        assert done.stderr.splitlines() == [expected], done.stderr
    # build reads only what changed: nothing to say when the article is up to date
    done = run_cli("build", "-q", "-p", str(root))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    template = polib.pofile(str(root / "locales" / "templates" / "LC_MESSAGES" / "storage.pot"))
    assert [entry.msgid for entry in template] == ["Storage"]
    # the fix the warning names: the block's text is offered; no warning
    (root / "docs" / "storage.md").write_text(BROKEN.replace("<above", "&lt;above"), "utf-8")
    done = run_cli("extract", "-p", str(root))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    template = polib.pofile(str(root / "locales" / "templates" / "LC_MESSAGES" / "storage.pot"))
    assert [entry.msgid for entry in template] == [
        "Storage",
        "Keep it dry.",
        "Keep it <5 days, &lt;above 8 °C.",
    ]
