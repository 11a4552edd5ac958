"""Unsafe markup a translation added is escaped before it reaches localized Markdown.

``output/<lang>/<slug>.md`` is rendered by the publisher's own site generator,
and many (Jekyll's kramdown, Hugo with ``unsafe = true``, MkDocs) pass raw
HTML through as it is: a ``<script>`` or ``<img onerror=…>`` in a msgstr would
run on the published page, whatever ``check`` said. So, whether or not the
build's gate publishes the entry, each piece of raw HTML a translation has and
its source lacks is escaped (``\\<script>``: the reader sees the text) unless
the site's own sanitizer would keep it unchanged (:mod:`painl10n.text.html_policy`:
``<b>`` stays, ``<a id=…>``, comments and event handlers do not); likewise a
link, image or autolink whose target has a scheme that can run code
(``javascript:``, ``data:`` …). What the source itself has is kept as it is.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from markdown_it.common.html_re import HTML_TAG_RE

from ..text.html_policy import safe_piece, safe_url

# <scheme:…>: a CommonMark autolink (the scheme decides whether it can run).
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\x00-\x20]*)>")
# ](target: an inline link's or image's destination, <bracketed> or not.
_DESTINATION = re.compile(r"\]\(\s*(<[^<>\n]*>|[^\s)]*)")
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.S)
_BACKSLASH_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def neutralize(translation: str, source: str, *, raw_html: bool = False) -> str:
    """``translation`` with the unsafe markup that ``source`` lacks escaped.

    ``raw_html``: the translation goes into a raw HTML block, where a backslash escapes
    nothing and backticks make no code: a character reference escapes instead.
    """
    if "<" not in translation and "](" not in translation:
        return translation
    code = set() if raw_html else _code_spans(translation)
    escape: set[int] = set()  # offsets of characters to escape with a backslash
    known = Counter(_key(match[0]) for match in HTML_TAG_RE.finditer(source))
    position = 0
    while match := HTML_TAG_RE.search(translation, position):
        position = match.end()
        if match.start() in code:
            continue
        if known[_key(match[0])] > 0:
            known[_key(match[0])] -= 1
        elif not safe_piece(match[0]):
            escape.add(match.start())
            # Escaped, its quoted values are text again: a tag inside one is a tag.
            position = match.start() + 1
    for match in _AUTOLINK.finditer(translation):
        if match.start() not in code and not _safe_target(match[1], source):
            escape.add(match.start())
    for match in _DESTINATION.finditer(translation):
        if match.start() not in code and not _safe_target(match[1].strip("<>"), source):
            escape.add(match.start())  # "\](": no link, the text as written
    if not escape:
        return translation
    if raw_html:
        return "".join(f"&#{ord(ch)};" if i in escape else ch for i, ch in enumerate(translation))
    return "".join("\\" + ch if i in escape else ch for i, ch in enumerate(translation))


def _key(piece: str) -> str:
    """A piece as compared with the source's: its line breaks and the indentation after
    them depend on where the text sits (a list item, a quote), not on what it says."""
    return " ".join(piece.split())


def _safe_target(target: str, source: str) -> bool:
    """A target the source has, or one whose decoded scheme is safe."""
    if target and target in source:
        return True
    return safe_url(html.unescape(_BACKSLASH_ESCAPE.sub(r"\1", target)))


def _code_spans(text: str) -> set[int]:
    """Offsets inside code spans, where nothing is markup (nor escapable)."""
    inside: set[int] = set()
    for match in _CODE_SPAN.finditer(text):
        if match.start() and text[match.start() - 1] == "\\":
            continue
        inside.update(range(match.start(), match.end()))
    return inside
