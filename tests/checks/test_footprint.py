"""`check` holds one catalog at a time: its memory does not grow with the parsed catalogs.

The cross-article consistency checks need facts from every catalog of a
language; they keep compact ones (a translation, a file and a line per source
string), never the parsed catalogs. Two proofs: no catalog outlives its own
checks (weak references, exact), and the peak of a run barely moves when the
project has four times as many articles (tracemalloc, measured on a project
whose articles share their strings, so findings, caches and consistency facts
stay the same size and only the catalogs themselves could add up).
"""

from __future__ import annotations

import gc
import json
import pathlib
import tracemalloc
import weakref
from pathlib import Path

import polib
import pytest

import painl10n.pipeline.check as runner
from painl10n.checks.base import Finding
from painl10n.checks.model import Completion, Report
from painl10n.languages import plural_forms
from painl10n.pipeline.check import run_checks
from painl10n.po import write_po
from painl10n.project import Project
from painl10n.reports.formats import as_document, as_json, dumps, ordered, summary
from painl10n.runtime.shard import Shard

LANGUAGES = ("de", "fr")
SENTENCES = [
    f"Sentence {n} explains how chronic pain changes the way the nervous system works, "
    f"and why {n + 2} short walks a week help more than rest"
    for n in range(60)
]


def make_project(
    root: Path, articles: int, languages: tuple[str, ...] = LANGUAGES, ending: str = ""
) -> Path:
    """Templates and complete catalogs: every article has the same strings.

    The translations are clean, unless ``ending`` adds a final mark the source lacks.
    """
    root.mkdir()
    listed = ", ".join(f'"{lang}"' for lang in languages)
    (root / "pyproject.toml").write_text(
        f'[tool.painl10n]\nsource_language = "en"\nlanguages = [{listed}]\n', "utf-8"
    )
    (root / "source").mkdir()
    templates = root / "locales" / "templates" / "LC_MESSAGES"
    templates.mkdir(parents=True)
    for index in range(articles):
        slug = f"article-{index:03d}"
        (root / "source" / f"{slug}.md").write_text(f"# {slug}\n", "utf-8")  # not an orphan
        (templates / f"{slug}.pot").write_text(_catalog(slug, None, ""), "utf-8")
        for lang in languages:
            folder = root / "locales" / lang / "LC_MESSAGES"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{slug}.po").write_text(_catalog(slug, lang, ending), "utf-8")
    return root


def _catalog(slug: str, language: str | None, ending: str) -> str:
    catalog = polib.POFile(wrapwidth=79)
    catalog.metadata = {
        "Project-Id-Version": slug,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    if language is not None:
        catalog.metadata["Language"] = language
        catalog.metadata["Plural-Forms"] = plural_forms(language)
    for line, text in enumerate(SENTENCES, start=1):
        translation = f"Vollständig übersetzt, {text}{ending}" if language else ""
        catalog.append(
            polib.POEntry(msgid=text, msgstr=translation, occurrences=[(f"{slug}.md", line)])
        )
    return write_po(catalog, width=79)


@pytest.fixture
def watched(monkeypatch: pytest.MonkeyPatch) -> list[weakref.ref[polib.POFile]]:
    """A weak reference to every catalog the runner reads."""
    refs: list[weakref.ref[polib.POFile]] = []
    read = runner.read_catalog

    def reading(
        project: Project, language: str, slug: str, shown: str | None = None
    ) -> polib.POFile | None:
        catalog = read(project, language, slug, shown)
        if catalog is not None:
            refs.append(weakref.ref(catalog))
        return catalog

    monkeypatch.setattr(runner, "read_catalog", reading)
    return refs


def test_no_catalog_outlives_its_own_checks(
    tmp_path: Path, watched: list[weakref.ref[polib.POFile]]
) -> None:
    root = make_project(tmp_path / "p", 4)
    alive_after_each: list[int] = []

    def progress(label: str, total: int) -> None:  # called once a catalog is checked
        gc.collect()
        alive_after_each.append(sum(ref() is not None for ref in watched))

    # The made-up translations are German in every language: spelling is not the point.
    report = run_checks(Project.load(root), progress=progress, skip_checks=["spelling"])
    assert report.findings == []
    assert len(watched) == len(alive_after_each) == 4 * len(LANGUAGES)
    assert alive_after_each == [0] * len(alive_after_each)


def test_report_holds_no_catalog_or_entry(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", 3, ending=".")
    report = run_checks(Project.load(root), skip_checks=["spelling"])  # German in fr too
    assert {(f.check, f.language) for f in report.findings} == {
        ("punctuation", lang) for lang in LANGUAGES
    }
    assert len(report.findings) == 3 * len(LANGUAGES) * len(SENTENCES)
    held = _reachable(report)
    assert not [obj for obj in held if isinstance(obj, polib.POFile | polib.POEntry)]
    reached = {id(obj) for obj in held}  # the walk went down to the findings' strings
    assert all(id(f) in reached and id(f.msgid) in reached for f in report.findings)


def _reachable(root: object) -> list[object]:
    """Objects reachable from ``root`` through containers and instances (not classes)."""
    seen: dict[int, object] = {}
    todo = [root]
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, type | type(gc)) or callable(obj):
            continue
        seen[id(obj)] = obj
        todo.extend(gc.get_referents(obj))
    return list(seen.values())


def _peak(root: Path) -> int:
    project = Project.load(root)
    run_checks(project)  # the checks' caches hold the same strings for every size
    gc.collect()
    tracemalloc.start()
    try:
        report = run_checks(project)
        peak = tracemalloc.get_traced_memory()[1]
        interned = tracemalloc.take_snapshot().filter_traces(_INTERNING).statistics("filename")
    finally:
        tracemalloc.stop()
    assert report.findings == []
    # pathlib interns every path part; the interpreter's table of interned strings
    # grows in one step (2 MB here) whenever it fills up, in whichever run that
    # happens to be, after any earlier test: not the run's memory.
    return peak - sum(stat.size for stat in interned)


_INTERNING = [tracemalloc.Filter(True, pathlib.__file__)]


def test_peak_memory_does_not_grow_with_the_articles(tmp_path: Path) -> None:
    small = _peak(make_project(tmp_path / "small", 5, ("de",)))
    large = _peak(make_project(tmp_path / "large", 20, ("de",)))
    one_catalog = _catalog_size(tmp_path / "large")
    # Holding a language's catalogs would add 15 catalogs (about 12 times the bound);
    # holding one at a time adds a little bookkeeping per article (its file name).
    assert large - small < one_catalog, (small, large, one_catalog)


def _catalog_size(root: Path) -> int:
    """Memory of one parsed catalog of the project, as tracemalloc counts it."""
    project = Project.load(root)
    gc.collect()
    tracemalloc.start()
    try:
        catalog = runner.read_catalog(project, "de", "article-000")
        size = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert catalog is not None and len(catalog) == len(SENTENCES)
    return size


@pytest.mark.parametrize("shard", [None, Shard(2, 3)])
@pytest.mark.parametrize("count", [0, 1, 3, 5])
def test_json_report_is_byte_for_byte_one_json_dumps(shard: Shard | None, count: int) -> None:
    """as_json writes finding by finding; the bytes are those of one indented json.dumps."""
    samples = [
        Finding("numbers", "error", "ar", "ar/a.po", 12, "Take 5 mg.", "\u0665 ملغ"),
        Finding("syntax", "error", "es", "locales/es/LC_MESSAGES/ñ.po", None, "", 'a "b"\\c'),
        Finding("punctuation", "warning", "fr", "f.po", 3, "Tab\there\nand “quotes”", "→ «x»"),
        Finding("numbers", "error", "es", "f.po", 4, "50% of %(name)s", "%s: 50 %% → 5 %"),
        Finding("numbers", "error", "es", "f.po", 9, "Tab\there\nand “quotes”", "→ y"),
    ]  # the last two share their check, severity, language and file (one head for both)
    completion = Completion(total=3, translated=2, fuzzy=1, words_total=9, words_translated=6)
    report = Report(
        findings=samples[:count],
        completion={"es": completion, "ar": Completion()},
        required={"es": 95.0, "ar": 100.0},
        catalogs=[("es", "locales/es/LC_MESSAGES/ñ.po"), ("ar", "locales/ar/LC_MESSAGES/a.po")],
        shard=shard,
    )
    document: dict[str, object] = {
        "version": 1,
        "findings": [
            {
                "check": f.check,
                "severity": f.severity,
                "language": f.language,
                "file": f.file,
                "line": f.line,
                "msgid": f.msgid,
                "message": f.message,
            }
            for f in ordered(report.findings)
        ],
        "summary": summary(report),
    }
    document["catalogs"] = [{"language": lang, "file": file} for lang, file in report.catalogs]
    if shard is not None:
        document["shard"] = {"index": shard.index, "count": shard.count}
    assert as_json(report) == json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    assert as_json(report) == dumps(as_document(report))  # what report --from reads back
    assert json.loads(as_json(report))["findings"] == document["findings"]
