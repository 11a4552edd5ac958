"""--jobs gives the same bytes as one process; --shard K/N partitions the articles."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from benchmarks.corpus import write_corpus
from painl10n import Painl10nError, Project, build, extract, update
from painl10n.pipeline.check import run_checks
from painl10n.reports.formats import as_json
from painl10n.reports.merge import merge_reports
from painl10n.runtime.shard import Shard
from tests.helpers.project import snapshot

SETTINGS = '[tool.painl10n]\nsource_language = "en"\nlanguages = ["es", "fr", "de", "ar"]\n'


@pytest.fixture(autouse=True)
def fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def _corpus(root: Path, count: int = 10) -> Path:
    root.mkdir()
    (root / "pyproject.toml").write_text(SETTINGS, "utf-8")
    write_corpus(root / "source", count)
    return root


def _outputs(root: Path) -> dict[str, bytes]:
    return {k: v for k, v in snapshot(root).items() if not k.startswith(".painl10n/")}


def test_jobs_2_builds_the_same_bytes_as_jobs_1(tmp_path: Path) -> None:
    one, two = _corpus(tmp_path / "one"), _corpus(tmp_path / "two")
    first = build(Project.load(one), jobs=1)
    second = build(Project.load(two), jobs=2)
    assert _outputs(one) == _outputs(two)
    assert len(_outputs(one)) > 10 * 5 * 2
    assert [(o.language, o.slug, o.translated, o.total) for o in first.outcomes] == [
        (o.language, o.slug, o.translated, o.total) for o in second.outcomes
    ]
    assert first.files.changed == second.files.changed


def test_jobs_2_extract_and_update_match_jobs_1(tmp_path: Path) -> None:
    one, two = _corpus(tmp_path / "one"), _corpus(tmp_path / "two")
    extracted = extract(Project.load(one), jobs=1)
    articles_one, written_one = extracted.articles, extracted.files
    extracted = extract(Project.load(two), jobs=2)
    articles_two, written_two = extracted.articles, extracted.files
    assert [a.slug for a in articles_one] == [a.slug for a in articles_two]
    assert written_one.changed == written_two.changed
    result_one = update(Project.load(one), jobs=1)
    result_two = update(Project.load(two), jobs=2)
    assert result_one.files.changed == result_two.files.changed
    assert result_one.stats == result_two.stats
    assert snapshot(one) == snapshot(two)


def test_an_error_in_a_worker_is_the_usual_one_line_error(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "bad")
    (root / "source" / "article-00003.md").write_bytes(b"# Caf\xe9\n")
    with pytest.raises(Painl10nError, match="not valid UTF-8") as caught:
        build(Project.load(root), jobs=2)
    assert caught.value.path == "source/article-00003.md"
    assert not [p for p in (root / "output").rglob("*") if p.is_file()]
    assert not list(root.rglob("*.tmp"))


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_is_all_or_nothing_across_workers(tmp_path: Path, jobs: int) -> None:
    """Workers stage templates; one bad article (or a slug clash) puts none in place."""
    root = _corpus(tmp_path / "bad", count=12)
    extract(Project.load(root), jobs=jobs)
    before = snapshot(root)
    for path in sorted((root / "source").glob("*.md"))[:6]:  # changes every template's text
        path.write_text(path.read_text("utf-8") + "\nA new closing paragraph.\n", "utf-8")
    (root / "source" / "article-00009.md").write_bytes(b"# Caf\xe9\n")
    with pytest.raises(Painl10nError, match="not valid UTF-8"):
        extract(Project.load(root), jobs=jobs)
    templates = {k: v for k, v in snapshot(root).items() if k.endswith(".pot")}
    assert templates == {k: v for k, v in before.items() if k.endswith(".pot")}
    assert not list(root.rglob("*.tmp"))

    (root / "source" / "article-00009.md").write_text("---\nslug: article-00002\n---\n\nHi.\n")
    with pytest.raises(Painl10nError, match="also used by"):
        extract(Project.load(root), jobs=jobs)
    assert {k: v for k, v in snapshot(root).items() if k.endswith(".pot")} == templates
    assert not list(root.rglob("*.tmp"))

    (root / "source" / "article-00009.md").unlink()
    extracted = extract(Project.load(root), jobs=jobs)
    articles, written = extracted.articles, extracted.files
    assert len(articles) == 11 and len(written.changed) == 6
    assert not list(root.rglob("*.tmp"))


@pytest.mark.parametrize("jobs", [1, 2])
def test_update_is_all_or_nothing_across_workers(tmp_path: Path, jobs: int) -> None:
    """Workers stage catalogs; one broken catalog puts none of the others in place."""
    root = _corpus(tmp_path / "bad", count=12)
    extract(Project.load(root))
    update(Project.load(root))
    for path in sorted((root / "source").glob("*.md"))[:6]:
        path.write_text(path.read_text("utf-8") + "\nA new closing paragraph.\n", "utf-8")
    extract(Project.load(root))
    before = {k: v for k, v in snapshot(root).items() if k.endswith(".po")}
    broken = root / "locales" / "fr" / "LC_MESSAGES" / "article-00010.po"
    broken.write_text(broken.read_text("utf-8") + '\nmsgid "dangling"\n', "utf-8")
    before[broken.relative_to(root).as_posix()] = broken.read_bytes()
    with pytest.raises(Painl10nError, match="without msgstr"):
        update(Project.load(root), jobs=jobs)
    assert {k: v for k, v in snapshot(root).items() if k.endswith(".po")} == before
    assert not list(root.rglob("*.tmp"))


@pytest.mark.parametrize("spec", ["0/2", "3/2", "1", "a/b", "1/0", ""])
def test_bad_shard_specs_are_refused(spec: str) -> None:
    with pytest.raises(Painl10nError, match="shard"):
        Shard.parse(spec)


def test_shards_partition_the_names() -> None:
    names = [f"article-{i:05d}" for i in range(200)]
    shards = [Shard.parse(f"{k}/3") for k in (1, 2, 3)]
    parts = [shard.select(names, str) for shard in shards]
    assert sorted(name for part in parts for name in part) == names
    assert all(len(part) > 40 for part in parts)  # about a third each
    assert Shard.parse(" 2 / 3 ") == shards[1]
    # Adding an article moves no other article to another shard.
    assert shards[0].select([*names, "zz-new"], str)[: len(parts[0])] == parts[0]


def test_sharded_builds_together_write_every_page(tmp_path: Path) -> None:
    whole = _corpus(tmp_path / "whole")
    build(Project.load(whole))
    parts = []
    for k in (1, 2):
        root = _corpus(tmp_path / f"shard{k}")
        result = build(Project.load(root), shard=Shard(k, 2))
        parts.append(root)
        assert 0 < len({o.slug for o in result.outcomes}) < 10
    pages: dict[str, bytes] = {}
    for root in parts:
        for name, data in _outputs(root).items():
            if name.startswith("output/") and not name.endswith("index.html"):
                # Site assets (stylesheet, icon) are the same constant in every shard.
                shared = name.startswith("output/assets/")
                assert shared or name not in pages, f"{name} built by two shards"
                pages[name] = data
    expected = {
        k: v
        for k, v in _outputs(whole).items()
        if k.startswith("output/") and not k.endswith("index.html")
    }
    assert pages == expected
    # A sharded build cannot know the other shards' titles: it writes no index page.
    assert not list((parts[0] / "output").rglob("index.html"))


def _report(root: Path, shard: Shard | None) -> dict[str, object]:
    document: dict[str, object] = json.loads(as_json(run_checks(Project.load(root), shard=shard)))
    return document


def test_merged_shard_reports_equal_the_whole_report(site: Path, tmp_path: Path) -> None:
    whole = _report(site, None)
    paths = []
    for k in (1, 2, 3):
        document = _report(site, Shard(k, 3))
        assert document["shard"] == {"index": k, "count": 3}
        path = tmp_path / f"shard-{k}.json"
        path.write_text(json.dumps(document), "utf-8")
        paths.append(path)
    merged = merge_reports(paths)
    assert merged["shards"] == [1, 2, 3]
    assert "shard" not in whole

    def without_consistency(document: dict[str, object]) -> list[object]:
        findings = document["findings"]
        assert isinstance(findings, list)
        return [f for f in findings if f["check"] != "consistency"]

    assert without_consistency(merged) == without_consistency(whole)
    merged_summary, whole_summary = merged["summary"], whole["summary"]
    assert isinstance(merged_summary, dict) and isinstance(whole_summary, dict)
    assert merged_summary["languages"] == whole_summary["languages"]
    assert json.dumps(merged_summary["languages"]) == json.dumps(whole_summary["languages"])
    assert merged_summary["catalogs"] == whole_summary["catalogs"]


def test_merge_reports_refuses_incomplete_or_mixed_shards(site: Path, tmp_path: Path) -> None:
    paths = {}
    for spec in ("1/2", "2/2", "1/3"):
        path = tmp_path / f"{spec.replace('/', '-')}.json"
        path.write_text(json.dumps(_report(site, Shard.parse(spec))), "utf-8")
        paths[spec] = path
    with pytest.raises(Painl10nError, match="missing"):
        merge_reports([paths["1/2"]])
    with pytest.raises(Painl10nError, match="not shards of one run"):
        merge_reports([paths["1/2"], paths["1/3"]])
    with pytest.raises(Painl10nError, match="also in"):
        merge_reports([paths["1/2"], paths["1/2"], paths["2/2"]])
    assert merge_reports([paths["2/2"], paths["1/2"]])["shards"] == [1, 2]


def test_cli_build_jobs_and_shard(
    tmp_path: Path, run_cli: Callable[..., CompletedProcess[str]]
) -> None:
    root = _corpus(tmp_path / "cli")
    done = run_cli("build", "-q", "--jobs", "2", "--shard", "1/2", "-p", str(root))
    assert done.returncode == 0, done.stderr
    built = {p.stem for p in (root / "output" / "es").glob("*.html")}
    assert built and len(built) < 10
    done = run_cli("build", "-p", str(root))
    assert done.returncode == 0, done.stderr
    plural = "s" if len(built) != 1 else ""
    assert f"({len(built)} article{plural} up to date)" in done.stdout
    done = run_cli("build", "--shard", "3/2", "-p", str(root))
    assert done.returncode == 2
    assert done.stderr.startswith("painl10n: error: invalid shard '3/2'")


def test_cli_check_shard_json(site: Path, run_cli: Callable[..., CompletedProcess[str]]) -> None:
    shutil.rmtree(site / "locales" / "ar")
    done = run_cli("check", "--shard", "2/2", "--format", "json", "-p", str(site))
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["shard"] == {"index": 2, "count": 2}


PAIN_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body><conceptEntry id="pain">
    <langSec xml:lang="en"><termSec><term>pain</term></termSec></langSec>
    <langSec xml:lang="es">
      <termSec><term>dolor</term></termSec>
      <termSec><term>dolencia</term>
        <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
    </langSec>
  </conceptEntry></body></text>
</tbx>
"""


def _catalogs_with_findings(root: Path) -> None:
    """Translate the corpus's catalogs with the mistakes each check looks for."""
    from painl10n.po import read_po_file, write_po

    (root / "locales" / "glossary.tbx").write_text(PAIN_TBX, "utf-8")
    for number, path in enumerate(sorted((root / "locales").glob("*/LC_MESSAGES/*.po"))):
        catalog = read_po_file(path)
        pain = "dolencia" if path.stem.endswith("3") else "dolor"  # one article's own term
        for index, entry in enumerate(catalog):
            if (index + number) % 7 == 0:
                continue  # untranslated
            entry.msgstr = f"T{number % 3} " + entry.msgid  # repeated strings: consistency
            entry.msgstr = entry.msgstr.replace("pain", pain)
            if index % 11 == 0:
                entry.msgstr = entry.msgstr.replace("0", "").replace("1", "") + " 7"  # numbers
            if index % 13 == 0:
                entry.flags.append("fuzzy")
            if index % 17 == 0:
                entry.tcomment = "painl10n-ignore: numbers, consistency"
        path.write_text(write_po(catalog), "utf-8")
    first, second = sorted((root / "locales" / "fr" / "LC_MESSAGES").glob("*.po"))[2:4]
    first.unlink()  # a missing catalog
    second.write_text('msgid "unterminated\n', "utf-8")  # one that does not parse


def test_check_jobs_2_reports_what_jobs_1_reports(
    tmp_path: Path, run_cli: Callable[..., CompletedProcess[str]]
) -> None:
    root = _corpus(tmp_path / "corpus", 12)
    extract(Project.load(root))
    update(Project.load(root))
    _catalogs_with_findings(root)
    one = run_checks(Project.load(root), jobs=1)
    two = run_checks(Project.load(root), jobs=2)
    assert as_json(two) == as_json(one)
    assert two.completion == one.completion and two.catalogs == one.catalogs
    checks = {finding.check for finding in one.findings}
    assert {"untranslated", "fuzzy", "syntax", "consistency", "numbers"} <= checks
    assert any(f.check == "consistency" and "termbase" in f.message for f in one.findings)
    unread = [f for f in one.findings if f.line is None and f.check == "untranslated"]
    assert [f.language for f in unread] == ["fr"]
    done = run_cli("check", "--jobs", "2", "--format", "json", "-p", str(root))
    assert done.returncode == 1, done.stderr  # errors found
    assert done.stdout == as_json(one)
