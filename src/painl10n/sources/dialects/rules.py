"""How the dialects' own block rules join markdown-it's parser.

Most of them read a line or a block that is the generator's syntax, not text:
it may end the paragraph, quote or list above it, as the generator reads it,
and it renders to nothing on painl10n's own pages (the generator makes it).
"""

from __future__ import annotations

from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.ruler import RuleOptionsType
from markdown_it.rules_block import StateBlock

BlockRule = Callable[[StateBlock, int, int, bool], bool]

# A rule with these options is also tried where a paragraph, a reference, a quote
# or a list looks for its end, so the construct may interrupt them.
INTERRUPTS: RuleOptionsType = {"alt": ["paragraph", "reference", "blockquote", "list"]}


def wrap_block_rule(md: MarkdownIt, name: str, wrap: Callable[[BlockRule], BlockRule]) -> None:
    """Put ``wrap(rule)`` in the place of the block rule ``name``: same order, and tried
    where the same blocks look for their end (the rule's own ``alt``)."""
    ruler = md.block.ruler
    rule = ruler.__rules__[ruler.__find__(name)]
    ruler.at(name, wrap(rule.fn), {"alt": list(rule.alt)})


def render_nothing(md: MarkdownIt, *kinds: str) -> None:
    """Tokens of ``kinds`` render to nothing."""
    for kind in kinds:
        md.add_render_rule(kind, _nothing)


def _nothing(*args: object) -> str:
    return ""
