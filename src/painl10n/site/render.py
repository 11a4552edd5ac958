"""Markdown → HTML: the shared parser's rendering, then sanitized.

Translations are untrusted input: whatever raw HTML they carry, nothing in
a published page may execute. nh3 (ammonia) keeps a safe tag/attribute set
and drops ``javascript:``/``data:`` URLs and event handlers.
"""

from __future__ import annotations

import nh3
from markdown_it.token import Token

from ..sources.markdown import parser

_TAGS = set(nh3.ALLOWED_TAGS) | {"section", "sup", "input"}
_ATTRIBUTES: dict[str, set[str]] = {
    **{tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "a": {"href", "title", "id", "class", "hreflang"},
    "img": {"src", "alt", "title", "width", "height"},
    "li": {"id", "class"},
    "sup": {"class"},
    "section": {"class"},
    "ol": {"start", "class"},
    "th": {"style", "scope"},
    "td": {"style"},
    "code": {"class"},
    "hr": {"class"},
}
_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def render_markdown(text: str) -> str:
    """Unsanitized rendering; the fidelity tests compare these."""
    html: str = parser().render(text)
    return html


def sanitize(html: str) -> str:
    """Only safe markup survives (no script, handlers or dangerous URLs)."""
    cleaned: str = nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener",
        strip_comments=True,
        filter_style_properties={"text-align"},
    )
    return cleaned


def render_body(text: str) -> str:
    """The safe HTML body of a Markdown article."""
    return sanitize(render_markdown(text))


def render_tokens(tokens: list[Token]) -> str:
    """The safe HTML of an already parsed article (saves parsing it twice)."""
    md = parser()
    html: str = md.renderer.render(tokens, md.options, {})
    return sanitize(html)
