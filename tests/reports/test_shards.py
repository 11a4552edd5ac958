"""``report --from``: the shards of a CI matrix merged into one report, page and exit code.

One scratch copy of the shipped project, with a third article (a copy of the
ketamine article under another slug, so each of three shards holds one) and
findings injected in each shard: broken markup in Spanish (shard 1), a missing
German catalog (shard 2), two fuzzy French entries (shard 3), and a Spanish
translation of the copy that differs from the original's, which only an
unsharded check can see (consistency across articles is per shard).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polib
import pytest
from defusedxml.ElementTree import fromstring

from painl10n.checks.registry import check_descriptions
from painl10n.errors import Painl10nError
from painl10n.pipeline.check import run_checks
from painl10n.po import write_po
from painl10n.project import Project
from painl10n.reports.formats import as_json, render
from painl10n.reports.merge import merge_reports, merge_shards
from painl10n.reports.read import read_report, report_from_document
from painl10n.runtime.shard import Shard
from tests.helpers.html import HtmlPage
from tests.helpers.project import copy_shipped_project, snapshot

KETAMINE = "ketamine-for-physical-and-mental-pain"
PSYCHO = "psychobiology-of-chronic-pain"
COPY = "ketamine-copy"
SHARD_OF = {PSYCHO: 1, COPY: 2, KETAMINE: 3}


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The real command line in a subprocess, as the conftest ``run_cli`` fixture runs it."""
    env = {k: v for k, v in os.environ.items() if k != "PAINL10N_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "painl10n", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def catalog(root: Path, language: str, slug: str) -> Path:
    return root / "locales" / language / "LC_MESSAGES" / f"{slug}.po"


def inject_findings(root: Path) -> None:
    for name in ("locales/templates/LC_MESSAGES/{}.pot", "source/{}.md"):
        shutil.copy(root / name.format(KETAMINE), root / name.format(COPY))
    for language in ("es", "fr", "de", "ar"):
        shutil.copy(catalog(root, language, KETAMINE), catalog(root, language, COPY))
    catalog(root, "de", COPY).unlink()

    def edit(language: str, slug: str, change: Any) -> None:
        path = catalog(root, language, slug)
        entries = polib.pofile(str(path))
        change([e for e in entries if not e.obsolete and e.msgid])
        path.write_text(write_po(entries), "utf-8")

    def unbold(entries: list[polib.POEntry]) -> None:
        entry = next(e for e in entries if e.msgstr.startswith("**Genética:**"))
        entry.msgstr = entry.msgstr.replace("**Genética:**", "Genética:")

    def fuzzy(entries: list[polib.POEntry]) -> None:
        for entry in entries[3:5]:
            entry.flags.append("fuzzy")

    def reword(entries: list[polib.POEntry]) -> None:
        plain = (e for e in entries if "glossary:" not in e.comment)  # no term to break
        entry = next(e for e in plain if len(e.msgstr.split()) > 8)
        entry.msgstr = entry.msgstr.replace(" ", " muy ", 1)

    edit("es", PSYCHO, unbold)
    edit("fr", KETAMINE, fuzzy)
    edit("es", COPY, reword)


@dataclass
class Matrix:
    root: Path
    reports: Path  # folder of the JSON reports, outside the project
    whole: str  # unsharded check --format json

    @property
    def shards(self) -> list[Path]:
        return [self.reports / f"check-{k}.json" for k in (1, 2, 3)]

    def check(self, *args: str) -> subprocess.CompletedProcess[str]:
        return cli("check", "-p", self.root, *args)

    def report(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return cli("report", "-p", self.root, *args)

    def from_shards(self) -> list[str | Path]:
        return [arg for path in self.shards for arg in ("--from", path)]


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Matrix:
    base = tmp_path_factory.mktemp("matrix")
    root = copy_shipped_project(base / "site")
    inject_findings(root)
    reports = base / "reports"
    reports.mkdir()
    found = Matrix(root, reports, "")
    for slug, k in SHARD_OF.items():
        assert Shard(k, 3).holds(slug)
    for k in (1, 2, 3):
        done = found.check("--shard", f"{k}/3", "--format", "json", "-o", str(found.shards[k - 1]))
        assert done.returncode == 1, done.stderr  # every shard holds an injected error
        assert done.stdout == ""
    for spec, extra in (("1/2", []), ("2/3", ["-l", "es"])):
        name = f"extra-{spec.replace('/', 'of')}{'-es' if extra else ''}.json"
        done = found.check("--shard", spec, "-f", "json", "-o", str(reports / name), *extra)
        assert done.returncode in (0, 1) and (reports / name).is_file(), done.stderr
    done = found.check("--format", "json")
    assert done.returncode == 1, done.stderr
    found.whole = done.stdout
    (base / "whole.json").write_text(found.whole, "utf-8")
    return found


def without_consistency(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in findings if f["check"] != "consistency"]


def test_merged_shards_equal_the_unsharded_check(matrix: Matrix, tmp_path: Path) -> None:
    merged_path = tmp_path / "merged.json"
    done = matrix.report(*matrix.from_shards(), "--format", "json", "-o", merged_path)
    assert done.returncode == 1, done.stderr  # the merged report has errors: the job fails
    assert done.stdout == ""
    merged, whole = json.loads(merged_path.read_text("utf-8")), json.loads(matrix.whole)
    assert merged["shards"] == [1, 2, 3]

    # The injected findings, one shard each, are all in the merged report.
    located = {(f["check"], f["language"], f["file"], f["line"]) for f in merged["findings"]}
    assert ("markup", "es", f"locales/es/LC_MESSAGES/{PSYCHO}.po") in {k[:3] for k in located}
    assert ("untranslated", "de", f"locales/de/LC_MESSAGES/{COPY}.po", None) in located
    fuzzy = [f for f in merged["findings"] if f["check"] == "fuzzy"]
    assert [(f["language"], f["severity"]) for f in fuzzy] == [("fr", "error")] * 2

    # Consistency across articles is checked within a shard: the differing
    # Spanish translation of the copy (shard 2) and the original (shard 3)
    # is seen by the unsharded check only.
    inconsistent = [f for f in whole["findings"] if f["check"] == "consistency"]
    reworded = [f for f in inconsistent if f["language"] == "es"]
    assert reworded and all(f"{COPY}.po" in f["message"] for f in reworded)
    assert not [f for f in merged["findings"] if f["check"] == "consistency"]
    assert merged["findings"] == without_consistency(whole["findings"])

    assert json.dumps(merged["summary"]["languages"]) == json.dumps(whole["summary"]["languages"])
    assert merged["summary"]["languages"]["fr"]["fuzzy"] == 2
    assert merged["catalogs"] == whole["catalogs"] and len(merged["catalogs"]) == 12
    assert merged["summary"]["catalogs"] == whole["summary"]["catalogs"] == 12
    assert merged["summary"]["errors"] == whole["summary"]["errors"] == 4
    assert merged["summary"]["warnings"] == whole["summary"]["warnings"] - len(inconsistent)


def test_one_unsharded_report_round_trips_in_every_format(matrix: Matrix) -> None:
    whole_path = matrix.reports.parent / "whole.json"
    done = cli("report", "--from", whole_path, "--format", "json")
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout)
    assert document.pop("shards") == [1]  # a report without a shard is shard 1 of 1
    assert json.dumps(document, ensure_ascii=False, indent=2) + "\n" == matrix.whole
    report = read_report(whole_path)
    assert render(report, "json") == matrix.whole
    for fmt in ("text", "junit", "github"):
        done = matrix.check("--format", fmt)
        assert done.returncode == 1, done.stderr
        assert render(report, fmt) == done.stdout, fmt


def test_merged_junit_github_and_text(matrix: Matrix, tmp_path: Path) -> None:
    pattern = str(matrix.reports / "check-*.json")  # quoted: painl10n expands it
    done = matrix.report("--from", pattern, "--format", "junit", "-o", tmp_path / "merged.xml")
    assert done.returncode == 1, done.stderr
    merged = fromstring((tmp_path / "merged.xml").read_text("utf-8"))
    unsharded = matrix.check("--format", "junit")
    whole = fromstring(unsharded.stdout)
    whole_findings = json.loads(matrix.whole)["findings"]
    failing_pairs = {(f["file"], f["check"]) for f in whole_findings if f["severity"] == "error"}
    assert merged.get("failures") == whole.get("failures") == str(len(failing_pairs)) == "3"
    assert merged.get("tests") == whole.get("tests") == str(12 * len(check_descriptions()))

    def failing(root: Any) -> set[tuple[str, str, str]]:
        return {
            (suite.get("name"), case.get("classname"), case.get("name"))
            for suite in root.iter("testsuite")
            for case in suite.iter("testcase")
            if case.find("failure") is not None
        }

    assert failing(merged) == failing(whole)
    assert len(failing(merged)) == 3  # the two fuzzy entries fail one test case
    suites = [(s.get("name"), s.get("failures")) for s in merged.iter("testsuite")]
    assert suites == [
        ("painl10n check es", "1"),
        ("painl10n check fr", "1"),
        ("painl10n check de", "1"),
        ("painl10n check ar", "0"),
    ]

    done = matrix.report("--from", pattern, "--format", "github")
    assert done.returncode == 1
    github = matrix.check("--format", "github").stdout.splitlines()
    assert done.stdout.splitlines() == [line for line in github if "consistency" not in line]
    assert sum(line.startswith("::error ") for line in done.stdout.splitlines()) == 4

    done = matrix.report(*matrix.from_shards(), "--format", "text")
    assert done.returncode == 1
    warnings = sum(f["severity"] == "warning" for f in without_consistency(whole_findings))
    last = done.stdout.splitlines()[-1]
    assert last == f"check FAILED: 4 errors, {warnings} warnings in 12 catalogs"


def test_status_page_from_merged_shards(matrix: Matrix) -> None:
    # The shell expands check-*.json to "--from check-1.json check-2.json check-3.json".
    done = matrix.report("--from", *matrix.shards)
    assert done.returncode == 1, done.stderr
    whole_findings = json.loads(matrix.whole)["findings"]
    warnings = sum(f["severity"] == "warning" for f in without_consistency(whole_findings))
    assert done.stdout.splitlines()[-1] == (
        f"output/status/index.html: es, fr, de, ar; 4 errors, {warnings} warnings "
        "(from 3 shard reports)"
    )
    folder = matrix.root / "output" / "status"
    page = HtmlPage(folder / "index.html")
    note = page.one("p", class_="merged")
    assert note.text == (
        "Merged from the reports of 3 shards (check --shard K/3); "
        "consistency across articles was checked within each shard."
    )

    # The page an unsharded report writes, in a folder as deep (same relative links).
    unsharded = matrix.report("-o", matrix.root / "output" / "whole")
    assert unsharded.returncode == 0, unsharded.stderr  # without --from, findings do not fail
    whole_html = (matrix.root / "output" / "whole" / "index.html").read_text("utf-8")
    merged_html = (folder / "index.html").read_text("utf-8")
    cut = '<section aria-labelledby="findings">'
    assert merged_html.split(cut)[0] == whole_html.split(cut)[0]  # languages and articles
    for badge in ("es", "fr", "de", "ar"):
        name = f"badge-{badge}.svg"
        assert (folder / name).read_bytes() == (matrix.root / "output/whole" / name).read_bytes()

    def rows(found: HtmlPage) -> list[list[str]]:
        """The findings table's rows (the only rows with a severity class), as cell texts."""
        return [
            [cell.text for cell in tr.inner if cell.tag == "td"]
            for tr in found.all("tr")
            if tr.attrs.get("class") in ("error", "warning") and "tbody" in tr.ancestors
        ]

    merged_rows = rows(page)
    whole_rows = rows(HtmlPage(matrix.root / "output" / "whole" / "index.html"))
    assert merged_rows == [row for row in whole_rows if row[1] != "consistency"]
    assert len(merged_rows) < len(whole_rows)
    shown = {(row[1], row[2], row[3]) for row in merged_rows}
    expected = {
        (f["check"], f["language"], f"{f['file']}:{f['line']}" if f["line"] else f["file"])
        for f in without_consistency(whole_findings)
    }
    assert {(c, lang, where.removesuffix(" (missing)")) for c, lang, where in shown} == expected
    assert ("untranslated", "de", f"locales/de/LC_MESSAGES/{COPY}.po (missing)") in shown
    summary = next(p for p in page.all("p") if p.text.endswith("(painl10n check)."))
    assert summary.text.startswith("4 errors, ")

    again = matrix.report("--from", *matrix.shards)
    assert again.returncode == 1
    assert "wrote" not in again.stdout  # a second run rewrites nothing


def test_language_option_narrows_the_merged_report(matrix: Matrix) -> None:
    done = matrix.report(*matrix.from_shards(), "-l", "es", "--format", "json")
    assert done.returncode == 1, done.stderr
    merged, whole = json.loads(done.stdout), json.loads(matrix.whole)
    assert list(merged["summary"]["languages"]) == ["es"]
    es = [f for f in without_consistency(whole["findings"]) if f["language"] == "es"]
    assert merged["findings"] == es and merged["summary"]["errors"] == 1
    assert [c["language"] for c in merged["catalogs"]] == ["es"] * 3
    # Arabic has no error in any shard: merging only it passes (near miss of the above).
    done = matrix.report(*matrix.from_shards(), "-l", "ar", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"]["errors"] == 0


def test_clean_shards_exit_0(tmp_path: Path) -> None:
    root = copy_shipped_project(tmp_path / "clean")
    paths = [tmp_path / f"clean-{k}.json" for k in (1, 2)]
    for k, path in enumerate(paths, 1):
        done = cli("check", "-p", root, "--shard", f"{k}/2", "-f", "json", "-o", path)
        assert done.returncode == 0, done.stderr
    done = cli("report", "-p", root, "-q", "--from", paths[1], paths[0])
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    page = HtmlPage(root / "output" / "status" / "index.html")
    assert page.one("p", class_="merged").text.startswith("Merged from the reports of 2 shards")
    assert "No findings." in [p.text for p in page.all("p")]
    done = cli("report", "--from", *paths, "--format", "json", "-q")
    assert (done.returncode, done.stdout) == (0, "")  # -q: silent when all is well
    done = cli("report", "--from", *paths, "--format", "json")
    assert done.returncode == 0 and json.loads(done.stdout)["summary"]["errors"] == 0


def _write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def bad_arguments(case: str, m: Matrix, tmp: Path) -> list[str | Path]:
    """The ``report`` arguments of a bad input (each file is read before anything is written)."""
    first, second, third = m.shards
    if case == "missing shard":
        return ["--from", first, "--from", third]
    if case == "duplicate shard":
        return [*m.from_shards(), "--from", second]
    if case == "mixed N":
        return [*m.from_shards(), "--from", m.reports / "extra-1of2.json"]
    if case == "other languages":
        return ["--from", first, "--from", m.reports / "extra-2of3-es.json", "--from", third]
    if case == "not JSON":  # a truncated upload
        cut = _write(tmp / "check-3.json", third.read_text("utf-8")[:200])
        return ["--from", first, "--from", second, "--from", cut]
    if case == "stats JSON":  # valid JSON, version 1, but another document
        stats = cli("stats", "-p", m.root, "--format", "json").stdout
        return ["--from", _write(tmp / "stats.json", stats)]
    if case == "tampered summary":
        document = json.loads(first.read_text("utf-8"))
        document["summary"]["errors"] += 1
        return ["--from", _write(tmp / "tampered.json", json.dumps(document)), second, third]
    if case == "no such file":
        return ["--from", tmp / "nowhere.json", second, third]
    if case == "glob matches nothing":
        return ["--from", str(tmp / "none-*.json")]
    assert case == "language not in the reports"
    return [*m.from_shards(), "-l", "it"]


BAD_INPUTS = {
    "missing shard": "shard 2/3 is missing",
    "duplicate shard": "shard 2/3 is also in",
    "mixed N": r"reports are not shards of one run \(shard counts 2, 3\)",
    "other languages": r"checked other languages or required completions \(es 100%\)",
    "not JSON": r"/check-3\.json:\d+: not a painl10n check report \(invalid JSON: ",
    "stats JSON": "/stats.json: not a painl10n check report: the document has no list 'findings'",
    "tampered summary": r"/tampered\.json: not a painl10n check report: summary\.errors is 2 but "
    "the report lists 1",
    "no such file": "nowhere.json: no such report",
    "glob matches nothing": "no report matches",
    "language not in the reports": "language 'it' is not in the reports",
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
@pytest.mark.parametrize("mode", ["page", "json"])
def test_bad_inputs_exit_2_and_write_nothing(
    matrix: Matrix, tmp_path: Path, case: str, mode: str
) -> None:
    args, expected = bad_arguments(case, matrix, tmp_path), BAD_INPUTS[case]
    target = tmp_path / "out" / ("merged.json" if mode == "json" else "page")
    before, reports = snapshot(matrix.root), snapshot(matrix.reports)
    extra = ["--format", "json"] if mode == "json" else []
    done = matrix.report(*args, *extra, "-o", target)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stderr.startswith("painl10n: error: ") and done.stderr.count("\n") == 1
    assert re.search(expected, done.stderr), done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not target.exists() and not (tmp_path / "out").exists()
    assert snapshot(matrix.root) == before and snapshot(matrix.reports) == reports


def test_format_needs_from_and_a_known_format(matrix: Matrix, tmp_path: Path) -> None:
    before = snapshot(matrix.root)
    for args, expected in (
        (["--format", "json"], "--format needs --from"),
        ([*matrix.from_shards(), "--format", "html"], "unknown format 'html'"),
    ):
        done = matrix.report(*args, "-o", tmp_path / "x")
        assert done.returncode == 2 and expected in done.stderr, done.stderr
        assert done.stderr.count("\n") == 1 and not (tmp_path / "x").exists()
    assert snapshot(matrix.root) == before


def _mutations() -> dict[str, tuple[Any, str]]:
    def set_in(*keys: Any, value: Any) -> Any:
        def change(document: dict[str, Any]) -> None:
            target = document
            for key in keys[:-1]:
                target = target[key]
            if value is KeyError:
                del target[keys[-1]]
            else:
                target[keys[-1]] = value

        return change

    return {
        "line 0": (set_in("findings", 0, "line", value=0), "findings[0].line is not a line number"),
        "line true": (set_in("findings", 0, "line", value=True), "findings[0].line"),
        "severity": (set_in("findings", 0, "severity", value="info"), "findings[0].severity"),
        "no msgid": (
            set_in("findings", 0, "msgid", value=KeyError),
            "findings[0].msgid is not a string",
        ),
        "version": (set_in("version", value=2), "'version' is not 1"),
        "counts": (
            set_in("summary", "languages", "es", "messages", value=1000),
            "summary.languages.es: messages is not translated + fuzzy + untranslated",
        ),
        "required": (
            set_in("summary", "languages", "es", "required", value=101),
            "required is not a percentage",
        ),
        "negative": (
            set_in("summary", "languages", "fr", "obsolete", value=-1),
            "obsolete is not a whole number",
        ),
        "catalog dropped": (
            lambda d: d["catalogs"].pop(),
            "summary.catalogs is 12 but the report lists 11",
        ),
        "catalog language": (
            set_in("catalogs", 0, "language", value="it"),
            "language 'it' is not in",
        ),
        "shard": (set_in("shard", value={"index": 4, "count": 3}), "shard 4/3"),
        "finding language": (
            set_in("findings", 0, "language", value="it"),
            "language 'it' of a finding",
        ),
        "list": (lambda d: d.clear(), "'version' is not 1"),
    }


@pytest.mark.parametrize("name", list(_mutations()))
def test_report_document_validation_names_the_field(matrix: Matrix, name: str) -> None:
    change, expected = _mutations()[name]
    document = json.loads(matrix.whole)
    assert render(report_from_document(document), "json") == matrix.whole  # near miss: valid
    change(document)
    with pytest.raises(Painl10nError, match="not a painl10n check report") as caught:
        report_from_document(document, Path("r.json"))
    assert expected in str(caught.value) and str(caught.value).startswith("r.json: ")


def test_merged_catalogs_keep_the_unsharded_order(tmp_path: Path) -> None:
    """Catalogs sort by slug, not file name: 'pain' before 'pain-b' though '-' < '.'."""
    root = copy_shipped_project(tmp_path / "slugs")
    for slug in ("pain", "pain-b"):
        shutil.copy(root / f"source/{KETAMINE}.md", root / f"source/{slug}.md")  # not orphans
        shutil.copy(root / f"locales/templates/LC_MESSAGES/{KETAMINE}.pot",
                    root / f"locales/templates/LC_MESSAGES/{slug}.pot")  # fmt: skip
        for language in ("es", "fr", "de", "ar"):
            shutil.copy(catalog(root, language, KETAMINE), catalog(root, language, slug))
    shards = [Shard(k, 2) for k in (1, 2)]
    assert [s.holds("pain") for s in shards] != [s.holds("pain-b") for s in shards]
    project = Project.load(root)
    paths = []
    for shard in shards:
        paths.append(
            _write(tmp_path / f"{shard.index}.json", as_json(run_checks(project, shard=shard)))
        )
    whole = json.loads(as_json(run_checks(project)))
    merged = merge_reports(paths)
    es = [Path(c["file"]).stem for c in merged["catalogs"] if c["language"] == "es"]
    assert es == sorted([KETAMINE, "pain", "pain-b", PSYCHO])
    assert sorted(es, key=lambda stem: f"{stem}.po") != es  # the near miss: file-name order
    assert merged["catalogs"] == whole["catalogs"]
    junit = render(merge_shards(paths).report, "junit")
    assert junit == render(run_checks(project), "junit")
