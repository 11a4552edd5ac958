"""Serialize a polib catalog exactly as GNU msgcat 0.21 prints it.

Byte-identical output means that running gettext tools over our catalogs (or
our tools over theirs) produces no diff, so reviews only ever show real
changes.  Where gettext normalizes (flag order, unknown flags, duplicate
references, fuzzy on untranslated entries, untranslated obsolete entries) we
normalize the same way.

One known gap: for entries flagged c-format, python-format, etc., gettext
also refuses line breaks inside format directives (``%(first name)s``,
``%%``); we do not parse directives, so such entries may wrap differently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import polib

from painl10n.po.syntax import (
    canonical_references,
    declares_utf8,
    format_reference,
    is_solaris_reference,
    references_survive,
    split_flags,
)
from painl10n.po.wrap import wrap_po_string

__all__ = ["write_po"]

# gettext 0.21 format_language[], in the order msgcat prints the flags.
_FORMAT_LANGUAGES = (
    *("c", "objc", "python", "python-brace", "java", "java-printf", "csharp"),
    *("javascript", "scheme", "lisp", "elisp", "librep", "ruby", "sh", "awk", "lua"),
    *("object-pascal", "smalltalk", "qt", "qt-plural", "kde", "kde-kuit", "boost", "tcl"),
    *("perl", "perl-brace", "php", "gcc-internal", "gfc-internal", "ycp"),
)
_FORMAT_INDEX = {name: index for index, name in enumerate(_FORMAT_LANGUAGES)}
_FORMAT_PREFIXES = (("no-", "no-"), ("possible-", ""), ("impossible-", None))
_RANGE = re.compile(r"([0-9]+)\.\.([0-9]+)")
_LINE_NUMBER = re.compile(r"[0-9]+")
_DEFAULT_WIDTH = 79  # msgcat's page width, which --no-wrap leaves to references


class _Flags:
    """An entry's flags as gettext understands them (read-catalog-abstract.c)."""

    def __init__(self, flags: Iterable[str]) -> None:
        self.fuzzy = False
        self.no_wrap = False
        self.formats: dict[int, str] = {}  # language index -> printed flag, "" if impossible
        self.range: str | None = None
        tokens = split_flags(", ".join(flags))
        for token in tokens:
            self._accept(token)

    def _accept(self, token: str) -> None:
        if token == "fuzzy":
            self.fuzzy = True
        elif token in ("wrap", "no-wrap"):
            self.no_wrap = token == "no-wrap"
        elif token.startswith("range: "):
            match = _RANGE.match(token[7:])
            if match and int(match[1]) <= int(match[2]):
                self.range = f"range: {int(match[1])}..{int(match[2])}"
        elif token.endswith("-format"):
            self._accept_format(token[: -len("-format")])

    def _accept_format(self, name: str) -> None:
        printed_prefix: str | None = ""
        for prefix, printed in _FORMAT_PREFIXES:
            if name.startswith(prefix):
                name, printed_prefix = name[len(prefix) :], printed
                break
        index = _FORMAT_INDEX.get(name)
        if index is not None:
            shown = "" if printed_prefix is None else f"{printed_prefix}{name}-format"
            self.formats[index] = shown

    def line(self, *, translated: bool, obsolete: bool) -> str | None:
        """The ``#,`` line msgcat prints, or None when it prints none."""
        shown = ["fuzzy"] if self.fuzzy and translated else []
        shown += [self.formats[i] for i in sorted(self.formats) if self.formats[i]]
        if self.range and not obsolete:
            shown.append(self.range)
        if self.no_wrap:
            shown.append("no-wrap")
        return "#, " + ", ".join(shown) if shown else None


@lru_cache(maxsize=1024)
def _flag_facts(
    flags: tuple[str, ...], translated: bool, obsolete: bool
) -> tuple[str | None, bool]:
    """The ``#,`` line and whether strings go unwrapped, remembered: a catalog's
    entries share a handful of flag sets (none, fuzzy, a format flag)."""
    parsed = _Flags(flags)
    return parsed.line(translated=translated, obsolete=obsolete), parsed.no_wrap


def _comment_lines(marker: str, text: str) -> list[str]:
    """One comment line per line of text; an empty line is the bare marker."""
    return list(_comment_lines_of(marker, text)) if text else []


@lru_cache(maxsize=4096)
def _comment_lines_of(marker: str, text: str) -> tuple[str, ...]:
    """:func:`_comment_lines`, remembered: comments such as ``paragraph`` or a
    glossary note repeat across entries, and the template's across catalogs."""
    if "\r" in text or "\0" in text:
        raise ValueError(f"comment {text!r} contains a carriage return or NUL")
    lines = text.split("\n")
    if any(line.endswith("\\") for line in lines):
        raise ValueError(f"comment {text!r} has a line ending in a backslash (gettext joins lines)")
    return tuple(f"{marker} {line}" if line else marker for line in lines)


def _translator_comment_lines(text: str) -> list[str]:
    """Translator comments; refuse the one text gettext would read as a reference."""
    lines = _comment_lines("#", text)
    for line in lines:
        if is_solaris_reference(line[1:]):
            raise ValueError(f"translator comment {line!r} would be read as a file reference")
    return lines


def _line_number(path: str, line: object) -> str:
    """The reference's line as gettext prints it ("" when it has none)."""
    text = "" if line is None else str(line)
    if text and not _LINE_NUMBER.fullmatch(text):
        raise ValueError(f"reference line {line!r} of {path!r} is not a number")
    return str(int(text)) if text else ""


def _reference_lines(occurrences: Iterable[tuple[str, object]], width: int) -> list[str]:
    """``#:`` lines filled as write-po.c does (byte lengths, page width)."""
    try:
        return list(_reference_lines_of(tuple(occurrences), width))
    except TypeError:  # an unhashable line number: fill it without the memo
        return list(_reference_lines_of.__wrapped__(tuple(occurrences), width))


@lru_cache(maxsize=4096)
def _reference_lines_of(occurrences: tuple[tuple[str, object], ...], width: int) -> tuple[str, ...]:
    """:func:`_reference_lines`, remembered: a build writes each entry's references
    once in the template and once per language.

    msgcat fills them to the page width even under --no-wrap (then 79).
    References that differ only by a leading ./ are merged, as msgcat does
    when it reads its own output.
    """
    references = canonical_references(
        (path, _line_number(path, line)) for path, line in occurrences
    )
    if not references_survive(references):
        raise ValueError(f"reference paths in {references!r} would not read back as written")
    width = width or _DEFAULT_WIDTH
    lines: list[str] = []
    column = 2
    for path, number in references:
        token = format_reference(path, number)
        size = len(token.encode("utf-8")) + 1
        if not lines or (column > 2 and column + size > width):
            lines.append("#:")
            column = 2
        lines[-1] += " " + token
        column += size
    return tuple(lines)


def _plural_forms(entry: polib.POEntry) -> list[str]:
    """msgstr[0..n-1] of a plural entry; xgettext's two empty forms if none."""
    forms: dict[int, str] = dict(entry.msgstr_plural or {})
    if not forms:
        return ["", ""]
    if sorted(forms) != list(range(len(forms))):
        raise ValueError(f"msgstr_plural indexes of {entry.msgid!r} are not 0..n-1")
    return [forms[i] for i in range(len(forms))]


def _first_msgstr(entry: polib.POEntry) -> str:
    """msgstr, or msgstr[0]: what gettext tests for 'translated'."""
    return _plural_forms(entry)[0] if entry.msgid_plural else str(entry.msgstr)


def _check_previous(entry: polib.POEntry) -> None:
    """gettext's grammar needs ``#| msgid`` whenever a previous string is present."""
    others = entry.previous_msgctxt is not None or entry.previous_msgid_plural is not None
    if others and entry.previous_msgid is None:
        raise ValueError(f"entry {entry.msgid!r} has a previous context/plural but no msgid")
    if entry.msgstr_plural and not entry.msgid_plural:
        raise ValueError(f"entry {entry.msgid!r} has msgstr_plural but no msgid_plural")


def _string_lines(entry: polib.POEntry, prefix: str, width: int) -> list[str]:
    """msgctxt, msgid, msgid_plural and msgstr lines."""
    lines: list[str] = []
    if entry.msgctxt is not None:
        lines += wrap_po_string("msgctxt", entry.msgctxt, width, prefix)
    lines += wrap_po_string("msgid", entry.msgid, width, prefix)
    if not entry.msgid_plural:
        return lines + wrap_po_string("msgstr", entry.msgstr, width, prefix)
    lines += wrap_po_string("msgid_plural", entry.msgid_plural, width, prefix)
    for index, form in enumerate(_plural_forms(entry)):
        lines += wrap_po_string(f"msgstr[{index}]", form, width, prefix)
    return lines


def _previous_lines(entry: polib.POEntry, prefix: str, width: int) -> list[str]:
    """``#|`` (or ``#~|``) lines for the previous msgctxt, msgid and msgid_plural."""
    lines: list[str] = []
    for keyword, value in (
        ("msgctxt", entry.previous_msgctxt),
        ("msgid", entry.previous_msgid),
        ("msgid_plural", entry.previous_msgid_plural),
    ):
        if value is not None:
            lines += wrap_po_string(keyword, value, width, prefix)
    return lines


def _entry_lines(entry: polib.POEntry, width: int) -> list[str]:
    """All lines of one entry; empty for an obsolete entry msgcat would drop."""
    _check_previous(entry)
    translated = _first_msgstr(entry) != ""
    obsolete = bool(entry.obsolete)
    if obsolete and not translated:
        return []
    flag_line, no_wrap = _flag_facts(tuple(entry.flags), translated, obsolete)
    lines = _translator_comment_lines(entry.tcomment or "")
    lines += _comment_lines("#.", entry.comment or "")
    lines += _reference_lines(entry.occurrences, width)
    lines += [flag_line] if flag_line else []
    string_width = 0 if no_wrap else width
    lines += _previous_lines(entry, "#~| " if obsolete else "#| ", string_width)
    return lines + _string_lines(entry, "#~ " if obsolete else "", string_width)


def _header_lines(catalog: polib.POFile, width: int) -> list[str]:
    """The header comment and the ``msgid ""`` entry built from metadata."""
    fields = []
    for key, value in catalog.metadata.items():
        if not key or ":" in key or "\n" in key or "\n" in value:
            raise ValueError(f"header field {key!r}: {value!r} cannot be written")
        fields.append(f"{key}: {value}\n")
    if not declares_utf8(catalog.metadata.get("Content-Type", "")):
        raise ValueError("header needs 'Content-Type: text/plain; charset=UTF-8' (we write UTF-8)")
    msgstr = "".join(fields)
    lines = _translator_comment_lines(catalog.header or "")
    if catalog.metadata_is_fuzzy and msgstr:
        lines.append("#, fuzzy")
    lines += wrap_po_string("msgid", "", width)
    return lines + wrap_po_string("msgstr", msgstr, width)


def _check_unique(entries: Iterable[polib.POEntry]) -> None:
    """gettext rejects two entries with the same context and msgid."""
    seen: set[tuple[str | None, str]] = {(None, "")}  # the header's key
    for entry in entries:
        key = (entry.msgctxt, entry.msgid)
        if key in seen:
            raise ValueError(f"duplicate entry msgctxt={key[0]!r} msgid={key[1]!r}")
        seen.add(key)


def write_po(catalog: polib.POFile, *, width: int = 79) -> str:
    """The catalog as ``msgcat --width=WIDTH`` prints it; width 0 is ``--no-wrap``.

    Raises ValueError for catalogs gettext cannot represent faithfully
    (duplicates, NUL characters, reference paths with spaces, ...).
    """
    if width < 0:
        raise ValueError(f"width must be >= 0, got {width}")
    _check_unique(catalog)
    blocks = [_header_lines(catalog, width)]
    blocks += [_entry_lines(entry, width) for entry in catalog if not entry.obsolete]
    blocks += [_entry_lines(entry, width) for entry in catalog if entry.obsolete]
    return "\n\n".join("\n".join(block) for block in blocks if block) + "\n"
