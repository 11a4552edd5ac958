"""A sign-off survives the PO editors' own readers and writers, and their edits void it.

Weblate reads and writes PO files with translate-toolkit (``translate.storage.po``),
so a round trip through it is what a Weblate commit does to a catalog. Poedit
and Lokalize are desktop applications that cannot run headless here; they keep
translator comments as written (docs/review.md says so), which is why the
sign-off is one.
"""

from __future__ import annotations

from datetime import date

import polib
from translate.storage.po import pofile

from painl10n.catalogs import signoff
from painl10n.catalogs.merge import merge
from painl10n.po import read_po, read_po_file, write_po
from tests.helpers import REPO
from tests.helpers.gettext import run_gettext

DAY = date(2026, 12, 6)
SHIPPED = REPO / "locales" / "es" / "LC_MESSAGES" / "psychobiology-of-chronic-pain.po"


def signed_catalog() -> polib.POFile:
    """The shipped Spanish catalog with every translated entry signed off."""
    catalog = read_po_file(SHIPPED)
    for entry in catalog:
        if signoff.is_translated(entry):
            signoff.sign(entry, "Dra. Ana Ruiz-López", DAY)
    return catalog


def signed(catalog: polib.POFile) -> set[tuple[str | None, str]]:
    return {(e.msgctxt, e.msgid) for e in catalog if signoff.is_signed_off(e)}


def through_toolkit(text: str, edit: str | None = None, *, fuzzy: bool = False) -> str:
    """Load with translate-toolkit, optionally change the unit whose source starts with
    ``edit`` as Weblate's editor does, and save."""
    store = pofile.parsestring(text.encode("utf-8"))
    for unit in store.units:
        if edit is not None and unit.source.startswith(edit):
            if fuzzy:
                unit.markfuzzy(True)
            else:
                unit.target = unit.target.replace("dolor", "sufrimiento", 1)
    return bytes(store).decode("utf-8")


def test_toolkit_round_trip_keeps_every_signoff() -> None:
    catalog = signed_catalog()
    before = signed(catalog)
    assert len(before) == 37
    back = read_po(through_toolkit(write_po(catalog)), path="toolkit")
    assert signed(back) == before
    for entry in back:  # the line itself, as written, not only a valid digest
        found = signoff.signoff_of(entry)
        assert found is not None and found.reviewer == "Dra. Ana Ruiz-López"


def test_an_edit_through_the_toolkit_voids_that_entry_only() -> None:
    catalog = signed_catalog()
    edited = next(e for e in catalog if "dolor" in e.msgstr)
    back = read_po(through_toolkit(write_po(catalog), edited.msgid[:30]), path="toolkit")
    after = next(e for e in back if e.msgid == edited.msgid)
    assert "sufrimiento" in after.msgstr
    assert not signoff.is_signed_off(after) and signoff.is_stale(after)
    assert signed(back) == signed(catalog) - {(edited.msgctxt, edited.msgid)}
    # update's merge then marks it void and says which entry
    template = polib.POFile()
    for entry in back:
        template.append(polib.POEntry(msgid=entry.msgid, msgctxt=entry.msgctxt, msgstr=""))
    merged, stats = merge(template, back, "es", slug="psychobiology-of-chronic-pain")
    assert stats.voided == [(edited.msgctxt, edited.msgid)]
    voided = next(e for e in merged if e.msgid == edited.msgid)
    assert signoff.signoff_of(voided).void  # type: ignore[union-attr]
    assert signed(merged) == signed(back)


def test_marking_fuzzy_through_the_toolkit_unpublishes_the_signoff() -> None:
    catalog = signed_catalog()
    first = next(e for e in catalog if signoff.is_signed_off(e))
    back = read_po(through_toolkit(write_po(catalog), first.msgid, fuzzy=True), path="toolkit")
    after = next(e for e in back if e.msgid == first.msgid)
    assert "fuzzy" in after.flags and not signoff.is_signed_off(after)


def test_toolkit_then_msgcat_then_toolkit_keeps_them() -> None:
    catalog = signed_catalog()
    once = through_toolkit(write_po(catalog))
    done = run_gettext("msgcat", "-", text=once)
    assert done.returncode == 0, done.stderr.decode()
    twice = through_toolkit(done.stdout.decode())
    assert signed(read_po(twice, path="toolkit")) == signed(catalog)
