"""One parse of a message's inline Markdown, shared by every check that reads it.

A message is a paragraph's inline text: the ``markup`` checks compare its
elements, the ``numbers`` and ``dose-style`` checks read its prose. Each
used to parse it with a parser of its own, and markdown-it's inline parse is
the largest single cost of ``check``; here it is parsed once, remembered for
the next check and the article's next language.

The grammar is the inline part of ``plain`` projects' (CommonMark with raw
HTML and footnotes; the tests compare the rules with
:func:`painl10n.sources.markdown.parser`'s). A message carries no reference
or footnote definitions, so every label is taken as defined: ``[text][label]``,
``[label][]`` and ``[label]`` read as reference links and ``[^label]`` as a
footnote reference. Links of any scheme are kept (``javascript:`` …), for the
checks to see them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any, NamedTuple

from markdown_it import MarkdownIt
from markdown_it.common import normalize_url
from markdown_it.rules_core import StateCore, normalize, text_join
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from .prose import INLINE_SYNTAX

REFERENCE = "\x00reference:"  # href prefix of a reference link (the parser drops NULs)


class _Reader(MarkdownIt):
    """CommonMark's inline rules, keeping links of any scheme (to inspect, not render)."""

    def validateLink(self, url: str) -> bool:
        return True

    def normalizeLink(self, url: str) -> str:
        return _normalized_link(url)


@lru_cache(maxsize=4096)  # an article repeats its URLs, and each language repeats them
def _normalized_link(url: str) -> str:
    """markdown-it's own normalization (mdurl parse, punycode, encode): a function of the
    URL alone, so a URL met again is not normalized again."""
    return normalize_url.normalizeLink(url)


# Where markdown-it's text rule must stop for this grammar: the characters its rules
# start at (a footnote's "^" among them) and "]", where a link's label ends. Its
# default set also stops at characters of rules not enabled here (":" of linkify,
# "~" of strikethrough, "{", "$", "-" … of plugins), and at each such stop every rule
# is tried and fails: a sixth of a parse. The tokens are the same
# (tests/text/test_inline_markdown.py compares them with a default parser's).
TEXT_STOPS = re.compile(r"[\n!&*<\[\\\]^_`]")


@cache
def reader() -> MarkdownIt:
    """The shared inline grammar (its ``normalizeLink`` is the renderer's)."""
    markdown = default_reader()
    markdown.inline.terminator_re = TEXT_STOPS
    return markdown


def default_reader() -> MarkdownIt:
    """The inline grammar with markdown-it's own text stops (a new parser)."""
    return _Reader("commonmark", {"html": True}).use(footnote_plugin)


class _AnyReference:
    """Link references of a message: defined elsewhere in the article, so all are taken."""

    def get(self, label: str, default: object = None) -> object:
        if not label or label.startswith("^"):  # '[^x]' is a footnote reference
            return default
        return {"href": REFERENCE + label, "title": ""}


class _AnyFootnote(dict[str, int]):
    """Footnote labels of a message: likewise defined elsewhere."""

    def __contains__(self, key: object) -> bool:
        return True

    def __bool__(self) -> bool:
        return True


class Inline(NamedTuple):
    """A message's inline tokens, and the tokens of each inline footnote ``^[...]``."""

    tokens: list[Token]
    notes: dict[int, list[Token]]  # by the footnote_ref token's meta id


@lru_cache(maxsize=4096)  # several checks read a text; a msgid, in each language
def parse_inline(text: str) -> Inline:
    """The inline tokens of ``text`` (callers must not change them: they are shared).

    What ``parseInline`` makes of it, with the inline parser called directly: the
    core rules around it are run here only where they change something (the
    normalization of CR and NUL, the joining of escaped text), which saves a fifth
    of the parse. The tokens of inline footnotes are joined like the others
    (``parseInline`` joined them only in its own copy of the footnote list).
    """
    if not INLINE_SYNTAX.search(text):  # what the parser makes of it, without the parse
        return Inline([Token("text", "", 0, content=text)] if text else [], {})
    markdown = reader()
    env: dict[str, Any] = {"references": _AnyReference(), "footnotes": {"refs": _AnyFootnote()}}
    if "\r" in text or "\0" in text:
        state = StateCore(text, markdown, env)
        normalize(state)
        text = state.src
    tokens: list[Token] = []
    markdown.inline.parse(text, markdown, env, tokens)
    found = env["footnotes"].get("list", {})
    notes = {key: note["tokens"] for key, note in found.items() if "tokens" in note}
    if "\\" not in text and "&" not in text:  # no escape or entity: nothing to join
        return Inline(tokens, notes)
    joined = _text_joined([tokens, *notes.values()], markdown)
    return Inline(joined[0], dict(zip(notes, joined[1:], strict=True)))


def _text_joined(lists: list[list[Token]], markdown: MarkdownIt) -> list[list[Token]]:
    """Each token list with markdown-it's own ``text_join`` applied (escapes and
    entities become text, adjacent texts one token), as its core does after a parse."""
    state = StateCore("", markdown, {})
    state.tokens = [Token("inline", "", 0, children=tokens) for tokens in lists]
    text_join(state)
    return [token.children or [] for token in state.tokens]
