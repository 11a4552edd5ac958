"""Hugo's passthrough (goldmark's ``passthrough`` extension): math kept as written.

With ``markup.goldmark.extensions.passthrough.enable`` and its
``delimiters`` (``block = [['\\[', '\\]'], ['$$', '$$']]``, ``inline =
[['\\(', '\\)']]``) goldmark reads every pair as inline syntax, block pairs
first, and copies what they enclose untouched (no emphasis, no escapes);
a block pair that is part of a paragraph then splits it, the formula
becoming a block of its own (hugo-goldmark-extensions' ``passthrough.go``).
Read the same way here: one ``passthrough`` token per pair, so a paragraph
that is only formulas has no word of text (it is never offered and stays
in the skeleton), and a sentence keeps its formula as a dialect token
(``text/dialect_syntax.py``), which pseudo leaves alone and the
``dialect-syntax`` check guards. mdit-py-plugins' math plugins read fixed
delimiter sets (``$``, ``\\(``, …) and not the ones a site configures.
"""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from ...text.dialect_syntax import Delimiters


def passthrough_plugin(md: MarkdownIt, delimiters: Delimiters) -> None:
    """Read ``delimiters`` (opening, closing; block pairs first, as goldmark tries them)."""
    pairs = tuple((opening, closing) for opening, closing in delimiters if opening and closing)

    def rule(state: StateInline, silent: bool) -> bool:
        return _passthrough(state, silent, pairs)

    md.inline.ruler.before("escape", "passthrough", rule)
    md.add_render_rule("passthrough", _render)


def _passthrough(state: StateInline, silent: bool, pairs: Delimiters) -> bool:
    src, pos = state.src, state.pos
    if src.startswith("\\\\", pos):  # '\\(' is an escaped opening: text, as goldmark reads it
        escaped = next((o for o, _ in pairs if src.startswith(o, pos + 2)), None)
        if escaped is None:
            return False
        if not silent:
            state.push("text", "", 0).content = src[pos : pos + 2 + len(escaped)]
        state.pos += 2 + len(escaped)
        return True
    pair = next(((o, c) for o, c in pairs if src.startswith(o, pos)), None)
    if pair is None:
        return False
    opening, closing = pair
    close = src.find(closing, pos + len(opening), state.posMax)
    if close <= pos + len(opening):  # none, or nothing between: not a passthrough
        return False
    end = close + len(closing)
    if not silent:
        token = state.push("passthrough", "", 0)
        token.content = src[pos:end]
        token.markup = opening
    state.pos = end
    return True


def _render(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """As goldmark writes it: the delimiters and what they enclose, as text."""
    return escapeHtml(tokens[idx].content)
