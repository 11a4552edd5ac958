"""Pseudo-localization: en-XA (accented, longer, bracketed) and ar-XB (right to left).

Unit tests of the transforms on the shipped articles' strings, the generated
catalogs (headers, msgfmt -c, msgcat, idempotence), and the whole pipeline:
`painl10n pseudo` then `painl10n build -l en-XA -l ar-XB`, with the built pages
parsed and compared element by element with the source-language pages.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import markdown
import polib
import pytest

from painl10n.checks.dialect import CHECKS as DIALECT_CHECKS
from painl10n.errors import Painl10nError
from painl10n.languages import (
    PSEUDO_LOCALES,
    canonical_code,
    english_name,
    html_lang,
    native_name,
    parse_language,
    plural_forms,
    text_direction,
)
from painl10n.pipeline.check import entry_context, run_checks
from painl10n.pipeline.pseudo import write_pseudo_catalogs
from painl10n.pipeline.update import update
from painl10n.po.plural import preferred_plural_forms
from painl10n.project import Project
from painl10n.site.render import render_markdown
from painl10n.sources.model import Style
from painl10n.sources.segment import segment_article
from painl10n.text.pseudo import (
    ACCENTS,
    PAD_WORDS,
    PDF,
    RLM,
    RLO,
    accented,
    mirrored,
    pseudo_translate,
)
from tests.helpers import REPO
from tests.helpers.gettext import gettext_tool, msgcat
from tests.helpers.project import snapshot

Run = Callable[..., subprocess.CompletedProcess[str]]

ARTICLES = sorted((REPO / "source").glob("*.md"))
SEGMENTS = [
    seg
    for path in ARTICLES
    for seg in segment_article(
        path.read_text("utf-8"),
        ref=path.name,
        default_slug=path.stem,
        front_matter_fields=("title", "description"),
    ).segments
]
UNACCENT = {chr(v): chr(k) for k, v in ACCENTS.items() if isinstance(v, int)}
BIDI_MARKS = re.compile(f"[{RLM}{RLO}{PDF}]")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def as_markdown(seg_style: Style) -> bool:
    return seg_style is not Style.YAML


def undo_accented(text: str) -> str:
    """The source back from an en-XA string: brackets, padding and accents removed."""
    pad = "|".join(PAD_WORDS)
    match = re.fullmatch(rf"\\?\[(.*?) ((?:{pad})(?: (?:{pad}))*)\\?\]", text, re.S)
    assert match is not None, text
    return "".join(UNACCENT.get(ch, ch) for ch in match[1])


# --- the transforms ---------------------------------------------------------------------


def test_the_example_of_the_issue() -> None:
    assert accented("Chronic pain", markdown=False) == "[Çĥŕöñîç ṗåîñ one]"
    assert accented("Chronic pain") == "\\[Çĥŕöñîç ṗåîñ one\\]"


def test_every_ascii_letter_becomes_another_letter() -> None:
    """Letters stay letters: emphasis delimiters judge their neighbours by category."""
    replaced = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".translate(ACCENTS)
    assert len(replaced) == len(set(replaced)) == 52
    for new in replaced:
        assert unicodedata.category(new).startswith("L") and not new.isascii(), new
        assert unicodedata.normalize("NFC", new) == new  # one code point, as it is stored


PROSE = ("Words", "here", "link", "reach", "us", "full", "text", "Take")
KEPT = (
    "`code span with words`",
    "``a ` b``",
    "\\*",
    "<https://example.org/path>",
    "<info@example.org>",
    '<abbr title="Non steroidal">',
    "</abbr>",
    "<!-- a comment -->",
    '](https://example.org/a-b "Link title")',
    "](/contact/)",
    "[label]",
    "[^note]",
    "&amp;",
    "&#8212;",
    "https://www.example.org/page",
)
MARKUP = (
    "Words `code span with words` and ``a ` b`` here \\* "
    "<https://example.org/path> <info@example.org> "
    '<abbr title="Non steroidal">NSAIDs</abbr> <!-- a comment --> '
    '[a link](https://example.org/a-b "Link title") [reach us](/contact/) '
    "[full text][label] [^note] &amp; &#8212; https://www.example.org/page. Take 10 mg"
)


@pytest.mark.parametrize("language", PSEUDO_LOCALES)
def test_markdown_syntax_is_kept_byte_for_byte(language: str) -> None:
    out = pseudo_translate(MARKUP, language)
    for piece in KEPT:
        assert piece in out, piece
    # near miss: the prose around them did change
    for word in PROSE:
        if language == "en-XA":
            assert re.search(rf"\b{word}\b", out) is None, word
            assert word.translate(ACCENTS) in out
        else:
            assert f"{RLM}{RLO}{word}{PDF}{RLM}" in out, word


def test_reference_labels_stay_but_link_texts_change() -> None:
    out = accented("[shortcut] and [collapsed][] and [full][ref] and [inline](/x) and ![alt][]")
    assert "[shortcut]" in out and "[collapsed][]" in out and "![alt][]" in out
    assert "[ƒûļļ][ref]" in out and "[îñļîñé](/x)" in out


def test_a_shortcut_reference_before_a_footnote_stays_a_label() -> None:
    """``[schema.json][^1]`` is the shortcut ``[schema.json]`` and the footnote ``[^1]``
    (Material's docs, four pages): accenting the label lost the link."""
    assert (
        accented("its own [schema.json][^1] file") == "\\[îţš öŵñ [schema.json][^1] ƒîļé one two\\]"
    )
    assert "[ƒûļļ][ref]" in accented("[full][ref]")  # a label: the text changes


DOSES = (
    "Infuse 0.5 mg/kg over 40 minutes, 2\u20133 times a week.",
    "In 2019, 95% of 1,200 patients (n=30) improved by 1.5 points on a 0-10 scale.",
    "Take **10 mg** every 4\u20136 h; no more than 60 mg in 24 h[^2].",
    "| 5 ml | 12.5% |",
)


@pytest.mark.parametrize("text", DOSES)
def test_numbers_are_kept(text: str) -> None:
    for language in PSEUDO_LOCALES:
        out = pseudo_translate(text, language)
        assert NUMBER.findall(out) == NUMBER.findall(text), language
        # the digits and their separators are not touched at all
        for number in NUMBER.findall(text):
            assert number in out


def test_both_transforms_can_be_undone_on_the_shipped_articles() -> None:
    """Nothing but accents, brackets and padding (en-XA) or marks (ar-XB) is added."""
    for seg in SEGMENTS:
        markdown = as_markdown(seg.style)
        assert undo_accented(accented(seg.msgid, markdown=markdown)) == seg.msgid
        assert BIDI_MARKS.sub("", mirrored(seg.msgid)) == seg.msgid


def test_en_xa_is_about_35_percent_longer_on_the_shipped_articles() -> None:
    source = sum(len(seg.msgid) for seg in SEGMENTS)
    pseudo = sum(len(accented(seg.msgid, markdown=as_markdown(seg.style))) for seg in SEGMENTS)
    assert 1.3 <= pseudo / source <= 1.4, pseudo / source
    for seg in SEGMENTS:
        assert len(accented(seg.msgid)) > len(seg.msgid) + 4  # brackets and a word at least


def test_short_strings_get_one_pad_word_long_ones_grow_35_percent() -> None:
    assert accented("Pain", markdown=False) == "[Ṗåîñ one]"
    long = "word " * 40
    out = accented(long, markdown=False)
    assert 1.35 * len(long.strip()) <= len(out) <= 1.35 * len(long.strip()) + len("seventeen ")


def test_brackets_mark_start_and_end_and_never_make_a_link() -> None:
    """In Markdown the brackets are escaped: they cannot become a reference link."""
    definition = "\n\n[Ŕéåð ṁöŕé one]: /x\n"
    html = render_markdown(accented("Read more") + definition)
    assert html == "<p>[Ŕéåð ṁöŕé one]</p>\n"
    near_miss = render_markdown(accented("Read more", markdown=False) + definition)
    assert near_miss == '<p><a href="/x">Ŕéåð ṁöŕé one</a></p>\n'


def test_leading_and_trailing_whitespace_stays_outside_the_brackets() -> None:
    assert accented("\nText\n", markdown=False) == "\n[Ţéẋţ one]\n"
    assert accented("", markdown=False) == "" and accented("  ") == "  "


def test_ar_xb_wraps_letter_runs_and_leaves_digits_and_punctuation_outside() -> None:
    out = mirrored("Take 10 mg, twice.")
    assert out == (
        f"{RLM}{RLO}Take{PDF}{RLM} 10 {RLM}{RLO}mg{PDF}{RLM}, {RLM}{RLO}twice{PDF}{RLM}."
    )
    # every override holds letters only: digits keep their left-to-right order
    for run in re.findall(f"{RLO}(.*?){PDF}", mirrored(" ".join(s.msgid for s in SEGMENTS))):
        assert run.isalpha(), run


def test_emphasis_survives_the_marks_and_accents() -> None:
    for text in ("_under_ and *star* and **strong**", "intra*word*emphasis", '**"quoted"**'):
        expected = re.findall(r"</?\w+", render_markdown(text))
        for language in PSEUDO_LOCALES:
            assert re.findall(r"</?\w+", render_markdown(pseudo_translate(text, language))) == (
                expected
            ), (language, text)


def test_pseudo_translate_refuses_a_real_language() -> None:
    with pytest.raises(ValueError, match="not a pseudo-locale"):
        pseudo_translate("Text", "es")


# --- language facts -----------------------------------------------------------------------


def test_languages_know_the_pseudo_locales() -> None:
    for spelled in ("en-XA", "en_XA", "EN-xa"):
        assert canonical_code(spelled) == "en-XA"
    assert canonical_code("ar_xb") == "ar-XB"
    assert plural_forms("en-XA") == plural_forms("en")
    assert plural_forms("ar-XB") == plural_forms("ar") != plural_forms("en")
    assert (text_direction("en-XA"), text_direction("ar-XB")) == ("ltr", "rtl")
    assert english_name("en-XA") == native_name("en-XA") == "English (pseudo, accented)"
    assert english_name("ar-XB") == native_name("ar-XB") == "Arabic (pseudo, RTL)"
    assert (html_lang("en-XA"), html_lang("ar_XB")) == ("en-XA", "ar-XB")
    assert parse_language("ar-XB") == parse_language("ar")


def test_other_private_use_regions_are_still_unknown() -> None:
    for code in ("en-XB", "ar-XA", "fr-XA"):
        with pytest.raises(Painl10nError, match="unknown language code"):
            canonical_code(code)


# --- catalogs -------------------------------------------------------------------------------


def pseudo_catalogs(root: Path) -> list[Path]:
    return [
        path for code in PSEUDO_LOCALES for path in sorted((root / "locales" / code).rglob("*.po"))
    ]


def test_pseudo_writes_complete_catalogs_with_the_base_languages_headers(site: Path) -> None:
    write_pseudo_catalogs(Project.load(site))
    written = pseudo_catalogs(site)
    assert [p.relative_to(site / "locales").as_posix() for p in written] == [
        f"{code}/LC_MESSAGES/{article.stem}.po" for code in PSEUDO_LOCALES for article in ARTICLES
    ]
    for path in written:
        code = path.parts[-3]
        catalog = polib.pofile(str(path))
        template = polib.pofile(str(site / "locales/templates/LC_MESSAGES" / f"{path.stem}.pot"))
        assert catalog.metadata["Language"] == code
        assert catalog.metadata["Plural-Forms"] == preferred_plural_forms(code.split("-")[0])
        assert [(e.msgctxt, e.msgid) for e in catalog] == [(e.msgctxt, e.msgid) for e in template]
        assert catalog.percent_translated() == 100 and not catalog.fuzzy_entries()
        for entry in catalog:
            plain = entry.comment.startswith("front matter") and "\n" not in entry.comment
            assert entry.msgstr == pseudo_translate(entry.msgid, code, markdown=not plain)


def test_generated_catalogs_pass_msgfmt_c_and_msgcat_would_not_change_them(site: Path) -> None:
    msgfmt = gettext_tool("msgfmt")
    write_pseudo_catalogs(Project.load(site))
    for path in pseudo_catalogs(site):
        run = subprocess.run(
            [msgfmt, "-c", "--statistics", "-o", "/dev/null", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        assert re.fullmatch(r"\d+ translated messages\.\n", run.stderr), run.stderr
        text = path.read_text("utf-8")
        assert msgcat(text) == text


def test_second_run_writes_nothing(site: Path) -> None:
    project = Project.load(site)
    first = write_pseudo_catalogs(project)
    assert len(first.files.changed) == 2 * len(ARTICLES)
    before = snapshot(site)
    second = write_pseudo_catalogs(project)
    assert second.files.changed == [] and second.files.removed == []
    assert snapshot(site) == before


def test_real_catalogs_are_untouched_and_stale_pseudo_ones_removed(site: Path) -> None:
    project = Project.load(site)
    real = snapshot(site / "locales" / "es")
    folder = site / "locales" / "en-XA" / "LC_MESSAGES"
    write_pseudo_catalogs(project)
    stale = folder / "gone-article.po"  # a pseudo-catalog painl10n wrote, of a gone article
    stale.write_bytes(next(folder.glob("*.po")).read_bytes())
    foreign = folder / "notes.po"  # not painl10n's: its header does not say so
    foreign.write_text('msgid ""\nmsgstr ""\n', "utf-8")
    kept = site / "locales" / "es" / "LC_MESSAGES" / "gone-article.po"
    kept.write_text("", "utf-8")  # a real catalog of a gone article keeps its translations
    result = write_pseudo_catalogs(project)
    assert result.files.removed == ["locales/en-XA/LC_MESSAGES/gone-article.po"]
    assert not stale.exists() and kept.exists() and foreign.exists()
    kept.unlink()
    assert snapshot(site / "locales" / "es") == real


def test_an_edited_article_regenerates_never_merges(site: Path) -> None:
    """A pseudo catalog follows the source: no fuzzy entry, no obsolete #~ entry."""
    project = Project.load(site)
    write_pseudo_catalogs(project)
    article = site / "source" / f"{ARTICLES[1].stem}.md"
    text = article.read_text("utf-8")
    old = "While the causes of chronic pain are not well understood"
    assert old in text
    article.write_text(text.replace(old, "While the causes of chronic pain are unclear"), "utf-8")
    write_pseudo_catalogs(project, ["ar_XB"])
    path = site / "locales" / "ar-XB" / "LC_MESSAGES" / f"{ARTICLES[1].stem}.po"
    catalog = polib.pofile(str(path))
    assert not catalog.obsolete_entries() and not catalog.fuzzy_entries()
    assert any(e.msgid.startswith("While the causes of chronic pain are unclear") for e in catalog)
    assert catalog.percent_translated() == 100
    # `update -l ar-XB` gives the same file: the catalog is generated there too
    before = path.read_bytes()
    update(project, ["ar-XB"])
    assert path.read_bytes() == before


def test_pseudo_refuses_a_real_language(site: Path, run_cli: Run) -> None:
    run = run_cli("pseudo", "-p", str(site), "-l", "es")
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "not a pseudo-locale" in run.stderr
    assert "Traceback" not in run.stderr and not (site / "locales" / "en-XA").exists()


# --- the built site --------------------------------------------------------------------------


class Elements(HTMLParser):
    """Element structure of a page's <main>: tags, nesting, attribute names and values.

    Text-bearing attributes (alt, title) are compared by name only: they are translated.
    """

    TRANSLATED: ClassVar[set[str]] = {"alt", "title"}

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, ...]] = []
        self.paragraphs: list[str] = []
        self.root: dict[str, str | None] = {}
        self.switcher: list[tuple[str | None, bool]] = []
        self.alternates: list[str | None] = []
        self._main = self._paragraph = False
        self._text = ""
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":
            self.root = found
        elif tag == "link" and found.get("rel") == "alternate":
            self.alternates.append(found.get("hreflang"))
        elif tag == "a" and not self._main and "hreflang" in found:  # the language switcher
            self.switcher.append((found.get("hreflang"), "aria-current" in found))
        if tag == "main":
            self._main = True
        elif self._main:
            shown = sorted((k, "" if k in self.TRANSLATED else (v or "")) for k, v in attrs)
            self.events.append(("start", tag, *(f"{k}={v}" for k, v in shown)))
            if tag in {"p", "h1", "h2", "h3", "td", "th"} and "class" not in found:
                self._paragraph, self._text = True, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "main":
            self._main = False
        elif self._main:
            self.events.append(("end", tag))
            if self._paragraph and tag in {"p", "h1", "h2", "h3", "td", "th"}:
                self._paragraph = False
                if self._text.strip():  # a soft line break reads as a space
                    self.paragraphs.append(" ".join(self._text.split()))

    def handle_data(self, data: str) -> None:
        if self._paragraph:
            self._text += data


def page(root: Path, language: str, name: str) -> Elements:
    return Elements((root / "output" / language / name).read_text("utf-8"))


@pytest.fixture(scope="module")
def pseudo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real build first, then `painl10n pseudo` and the pseudo-locale build.

    Built once for the module (three CLI runs); the tests below only read it, or
    run builds that must write nothing.
    """
    root = tmp_path_factory.mktemp("pseudo") / "site"
    root.mkdir()
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(REPO / "source", root / "source")
    shutil.copytree(
        REPO / "locales", root / "locales", ignore=shutil.ignore_patterns("*.mo", *PSEUDO_LOCALES)
    )
    for args in (["build"], ["pseudo"], ["build", "-l", "en-XA", "-l", "ar-XB"]):
        run = cli(*args, "-q", "-p", str(root))
        assert run.returncode == 0, run.stderr
    return root


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "painl10n", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_pseudo_pages_have_the_source_pages_element_structure(
    pseudo_site: Path, article: Path
) -> None:
    name = f"{article.stem}.html"
    source = page(pseudo_site, "en", name)
    assert len(source.events) >= 80
    assert source.root == {"lang": "en", "dir": "ltr"}
    for language, direction in (("en-XA", "ltr"), ("ar-XB", "rtl")):
        built = page(pseudo_site, language, name)
        assert built.root == {"lang": language, "dir": direction}
        assert built.events == source.events, language
        assert len(built.paragraphs) == len(source.paragraphs) > 10
        for text, original in zip(built.paragraphs, source.paragraphs, strict=True):
            assert text != original
            if language == "en-XA":
                assert text.startswith("[") and text.endswith("]"), text
                assert not re.search(r"\b(the|and|pain)\b", text), text
            else:
                assert BIDI_MARKS.sub("", text) == original and RLO in text
    # near miss: the same comparison sees a changed href
    changed = page(pseudo_site, "en-XA", name)
    changed.events = [
        tuple(part.replace("href=", "href=x") for part in event) for event in changed.events
    ]
    assert changed.events != source.events


def test_pseudo_pages_are_not_offered_to_readers(pseudo_site: Path) -> None:
    name = f"{ARTICLES[0].stem}.html"
    public = ["en", "es", "fr", "de", "ar"]
    for language in public:
        shown = page(pseudo_site, language, name)
        assert [hreflang for hreflang, _ in shown.switcher] == public
        assert set(shown.alternates) == set(public) | {"x-default"}
        index = page(pseudo_site, language, "index.html")
        assert [hreflang for hreflang, _ in index.switcher] == public
    root = (pseudo_site / "output" / "index.html").read_text("utf-8")
    assert "en-XA" not in root and "ar-XB" not in root and "pseudo" not in root
    # a pseudo page links to the public pages and marks itself as the current one
    test_page = page(pseudo_site, "ar-XB", name)
    assert test_page.switcher == [(code, False) for code in public] + [("ar-XB", True)]
    for language in public:  # only the test pages keep out of search engines
        assert 'name="robots"' not in (pseudo_site / "output" / language / name).read_text("utf-8")
    for code in ("en-XA", "ar-XB"):
        for built in (name, "index.html"):
            text = (pseudo_site / "output" / code / built).read_text("utf-8")
            assert '<meta name="robots" content="noindex">' in text
    title = (pseudo_site / "output" / "en-XA" / name).read_text("utf-8")
    assert re.search(r"<title>\[[^\\<]+\]</title>", title), "front matter: plain brackets"


def test_builds_keep_each_others_outputs(pseudo_site: Path, run_cli: Run) -> None:
    output = pseudo_site / "output"
    pseudo_pages = {code: snapshot(output / code) for code in PSEUDO_LOCALES}
    real_pages = snapshot(output / "es")
    assert len(pseudo_pages["en-XA"]) == 2 * len(ARTICLES) + 1
    run = run_cli("build", "-p", str(pseudo_site))
    assert run.returncode == 0, run.stderr
    assert "0 files written" in run.stdout and "removed" not in run.stdout
    assert {code: snapshot(output / code) for code in PSEUDO_LOCALES} == pseudo_pages
    run = run_cli("build", "-p", str(pseudo_site), "-l", "en-XA")
    assert run.returncode == 0, run.stderr
    assert "0 files written" in run.stdout and "removed" not in run.stdout
    assert snapshot(output / "es") == real_pages


def test_build_generates_missing_pseudo_catalogs(site: Path, run_cli: Run) -> None:
    run = run_cli("build", "-p", str(site), "-l", "ar-XB")
    assert run.returncode == 0, run.stderr
    assert f"ar-XB/{ARTICLES[0].stem}: " in run.stdout
    built = pseudo_catalogs(site)
    assert [p.parts[-3] for p in built] == ["ar-XB"] * len(ARTICLES)
    before = snapshot(site / "locales")
    run = run_cli("pseudo", "-p", str(site), "-l", "ar-XB")
    assert run.returncode == 0 and run.stdout.endswith("2 pseudo-locale catalogs, 0 changed\n")
    assert snapshot(site / "locales") == before


def test_check_without_languages_ignores_the_pseudo_locales(
    pseudo_site: Path, run_cli: Run
) -> None:
    run = run_cli("check", "-p", str(pseudo_site), "--format", "json")
    assert run.returncode == 0, run.stdout
    assert "en-XA" not in run.stdout and "ar-XB" not in run.stdout
    asked = run_cli("check", "-p", str(pseudo_site), "-l", "ar-XB", "--format", "json")
    assert '"ar-XB"' in asked.stdout  # near miss: asked by name, they are checked


def test_a_hugo_projects_pseudo_catalogs_keep_its_shortcodes(tmp_path: Path) -> None:
    """The project's generator reaches pseudo: shortcodes and ids as written, ⟦…⟧ brackets."""
    root = tmp_path / "hugo"
    (root / "source").mkdir(parents=True)
    (root / "painl10n.toml").write_text('languages = ["es"]\ngenerator = "hugo"\n', "utf-8")
    (root / "source" / "a.md").write_text(
        '# Dosage {#dosage}\n\nSee {{< ref "b.md" >}} before you take it.\n', "utf-8"
    )
    write_pseudo_catalogs(Project.load(root), ["en-XA"])
    catalog = polib.pofile(str(root / "locales" / "en-XA" / "LC_MESSAGES" / "a.po"))
    strings = {entry.msgid: entry.msgstr for entry in catalog}
    see = strings['See {{< ref "b.md" >}} before you take it.']
    assert see.startswith('\u27e6Šéé {{< ref "b.md" >}} ') and see.endswith("\u27e7")


def test_a_mkdocs_projects_pseudo_catalogs_keep_its_macros_and_smart_symbols(
    tmp_path: Path,
) -> None:
    """mkdocs.yml's 'macros' plugin and 'pymdownx.smartsymbols' reach pseudo: Jinja lines
    are no message, '{{ … }}' and '4th' stay as written (FastAPI's pages were a Macro
    Syntax Error, Material's '4ţĥ' lost its <sup>)."""
    root = tmp_path / "mkdocs"
    (root / "docs").mkdir(parents=True)
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "mkdocs"\nsource_dir = "docs"\n', "utf-8"
    )
    (root / "mkdocs.yml").write_text(
        "site_name: Doses\nplugins:\n  - search\n  - macros:\n      module_name: main\n"
        "markdown_extensions:\n  - pymdownx.smartsymbols:\n      fractions: false\n",
        "utf-8",
    )
    (root / "docs" / "a.md").write_text(
        "{% if doses %}\n\nOn the 4th day {{ doses }} are left.\n\n{% endif %}\n", "utf-8"
    )
    project = Project.load(root)
    assert project.flavor.extensions == {"macros", "pymdownx.smartsymbols"}
    write_pseudo_catalogs(project, ["en-XA"])
    catalog = polib.pofile(str(root / "locales" / "en-XA" / "LC_MESSAGES" / "a.po"))
    strings = {entry.msgid: entry.msgstr for entry in catalog}
    assert list(strings) == ["On the 4th day {{ doses }} are left."]
    assert strings["On the 4th day {{ doses }} are left."].startswith(
        "\u27e6Öñ ţĥé 4th ðåý {{ doses }} åŕé ļéƒţ. "
    )
    update(project, ["es"])  # and the check holds a translation to the Jinja
    path = project.catalog_path("es", "a")
    spanish = polib.pofile(str(path))
    spanish[0].msgstr = "El 4.º día quedan {{ dosis }}."
    spanish.save()
    found = [f.message for f in run_checks(project, ["es"]).findings if f.check == "dialect-syntax"]
    assert found == ["the translation changes '{{ doses }}' into '{{ dosis }}'; keep it as written"]


def test_pseudo_keeps_the_articles_abbreviations_whole(tmp_path: Path) -> None:
    """Python-Markdown's abbr finds 'HTML' by its spelling: accented ('ĤŢṀĻ') it was no
    abbreviation on Material's tooltips page. The terms are the article's own."""
    root = tmp_path / "mkdocs"
    (root / "docs").mkdir(parents=True)
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "mkdocs"\nsource_dir = "docs"\n', "utf-8"
    )
    (root / "mkdocs.yml").write_text("site_name: A\nmarkdown_extensions:\n  - abbr\n", "utf-8")
    page = "The HTML page, not HTMLS or html.\n\n*[HTML]: Hyper Text Markup Language\n"
    (root / "docs" / "a.md").write_text(page, "utf-8")
    (root / "docs" / "b.md").write_text("The HTML page.\n", "utf-8")  # no abbreviation
    write_pseudo_catalogs(Project.load(root), ["en-XA", "ar-XB"])
    found = {
        (language, slug): {
            entry.msgid: entry.msgstr
            for entry in polib.pofile(str(root / "locales" / language / "LC_MESSAGES" / slug))
        }
        for language in ("en-XA", "ar-XB")
        for slug in ("a.po", "b.po")
    }
    fake = found["en-XA", "a.po"]["The HTML page, not HTMLS or html."]
    assert fake.startswith("\u27e6Ţĥé HTML ṗåĝé, ñöţ ĤŢṀĻŠ öŕ ĥţṁļ. ")
    assert "HTML" not in found["en-XA", "b.po"]["The HTML page."]
    assert " HTML " in found["ar-XB", "a.po"]["The HTML page, not HTMLS or html."]
    pseudo = f"{fake}\n\n*[HTML]: {found['en-XA', 'a.po']['Hyper Text Markup Language']}\n"
    rendered = markdown.markdown(pseudo, extensions=["abbr"])
    assert '<abbr title="⟦Ĥýṗéŕ Ţéẋţ Ṁåŕķûṗ Ļåñĝûåĝé one two⟧">HTML</abbr>' in rendered


def test_a_hugo_sites_passthrough_math_is_kept_out_of_pseudo_text(tmp_path: Path) -> None:
    """hugo-docs' and Docsy's formulas, read from the site's hugo.toml: a block is no
    message, an inline one stays as written inside the en-XA string."""
    root = tmp_path / "hugo"
    (root / "source").mkdir(parents=True)
    (root / "painl10n.toml").write_text('languages = ["es"]\ngenerator = "hugo"\n', "utf-8")
    (root / "hugo.toml").write_text(
        "[markup.goldmark.extensions.passthrough]\nenable = true\n"
        "[markup.goldmark.extensions.passthrough.delimiters]\n"
        "block = [['\\[', '\\]'], ['$$', '$$']]\ninline = [['\\(', '\\)']]\n",
        "utf-8",
    )
    (root / "source" / "a.md").write_text(
        "Is rendered to:\n\n\\[\n\\begin{aligned} KL(\\hat{y} || y) \\end{aligned}\n\\]\n\n"
        "An inline \\(a^*=x-b^*\\) equation.\n",
        "utf-8",
    )
    write_pseudo_catalogs(Project.load(root), ["en-XA"])
    catalog = polib.pofile(str(root / "locales" / "en-XA" / "LC_MESSAGES" / "a.po"))
    strings = {entry.msgid: entry.msgstr for entry in catalog}
    assert sorted(strings) == ["An inline \\(a^*=x-b^*\\) equation.", "Is rendered to:"]
    assert strings["An inline \\(a^*=x-b^*\\) equation."].startswith(
        "\u27e6Åñ îñļîñé \\(a^*=x-b^*\\) éɋûåţîöñ. "
    )


def test_a_hugo_sites_own_inline_code_shortcode_is_kept_out_of_pseudo_text(tmp_path: Path) -> None:
    """hugo-docs' own '{{< hl >}}fmt.Println("inline"){{< /hl >}}', named in
    ``code_shortcodes``: its code inside a sentence stays as written in the en-XA string,
    and a translation that changes it is a dialect-syntax error."""
    root = tmp_path / "hugo"
    (root / "source").mkdir(parents=True)
    settings = 'languages = ["es"]\ngenerator = "hugo"\ncode_shortcodes = ["highlight", "hl"]\n'
    (root / "painl10n.toml").write_text(settings, "utf-8")
    msgid = 'Print it with {{< hl >}}fmt.Println("inline"){{< /hl >}} here.'
    (root / "source" / "a.md").write_text(msgid + "\n", "utf-8")
    project = Project.load(root)
    write_pseudo_catalogs(project, ["en-XA"])
    catalog = polib.pofile(str(root / "locales" / "en-XA" / "LC_MESSAGES" / "a.po"))
    [entry] = list(catalog)
    assert entry.msgstr.startswith(
        '\u27e6Ṗŕîñţ îţ ŵîţĥ {{< hl >}}fmt.Println("inline"){{< /hl >}} ĥéŕé. '
    )
    context = entry_context(project, "es")
    assert context.code_shortcodes == frozenset({"highlight", "hl"})
    changed = polib.POEntry(
        msgid=msgid, msgstr='Imprímalo con {{< hl >}}fmt.Imprimir("x"){{< /hl >}}.'
    )
    [problem] = DIALECT_CHECKS[0].run(changed, context)
    assert problem.startswith("the translation changes '{{< hl >}}fmt.Println")
    # near miss: without the setting the code between the tags is text
    (root / "painl10n.toml").write_text(settings.replace(', "hl"', ""), "utf-8")
    write_pseudo_catalogs(Project.load(root), ["en-XA"])
    catalog = polib.pofile(str(root / "locales" / "en-XA" / "LC_MESSAGES" / "a.po"))
    assert "ƒṁţ.Ṗŕîñţļñ" in catalog[0].msgstr
