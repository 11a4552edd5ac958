"""Projects as a Windows checkout has them: sources and catalogs with CRLF line endings."""

from __future__ import annotations

import re
from pathlib import Path

_BARE_LF = re.compile(rb"(?<!\r)\n")


def to_crlf(root: Path) -> list[Path]:
    """Give every source, template and catalog under ``root`` CRLF line endings, as
    Git for Windows checks them out; the files changed, sorted."""
    changed = []
    for path in sorted(root.rglob("*")):
        if path.suffix in (".md", ".po", ".pot") and "output" not in path.parts:
            data = path.read_bytes()
            path.write_bytes(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
            changed.append(path)
    return changed


def bare_line_feeds(data: bytes) -> int:
    """How many lines of ``data`` end with LF alone (0 in a CRLF file)."""
    return len(_BARE_LF.findall(data))
