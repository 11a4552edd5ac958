"""The one Markdown parser configuration shared by segmenting and rendering."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from ..errors import Painl10nError
from .dialects import dialect_of
from .dialects.passthrough import passthrough_plugin
from .dialects.shortcodes import OPTION as CODE_SHORTCODES
from .model import PLAIN, Flavor


def parser(flavor: Flavor = PLAIN) -> MarkdownIt:
    """The grammar of ``flavor``; ``plain``: CommonMark plus GFM tables, footnotes
    and YAML front matter.

    Segmenting and rendering must agree on the grammar, or a string could be
    cut where the renderer sees something else; hence one shared instance per
    flavor.
    """
    return _parser(flavor)


@lru_cache(maxsize=8)
def _parser(flavor: Flavor) -> MarkdownIt:
    return _build(flavor)


def _build(flavor: Flavor) -> MarkdownIt:
    md = dialect_of(flavor).build(flavor.extensions)
    md.options[CODE_SHORTCODES] = flavor.code_shortcodes  # Hugo's code-like shortcodes
    if flavor.math_delimiters:
        passthrough_plugin(md, flavor.math_delimiters)
    return md


# Blocks whose content the parser tokenizes one level deeper.
_CONTAINERS = (
    "blockquote_open",
    "list_item_open",
    "footnote_open",
    "admonition_open",
    "tab_open",
    "dd_open",
    "shortcode_open",
)


def check_nesting(tokens: list[Token], ref: str) -> None:
    """Refuse containers nested past the parser's ``maxNesting``.

    markdown-it stops there (it recurses per level) and silently drops the
    rest of the document, which would then be neither translated nor
    rendered; a clear error is better than a page that lost its end.
    """
    limit = int(parser().options["maxNesting"])
    for token in tokens:
        if token.type in _CONTAINERS and token.level >= limit - 1:
            line = token.map[0] + 1 if token.map else None
            raise Painl10nError(
                f"blockquotes and lists nested more than {limit} levels deep",
                path=ref,
                line=line,
                hint="a list item counts two levels; flatten the structure",
            )


# Inline syntax that can hide words from the text (code spans, links, raw HTML,
# autolinks, entities, escapes, images); before the first of these, inline
# content is plain text, emphasis markers aside.
_INLINE_SPECIAL = re.compile(r"[`<&\[\]\\!]")
_SPECIAL_OPTION = "painl10n_inline_special"  # the flavor's own, when it reads more
_WORD = re.compile(r"[^\W\d_]")


def segmenting_parser(flavor: Flavor = PLAIN) -> MarkdownIt:
    """The same grammar, parsing inline content only where segmenting needs it.

    Segmenting asks one thing of a paragraph's inline tokens: does it hold a
    word of text? When the content starts with a word before any inline
    syntax, the answer is yes without the inline parse (most of the parse
    time); such a token gets one text child with that plain prefix. Content
    that may hold a footnote reference is always parsed, since the footnote
    rule keeps only the notes that are referenced.
    """
    return _segmenting_parser(flavor)


@lru_cache(maxsize=8)
def _segmenting_parser(flavor: Flavor) -> MarkdownIt:
    md = _build(flavor)
    md.core.ruler.at("inline", _lazy_inline)
    if flavor.math_delimiters:  # a formula's opening hides its words from the text too
        firsts = "".join(sorted({opening[0] for opening, _ in flavor.math_delimiters}))
        md.options[_SPECIAL_OPTION] = re.compile(
            _INLINE_SPECIAL.pattern[:-1] + re.escape(firsts) + "]"
        )
    return md


def _lazy_inline(state: StateCore) -> None:
    for token in state.tokens:
        if token.type != "inline":
            continue
        content = token.content
        special = state.md.options.get(_SPECIAL_OPTION, _INLINE_SPECIAL).search(content)
        prefix = content if special is None else content[: special.start()]
        if _WORD.search(prefix) and "[^" not in content and "^[" not in content:
            token.children = [Token("text", "", 0, content=prefix)]
            continue
        if token.children is None:
            token.children = []
        state.md.inline.parse(content, state.md, state.env, token.children)


@lru_cache(maxsize=1)
def front_matter_parser() -> MarkdownIt:
    """Only what finds the front matter: the same plugin and rule order, no inline work.

    Learning an article's slug this way costs a fifth of parsing it.
    """
    md = MarkdownIt("zero").use(front_matter_plugin)
    md.core.ruler.disable(["inline", "text_join"], ignoreInvalid=True)
    return md


# A line that may close the front matter: --- (or more) or YAML's ..., indented or not.
_CLOSING_CANDIDATE = re.compile(r"^[ \t]*(?:---|\.\.\.)[^\n]*(?:\n|\Z)", re.MULTILINE)


def front_matter_token(text: str) -> Token | None:
    """The front matter token of ``text``, as the full parser finds it, or None.

    The plugin decides from the first line and the lines up to the closing
    marker alone, so the text is parsed only as far as the first line that
    could close it; if that line does not, the whole text is parsed. A text
    that does not start with ``-`` has none.
    """
    if not text.startswith("-"):
        return None
    parse = front_matter_parser().parse
    first_break = text.find("\n")
    candidate = _CLOSING_CANDIDATE.search(text, first_break + 1) if first_break >= 0 else None
    if candidate is not None:
        tokens = parse(text[: candidate.end()])
        if tokens and tokens[0].type == "front_matter":
            return tokens[0]
    tokens = parse(text)
    return tokens[0] if tokens and tokens[0].type == "front_matter" else None


def copy_tokens(tokens: list[Token]) -> list[Token]:
    """A copy that rendering may change freely (its attributes, tags, children).

    A fourth of the cost of parsing the text again, and a fixed share of it
    however slow the text was to parse.
    """
    return [
        replace(
            token,
            attrs=dict(token.attrs),
            meta=dict(token.meta),
            children=copy_tokens(token.children) if token.children else token.children,
        )
        for token in tokens
    ]
