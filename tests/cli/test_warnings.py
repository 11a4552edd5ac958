"""Warnings: text a reader will see that no message offers is named, file and line, with
the fix — on stderr, also with ``--quiet``, by every command that reads the article
(extract, update, build); the run goes on and exits 0."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import polib

Run = Callable[..., subprocess.CompletedProcess[str]]
JOINED = "# Storage\n\n<div>\n<p>Keep it dry.</p>\n</div>\nDo **not** freeze it.\n"


def test_extract_and_update_warn_of_text_no_message_offers(tmp_path: Path, run_cli: Run) -> None:
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "jekyll"\nsource_dir = "docs"\n', "utf-8"
    )
    (root / "docs" / "storage.md").write_text(JOINED, "utf-8")
    (root / "docs" / "clean.md").write_text("# Clean\n\n<p>Fine.</p>\n", "utf-8")
    expected = (
        "docs/storage.md:6: warning: the lines from here are not offered for translation: "
        "Jekyll (kramdown) reads them as Markdown, but with no blank line after the HTML "
        "element above they join its HTML block; put a blank line after the element's "
        "closing tag"
    )
    for command in (["extract"], ["extract", "-q"], ["update", "-q"], ["build", "-q"]):
        done = run_cli(*command, "-p", str(root))
        assert done.returncode == 0, done.stderr
        assert done.stderr.splitlines() == [expected], done.stderr
    # build reads only what changed: nothing to say when the article is up to date
    done = run_cli("build", "-q", "-p", str(root))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    template = polib.pofile(str(root / "locales" / "templates" / "LC_MESSAGES" / "storage.pot"))
    assert [entry.msgid for entry in template] == ["Storage", "Keep it dry."]
    # the fix the warning names: the line is a paragraph, offered; no warning
    (root / "docs" / "storage.md").write_text(JOINED.replace("</div>\n", "</div>\n\n"), "utf-8")
    done = run_cli("extract", "-p", str(root))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    template = polib.pofile(str(root / "locales" / "templates" / "LC_MESSAGES" / "storage.pot"))
    assert "Do **not** freeze it." in [entry.msgid for entry in template]
