"""Properties of the pipeline over generated articles (tests/markdown_documents.py).

- identity round trip (msgstr = msgid) renders the same HTML;
- a pseudo-translation keeps the HTML element structure;
- extract is idempotent: on the rebuilt text, and run twice on a project;
- update twice = update once, in memory and on disk;
- no sequence of source edits loses a translation.

tests/sources/test_fidelity.py does the first two on the CommonMark spec examples and
tests/catalogs/test_merge.py the last one on four fixed paragraphs; here the documents are
whole articles with nested containers, tables, footnotes and front matter.
The ``fuzz`` variants run the same properties with many more examples
(``pytest -m fuzz``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from painl10n.catalogs.merge import merge
from painl10n.catalogs.template import build_template
from painl10n.localize.assemble import assemble
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po, write_po
from painl10n.project import Project
from painl10n.site.render import render_markdown
from painl10n.sources.model import Article
from painl10n.sources.segment import segment_article
from tests.helpers.documents import (
    Document,
    apply_edit,
    block,
    documents,
    edit_plans,
    normalized,
    pseudo,
    structure,
)

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FAST_DISK = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LONG = settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))


def both(fast: settings, body: Callable[..., None], *strategies: Any) -> tuple[Any, Any]:
    """The property as a quick CI test and as a long one behind the ``fuzz`` marker."""
    quick = fast(given(*strategies)(body))
    long = pytest.mark.fuzz(LONG(given(*strategies)(body)))
    return quick, long


def segment(text: str) -> Article:
    return segment_article(
        text, ref="source/a.md", default_slug="a", front_matter_fields=("title", "description")
    )


def keys(article: Article) -> list[tuple[str | None, str]]:
    return [(s.context, s.msgid) for s in article.segments]


# -- round trips ----------------------------------------------------------------


def identity_round_trip(doc: Document) -> None:
    text = doc.text
    article = segment(text)
    assert article.segments, "every generated document has something to translate"
    rebuilt = assemble(article, lambda seg: seg.msgid).text
    assert normalized(render_markdown(rebuilt)) == normalized(render_markdown(text))
    # extract is idempotent: the rebuilt text gives the same strings again
    assert keys(segment(rebuilt)) == keys(article)


def pseudo_round_trip(doc: Document) -> None:
    text = doc.text
    article = segment(text)
    rebuilt = assemble(article, pseudo).text
    assert rebuilt != text
    assert structure(render_markdown(rebuilt)) == structure(render_markdown(text))


test_identity_round_trip_renders_the_same_html, test_identity_round_trip_long = both(
    FAST, identity_round_trip, documents()
)
test_pseudo_translation_keeps_the_element_structure, test_pseudo_translation_long = both(
    FAST, pseudo_round_trip, documents()
)


def test_the_structure_comparison_notices_a_lost_element() -> None:
    """Near miss: the comparison the properties rely on does see a dropped tag."""
    text = "> A quote with *emphasis*.\n"
    article = segment(text)
    broken = assemble(article, lambda seg: seg.msgid.replace("*", "")).text
    assert structure(render_markdown(broken)) != structure(render_markdown(text))


# -- update twice = update once -----------------------------------------------------


def template_of(doc: Document) -> polib.POFile:
    return build_template(
        segment(doc.text), source_language="en", bugs_address="", created="2024-01-01 00:00+0000"
    )


def translate_all(catalog: polib.POFile, tag: str = "ES") -> None:
    for entry in catalog:
        if not entry.obsolete and not entry.msgstr:
            entry.msgstr = f"{tag}: {entry.msgid}"


def merge_is_idempotent(old_doc: Document, plan: list[tuple[str, int, str]], extra: Any) -> None:
    old, _ = merge(template_of(old_doc), None, "es", slug="a")
    translate_all(old)
    doc = old_doc
    for edit in plan:
        doc = apply_edit(doc, edit, extra)
    template = template_of(doc)
    once, _ = merge(template, old, "es", slug="a")
    twice, stats = merge(template, read_po(write_po(once), path="once.po"), "es", slug="a")
    assert write_po(twice) == write_po(once)
    assert stats.new == stats.fuzzy == stats.obsoleted == 0


test_update_twice_is_update_once, test_update_twice_long = both(
    FAST, merge_is_idempotent, documents(), edit_plans, block().map(tuple)
)


# -- on disk: extract and update through the project ---------------------------------


class Site:
    """A one-language project in a temporary folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "source").mkdir()
        (root / "painl10n.toml").write_text('languages = ["es"]\n', "utf-8")
        self.article = root / "source" / "a.md"
        self.catalog = root / "locales" / "es" / "LC_MESSAGES" / "a.po"

    def write(self, doc: Document) -> None:
        self.article.write_text(doc.text, "utf-8")

    def run(self) -> tuple[list[str], list[str]]:
        """extract + update; the files each changed."""
        project = Project.load(self.root)
        extracted = extract(project).files
        updated = update(project)
        return extracted.changed, updated.files.changed

    def read_catalog(self) -> polib.POFile:
        return read_po(self.catalog.read_text("utf-8"), path="a.po")

    def translate(self, tag: str) -> None:
        catalog = self.read_catalog()
        translate_all(catalog, tag)
        self.catalog.write_text(write_po(catalog), "utf-8")


def project_runs_are_idempotent(doc: Document) -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = Site(Path(folder))
        site.write(doc)
        assert site.run() == (
            ["locales/templates/LC_MESSAGES/a.pot"],
            ["locales/es/LC_MESSAGES/a.po"],
        )
        site.translate("ES")
        before = {p: p.read_bytes() for p in Path(folder).rglob("*.po*")}
        assert site.run() == ([], [])
        assert {p: p.read_bytes() for p in Path(folder).rglob("*.po*")} == before


test_extract_and_update_twice_change_nothing, test_extract_and_update_twice_long = both(
    FAST_DISK, project_runs_are_idempotent, documents()
)


def edits_never_lose_a_translation(
    doc: Document, plans: list[list[tuple[str, int, str]]], extra: Any
) -> None:
    """Each round: edit the source, extract + update, translate what is new.

    Every translation ever written must still be in the catalog, as a current,
    fuzzy or obsolete entry.
    """
    with tempfile.TemporaryDirectory() as folder:
        site = Site(Path(folder))
        site.write(doc)
        site.run()
        site.translate("R0")
        written = {e.msgstr for e in site.read_catalog() if e.msgstr}
        for round_number, plan in enumerate(plans, start=1):
            for edit in plan:
                doc = apply_edit(doc, edit, extra)
            site.write(doc)
            site.run()
            kept = {e.msgstr for e in site.read_catalog() if e.msgstr}
            assert written <= kept, sorted(written - kept)[:3]
            site.translate(f"R{round_number}")
            written = {e.msgstr for e in site.read_catalog() if e.msgstr} | written


test_source_edits_never_lose_a_translation, test_source_edits_long = both(
    FAST_DISK,
    edits_never_lose_a_translation,
    documents(max_blocks=5),
    st.lists(edit_plans, min_size=1, max_size=3),
    block().map(tuple),
)


def test_the_loss_detector_sees_a_dropped_translation(tmp_path: Path) -> None:
    """Near miss: a catalog rewritten without its obsolete entries is caught."""
    site = Site(tmp_path)
    doc = Document((), (("Chronic pain lasts.",), ("Sleep helps.",)))
    site.write(doc)
    site.run()
    site.translate("R0")
    written = {e.msgstr for e in site.read_catalog() if e.msgstr}
    site.write(Document((), (("Sleep helps.",),)))
    site.run()
    catalog = site.read_catalog()
    assert {e.msgstr for e in catalog if e.msgstr} == written  # kept as obsolete
    stripped = {e.msgstr for e in catalog if e.msgstr and not e.obsolete}
    assert not written <= stripped
