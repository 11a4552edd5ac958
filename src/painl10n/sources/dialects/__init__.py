"""Markdown dialects: the grammar each site generator reads, as markdown-it-py plugins.

One registry, :data:`DIALECTS`, keyed by the ``generator`` setting. A dialect
names the extensions it knows in the generator's own words (for MkDocs the
``markdown_extensions`` of ``mkdocs.yml``), the set it uses when the project
says nothing, and how to build a parser for a set of them. Generators without
a dialect of their own yet read CommonMark (``plain``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from markdown_it import MarkdownIt

from ...errors import Painl10nError
from ..model import PLAIN, Flavor
from . import hugo, mkdocs, plain


@dataclass(frozen=True)
class Dialect:
    """A generator's Markdown: its extensions (name → what it adds), defaults, builder."""

    name: str
    extensions: dict[str, str]
    defaults: frozenset[str]
    build: Callable[[frozenset[str]], MarkdownIt]
    line_starts: re.Pattern[str] | None = None  # what else opens a block at a line's start


DIALECTS: dict[str, Dialect] = {
    "plain": Dialect("plain", {}, frozenset(), plain.build),
    "mkdocs": Dialect(
        "mkdocs", mkdocs.EXTENSIONS, mkdocs.DEFAULTS, mkdocs.build, mkdocs.LINE_STARTS
    ),
    "hugo": Dialect("hugo", hugo.EXTENSIONS, hugo.DEFAULTS, hugo.build, hugo.LINE_STARTS),
}


def dialect_of(flavor: Flavor) -> Dialect:
    """The dialect a flavor names (``plain`` for a generator without its own yet)."""
    return DIALECTS.get(flavor.dialect, DIALECTS["plain"])


def flavor_for(
    generator: str, configured: Iterable[str] | None = None, changes: Iterable[str] = ()
) -> Flavor:
    """The flavor of a project: its generator's dialect and the extensions in use.

    ``configured``: the extensions the generator's own configuration lists
    (``None``: no such file; the dialect's defaults), names painl10n does not
    know are left out, as they change nothing it parses. ``changes``: the
    ``markdown_extensions`` setting, ``"name"`` adds one and ``"-name"``
    removes one; an unknown name there is an error.
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
    names = dialect.defaults if configured is None else frozenset(configured)
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
    return Flavor(dialect.name, frozenset(enabled))
