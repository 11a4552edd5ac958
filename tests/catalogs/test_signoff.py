"""A sign-off lives in a translator comment bound to the text: tools keep it, edits void it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polib
import pytest

from painl10n.catalogs import signoff
from painl10n.po import read_po, write_po
from tests.helpers.gettext import run_gettext

DAY = date(2026, 12, 6)


def entry(msgid: str = "Take 1 tablet.", msgstr: str = "Tome 1 comprimido.") -> polib.POEntry:
    return polib.POEntry(msgid=msgid, msgstr=msgstr, occurrences=[("source/a.md", "3")])


def catalog_text(*entries: polib.POEntry) -> str:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "es"}
    for e in entries:
        po.append(e)
    return write_po(po)


def test_sign_then_any_change_voids() -> None:
    e = entry()
    made = signoff.sign(e, "Ana Ruiz", DAY)
    assert e.tcomment == "painl10n-reviewed: 2026-12-06 by Ana Ruiz; sha256:" + made.digest
    assert signoff.is_signed_off(e)
    for change in ("msgstr", "msgid", "msgctxt"):
        changed = entry()
        changed.tcomment = e.tcomment
        setattr(changed, change, "Tome 2 comprimidos.")
        assert not signoff.is_signed_off(changed), change
        assert signoff.is_stale(changed)
    fuzzy = entry()
    fuzzy.tcomment, fuzzy.flags = e.tcomment, ["fuzzy"]
    assert not signoff.is_signed_off(fuzzy)


def test_plural_forms_are_covered() -> None:
    e = polib.POEntry(msgid="1 dose", msgid_plural="{n} doses", msgstr_plural={0: "1", 1: "n"})
    signoff.sign(e, "Ana", DAY)
    assert signoff.is_signed_off(e)
    e.msgstr_plural[1] = "m"
    assert not signoff.is_signed_off(e)


def test_void_keeps_digest_and_other_comments() -> None:
    e = entry()
    e.tcomment = "painl10n-ignore: numbers\nchecked with the leaflet"
    made = signoff.sign(e, "Ana", DAY)
    e.msgstr = "Tome 2 comprimidos."
    voided = signoff.void(e)
    assert voided is not None and voided.void and voided.digest == made.digest
    assert e.tcomment.splitlines()[:2] == ["painl10n-ignore: numbers", "checked with the leaflet"]
    assert signoff.signoff_of(e) == voided
    assert signoff.void(e) is None  # once


@pytest.mark.parametrize("name", ["", "  ", "Ana;Ruiz", "Ana\nRuiz", "Ana\x00"])
def test_unrecordable_reviewer_refused(name: str) -> None:
    with pytest.raises(signoff.SignOffError):
        signoff.sign(entry(), name, DAY)


def test_untranslated_cannot_be_signed() -> None:
    with pytest.raises(signoff.SignOffError):
        signoff.sign(entry(msgstr=""), "Ana", DAY)


def test_ledger_round_trip_is_deterministic() -> None:
    e = entry()
    made = signoff.sign(e, "Ana", DAY)
    records = {made.digest: signoff.signed_text(e, made)}
    data = signoff.ledger_bytes(records)
    assert signoff.read_ledger(data) == records
    assert signoff.ledger_bytes(signoff.read_ledger(data)) == data
    assert signoff.read_ledger(b"") == {}


@pytest.mark.parametrize(
    "tool",
    [("msgcat", "-"), ("msgattrib", "-"), ("msgmerge", "--no-fuzzy-matching")],
)
def test_gettext_tools_keep_the_signoff(tool: tuple[str, str], tmp_path: Path) -> None:
    e = entry()
    signoff.sign(e, "Dr. Ana Ruiz-López", DAY)
    text = catalog_text(e)
    if tool[0] == "msgmerge":
        pot = tmp_path / "a.pot"
        pot.write_text(catalog_text(polib.POEntry(msgid=e.msgid, msgstr="")), "utf-8")
        done = run_gettext("msgmerge", "--quiet", "-", str(pot), text=text)
    else:
        done = run_gettext(tool[0], *tool[1:], text=text)
    assert done.returncode == 0, done.stderr.decode()
    back = next(x for x in read_po(done.stdout.decode(), path="-") if x.msgid == e.msgid)
    assert signoff.is_signed_off(back)


def test_msgmerge_on_changed_source_voids(tmp_path: Path) -> None:
    e = entry()
    signoff.sign(e, "Ana", DAY)
    pot = tmp_path / "a.pot"
    pot.write_text(catalog_text(polib.POEntry(msgid="Take 2 tablets.", msgstr="")), "utf-8")
    done = run_gettext("msgmerge", "--quiet", "-", str(pot), text=catalog_text(e))
    assert done.returncode == 0, done.stderr.decode()
    back = [x for x in read_po(done.stdout.decode(), path="-") if not x.obsolete]
    assert back and all(not signoff.is_signed_off(x) for x in back)


def test_reject_makes_fuzzy_with_comment_and_drops_signoff() -> None:
    e = entry()
    signoff.sign(e, "Ana", DAY)
    line = signoff.reject(e, "Ana", DAY, "  cada 6 horas,\n no cada 8 ")
    assert line == "painl10n-rejected: 2026-12-06 by Ana: cada 6 horas, no cada 8"
    assert e.flags == ["fuzzy"] and signoff.signoff_of(e) is None
    assert signoff.rejection_of(e) == line
    signoff.reject(e, "Luis", DAY, "again")
    assert e.tcomment.count("painl10n-rejected") == 1 and e.flags == ["fuzzy"]
    with pytest.raises(signoff.SignOffError):
        signoff.reject(e, "Ana", DAY, "  ")


def test_a_long_rejection_survives_polib_and_msgcat_whole_and_is_replaced_whole(
    tmp_path: Path,
) -> None:
    """Written in lines no tool re-wraps (78 columns with '# '), its further lines
    indented: read back whole after polib and msgcat, and a new rejection leaves no
    piece of the old one behind (a polib-wrapped line used to be read as its first
    line only, the rest left over)."""
    e = entry()
    e.tcomment = "checked with the leaflet"
    comment = (
        'Write "cada 6 horas", not "cada 8 horas": the leaflet says every six hours, '
        "and the maximum is 4 g a day, not 3 g; keep the warning about alcohol too."
    )
    line = signoff.reject(e, "Dr. Ana María Ruiz-López", DAY, comment)
    assert signoff.rejection_of(e) == line
    assert all(len("# " + part) <= 78 for part in e.tcomment.splitlines())
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    po.append(e)
    po.save(str(tmp_path / "a.po"))
    saved = (tmp_path / "a.po").read_text("utf-8")
    done = run_gettext("msgcat", "-", text=saved)
    assert done.returncode == 0, done.stderr.decode()
    for text in (saved, done.stdout.decode()):
        back = next(x for x in read_po(text, path="-") if x.msgid == e.msgid)
        assert signoff.rejection_of(back) == line
        again = signoff.reject(back, "Luis", DAY, "Now the dose is right; check the units.")
        assert signoff.rejection_of(back) == again
        assert back.tcomment.splitlines()[0] == "checked with the leaflet"
        assert "alcohol" not in back.tcomment and back.tcomment.count("rejected") == 1
    # A line after it that is not indented is the translator's own, not the reviewer's.
    e.tcomment += "\nfixed, please look again"
    assert signoff.rejection_of(e) == line


def test_a_signoff_wrapped_by_polib_still_reads_and_is_replaced_whole(tmp_path: Path) -> None:
    """polib wraps translator comments at 78 columns: a long name splits the line."""
    e = entry()
    e.tcomment = "checked with the leaflet"
    made = signoff.sign(e, "Dr. Ana María Ruiz-López de la Fuente y García", DAY)
    po = polib.POFile()
    po.append(e)
    po.save(str(tmp_path / "a.po"))
    saved = (tmp_path / "a.po").read_text("utf-8")
    assert "# sha256:" in saved or "\n# García;" in saved  # polib did wrap it
    back = polib.pofile(str(tmp_path / "a.po")).find(e.msgid)
    assert signoff.signoff_of(back) == made and signoff.is_signed_off(back)
    back.msgstr = "Tome 2 comprimidos."
    voided = signoff.void(back)
    assert voided is not None and voided.reviewer == made.reviewer
    assert back.tcomment.splitlines() == ["checked with the leaflet", voided.line()]
    signoff.reject(back, "Ana", DAY, "revise")
    assert back.tcomment.splitlines()[0] == "checked with the leaflet"
    assert signoff.signoff_of(back) is None
