"""A built page as a flat list of elements, for tests that assert on its markup."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    ancestors: list[str]
    text: str = ""
    inner: list[Element] = field(default_factory=list)

    def get(self, name: str) -> str:
        value = self.attrs.get(name)
        assert value is not None, f"<{self.tag}> has no {name}"
        return value


class HtmlPage(HTMLParser):
    """Every element in document order, with its attributes and its text."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.elements: list[Element] = []
        self._open: list[Element] = []
        self.feed(path.read_text("utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs), [e.tag for e in self._open])
        for parent in self._open:
            parent.inner.append(element)
        self.elements.append(element)
        if tag not in VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:  # '<input />' ends nothing that is open
            return
        while self._open:
            if self._open.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data

    def all(self, tag: str, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.elements
            if e.tag == tag and all(e.attrs.get(k.rstrip("_")) == v for k, v in attrs.items())
        ]

    def one(self, tag: str, **attrs: str) -> Element:
        found = self.all(tag, **attrs)
        assert len(found) == 1, f"{self.path}: {len(found)} <{tag} {attrs}>"
        return found[0]

    def resolve(self, href: str) -> Path:
        """The file a relative link of this page points at (fragment dropped)."""
        return (self.path.parent / href.split("#")[0]).resolve()
