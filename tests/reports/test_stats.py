"""painl10n stats: counts checked against polib's own view of the catalogs."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from painl10n.errors import Painl10nErrors
from painl10n.po import write_po
from painl10n.project import Project
from painl10n.reports.stats import as_text, collect_stats, entry_state
from painl10n.text.words import count_words

Run = Callable[..., subprocess.CompletedProcess[str]]
KETAMINE = "ketamine-for-physical-and-mental-pain"
PSYCHO = "psychobiology-of-chronic-pain"
ANSI = re.compile(r"\x1b\[")


def po_path(site: Path, lang: str, slug: str) -> Path:
    return site / "locales" / lang / "LC_MESSAGES" / f"{slug}.po"


def rewrite(site: Path, lang: str, slug: str, change: Callable[[polib.POFile], None]) -> None:
    path = po_path(site, lang, slug)
    catalog = polib.pofile(str(path))
    change(catalog)
    path.write_text(write_po(catalog), "utf-8")


def blank_and_fuzz(blank: int, fuzz: int) -> Callable[[polib.POFile], None]:
    def change(catalog: polib.POFile) -> None:
        live = [e for e in catalog if not e.obsolete]
        for entry in live[:blank]:
            entry.msgstr = ""
        for entry in live[blank : blank + fuzz]:
            entry.flags.append("fuzzy")

    return change


def expected(path: Path) -> dict[str, int]:
    """polib's own classification, the independent reference."""
    catalog = polib.pofile(str(path))
    words = {
        "translated": catalog.translated_entries(),
        "fuzzy": catalog.fuzzy_entries(),
        "untranslated": catalog.untranslated_entries(),
    }
    counts = {state: len(entries) for state, entries in words.items()}
    counts |= {
        f"words_{state}": sum(count_words(e.msgid) for e in entries)
        for state, entries in words.items()
    }
    return counts


def observed(site: Path, lang: str, slug: str) -> dict[str, int]:
    stats = collect_stats(Project.load(site), [lang])
    article = next(a for a in stats.language(lang).articles if a.slug == slug)
    return {
        "translated": article.strings.translated,
        "fuzzy": article.strings.fuzzy,
        "untranslated": article.strings.untranslated,
        "words_translated": article.words.translated,
        "words_fuzzy": article.words.fuzzy,
        "words_untranslated": article.words.untranslated,
    }


def test_shipped_catalogs_match_polib(site: Path) -> None:
    stats = collect_stats(Project.load(site))
    assert [item.language for item in stats.languages] == ["es", "fr", "de", "ar"]
    for item in stats.languages:
        assert [a.slug for a in item.articles] == [KETAMINE, PSYCHO]
        for article in item.articles:
            assert observed(site, item.language, article.slug) == expected(
                po_path(site, item.language, article.slug)
            )
        assert item.strings.total == 65
        assert item.strings.translated == 65
        assert item.strings.percent == 100.0


def test_blanked_and_fuzzy_entries_are_counted(site: Path) -> None:
    rewrite(site, "es", PSYCHO, blank_and_fuzz(blank=4, fuzz=3))
    rewrite(site, "es", KETAMINE, blank_and_fuzz(blank=1, fuzz=0))
    want = expected(po_path(site, "es", PSYCHO))
    assert (want["untranslated"], want["fuzzy"], want["translated"]) == (4, 3, 30)
    assert observed(site, "es", PSYCHO) == want
    assert observed(site, "es", KETAMINE) == expected(po_path(site, "es", KETAMINE))

    es = collect_stats(Project.load(site), ["es"]).language("es")
    assert (es.strings.translated, es.strings.fuzzy, es.strings.untranslated) == (57, 3, 5)
    assert es.strings.percent == pytest.approx(100 * 57 / 65)
    words_total = sum(
        count_words(e.msgid)
        for slug in (KETAMINE, PSYCHO)
        for e in polib.pofile(str(po_path(site, "es", slug)))
        if not e.obsolete
    )
    assert es.words.total == words_total
    assert es.words.percent == pytest.approx(100 * es.words.translated / words_total)
    assert 0 < es.words.untranslated + es.words.fuzzy < words_total
    # the other languages are untouched
    fr = collect_stats(Project.load(site), ["fr"]).language("fr")
    assert fr.strings.percent == 100.0


def test_obsolete_entries_are_not_counted_and_plurals_count_once(site: Path) -> None:
    before = observed(site, "de", PSYCHO)

    def add(catalog: polib.POFile) -> None:
        catalog.append(polib.POEntry(msgid="Gone sentence here", msgstr="Weg", obsolete=True))
        catalog.append(
            polib.POEntry(
                msgid="one tablet",
                msgid_plural="{n} tablets",
                msgstr_plural={0: "eine Tablette", 1: "{n} Tabletten"},
            )
        )
        catalog.append(
            polib.POEntry(
                msgid="one dose",
                msgid_plural="{n} doses",
                msgstr_plural={0: "eine Dosis", 1: ""},
            )
        )

    rewrite(site, "de", PSYCHO, add)
    after = observed(site, "de", PSYCHO)
    assert after["translated"] == before["translated"] + 1
    assert after["untranslated"] == before["untranslated"] + 1  # a form is missing
    assert after["words_translated"] == before["words_translated"] + 2  # "one tablet"
    assert after["words_untranslated"] == before["words_untranslated"] + 2  # "one dose"
    assert after == expected(po_path(site, "de", PSYCHO))


def test_entry_state_near_misses() -> None:
    assert entry_state(polib.POEntry(msgid="a", msgstr="b")) == "translated"
    assert entry_state(polib.POEntry(msgid="a", msgstr="b", flags=["fuzzy"])) == "fuzzy"
    # fuzzy with nothing translated is simply untranslated (nothing to review)
    assert entry_state(polib.POEntry(msgid="a", msgstr="", flags=["fuzzy"])) == "untranslated"
    assert entry_state(polib.POEntry(msgid="a", msgstr="b", flags=["c-format"])) == "translated"
    assert entry_state(polib.POEntry(msgid="a", msgstr="")) == "untranslated"


def test_missing_catalog_counts_the_template_as_untranslated(site: Path) -> None:
    po_path(site, "fr", KETAMINE).unlink()
    before = {p: p.read_bytes() for p in (site / "locales").rglob("*") if p.is_file()}
    stats = collect_stats(Project.load(site), ["fr"])
    article = next(a for a in stats.language("fr").articles if a.slug == KETAMINE)
    template = polib.pofile(str(site / "locales/templates/LC_MESSAGES" / f"{KETAMINE}.pot"))
    assert not article.catalog
    assert article.strings.untranslated == len([e for e in template if not e.obsolete]) == 28
    assert article.strings.translated == article.strings.fuzzy == 0
    assert article.words.untranslated == sum(count_words(e.msgid) for e in template)
    assert article.strings.percent == 0.0
    # stats reads only: no catalog was created or changed
    assert not po_path(site, "fr", KETAMINE).exists()
    assert {p: p.read_bytes() for p in (site / "locales").rglob("*") if p.is_file()} == before


def test_json_schema(site: Path, run_cli: Run) -> None:
    rewrite(site, "ar", KETAMINE, blank_and_fuzz(blank=2, fuzz=2))
    done = run_cli("stats", "--format", "json", "-p", str(site))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["version"] == 1
    assert data["source_language"] == "en"
    assert list(data["languages"]) == ["es", "fr", "de", "ar"]
    keys = {"total", "translated", "reviewed", "fuzzy", "untranslated", "percent"}
    keys.add("reviewed_percent")
    for language in data["languages"].values():
        assert set(language) == {"strings", "words", "articles"}
        assert set(language["strings"]) == set(language["words"]) == keys
        assert list(language["articles"]) == [KETAMINE, PSYCHO]
        for article in language["articles"].values():
            assert set(article) == {"file", "catalog", "strings", "words"}
            assert set(article["strings"]) == set(article["words"]) == keys
    ar = data["languages"]["ar"]["articles"][KETAMINE]
    want = expected(po_path(site, "ar", KETAMINE))
    assert ar["file"] == f"locales/ar/LC_MESSAGES/{KETAMINE}.po"
    assert ar["catalog"] is True
    assert ar["strings"] == {
        "total": 28,
        "translated": want["translated"],
        "fuzzy": 2,
        "untranslated": 2,
        "percent": round(100 * want["translated"] / 28, 2),
        "reviewed": 0,  # the shipped catalogs carry no sign-off
        "reviewed_percent": 0.0,
    }
    assert ar["words"]["fuzzy"] == want["words_fuzzy"]
    assert data["languages"]["ar"]["strings"]["translated"] == 65 - 4


def test_piped_output_is_plain_aligned_text(site: Path, run_cli: Run) -> None:
    rewrite(site, "es", PSYCHO, blank_and_fuzz(blank=3, fuzz=1))
    done = run_cli("stats", "-l", "es", "-p", str(site))
    assert done.returncode == 0, done.stderr
    assert not ANSI.search(done.stdout + done.stderr)
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["strings", "words"]
    assert lines[1].split() == [
        "language", "article",
        "total", "translated", "reviewed", "fuzzy", "untranslated", "%", "reviewed", "%",
        "total", "translated", "fuzzy", "untranslated", "%",
    ]  # fmt: skip
    rows = [line.split() for line in lines[2:]]
    assert rows == [
        ["es", KETAMINE, "28", "28", "0", "0", "0", "100.0", "0.0", *rows[0][9:]],
        ["es", PSYCHO, "37", "33", "0", "1", "3", "89.1", "0.0", *rows[1][9:]],
        ["es", "total", "65", "61", "0", "1", "3", "93.8", "0.0", *rows[2][9:]],
    ]
    want = expected(po_path(site, "es", PSYCHO))
    assert rows[1][10:13] == [
        str(want[f"words_{s}"]) for s in ("translated", "fuzzy", "untranslated")
    ]
    # numbers are right-aligned: every row ends at the same column
    assert len({len(line) for line in lines[1:]}) == 1


def test_percent_is_rounded_down_for_people(site: Path) -> None:
    def blank_one_of_many(catalog: polib.POFile) -> None:
        next(e for e in catalog if not e.obsolete).msgstr = ""

    rewrite(site, "de", PSYCHO, blank_one_of_many)
    text = as_text(collect_stats(Project.load(site), ["de"]))
    total = next(r for r in map(str.split, text.splitlines()) if r[:2] == ["de", "total"])
    assert total[2:9] == ["65", "64", "0", "0", "1", "98.4", "0.0"]  # 98.46: 98.4, not 98.5


def test_rich_table_on_a_terminal(site: Path) -> None:
    main, secondary = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR")}
    env |= {"TERM": "xterm-256color", "COLUMNS": "200"}
    process = subprocess.run(
        [sys.executable, "-m", "painl10n", "stats", "-l", "es", "-p", str(site)],
        stdout=secondary,
        stderr=subprocess.PIPE,
        env=env,
        timeout=120,
        check=False,
    )
    os.close(secondary)
    output = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    os.close(main)
    assert process.returncode == 0, process.stderr
    text = output.decode()
    assert "┃" in text or "│" in text  # rich's box drawing, not the plain layout
    assert KETAMINE in text
    assert "100.0" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-l", "it"], "language 'it' is not one of the project's languages"),
        (["-l", "xx"], "unknown language code 'xx'"),
        (["--format", "yaml"], "unknown format 'yaml'"),
    ],
)
def test_errors_are_one_line_exit_2(
    site: Path, run_cli: Run, args: list[str], message: str
) -> None:
    done = run_cli("stats", *args, "-p", str(site))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_broken_catalog_is_a_one_line_error(site: Path, run_cli: Run) -> None:
    path = po_path(site, "es", PSYCHO)
    path.write_text(path.read_text("utf-8") + '\nmsgid "x"\nmsgstr "y\n', "utf-8")
    done = run_cli("stats", "-p", str(site))
    assert done.returncode == 2
    assert done.stderr.startswith(f"painl10n: error: locales/es/LC_MESSAGES/{PSYCHO}.po:")
    assert done.stderr.count("\n") == 1


def test_every_broken_catalog_is_named(site: Path) -> None:
    for lang, slug in (("es", PSYCHO), ("fr", KETAMINE)):
        path = po_path(site, lang, slug)
        path.write_text(path.read_text("utf-8") + '\nmsgid "x"\nmsgstr "y\n', "utf-8")
    with pytest.raises(Painl10nErrors) as info:
        collect_stats(Project.load(site))
    assert [error.path for error in info.value.errors] == [
        f"locales/es/LC_MESSAGES/{PSYCHO}.po",
        f"locales/fr/LC_MESSAGES/{KETAMINE}.po",
    ]
