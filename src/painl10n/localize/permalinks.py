"""A translated page's own address: the language's path before the source's absolute one.

Hugo publishes a page with ``url: /about/`` at ``/about/`` in every language
(no language prefix is added to ``url``), so the Spanish translation silently
replaces the English page there — seen with Hugo 0.111, exit 0. Jekyll,
which knows no languages, does the same with ``permalink:`` (and warns of a
conflict). The translation gets ``/es/about/``: the path under which the
generator publishes the rest of that language (Hugo's language prefix, the
``es/`` folder of a Jekyll site). Docusaurus resolves a translated ``slug``
under the locale itself, and MkDocs has no such field: both keep theirs.

A full URL (``https://…``), a relative one, or one already under the
language's prefix is left as it is.
"""

from __future__ import annotations

from ..errors import Painl10nError
from ..sources.front_matter_values import front_matter_texts
from .front_matter import front_matter_value

ADDRESS_FIELDS = {"hugo": "url", "jekyll": "permalink"}


def localized_address(
    text: str, *, generator: str, code: str, formats: tuple[str, ...], ref: str
) -> str:
    """``text`` (a translation in ``generator``'s layout) with its absolute page address
    under ``/<code>/``; unchanged when there is none to move."""
    field = ADDRESS_FIELDS.get(generator)
    if field is None or field not in text:
        return text
    try:
        found = front_matter_texts(text, field, formats, ref)
    except Painl10nError:
        return text  # not a text (the generator reports it); the source's value stays
    for seg in sorted(found, key=lambda s: s.start, reverse=True):
        moved = _under(seg.msgid, code)
        if moved != seg.msgid:
            text = text[: seg.start] + front_matter_value(seg, moved) + text[seg.end :]
    return text


def _under(address: str, code: str) -> str:
    if not address.startswith("/") or address.startswith("//"):
        return address  # relative, or a full URL without a scheme
    prefix = f"/{code}"
    if address == prefix or address.startswith(prefix + "/"):
        return address
    return prefix + address
