"""Docusaurus: MDX (``.mdx``, and ``.md`` unless ``markdown.format`` is ``detect``) and
``:::`` admonitions.

Names are this module's own (Docusaurus configures neither by name):
``admonitions`` reads ``:::note``, ``:::tip[Title]`` and the legacy
``:::tip Title`` (mdx1Compat) through mdit-py-plugins' ``container`` (an outer
container takes more colons; its closing line has at least as many, as in
remark-directive); ``mdx`` reads ESM, JSX and expression lines
(:mod:`.mdx`). GFM tables, footnotes and task lists are always on, as Docusaurus has them.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from .goldmark_attributes import heading_attributes_plugin
from .mdx import mdx_plugin

EXTENSIONS: dict[str, str] = {
    "admonitions": "admonitions ':::note', ':::tip[Title]', ':::tip Title' … ':::'",
    "mdx": "MDX: 'import'/'export' lines, JSX element lines, '{…}' expression lines; "
    "no indented code, no HTML blocks (off: Markdown as markdown.format 'md' reads it)",
}
DEFAULTS = frozenset(EXTENSIONS)

# Docusaurus' admonition keywords (@docusaurus/mdx-loader, DefaultAdmonitionOptions).
KEYWORDS = frozenset(
    {"secondary", "info", "success", "danger", "note", "tip", "warning", "important", "caution"}
)
# What follows the colons: a directive's name, then '[label]' and '{attributes}', or
# (an admonition's legacy title) blanks and the title.
DIRECTIVE = re.compile(r"^(?P<name>[A-Za-z][\w-]*)(?P<rest>.*)$")

# Lines that open a construct: a translation's line must not.
LINE_STARTS = re.compile(r":::|(?:import|export)(?=[\s{*])")


def directive_name(info: str) -> str:
    """'tip' of 'tip[Title]' or 'tip Title'."""
    match = DIRECTIVE.match(info.strip())
    return match["name"] if match else ""


def admonition_kind(info: str) -> str:
    """'admonition (tip)' of 'tip[Title]'; a directive that is none: 'directive (name)'."""
    name = directive_name(info)
    return f"admonition ({name})" if name in KEYWORDS else f"directive ({name})"


def opens(params: str) -> bool:
    """The rest of a ':::' line opens a container: remark-directive's 'name[label]{attrs}',
    or a keyword and a legacy title (Docusaurus' mdx1Compat rewrites it into a label)."""
    match = DIRECTIVE.match(params)
    if match is None:
        return False
    rest = match["rest"]
    if not rest.strip() or rest.startswith(("[", "{")):
        return True
    return match["name"] in KEYWORDS and rest.startswith(" ")


def build(extensions: frozenset[str]) -> MarkdownIt:
    """A parser for Docusaurus Markdown with ``extensions`` (names of :data:`EXTENSIONS`)."""
    md = (
        MarkdownIt("commonmark", {"html": True})
        .enable(["table", "strikethrough"])
        .use(front_matter_plugin)
        .use(footnote_plugin)
    )
    md.use(heading_attributes_plugin)  # '## Dose {#dose}': the id is Docusaurus', not text
    if "mdx" in extensions:
        md.use(mdx_plugin)
    if "admonitions" in extensions:
        md.use(
            container_plugin,
            name="admonition",
            marker=":",
            validate=lambda params, *_: opens(params),
        )
    return md
