"""update's merge: exact, fuzzy (with previous msgid), obsolete, revived — nothing lost."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from painl10n.catalog import build_template
from painl10n.merge import merge
from painl10n.segment import segment_article

BASE = [
    "Chronic pain lasts for more than three months.",
    "Ketamine blocks NMDA receptors in the brain.",
    "Talk to a health care provider.",
    "Migraines often involve throbbing pain on one side of the head.",
]


def template(paragraphs: list[str]) -> polib.POFile:
    article = segment_article(
        "\n\n".join(paragraphs) + "\n", ref="source/a.md", default_slug="a", front_matter_fields=()
    )
    return build_template(
        article, source_language="en", bugs_address="", created="2024-01-01 00:00+0000"
    )


def translated(paragraphs: list[str]) -> polib.POFile:
    catalog, _ = merge(template(paragraphs), None, "es", slug="a")
    for entry in catalog:
        entry.msgstr = "ES: " + entry.msgid
    return catalog


def by_msgid(catalog: polib.POFile) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in catalog}


def test_new_catalog_has_header_and_untranslated_entries() -> None:
    catalog, stats = merge(template(BASE), None, "ar", slug="a")
    assert stats.new == 4 and stats.kept == 0
    assert catalog.metadata["Language"] == "ar"
    assert catalog.metadata["Plural-Forms"].startswith("nplurals=6;")
    assert [e.msgstr for e in catalog] == ["", "", "", ""]
    assert catalog[0].occurrences == [("source/a.md", "1")]
    assert catalog[0].comment == "paragraph"


def test_unchanged_strings_keep_translation_comments_and_header() -> None:
    old = translated(BASE)
    old[1].tcomment = "Checked by Dr. Ruiz"
    old.metadata["Last-Translator"] = "Ana <ana@example.org>"
    old.metadata["X-Generator"] = "Poedit 3.4"
    new, stats = merge(template(BASE), old, "es", slug="a")
    assert new.metadata["X-Generator"] == "Poedit 3.4"
    assert stats.kept == 4
    assert by_msgid(new)[BASE[1]].tcomment == "Checked by Dr. Ruiz"
    assert new.metadata["Last-Translator"] == "Ana <ana@example.org>"
    assert all(e.msgstr == "ES: " + e.msgid for e in new)


def test_changed_string_becomes_fuzzy_with_previous_msgid() -> None:
    changed = [BASE[0].replace("three", "six"), *BASE[1:]]
    new, stats = merge(template(changed), translated(BASE), "es", slug="a")
    entry = by_msgid(new)[changed[0]]
    assert stats.fuzzy == 1 and stats.kept == 3 and stats.obsoleted == 0
    assert entry.flags == ["fuzzy"]
    assert entry.previous_msgid == BASE[0]
    assert entry.msgstr == "ES: " + BASE[0]


def test_removed_string_becomes_obsolete_and_comes_back() -> None:
    old = translated(BASE)
    shorter, stats = merge(template(BASE[:2]), old, "es", slug="a")
    assert stats.obsoleted == 2
    obsolete = [e for e in shorter if e.obsolete]
    assert [e.msgid for e in obsolete] == BASE[2:]
    assert all(e.msgstr == "ES: " + e.msgid for e in obsolete)
    again, stats = merge(template(BASE), shorter, "es", slug="a")
    assert stats.revived == 2 and not any(e.obsolete for e in again)
    assert all(e.msgstr == "ES: " + e.msgid for e in again)


def test_unrelated_new_string_is_not_matched() -> None:
    new, stats = merge(
        template([*BASE, "Completely different words here."]), translated(BASE), "es", slug="a"
    )
    assert stats.new == 1
    assert by_msgid(new)["Completely different words here."].msgstr == ""


def test_fuzzy_state_survives_an_update() -> None:
    changed = [BASE[0].replace("three", "six"), *BASE[1:]]
    first, _ = merge(template(changed), translated(BASE), "es", slug="a")
    second, stats = merge(template(changed), first, "es", slug="a")
    entry = by_msgid(second)[changed[0]]
    assert "fuzzy" in entry.flags and entry.previous_msgid == BASE[0]
    assert stats.kept == 4


def test_same_text_in_another_context_is_offered_as_fuzzy() -> None:
    old = translated(["Open"])
    text = "<!-- painl10n: context button -->\nOpen\n"
    article = segment_article(text, ref="source/a.md", default_slug="a", front_matter_fields=())
    tmpl = build_template(article, source_language="en", bugs_address="", created="x")
    new, stats = merge(tmpl, old, "es", slug="a")
    assert stats.fuzzy == 1
    assert new[0].msgctxt == "button" and new[0].msgstr == "ES: Open" and "fuzzy" in new[0].flags


edits = st.lists(
    st.tuples(st.integers(0, 3), st.sampled_from(["drop", "change", "keep", "add"])),
    min_size=1,
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(edits)
def test_no_translation_is_ever_lost(plan: list[tuple[int, str]]) -> None:
    """Whatever the edits, every old translation is still in the new catalog."""
    paragraphs = list(BASE)
    for index, action in plan:
        if not paragraphs:
            break
        index %= len(paragraphs)
        if action == "drop":
            paragraphs.pop(index)
        elif action == "change":
            paragraphs[index] = paragraphs[index].replace(" ", " really ", 1)
        elif action == "add":
            paragraphs.insert(index, f"New paragraph number {len(paragraphs)} about sleep.")
    old = translated(BASE)
    new, _ = merge(template(paragraphs) if paragraphs else polib.POFile(), old, "es", slug="a")
    surviving = {e.msgstr for e in new if e.msgstr}
    for entry in old:
        assert entry.msgstr in surviving


def test_fuzzy_search_compares_a_bounded_number_of_pairs(monkeypatch: object) -> None:
    """update must not compare every new string with every old one (Babel does)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from bench_merge import catalogs

    from painl10n import fuzzy

    calls = 0
    real = fuzzy.similarity

    def counting(a: str, b: str, floor: float = 0.0) -> float:
        nonlocal calls
        calls += 1
        return real(a, b, floor)

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(fuzzy, "similarity", counting)
    template, old = catalogs(4_000)
    _, stats = merge(template, old, "es", slug="bench")
    changed = stats.fuzzy + stats.new
    assert stats.fuzzy > 150 and stats.kept > 3_500
    assert calls <= 12 * changed  # a handful of candidates per changed string
