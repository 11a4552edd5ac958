"""TMX 1.4b translation memories: read what CAT tools export, write our own.

Parsing goes through defusedxml (no entity declarations, no external entities).
Readers are tolerant where tools differ: ``xml:lang`` (TMX 1.4) or ``lang``
(TMX 1.1), any case of language codes, regional variants (``es-ES`` for a
project language ``es``), a ``srclang`` per ``<tu>`` or ``*all*``. Inline
markup in ``<seg>`` (``<ph>``, ``<bpt>``, ``<ept>``, ``<it>``, ``<hi>`` …) is
read as the text it holds: for us that text is the Markdown around the words.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from .._version import __version__
from ..errors import Painl10nError
from ..languages import parse_language
from ..runtime.fileio import read_bounded
from ..runtime.xmlsafe import parse_xml

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ALL = "*all*"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FIXED_DATE = "20000101T000000Z"  # when SOURCE_DATE_EPOCH is not set: output stays reproducible


@dataclass(frozen=True, order=True)
class Pair:
    """A source segment and its translation."""

    source: str
    target: str


@dataclass
class TmxContent:
    pairs: list[Pair]
    skipped: int  # units without both languages, or in another source language


def language_matches(code: str, wanted: str) -> bool:
    """``code`` (as written in a file) names ``wanted`` or, if ``wanted`` has no
    region or script, one of its regional variants (``es-MX`` for ``es``)."""
    try:
        found = parse_language(code.strip())
        want = parse_language(wanted)
    except Painl10nError:
        return False
    if str(found) == str(want):
        return True
    return want.territory is None and want.script is None and found.language == want.language


def read_tmx(path: Path, *, shown: str, source_language: str, target_language: str) -> TmxContent:
    return parse_tmx(
        read_bounded(path, shown),
        shown=shown,
        source_language=source_language,
        target_language=target_language,
    )


def parse_tmx(data: bytes, *, shown: str, source_language: str, target_language: str) -> TmxContent:
    """The (source, target) pairs of a TMX document for one language pair."""
    root, lines = parse_xml(data, shown=shown, kind="translation memories")
    reader = _Reader(shown, lines, source_language, target_language)
    return reader.read(root)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if _local(child.tag) == name]


class _Reader:
    def __init__(
        self, shown: str, lines: dict[int, int], source_language: str, target_language: str
    ) -> None:
        self.shown = shown
        self.lines = lines
        self.source_language = source_language
        self.target_language = target_language

    def error(self, message: str, element: ET.Element, hint: str | None = None) -> Painl10nError:
        return Painl10nError(message, path=self.shown, line=self.lines.get(id(element)), hint=hint)

    def read(self, root: ET.Element) -> TmxContent:
        if _local(root.tag) != "tmx":
            raise self.error(f"not a TMX file (root element <{_local(root.tag)}>)", root)
        headers = _children(root, "header")
        bodies = _children(root, "body")
        if len(headers) != 1 or len(bodies) != 1:
            raise self.error("a TMX file needs one <header> and one <body>", root)
        default_source = headers[0].get("srclang", _ALL)
        pairs: list[Pair] = []
        skipped = 0
        for tu in bodies[0]:
            if _local(tu.tag) != "tu":
                raise self.error(f"unexpected <{_local(tu.tag)}> in <body>", tu, "expected <tu>")
            pair = self.unit(tu, tu.get("srclang", default_source))
            if pair is None:
                skipped += 1
            else:
                pairs.append(pair)
        return TmxContent(pairs, skipped)

    def unit(self, tu: ET.Element, srclang: str) -> Pair | None:
        if srclang != _ALL and not language_matches(srclang, self.source_language):
            return None
        sources: list[str] = []
        exact: list[str] = []
        variants: list[str] = []
        for tuv in _children(tu, "tuv"):
            code = tuv.get(_XML_LANG) or tuv.get("lang")
            if not code:
                raise self.error("<tuv> without xml:lang", tuv, 'add xml:lang="…"')
            segs = _children(tuv, "seg")
            if len(segs) != 1:
                raise self.error("<tuv> must hold exactly one <seg>", tuv)
            text = "".join(segs[0].itertext())
            if language_matches(code, self.source_language):
                sources.append(text)
            elif language_matches(code, self.target_language):
                same = str(parse_language(code.strip())) == self.target_language
                (exact if same else variants).append(text)
        targets = exact or variants
        if not sources or not targets or not sources[0] or not targets[0]:
            return None
        return Pair(sources[0], targets[0])


def creation_date() -> str:
    """TMX's date format, from SOURCE_DATE_EPOCH, else a fixed date (never "now")."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not (epoch and epoch.isdigit()):
        return FIXED_DATE
    return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def tmx_language(code: str) -> str:
    """TMX wants RFC 3066 tags: ``pt_BR`` → ``pt-BR``."""
    return code.replace("_", "-")


def write_tmx(pairs: Iterable[Pair], *, source_language: str, target_language: str) -> str:
    """A TMX 1.4b document: one ``<tu>`` per distinct pair, sorted."""
    source = quoteattr(tmx_language(source_language))
    target = quoteattr(tmx_language(target_language))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        f'  <header creationtool="painl10n" creationtoolversion="{__version__}"'
        ' datatype="plaintext" segtype="paragraph" adminlang="en"'
        f' srclang={source} o-tmf="gettext" creationdate="{creation_date()}"/>',
        "  <body>",
    ]
    for pair in sorted(set(pairs)):
        lines += [
            "    <tu>",
            f"      <tuv xml:lang={source}><seg>{_text(pair.source)}</seg></tuv>",
            f"      <tuv xml:lang={target}><seg>{_text(pair.target)}</seg></tuv>",
            "    </tu>",
        ]
    lines += ["  </body>", "</tmx>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    bad = _NOT_XML.search(value)
    if bad:
        raise Painl10nError(
            f"character U+{ord(bad.group()):04X} cannot be stored in TMX (XML 1.0): {value[:40]!r}"
        )
    return escape(value)
