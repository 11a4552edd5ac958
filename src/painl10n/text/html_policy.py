"""The raw HTML a published page may carry: one allow-list for two stages.

``site/render.py`` hands it to nh3 to sanitize the pages painl10n renders;
``localize/unsafe.py`` asks :func:`safe_piece` whether a piece of raw HTML a
translation added may go into the localized Markdown that another site
generator renders (many render raw HTML as it is). The base is ammonia's
safe set; ``id``, ``class`` and ``style`` attributes and form elements are
guarded: a translation keeps only those its source has.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

# Only where the source has them (same tag, attribute and value).
GUARDED_ATTRIBUTES = frozenset({"id", "class", "style"})
# Form elements: only where the source has them, with the source's attributes.
GUARDED_TAGS = frozenset({"input"})

TAGS = frozenset(nh3.ALLOWED_TAGS) | {"section", "sup"} | GUARDED_TAGS
ATTRIBUTES: dict[str, frozenset[str]] = {
    **{tag: frozenset(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "a": frozenset({"href", "title", "id", "class", "hreflang"}),
    "img": frozenset({"src", "alt", "title", "width", "height"}),
    "li": frozenset({"id", "class"}),
    # heading_ids = "source": the source page's ids (guarded, as every id)
    **{f"h{level}": frozenset({"id"}) for level in range(1, 7)},
    "sup": frozenset({"class"}),
    "section": frozenset({"class"}),
    "ol": frozenset({"start", "class"}),
    "th": frozenset({"style", "scope"}),
    "td": frozenset({"style"}),
    "code": frozenset({"class"}),
    "hr": frozenset({"class"}),
    "input": frozenset({"type", "checked", "disabled"}),
}
# On any allowed element: a language and a direction (an Arabic translation isolates a
# Latin name with <span dir="ltr">). Values that are words only: no markup inside.
GENERIC_ATTRIBUTES = frozenset({"lang", "dir"})
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_WORDS = re.compile(r"[A-Za-z0-9-]+")
_URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_TAB_NEWLINE = dict.fromkeys(map(ord, "\t\n\r"))
_CONTROL_OR_SPACE = "".join(chr(code) for code in range(0x21))


def safe_url(url: str) -> bool:
    """Whether a URL's scheme, as a browser reads it, is one a page may link to."""
    cleaned = url.translate(_TAB_NEWLINE).strip(_CONTROL_OR_SPACE)
    match = _SCHEME.match(cleaned)
    return match is None or match[1].lower() in URL_SCHEMES


class _FirstEvent(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag, []))

    def handle_data(self, data: str) -> None:
        self.events.append(("other", data, []))

    def handle_comment(self, data: str) -> None:
        self.events.append(("other", data, []))

    def handle_decl(self, decl: str) -> None:
        self.events.append(("other", decl, []))

    def handle_pi(self, data: str) -> None:
        self.events.append(("other", data, []))

    def unknown_decl(self, data: str) -> None:
        self.events.append(("other", data, []))


def safe_piece(raw: str) -> bool:
    """Whether one raw HTML tag (``<b>``, ``</a>``, ``<img src=… alt=…>``) passes the
    sanitizer unchanged with no guarded markup: comments, declarations, unknown
    elements, event handlers, unsafe URLs, ``id``/``class``/``style`` do not."""
    reader = _FirstEvent()
    reader.feed(raw)
    reader.close()
    if len(reader.events) != 1:
        return False
    kind, tag, attrs = reader.events[0]
    if kind == "other" or tag not in TAGS - GUARDED_TAGS:
        return False
    allowed = ATTRIBUTES.get(tag, frozenset()) - GUARDED_ATTRIBUTES
    for name, value in attrs:
        if name in GENERIC_ATTRIBUTES and _WORDS.fullmatch(value or ""):
            continue
        if name not in allowed:
            return False
        if name in _URL_ATTRIBUTES and not safe_url(value or ""):
            return False
    return True
