"""Pseudo-translations: fake target text that tests layout without a translator.

``en-XA`` (Android's and Chrome's name) accents every letter, brackets the
string and pads it about 35% longer with number words, so untranslated,
truncated and concatenated text stands out. ``ar-XB`` wraps every run of
letters in a right-to-left override (RLM RLO … PDF RLM, Android's marks on
Chrome's letter runs): on an RTL page each word reads mirrored and the words
run right to left, as Arabic would, while digits stay left to right.

Only prose changes. Code spans, backslash escapes, autolinks, raw HTML, link
destinations and titles, reference labels, entities and bare URLs are kept
byte for byte, and every character inserted or replaced is a letter or an
invisible format character next to a letter, so emphasis delimiters see the
same kind of neighbour and the Markdown parses into the same elements.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from functools import lru_cache

from ..languages import canonical_code
from . import prose
from .dialect_syntax import CODE_SHORTCODES, Delimiters, pattern, symbols

# Each letter with a mark, or a letter the Unicode collation sorts right after it (ƀ, ð,
# ƒ, ɋ), the same for both cases: generators sort pages by title with their language's
# collation (Hugo), and the pseudo-locale keeps the source's order (thorn for "p" sorted
# after "z"; tests/generators/test_pseudo_order.py).
_LOWER = "åƀçðéƒĝĥîĵķļṁñöṗɋŕšţûṽŵẋýž"
_UPPER = "ÅɃÇÐÉƑĜĤÎĴĶĻṀÑÖṖɊŔŠŢÛṼŴẊÝŽ"
ACCENTS = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", _LOWER + _UPPER)
# Chrome's and Android's padding: readable, and obviously not a translation.
PAD_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty",
)  # fmt: skip
EXPANSION = 0.35  # the usual allowance for text grown in translation

RLM, RLO, PDF = "\u200f", "\u202e", "\u202c"
DIALECT_BRACKETS = ("\u27e6", "\u27e7")  # ⟦ ⟧: no Markdown dialect reads them

_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
# A bracketed text that is itself a reference label (shortcut ``[label]``,
# collapsed ``[label][]``, footnote ``[^1]``): changing it breaks the reference.
# Only a complete ``[label]`` after it makes it a full reference's text:
# ``[foo][ref[]`` is the shortcut ``[foo]`` followed by text, and ``[foo][^1]``
# the shortcut ``[foo]`` followed by a footnote (a footnote is no link's label).
_LABEL_TEXT = re.compile(r"!?\[[^\[\]]*\](?:\[\])?(?!\(|\[(?!\^)(?:[^\[\]\\]|\\.)*\])")
_LETTERS = re.compile(r"[^\W\d_]+")
# A bare e-mail address: goldmark's Linkify (Hugo) and GFM's autolink literals make it
# a mailto: link, so in a generator's project it is kept, as bare URLs are.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# Those linkifiers read a bare URL or address only after a blank (or '*', '_', '~', '('):
# one that starts the string gets a blank after the opening bracket ('⟦ https://…').
_BARE_LINK = re.compile(f"{prose.URL.pattern}|{_EMAIL.pattern}")
_KEPT = "\x00"  # gettext strings cannot contain NUL, so it marks kept characters


def protected(
    text: str,
    generator: str = "plain",
    extensions: Collection[str] = (),
    terms: Collection[str] = (),
    math: Delimiters = (),
    code: Collection[str] = CODE_SHORTCODES,
) -> str:
    """``text`` with every character that must stay as it is replaced by NUL.

    The generator's own inline syntax first (a shortcode's name and quoted
    parameters, a Liquid tag, an icon, and the tokens of the ``extensions`` in
    use: :mod:`painl10n.text.dialect_syntax`) and the symbols it makes of
    letters (``4th``), then code spans: inside them brackets, backslashes and
    ``<`` are literal; then escapes, and reference labels while ``](`` still
    shows which brackets are link texts. ``terms``: words the generator finds
    in the text by their spelling (abbreviations, ``*[HTML]: …``), kept whole.
    ``math``: Hugo's passthrough delimiters, whose formulas are the generator's
    syntax too.
    """
    dialect, symbol = pattern(generator, extensions, math, code), symbols(generator, extensions)
    patterns = [
        *([dialect] if dialect is not None else []),
        *([symbol] if symbol is not None else []),
        *([_whole_words(tuple(sorted(set(terms))))] if terms else []),
        prose.CODE_SPAN,
        _ESCAPE,
        _LABEL_TEXT,
        prose.AUTOLINK,
        prose.HTML,
        prose.DESTINATION,
        prose.ENTITY,
        prose.URL,
        *([_EMAIL] if generator != "plain" else []),
    ]
    return prose.blank(text, [(pattern, _KEPT) for pattern in patterns])


@lru_cache(maxsize=256)
def _whole_words(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``terms`` as a whole word, as Python-Markdown's ``abbr`` finds it."""
    longest_first = sorted(terms, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, longest_first)) + r")\b")


def _split(
    text: str,
    generator: str = "plain",
    extensions: Collection[str] = (),
    terms: Collection[str] = (),
    math: Delimiters = (),
    code: Collection[str] = CODE_SHORTCODES,
) -> list[str]:
    """``text`` cut into prose and kept pieces, alternating, prose first."""
    mask = protected(text, generator, extensions, terms, math, code)
    pieces: list[str] = []
    start = 0
    for match in re.finditer(f"{_KEPT}+", mask):
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    pieces.append(text[start:])
    return pieces


def accented(
    text: str,
    *,
    markdown: bool = True,
    generator: str = "plain",
    extensions: Collection[str] = (),
    terms: Collection[str] = (),
    math: Delimiters = (),
    code: Collection[str] = CODE_SHORTCODES,
) -> str:
    """The ``en-XA`` form: ``[Åççéñţéð ţéẋţ one two]``.

    ``markdown`` escapes the brackets, so that they can never form a link with
    the text; in front matter (plain text) they are written as they are. A
    generator's dialect may read ``\\[`` as syntax (display math in MkDocs'
    arithmatex), so its projects get brackets no dialect reads: ``⟦…⟧``.
    ``extensions``: the generator's in use (their tokens are kept too);
    ``terms``: the article's abbreviations, kept whole.
    """
    lead = text[: len(text) - len(text.lstrip())]
    core = text.strip()
    if not core:
        return text
    trail = text[len(lead) + len(core) :]
    head, core, tail = _outer_tokens(core, generator, extensions, math, code)
    lead, trail = lead + head, tail + trail
    pieces = _split(core, generator, extensions, terms, math, code)
    body = "".join(p if i % 2 else p.translate(ACCENTS) for i, p in enumerate(pieces))
    if generator != "plain":
        opening, closing = DIALECT_BRACKETS
        opening += " " if _BARE_LINK.match(core) else ""
    else:
        opening, closing = ("\\[", "\\]") if markdown else ("[", "]")
    padding = _padding(len(core), len(opening) + len(closing) + 1)
    ending = _trailing_link(body) if generator == "mkdocs" else None
    if ending is not None:  # '[Go](x){ .md-button }': an attribute list after it stays its
        at, image = ending
        if image:  # its alt text is not shown: the string's end goes before the image
            before = body[:at].rstrip()
            return f"{lead}{opening}{before} {padding}{closing} {body[at:]}{trail}"
        return f"{lead}{opening}{body[:at]} {padding}{closing}{body[at:]}{trail}"
    return f"{lead}{opening}{body} {padding}{closing}{trail}"


def _outer_tokens(
    core: str,
    generator: str,
    extensions: Collection[str] = (),
    math: Delimiters = (),
    code: Collection[str] = CODE_SHORTCODES,
) -> tuple[str, str, str]:
    """``core`` as (the generator's tokens it starts with, the rest, those it ends with):
    '{{% alert %}} **Hi** {{% /alert %}}' keeps its shortcodes outside the brackets, so
    the generator reads the line as the source's. Nothing if only tokens are left."""
    dialect = pattern(generator, extensions, math, code)
    if dialect is None:
        return "", core, ""
    head = 0
    while (match := dialect.match(core, head)) and match.end() > head:
        head = match.end() + len(core[match.end() :]) - len(core[match.end() :].lstrip())
    starts = {m.end(): m.start() for m in dialect.finditer(core, head) if m.end() > m.start()}
    tail = len(core)
    while (end := len(core[:tail].rstrip())) in starts:
        tail = starts[end]
    middle = core[head:tail]
    if not _LETTERS.search(middle):
        return "", core, ""
    text = middle.strip()
    before = middle[: len(middle) - len(middle.lstrip())]
    after = middle[len(before) + len(text) :]
    return core[:head] + before, text, after + core[tail:]


_TRAILING_LINK = re.compile(r"\]\((?:[^()\s]|\\.)*(?:\s+\"[^\"]*\")?\)$|\]\[[^\[\]]+\]$")


def _trailing_link(body: str) -> tuple[int, bool] | None:
    """A link or image that ends ``body``: where its text ends (its ``]``), or where the
    image starts (its ``!``) and True; None if none ends it."""
    match = _TRAILING_LINK.search(body)
    if match is None:
        return None
    depth = 0
    for index in range(match.start(), -1, -1):
        if body[index] == "]" and (index == 0 or body[index - 1] != "\\"):
            depth += 1
        elif body[index] == "[" and (index == 0 or body[index - 1] != "\\"):
            depth -= 1
            if depth == 0:
                if index > 0 and body[index - 1] == "!":
                    return (index - 1, True) if index > 1 else None
                return match.start(), False
    return None


def _padding(length: int, overhead: int) -> str:
    """Number words, at least one, until the text is about 35% longer."""
    wanted = math.ceil(length * EXPANSION) - overhead
    words = [PAD_WORDS[0]]
    while len(" ".join(words)) < wanted:
        words.append(PAD_WORDS[len(words) % len(PAD_WORDS)])
    return " ".join(words)


def mirrored(
    text: str,
    generator: str = "plain",
    extensions: Collection[str] = (),
    terms: Collection[str] = (),
    math: Delimiters = (),
    code: Collection[str] = CODE_SHORTCODES,
) -> str:
    """The ``ar-XB`` form: every run of letters forced right to left."""
    pieces = _split(text, generator, extensions, terms, math, code)
    return "".join(
        p if i % 2 else _LETTERS.sub(lambda m: f"{RLM}{RLO}{m[0]}{PDF}{RLM}", p)
        for i, p in enumerate(pieces)
    )


def pseudo_translate(
    text: str,
    language: str,
    *,
    markdown: bool = True,
    generator: str = "plain",
    extensions: Collection[str] = (),
    terms: Collection[str] = (),
    math: Delimiters = (),
    code: Collection[str] = CODE_SHORTCODES,
) -> str:
    """The pseudo-translation of ``text`` for the pseudo-locale ``language``,
    leaving the inline syntax of ``generator`` and its ``extensions`` alone (and
    Hugo's formulas in ``math``, the code of its ``code`` shortcodes inside a
    sentence), and the article's abbreviated ``terms``."""
    pseudo_code = canonical_code(language)
    if pseudo_code == "en-XA":
        return accented(
            text,
            markdown=markdown,
            generator=generator,
            extensions=extensions,
            terms=terms,
            math=math,
            code=code,
        )
    if pseudo_code == "ar-XB":
        return mirrored(text, generator, extensions, terms, math, code)
    raise ValueError(f"{language!r} is not a pseudo-locale")
