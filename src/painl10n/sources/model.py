"""The data the source stage hands on: segments, their styles, a segmented article.

A leaf: it imports nothing from painl10n, so the segmenter, the front matter
reader, the catalogs and the localizer all share these types without importing
one another (markdown-it-py keeps its ``Token`` apart from the parsers the same way).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from ..text.dialect_syntax import Delimiters


class Style(Enum):
    """How a translation is fitted back into its place in the Markdown."""

    BLOCK = "block"  # paragraph text: may span lines behind a container prefix
    ATX = "atx"  # one-line heading with '#' markers
    SETEXT = "setext"  # heading underlined with '=' or '-'
    CELL = "cell"  # GFM table cell: one line, '|' escaped
    ALT = "alt"  # text inside [...]: image alt text, a directive's label ':::tip[Title]'
    ATTRIBUTE = "attribute"  # a JSX attribute's string: no escapes, its quote as a reference
    TITLE = "title"  # link or image title inside quotes
    YAML = "yaml"  # front matter value: a YAML scalar
    TOML = "toml"  # a TOML string (Hugo's '+++' front matter)
    JSON = "json"  # a JSON string (Hugo's '{' front matter)
    LINE = "line"  # one line of its own, its break syntax: a definition term
    LABEL = "label"  # the rest of a marker line: '!!! note "Title"', '*[HTML]: Expansion'
    ADDED_LABEL = "added label"  # a title the generator makes up: its translation is added
    HTML = "html"  # text inside a raw HTML block: one line, raw HTML escaped as entities

    @property
    def front_matter(self) -> bool:
        """A front matter value: plain text written in its format, no Markdown."""
        return self in (Style.YAML, Style.TOML, Style.JSON)


@dataclass(frozen=True)
class Flavor:
    """Which Markdown an article is written in: a dialect and the extensions it uses.

    Hashable, so each flavor's parsers are built once (``sources/markdown.py``);
    ``sources/dialects`` says what each name means.
    """

    dialect: str = "plain"
    extensions: frozenset[str] = frozenset()
    # Docusaurus, Jekyll: component ("*": any other) → its attributes whose values are text.
    component_attributes: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def is_text_attribute(self, component: str, attribute: str) -> bool:
        """Is ``attribute`` of ``component`` text for the reader (``component_attributes``:
        a component's own list, else the one of ``"*"``)?"""
        table = dict(self.component_attributes)
        return attribute in table.get(component, table.get("*", ()))

    # "source": every heading gets the id the generator makes of its source text
    # (``heading_slugs``), written in each translation; "auto": the generator decides.
    heading_ids: str = "auto"
    # Hugo's autoHeadingIDType: "github", "github-ascii" or "blackfriday" (``heading_slugs``).
    heading_id_type: str = "github"
    # Hugo: shortcode name ("*": any other) → its parameters whose values are text.
    shortcode_parameters: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("*", ("title", "alt", "caption")),
    )
    # Hugo: the shortcodes whose body is code, copied as it is (also any with 'lang=').
    code_shortcodes: frozenset[str] = frozenset({"code-toggle", "highlight"})
    # Hugo's passthrough delimiters (opening, closing), block pairs first: math kept as
    # written (``dialects/passthrough.py``); none when the site does not enable it.
    math_delimiters: Delimiters = ()
    # Hugo 0.144 and later make a heading's id of its plain text (links' and raw HTML's
    # markup gone, entities resolved), older Hugo of its raw Markdown (``heading_ids``).
    heading_ids_of_text: bool = False
    # Hugo's autoDefinitionTermID: each definition term takes an id from the headings' pool.
    definition_term_ids: bool = False
    # Hugo's parser.attribute.block, set in the site's configuration: a line '{.class}'
    # below a block gives it attributes (unset, Hugo shows the line as text).
    attribute_lines: bool = False

    def translatable_parameters(self, shortcode: str) -> tuple[str, ...]:
        """The parameters of ``shortcode`` whose values are offered for translation."""
        table = dict(self.shortcode_parameters)
        return table.get(shortcode, table.get("*", ()))


PLAIN = Flavor()


@dataclass(frozen=True)
class Segment:
    """One translatable string and where it sits in the source."""

    msgid: str
    kind: str
    line: int  # 1-based
    start: int  # offset of the replaced span in the source text
    end: int
    style: Style
    continuation: str = ""  # prefix for extra lines of a BLOCK translation or YAML block
    # TITLE: its quote; front matter: how the value is written ('"', "'", '' plain,
    # a YAML block scalar's header line '|-', a TOML string's '"""' …)
    quote: str = '"'
    context: str | None = None
    notes: tuple[str, ...] = ()
    # Written after a translation that differs from the source: a heading's explicit
    # id ' {#dosage}' (``heading_ids = "source"``), so its anchor is the source's.
    suffix: str = ""
    # HTML text (Style.HTML): the block-level element its run is in ("" at the block's
    # top), which says whether the run may be wrapped in a <span> (``localize``).
    element: str = ""


@dataclass(frozen=True)
class Unoffered:
    """Text a reader of the page sees that no message offers, and why: extract warns."""

    line: int  # 1-based
    why: str  # what is wrong and what to do, one line


@dataclass(frozen=True)
class Article:
    """A segmented source article."""

    slug: str
    ref: str  # project-relative path, as in '#:' references
    text: str
    front_matter: dict[str, Any]
    segments: tuple[Segment, ...]
    flavor: Flavor = PLAIN
    unoffered: tuple[Unoffered, ...] = ()
