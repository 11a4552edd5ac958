"""How the dialects' own block rules join markdown-it's parser.

Most of them read a line or a block that is the generator's syntax, not text:
it may end the paragraph, quote or list above it, as the generator reads it,
and it renders to nothing on painl10n's own pages (the generator makes it).
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.ruler import RuleOptionsType

# A rule with these options is also tried where a paragraph, a reference, a quote
# or a list looks for its end, so the construct may interrupt them.
INTERRUPTS: RuleOptionsType = {"alt": ["paragraph", "reference", "blockquote", "list"]}


def render_nothing(md: MarkdownIt, *kinds: str) -> None:
    """Tokens of ``kinds`` render to nothing."""
    for kind in kinds:
        md.add_render_rule(kind, _nothing)


def _nothing(*args: object) -> str:
    return ""
