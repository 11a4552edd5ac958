"""Markdown dialects: the grammar each site generator reads, as markdown-it-py plugins.

One registry, :data:`DIALECTS`, keyed by the ``generator`` setting. A dialect
names the extensions it knows in the generator's own words (for MkDocs the
``markdown_extensions`` of ``mkdocs.yml``), the set it uses when the project
says nothing, and how to build a parser for a set of them. Generators without
a dialect of their own yet read CommonMark (``plain``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from markdown_it import MarkdownIt

from ...errors import Painl10nError
from ..model import PLAIN, Flavor
from . import docusaurus, hugo, jekyll, mkdocs, plain


@dataclass(frozen=True)
class Dialect:
    """A generator's Markdown: its extensions (name → what it adds), defaults, builder."""

    name: str
    extensions: dict[str, str]
    defaults: frozenset[str]
    build: Callable[[frozenset[str]], MarkdownIt]
    line_starts: re.Pattern[str] | None = None  # what else opens a block at a line's start
    # component ('*': any) -> its attributes whose values are text (``component_attributes``)
    attributes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # a name that loads several extensions -> them; a prefix a name may carry
    bundles: Mapping[str, frozenset[str]] = field(default_factory=dict)
    module_prefix: str = ""

    def expanded(self, names: Iterable[str]) -> frozenset[str]:
        """``names`` as the generator reads them: a module path shortened
        (``markdown.extensions.toc`` is ``toc``), a bundle replaced by its members."""
        found: set[str] = set()
        for name in names:
            if self.module_prefix:
                name = name.removeprefix(self.module_prefix)
            found |= self.bundles.get(name, {name})
        return frozenset(found)


DIALECTS: dict[str, Dialect] = {
    "plain": Dialect("plain", {}, frozenset(), plain.build),
    "mkdocs": Dialect(
        "mkdocs",
        mkdocs.EXTENSIONS,
        mkdocs.DEFAULTS,
        mkdocs.build,
        mkdocs.LINE_STARTS,
        bundles=mkdocs.BUNDLES,
        module_prefix=mkdocs.MODULE_PREFIX,
    ),
    "hugo": Dialect("hugo", hugo.EXTENSIONS, hugo.DEFAULTS, hugo.build, hugo.LINE_STARTS),
    "docusaurus": Dialect(
        "docusaurus",
        docusaurus.EXTENSIONS,
        docusaurus.DEFAULTS,
        docusaurus.build,
        docusaurus.LINE_STARTS,
        {"*": ("label", "title", "alt")},
    ),
    "jekyll": Dialect(
        "jekyll",
        jekyll.EXTENSIONS,
        jekyll.DEFAULTS,
        jekyll.build,
        jekyll.LINE_STARTS,
        {"*": ("title", "alt", "caption", "content")},
    ),
}


def dialect_of(flavor: Flavor) -> Dialect:
    """The dialect a flavor names (``plain`` for a generator without its own yet)."""
    return DIALECTS.get(flavor.dialect, DIALECTS["plain"])


def flavor_for(
    generator: str,
    configured: Iterable[str] | None = None,
    changes: Iterable[str] = (),
    attributes: Mapping[str, Iterable[str]] | None = None,
) -> Flavor:
    """The flavor of a project: its generator's dialect and the extensions in use.

    ``configured``: the extensions the generator's own configuration lists
    (``None``: no such file; the dialect's defaults), bundles expanded, names
    painl10n does not know left out, as they change nothing it parses. ``changes``: the
    ``markdown_extensions`` setting, ``"name"`` adds one and ``"-name"``
    removes one; an unknown name there is an error. ``attributes``: the
    ``component_attributes`` setting (None: the dialect's own).
    """
    dialect = DIALECTS.get(generator)
    changes = tuple(changes)
    if dialect is None:
        if changes:
            raise Painl10nError(
                f"'markdown_extensions': painl10n knows no extensions of {generator!r} yet",
                hint='remove the setting, or use generator = "mkdocs"',
            )
        return PLAIN
    names = dialect.defaults if configured is None else dialect.expanded(configured)
    enabled = set(names & dialect.extensions.keys())
    for change in changes:
        name = change.removeprefix("-").removeprefix("+")
        if name not in dialect.extensions:
            known = ", ".join(sorted(dialect.extensions)) or "none"
            raise Painl10nError(
                f"'markdown_extensions': unknown {dialect.name} extension {name!r}",
                hint=f"known: {known}",
            )
        if change.startswith("-"):
            enabled.discard(name)
        else:
            enabled.add(name)
    if dialect.name == "plain":
        return PLAIN
    chosen = dialect.attributes if attributes is None else attributes
    table = tuple(sorted((name, tuple(names)) for name, names in chosen.items()))
    return Flavor(dialect.name, frozenset(enabled), table)


def file_flavor(flavor: Flavor, path: str) -> Flavor:
    """The flavor of one file: Docusaurus reads every ``.mdx`` file as MDX, whatever
    its ``.md`` files are read as (``markdown.format: 'detect'``: ``"-mdx"``)."""
    mdx = flavor.dialect == "docusaurus" and path.lower().endswith(".mdx")
    if mdx and "mdx" not in flavor.extensions:
        return replace(flavor, extensions=flavor.extensions | {"mdx"})
    return flavor
