"""The sanitizer holds a translated page to its source's id, class, style and form
elements (issue 17); the source page itself keeps what its author wrote."""

from __future__ import annotations

from html.parser import HTMLParser

from painl10n.site.render import Allowances, allowances_of, render_body

SOURCE = """\
Press the button.[^1] <input type="checkbox" disabled> Done

| Dose | mg |
|:-----|---:|
| a    | 5  |

[^1]: A note.
"""

TRANSLATION = """\
Pulse el <a id="main" class="skip-link" href="#main">botón</a>.[^1] <input type="text">
<input type="checkbox" disabled> Hecho <span style="position:fixed" class="x">ya</span>

| Dosis | mg |
|:------|---:|
| a     | 5  |

[^1]: Una nota.
"""

Tags = list[tuple[str, dict[str, str | None]]]


def tags(html: str) -> Tags:
    found: Tags = []

    class Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, dict(attrs)))

    Reader().feed(html)
    return found


def test_translation_keeps_only_the_guarded_markup_of_its_source() -> None:
    source = allowances_of(render_body(SOURCE))
    html = tags(render_body(TRANSLATION, source))
    assert not [t for t, a in html if a.get("id") == "main" or a.get("class") == "skip-link"]
    assert [a for t, a in html if t == "input"] == [{"type": "checkbox", "disabled": ""}]
    assert [a for t, a in html if t == "span"] == [{}]
    # what the renderer makes from the source's own structure stays
    assert ("li", {"id": "fn1", "class": "footnote-item"}) in html
    assert [a.get("style") for t, a in html if t in ("th", "td")] == [
        "text-align:left",
        "text-align:right",
    ] * 2


def test_a_source_without_inputs_lets_no_translation_have_one() -> None:
    html = tags(render_body('Hola <input type="checkbox" disabled>', Allowances()))
    assert [t for t, _ in html] == ["p"]


def test_near_miss_the_source_page_itself_keeps_its_markup() -> None:
    html = tags(render_body(TRANSLATION))  # no allowances: a source page
    assert ("a", {"id": "main", "class": "skip-link", "href": "#main", "rel": "noopener"}) in html
    assert len([t for t, _ in html if t == "input"]) == 2
