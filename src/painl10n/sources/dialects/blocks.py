"""pymdownx.blocks: '/// warning | Title', a body, and a closing '///'.

mdit-py-plugins' ``container`` reads the fences (with '/' as the marker, an
outer block takes more slashes); this module says which block names an
extension brings. The open token is ``container_blocks_open`` with the
marker line's rest in ``info``: ``' warning | Title'``.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from mdit_py_plugins.container import container_plugin

# pymdownx.blocks.admonition's default types, each also a block of its own.
ADMONITION_TYPES = ("note", "attention", "caution", "danger", "error", "tip", "hint", "warning")
NAMES = {
    "pymdownx.blocks.admonition": ("admonition", *ADMONITION_TYPES),
    "pymdownx.blocks.details": ("details",),
    "pymdownx.blocks.tab": ("tab",),
    "pymdownx.blocks.caption": ("caption",),
    "pymdownx.blocks.html": ("html",),
    "pymdownx.blocks.definition": ("define",),
}


def block_name(info: str) -> str:
    """'warning' of ' warning | Title' (and of ' Warning': pymdownx.blocks lower-cases it)."""
    return info.partition("|")[0].strip().lower()


def blocks_plugin(md: MarkdownIt, extensions: frozenset[str]) -> None:
    """Read the '///' blocks of the enabled ``pymdownx.blocks.*`` extensions."""
    names = {name for extension in extensions for name in NAMES.get(extension, ())}
    md.use(
        container_plugin,
        name="blocks",
        marker="/",
        validate=lambda params, *_: block_name(params) in names,
    )
    # Before the table rule too: '/// warning | Title' over a '|---|' line opens a block
    # (as pymdownx.blocks reads it), never a table whose header cell holds '///'.
    ruler = md.block.ruler
    rule = ruler.__rules__[ruler.__find__("container_blocks")]
    ruler.before("table", "container_blocks_first", rule.fn, {"alt": rule.alt})
