"""Hostile input: each answered in bounded time and memory, with a clear one-line message.

The command line runs in a subprocess under a small wrapper that reports the
child's peak memory (resource.getrusage), so each case is measured alone.
The bounds are generous (a loaded CI machine) but far below what the
unguarded input would cost: a billion-laughs termbase or front matter
would not finish, a 10,000-deep list used to lose the rest of the page, a
deep YAML sequence killed the process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po_file
from painl10n.project import Project
from tests.helpers.project import snapshot

WRAPPER = """
import json, resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(json.dumps([done.returncode, done.stdout, done.stderr, peak]))
"""


class Outcome:
    def __init__(self, code: int, out: str, err: str, peak_mb: int, seconds: float) -> None:
        self.code, self.out, self.err, self.peak_mb, self.seconds = code, out, err, peak_mb, seconds

    def refused(self, fragment: str) -> None:
        """Exit 2, one line naming the problem, no traceback."""
        assert self.code == 2, (self.code, self.err)
        assert fragment in self.err, self.err
        assert self.err.count("\n") == 1 and "Traceback" not in self.err, self.err


def painl10n(*args: str, seconds: float = 60, mb: int = 400) -> Outcome:
    """Run the CLI; assert it finished within ``seconds`` and ``mb`` of memory."""
    env = {k: v for k, v in os.environ.items() if k != "PAINL10N_DEBUG"}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, sys.executable, "-m", "painl10n", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=seconds * 3,
        check=True,
    )
    elapsed = time.monotonic() - started
    code, out, err, peak = json.loads(done.stdout)
    result = Outcome(code, out, err, peak, elapsed)
    assert elapsed < seconds, f"took {elapsed:.1f} s"
    assert peak < mb, f"peak {peak} MB"
    return result


def settings_file(root: Path, extra: str = "") -> None:
    (root / "painl10n.toml").write_text('languages = ["es"]\n' + extra, "utf-8")


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    root = tmp_path / "tiny"
    (root / "source").mkdir(parents=True)
    settings_file(root)
    (root / "source" / "a.md").write_text("# Pain\n\nChronic pain lasts.\n", "utf-8")
    return root


# -- termbases ------------------------------------------------------------------------

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE tbx [
 <!ENTITY a "lollollollollollollollollollol">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<tbx xml:lang="en"><text><body><conceptEntry id="x"><langSec xml:lang="en">
<termSec><term>&i;</term></termSec></langSec></conceptEntry></body></text></tbx>
"""


def external_entity(secret: Path) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE tbx [<!ENTITY leak SYSTEM "file://{secret}">]>
<tbx xml:lang="en"><text><body><conceptEntry id="x"><langSec xml:lang="en">
<termSec><term>&leak;</term></termSec></langSec></conceptEntry></body></text></tbx>
""".encode()


def external_dtd(dtd: Path) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE tbx SYSTEM "file://{dtd}">
<tbx xml:lang="en"><text><body><conceptEntry id="x"><langSec xml:lang="en">
<termSec><term>&leak;</term></termSec></langSec></conceptEntry></body></text></tbx>
""".encode()


@pytest.mark.parametrize("kind", ["bomb", "external-entity", "external-dtd"])
def test_hostile_termbase_is_refused(tiny: Path, tmp_path: Path, kind: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", "utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak SYSTEM "file://{secret}">', "utf-8")
    data = {
        "bomb": BOMB,
        "external-entity": external_entity(secret),
        "external-dtd": external_dtd(dtd),
    }[kind]
    evil = tmp_path / "evil.tbx"
    evil.write_bytes(data)
    imported = painl10n("glossary", "import", str(evil), "-p", str(tiny), seconds=30, mb=200)
    expected = "undefined entity" if kind == "external-dtd" else "refusing unsafe XML"
    imported.refused(expected)
    assert "TOP-SECRET" not in imported.err
    assert not (tiny / "locales" / "glossary.tbx").exists()
    # the same file as the project's own termbase stops update before it writes
    assert painl10n("extract", "-p", str(tiny)).code == 0
    (tiny / "locales" / "glossary.tbx").write_bytes(data)
    before = snapshot(tiny)
    painl10n("update", "-p", str(tiny), seconds=30, mb=200).refused("locales/glossary.tbx")
    assert snapshot(tiny) == before


# -- huge and deep Markdown ----------------------------------------------------------


def test_a_10_mb_paragraph_is_refused_at_once(tiny: Path) -> None:
    words = "Chronic pain *lasts* for more than three months. "
    (tiny / "source" / "huge.md").write_text(words * (10 * 1048576 // len(words) + 1), "utf-8")
    done = painl10n("build", "-p", str(tiny), seconds=20, mb=200)
    done.refused("source/huge.md: article is 10.0 MB, more than the 2 MB limit")
    assert not (tiny / "output").exists()


def test_a_long_paragraph_under_the_limit_is_built(tiny: Path) -> None:
    """Near miss: 150 kB in one paragraph (25 times a whole article) is fine."""
    words = "Chronic pain *lasts* for more than three months. "
    (tiny / "source" / "long.md").write_text(words * (150_000 // len(words)) + "\n", "utf-8")
    painl10n("build", "-p", str(tiny), seconds=60, mb=300)
    html = (tiny / "output" / "es" / "long.html").read_text("utf-8")
    assert html.count("<em>lasts</em>") == 150_000 // len(words)


@pytest.mark.fuzz
def test_a_paragraph_just_under_the_limit_is_built(tiny: Path) -> None:
    words = "Chronic pain *lasts* for more than three months. "
    (tiny / "source" / "long.md").write_text(words * (2_000_000 // len(words)) + "\n", "utf-8")
    painl10n("build", "-p", str(tiny), seconds=300, mb=1500)
    assert (tiny / "output" / "es" / "long.html").stat().st_size > 2_000_000


DEEP = {
    "blockquotes": "> " * 10_000 + "deep text\n",
    "lists": "- " * 10_000 + "deep text\n",
    "ordered lists": "1. " * 10_000 + "deep text\n",
    "mixed": "> - 1. " * 3_400 + "deep text\n",
    "indented lists": "".join("  " * n + "- item\n" for n in range(1_000)),  # 1 MB
}


@pytest.mark.parametrize("kind", sorted(DEEP))
def test_containers_nested_deeper_than_20_are_refused(tiny: Path, kind: str) -> None:
    (tiny / "source" / "deep.md").write_text(DEEP[kind], "utf-8")
    done = painl10n("extract", "-p", str(tiny), seconds=30, mb=300)
    done.refused("source/deep.md:")
    assert "nested more than 20 levels deep" in done.err


def test_nesting_just_under_the_limit_keeps_its_text(tiny: Path) -> None:
    """Near miss: 19 quotes and 9 lists deep are translated and rendered to the end."""
    text = (
        "> " * 19
        + "quoted deep text\n\n"
        + "".join("  " * n + f"- item {n} text\n" for n in range(9))
    )
    (tiny / "source" / "deep.md").write_text(text, "utf-8")
    painl10n("build", "-p", str(tiny))
    catalog = read_po_file(tiny / "locales" / "es" / "LC_MESSAGES" / "deep.po")
    assert {e.msgid for e in catalog} >= {"quoted deep text", "item 8 text"}
    html = (tiny / "output" / "es" / "deep.html").read_text("utf-8").split("<article>")[1]
    assert html.count("<blockquote>") == 19 and "quoted deep text" in html
    assert html.count("<ul>") == 9 and "item 8 text" in html


def test_deep_inline_nesting_is_fast(tiny: Path) -> None:
    text = "*" * 10_000 + "x" + "*" * 10_000 + "\n\n" + "[" * 10_000 + "x" + "]" * 10_000 + "\n"
    (tiny / "source" / "inline.md").write_text(text, "utf-8")
    painl10n("build", "-p", str(tiny), seconds=60)
    assert (tiny / "output" / "es" / "inline.html").is_file()


def test_front_matter_nested_100000_deep_is_refused(tiny: Path) -> None:
    (tiny / "source" / "deep.md").write_text(
        "---\n" + "- " * 100_000 + "x\n---\n\nBody.\n", "utf-8"
    )
    painl10n("extract", "-p", str(tiny), seconds=30).refused("front matter is nested too deeply")


# -- links and paths --------------------------------------------------------------------


def test_symlink_out_of_the_source_folder_is_refused(tiny: Path, tmp_path: Path) -> None:
    outside = tmp_path / "private.md"
    outside.write_text("# Private notes\n\nNot for publication.\n", "utf-8")
    (tiny / "source" / "leak.md").symlink_to(outside)
    done = painl10n("build", "-p", str(tiny))
    done.refused("source/leak.md: symbolic link points outside the source folder")
    assert not (tiny / "output").exists()


def test_symlink_inside_the_source_folder_is_fine(tiny: Path) -> None:
    """Near miss: a link to another article of the folder is read like a file."""
    (tiny / "source" / "alias.md").symlink_to(tiny / "source" / "a.md")
    done = painl10n("extract", "-p", str(tiny))
    assert done.code == 0, done.err
    assert (tiny / "locales" / "templates" / "LC_MESSAGES" / "alias.pot").is_file()


def test_symlink_loops_are_survived(tiny: Path) -> None:
    (tiny / "source" / "again").symlink_to(tiny / "source")  # a folder loop: not descended
    done = painl10n("extract", "-p", str(tiny), seconds=30)
    assert done.code == 0, done.err
    (tiny / "source" / "loop.md").symlink_to(tiny / "source" / "loop.md")  # a file loop
    painl10n("extract", "-p", str(tiny), seconds=30).refused(
        "source/loop.md: symbolic link loop or dangling link"
    )


@pytest.mark.parametrize("key", ["output_dir", "locales_dir", "source_dir", "termbase"])
def test_folders_outside_the_project_are_refused(tiny: Path, key: str) -> None:
    settings_file(tiny, f'{key} = "../elsewhere"\n')
    before = snapshot(tiny.parent)
    done = painl10n("build", "-p", str(tiny))
    done.refused(f"'{key}' points outside the project: '../elsewhere'")
    assert "allow_outside_paths = true" in done.err
    assert snapshot(tiny.parent) == before


def test_a_symlinked_output_folder_leading_out_is_refused(tiny: Path, tmp_path: Path) -> None:
    (tmp_path / "www").mkdir()
    (tiny / "output").symlink_to(tmp_path / "www")
    painl10n("build", "-p", str(tiny)).refused("'output_dir' points outside the project")
    assert list((tmp_path / "www").iterdir()) == []


def test_outside_folders_are_used_when_explicitly_allowed(tiny: Path, tmp_path: Path) -> None:
    settings_file(tiny, 'output_dir = "../www"\nallow_outside_paths = true\n')
    done = painl10n("build", "-p", str(tiny))
    assert done.code == 0, done.err
    assert (tmp_path / "www" / "es" / "a.html").is_file()


@pytest.mark.parametrize("output", ["source", "source/site", ".", "locales"])
def test_output_may_not_overlap_the_inputs(tiny: Path, output: str) -> None:
    """build deletes stale pages in its output folder: never in the articles or catalogs."""
    settings_file(tiny, f'output_dir = "{output}"\n')
    painl10n("build", "-p", str(tiny)).refused("'output_dir' and ")


# -- a huge translation -----------------------------------------------------------------


def _translate_with(root: Path, translation: str, flags: str = "") -> Path:
    """The tiny project's Spanish catalog with "Chronic pain lasts." translated so."""
    project = Project.load(root)
    extract(project)
    update(project)
    catalog = root / "locales" / "es" / "LC_MESSAGES" / "a.po"
    text = catalog.read_text("utf-8")
    entry = 'msgid "Chronic pain lasts."\nmsgstr ""\n'
    assert entry in text
    catalog.write_text(
        text.replace(entry, f'{flags}msgid "Chronic pain lasts."\nmsgstr "{translation}"\n'),
        "utf-8",
    )
    return catalog


@pytest.mark.parametrize("flags", ["", "#, fuzzy\n"])
def test_a_10_mb_translation_is_refused_at_once(tiny: Path, flags: str) -> None:
    """Translators are not all trusted: 10 MB for a 19-character paragraph would cost
    minutes to wrap and render. Fuzzy too: update writes it back."""
    words = "El dolor crónico dura. "
    huge = words * (10 * 1048576 // len(words))
    catalog = _translate_with(tiny, huge, flags)
    before = snapshot(tiny)
    line = catalog.read_text("utf-8").split("\n").index('msgid "Chronic pain lasts."') + 1
    for command in ("build", "update"):
        done = painl10n(command, "-p", str(tiny), seconds=20, mb=300)
        done.refused(
            f"locales/es/LC_MESSAGES/a.po:{line}: translation of {len(huge):,} characters for "
            "a 19-character source, more than the 10,190 allowed"
        )
    assert snapshot(tiny) == before
    checked = painl10n("check", "-p", str(tiny), "--format", "json", seconds=20, mb=300)
    assert checked.code == 1
    findings = json.loads(checked.out)["findings"]
    assert [
        (f["file"], f["line"], f["severity"]) for f in findings if "characters" in f["message"]
    ] == [("locales/es/LC_MESSAGES/a.po", line, "error")]


def test_a_10_mb_translation_is_not_learned_by_the_memory(tiny: Path) -> None:
    """A catalog without an article is read only as translation memory: its 10 MB
    translation must not be offered to other catalogs (and written into them)."""
    catalog = _translate_with(tiny, "")
    orphan = catalog.with_name("old-article.po")
    huge = "El dolor crónico dura. " * (10 * 1048576 // 23)
    orphan.write_text(
        catalog.read_text("utf-8").replace(
            'msgid "Chronic pain lasts."\nmsgstr ""\n',
            f'msgid "Chronic pain lasts."\nmsgstr "{huge}"\n',
        ),
        "utf-8",
    )
    line = orphan.read_text("utf-8").split("\n").index('msgid "Chronic pain lasts."') + 1
    before = snapshot(tiny)
    done = painl10n("update", "-p", str(tiny), seconds=20, mb=300)
    done.refused(f"locales/es/LC_MESSAGES/old-article.po:{line}: translation of {len(huge):,}")
    assert snapshot(tiny) == before


def test_a_long_translation_within_the_limit_is_built(tiny: Path) -> None:
    """Near miss: ten times the source plus the slack is still published."""
    long = ("Dura. " * 2000)[: 10 * 19 + 10_000].strip()
    _translate_with(tiny, long)
    painl10n("build", "-p", str(tiny), seconds=60, mb=300)
    html = (tiny / "output" / "es" / "a.html").read_text("utf-8")
    assert html.count("Dura.") == long.count("Dura.")


# -- a catalog of 100,000 entries --------------------------------------------------------


def test_a_catalog_of_100000_entries_is_handled(tiny: Path) -> None:
    project = Project.load(tiny)
    extract(project)
    update(project)
    catalog = tiny / "locales" / "es" / "LC_MESSAGES" / "a.po"
    old = "".join(
        f'\n#~ msgid "Old sentence number {i} about chronic pain."\n'
        f'#~ msgstr "Frase antigua número {i} sobre el dolor crónico."\n'
        for i in range(100_000)
    )
    catalog.write_text(catalog.read_text("utf-8") + old, "utf-8")
    done = painl10n("update", "-p", str(tiny), seconds=120, mb=800)
    assert done.code == 0, done.err
    entries = read_po_file(catalog)
    assert len([e for e in entries if e.obsolete]) == 100_000  # no translation lost
