"""The shortcuts ``check`` takes for speed find exactly what the long way finds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from painl10n import Project, extract, update
from painl10n.checks.examine import EntryMemo, examine_catalog
from painl10n.checks.hidden import _printable
from painl10n.pipeline.check import entry_context, run_checks
from painl10n.pipeline.update import read_catalog
from painl10n.reports.formats import FORMATS, render
from painl10n.text.visible import hidden_characters
from tests.helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

import bench_all


def test_remembered_entries_find_what_each_entry_finds(tmp_path: Path) -> None:
    """The benchmark corpus repeats sentences across articles: with the memo, each
    repeated (msgid, msgstr) is answered from it, and every finding is the same."""
    root = bench_all.make_project(tmp_path / "corpus", 8)
    extract(Project.load(root))
    update(Project.load(root))
    bench_all.pseudo_translate(root)
    project = Project.load(root)
    checked = remembered = 0
    for language in project.settings.languages:
        context = entry_context(project, language)
        memo = EntryMemo()
        for slug in project.template_slugs():
            catalog = read_catalog(project, language, slug)
            assert catalog is not None
            shown = f"{language}/{slug}"
            plain = examine_catalog(catalog, context, shown, {}, {})
            before = len(memo._found)
            quick = examine_catalog(catalog, context, shown, {}, {}, memo=memo)
            assert quick == plain
            translated = sum(1 for e in catalog if e.translated() and not e.obsolete)
            checked += translated
            remembered += translated - (len(memo._found) - before)
    assert plain.findings, "the corpus has findings to compare"
    assert remembered > checked // 4, (remembered, checked)  # the memo was used


def test_a_run_is_the_same_with_its_memo_bounded_to_a_few_pairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = bench_all.make_project(tmp_path / "corpus", 6)
    extract(Project.load(root))
    update(Project.load(root))
    bench_all.pseudo_translate(root)
    report = run_checks(Project.load(root))
    wide = {fmt: render(report, fmt) for fmt in FORMATS}
    original = EntryMemo.__init__

    def small(self: EntryMemo, size: int = 4096) -> None:
        original(self, 3)  # pairs forgotten all the time

    monkeypatch.setattr(EntryMemo, "__init__", small)
    report = run_checks(Project.load(root))
    assert {fmt: render(report, fmt) for fmt in FORMATS} == wide


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
def test_a_printable_text_has_no_hidden_character(text: str) -> None:
    if _printable(text):
        assert not hidden_characters(text)


def test_layout_and_hidden_characters_near_the_shortcut() -> None:
    assert _printable("línea\n\tsiguiente") and not hidden_characters("línea\n\tsiguiente")
    for char in "\u202e\u200b\u200e\x1b\u2066\ufeff":
        assert not _printable(f"Tome {char}10 mg") and hidden_characters(f"Tome {char}10 mg")
    assert not _printable("a\u00a0b")  # not printable, yet not hidden: the long way decides
    assert not hidden_characters("a\u00a0b")


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
def test_visible_length_shortcut_counts_as_the_long_way(text: str) -> None:
    import unicodedata

    from painl10n.checks.style import _visible, _visible_length

    visible = _visible(text)
    expected = sum(unicodedata.category(c) not in ("Mn", "Me", "Cf") for c in visible)
    assert _visible_length(text) == expected


def test_visible_length_near_the_shortcut() -> None:
    from painl10n.checks.style import _visible_length

    assert _visible_length("Dosis\u00admaß: 5 mg") == len("Dosismaß: 5 mg")  # soft hyphen
    assert _visible_length("e\u0301te\u0301") == 3  # combining acute (U+0301) not counted
    assert _visible_length("الدَّواء") == 6  # harakat not counted
