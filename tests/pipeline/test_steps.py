"""End to end on a copy of the shipped project: extract → update → build → compile."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest

from painl10n.languages import is_pseudo
from painl10n.pipeline.build import build
from painl10n.pipeline.compile import compile_catalogs
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po
from painl10n.project import Project
from tests.helpers import REPO
from tests.helpers.gettext import gettext_tool
from tests.helpers.project import snapshot, without_change_notes

LANGUAGES = ["en", "es", "fr", "de", "ar"]
SLUGS = ["ketamine-for-physical-and-mental-pain", "psychobiology-of-chronic-pain"]

Run = Callable[..., subprocess.CompletedProcess[str]]


class Page(HTMLParser):
    """Collects what the tests assert on: attributes of html, links and meta."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.html: dict[str, str | None] = {}
        self.alternates: dict[str, str] = {}
        self.switcher: list[tuple[str, str]] = []
        self.title = ""
        self.description: str | None = None
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self._in: list[str] = []
        self._link_href = ""
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        self.attributes.extend((tag, name, value) for name, value in attrs)
        self._in.append(tag)
        if tag == "html":
            self.html = a
        elif tag == "link" and a.get("rel") == "alternate":
            self.alternates[str(a["hreflang"])] = str(a["href"])
        elif tag == "meta" and a.get("name") == "description":
            self.description = a.get("content")
        elif tag == "a" and "nav" in self._in:
            self._link_href = str(a.get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] == "title":
            self.title += data
        elif self._in and self._in[-1] == "a" and "nav" in self._in:
            self.switcher.append((self._link_href, data))


@pytest.fixture
def built(site: Path) -> Path:
    build(Project.load(site))
    return site


def test_build_writes_the_site_in_five_languages(built: Path) -> None:
    out = built / "output"
    assert (out / "index.html").is_file()
    for lang in LANGUAGES:
        assert (out / lang / "index.html").is_file()
        for slug in SLUGS:
            assert (out / lang / f"{slug}.md").is_file()
            assert (out / lang / f"{slug}.html").is_file()
    for slug in SLUGS:
        source = (REPO / "source" / f"{slug}.md").read_text("utf-8")
        assert (out / "en" / f"{slug}.md").read_text("utf-8") == source


def test_pages_have_language_direction_alternates_and_switcher(built: Path) -> None:
    slug = SLUGS[1]
    for lang in LANGUAGES:
        page = Page((built / "output" / lang / f"{slug}.html").read_text("utf-8"))
        assert page.html["lang"] == lang
        assert page.html["dir"] == ("rtl" if lang == "ar" else "ltr")
        assert set(page.alternates) == {*LANGUAGES, "x-default"}
        assert page.alternates["x-default"] == f"../en/{slug}.html"
        names = [name for _, name in page.switcher]
        assert names == ["English", "Español", "Français", "Deutsch", "العربية"]
    es = Page((built / "output" / "es" / f"{slug}.html").read_text("utf-8"))
    assert es.title == "La psicobiología del dolor crónico"
    assert es.description and es.description.startswith("El dolor crónico")


def test_localized_markdown_uses_the_translations(built: Path) -> None:
    text = (built / "output" / "de" / f"{SLUGS[1]}.md").read_text("utf-8")
    catalog = read_po((built / "locales/de/LC_MESSAGES" / f"{SLUGS[1]}.po").read_text(), path="x")
    for entry in catalog:
        if entry.comment.startswith("front matter"):
            continue
        assert entry.msgstr in text
    assert "Chronic pain" not in text


def test_fuzzy_translations_are_never_published(site: Path) -> None:
    path = site / "locales/fr/LC_MESSAGES" / f"{SLUGS[1]}.po"
    catalog = read_po(path.read_text("utf-8"), path="x")
    target = next(e for e in catalog if e.msgid.startswith("We look forward"))
    unreviewed = target.msgstr
    target.flags.append("fuzzy")
    catalog.save(str(path))
    result = build(Project.load(site), ["fr"])
    text = (site / "output/fr" / f"{SLUGS[1]}.md").read_text("utf-8")
    assert unreviewed not in text
    assert "We look forward to helping you find the relief you need!" in text
    outcome = next(o for o in result.outcomes if o.slug == SLUGS[1])
    assert (outcome.fuzzy, outcome.untranslated) == (1, 0)


def test_raw_html_from_a_translation_never_executes(site: Path) -> None:
    """The publishing gate holds it back; silenced by a translator comment, it is
    published, and the sanitizer still removes everything that could run."""
    path = site / "locales/es/LC_MESSAGES" / f"{SLUGS[1]}.po"
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if e.msgid.startswith("We look forward"))
    entry.msgstr = (
        '¡Hola! <script>alert(1)</script><img src=x onerror="alert(2)">'
        ' <a href="javascript:alert(3)">x</a> [y](javascript:alert(4))'
    )
    catalog.save(str(path))
    result = build(Project.load(site), ["es"])
    [outcome] = [o for o in result.outcomes if o.slug == SLUGS[1]]
    [held] = outcome.withheld
    assert held.msgid == entry.msgid and {"unsafe-html"} <= {c for c, _ in held.reasons}
    html = (site / "output/es" / f"{SLUGS[1]}.html").read_text("utf-8")
    assert "¡Hola!" not in html and "We look forward" in html
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if e.msgid.startswith("We look forward"))
    entry.tcomment = "painl10n-ignore: " + ", ".join(check for check, _ in held.reasons)
    catalog.save(str(path))
    build(Project.load(site), ["es"])
    html = (site / "output/es" / f"{SLUGS[1]}.html").read_text("utf-8")
    assert "¡Hola!" in html
    page = Page(html)
    assert "script" not in page.tags
    for tag, name, value in page.attributes:
        assert not name.startswith("on"), (tag, name)
        assert not (value or "").strip().lower().startswith(("javascript:", "data:")), (tag, value)


def test_second_run_rewrites_nothing(built: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in built.rglob("*") if p.is_file()}
    content = snapshot(built)
    result = build(Project.load(built))
    assert result.files.changed == []
    assert snapshot(built) == content
    assert {p: p.stat().st_mtime_ns for p in built.rglob("*") if p.is_file()} == before


def test_template_date_moves_only_when_content_does(site: Path) -> None:
    project = Project.load(site)
    extract(project)
    pot = site / "locales/templates/LC_MESSAGES" / f"{SLUGS[0]}.pot"
    first = pot.read_text("utf-8")
    written = extract(project).files
    assert written.changed == [] and pot.read_text("utf-8") == first
    src = site / "source" / f"{SLUGS[0]}.md"
    src.write_text(src.read_text("utf-8") + "\nA new closing paragraph.\n", "utf-8")
    written = extract(project).files
    assert written.changed == [f"locales/templates/LC_MESSAGES/{SLUGS[0]}.pot"]
    assert 'msgid "A new closing paragraph."' in pot.read_text("utf-8")


def test_extract_removes_templates_of_deleted_articles(site: Path) -> None:
    project = Project.load(site)
    build(project)
    assert (site / "output/es" / f"{SLUGS[0]}.html").is_file()
    (site / "source" / f"{SLUGS[0]}.md").unlink()
    written = extract(project).files
    assert written.removed == [f"locales/templates/LC_MESSAGES/{SLUGS[0]}.pot"]
    assert (site / "locales/es/LC_MESSAGES" / f"{SLUGS[0]}.po").is_file()
    result = build(project)
    assert not (site / "output/es" / f"{SLUGS[0]}.html").exists()
    assert f"output/es/{SLUGS[0]}.html" in result.files.removed


def test_shipped_catalogs_pass_msgfmt_check_and_are_complete() -> None:
    msgfmt = gettext_tool("msgfmt")
    files = sorted((REPO / "locales").rglob("*.po")) + sorted((REPO / "locales").rglob("*.pot"))
    files = [p for p in files if not is_pseudo(p.parts[-3])]  # generated, git-ignored
    assert len(files) == 10
    for path in files:
        run = subprocess.run(
            [msgfmt, "-c", "--statistics", "-o", "/dev/null", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        warnings = [line for line in run.stderr.splitlines() if "warning" in line]
        if path.suffix == ".pot":
            # A template keeps gettext's placeholders (as xgettext writes them);
            # msgfmt names them, and nothing else may be wrong.
            warnings = [w for w in warnings if "still has the initial default value" not in w]
        assert warnings == [], run.stderr
        if path.suffix == ".po":
            assert re.fullmatch(r"\d+ translated messages\.\n", run.stderr), (path, run.stderr)


def test_shipped_catalogs_are_current(site: Path) -> None:
    """The committed templates and catalogs are what extract + update produce."""
    before = snapshot(site / "locales")
    project = Project.load(site)
    extract(project)
    update(project)
    assert snapshot(site / "locales") == before


def test_msgcat_would_not_rewrap_our_files(built: Path) -> None:
    msgcat = gettext_tool("msgcat")
    for path in sorted((built / "locales").rglob("*.po*")):
        run = subprocess.run(
            [msgcat, "--width=79", str(path)], capture_output=True, text=True, check=True
        )
        assert run.stdout == path.read_text("utf-8"), path


def test_compile_writes_mo_that_msgunfmt_reads_back(site: Path) -> None:
    msgunfmt = gettext_tool("msgunfmt")
    project = Project.load(site)
    written = compile_catalogs(project, ["ar", "es"]).files
    assert len(written.changed) == 4
    for lang in ("ar", "es"):
        for slug in SLUGS:
            mo = site / "locales" / lang / "LC_MESSAGES" / f"{slug}.mo"
            run = subprocess.run([msgunfmt, str(mo)], capture_output=True, text=True, check=True)
            back = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(run.stdout) if e.msgid}
            po = polib.pofile(str(mo.with_suffix(".po")))
            expected = {
                (e.msgctxt, e.msgid): e.msgstr
                for e in po
                if e.msgstr and "fuzzy" not in e.flags and not e.obsolete
            }
            assert back == expected
    assert compile_catalogs(project, ["ar", "es"]).files.changed == []


def test_compile_leaves_fuzzy_entries_out(site: Path) -> None:
    msgunfmt = gettext_tool("msgunfmt")
    path = site / "locales/es/LC_MESSAGES" / f"{SLUGS[0]}.po"
    catalog = polib.pofile(str(path))
    catalog[3].flags.append("fuzzy")
    catalog.save(str(path))
    compile_catalogs(Project.load(site), ["es"])
    run = subprocess.run(
        [msgunfmt, str(path.with_suffix(".mo"))], capture_output=True, text=True, check=True
    )
    assert catalog[3].msgid not in {e.msgid for e in polib.pofile(run.stdout)}


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("nplurals=2; plural=n;", "can produce values as large as 2"),
        ("nplurals=2; plural=n/0;", "division by zero"),
        ("nplurals=7; plural=(n%0)+exit(1);", "invalid plural expression"),
    ],
)
def test_compile_refuses_plural_forms_msgfmt_refuses(
    site: Path, run_cli: Run, header: str, message: str
) -> None:
    """Such a .mo makes Python's gettext raise when it is loaded: none is written."""
    path = site / "locales/es/LC_MESSAGES" / f"{SLUGS[0]}.po"
    text = path.read_text("utf-8").replace("nplurals=2; plural=(n != 1);", header)
    path.write_text(text, "utf-8")
    line = text[: text.index('"Plural-Forms:')].count("\n") + 1
    before = snapshot(site)
    result = run_cli("compile", "-p", str(site))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(
        f"painl10n: error: locales/es/LC_MESSAGES/{SLUGS[0]}.po:{line}: cannot compile: "
    )
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert snapshot(site) == before  # no .mo of any catalog written
    path.write_text(text.replace(header, "nplurals=2; plural=(n != 1);"), "utf-8")
    assert run_cli("compile", "-p", str(site)).returncode == 0  # the near miss


def test_cli_build_summary(site: Path, run_cli: Run) -> None:
    result = run_cli("build", "--project", str(site))
    assert result.returncode == 0, result.stderr
    assert f"es/{SLUGS[1]}: 37/37 translated" in result.stdout
    quiet = run_cli("build", "-p", str(site), "-q")
    assert quiet.returncode == 0 and quiet.stdout == ""


def test_update_gives_exactly_what_msgmerge_gives(site: Path) -> None:
    """After real edits (changed, shortened and removed paragraphs) our merge equals
    GNU msgmerge --previous byte for byte: fuzzy flags, #| msgid and #~ entries.

    Without a termbase: the glossary comment is painl10n's own addition, and so
    is the change note on each fuzzy entry, the only lines taken out before
    comparing. None of these edits is typography only (where we differ on
    purpose: tests/catalogs/test_update_review.py)."""
    msgmerge = gettext_tool("msgmerge")
    (site / "locales" / "glossary.tbx").unlink(missing_ok=True)
    project = Project.load(site)
    update(project)  # catalogs as they are without glossary comments
    src = site / "source" / f"{SLUGS[1]}.md"
    text = src.read_text("utf-8").replace("more than three months", "more than six months")
    text = text.replace(
        "We look forward to helping you find the relief you need!",
        "We look forward to helping you.",
    )
    start = text.index("Additionally, chronic pain has been linked")
    text = text[:start] + text[text.index("## Common Chronic Pain Conditions") :]
    src.write_text(text, "utf-8")
    extract(project)
    pot = site / "locales/templates/LC_MESSAGES" / f"{SLUGS[1]}.pot"
    for lang in ("es", "ar"):
        po = site / "locales" / lang / "LC_MESSAGES" / f"{SLUGS[1]}.po"
        expected = subprocess.run(
            [msgmerge, "-q", "--previous", str(po), str(pot), "-o", "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        result = update(project, [lang], slugs=[SLUGS[1]])
        stats = result.stats[(lang, SLUGS[1])]
        assert (stats.fuzzy, stats.obsoleted, stats.retypeset) == (2, 1, 0)
        ours, notes = without_change_notes(po.read_text("utf-8"))
        assert notes == 2  # one per fuzzy entry, and nothing else removed
        assert ours == expected
        assert "#| msgid " in expected and "#~ msgid " in expected


def test_pybabel_compile_works_on_the_layout(site: Path) -> None:
    """Babel's/Sphinx's layout: `pybabel compile -d locales -D <slug>` just works."""
    import sys

    for slug in SLUGS:
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "babel.messages.frontend",
                "compile",
                "-d",
                "locales",
                "-D",
                slug,
            ],
            cwd=site,
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        for lang in LANGUAGES[1:]:
            assert (site / "locales" / lang / "LC_MESSAGES" / f"{slug}.mo").stat().st_size > 1000
