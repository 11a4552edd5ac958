"""update for the reviewer, end to end: change notes, typography-only edits, msgmerge."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import polib

from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po, write_po
from painl10n.project import Project
from tests.helpers.gettext import gettext_tool
from tests.helpers.project import without_change_notes

Run = Callable[..., subprocess.CompletedProcess[str]]
SLUG = "psychobiology-of-chronic-pain"
LANGUAGES = ("ar", "de", "es", "fr")
DEFINITION = (
    "Chronic pain is defined as pain that lasts for more than three months or longer "
    "than the typical healing time for an injury or illness."
)
IMPACT_START = "While chronic pain can have a significant impact on a person’s quality"  # noqa: RUF001


def source(site: Path) -> Path:
    return site / "source" / f"{SLUG}.md"


def catalog_path(site: Path, language: str) -> Path:
    return site / "locales" / language / "LC_MESSAGES" / f"{SLUG}.po"


def catalog(site: Path, language: str) -> polib.POFile:
    path = catalog_path(site, language)
    return read_po(path.read_text("utf-8"), path=str(path))


def entry_starting(po: polib.POFile, start: str) -> polib.POEntry:
    (found,) = [e for e in po if e.msgid.startswith(start) and not e.obsolete]
    return found


def edit(site: Path, old: str, new: str) -> None:
    text = source(site).read_text("utf-8")
    assert text.count(old) == 1, old
    source(site).write_text(text.replace(old, new), "utf-8")


def summary_line(stdout: str, language: str) -> str:
    (line,) = [ln for ln in stdout.splitlines() if ln.startswith(f"{language}/{SLUG}: ")]
    return line


def test_cli_update_tells_the_reviewer_what_changed(site: Path, run_cli: Run) -> None:
    edit(site, "more than three months", "more than six months")
    edit(site, "injury or illness.\n", "injury or illness, and does not go away.\n")
    assert run_cli("extract", "-p", str(site), "-q").returncode == 0
    done = run_cli("update", "-p", str(site))
    assert done.returncode == 0, done.stderr
    assert summary_line(done.stdout, "es").endswith(" 1 fuzzy, 0 revived, 0 obsolete, 0 retypeset")
    for language in LANGUAGES:
        entry = entry_starting(catalog(site, language), "Chronic pain is defined")
        assert "fuzzy" in entry.flags
        assert entry.previous_msgid == DEFINITION
        lines = entry.comment.split("\n")
        assert lines[:2] == [
            "paragraph",
            "CRITICAL (number, negation) changed: three → six; +, and does not go away",
        ]
        assert lines[2].startswith("glossary: Chronic pain → ")  # the glossary line stays
        assert len(lines) == 3
    # Untouched entries carry no note.
    es = catalog(site, "es")
    assert sum("changed: " in e.comment for e in es) == 1

    # A second update rewrites nothing: the note is derived again, not added again.
    before = {lang: catalog_path(site, lang).read_bytes() for lang in LANGUAGES}
    again = run_cli("update", "-p", str(site))
    assert again.returncode == 0 and "0 catalogs changed" in again.stdout
    assert {lang: catalog_path(site, lang).read_bytes() for lang in LANGUAGES} == before

    # The translator reviews the entry: fuzzy and #| go, and so does the note.
    es = catalog(site, "es")
    entry = entry_starting(es, "Chronic pain is defined")
    entry.flags.remove("fuzzy")
    entry.previous_msgid = None
    entry.msgstr = entry.msgstr.replace("tres meses", "seis meses")
    catalog_path(site, "es").write_text(write_po(es), "utf-8")
    assert run_cli("update", "-p", str(site), "-l", "es", "-q").returncode == 0
    reviewed = entry_starting(catalog(site, "es"), "Chronic pain is defined")
    assert "fuzzy" not in reviewed.flags and "seis meses" in reviewed.msgstr
    assert [ln.split(":")[0] for ln in reviewed.comment.split("\n")] == ["paragraph", "glossary"]


def test_cli_update_keeps_typography_only_edits(site: Path, run_cli: Run) -> None:
    old = {lang: entry_starting(catalog(site, lang), IMPACT_START) for lang in LANGUAGES}
    edit(site, "person’s", "person's")  # noqa: RUF001
    edit(site, "pain-related", "pain\u2011related")  # non-breaking hyphen
    edit(site, "However, research", "However,\u00a0research")
    assert run_cli("extract", "-p", str(site), "-q").returncode == 0
    done = run_cli("update", "-p", str(site))
    assert done.returncode == 0, done.stderr
    for language in LANGUAGES:
        assert summary_line(done.stdout, language).endswith(
            " 0 fuzzy, 0 revived, 0 obsolete, 1 retypeset"
            " (typography-only edits: translations kept)"
        )
        entry = entry_starting(catalog(site, language), "While chronic pain")
        assert "person's" in entry.msgid and "pain\u2011related" in entry.msgid
        assert entry.msgstr == old[language].msgstr
        assert "fuzzy" not in entry.flags and entry.previous_msgid is None
        assert "changed: " not in entry.comment
        assert not any(e.obsolete for e in catalog(site, language))


def test_cli_update_near_typography_edit_is_fuzzy(site: Path, run_cli: Run) -> None:
    """A comma removed is punctuation, not typography: the entry needs review."""
    edit(site, "However, research", "However research")
    assert run_cli("extract", "-p", str(site), "-q").returncode == 0
    done = run_cli("update", "-p", str(site), "-l", "es")
    assert done.returncode == 0, done.stderr
    assert summary_line(done.stdout, "es").endswith(" 1 fuzzy, 0 revived, 0 obsolete, 0 retypeset")
    entry = entry_starting(catalog(site, "es"), "While chronic pain")
    assert "fuzzy" in entry.flags and entry.comment.split("\n")[1] == "changed: -,"


def msgmerge(po: Path, pot: Path) -> str:
    return subprocess.run(
        [gettext_tool("msgmerge"), "-q", "--previous", str(po), str(pot), "-o", "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def without_fuzzy_state_of(block_marker: str, text: str) -> str:
    """msgmerge's output with one entry's ``#, fuzzy`` and ``#|`` lines taken out."""
    blocks = text.split("\n\n")
    (index,) = [i for i, block in enumerate(blocks) if block_marker in block and "#| " in block]
    lines = blocks[index].split("\n")
    blocks[index] = "\n".join(ln for ln in lines if ln != "#, fuzzy" and not ln.startswith("#| "))
    return "\n\n".join(blocks)


def test_where_update_differs_from_msgmerge_on_purpose(site: Path) -> None:
    """msgmerge makes a typography-only edit fuzzy; we keep it translated. Everything
    else (a real edit in the same run included) stays byte for byte msgmerge's."""
    (site / "locales" / "glossary.tbx").unlink()
    project = Project.load(site)
    update(project)
    edit(site, "person’s", "person's")  # noqa: RUF001
    edit(site, "more than three months", "more than six months")
    extract(project)
    pot = site / "locales/templates/LC_MESSAGES" / f"{SLUG}.pot"
    for language in ("es", "ar"):
        po = catalog_path(site, language)
        theirs = msgmerge(po, pot)
        stats = update(project, [language], slugs=[SLUG]).stats[(language, SLUG)]
        assert (stats.fuzzy, stats.retypeset) == (1, 1)
        ours, notes = without_change_notes(po.read_text("utf-8"))
        assert notes == 1
        assert ours != theirs
        assert ours == without_fuzzy_state_of("person's", theirs)


def test_second_edit_before_review_matches_msgmerge(site: Path) -> None:
    """Edited twice before anyone reviewed: #| (and so the note) still names the text
    the translation was made for, as msgmerge keeps it."""
    (site / "locales" / "glossary.tbx").unlink()
    project = Project.load(site)
    update(project)
    edit(site, "more than three months", "more than six months")
    extract(project)
    update(project, ["es"])
    edit(site, "Chronic pain is defined", "Long-lasting pain is defined")
    extract(project)
    po = catalog_path(site, "es")
    theirs = msgmerge(po, site / "locales/templates/LC_MESSAGES" / f"{SLUG}.pot")
    update(project, ["es"], slugs=[SLUG])
    ours, notes = without_change_notes(po.read_text("utf-8"))
    assert notes == 1 and ours == theirs
    entry = entry_starting(catalog(site, "es"), "Long-lasting pain")
    assert entry.previous_msgid == DEFINITION
    assert entry.comment.split("\n")[1] == (
        "CRITICAL (number) changed: Chronic → Long-lasting; three → six"
    )


def test_cli_update_extracts_what_changed_first(site: Path, run_cli: Run) -> None:
    """A source edited and update run alone: the template follows, and the catalogs with it
    (it used to say '0 catalogs changed' from the stale template, and nothing else)."""
    quiet = run_cli("update", "-p", str(site))
    assert quiet.returncode == 0 and "wrote locales/templates" not in quiet.stdout  # near miss
    assert "0 catalogs changed" in quiet.stdout
    edit(site, "more than three months", "more than six months")
    done = run_cli("update", "-p", str(site))
    assert done.returncode == 0, done.stderr
    assert f"wrote locales/templates/LC_MESSAGES/{SLUG}.pot (its article changed)" in done.stdout
    assert f"{len(LANGUAGES)} catalogs changed" in done.stdout
    for language in LANGUAGES:
        entry = entry_starting(catalog(site, language), "Chronic pain is defined")
        assert "fuzzy" in entry.flags and "six months" in entry.msgid
