"""The publishing gate (issue 16): what ``check`` rejects is not published, a page never
silently mixes languages, and ``publish = "reviewed"`` publishes signed-off text only.

The scenario is the issue's own: a translator changed a dose (100\u2013200 mg →
100\u2013250 mg), dropped "/kg" and dropped a "No"; ``check`` failed and ``build``
still published the page. Each test builds a real project and reads what was
written: the localized Markdown, the HTML pages, the CLI's output, the status page.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from painl10n import Project, build
from painl10n.catalogs.signoff import sign
from painl10n.errors import Painl10nError
from painl10n.pipeline.extract import extract
from painl10n.pipeline.gate import GateRefused
from painl10n.pipeline.update import update
from painl10n.po import read_po, write_po
from painl10n.reports.status import write_status
from painl10n.site.chrome import untranslated_notice
from tests.helpers.html import HtmlPage
from tests.helpers.project import snapshot

ARTICLE = """\
---
title: Ibuprofen
---

# Ibuprofen

The usual dose is 100\u2013200 mg every 4 to 6 hours.

For children, give 10 mg/kg every 8 hours.

Do not take more than 1200 mg in a day.

| Age | Dose |
|---|---|
| Adults | 200 mg |

Ask your pharmacist if you are unsure.
"""
# A second article, fully and correctly translated: --strict must not write it either.
OTHER = "---\ntitle: Rest\n---\n\nRest for two days.\n"

DOSE = "The usual dose is 100\u2013200 mg every 4 to 6 hours."
PER_KG = "For children, give 10 mg/kg every 8 hours."
NEGATED = "Do not take more than 1200 mg in a day."
GOOD = {
    "Ibuprofen": "Ibuprofeno",
    DOSE: "La dosis habitual es de 100\u2013200 mg cada 4 a 6 horas.",
    PER_KG: "En niños, administre 10 mg/kg cada 8 horas.",
    NEGATED: "No tome más de 1200 mg al día.",
    "Age": "Edad",
    "Dose": "Dosis",
    "Adults": "Adultos",
    "200 mg": "200 mg",
    "Ask your pharmacist if you are unsure.": "Consulte a su farmacéutico si tiene dudas.",
    "Rest": "Reposo",
    "Rest for two days.": "Repose durante dos días.",
}
# What the translator of the issue did.
BAD = {
    DOSE: "La dosis habitual es de 100\u2013250 mg cada 4 a 6 horas.",
    PER_KG: "En niños, administre 10 mg cada 8 horas.",
    NEGATED: "Tome más de 1200 mg al día.",
}
# Two of the ten strings (20 %): the title, in the front matter and as the heading.
ARABIC = {"Ibuprofen": "إيبوبروفين"}
NOTICE_ES = "Algunas partes de esta página aún no están traducidas; se muestran en inglés."
NOTICE_AR = "بعض أجزاء هذه الصفحة لم تُترجَم بعد؛ وهي معروضة باللغة الإنجليزية."


def make_project(
    root: Path,
    spanish: dict[str, str],
    settings: str = "",
    arabic: dict[str, str] | None = None,
) -> Project:
    """The two articles in en, catalogs for es and ar filled from the tables."""
    (root / "source").mkdir(parents=True)
    (root / "painl10n.toml").write_text(f'languages = ["es", "ar"]\n{settings}', "utf-8")
    (root / "source" / "ibuprofen.md").write_text(ARTICLE, "utf-8")
    (root / "source" / "rest.md").write_text(OTHER, "utf-8")
    project = Project.load(root)
    extract(project)
    update(project)
    for language, table in (("es", spanish), ("ar", arabic or {})):
        for slug in ("ibuprofen", "rest"):
            translate(project, language, slug, table)
    return project


def translate(project: Project, language: str, slug: str, table: dict[str, str]) -> None:
    path = project.catalog_path(language, slug)
    catalog = read_po(path.read_text("utf-8"), path=str(path))
    for entry in catalog:
        if entry.msgid in table:
            entry.msgstr = table[entry.msgid]
    path.write_text(write_po(catalog), "utf-8")


def outcome_of(result: object, language: str, slug: str = "ibuprofen") -> object:
    outcomes = result.outcomes  # type: ignore[attr-defined]
    [found] = [o for o in outcomes if (o.language, o.slug) == (language, slug)]
    return found


def markdown(project: Project, language: str, slug: str = "ibuprofen") -> str:
    return project.output_path(language, f"{slug}.md").read_text("utf-8")


def page(project: Project, language: str, slug: str = "ibuprofen") -> HtmlPage:
    return HtmlPage(project.output_path(language, f"{slug}.html"))


def run_cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src"), "CI": "1"}
    return subprocess.run(
        [sys.executable, "-m", "painl10n", *args, "-p", str(root)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.fixture
def issue(tmp_path: Path) -> Project:
    """The issue's catalogs: every string translated, three of them wrongly."""
    return make_project(tmp_path / "p", {**GOOD, **BAD})


# --- the gate ------------------------------------------------------------------------


def test_the_issues_edits_are_not_published(issue: Project) -> None:
    result = build(issue)
    outcome = outcome_of(result, "es")
    held = {w.msgid: {check for check, _ in w.reasons} for w in outcome.withheld}  # type: ignore[attr-defined]
    assert held == {DOSE: {"numbers"}, PER_KG: {"numbers"}, NEGATED: {"negation"}}
    assert (outcome.translated, outcome.held, outcome.total) == (7, 3, 10)  # type: ignore[attr-defined]
    text = markdown(issue, "es")
    for source, wrong in BAD.items():
        assert wrong not in text and source in text  # the source's text in its place
    assert "title: Ibuprofeno\n" in text and "# Ibuprofeno\n" in text
    assert "Consulte a su farmacéutico si tiene dudas." in text and "pharmacist" not in text
    html = issue.output_path("es", "ibuprofen.html").read_text("utf-8")
    assert "250" not in html and "Tome más" not in html
    # The other article, correct, is published whole.
    assert markdown(issue, "es", "rest") == OTHER.replace("Rest", "Reposo", 1).replace(
        "Rest for two days.", "Repose durante dos días."
    )


def test_the_correct_translations_of_the_same_strings_are_published(tmp_path: Path) -> None:
    """The near miss: the same entries, translated faithfully, pass the gate."""
    project = make_project(tmp_path / "p", GOOD)
    result = build(project)
    outcome = outcome_of(result, "es")
    assert (outcome.translated, outcome.held, outcome.withheld) == (10, 0, ())  # type: ignore[attr-defined]
    text = markdown(project, "es")
    assert GOOD[DOSE] in text and GOOD[PER_KG] in text and GOOD[NEGATED] in text
    assert NOTICE_ES not in project.output_path("es", "ibuprofen.html").read_text("utf-8")


def test_the_build_summary_names_each_entry_and_why(issue: Project) -> None:
    done = run_cli(issue.settings.root, "build")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert (
        "es/ibuprofen: 7/10 translated — source text used for 3 held back by the "
        "publishing gate; page published with a notice"
    ) in lines
    catalog = "locales/es/LC_MESSAGES/ibuprofen.po"
    held = [line for line in lines if line.startswith("  not published: ")]
    assert len(held) == 3, done.stdout
    dose, per_kg, negated = held
    assert dose.startswith(f"  not published: {catalog}:")
    assert f"'{DOSE}': numbers: 200 mg in the source is missing" in dose
    assert f"'{PER_KG}': numbers: " in per_kg and "mg/kg" in per_kg
    assert f"'{NEGATED}': negation: " in negated
    # The line is the entry's own in the catalog as written.
    line = int(dose.split(f"{catalog}:")[1].split()[0])
    po_lines = (issue.settings.root / catalog).read_text("utf-8").splitlines()
    assert po_lines[line - 1] == f'msgid "{DOSE}"'


def test_the_status_page_lists_the_entries_not_published(issue: Project) -> None:
    build(issue)
    write_status(issue)
    status = HtmlPage(issue.settings.output_dir / "status" / "index.html")
    rows = [tr for tr in status.all("tr") if "tbody" in tr.ancestors and "table" in tr.ancestors]
    held = [" ".join(tr.text.split()) for tr in rows if tr.text.strip().startswith("es")]
    assert any(DOSE in row and "numbers" in row and "200 mg" in row for row in held), held
    assert any(PER_KG in row and "numbers" in row for row in held), held
    assert any(NEGATED in row and "negation" in row for row in held), held
    gate = status.one("section", **{"aria-labelledby": "gate"})
    assert "3 entries" in " ".join(gate.text.split())


def test_strict_fails_the_build_and_writes_nothing(issue: Project) -> None:
    root = issue.settings.root
    before = {name: data for name, data in snapshot(root).items() if ".painl10n" not in name}
    done = run_cli(root, "build", "--strict")
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert "painl10n: 3 translated entries fail check: build refused, nothing written" in (
        done.stderr
    )
    assert done.stderr.count("  not published: ") == 3
    after = {name: data for name, data in snapshot(root).items() if ".painl10n" not in name}
    assert after == before  # not even the correct article, nor a catalog
    assert not [p for p in (root / "output").rglob("*") if p.is_file()]


def test_the_strict_build_setting_refuses_too(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {**GOOD, **BAD}, "strict_build = true\n")
    with pytest.raises(GateRefused) as refused:
        build(project)
    assert [(o.language, o.slug) for o in refused.value.outcomes] == [("es", "ibuprofen")]
    assert not [p for p in project.settings.output_dir.rglob("*") if p.is_file()]
    translate(project, "es", "ibuprofen", GOOD)  # fixed: the strict build passes
    result = build(project)
    assert outcome_of(result, "es").translated == 10  # type: ignore[attr-defined]


def test_strict_builds_a_clean_project(tmp_path: Path) -> None:
    """The near miss of --strict: untranslated text is no check error of an entry."""
    project = make_project(tmp_path / "p", GOOD)
    done = run_cli(project.settings.root, "build", "--strict")
    assert done.returncode == 0, done.stderr
    assert project.output_path("es", "ibuprofen.html").is_file()


def test_a_second_build_rewrites_nothing(issue: Project) -> None:
    (issue.settings.root / "painl10n.toml").write_text(
        'languages = ["es", "ar"]\npublish_threshold = { ar = 25 }\n', "utf-8"
    )
    translate(issue, "ar", "ibuprofen", ARABIC)
    build(Project.load(issue.settings.root))
    files = [p for p in issue.settings.root.rglob("*") if p.is_file() and ".painl10n" not in str(p)]
    stamps = {p: p.stat().st_mtime_ns for p in files}
    result = build(Project.load(issue.settings.root))
    assert result.files.changed == [] and result.files.removed == []
    assert result.skipped == 2
    assert {p: p.stat().st_mtime_ns for p in files} == stamps
    # The record keeps what the gate held: the summary of a skipped article says it too.
    outcome = outcome_of(result, "es")
    assert {w.msgid for w in outcome.withheld} == set(BAD)  # type: ignore[attr-defined]
    assert outcome_of(result, "ar").published is False  # type: ignore[attr-defined]


def test_a_new_rule_gates_an_article_that_did_not_change(tmp_path: Path) -> None:
    """Rules are in the build's cache key: the unchanged article is examined again."""
    project = make_project(tmp_path / "p", GOOD)
    build(project)
    (project.settings.root / "locales" / "rules.toml").write_text(
        '[[rule]]\nid = "no-adultos"\nphrase = "Adultos"\nseverity = "error"\n'
        'message = "say adultas y adultos"\n',
        "utf-8",
    )
    result = build(Project.load(project.settings.root))
    [held] = outcome_of(result, "es").withheld  # type: ignore[attr-defined]
    assert held.msgid == "Adults"
    [(check, message)] = held.reasons
    assert check == "rule:no-adultos" and message.startswith("say adultas y adultos")
    assert "<td>Adultos</td>" not in project.output_path("es", "ibuprofen.html").read_text("utf-8")


# --- partial pages -------------------------------------------------------------------


def test_a_partial_page_has_a_notice_and_its_fallback_is_marked(issue: Project) -> None:
    translate(issue, "ar", "ibuprofen", {**ARABIC, "Age": "العمر"})
    build(issue)
    spanish = page(issue, "es")
    [notice] = spanish.all("p", class_="notice")
    assert notice.text == NOTICE_ES and "lang" not in notice.attrs
    marked = {" ".join(p.text.split()): p.attrs for p in spanish.all("p") if "lang" in p.attrs}
    assert set(marked) == {DOSE, PER_KG, NEGATED}, marked  # the held ones, nothing else
    assert all(attrs["dir"] == "ltr" and attrs["lang"] == "en" for attrs in marked.values())
    translated = [p for p in spanish.all("p") if "article" in p.ancestors][-1]
    assert "Consulte" in translated.text and "lang" not in translated.attrs
    arabic = page(issue, "ar")
    assert arabic.one("html").attrs == {"lang": "ar", "dir": "rtl"}
    assert arabic.one("p", class_="notice").text == NOTICE_AR
    cells = {c.text: c.attrs for c in arabic.all("th") + arabic.all("td")}
    assert cells["العمر"] == {"scope": "col"}  # translated: the page's language
    for english in ("Dose", "Adults", "200\u00a0mg"):
        assert cells[english].get("lang") == "en" and cells[english].get("dir") == "ltr"
    heading = arabic.one("h1")
    assert heading.text == "إيبوبروفين" and "lang" not in heading.attrs
    # The Markdown is the localized Markdown: no notice there (the page has it).
    assert NOTICE_AR not in markdown(issue, "ar")
    # The Arabic index: an English title is marked so, a translated one is not.
    index = HtmlPage(issue.output_path("ar", "index.html"))
    titles = {a.text: a.attrs for a in index.all("a", class_="title")}
    assert titles["Rest"].get("lang") == "en" and titles["Rest"].get("dir") == "ltr"
    assert "lang" not in titles["إيبوبروفين"]


def test_english_text_of_a_raw_html_block_is_marked_on_painl10ns_own_page(tmp_path: Path) -> None:
    """The run of an HTML block that kept its English text is wrapped in a <span> of the
    source's lang and dir on the page (the sanitizer keeps both); the localized Markdown,
    which the publisher's own generator may render, is the assembled text as it is."""
    root = tmp_path / "p"
    (root / "source").mkdir(parents=True)
    (root / "painl10n.toml").write_text('languages = ["ar"]\n', "utf-8")
    (root / "source" / "box.md").write_text(
        "# Storage\n\n<div>\n<p>Keep it <b>dry</b>.</p>\n<p>Keep it cool.</p>\n</div>\n",
        "utf-8",
    )
    project = Project.load(root)
    extract(project)
    update(project)
    translate(project, "ar", "box", {"Storage": "التخزين", "Keep it cool.": "احفظه في مكان بارد."})
    build(project)
    arabic = page(project, "ar", "box")
    [span] = arabic.all("span", lang="en")
    assert span.attrs.get("dir") == "ltr" and span.ancestors[-2:] == ["div", "p"]
    assert span.text == "Keep it dry." and [b.text for b in span.inner] == ["dry"]
    [cool] = [p for p in arabic.all("p") if "بارد" in p.text]
    assert "span" not in [e.tag for e in cool.inner] and "lang" not in cool.attrs
    assert "<span" not in markdown(project, "ar", "box")


def test_the_notice_in_each_shipped_language() -> None:
    expected = {
        "en": "Parts of this page are not yet translated; they are shown in English.",
        "es": NOTICE_ES,
        "fr": "Certaines parties de cette page ne sont pas encore traduites\u202f; elles "
        "sont affichées en anglais.",
        "de": "Teile dieser Seite sind noch nicht übersetzt; sie werden auf Englisch angezeigt.",
        "ar": NOTICE_AR,
    }
    for language, text in expected.items():
        assert untranslated_notice(language, "en") == (text, language)
    # Another source language is named by CLDR; a language without our words gets English.
    assert untranslated_notice("es", "de")[0].endswith("se muestran en alemán.")
    assert untranslated_notice("pt_BR", "en") == (expected["en"], "en")


def test_an_arabic_page_below_the_threshold_is_not_published(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", GOOD, arabic=ARABIC)
    build(project)  # threshold 0: published, with a notice
    arabic = project.output_path("ar", "ibuprofen.html")
    assert arabic.is_file()
    mine = project.output_path("ar", "mine.html")  # a file of the publisher's own
    mine.write_text("<p>hand-made</p>", "utf-8")
    (project.settings.root / "painl10n.toml").write_text(
        'languages = ["es", "ar"]\npublish_threshold = { ar = 25 }\n', "utf-8"
    )
    project = Project.load(project.settings.root)
    result = build(project)
    outcome = outcome_of(result, "ar")
    assert outcome.published is False and outcome.translated == 2  # type: ignore[attr-defined]
    assert not arabic.exists() and not project.output_path("ar", "ibuprofen.md").exists()
    assert mine.read_text("utf-8") == "<p>hand-made</p>"
    assert sorted(result.files.removed) == [  # "rest" is not translated at all: 0 %
        f"output/ar/{slug}.{suffix}" for slug in ("ibuprofen", "rest") for suffix in ("html", "md")
    ]
    for language in ("en", "es"):
        other = page(project, language)
        hreflang = [link.get("hreflang") for link in other.all("link", rel="alternate")]
        assert hreflang == ["en", "es", "x-default"], (language, hreflang)
        switcher = [a.get("hreflang") for a in other.all("a") if "nav" in a.ancestors]
        assert switcher == ["en", "es"], (language, switcher)
    index = HtmlPage(project.output_path("ar", "index.html"))
    assert index.all("a", class_="title") == []  # "rest" is not translated at all (0 %)
    # The near miss: the article at 100 % in Spanish is published and listed.
    spanish = HtmlPage(project.output_path("es", "index.html"))
    assert sorted(a.get("href") for a in spanish.all("a", class_="title")) == [
        "ibuprofen.html",
        "rest.html",
    ]


def test_withhold_publishes_only_whole_pages(issue: Project) -> None:
    (issue.settings.root / "painl10n.toml").write_text(
        'languages = ["es", "ar"]\npartial_pages = "withhold"\n', "utf-8"
    )
    project = Project.load(issue.settings.root)
    result = build(project)
    assert outcome_of(result, "es").published is False  # type: ignore[attr-defined]
    assert not project.output_path("es", "ibuprofen.html").exists()
    assert outcome_of(result, "es", "rest").published is True  # type: ignore[attr-defined]
    assert project.output_path("es", "rest.html").is_file()
    assert not project.output_path("ar", "rest.html").exists()  # untranslated
    root_index = HtmlPage(project.settings.output_dir / "index.html")
    notes = [" ".join(s.text.split()) for s in root_index.all("span", class_="meta")]
    assert notes == ["2 articles", "1 artículo", "لا مقالات"], notes


# --- publish = "reviewed" ------------------------------------------------------------


def test_reviewed_publishes_only_signed_off_text(tmp_path: Path) -> None:
    project = make_project(
        tmp_path / "p", GOOD, 'publish = { es = "reviewed" }\n', arabic={"Rest": "راحة"}
    )
    path = project.catalog_path("es", "ibuprofen")
    catalog = read_po(path.read_text("utf-8"), path=str(path))
    for entry in catalog:
        if entry.msgid in ("Ibuprofen", DOSE, "Adults"):
            sign(entry, "Ana Ruiz", dt.date(2026, 12, 6))
        if entry.msgid == "Adults":
            entry.msgstr = "Personas adultas"  # changed after the sign-off: void
    path.write_text(write_po(catalog), "utf-8")
    result = build(project)
    outcome = outcome_of(result, "es")
    assert outcome.translated == 3  # type: ignore[attr-defined]  (the title twice, the dose)
    waiting = {w.msgid: w.reasons for w in outcome.withheld}  # type: ignore[attr-defined]
    assert "Adults" in waiting and "Ibuprofen" not in waiting and DOSE not in waiting
    assert waiting["Adults"] == (("review", 'not signed off by a reviewer (publish = "reviewed")'),)
    text = markdown(project, "es")
    assert GOOD[DOSE] in text and "Ibuprofeno" in text
    assert "Personas adultas" not in text and GOOD[NEGATED] not in text
    # Arabic publishes what is translated (the setting names Spanish only).
    assert "راحة" in markdown(project, "ar", "rest")


def test_a_bad_publish_setting_is_one_error(tmp_path: Path) -> None:
    root = tmp_path / "p"
    (root / "source").mkdir(parents=True)
    for setting, fragment in (
        ('publish = "approved"', "publish for 'es' must be one of: translated, reviewed"),
        ('partial_pages = "hide"', "unknown partial_pages 'hide'"),
        ("publish_threshold = { ar = 120 }", "publish_threshold for 'ar' must be a percentage"),
        ("publish_threshold = { fr = 10 }", "publish_threshold names 'fr'"),
    ):
        (root / "painl10n.toml").write_text(f'languages = ["es", "ar"]\n{setting}\n', "utf-8")
        with pytest.raises(Painl10nError) as error:
            Project.load(root)
        assert fragment in str(error.value) and "\n" not in str(error.value)


# --- the shipped project -------------------------------------------------------------


def test_the_shipped_project_publishes_every_page_whole(tmp_path: Path) -> None:
    from tests.helpers.project import copy_shipped_project

    project = Project.load(copy_shipped_project(tmp_path / "shipped"))
    result = build(project)
    assert len(result.outcomes) == 8
    for outcome in result.outcomes:
        assert outcome.published and outcome.withheld == ()
        assert outcome.translated == outcome.total, outcome
    pages = [p for p in project.settings.output_dir.rglob("*.html") if p.name != "index.html"]
    assert len(pages) == 10
    for path in pages:
        article = HtmlPage(path).one("article")
        assert 'class="notice"' not in path.read_text("utf-8"), path
        assert all("lang" not in element.attrs for element in article.inner), path


def test_links_to_a_withheld_page_lead_to_the_source_page(issue: Project) -> None:
    root = issue.settings.root
    (root / "painl10n.toml").write_text(
        'languages = ["es", "ar"]\npartial_pages = "withhold"\n', "utf-8"
    )
    (root / "source" / "more.md").write_text(
        "---\ntitle: More\n---\n\nSee [ibuprofen](ibuprofen.md).\n", "utf-8"
    )
    project = Project.load(root)
    extract(project)
    update(project)
    translate(
        project,
        "es",
        "more",
        {"More": "Más", "See [ibuprofen](ibuprofen.md).": "Vea [el ibuprofeno](ibuprofen.md)."},
    )
    build(project)
    assert not project.output_path("es", "ibuprofen.html").exists()  # 3 entries held back
    [link] = [a for a in page(project, "es", "more").all("a") if a.text == "el ibuprofeno"]
    assert link.attrs["href"] == "../en/ibuprofen.html" and link.attrs["hreflang"] == "en"
    # Fixed: the page is published, and the link leads to it, in the same build.
    translate(project, "es", "ibuprofen", GOOD)
    build(project)
    [link] = [a for a in page(project, "es", "more").all("a") if a.text == "el ibuprofeno"]
    assert link.attrs["href"] == "ibuprofen.html" and "hreflang" not in link.attrs
    result = build(project)
    assert result.files.changed == [] and result.skipped == 3


# --- generators' layouts -------------------------------------------------------------

PAGE = "---\ntitle: Dose guide\n---\n\n# Dose guide\n\nTake one tablet.\n\nDrink water.\n"
HUGO_TOML = '+++\ntitle = "Dose guide"\n+++\n\nTake one tablet.\n\nDrink water.\n'


@pytest.mark.parametrize(
    ("generator", "source", "extra", "written", "expected"),
    [
        (
            "docusaurus",
            PAGE,
            "",
            "i18n/es/docusaurus-plugin-content-docs/current/dose.md",
            "---\ntitle: Guía de dosis\n---\n\n# Guía de dosis\n\n:::note\n\n"
            f"{NOTICE_ES}\n\n:::\n\nTome un comprimido.\n\n"
            '<div lang="en" dir="ltr">\n\nDrink water.\n\n</div>\n',
        ),
        (
            "mkdocs",
            PAGE,
            'markdown_extensions = ["-admonition"]\n',
            "docs/dose.es.md",  # without the admonition extension: a blockquote
            "---\ntitle: Guía de dosis\n---\n\n# Guía de dosis\n\n"
            f"> {NOTICE_ES}\n\nTome un comprimido.\n\nDrink water.\n"
            '{: lang="en" dir="ltr" }\n',  # attr_list: the English paragraph says so
        ),
        (
            "mkdocs",
            PAGE,
            'markdown_extensions = ["-admonition", "-attr_list"]\n',
            "docs/dose.es.md",  # without attr_list: no attribute list, it would be text
            "---\ntitle: Guía de dosis\n---\n\n# Guía de dosis\n\n"
            f"> {NOTICE_ES}\n\nTome un comprimido.\n\nDrink water.\n",
        ),
        (
            "mkdocs",
            PAGE,
            'markdown_extensions = ["admonition"]\n',
            "docs/dose.es.md",
            "---\ntitle: Guía de dosis\n---\n\n# Guía de dosis\n\n"
            f'!!! note ""\n\n    {NOTICE_ES}\n\nTome un comprimido.\n\nDrink water.\n'
            '{: lang="en" dir="ltr" }\n',
        ),
        (
            "hugo",
            HUGO_TOML,
            "",
            "docs/dose.es.md",  # Hugo's parser.attribute.block is off: no attribute line
            f'+++\ntitle = "Guía de dosis"\n+++\n\n> {NOTICE_ES}\n\nTome un comprimido.\n\n'
            "Drink water.\n",
        ),
        (
            "jekyll",
            PAGE,
            "",
            "es/dose.md",
            "---\ntitle: Guía de dosis\n---\n\n# Guía de dosis\n\n"
            f'> {NOTICE_ES}\n\nTome un comprimido.\n\nDrink water.\n{{: lang="en" dir="ltr"}}\n',
        ),
    ],
)
def test_a_generators_translation_carries_the_notice_in_its_dialect(
    tmp_path: Path, generator: str, source: str, extra: str, written: str, expected: str
) -> None:
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (root / "painl10n.toml").write_text(
        f'languages = ["es"]\ngenerator = "{generator}"\nsource_dir = "docs"\n{extra}', "utf-8"
    )
    (root / "docs" / "dose.md").write_text(source, "utf-8")
    project = Project.load(root)
    extract(project)
    update(project)
    spanish = {"Dose guide": "Guía de dosis", "Take one tablet.": "Tome un comprimido."}
    translate(project, "es", "dose", spanish)
    build(project)
    assert (root / written).read_text("utf-8") == expected
    # Whole (the near miss): no notice.
    if "Drink water." in source:
        translate(project, "es", "dose", {"Drink water.": "Beba agua."})
        build(project)
        text = (root / written).read_text("utf-8")
        assert NOTICE_ES not in text and "Beba agua." in text


def test_a_generators_withheld_translation_is_not_written_and_goes(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    settings = 'languages = ["es"]\ngenerator = "jekyll"\nsource_dir = "docs"\n'
    (root / "painl10n.toml").write_text(settings, "utf-8")
    (root / "docs" / "dose.md").write_text(PAGE, "utf-8")
    project = Project.load(root)
    extract(project)
    update(project)
    translate(project, "es", "dose", {"Dose guide": "Guía de dosis"})
    build(project)
    assert (root / "es" / "dose.md").is_file()
    (root / "painl10n.toml").write_text(settings + 'partial_pages = "withhold"\n', "utf-8")
    result = build(Project.load(root))
    assert result.files.removed == ["es/dose.md"] and not (root / "es" / "dose.md").exists()
    assert build(Project.load(root)).files.changed == []


def test_a_warning_holds_nothing_back(tmp_path: Path) -> None:
    """The near miss of a rule: a warning is reported by check, and published."""
    project = make_project(tmp_path / "p", GOOD)
    (project.settings.root / "locales" / "rules.toml").write_text(
        '[[rule]]\nid = "no-adultos"\nphrase = "Adultos"\nseverity = "warning"\n'
        'message = "say adultas y adultos"\n',
        "utf-8",
    )
    result = build(Project.load(project.settings.root))
    assert outcome_of(result, "es").withheld == ()  # type: ignore[attr-defined]
    assert "<td>Adultos</td>" in project.output_path("es", "ibuprofen.html").read_text("utf-8")
    done = run_cli(project.settings.root, "check", "-l", "es")
    assert "rule:no-adultos" in done.stdout
