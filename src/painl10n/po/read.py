"""A strict PO reader: gettext's syntax, with polib's model, and no guessing.

polib accepts many broken files and silently makes something up; GNU msgfmt
rejects them.  Translators edit catalogs by hand, so we fail early with the
file, the line and a hint, rather than publish a guessed translation.

Line endings are LF or CRLF (Git for Windows checks files out with CRLF),
mixed too, as gettext reads them: a CR before a line feed ends the line. A
CR inside a quoted string is part of the text, as gettext keeps it (``check``
reports it). A CR anywhere else is an error: gettext reads it as a space, or
as part of a comment that then swallows the entries after it up to the next
line feed, where Python's and many editors' readers see a line break.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import polib

from painl10n.errors import PoSyntaxError
from painl10n.po.syntax import (
    canonical_references,
    declares_utf8,
    is_solaris_reference,
    parse_references,
    references_survive,
    split_flags,
    strip_dot_slash,
)
from painl10n.runtime.fileio import read_text_strict

__all__ = ["read_po", "read_po_file"]

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[[0-9]+\])?|domain)(?![\w\[])")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_ESCAPE = re.compile(r'\\(?:([ntbrfva\\"])|([0-7]{1,3})|x([0-9A-Fa-f]+)|(.?))', re.DOTALL)
_SIMPLE_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "b": "\b",
    "r": "\r",
    "f": "\f",
    "v": "\v",
    "a": "\a",
    "\\": "\\",
    '"': '"',
}
# The lines msgcat writes, by far the most common: one string, nothing around it.
_PLAIN_LINE = re.compile(
    r'(?:(msgctxt|msgid_plural|msgid|msgstr(?:\[[0-9]+\])?) )?"((?:[^"\\]|\\.)*)"'
)
_PLAIN_STRING = re.compile(r'"([^"\\]*)"')
# A whole entry in the shape msgcat writes, with no escape or obsolete line and
# no plural, fuzzy ones with their #| msgctxt and msgid included: most entries
# of most catalogs (see _read_in_bulk).
_BULK_ENTRY = re.compile(
    r"(?P<comments>(?:#(?:[ .:,][^\n]*)?\n)*)"
    r'(?:#\| msgctxt "(?P<pctx>[^"\\\n]*)"\n(?P<pctx_more>(?:#\| "[^"\\\n]*"\n)*))?'
    r'(?:#\| msgid "(?P<pid>[^"\\\n]*)"\n(?P<pid_more>(?:#\| "[^"\\\n]*"\n)*))?'
    r'(?:msgctxt "(?P<ctx>[^"\\\n]*)"\n(?P<ctx_more>(?:"[^"\\\n]*"\n)*))?'
    r'msgid "(?P<id>[^"\\\n]*)"\n(?P<id_more>(?:"[^"\\\n]*"\n)*)'
    r'msgstr "(?P<str>[^"\\\n]*)"\n(?P<str_more>(?:"[^"\\\n]*"\n)*)'
    r"(?:\n|\Z)"
)
_HEADER_FIELD = re.compile(r"([^:\n]+): (.*)")
_FORBIDDEN_CHARACTERS = (("\0", "NUL character in file", "remove it"),)
# A quoted string, or an unterminated one up to the end of the line.
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\\?\Z)', re.DOTALL)
_NPLURALS = re.compile(r"nplurals\s*=\s*([0-9]+)")
_CHARSET = re.compile(r"charset=([^ \t\n]*)")


@dataclass
class _Field:
    """One keyword and its strings, possibly continued on following lines."""

    keyword: str
    line: int
    obsolete: bool
    previous: bool
    parts: list[str] = field(default_factory=list)
    has_bytes: bool = False

    def value(self, path: str) -> str:
        """The concatenated string; byte escapes (octal/hex) must form UTF-8."""
        text = "".join(self.parts)
        if "\x04" in text:
            raise PoSyntaxError(
                f"{self.keyword} contains U+0004, gettext's context separator",
                path=path,
                line=self.line,
                hint="use msgctxt for context",
            )
        if not self.has_bytes:
            return text
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8")
        except UnicodeDecodeError as error:
            raise PoSyntaxError(
                f"{self.keyword}: octal/hex escapes do not form valid UTF-8",
                path=path,
                line=self.line,
                hint="write the characters themselves",
            ) from error


@dataclass
class _Line:
    """A classified line: a comment, a keyword with strings, or a continuation."""

    number: int
    kind: str  # "blank", "#", "#.", "#:", "#,", "keyword", "continuation"
    text: str = ""
    keyword: str = ""
    obsolete: bool = False
    previous: bool = False
    parts: list[str] = field(default_factory=list)
    has_bytes: bool = False


class _LineParser:
    """Turns one physical line into a :class:`_Line`, or raises."""

    def __init__(self, path: str) -> None:
        self.path = path

    def error(self, message: str, line: int, hint: str | None = None) -> PoSyntaxError:
        return PoSyntaxError(message, path=self.path, line=line, hint=hint)

    def parse(self, number: int, raw: str) -> _Line:
        plain = _PLAIN_LINE.fullmatch(raw)
        if plain is not None:  # the common case, without the general scan below
            keyword, text = plain.groups()
            result = _Line(number, "keyword" if keyword else "continuation", keyword=keyword or "")
            result.parts.append(self._unescape(text, result))
            return result
        line = raw.lstrip(" \t")
        if not line:
            return _Line(number, "blank")
        if line.startswith("#~|") or line.startswith("#|"):
            obsolete = line.startswith("#~")
            return self._strings(number, line[3 if obsolete else 2 :], obsolete, True)
        if line.startswith("#~"):
            return self._strings(number, line[2:], True, False)
        if line.startswith("#"):
            return self._comment(number, line[1:])
        return self._strings(number, line, False, False)

    def _comment(self, number: int, text: str) -> _Line:
        kind, content = _comment_kind(text)
        if not kind:
            raise self.error(
                "Solaris-style file reference comment",
                number,
                hint="gettext reads '# File: x, line: N' as a reference; use '#: x:N'",
            )
        return _Line(number, kind, text=content)

    def _strings(self, number: int, rest: str, obsolete: bool, previous: bool) -> _Line:
        body = rest.lstrip(" \t")
        if not body:
            return _Line(number, "blank")
        result = _Line(number, "continuation", obsolete=obsolete, previous=previous)
        if not body.startswith('"'):
            match = _KEYWORD.match(body)
            if match is None:
                raise self.error(
                    f"unexpected text {body[:30]!r}",
                    number,
                    hint="expected a comment, a keyword (msgid, msgstr, ...) or a quoted string",
                )
            result.kind, result.keyword = "keyword", match[1]
            body = body[match.end() :]
        self._scan_strings(result, body)
        return result

    def _scan_strings(self, result: _Line, body: str) -> None:
        position = 0
        while True:
            while position < len(body) and body[position] in " \t":
                position += 1
            if position == len(body):
                return
            if body[position] != '"':
                raise self.error(
                    f"unexpected text after string: {body[position : position + 30]!r}",
                    result.number,
                )
            match = _STRING.match(body, position)
            if match is None:
                raise self.error(
                    "unterminated string",
                    result.number,
                    hint='close the string with " on the same line; continue on the next line',
                )
            result.parts.append(self._unescape(match[1], result))
            position = match.end()

    def _unescape(self, text: str, result: _Line) -> str:
        if "\\" not in text:
            return text
        return _ESCAPE.sub(lambda match: self._escape_value(match, result), text)

    def _escape_value(self, match: re.Match[str], result: _Line) -> str:
        simple, octal, hexa, other = match.groups()
        if simple is not None:
            return _SIMPLE_ESCAPES[simple]
        if other is not None:
            raise self.error(
                f"unknown escape sequence {match[0]!r}",
                result.number,
                hint=r"valid escapes are \n \t \" \\ \a \b \f \r \v, octal and \x hex",
            )
        value = int(octal, 8) if octal is not None else int(hexa, 16)
        if value == 0 or value > 0xFF:
            raise self.error(f"escape {match[0]!r} is NUL or not a byte", result.number)
        result.has_bytes = True
        return chr(value) if value < 0x80 else chr(0xDC00 + value)


def _stray_carriage_return(line: str) -> bool:
    """Whether ``line`` has a CR outside its quoted strings (a comment: anywhere)."""
    body = line.lstrip(" \t")
    if body.startswith("#") and not body.startswith(("#~", "#|")):
        return "\r" in body
    return "\r" in _QUOTED.sub("", line)


def _comment_kind(text: str) -> tuple[str, str]:
    """A comment line's kind (``#``, ``#.``, ``#:``, ``#,``) and content, from the text
    after its ``#``; kind "" for a Solaris reference, which gettext would misread."""
    if text.startswith("."):
        return "#.", text[2:] if text[1:2] == " " else text[1:]
    if text.startswith(":"):
        return "#:", text[1:]
    if text.startswith((",", "!")):
        return "#,", text[1:]
    if is_solaris_reference(text):
        return "", text
    return "#", text[1:] if text.startswith(" ") else text


# Which state each keyword may follow within one entry ("prev " = a #| line).
_ALLOWED_AFTER = {
    "prev msgctxt": {"comments"},
    "prev msgid": {"comments", "prev msgctxt"},
    "prev msgid_plural": {"prev msgid"},
    "msgctxt": {"comments", "prev msgid", "prev msgid_plural"},
    "msgid": {"comments", "prev msgid", "prev msgid_plural", "msgctxt"},
    "msgid_plural": {"msgid"},
    "msgstr": {"msgid"},
    "msgstr[]": {"msgid_plural", "msgstr[]"},
}
_COMPLETE = {"msgstr", "msgstr[]"}
_PREVIOUS_KEYWORDS = {"msgctxt", "msgid", "msgid_plural"}
_STARTS_ENTRY = {"prev msgctxt", "prev msgid", "msgctxt", "msgid"}
_OUT_OF_ORDER_HINTS = {
    "msgstr": "msgstr must follow msgid; after msgid_plural use msgstr[0], msgstr[1], ...",
    "msgstr[]": "msgstr[N] needs a msgid_plural before it and consecutive indexes from 0",
    "msgid_plural": "msgid_plural must directly follow msgid",
    "prev msgid_plural": "#| msgid_plural must directly follow #| msgid",
}


@dataclass
class _Entry:
    """What has been read of one entry so far."""

    first_line: int
    tcomments: list[str] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)
    references: list[tuple[str, str]] = field(default_factory=list)
    reference_line: int = 0
    flags: list[str] = field(default_factory=list)
    fields: dict[str, _Field] = field(default_factory=dict)
    msgstrs: list[_Field] = field(default_factory=list)
    state: str = "comments"
    current: _Field | None = None

    @property
    def obsolete(self) -> bool:
        return self.fields["msgid"].obsolete

    def has_comments(self) -> bool:
        return bool(self.tcomments or self.extracted or self.references or self.flags)


class _Reader:
    """Assembles classified lines into a :class:`polib.POFile`."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.lines = _LineParser(path)
        self.catalog = polib.POFile(fpath=path, encoding="utf-8")
        self.entry: _Entry | None = None
        self.keys: dict[tuple[str | None, str], int] = {}
        self.nplurals: int | None = None
        self.has_header = False

    def error(self, message: str, line: int, hint: str | None = None) -> PoSyntaxError:
        return PoSyntaxError(message, path=self.path, line=line, hint=hint)

    def read(self, text: str) -> polib.POFile:
        if "\r" in text:  # CRLF line endings (and a CR ending the file) read as LF
            text = text.replace("\r\n", "\n").removesuffix("\r")
            self.check_carriage_returns(text)
        for bad, message, hint in _FORBIDDEN_CHARACTERS:
            if bad in text:
                line = text.count("\n", 0, text.index(bad)) + 1
                raise self.error(message, line, hint=hint)
        if text.startswith("\ufeff"):
            raise self.error("byte order mark at start of file", 1, hint="save without BOM")
        read = _read_in_bulk(self.path, text)
        if read is not None:
            return read
        self.read_lines(text.split("\n"), 1)
        self.finish_file(text.count("\n") + 1)
        return self.catalog

    def check_carriage_returns(self, text: str) -> None:
        """Raise at the first CR (left after CRLF became LF) outside a quoted string."""
        position = text.find("\r")
        while position >= 0:
            start = text.rfind("\n", 0, position) + 1
            end = text.find("\n", position)
            line = text[start : end if end >= 0 else len(text)]
            if _stray_carriage_return(line):
                raise self.error(
                    "carriage return (CR) without a line feed after it, outside a string",
                    text.count("\n", 0, position) + 1,
                    hint="save the file with LF or CRLF line endings",
                )
            position = text.find("\r", end) if end >= 0 else -1

    def read_lines(self, lines: list[str], first: int) -> None:
        """Feed ``lines`` (numbered from ``first``) through the general path."""
        for number, raw in enumerate(lines, start=first):
            if not raw or (raw[0] == '"' and self.continue_plainly(raw)):
                continue  # a blank line, or a plain continuation of the current string
            if raw.endswith("\\"):
                raise self.error(
                    "line ends with a backslash",
                    number,
                    hint="gettext joins such a line with the next one; remove the backslash",
                )
            self.feed(self.lines.parse(number, raw))

    def bulk_entry(self, match: re.Match[str], line: int) -> bool:
        """Append the entry ``match`` found (its first line is ``line``), as the general path
        would; False when only the general path may judge it (it may be an error)."""
        if "\x04" in match[0]:
            return False
        tcomments: list[str] = []
        extracted: list[str] = []
        reference_lines: list[str] = []
        references: list[tuple[str, str]] = []
        flags: list[str] = []
        comments = match["comments"]
        if comments:
            if "\\\n" in comments:  # a line ending in a backslash
                return False
            for raw in comments.split("\n")[:-1]:
                kind, text = _comment_kind(raw[1:])
                if kind == "#.":
                    extracted.append(text)
                elif kind == "#:":
                    reference_lines.append(text)
                elif kind == "#,":
                    flags += split_flags(text)
                elif kind == "#":
                    tcomments.append(text)
                else:  # a Solaris reference: an error the general path reports
                    return False
            if reference_lines:
                read, stable = _references_read(tuple(reference_lines))
                if not stable:
                    return False
                references = list(read)
            line += comments.count("\n")
        previous_context, previous = match["pctx"], match["pid"]
        if previous_context is not None:
            if previous is None:  # out of order: the general path says so
                return False
            previous_context += _joined(match["pctx_more"], "#| ")
            line += 1 + match["pctx_more"].count("\n")
        if previous is not None:
            previous += _joined(match["pid_more"], "#| ")
            line += 1 + match["pid_more"].count("\n")
        context = match["ctx"]
        if context is not None:
            context += _joined(match["ctx_more"])
            line += 1 + match["ctx_more"].count("\n")
        msgid = match["id"] + _joined(match["id_more"])
        key = (context, msgid)
        if key in self.keys:
            return False
        self.keys[key] = line
        entry = _NEW_ENTRY(polib.POEntry)
        fields = entry.__dict__
        fields.update(_BLANK_ENTRY)
        fields.update(
            msgid=msgid,
            msgctxt=context,
            msgstr=match["str"] + _joined(match["str_more"]),
            msgstr_plural={},
            previous_msgctxt=previous_context,
            previous_msgid=previous,
            tcomment="\n".join(tcomments),
            comment="\n".join(extracted),
            occurrences=references,
            flags=flags,
            linenum=line,
        )
        self.catalog.append(entry)
        return True

    def continue_plainly(self, raw: str) -> bool:
        """Append ``"text"`` without escapes to the current active string, if it is one.

        Half the lines of a catalog are such continuations; anything else
        (escapes, #~ or #| strings, an error) goes through the general path.
        """
        entry = self.entry
        if entry is None or entry.state == "comments":
            return False
        current = entry.current
        if current is None or current.obsolete or current.previous:
            return False
        plain = _PLAIN_STRING.fullmatch(raw)
        if plain is None:
            return False
        current.parts.append(plain[1])
        return True

    def feed(self, line: _Line) -> None:
        if line.kind == "blank":
            return
        if line.kind == "keyword":
            self.keyword(line)
        elif line.kind == "continuation":
            self.continuation(line)
        else:
            self.comment(line)

    def open_entry(self, line: int) -> _Entry:
        """The entry a comment or keyword belongs to, finishing a complete one."""
        if self.entry is not None and self.entry.state in _COMPLETE:
            self.finish_entry(self.entry)
            self.entry = None
        if self.entry is None:
            self.entry = _Entry(first_line=line)
        return self.entry

    def comment(self, line: _Line) -> None:
        entry = self.open_entry(line.number)
        if entry.state != "comments":
            raise self.error(
                "comment inside an entry",
                line.number,
                hint="comments go before the entry's #|, msgctxt and msgid lines",
            )
        if line.kind == "#":
            entry.tcomments.append(line.text)
        elif line.kind == "#.":
            entry.extracted.append(line.text)
        elif line.kind == "#:":
            entry.references += parse_references(line.text)
            entry.reference_line = entry.reference_line or line.number
        else:
            entry.flags += split_flags(line.text)

    def check_references(self, entry: _Entry) -> None:
        """References must print and read back as themselves (see references_survive).

        Both as msgcat prints them at once (raw duplicates dropped, ./ stripped)
        and as write_po does (duplicates after stripping dropped too).
        """
        if entry.references and not _references_stable(tuple(entry.references)):
            raise self.error(
                "file references that gettext would split or merge differently",
                entry.reference_line,
                hint="file names must not be empty, contain spaces, or end in ':' or '\\'",
            )

    def keyword(self, line: _Line) -> None:
        if line.keyword == "domain":
            raise self.error("'domain' directives are not supported", line.number)
        if line.previous and line.keyword not in _PREVIOUS_KEYWORDS:
            raise self.error(
                f"{_display(line)} is not allowed",
                line.number,
                hint="#| lines hold only the previous msgctxt, msgid and msgid_plural",
            )
        name = _state_name(line)
        if self.entry is not None and self.entry.state in _COMPLETE and name in _STARTS_ENTRY:
            self.open_entry(line.number)
        entry = self.entry or self.open_entry(line.number)
        if entry.state not in _ALLOWED_AFTER[name]:
            raise self.error(
                f"{_display(line)} is out of place here",
                line.number,
                hint=_OUT_OF_ORDER_HINTS.get(name, "order: #| lines, msgctxt, msgid, msgstr"),
            )
        self.check_obsolete(entry, line)
        new = _Field(line.keyword, line.number, line.obsolete, line.previous)
        if name == "msgstr[]":
            self.check_plural_index(entry, line)
            entry.msgstrs.append(new)
        elif name == "msgstr":
            entry.msgstrs.append(new)
        else:
            entry.fields[name] = new
        entry.state, entry.current = name, new
        self.extend(new, line)

    def check_plural_index(self, entry: _Entry, line: _Line) -> None:
        expected = len(entry.msgstrs)
        if line.keyword != f"msgstr[{expected}]":
            raise self.error(
                f"expected msgstr[{expected}], found {line.keyword}",
                line.number,
                hint="plural forms are numbered 0, 1, 2, ... without gaps or leading zeros",
            )

    def check_obsolete(self, entry: _Entry, line: _Line) -> None:
        started = entry.fields or entry.msgstrs
        first = next(iter(entry.fields.values()), None)
        if started and first is not None and first.obsolete != line.obsolete:
            raise self.error(
                "entry mixes obsolete (#~) and active lines",
                line.number,
                hint="prefix every msgctxt/msgid/msgstr line of an obsolete entry with #~",
            )

    def continuation(self, line: _Line) -> None:
        entry = self.entry
        current = entry.current if entry is not None else None
        if entry is None or current is None or entry.state == "comments":
            raise self.error("string without a keyword before it", line.number)
        if (current.obsolete, current.previous) != (line.obsolete, line.previous):
            raise self.error(
                "continuation line does not match its keyword's #~ / #| prefix",
                line.number,
            )
        self.extend(current, line)

    def extend(self, target: _Field, line: _Line) -> None:
        target.parts += line.parts
        target.has_bytes = target.has_bytes or line.has_bytes
        if line.kind == "keyword" and not line.parts:
            raise self.error(f"{_display(line)} has no string", line.number)

    def finish_file(self, last_line: int) -> None:
        entry = self.entry
        if entry is not None and entry.state in _COMPLETE:
            self.finish_entry(entry)
        elif entry is not None and entry.state != "comments":
            line = entry.current.line if entry.current else entry.first_line
            raise self.error("entry ends without msgstr", line, hint='add msgstr ""')
        elif entry is not None and entry.has_comments():
            raise self.error(
                "comments at end of file belong to no entry",
                entry.first_line,
                hint="remove them or add the entry they describe",
            )
        if not self.has_header:
            raise self.error(
                "missing header entry",
                last_line,
                hint='start the file with msgid "" and a msgstr with Content-Type',
            )

    def finish_entry(self, entry: _Entry) -> None:
        value = self.values(entry)
        msgid = value["msgid"]
        key = (value.get("msgctxt"), msgid)
        line = entry.fields["msgid"].line
        if key in self.keys:
            raise self.error(
                f"duplicate message definition (first defined at line {self.keys[key]})",
                line,
                hint="merge the two entries or give them different msgctxt",
            )
        self.keys[key] = line
        if not self.has_header:
            self.header(entry, value)
            return
        self.catalog.append(self.build(entry, value))

    def values(self, entry: _Entry) -> dict[str, str]:
        self.check_references(entry)
        result = {name: item.value(self.path) for name, item in entry.fields.items()}
        if entry.state == "msgstr":
            result["msgstr"] = entry.msgstrs[0].value(self.path)
        if "msgid_plural" in result and not result["msgid_plural"]:
            raise self.error("empty msgid_plural", entry.fields["msgid_plural"].line)
        return result

    def build(self, entry: _Entry, value: dict[str, str]) -> polib.POEntry:
        forms = {i: item.value(self.path) for i, item in enumerate(entry.msgstrs)}
        made = polib.POEntry(
            msgid=value["msgid"],
            msgctxt=value.get("msgctxt"),
            msgid_plural=value.get("msgid_plural", ""),
            msgstr=value.get("msgstr", ""),
            msgstr_plural=forms if entry.state == "msgstr[]" else {},
            previous_msgctxt=value.get("prev msgctxt"),
            previous_msgid=value.get("prev msgid"),
            previous_msgid_plural=value.get("prev msgid_plural"),
            tcomment="\n".join(entry.tcomments),
            comment="\n".join(entry.extracted),
            occurrences=entry.references,
            flags=entry.flags,
            obsolete=entry.obsolete,
            linenum=entry.fields["msgid"].line,
        )
        if not made.obsolete and "fuzzy" not in made.flags:
            self.check_translation(entry, made)
        return made

    def check_translation(self, entry: _Entry, made: polib.POEntry) -> None:
        """The checks ``msgfmt -c`` makes on translated, non-fuzzy entries."""
        plural = bool(made.msgid_plural)
        forms = [made.msgstr_plural[i] for i in range(len(entry.msgstrs))] if plural else []
        forms = forms or [made.msgstr]
        if not forms[0] or not made.msgid:
            return
        if plural and self.nplurals != len(forms):
            declared = "has no nplurals" if self.nplurals is None else f"says {self.nplurals}"
            raise self.error(
                f"{len(forms)} plural forms, but the header's Plural-Forms {declared}",
                entry.fields["msgid"].line,
                hint="declare nplurals and give every plural entry that many msgstr[N]",
            )
        others = [("msgid_plural", made.msgid_plural, entry.fields["msgid"].line)] if plural else []
        others += [
            (item.keyword, form, item.line) for item, form in zip(entry.msgstrs, forms, strict=True)
        ]
        for where, test in (("begin", str.startswith), ("end", str.endswith)):
            expected = test(made.msgid, "\n")
            for keyword, text, line in others:
                if test(text, "\n") != expected:
                    raise self.error(
                        f"msgid and {keyword} do not both {where} with \\n",
                        line,
                        hint="keep leading and trailing newlines the same as in msgid",
                    )

    def header(self, entry: _Entry, value: dict[str, str]) -> None:
        """Check the first entry is a header polib can hold, and store it."""
        line = entry.fields["msgid"].line
        if value.get("msgctxt") is not None or value["msgid"] or entry.obsolete:
            raise self.error(
                'missing header entry: the first entry must be msgid ""',
                line,
                hint='start the file with msgid "" and a msgstr with Content-Type',
            )
        extras = entry.extracted or entry.references or set(entry.flags) - {"fuzzy"}
        if extras or entry.state != "msgstr" or len(entry.fields) != 1:
            raise self.error(
                "header entry may only have translator comments and a fuzzy flag",
                line,
            )
        self.catalog.header = "\n".join(entry.tcomments)
        self.catalog.metadata_is_fuzzy = "fuzzy" in entry.flags
        self.catalog.metadata = self.metadata(value["msgstr"], entry.msgstrs[0].line)
        self.has_header = True

    def metadata(self, msgstr: str, line: int) -> dict[str, str]:
        """Header fields in file order; each must be ``Key: value\\n``."""
        if msgstr and not msgstr.endswith("\n"):
            raise self.error("header msgstr must end with \\n", line)
        fields: dict[str, str] = {}
        for item in msgstr.split("\n")[:-1]:
            match = _HEADER_FIELD.fullmatch(item)
            if match is None or match[1] in fields:
                raise self.error(
                    f"bad or repeated header line {item!r}",
                    line,
                    hint='each header line is "Name: value\\n", every name once',
                )
            fields[match[1]] = match[2]
        self.check_charset(fields.get("Content-Type", ""), line)
        plural_forms = _NPLURALS.search(fields.get("Plural-Forms", ""))
        self.nplurals = int(plural_forms[1]) if plural_forms else None
        return fields

    def check_charset(self, content_type: str, line: int) -> None:
        if not declares_utf8(content_type):
            charset = _CHARSET.search(content_type)
            found = charset[1] if charset else "none"
            raise self.error(
                f"header charset must be UTF-8 (found {found})",
                line,
                hint='use "Content-Type: text/plain; charset=UTF-8\\n" and UTF-8 text',
            )


@functools.lru_cache(maxsize=16_384)
def _references_read(lines: tuple[str, ...]) -> tuple[tuple[tuple[str, str], ...], bool]:
    """The references of an entry's ``#:`` lines and whether they survive a rewrite,
    remembered by the lines (a template and each of its catalogs hold the same)."""
    references = tuple(found for line in lines for found in parse_references(line))
    return references, not references or _references_stable(references)


@functools.lru_cache(maxsize=16_384)
def _references_stable(references: tuple[tuple[str, str], ...]) -> bool:
    """Remembered: a template and each of its catalogs hold the same references."""
    printed = [(strip_dot_slash(path), line) for path, line in dict.fromkeys(references)]
    return references_survive(printed) and references_survive(canonical_references(printed))


# An entry as polib's constructor makes it, copied into each entry the bulk path reads
# (its mutable fields given anew): the constructor's keyword handling was a tenth of
# reading a catalog. The fast-path tests compare every attribute with the general path's.
_BLANK_ENTRY = dict(vars(polib.POEntry()))
_NEW_ENTRY = polib.POEntry.__new__


def _read_in_bulk(path: str, text: str) -> polib.POFile | None:
    """The catalog, read entry by entry with one pattern; None where that cannot judge.

    The header goes through the general path. Every other entry must have
    the shape msgcat writes (:data:`_BULK_ENTRY`) and pass the same checks
    as there; at the first that does not, the caller reads the whole text
    through the general path, so an error is reported exactly as before
    (``tests/po/test_read_fast_path.py``).
    """
    end = text.find("\n\n")
    if end < 0:
        return None
    reader = _Reader(path)
    try:
        reader.read_lines(text[:end].split("\n"), 1)
        entry = reader.entry
        if entry is None or entry.state not in _COMPLETE:
            return None
        reader.finish_entry(entry)
        reader.entry = None
        position, line = end + 2, text.count("\n", 0, end) + 3
        while position < len(text):
            match = _BULK_ENTRY.match(text, position)
            if match is None or not reader.bulk_entry(match, line):
                return None
            line += match[0].count("\n")
            position = match.end()
    except PoSyntaxError:
        return None
    return reader.catalog if reader.has_header else None


def _joined(more: str, prefix: str = "") -> str:
    """The text of continuation lines ``"a"\\n"b"\\n`` (no quote or backslash inside),
    each after ``prefix`` (``#| `` for previous strings)."""
    return more[len(prefix) + 1 : -2].replace(f'"\n{prefix}"', "") if more else ""


def _state_name(line: _Line) -> str:
    """The parser state a keyword line moves to."""
    if line.keyword.startswith("msgstr["):
        return "msgstr[]"
    return f"prev {line.keyword}" if line.previous else line.keyword


def _display(line: _Line) -> str:
    """The keyword as written, for messages."""
    prefix = {(True, True): "#~| ", (True, False): "#~ ", (False, True): "#| "}
    return prefix.get((line.obsolete, line.previous), "") + line.keyword


def read_po(text: str, *, path: str) -> polib.POFile:
    """Parse PO text strictly; raise PoSyntaxError (with path and line) on any doubt."""
    return _Reader(path).read(text)


def read_po_file(path: Path, *, shown: str | None = None) -> polib.POFile:
    """Read and parse a PO file, which must be UTF-8; errors name ``shown``."""
    name = shown if shown is not None else str(path)
    return read_po(read_text_strict(path, name), path=name)
