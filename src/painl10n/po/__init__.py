"""PO/POT reading and writing, byte-compatible with GNU gettext 0.21."""

from painl10n.po.read import read_po, read_po_file
from painl10n.po.wrap import wrap_po_string
from painl10n.po.write import write_po

__all__ = ["read_po", "read_po_file", "wrap_po_string", "write_po"]
