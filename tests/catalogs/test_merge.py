"""update's merge: exact, fuzzy (with previous msgid), obsolete, revived — nothing lost."""

from __future__ import annotations

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from painl10n.catalogs.change_notes import change_note
from painl10n.catalogs.merge import merge
from painl10n.catalogs.template import build_template
from painl10n.po import write_po
from painl10n.sources.segment import segment_article
from tests.helpers import REPO

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

    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_merge import catalogs

    from painl10n.catalogs import similar as fuzzy

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


# -- for the reviewer: change notes and typography-only edits -----------------


def test_fuzzy_entry_says_what_changed_after_the_template_comment() -> None:
    changed = [BASE[0].replace("three", "six").replace("lasts", "does not last"), *BASE[1:]]
    new, _ = merge(template(changed), translated(BASE), "es", slug="a")
    entry = by_msgid(new)[changed[0]]
    assert entry.comment.split("\n") == [
        "paragraph",
        "CRITICAL (number, negation) changed: lasts → does not last; three → six",
    ]
    assert all(e.comment == "paragraph" for e in new if e is not entry)


def test_change_note_survives_a_second_update_unchanged() -> None:
    changed = [BASE[0].replace("three", "six"), *BASE[1:]]
    first, _ = merge(template(changed), translated(BASE), "es", slug="a")
    second, _ = merge(template(changed), first, "es", slug="a")
    assert write_po(second) == write_po(first)
    assert by_msgid(second)[changed[0]].comment.count("changed:") == 1


def test_change_note_follows_the_previous_msgid_not_the_last_edit() -> None:
    """Edited twice before review: the note compares with what was translated."""
    once = [BASE[0].replace("three", "six"), *BASE[1:]]
    twice = [once[0].replace("Chronic", "Long-lasting"), *BASE[1:]]
    first, _ = merge(template(once), translated(BASE), "es", slug="a")
    second, _ = merge(template(twice), first, "es", slug="a")
    entry = by_msgid(second)[twice[0]]
    assert entry.previous_msgid == BASE[0]
    assert entry.comment.endswith("changed: Chronic → Long-lasting; three → six")


def test_change_note_goes_when_the_translator_clears_fuzzy() -> None:
    changed = [BASE[0].replace("three", "six"), *BASE[1:]]
    first, _ = merge(template(changed), translated(BASE), "es", slug="a")
    entry = by_msgid(first)[changed[0]]
    entry.flags.remove("fuzzy")
    entry.previous_msgid = None
    entry.msgstr = "ES: " + changed[0]
    second, stats = merge(template(changed), first, "es", slug="a")
    assert by_msgid(second)[changed[0]].comment == "paragraph"
    assert stats.kept == 4 and stats.fuzzy == 0


def test_change_note_is_worked_out_once_for_every_language() -> None:
    """Each language's catalog notes the same source edit; the diff runs once."""
    changed = [BASE[0].replace("three", "six"), *BASE[1:]]
    change_note.cache_clear()
    notes = set()
    for language in ("es", "fr", "de", "ar"):
        new, _ = merge(template(changed), translated(BASE), language, slug="a")
        notes.add(by_msgid(new)[changed[0]].comment)
    assert notes == {"paragraph\nCRITICAL (number) changed: three → six"}
    assert change_note.cache_info().misses == 1


def test_author_note_that_looks_like_a_change_note_is_kept_as_it_is() -> None:
    """Only update's own line is derived; a template comment is never taken for it."""
    note = "<!-- painl10n: note changed: three → six (per the 2024 guideline) -->\n"
    old_article = segment_article(
        note + BASE[0] + "\n", ref="source/a.md", default_slug="a", front_matter_fields=()
    )
    old_tmpl = build_template(old_article, source_language="en", bugs_address="", created="x")
    old, _ = merge(old_tmpl, None, "es", slug="a")
    old[0].msgstr = "ES"
    # Not fuzzy: the author's note stays, nothing is added.
    same, _ = merge(old_tmpl, old, "es", slug="a")
    assert same[0].comment == "paragraph\nchanged: three → six (per the 2024 guideline)"
    # Fuzzy: the author's note, then ours.
    edited = segment_article(
        note + BASE[0].replace("pain", "aches") + "\n",
        ref="source/a.md",
        default_slug="a",
        front_matter_fields=(),
    )
    new_tmpl = build_template(edited, source_language="en", bugs_address="", created="x")
    fuzzy, _ = merge(new_tmpl, same, "es", slug="a")
    assert fuzzy[0].comment.split("\n") == [
        "paragraph",
        "changed: three → six (per the 2024 guideline)",
        "changed: pain → aches",
    ]
    cleared, _ = merge(new_tmpl, fuzzy, "es", slug="a")
    assert cleared[0].comment == fuzzy[0].comment  # derived again, not doubled
    cleared[0].flags.remove("fuzzy")
    cleared[0].previous_msgid = None
    final, _ = merge(new_tmpl, cleared, "es", slug="a")
    assert final[0].comment == "paragraph\nchanged: three → six (per the 2024 guideline)"


def test_typography_only_edit_keeps_the_translation_unfuzzied() -> None:
    old = translated(BASE)
    old[2].tcomment = "Reviewed"
    retyped = [BASE[0], BASE[1], "Talk to a health\u00a0care provider.", BASE[3]]
    new, stats = merge(template(retyped), old, "es", slug="a")
    entry = by_msgid(new)[retyped[2]]
    assert (stats.retypeset, stats.kept, stats.fuzzy, stats.new, stats.obsoleted) == (1, 3, 0, 0, 0)
    assert entry.msgstr == "ES: " + BASE[2] and entry.tcomment == "Reviewed"
    assert entry.flags == [] and entry.previous_msgid is None
    assert entry.comment == "paragraph"
    assert not any(e.obsolete for e in new)


def test_typography_edit_of_a_fuzzy_entry_keeps_it_fuzzy_against_the_old_text() -> None:
    once = [BASE[0].replace("three", "six"), *BASE[1:]]
    first, _ = merge(template(once), translated(BASE), "es", slug="a")
    retyped = [once[0].replace("six months", "six\u00a0months"), *BASE[1:]]
    second, stats = merge(template(retyped), first, "es", slug="a")
    entry = by_msgid(second)[retyped[0]]
    assert stats.retypeset == 1 and stats.fuzzy == 0
    assert entry.flags == ["fuzzy"] and entry.previous_msgid == BASE[0]
    assert entry.comment.endswith("CRITICAL (number) changed: three → six")


@pytest.mark.parametrize(
    "edited",
    [
        BASE[1].replace("NMDA receptors", "*NMDA* receptors"),  # Markdown added
        BASE[0].replace("three", "3"),  # a number written differently
        BASE[0].replace("more than", "more-than"),  # a space became a dash
        BASE[0].replace("months.", "months!"),  # other punctuation
    ],
)
def test_near_typography_edit_becomes_fuzzy(edited: str) -> None:
    base = BASE[0] if edited.startswith("Chronic") else BASE[1]
    paragraphs = [edited if p == base else p for p in BASE]
    new, stats = merge(template(paragraphs), translated(BASE), "es", slug="a")
    assert stats.retypeset == 0 and stats.fuzzy == 1
    assert by_msgid(new)[edited].previous_msgid == base


def test_typography_match_needs_the_same_context() -> None:
    old = translated(["Don't"])
    text = "<!-- painl10n: context button -->\nDon\u2019t\n"
    article = segment_article(text, ref="source/a.md", default_slug="a", front_matter_fields=())
    tmpl = build_template(article, source_language="en", bugs_address="", created="x")
    new, stats = merge(tmpl, old, "es", slug="a")
    assert stats.retypeset == 0 and stats.fuzzy == 1 and "fuzzy" in new[0].flags
