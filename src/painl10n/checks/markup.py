"""Markup checks: a translation keeps the inline Markdown, link targets and HTML of its source.

Both sides are parsed with the inline rules of plain projects, once for every check
that reads them (:mod:`painl10n.text.inline_markdown`), never with regexes of our
own, and compared as multisets so that word order may change.

``markup``
    The same inline elements with the same nesting: emphasis, strong, links, autolinks,
    images, code spans (content identical byte for byte), hard breaks (either form),
    footnote references (same label) and inline footnotes. Each element is compared as
    (kind, detail, path of enclosing elements), so siblings may be reordered but not
    added, dropped, changed in kind or moved into another element. Inline HTML tags the
    translation drops are reported here; tags it adds are ``unsafe-html``'s.

``emphasis-added`` (warning)
    Emphasis or strong spans the translation adds where the source has none (German
    stresses a word so, a translator may mark a warning): no meaning is lost, so it is
    for a reviewer to confirm, not an error. Emphasis dropped, moved or changed stays a
    ``markup`` error.

``urls``
    Link and image destinations (inline, reference-style by label, autolinks, ``mailto:``,
    ``href``/``src`` of inline HTML) form the same multiset. A changed URL passes when the
    new one is among the language's ``allowed_urls``; an added one never does. Titles are
    text and may change.

``anchor-changed`` (warning)
    With a site generator and ``heading_ids = "auto"``, a translated heading gets the id
    its generator makes of the translation, so a translator who changes a link's
    ``#anchor`` (same page, another fragment) to that id is right, and one who keeps it
    may not be: such a change is a warning to confirm, not a ``urls`` error. With
    ``heading_ids = "source"`` (every language keeps the source's ids) and on painl10n's
    own pages it stays an error.

``unsafe-html``
    Inline HTML (tags compared by name and attributes; values of text attributes such as
    ``title`` and of URL attributes, which ``urls`` compares, may differ) or HTML comments
    the source lacks, and ``javascript:``, ``vbscript:`` or ``data:`` URLs the source lacks,
    wherever they occur: Markdown links, images, autolinks, attributes of inline HTML.

Parsing differs from rendering in two deliberate ways. A catalog entry carries no
reference or footnote definitions, so every label is taken as defined: ``[text][label]``,
``[label][]`` and ``[label]`` read as reference links (a plain bracketed aside therefore
counts as one, on both sides) and ``[^label]`` as a footnote reference. And links the
renderer would refuse for their scheme (``javascript:`` ...) are kept, to be reported.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from functools import lru_cache
from html.parser import HTMLParser
from typing import NamedTuple, TypeVar
from urllib.parse import unquote

import polib
from markdown_it.token import Token

from ..text.html_policy import GENERIC_ATTRIBUTES
from ..text.inline_markdown import REFERENCE, Inline, parse_inline, reader
from ..text.prose import INLINE_SYNTAX
from .base import EntryCheck, EntryContext

T = TypeVar("T")

_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")
_TEXT_ATTRIBUTES = frozenset({"title", "alt", "aria-label"})  # translatable values
_URL_ATTRIBUTES = frozenset({"href", "src"})  # compared by the urls check
_URL_STRIP = "".join(map(chr, range(0x21)))  # what browsers strip around a URL
_TAB_NEWLINE = str.maketrans("", "", "\t\n\r")  # what browsers remove inside one

# --- parsing -----------------------------------------------------------------------------


def _kind(token: Token) -> str:
    if token.type == "link_open" and token.markup == "autolink":
        return "autolink"
    return token.type.removesuffix("_open")


def _walk(parsed: Inline) -> Iterator[tuple[Token, tuple[str, ...]]]:
    """Every inline token with the kinds of the elements around it, outermost first."""
    yield from _walk_tokens(parsed.tokens, (), parsed.notes)


@lru_cache(maxsize=2048)  # the markup, urls and unsafe-html checks walk the same texts
def _walked(text: str) -> tuple[tuple[Token, tuple[str, ...]], ...]:
    """:func:`_walk` of ``text``'s parse, made once for the checks that read it."""
    return tuple(_walk(parse_inline(text)))


def _walk_tokens(
    tokens: Sequence[Token], path: tuple[str, ...], notes: dict[int, list[Token]]
) -> Iterator[tuple[Token, tuple[str, ...]]]:
    stack = list(path)
    for token in tokens:
        if token.nesting < 0:
            if len(stack) > len(path):
                stack.pop()
            continue
        yield token, tuple(stack)
        if token.nesting > 0:
            stack.append(_kind(token))
        elif token.type == "footnote_ref" and "label" not in token.meta:
            inner = (*stack, "inline footnote")
            yield from _walk_tokens(notes.get(token.meta["id"], []), inner, notes)


def _attr(token: Token, name: str) -> str:
    return str(token.attrs.get(name, ""))


# --- inline HTML ---------------------------------------------------------------------------


class _HtmlPiece(NamedTuple):
    kind: str  # "start", "end", "comment" or "other" (declaration, instruction, CDATA)
    name: str  # tag name, or the whole text for comments and others
    attrs: tuple[tuple[str, str | None], ...]
    raw: str

    @property
    def is_tag(self) -> bool:
        return self.kind in ("start", "end")

    def key(self) -> str:
        """What two pieces must share to be the same: values that may differ are masked."""
        if self.kind == "end":
            return f"</{self.name}>"
        if self.kind != "start":
            return self.raw.strip()
        attrs = sorted(
            (name, "…" if name in _TEXT_ATTRIBUTES | _URL_ATTRIBUTES else value)
            for name, value in self.attrs
            # dir and lang: a translation may set the direction or language of its text
            # on the source's tags (<a href="…" dir="ltr">, W3C's advice for bidi text)
            if name not in GENERIC_ATTRIBUTES
        )
        shown = "".join(f" {n}" if v is None else f' {n}="{v}"' for n, v in attrs)
        return f"<{self.name}{shown}>"


class _HtmlReader(HTMLParser):
    """Python's HTML tokenizer, for one inline HTML token."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, tuple[tuple[str, str | None], ...]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append(("start", tag, tuple(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.found.append(("end", tag, ()))

    def handle_comment(self, data: str) -> None:
        self.found.append(("comment", data, ()))


@lru_cache(maxsize=1024)
def _html_piece(raw: str) -> _HtmlPiece:
    reader = _HtmlReader()
    reader.feed(raw)
    reader.close()
    if not reader.found:
        return _HtmlPiece("other", raw, (), raw)
    kind, name, attrs = reader.found[0]
    return _HtmlPiece(kind, name, attrs, raw)


@lru_cache(maxsize=2048)
def _html_pieces(text: str) -> tuple[_HtmlPiece, ...]:
    return tuple(
        _html_piece(token.content) for token, _ in _walked(text) if token.type == "html_inline"
    )


# --- matching ------------------------------------------------------------------------------


def _unmatched(
    items: Sequence[T], others: Sequence[T], key: Callable[[T], Hashable]
) -> list[tuple[int, T]]:
    """Items (with their position) left over once each is matched with an equal other."""
    if not items or items == others:  # the usual case: nothing, or the source's own
        return []
    available = Counter(key(other) for other in others)
    left = []
    for index, item in enumerate(items):
        if available[key(item)] > 0:
            available[key(item)] -= 1
        else:
            left.append((index, item))
    return left


def _same(item: T) -> T:
    return item


def _code(text: str) -> str:
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# --- markup ----------------------------------------------------------------------------------


class _Element(NamedTuple):
    kind: str
    detail: str  # code span content, footnote label, HTML tag; else ""
    path: tuple[str, ...]  # kinds of the enclosing elements, outermost first


_NAMES = {
    "em": "*emphasis*",
    "strong": "**strong**",
    "link": "a link",
    "autolink": "an autolink",
    "inline footnote": "an inline footnote",
}


def _element(token: Token, path: tuple[str, ...]) -> _Element | None:
    if token.nesting > 0:
        return _Element(_kind(token), "", path)
    if token.type == "code_inline":
        return _Element("code", token.content, path)
    if token.type in ("image", "hardbreak"):
        return _Element(token.type, "", path)
    if token.type == "footnote_ref":
        label = token.meta.get("label")
        return _Element("footnote", label, path) if label else _Element("inline footnote", "", path)
    if token.type == "html_inline":
        piece = _html_piece(token.content)
        return _Element("html", piece.key(), ()) if piece.is_tag else None
    return None  # text, soft breaks


@lru_cache(maxsize=2048)  # a msgid is read again in the article's next language
def _elements(text: str) -> tuple[_Element, ...]:
    if not INLINE_SYNTAX.search(text):
        return ()  # one text token: no element
    found = (_element(token, path) for token, path in _walked(text))
    return tuple(element for element in found if element is not None)


def _describe(element: _Element) -> str:
    detail = element.detail
    described = {
        "em": "an *emphasis* span",
        "strong": "a **strong** span",
        "image": "an image",
        "hardbreak": "a hard line break",
        "code": f"the code span {_code(detail)}",
        "footnote": f"the footnote reference [^{detail}]",
        "html": f"the inline HTML tag {_code(detail)}",
    }
    return described.get(element.kind) or _NAMES.get(element.kind) or f"a {element.kind} element"


def _where(path: tuple[str, ...]) -> str:
    if not path:
        return "at the top level"
    return "inside " + " inside ".join(_NAMES.get(kind, kind) for kind in reversed(path))


def _within(path: tuple[str, ...]) -> str:
    return " " + _where(path) if path else ""


def _markup(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    if entry.msgstr:
        yield from _differences(entry.msgid, entry.msgstr)[0]


def _emphasis_added(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    if entry.msgstr:
        yield from _differences(entry.msgid, entry.msgstr)[1]


_STRESS = frozenset({"em", "strong"})  # what a translation may add to stress a word


@lru_cache(maxsize=256)  # the markup and emphasis-added checks ask in turn
def _differences(source_text: str, target_text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The markup differences of a translation: (errors, emphasis the translation adds).

    An element the translation lacks, changes or moves is an error; emphasis it adds
    (*em*, **strong**, with nothing of the source's in its place) is only stress.
    """
    source, target = _elements(source_text), _elements(target_text)
    if source == target:
        return (), ()
    missing = [element for _, element in _unmatched(source, target, _same)]
    extra = [e for _, e in _unmatched(target, source, _same) if e.kind != "html"]
    errors: list[str] = []
    unpaired: list[_Element] = []
    for element in missing:
        message = _pair(element, extra)
        if message:
            errors.append(message)
        else:
            unpaired.append(element)
    for element in unpaired:
        where = _within(element.path)
        errors.append(f"{_describe(element)}{where} in the source is missing in the translation")
    stress: list[str] = []
    for element in extra:
        where = _within(element.path)
        message = f"the translation has {_describe(element)}{where} not in the source"
        (stress if element.kind in _STRESS else errors).append(message)
    return tuple(errors), tuple(stress)


def _pair(missing: _Element, extra: list[_Element]) -> str | None:
    """Report a missing element with the extra one that stands for it (taken from extra)."""
    for index, other in enumerate(extra):
        if (other.kind, other.detail) == (missing.kind, missing.detail):
            del extra[index]
            return (
                f"{_describe(missing)} is {_where(missing.path)} in the source "
                f"but {_where(other.path)} in the translation"
            )
    for index, other in enumerate(extra):
        if missing.detail and (other.kind, other.path) == (missing.kind, missing.path):
            del extra[index]
            return _changed(missing, other)
    return None


def _changed(old: _Element, new: _Element) -> str:
    if old.kind == "code":
        return f"code span {_code(old.detail)} changed to {_code(new.detail)}"
    return f"footnote reference [^{old.detail}] changed to [^{new.detail}]"


# --- urls ----------------------------------------------------------------------------------


class _Target(NamedTuple):
    kind: str  # "link", "image", "html" (href/src of inline HTML) or "reference"
    value: str  # normalized URL, or the normalized reference label

    def key(self) -> tuple[bool, str]:
        return self.kind == "reference", self.value

    def shown(self) -> str:
        if self.kind == "reference":
            return f"[{self.value.lower()}]"
        return _code(_short(reader().normalizeLinkText(self.value)))

    def describe(self) -> str:
        names = {
            "link": "link target",
            "image": "image source",
            "html": "inline HTML URL",
            "reference": "reference label",
        }
        return f"the {names[self.kind]} {self.shown()}"


def _markdown_target(kind: str, url: str) -> _Target:
    if url.startswith(REFERENCE):
        return _Target("reference", url.removeprefix(REFERENCE))
    return _Target(kind, url)


@lru_cache(maxsize=2048)
def _targets(text: str) -> tuple[_Target, ...]:
    found = []
    for token, _ in _walked(text):
        if token.type == "link_open":
            found.append(_markdown_target("link", _attr(token, "href")))
        elif token.type == "image":
            found.append(_markdown_target("image", _attr(token, "src")))
        elif token.type == "html_inline":
            found.extend(_html_targets(_html_piece(token.content)))
    return tuple(found)


def _html_targets(piece: _HtmlPiece) -> list[_Target]:
    if piece.kind != "start":
        return []
    normalize = reader().normalizeLink
    return [
        _Target("html", normalize(value.strip()))
        for name, value in piece.attrs
        if name in _URL_ATTRIBUTES and value is not None
    ]


@lru_cache(maxsize=64)
def _allowed(urls: frozenset[str]) -> frozenset[str]:
    normalize = reader().normalizeLink
    return urls | {normalize(url.strip()) for url in urls}


def _urls(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    if entry.msgstr:
        yield from _url_differences(entry, ctx)[0]


def _anchor_changed(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    if entry.msgstr and ctx.anchors_translated:
        yield from _url_differences(entry, ctx)[1]


def _url_differences(
    entry: polib.POEntry, ctx: EntryContext
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(errors, anchors changed where a translated heading has a translated id)."""
    return _url_messages(
        entry.msgid, entry.msgstr, _allowed(ctx.allowed_urls), ctx.anchors_translated
    )


@lru_cache(maxsize=256)  # the urls and anchor-changed checks ask in turn
def _url_messages(
    source_text: str, target_text: str, allowed: frozenset[str], anchors_translated: bool
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    source, target = _targets(source_text), _targets(target_text)
    if source == target:
        return (), ()
    missing = _unmatched(source, target, _Target.key)
    extra = _unmatched(target, source, _Target.key)
    _excuse_localized(missing, extra, allowed)
    errors: list[str] = []
    anchors: list[str] = []
    for (_, old), (_, new) in zip(missing, extra, strict=False):
        if anchors_translated and _only_fragment_changed(old, new):
            anchors.append(
                f"the anchor of {old.describe()} changed to #{_fragment(new)}: with "
                'heading_ids = "auto" a heading\'s id is made of its translation; make sure '
                "the linked page has this id (or keep the source's with "
                'heading_ids = "source")'
            )
        else:
            errors.append(_url_changed(old, new, bool(allowed)))
    paired = min(len(missing), len(extra))
    for _, old in missing[paired:]:
        errors.append(f"{old.describe()} in the source is missing in the translation")
    for _, new in extra[paired:]:
        errors.append(f"the translation adds {new.describe()}, which is not in the source")
    return tuple(errors), tuple(anchors)


def _only_fragment_changed(old: _Target, new: _Target) -> bool:
    """The same page (scheme, host, path, query), another non-empty ``#fragment``."""
    if old.kind != new.kind or old.kind == "reference" or "#" not in old.value:
        return False
    (old_page, _, old_fragment), (new_page, _, new_fragment) = (
        old.value.partition("#"),
        new.value.partition("#"),
    )
    return old_page == new_page and bool(old_fragment) and bool(new_fragment)


def _fragment(target: _Target) -> str:
    return _short(unquote(target.value.partition("#")[2]))


def _excuse_localized(
    missing: list[tuple[int, _Target]], extra: list[tuple[int, _Target]], allowed: frozenset[str]
) -> None:
    """Drop each allowed extra URL with the missing target nearest its position: a localization."""
    for position, new in list(extra):
        if new.kind != "reference" and new.value in allowed and missing:
            extra.remove((position, new))
            missing.remove(min(missing, key=lambda pair: abs(pair[0] - position)))


def _url_changed(old: _Target, new: _Target, localized: bool) -> str:
    shown = new.shown() if new.kind == old.kind else new.describe().removeprefix("the ")
    note = " (not an allowed localized URL)" if localized and new.kind != "reference" else ""
    return f"{old.describe()} changed to {shown}{note}"


# --- unsafe HTML -------------------------------------------------------------------------------


def _unsafe(url: str) -> str | None:
    """The URL as a browser reads its scheme, if that scheme can run code or embed content."""
    cleaned = url.translate(_TAB_NEWLINE).strip(_URL_STRIP)
    return cleaned if cleaned.lower().startswith(_UNSAFE_SCHEMES) else None


@lru_cache(maxsize=2048)
def _unsafe_urls(text: str) -> tuple[str, ...]:
    found = []
    for token, _ in _walked(text):
        if token.type in ("link_open", "image"):
            found.append(_attr(token, "href" if token.type == "link_open" else "src"))
        elif token.type == "html_inline":
            attrs = _html_piece(token.content).attrs
            found.extend(v for n, v in attrs if v is not None and n not in _TEXT_ATTRIBUTES)
    urls = (url for url in found if not url.startswith(REFERENCE))
    return tuple(unsafe for unsafe in map(_unsafe, urls) if unsafe is not None)


_DIRECTION_ELEMENTS = frozenset({"span", "bdi", "bdo"})
_DIRECTIONS = frozenset({"rtl", "ltr", "auto"})
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def _direction_mark(piece: _HtmlPiece) -> bool:
    """A span, bdi or bdo that only sets a direction or a language (or a bare bdi)."""
    if piece.kind != "start" or piece.name not in _DIRECTION_ELEMENTS:
        return False
    if not piece.attrs:
        return piece.name == "bdi"
    return all(
        (name == "dir" and (value or "").lower() in _DIRECTIONS)
        or (name == "lang" and _LANGUAGE_TAG.fullmatch(value or "") is not None)
        for name, value in piece.attrs
    )


def _without_direction_marks(pieces: Sequence[_HtmlPiece]) -> list[_HtmlPiece]:
    """``pieces`` without the direction marks a translation added and as many of their
    end tags."""
    kept: list[_HtmlPiece] = []
    open_marks: Counter[str] = Counter()
    for piece in pieces:
        if _direction_mark(piece):
            open_marks[piece.name] += 1
        elif piece.kind == "end" and open_marks[piece.name] > 0:
            open_marks[piece.name] -= 1
        else:
            kept.append(piece)
    return kept


def _unsafe_html(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    if not entry.msgstr:
        return
    source, target = _html_pieces(entry.msgid), _html_pieces(entry.msgstr)
    if target != source and any(_direction_mark(piece) for piece in target):
        target = tuple(_without_direction_marks(target))
    added = _unmatched(target, source, _HtmlPiece.key)
    for _, piece in added:
        what = "HTML comment" if piece.kind == "comment" else "raw HTML"
        yield f"{what} {_code(_short(piece.raw))} is not in the source"
    known = set(_unsafe_urls(entry.msgid))
    for url in dict.fromkeys(_unsafe_urls(entry.msgstr)):
        if url not in known:
            scheme = url.split(":", 1)[0].lower()
            yield f"{scheme}: URL {_code(_short(url))} is not in the source"


CHECKS: list[EntryCheck] = [
    EntryCheck(
        "markup",
        "error",
        "Inline Markdown (emphasis, links, images, code spans, hard breaks, footnotes, "
        "HTML tags) is that of the source, in any order but with the same nesting; "
        "emphasis the translation adds is emphasis-added's.",
        _markup,
    ),
    EntryCheck(
        "emphasis-added",
        "warning",
        "The translation emphasizes (*emphasis*, **strong**) words the source does not: "
        "stress a language may mark so, for a reviewer to confirm.",
        _emphasis_added,
    ),
    EntryCheck(
        "urls",
        "error",
        "Link and image targets and reference labels are those of the source, or URLs "
        "allowed for the language.",
        _urls,
    ),
    EntryCheck(
        "anchor-changed",
        "warning",
        'With a generator and heading_ids = "auto": a link\'s #anchor changed, as a '
        "heading's id translated with its text may ask; the anchor must name an id of the "
        "linked translated page.",
        _anchor_changed,
    ),
    EntryCheck(
        "unsafe-html",
        "error",
        "No raw HTML, HTML comment or javascript:/vbscript:/data: URL that the source lacks.",
        _unsafe_html,
    ),
]

__all__ = ["CHECKS"]
