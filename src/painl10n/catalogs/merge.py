"""update: template + old catalog → new catalog, losing no translation.

Exact matches by (msgctxt, msgid) first (a dictionary lookup), then the same
msgid under another context, then a fuzzy search through an index for what
is left. A removed string with a translation becomes obsolete (``#~``) and
comes back to life if the string returns.

Two things for the reviewer that ``msgmerge --previous`` does not do:

- an edit that is typography only (:mod:`painl10n.catalogs.typography`) keeps the old
  translation and its state as they are, not fuzzy (``retypeset``);
- a fuzzy entry with a previous msgid gets an extracted comment saying what
  changed (:mod:`painl10n.catalogs.change_notes`), computed afresh on every run from the
  template's comments and ``#|``, so it follows the entry's state and never
  piles up.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polib

from ..languages import english_name
from ..po.plural import parse_plural_forms, preferred_plural_forms
from . import signoff
from .change_notes import change_note
from .header import Key, key_of, new_catalog_metadata
from .similar import DEFAULT_THRESHOLD, SimilarityIndex
from .typography import typeset_key


@dataclass
class MergeStats:
    """What an update did to one catalog."""

    kept: int = 0
    new: int = 0
    fuzzy: int = 0
    revived: int = 0
    obsoleted: int = 0
    retypeset: int = 0  # source edited in typography only: translation kept, not fuzzy
    # Entries whose sign-off no longer vouches for their text (either side changed):
    # its line is now 'painl10n-void' (:mod:`.signoff`). (msgctxt, msgid) each.
    voided: list[tuple[str | None, str]] = field(default_factory=list)


def has_translation(entry: polib.POEntry) -> bool:
    if entry.msgid_plural:
        return any(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def merge(
    template: polib.POFile,
    old: polib.POFile | None,
    language: str,
    *,
    slug: str,
    threshold: float = DEFAULT_THRESHOLD,
) -> tuple[polib.POFile, MergeStats]:
    """Build the new catalog for ``language`` from ``template`` and ``old``."""
    stats = MergeStats()
    result = polib.POFile(wrapwidth=0)
    _merge_header(result, template, old, language, slug)
    old_entries = list(old) if old is not None else []
    active = {key_of(e): e for e in old_entries if not e.obsolete}
    obsolete = {key_of(e): e for e in old_entries if e.obsolete}
    used: set[Key] = set()
    pending: list[polib.POEntry] = []
    for tentry in template:
        entry = _fresh(tentry, language)
        source = active.get(key_of(tentry)) or obsolete.get(key_of(tentry))
        if source is not None:
            _copy_translation(entry, source, keep_state=True)
            used.add(key_of(source))
            if source.obsolete:
                stats.revived += 1
            else:
                stats.kept += 1
        else:
            pending.append(entry)
        result.append(entry)
    _fill_fuzzy(pending, old_entries, used, stats, threshold)
    for old_entry in old_entries:
        if key_of(old_entry) in used or not has_translation(old_entry):
            continue
        if not old_entry.obsolete:
            stats.obsoleted += 1
        result.append(_as_obsolete(old_entry))
    result.sort(key=lambda e: e.obsolete)  # stable: obsolete ones last, order kept
    _note_changes(result, template.metadata.get("X-Source-Language") or "en")
    stats.voided = [(e.msgctxt, e.msgid) for e in result if signoff.void(e) is not None]
    return result, stats


def _note_changes(catalog: polib.POFile, source_language: str) -> None:
    """Tell the reviewer of each fuzzy entry what changed since ``#|``."""
    for entry in catalog:
        if entry.obsolete or "fuzzy" not in entry.flags or entry.previous_msgid is None:
            continue
        note = change_note(entry.previous_msgid, entry.msgid, source_language)
        if note:
            entry.comment = f"{entry.comment}\n{note}" if entry.comment else note


def _fill_fuzzy(
    pending: list[polib.POEntry],
    old_entries: list[polib.POEntry],
    used: set[Key],
    stats: MergeStats,
    threshold: float,
) -> None:
    pool = [e for e in old_entries if has_translation(e) and key_of(e) not in used]
    by_msgid = {e.msgid: e for e in pool}
    retypeset: dict[tuple[str | None, tuple[object, ...]], polib.POEntry] = {}
    for old_entry in reversed(pool) if pending else ():  # the first one wins
        retypeset[(old_entry.msgctxt, typeset_key(old_entry.msgid))] = old_entry
    index: SimilarityIndex | None = None
    for entry in pending:
        same = retypeset.pop((entry.msgctxt, typeset_key(entry.msgid)), None)
        if same is not None and key_of(same) not in used:
            _copy_translation(entry, same, keep_state=True)
            used.add(key_of(same))
            stats.retypeset += 1
            continue
        match = by_msgid.get(entry.msgid)
        if match is None and pool:
            index = index or SimilarityIndex([e.msgid for e in pool])
            found = index.best(entry.msgid, threshold)
            match = pool[found[0]] if found else None
        if match is None:
            stats.new += 1
            continue
        _copy_translation(entry, match, keep_state=False)
        entry.flags.append("fuzzy")
        if "fuzzy" in match.flags and match.previous_msgid is not None:
            # Like msgmerge: #| keeps naming the text the translation was made for.
            entry.previous_msgid = match.previous_msgid
            entry.previous_msgctxt = match.previous_msgctxt
            entry.previous_msgid_plural = match.previous_msgid_plural
        else:
            entry.previous_msgid = match.msgid
            entry.previous_msgctxt = match.msgctxt
        used.add(key_of(match))
        stats.fuzzy += 1


def _fresh(tentry: polib.POEntry, language: str) -> polib.POEntry:
    entry = polib.POEntry(
        msgid=tentry.msgid,
        msgctxt=tentry.msgctxt,
        msgid_plural=tentry.msgid_plural,
        msgstr="",
        occurrences=list(tentry.occurrences),
        comment=tentry.comment,
        flags=[f for f in tentry.flags if f != "fuzzy"],
    )
    if tentry.msgid_plural:
        count = parse_plural_forms(preferred_plural_forms(language)).nplurals
        entry.msgstr_plural = dict.fromkeys(range(count), "")
    return entry


def _copy_translation(entry: polib.POEntry, source: polib.POEntry, *, keep_state: bool) -> None:
    if entry.msgid_plural and source.msgid_plural:
        entry.msgstr_plural = dict(source.msgstr_plural)
    elif entry.msgid_plural:
        entry.msgstr_plural = dict.fromkeys(entry.msgstr_plural, source.msgstr)
        entry.msgstr_plural[0] = source.msgstr
    elif source.msgid_plural:
        entry.msgstr = source.msgstr_plural.get(0, "")
    else:
        entry.msgstr = source.msgstr
    entry.tcomment = source.tcomment
    if keep_state:
        for flag in source.flags:
            if flag not in entry.flags:
                entry.flags.append(flag)
        if "fuzzy" in source.flags:
            entry.previous_msgid = source.previous_msgid
            entry.previous_msgctxt = source.previous_msgctxt
            entry.previous_msgid_plural = source.previous_msgid_plural


def _as_obsolete(old_entry: polib.POEntry) -> polib.POEntry:
    entry = polib.POEntry(
        msgid=old_entry.msgid,
        msgctxt=old_entry.msgctxt,
        msgid_plural=old_entry.msgid_plural,
        msgstr=old_entry.msgstr,
        tcomment=old_entry.tcomment,
        flags=list(old_entry.flags),
        previous_msgid=old_entry.previous_msgid,
        previous_msgctxt=old_entry.previous_msgctxt,
        obsolete=True,
    )
    entry.msgstr_plural = dict(old_entry.msgstr_plural)
    return entry


def _merge_header(
    result: polib.POFile,
    template: polib.POFile,
    old: polib.POFile | None,
    language: str,
    slug: str,
) -> None:
    """Keep the translators' header; refresh only what the template owns."""
    if old is None:
        result.header = (
            f"{english_name(language)} translations for the article {slug!r}.\n"
            "Edit the msgstr lines; painl10n update keeps your work."
        )
        result.metadata = new_catalog_metadata(template, language)
        result.metadata_is_fuzzy = False
        return
    result.header = old.header
    result.metadata_is_fuzzy = old.metadata_is_fuzzy
    standard = new_catalog_metadata(template, language)
    # Like msgmerge: the template owns these; the rest (X-Generator included,
    # which translators' editors rewrite on save) stays as the translator left it.
    owned_by_template = {"Report-Msgid-Bugs-To", "POT-Creation-Date", "Content-Type"}
    metadata = {
        name: standard[name] if name in owned_by_template else old.metadata.get(name, default)
        for name, default in standard.items()
    }
    metadata.update((k, v) for k, v in old.metadata.items() if k not in metadata)
    result.metadata = metadata
