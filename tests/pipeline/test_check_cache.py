"""The check cache: a second ``check`` examines only the catalogs whose inputs changed,
and its report is, byte for byte and in every format, the report of a full run."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polib
import pytest

from painl10n.checks.base import EntryContext
from painl10n.pipeline import catalog_keys, check, file_status
from painl10n.pipeline.check import _shown_catalogs, run_checks
from painl10n.pipeline.check_cache import CHECK_CACHE, CheckCache
from painl10n.project import Project
from painl10n.reports.formats import FORMATS, render
from painl10n.runtime.cachedir import cache_path
from tests.helpers.project import edit_catalog, entry_starting, shipped_catalog

SLUG = "psychobiology-of-chronic-pain"
OTHER = "ketamine-for-physical-and-mental-pain"
CATALOGS = 8  # the shipped project: 2 articles in 4 languages
LANGUAGES = ("ar", "de", "es", "fr")


def catalog(site: Path, lang: str = "es", slug: str = SLUG) -> Path:
    return shipped_catalog(site, lang, slug)


def edit(site: Path, change: Callable[[polib.POFile], None], lang: str, slug: str = SLUG) -> None:
    edit_catalog(catalog(site, lang, slug), change)


first = entry_starting


def spoil(site: Path) -> None:
    """Findings of several kinds, in both articles and several languages: a dose in cc
    (numbers, dose-style), a fuzzy entry, and one string translated two ways
    (consistency across articles, from the facts of two catalogs)."""

    def es(po: polib.POFile) -> None:
        first(po, "Chronic pain is defined").msgstr += " Tome 5 cc."

    def de(po: polib.POFile) -> None:
        first(po, "We look forward").flags.append("fuzzy")

    edit(site, es, "es")
    edit(site, de, "de")
    heading = polib.pofile(str(catalog(site, "fr", SLUG)))[0].msgid
    path = catalog(site, "fr", OTHER)
    po = polib.pofile(str(path))
    po.append(polib.POEntry(msgid=heading, msgstr="Une autre traduction"))
    po.save(str(path))


def outputs(site: Path, *, cache: bool, **options: object) -> tuple[int, dict[str, str]]:
    """Catalogs examined, and the report in every format."""
    report = run_checks(Project.load(site), cache=cache, **options)  # type: ignore[arg-type]
    return report.examined, {fmt: render(report, fmt) for fmt in FORMATS}


def full(site: Path, **options: object) -> dict[str, str]:
    return outputs(site, cache=False, **options)[1]


def cached(site: Path, **options: object) -> tuple[int, dict[str, str]]:
    return outputs(site, cache=True, **options)


def entries(site: Path) -> list[Path]:
    return sorted(cache_path(site, CHECK_CACHE).rglob("*.facts"))


def shares(site: Path) -> list[Path]:
    """Each language's share of the report, kept whole beside its catalogs' entries."""
    return sorted(cache_path(site, CHECK_CACHE).glob("*.language"))


def share(site: Path, lang: str) -> Path:
    return cache_path(site, CHECK_CACHE) / f"{lang}.language"


@pytest.fixture
def spoilt(site: Path) -> Path:
    spoil(site)
    examined, rendered = cached(site)
    assert examined == CATALOGS
    assert rendered == full(site)
    assert len(entries(site)) == CATALOGS
    assert [path.stem for path in shares(site)] == ["ar", "de", "es", "fr"]
    return site


def test_a_second_check_reads_every_catalog_back(spoilt: Path) -> None:
    reference = full(spoilt)
    assert '"check": "consistency"' in reference["json"]  # the facts of two catalogs
    assert '"check": "dose-style"' in reference["json"] and "fuzzy" in reference["text"]
    assert cached(spoilt) == (0, reference)


def test_a_changed_catalog_alone_is_examined_again(spoilt: Path) -> None:
    edit(spoilt, lambda po: setattr(first(po, "Chronic pain is defined"), "msgstr", "Dolor"), "es")
    examined, rendered = cached(spoilt)
    assert examined == 1
    assert rendered == full(spoilt)
    assert "cc" not in rendered["text"]  # the old finding is gone: facts were not reused
    assert len(entries(spoilt)) == CATALOGS  # the catalog's entry replaced, not added to


def test_a_changed_catalog_elsewhere_changes_the_cross_article_findings(spoilt: Path) -> None:
    """Consistency is recomputed from the facts every run: the catalog that is not
    re-examined gets its finding back or loses it."""
    before = full(spoilt)["json"].count('"check": "consistency"')
    path = catalog(spoilt, "fr", OTHER)
    po = polib.pofile(str(path))
    po.remove(po[-1])
    po.save(str(path))
    examined, rendered = cached(spoilt)
    assert examined == 1
    assert rendered == full(spoilt)
    assert rendered["json"].count('"check": "consistency"') < before


@pytest.mark.parametrize(
    ("change", "examined"),
    [
        ("termbase", CATALOGS),
        ("rules", CATALOGS),
        ("settings", CATALOGS),
        ("word list", 2),  # the es catalogs only
    ],
)
def test_what_invalidates_which_catalogs(spoilt: Path, change: str, examined: int) -> None:
    if change == "termbase":
        tbx = spoilt / "locales" / "glossary.tbx"
        tbx.write_text(tbx.read_text("utf-8") + "<!-- edited -->\n", "utf-8")
    elif change == "rules":
        rule = '[[rule]]\nid = "no-cc"\npattern = "\\\\bcc\\\\b"\nmessage = "write mL"\n'
        (spoilt / "locales" / "rules.toml").write_text(rule, "utf-8")
    elif change == "settings":
        settings = spoilt / "pyproject.toml"
        text = settings.read_text("utf-8") + 'allowed_numbers = { es = { "911" = "112" } }\n'
        settings.write_text(text, "utf-8")
    else:
        words = spoilt / "locales" / "words" / "es.words"
        words.write_text(words.read_text("utf-8") + "Dolorcito\n", "utf-8")
    result = cached(spoilt)
    assert result == (examined, full(spoilt))
    if change == "rules":
        assert "rule:no-cc" in result[1]["text"]
    assert cached(spoilt)[0] == 0


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"garbage",
        lambda data: data[: len(data) // 2],  # a torn write
        lambda data: data[:-3] + bytes([data[-3] ^ 1]) + data[-2:],  # one bit flipped
        lambda data: b"",
        lambda data: data.replace(b"\n", b" ", 1),  # no header line
    ],
)
def test_a_corrupt_entry_is_examined_again(spoilt: Path, damage: Callable[[bytes], bytes]) -> None:
    entry = cache_path(spoilt, CHECK_CACHE) / "es" / f"{SLUG}.facts"
    entry.write_bytes(damage(entry.read_bytes()))
    share(spoilt, "es").unlink()  # else the language is read back whole
    assert cached(spoilt) == (1, full(spoilt))
    assert cached(spoilt)[0] == 0  # and stored again, whole


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"garbage",
        lambda data: data[: len(data) // 2],  # a torn write
        lambda data: data[:-3] + bytes([data[-3] ^ 1]) + data[-2:],  # one bit flipped
        lambda data: data.replace(b"\n", b" ", 1),  # no header line
    ],
)
def test_a_corrupt_language_share_is_made_again_from_the_facts(
    spoilt: Path, damage: Callable[[bytes], bytes]
) -> None:
    kept = share(spoilt, "es").read_bytes()
    share(spoilt, "es").write_bytes(damage(kept))
    assert cached(spoilt) == (0, full(spoilt))  # no catalog examined: the facts are sound
    assert share(spoilt, "es").read_bytes() == kept  # and stored again, whole


def test_an_entry_of_another_catalog_is_not_taken_for_this_one(spoilt: Path) -> None:
    folder = cache_path(spoilt, CHECK_CACHE) / "es"
    (folder / f"{SLUG}.facts").write_bytes((folder / f"{OTHER}.facts").read_bytes())
    share(spoilt, "es").unlink()
    assert cached(spoilt) == (1, full(spoilt))


def test_a_share_of_another_language_is_not_taken_for_this_one(spoilt: Path) -> None:
    share(spoilt, "fr").write_bytes(share(spoilt, "es").read_bytes())
    assert cached(spoilt) == (0, full(spoilt))
    assert share(spoilt, "fr").read_bytes() != share(spoilt, "es").read_bytes()


def test_only_the_changed_languages_facts_are_read_back(
    spoilt: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One Spanish catalog changed: the other Spanish catalog's facts are read back, the
    other languages' shares of the report are taken whole (no facts of theirs read)."""
    edit(spoilt, lambda po: setattr(first(po, "Chronic pain is defined"), "msgstr", "Dolor"), "es")
    read: list[tuple[str, str]] = []
    load = CheckCache.load

    def counted(self: CheckCache, language: str, slug: str, *args: object) -> object:
        read.append((language, slug))
        return load(self, language, slug, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(CheckCache, "load", counted)
    assert cached(spoilt) == (1, full(spoilt))
    assert read == [("es", OTHER)]
    read.clear()
    assert cached(spoilt) == (0, full(spoilt))
    assert read == []  # every share kept whole, the changed language's too


def test_a_catalog_saved_during_the_run_keeps_no_share(
    spoilt: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A translator saves a catalog after the run read its bytes for the key: what the
    run examined is not kept under that key, whole language included, so saving the
    old bytes back later is examined again."""
    path = catalog(spoilt, "es")
    before = path.read_bytes()
    edit(spoilt, lambda po: setattr(first(po, "Chronic pain is defined"), "msgstr", "Dolor"), "es")
    edited = path.read_bytes()
    path.write_bytes(before)
    examine = check._examine

    def saved_meanwhile(project: Project, context: EntryContext, slug: str, *args: Any) -> Any:
        if (context.language, slug) == ("es", SLUG):
            path.write_bytes(edited)
        return examine(project, context, slug, *args)

    monkeypatch.setattr(check, "_examine", saved_meanwhile)
    share(spoilt, "es").unlink()
    (cache_path(spoilt, CHECK_CACHE) / "es" / f"{SLUG}.facts").unlink()
    assert cached(spoilt)[0] == 1
    monkeypatch.setattr(check, "_examine", examine)
    assert not share(spoilt, "es").exists()
    path.write_bytes(before)
    assert cached(spoilt) == (1, full(spoilt))
    assert "cc" in full(spoilt)["text"]


def test_the_checks_chosen_are_part_of_the_key(spoilt: Path) -> None:
    only = {"checks": ["numbers", "fuzzy"]}
    assert cached(spoilt, **only) == (CATALOGS, full(spoilt, **only))
    assert cached(spoilt, **only) == (0, full(spoilt, **only))
    assert cached(spoilt) == (CATALOGS, full(spoilt))  # one entry per catalog: replaced


def test_part_of_a_project_reads_its_catalogs_back(spoilt: Path) -> None:
    assert cached(spoilt, articles=[SLUG]) == (0, full(spoilt, articles=[SLUG]))
    named = {"files": [catalog(spoilt, "de")]}
    assert cached(spoilt, **named) == (0, full(spoilt, **named))
    assert cached(spoilt, languages=["ar"]) == (0, full(spoilt, languages=["ar"]))


def test_workers_store_what_one_process_reads_back(spoilt: Path) -> None:
    for path in entries(spoilt) + shares(spoilt):
        path.unlink()
    assert cached(spoilt, jobs=2) == (CATALOGS, full(spoilt))
    assert cached(spoilt) == (0, full(spoilt))


def test_a_missing_catalog_is_reported_the_same(spoilt: Path) -> None:
    catalog(spoilt, "ar").unlink()
    examined, rendered = cached(spoilt)
    assert examined == 1 and rendered == full(spoilt)
    assert "no catalog for this article" in rendered["text"]


def cli(site: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "painl10n", "check", "--project", str(site), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_command_caches_unless_told_not_to(site: Path) -> None:
    spoil(site)
    done = cli(site, "--no-cache", "--format", "json")
    bypassed = done.communicate()[0]
    assert done.returncode == 1 and not cache_path(site, CHECK_CACHE).exists()
    done = cli(site, "--format", "json")
    assert done.communicate()[0] == bypassed and len(entries(site)) == CATALOGS
    assert bypassed == full(site)["json"]


def test_two_checks_at_once_leave_a_sound_cache(site: Path) -> None:
    spoil(site)
    runs = [cli(site, "--format", "json", "--jobs", "2") for _ in range(2)]
    texts = [run.communicate() for run in runs]
    reference = full(site)["json"]
    assert [text for text, _ in texts] == [reference, reference], texts
    folder = cache_path(site, CHECK_CACHE)
    found = sorted(p.name for p in folder.rglob("*") if p.is_file())
    assert [name for name in found if name not in ("sources.slugs", "catalogs.digests")] == sorted(
        [f"{SLUG}.facts", f"{OTHER}.facts"] * 4 + [f"{lang}.language" for lang in LANGUAGES]
    )  # no temporary file left behind (the slugs are kept once the sources are old enough)
    assert cached(site) == (0, full(site))


def test_catalogs_are_named_as_the_project_shows_them(site: Path) -> None:
    """Names are made from the resolved folder, but a linked catalog is resolved itself."""
    linked = catalog(site, "de", "linked")
    linked.symlink_to(catalog(site, "es"))
    project = Project.load(site)
    slugs = [SLUG, OTHER, "linked", "missing"]
    for language in ("es", "de"):
        names = _shown_catalogs(project, language, slugs)
        assert names == [
            (slug, project.shown(project.catalog_path(language, slug))) for slug in slugs
        ]
    assert (
        dict(_shown_catalogs(project, "de", slugs))["linked"] == f"locales/es/LC_MESSAGES/{SLUG}.po"
    )


def test_a_linked_cache_folder_is_neither_read_nor_written(spoilt: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    folder = cache_path(spoilt, CHECK_CACHE)
    for path in entries(spoilt):
        if path.parent.name == "es":
            path.unlink()
    for path in shares(spoilt):
        path.unlink()
    (folder / "es").rmdir()
    (folder / "es").symlink_to(victim)
    assert cached(spoilt) == (2, full(spoilt))  # the es catalogs, examined and not stored
    assert list(victim.iterdir()) == []
    for path in entries(spoilt) + shares(spoilt):
        path.unlink()
    for language in ("fr", "de", "ar"):
        (folder / language).rmdir()
    (folder / "es").unlink()
    folder.rmdir()
    folder.symlink_to(victim)
    assert cached(spoilt) == (CATALOGS, full(spoilt))
    assert list(victim.iterdir()) == []


def test_the_language_options_are_part_of_the_key(spoilt: Path) -> None:
    """``--require-review`` changes no file but what each catalog reports."""
    review = {"require_review": True}
    examined, rendered = cached(spoilt, **review)
    assert (examined, rendered) == (CATALOGS, full(spoilt, **review))
    assert "unreviewed" in rendered["text"]
    assert cached(spoilt, **review)[0] == 0
    assert cached(spoilt) == (CATALOGS, full(spoilt))


def test_a_cached_check_reads_no_source_whose_file_did_not_change(
    spoilt: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sources' slugs are kept by their files' status: a cached run after one
    catalog changed parsed every article's front matter again (~0.12 s of 1.1 s at
    1,000 articles); a source written since is read again, and its new slug makes
    the old catalogs orphans (near miss)."""
    monkeypatch.setattr(file_status, "_RACY_NS", 0)  # the test's files are seconds old
    cached(spoilt)
    read: list[str] = []
    slug_of = Project.article_slug

    def counted(self: Project, path: Path, ref: str | None = None) -> str:
        read.append(path.name)
        return slug_of(self, path, ref)

    monkeypatch.setattr(Project, "article_slug", counted)
    examined, found = cached(spoilt)
    assert read == []
    assert (examined, found) == (0, full(spoilt))
    source = spoilt / "source" / f"{OTHER}.md"
    text = source.read_text("utf-8")
    assert text.startswith("---\n")
    source.write_text("---\nslug: ketamine" + text.removeprefix("---"), "utf-8")
    read.clear()
    examined, found = cached(spoilt)
    assert read == [f"{OTHER}.md"]
    assert found == full(spoilt)
    assert f"{OTHER}.po" in found["text"] and "orphan" in found["text"]


def test_a_cached_check_reads_no_catalog_whose_file_did_not_change(
    spoilt: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each catalog's digest is kept by its file's status: a cached run read all 4,000
    catalogs of 1,000 articles to make their keys (~0.15 s of 0.84 s). A catalog
    written since is read (and examined) again, also one written back with its old
    modification time (its change time moved: near miss)."""
    monkeypatch.setattr(file_status, "_RACY_NS", 0)  # the test's files are seconds old
    cached(spoilt)
    digested: list[int] = []
    digest = catalog_keys.digest

    def counted(data: bytes) -> str:
        digested.append(len(data))
        return digest(data)

    monkeypatch.setattr(catalog_keys, "digest", counted)
    assert cached(spoilt) == (0, full(spoilt))
    assert digested == []
    path = catalog(spoilt, "es")
    before = path.stat()
    edit(spoilt, lambda po: setattr(first(po, "Chronic pain is defined"), "msgstr", "Dolor"), "es")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    examined, found = cached(spoilt)
    assert (examined, len(digested)) == (1, 1)
    assert found == full(spoilt)
