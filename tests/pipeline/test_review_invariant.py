"""No sequence of translator edits, source edits, updates, approvals and round trips
through msgcat and msgmerge leaves an entry signed off on a text other than the one
the reviewer signed.

A model keeps what each approval signed (msgctxt, msgid → msgid, msgstr); after
every step, each entry ``is_signed_off`` says is signed off must read exactly as
the model has it, and the ledger must hold that text under its digest.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import polib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from painl10n.catalogs import signoff
from painl10n.pipeline.extract import extract
from painl10n.pipeline.review import approve
from painl10n.pipeline.update import update
from painl10n.po import read_po_file, write_po
from painl10n.project import Project
from tests.helpers.gettext import run_gettext
from tests.helpers.project import small_project

SOURCES = [
    "Rest well.",
    "Rest very well.",
    "Drink water often.",
    "Drink water very often.",
    "Sleep helps the body heal.",
    "Walk every morning.",
]
TRANSLATIONS = [
    "Descanse bien.",
    "Descanse mucho.",
    "Beba agua a menudo.",
    "El sueño ayuda al cuerpo a sanar.",
    "Camine cada mañana.",
]
PARAGRAPHS = 3

Step = tuple[str, int, int, bool]  # what, which entry or paragraph, which text, fuzzy
STEPS = st.tuples(
    st.sampled_from(["edit", "source", "update", "approve", "msgcat", "msgmerge"]),
    st.integers(0, PARAGRAPHS),
    st.integers(0, max(len(SOURCES), len(TRANSLATIONS)) - 1),
    st.booleans(),
)


@dataclass
class Site:
    root: Path
    paragraphs: list[str]
    signed: dict[tuple[str | None, str], tuple[str, str]] = field(default_factory=dict)

    @property
    def project(self) -> Project:
        return Project.load(self.root)

    @property
    def catalog(self) -> Path:
        return self.root / "locales" / "es" / "LC_MESSAGES" / "care.po"

    @property
    def template(self) -> Path:
        return self.root / "locales" / "templates" / "LC_MESSAGES" / "care.pot"

    def write_source(self) -> None:
        text = "# Care\n\n" + "\n\n".join(self.paragraphs) + "\n"
        (self.root / "source" / "care.md").write_text(text, "utf-8")

    def run(self, step: Step) -> None:
        what, which, text, fuzzy = step
        if what == "edit":  # a translator, in any editor: a new text, fuzzy or not
            catalog = read_po_file(self.catalog)
            live = [e for e in catalog if not e.obsolete]
            entry = live[which % len(live)]
            entry.msgstr = TRANSLATIONS[text % len(TRANSLATIONS)]
            entry.flags = ["fuzzy"] if fuzzy else []
            self.catalog.write_text(write_po(catalog), "utf-8")
        elif what == "source":  # the author edits a paragraph
            self.paragraphs[which % PARAGRAPHS] = SOURCES[text % len(SOURCES)]
            self.write_source()
            extract(self.project)
        elif what == "update":
            update(self.project)
        elif what == "approve":
            catalog = read_po_file(self.catalog)
            result = approve(self.project, "es", reviewer="Ana", day=date(2026, 12, 6))
            approved = {msgid for _, _, msgid in result.signed}
            for entry in catalog:
                if not entry.obsolete and entry.msgid in approved:
                    self.signed[(entry.msgctxt, entry.msgid)] = (entry.msgid, entry.msgstr)
        elif what == "msgcat":
            self.replace_with("msgcat", "-")
        else:
            fuzzy_matching = [] if fuzzy else ["--no-fuzzy-matching"]
            self.replace_with("msgmerge", "--quiet", *fuzzy_matching, "-", str(self.template))

    def replace_with(self, tool: str, *args: str) -> None:
        done = run_gettext(tool, *args, text=self.catalog.read_text("utf-8"))
        assert done.returncode == 0, done.stderr.decode()
        self.catalog.write_bytes(done.stdout)

    def check(self) -> None:
        ledger_path = self.catalog.with_suffix(".signoffs")
        ledger = signoff.read_ledger(ledger_path.read_bytes() if ledger_path.exists() else b"")
        for entry in polib.pofile(str(self.catalog)):
            if not signoff.is_signed_off(entry):
                continue
            key = (entry.msgctxt, entry.msgid)
            assert self.signed.get(key) == (entry.msgid, entry.msgstr), (key, entry.msgstr)
            record = ledger[signoff.text_digest(entry)]
            assert (record.msgid, record.msgstr) == (entry.msgid, entry.msgstr)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(steps=st.lists(STEPS, min_size=1, max_size=12))
def test_no_signoff_outlives_its_text(steps: list[Step]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = Site(Path(folder) / "site", list(SOURCES[0:6:2]))
        small_project(site.root, {}, languages='["es"]')
        site.write_source()
        extract(site.project)
        update(site.project)
        site.run(("edit", 0, 0, False))
        site.run(("edit", 1, 2, False))
        site.run(("approve", 0, 0, False))
        assert site.signed  # something is signed off before the sequence starts
        site.check()
        for step in steps:
            site.run(step)
            site.check()
