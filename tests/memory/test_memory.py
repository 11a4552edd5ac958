"""Translation memory on `update`: new strings pre-filled (fuzzy) from other articles."""

from __future__ import annotations

import math
from pathlib import Path

import polib
import pytest

from painl10n import Project, extract, update
from painl10n.catalogs.similar import similarity
from painl10n.errors import Painl10nError
from painl10n.memory.engine import TranslationMemory, Unit
from painl10n.memory.notes import suggestion_notes
from painl10n.po import read_po_file, write_po
from tests.helpers.project import snapshot

SHIPPED = "psychobiology-of-chronic-pain"
SHARED = (
    "Chronic pain is defined as pain that lasts for more than three months or longer "
    "than the typical healing time for an injury or illness."
)
CLOSE = SHARED.replace("three months", "six months")
FAR = "Chronic pain is common, and it can last for months after an injury has healed."
NEW = "Bananas are a good source of potassium."
LANGUAGES = ("es", "fr", "de", "ar")


def write_article(site: Path, slug: str, *paragraphs: str) -> None:
    body = "\n\n".join(paragraphs)
    (site / "source" / f"{slug}.md").write_text(
        f"---\ntitle: Article {slug}\nslug: {slug}\n---\n\n{body}\n", "utf-8"
    )


def run_update(site: Path) -> None:
    project = Project.load(site)
    extract(project)
    update(project)


def catalog(site: Path, language: str, slug: str) -> polib.POFile:
    return read_po_file(site / "locales" / language / "LC_MESSAGES" / f"{slug}.po")


def entry(site: Path, language: str, slug: str, msgid: str) -> polib.POEntry:
    found = catalog(site, language, slug).find(msgid)
    assert found is not None, msgid
    return found


def set_setting(site: Path, line: str) -> None:
    settings = site / "pyproject.toml"
    settings.write_text(settings.read_text("utf-8") + line + "\n", "utf-8")


def save(site: Path, language: str, slug: str, po: polib.POFile) -> None:
    path = site / "locales" / language / "LC_MESSAGES" / f"{slug}.po"
    path.write_text(write_po(po), "utf-8")


def test_new_article_gets_exact_match_from_shipped_article_as_fuzzy(site: Path) -> None:
    write_article(site, "second", SHARED, NEW)
    run_update(site)
    for language in LANGUAGES:
        shipped = entry(site, language, SHIPPED, SHARED)
        assert shipped.msgstr and "fuzzy" not in shipped.flags
        got = entry(site, language, "second", SHARED)
        assert got.msgstr == shipped.msgstr
        assert "fuzzy" in got.flags  # exact, but a reviewer must confirm
        assert got.previous_msgid == SHARED
        assert suggestion_notes(got) == [f"tm: 100% from {SHIPPED}"]
        lines = got.comment.splitlines()
        assert lines[0] == "paragraph"  # the template's own comment stays first
        assert any(line.startswith("glossary: ") for line in lines)
        assert lines[-1] == f"tm: 100% from {SHIPPED}"
        untouched = entry(site, language, "second", NEW)
        assert untouched.msgstr == "" and not suggestion_notes(untouched) and not untouched.flags


def test_close_match_names_score_and_previous_msgid(site: Path) -> None:
    write_article(site, "second", CLOSE)
    run_update(site)
    score = similarity(CLOSE, SHARED)
    assert 0.75 <= score < 1
    got = entry(site, "es", "second", CLOSE)
    assert got.msgstr == entry(site, "es", SHIPPED, SHARED).msgstr
    assert "fuzzy" in got.flags
    assert got.previous_msgid == SHARED
    assert suggestion_notes(got) == [f"tm: {math.floor(score * 100)}% from {SHIPPED}"]


def test_written_catalog_is_msgcat_clean_and_passes_msgfmt(site: Path) -> None:
    from tests.helpers.gettext import msgcat, run_gettext

    write_article(site, "second", SHARED, CLOSE)
    run_update(site)
    text = (site / "locales" / "ar" / "LC_MESSAGES" / "second.po").read_text("utf-8")
    assert "#. tm: 100% from" in text and "#| msgid" in text
    assert msgcat(text) == text
    done = run_gettext("msgfmt", "-c", "-o", "/dev/null", "-", text=text)
    assert done.returncode == 0, done.stderr.decode()


def test_threshold_is_respected_near_miss_gives_nothing(site: Path) -> None:
    score = similarity(CLOSE, SHARED)
    set_setting(site, f"tm_threshold = {score + 0.005:.4f}")
    write_article(site, "second", CLOSE)
    run_update(site)
    missed = entry(site, "es", "second", CLOSE)
    assert missed.msgstr == "" and not suggestion_notes(missed) and "fuzzy" not in missed.flags


def test_threshold_just_below_score_matches(site: Path) -> None:
    score = similarity(CLOSE, SHARED)
    set_setting(site, f"tm_threshold = {score - 0.005:.4f}")
    write_article(site, "second", CLOSE)
    run_update(site)
    assert entry(site, "es", "second", CLOSE).msgstr


def test_dissimilar_sentence_below_default_threshold_gets_nothing(site: Path) -> None:
    best = max(similarity(FAR, e.msgid) for e in catalog(site, "es", SHIPPED))
    assert 0.3 < best < 0.75  # shares words with the shipped article, not enough
    write_article(site, "second", FAR)
    run_update(site)
    assert entry(site, "es", "second", FAR).msgstr == ""


def test_update_twice_equals_update_once(site: Path) -> None:
    write_article(site, "second", SHARED, CLOSE, NEW)
    run_update(site)
    first = snapshot(site / "locales")
    run_update(site)
    assert snapshot(site / "locales") == first
    assert suggestion_notes(entry(site, "fr", "second", CLOSE))


def test_accepted_entry_loses_the_note_and_keeps_translation(site: Path) -> None:
    write_article(site, "second", SHARED, CLOSE)
    run_update(site)
    po = catalog(site, "de", "second")
    accepted = po.find(SHARED)
    accepted.flags.remove("fuzzy")
    accepted.previous_msgid = None
    save(site, "de", "second", po)
    run_update(site)
    after = entry(site, "de", "second", SHARED)
    assert after.msgstr == accepted.msgstr and "fuzzy" not in after.flags
    assert suggestion_notes(after) == [] and "tm:" not in after.comment
    still_fuzzy = entry(site, "de", "second", CLOSE)
    assert "fuzzy" in still_fuzzy.flags and suggestion_notes(still_fuzzy)


def test_a_string_is_not_suggested_from_its_own_article(site: Path) -> None:
    source = site / "source" / f"{SHIPPED}.md"
    source.write_text(source.read_text("utf-8") + f"\n{CLOSE}\n", "utf-8")
    run_update(site)
    own = entry(site, "es", SHIPPED, CLOSE)
    assert own.msgstr == "" and not suggestion_notes(own)  # SHARED is in the same article
    write_article(site, "second", CLOSE)
    run_update(site)
    assert suggestion_notes(entry(site, "es", "second", CLOSE))  # from another article it is


def test_fuzzy_translations_are_not_a_source(site: Path) -> None:
    po = catalog(site, "es", SHIPPED)
    po.find(SHARED).flags.append("fuzzy")
    save(site, "es", SHIPPED, po)
    write_article(site, "second", SHARED)
    run_update(site)
    assert entry(site, "es", "second", SHARED).msgstr == ""
    assert entry(site, "fr", "second", SHARED).msgstr  # the other languages still match


def test_tm_false_turns_it_off(site: Path) -> None:
    set_setting(site, "tm = false")
    write_article(site, "second", SHARED)
    run_update(site)
    assert entry(site, "es", "second", SHARED).msgstr == ""


def test_ties_go_to_the_first_article_by_slug_whatever_the_order(site: Path) -> None:
    sentence = "Rest and gentle movement both help after a flare of back pain."
    write_article(site, "zeta", sentence)
    write_article(site, "alpha", sentence)
    run_update(site)
    for slug, translation in (("zeta", "Traducción zeta."), ("alpha", "Traducción alfa.")):
        po = catalog(site, "es", slug)
        po.find(sentence).msgstr = translation
        save(site, "es", slug, po)
    write_article(site, "middle", sentence)
    run_update(site)
    got = entry(site, "es", "middle", sentence)
    assert got.msgstr == "Traducción alfa."
    assert suggestion_notes(got) == ["tm: 100% from alpha"]


def test_memory_ties_break_by_score_then_origin_then_source() -> None:
    units = [
        Unit("Take one tablet daily with food.", "B", "b-article"),
        Unit("Take one tablet daily with food.", "A", "a-article"),
        Unit("Take one tablet daily with food.", "M", "locales/memory/es.tmx", imported=True),
        Unit("Take two tablets daily with food.", "X", "0-article"),
    ]
    memory = TranslationMemory(reversed(units))
    exact = memory.suggest("Take one tablet daily with food.", 0.75, exclude="none")
    assert exact is not None and exact.unit.target == "A" and exact.percent == 100
    without_a = memory.suggest("Take one tablet daily with food.", 0.75, exclude="a-article")
    assert without_a is not None and without_a.unit.target == "B"
    close = memory.suggest("Take one tablet daily with fruit.", 0.5, exclude="none")
    assert close is not None and close.unit.target == "A" and close.percent < 100
    imported_only = TranslationMemory(units[2:3])
    found = imported_only.suggest("Take one tablet daily with food.", 0.75, exclude="x")
    assert found is not None and found.note() == "tm: 100% from locales/memory/es.tmx"


def test_a_rounded_score_never_claims_100_percent() -> None:
    long = " ".join(f"word{n}" for n in range(300))
    memory = TranslationMemory([Unit(long + ".", "t", "other")])
    found = memory.suggest(long + "!", 0.5, exclude="x")
    assert found is not None and found.score > 0.995 and found.percent == 99
    spaced = memory.suggest(long.replace(" ", "  ", 1) + ".", 0.5, exclude="x")
    assert spaced is not None and spaced.score == 1.0 and spaced.percent == 99  # not identical


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("tm_threshold = 1.5", "'tm_threshold' must be a number from 0 to 1"),
        ("tm_threshold = -0.1", "'tm_threshold' must be a number from 0 to 1"),
        ('tm_threshold = "high"', "'tm_threshold' must be a number from 0 to 1"),
        ("tm_threshold = true", "'tm_threshold' must be a number from 0 to 1"),
        ('tm = "yes"', "setting 'tm' must be a bool"),
    ],
)
def test_bad_tm_settings_are_one_line_errors(site: Path, line: str, message: str) -> None:
    set_setting(site, line)
    with pytest.raises(Painl10nError) as caught:
        Project.load(site)
    assert message in str(caught.value) and "pyproject.toml" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_threshold_bounds_are_accepted(site: Path) -> None:
    set_setting(site, "tm_threshold = 1")
    assert Project.load(site).settings.tm_threshold == 1.0
    assert Project.load(site).settings.tm is True
