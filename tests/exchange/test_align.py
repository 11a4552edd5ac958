"""align: a translation made outside painl10n seeds the catalog, block by block."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from painl10n.exchange.align import align_articles
from painl10n.exchange.seed import seed_catalog
from painl10n.pipeline.build import build
from painl10n.pipeline.update import update
from painl10n.po import read_po_file, write_po
from painl10n.project import Project
from painl10n.sources.segment import segment_article
from tests.helpers.project import snapshot

Run = Callable[..., subprocess.CompletedProcess[str]]
LANGUAGES = ["es", "fr", "de", "ar"]
SLUGS = ["ketamine-for-physical-and-mental-pain", "psychobiology-of-chronic-pain"]
FIELDS = ("title", "description")


def _translations(catalog: polib.POFile) -> dict[tuple[str | None, str], str]:
    return {(e.msgctxt, e.msgid): e.msgstr for e in catalog if not e.obsolete}


@pytest.fixture
def built(site: Path) -> Path:
    build(Project.load(site))
    return site


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_translation_is_recovered_as_fuzzy(built: Path, language: str) -> None:
    project = Project.load(built)
    for slug in SLUGS:
        path = project.catalog_path(language, slug)
        original = read_po_file(path)
        assert all(e.msgstr and "fuzzy" not in e.flags for e in original)
        path.unlink()
        result = seed_catalog(
            project, f"source/{slug}.md", built / "output" / language / f"{slug}.md", language
        )
        seeded = read_po_file(path)
        assert _translations(seeded) == _translations(original)
        assert all("fuzzy" in e.flags for e in seeded)
        assert all("\naligned: confidence " in e.comment for e in seeded)
        assert result.aligned == len(original) and result.kept == 0
        assert result.unaligned == [] and result.extra == []


def test_the_aligned_note_stays_while_the_entry_is_fuzzy(built: Path) -> None:
    """update rebuilds extracted comments from the template; the note saying where a
    seeded translation came from must survive until the translator reviews it."""
    project = Project.load(built)
    slug = SLUGS[0]
    path = project.catalog_path("es", slug)
    path.unlink()
    seed_catalog(project, f"source/{slug}.md", built / "output" / "es" / f"{slug}.md", "es")
    seeded = read_po_file(path)
    notes = {e.msgid: e.comment.splitlines()[-1] for e in seeded}
    assert all(note.startswith("aligned: confidence ") for note in notes.values())
    reviewed = seeded[0]
    reviewed.flags.remove("fuzzy")
    path.write_text(write_po(seeded), "utf-8")

    update(project)

    after = read_po_file(path)
    assert "aligned:" not in after[0].comment and after[0].msgid == reviewed.msgid
    for entry in after[1:]:
        assert "fuzzy" in entry.flags
        assert entry.comment.splitlines().count(notes[entry.msgid]) == 1
    text = path.read_text("utf-8")
    update(project)
    assert path.read_text("utf-8") == text  # a second update changes nothing


def _remove_and_add(text: str, removed: str, after: str, added: str) -> str:
    assert removed in text and after in text
    text = text.replace(removed + "\n\n", "", 1)
    return text.replace(after + "\n\n", after + "\n\n" + added + "\n\n", 1)


def test_a_removed_and_an_added_paragraph_do_not_shift_the_rest(built: Path) -> None:
    project = Project.load(built)
    slug = SLUGS[1]
    path = project.catalog_path("es", slug)
    original = _translations(read_po_file(path))
    built_md = built / "output" / "es" / f"{slug}.md"
    paragraphs = built_md.read_text("utf-8").split("\n\n")
    removed, after = paragraphs[3], paragraphs[9]
    added = "Este párrafo lo añadió la editorial y no tiene equivalente en el original."
    built_md.write_text(_remove_and_add(built_md.read_text("utf-8"), removed, after, added))
    path.unlink()

    result = seed_catalog(project, slug, built_md, "es")

    removed_source = [k for k, v in original.items() if v == " ".join(removed.split())]
    assert len(removed_source) == 1
    assert [(s.context, s.msgid) for s in result.unaligned] == removed_source
    assert [s.msgid for s in result.extra] == [added]
    seeded = read_po_file(path)
    for entry in seeded:
        if (entry.msgctxt, entry.msgid) in removed_source:
            assert entry.msgstr == "" and "fuzzy" not in entry.flags
        else:
            assert entry.msgstr == original[(entry.msgctxt, entry.msgid)]
            assert "fuzzy" in entry.flags


def test_reviewed_translations_are_never_overwritten(built: Path) -> None:
    project = Project.load(built)
    slug = SLUGS[0]
    path = project.catalog_path("fr", slug)
    catalog = read_po_file(path)
    entries = list(catalog)
    reviewed, emptied, fuzzy = entries[2], entries[3], entries[4]
    reviewed_before = reviewed.msgstr
    expected_emptied, expected_fuzzy = emptied.msgstr, fuzzy.msgstr
    emptied.msgstr = ""
    fuzzy.msgstr = "ancienne traduction à revoir"
    fuzzy.flags.append("fuzzy")
    path.write_text(write_po(catalog), "utf-8")
    built_md = built / "output" / "fr" / f"{slug}.md"
    # The publisher's file says something else for the reviewed string: ours wins.
    text = built_md.read_text("utf-8").replace(reviewed_before, reviewed_before + " Modifié.", 1)
    built_md.write_text(text, "utf-8")

    result = seed_catalog(project, slug, built_md, "fr")

    after = {e.msgid: e for e in read_po_file(path)}
    assert after[reviewed.msgid].msgstr == reviewed_before
    assert "fuzzy" not in after[reviewed.msgid].flags
    assert after[emptied.msgid].msgstr == expected_emptied
    assert after[fuzzy.msgid].msgstr == expected_fuzzy
    assert "fuzzy" in after[emptied.msgid].flags and "fuzzy" in after[fuzzy.msgid].flags
    assert (result.aligned, result.kept) == (2, len(entries) - 2)


def test_second_run_writes_nothing(built: Path) -> None:
    project = Project.load(built)
    slug = SLUGS[0]
    path = project.catalog_path("de", slug)
    path.unlink()
    translated = built / "output" / "de" / f"{slug}.md"
    assert seed_catalog(project, slug, translated, "de").written
    before = path.read_bytes()
    again = seed_catalog(project, slug, translated, "de")
    assert not again.written and path.read_bytes() == before


def test_cli_reports_counts_and_the_blocks_left_out(built: Path, run_cli: Run) -> None:
    slug = SLUGS[1]
    translated = built / "output" / "ar" / f"{slug}.md"
    text = translated.read_text("utf-8")
    heading = next(line for line in text.split("\n") if line.startswith("## "))
    translated.write_text(text.replace(heading + "\n\n", "", 1), "utf-8")
    (built / "locales" / "ar" / "LC_MESSAGES" / f"{slug}.po").unlink()

    done = run_cli("align", f"source/{slug}.md", str(translated), "-l", "ar", "-p", str(built))

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        f"locales/ar/LC_MESSAGES/{slug}.po: 36 aligned (fuzzy, for review), "
        "0 already translated and kept, 1 source blocks unaligned, 0 extra translated blocks"
    )
    assert lines[1].startswith(f"  unaligned source/{slug}.md:") and "heading h2" in lines[1]
    assert len(lines) == 2


def test_source_outside_the_project_is_a_one_line_error(
    built: Path, run_cli: Run, tmp_path: Path
) -> None:
    stray = tmp_path / "elsewhere.md"
    stray.write_text("# Hello\n\nWorld.\n", "utf-8")
    before = snapshot(built / "locales")
    done = run_cli("align", str(stray), str(stray), "-l", "es", "-p", str(built))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "is not an article of this project" in done.stderr
    assert snapshot(built / "locales") == before


def test_a_dropped_list_item_leaves_the_others_paired() -> None:
    source = segment_article(
        "# Doses\n\n"
        "- Take 5 mg in the morning with water.\n"
        "- Never exceed 20 mg in a single day.\n"
        "- Call the clinic at once if you feel dizzy or confused after a dose.\n"
        "- Keep a diary.\n",
        ref="s.md",
        default_slug="x",
        front_matter_fields=FIELDS,
    )
    translated = segment_article(
        "# Dosis\n\n"
        "- Tome 5 mg por la mañana con agua.\n"
        "- Llame a la clínica enseguida si se siente mareado o confuso tras una dosis.\n"
        "- Lleve un diario.\n",
        ref="t.md",
        default_slug="x",
        front_matter_fields=FIELDS,
    )
    alignment = align_articles(source, translated)
    pairs = [(p.source.msgid[:10], p.target.msgid[:10]) for p in alignment.pairs]
    assert pairs == [
        ("Doses", "Dosis"),
        ("Take 5 mg ", "Tome 5 mg "),
        ("Call the c", "Llame a la"),
        ("Keep a dia", "Lleve un d"),
    ]
    assert [s.msgid for s in alignment.unaligned] == ["Never exceed 20 mg in a single day."]
    assert alignment.extra == ()


def test_blocks_pair_only_with_the_same_kind() -> None:
    source = segment_article(
        "---\ntitle: Pain\ndescription: About pain.\n---\n\n## Causes\n\nText here.\n",
        ref="s.md",
        default_slug="x",
        front_matter_fields=FIELDS,
    )
    translated = segment_article(
        "---\ntitle: Dolor\n---\n\n### Causas\n\nTexto aquí.\n",
        ref="t.md",
        default_slug="x",
        front_matter_fields=FIELDS,
    )
    alignment = align_articles(source, translated)
    assert [(p.source.msgid, p.target.msgid) for p in alignment.pairs] == [
        ("Pain", "Dolor"),
        ("Text here.", "Texto aquí."),
    ]
    assert [s.kind for s in alignment.unaligned] == ["front matter: description", "heading h2"]
    assert [s.kind for s in alignment.extra] == ["heading h3"]
