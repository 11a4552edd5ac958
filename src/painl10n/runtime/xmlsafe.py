"""Safe XML reading for the files people hand us (TBX, XLIFF, TMX).

Parsing goes through defusedxml: no entity declarations (no "billion
laughs"), no external entities or DTDs fetched. Every element remembers its
source line, so a validation error can name the file and line, and every
failure is one Painl10nError instead of a parser exception.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from ..errors import Painl10nError


class _LineBuilder(ET.TreeBuilder):
    """Tree builder that remembers the source line of every element."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[int, int] = {}
        self.parser: Any = None

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        element = super().start(tag, attrs)
        self.lines[id(element)] = int(self.parser.parser.CurrentLineNumber)
        return element


def parse_xml(data: bytes, *, shown: str, kind: str) -> tuple[ET.Element, dict[int, int]]:
    """The root and each element's line (by ``id``); bad or unsafe XML is one error line.

    ``kind`` ("termbases", "XLIFF files", ...) words the hint.
    """
    builder = _LineBuilder()
    parser = DefusedXMLParser(
        target=builder, forbid_dtd=False, forbid_entities=True, forbid_external=True
    )
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except ET.ParseError as exc:
        raise Painl10nError(f"invalid XML: {exc}", path=shown, line=exc.position[0]) from exc
    except LookupError as exc:  # <?xml encoding="..."?> names an unknown codec
        raise Painl10nError(f"invalid XML: {exc}", path=shown, line=1) from exc
    except DefusedXmlException as exc:
        raise Painl10nError(
            f"refusing unsafe XML ({type(exc).__name__})",
            path=shown,
            line=int(parser.parser.CurrentLineNumber),
            hint=f"{kind} may not declare entities or load external resources",
        ) from exc
    return root, builder.lines
