"""Markdown → translatable segments, each tied to the exact source span it replaces.

The skeleton is the source text itself: every :class:`Segment` records the
offsets of the text it stands for, so everything between segments (container
markers, indentation, code, HTML, blank lines, reference definitions) is
copied byte for byte by :mod:`painl10n.localize.assemble`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..errors import Painl10nError
from . import directives, frontmatter
from .component_constructs import admonition_title, jsx_attributes, jsx_container
from .constructs import (
    CLOSERS,
    abbreviation,
    alert_title,
    block_title,
    container_name,
    fence_title,
    label,
    shortcode_parameters,
    title_kind,
)
from .discover import check_slug
from .front_matter_formats import YAML, FrontMatterBlock, blanked, read_block, split_front_matter
from .front_matter_paths import field_segments
from .heading_ids import with_source_ids
from .html_text import html_text
from .markdown import check_nesting, front_matter_token, parser, segmenting_parser
from .model import PLAIN, Article, Flavor, Segment, Style, Unoffered

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A run of blanks is tried from its start only (linear on a line of blanks).
_ATX_CLOSING = re.compile(r"(?:^|(?<![ \t])[ \t]+)#+[ \t]*$")
_ODD_BACKSLASHES = re.compile(r"(?<!\\)(?:\\\\)*\\$")
_IMAGE_ONLY = re.compile(
    r"""^!\[(?P<alt>(?:[^\[\]\\\n]|\\.)*)\]
    \((?P<dest>[ \t]*(?:<[^<>\n]*>|[^\s()<>]+))
    (?:[ \t]+(?P<title>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'))?[ \t]*\)$""",
    re.X | re.S,
)
_HAS_WORD = re.compile(r"[^\W\d_]")
# '---' then a 'key:' line, but no closing '---': front matter missing its end
# (a lone '---' followed by prose is just a thematic break).
_UNCLOSED_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n[A-Za-z_][\w-]*[ \t]*:")
_TITLE = r"""(?P<title>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))"""
_REFERENCE = re.compile(
    r"^(?:[ \t]*>)*[ \t]*\[(?P<label>(?:[^\[\]\\]|\\.)+)\]:[ \t]*(?P<dest><[^<>\n]*>|\S+)"
    r"(?:[ \t]+" + _TITLE + r")?[ \t]*$"
)
_TITLE_LINE = re.compile(r"^(?:[ \t]*>)*[ \t]*" + _TITLE + r"[ \t]*$")
_LEAF_BLOCKS = {
    "paragraph_open",
    "heading_open",
    "fence",
    "code_block",
    "html_block",
    "hr",
    "table_open",
    "front_matter",
    "shortcode_code",
}


class _Lines:
    """Line table of the original text (offsets survive CRLF line endings)."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        self.texts: list[str] = []
        position = 0
        for match in _LINE_BREAK.finditer(text):
            self.texts.append(text[position : match.start()])
            position = match.end()
            self.starts.append(position)
        self.texts.append(text[position:])

    def offset(self, line: int, column: int) -> int:
        return self.starts[line] + column


def segment_article(
    text: str,
    *,
    ref: str,
    default_slug: str,
    front_matter_fields: tuple[str, ...],
    name: str | None = None,
    front_matter_formats: tuple[str, ...] = (YAML,),
    flavor: Flavor = PLAIN,
) -> Article:
    """Cut one article into segments; raise a one-line error on bad input.

    ``name``: a generator's article name, from its path; its ``slug:`` is then
    the generator's, not read as painl10n's. ``front_matter_formats``: the
    formats a front matter may be in, YAML always
    (``front_matter_formats.front_matter_formats(generator)``: Hugo's adds TOML
    and JSON). ``flavor``: the Markdown dialect it is written in
    (``sources/dialects``).
    """
    article, _ = _segment(
        segmenting_parser(flavor),
        text,
        ref=ref,
        default_slug=default_slug,
        front_matter_fields=front_matter_fields,
        name=name,
        front_matter_formats=front_matter_formats,
        flavor=flavor,
    )
    return article


def segment_and_parse(
    text: str,
    *,
    ref: str,
    default_slug: str,
    front_matter_fields: tuple[str, ...],
    name: str | None = None,
    front_matter_formats: tuple[str, ...] = (YAML,),
    flavor: Flavor = PLAIN,
) -> tuple[Article, list[Token]]:
    """:func:`segment_article` through the full parser, with the tokens it made.

    A build renders the source-language page from these tokens, so the
    source is parsed once for both; the segments are the same either way
    (``tests/sources/test_segmenting_parser.py``).
    """
    return _segment(
        parser(flavor),
        text,
        ref=ref,
        default_slug=default_slug,
        front_matter_fields=front_matter_fields,
        name=name,
        front_matter_formats=front_matter_formats,
        flavor=flavor,
    )


def _segment(
    md: MarkdownIt,
    text: str,
    *,
    ref: str,
    default_slug: str,
    front_matter_fields: tuple[str, ...],
    name: str | None = None,
    front_matter_formats: tuple[str, ...],
    flavor: Flavor,
) -> tuple[Article, list[Token]]:
    env: dict[str, Any] = {}
    block = split_front_matter(text, front_matter_formats, ref)
    tokens = md.parse(text if block is None else blanked(text, block), env)
    check_nesting(tokens, ref)
    lines = _Lines(text)
    found: list[Segment] = []
    meta: dict[str, Any] = {}
    if block is not None:
        meta, fm_segments = _other_front_matter(text, block, lines, ref, front_matter_fields)
        found.extend(fm_segments)
    elif tokens and tokens[0].type == "front_matter":
        meta, fm_segments = frontmatter.segments(
            tokens[0], lines.starts, ref=ref, fields=front_matter_fields
        )
        found.extend(fm_segments)
    elif _UNCLOSED_FRONT_MATTER.match(text):
        raise Painl10nError(
            "front matter is not closed", path=ref, line=1, hint="end it with a '---' line"
        )
    steer = directives.collect(tokens, ref)
    unread: list[Unoffered] = []
    body = [
        *_body_segments(tokens, lines, ref, flavor, unread),
        *_reference_titles(tokens, lines, env),
    ]
    body_start = 0 if block is None else block.end  # the blanked lines are no Markdown
    found.extend(seg for seg in body if seg.start >= body_start)
    kept = []
    for seg in found:
        if steer.is_skipped(seg.line - 1):
            continue
        context = steer.context_at(seg.line - 1)
        notes = steer.notes_at(seg.line - 1)
        steered = context is not None or notes
        kept.append(replace(seg, context=context, notes=notes) if steered else seg)
    kept.sort(key=lambda seg: seg.start)
    kept = with_source_ids(kept, tokens, lines, flavor)
    slug = name if name is not None else _slug(meta, default_slug, ref)
    article = Article(
        slug=slug,
        ref=ref,
        text=text,
        front_matter=meta,
        segments=tuple(kept),
        flavor=flavor,
        unoffered=tuple(note for note in unread if not steer.is_skipped(note.line - 1)),
    )
    return article, tokens


def _other_front_matter(
    text: str, block: FrontMatterBlock, lines: _Lines, ref: str, fields: tuple[str, ...]
) -> tuple[dict[str, Any], list[Segment]]:
    """The values and segments of a TOML or JSON front matter."""
    meta, tree = read_block(text, block, lines.starts, ref)
    style = Style.TOML if block.format == "toml" else Style.JSON
    language = block.format.upper()
    return meta, field_segments(tree, fields, ref=ref, language=language, style=style)


def article_slug(
    text: str, *, ref: str, default_slug: str, front_matter_formats: tuple[str, ...] = (YAML,)
) -> str:
    """The slug :func:`segment_article` gives ``text``, from its front matter alone."""
    meta: dict[str, Any] = {}
    block = split_front_matter(text, front_matter_formats, ref)
    if block is not None:
        meta, _ = read_block(text, block, _Lines(text).starts, ref)
        return _slug(meta, default_slug, ref)
    token = front_matter_token(text)
    if token is not None:
        meta, _ = frontmatter.parse(token, ref)
    return _slug(meta, default_slug, ref)


def _slug(meta: dict[str, Any], default_slug: str, ref: str) -> str:
    """The front matter's ``slug``, else the one made from the file's name; checked."""
    if "slug" in meta:
        return check_slug(str(meta["slug"]), ref)
    return check_slug(default_slug, ref, from_file_name=True)


def _body_segments(
    tokens: list[Token], lines: _Lines, ref: str, flavor: Flavor, unread: list[Unoffered]
) -> list[Segment]:
    """The body's segments; text a reader sees that none offers is added to ``unread``."""
    found: list[Segment] = []
    containers: list[str] = []
    cursors: dict[int, int] = {}
    term = ""  # the last definition term, to name its definitions
    for index, token in enumerate(tokens):
        if token.nesting == 1 and (name := container_name(token, term)) is not None:
            containers.append(name)
        elif token.type in CLOSERS:
            containers.pop()
        elif token.type == "abbr_definition":
            found.extend(abbreviation(token, lines))
        if token.type == "container_blocks_open":
            found.extend(block_title(token, lines, containers[-1]))
        elif token.type == "container_admonition_open":
            found.extend(admonition_title(token, lines))
        elif token.type in ("mdx_jsx", "liquid_line"):
            found.extend(jsx_attributes(token, lines, flavor))
            if (element := jsx_container(token, flavor)) is not None:
                containers.append(element)
            elif token.meta.get("paired"):  # the closing line of a paired element
                containers.pop()
        elif token.type in ("shortcode", "shortcode_open", "shortcode_close"):
            found.extend(shortcode_parameters(token, lines, flavor))
        elif token.type == "blockquote_open" and "alert" in token.meta:
            found.extend(alert_title(token, lines, containers[-1]))
        elif token.type == "fence" and flavor.dialect == "mkdocs" and token.map is not None:
            found.extend(fence_title(token, lines))
        elif token.type == "html_block":
            segments, unoffered = html_text(token, lines.texts, lines.starts, flavor)
            found.extend(segments)
            if unoffered is not None:
                unread.append(unoffered)
        if token.type != "inline" or token.map is None:
            continue
        parent = tokens[index - 1]
        if parent.type == "dt_open":  # a term of HTML only (a comment) names no definition
            term = flatten(token.content) if _translatable(token) else ""
        if not _translatable(token):
            continue
        if parent.type == "paragraph_open":
            kind = containers[-1] if containers else "paragraph"
            task = index > 1 and tokens[index - 2].type == "list_item_open" and _reads_tasks(flavor)
            found.extend(_paragraph(token, lines, ref, kind, task=task))
        elif parent.type == "heading_open":
            found.append(_heading(token, parent, lines, ref))
        elif parent.type in ("th_open", "td_open"):
            kind = "table header cell" if parent.type == "th_open" else "table cell"
            found.append(_cell(token, lines, ref, kind, cursors))
        elif parent.type in ("admonition_title_open", "tab_title_open"):
            found.extend(label(token, tokens[index - 2], lines, title_kind(containers[-1])))
        elif parent.type == "dt_open":
            found.append(_line(token, lines, ref, "definition term"))
    return found


def _line(token: Token, lines: _Lines, ref: str, kind: str) -> Segment:
    """Inline content of one line whose line break is syntax (a definition term)."""
    assert token.map is not None
    start, end, _ = _locate_lines(token, lines, ref, token.map[0])
    return Segment(token.content, kind, token.map[0] + 1, start, end, Style.LINE)


def _translatable(token: Token) -> bool:
    """Only strings with words in them: a lone code span or URL is not text."""
    in_autolink = False
    for child in token.children or []:
        if child.type == "link_open":
            in_autolink = child.markup == "autolink"
        elif child.type == "link_close":
            in_autolink = False
        elif child.type == "image" or (
            child.type == "text" and not in_autolink and _HAS_WORD.search(child.content)
        ):
            return True
    return False


def flatten(content: str) -> str:
    """Join the lines of inline content: soft breaks become one space.

    Hard breaks (two trailing spaces or a backslash) stay, so the msgid keeps
    them; indentation of continuation lines goes, so re-wrapping or
    re-indenting a paragraph never changes its msgid.
    """
    parts = content.split("\n")
    out = parts[0]
    for part in parts[1:]:
        if out.endswith("  ") or _ODD_BACKSLASHES.search(out):
            out = out + "\n" + part.lstrip(" \t")
        else:
            out = out.rstrip(" \t") + " " + part.lstrip(" \t")
    return out


def _locate_lines(token: Token, lines: _Lines, ref: str, first: int) -> tuple[int, int, list[int]]:
    """Source span of inline content that may cover several lines.

    Every content line is the tail of its source line once container markers
    are removed, so each is found right-anchored on its line.
    """
    content_lines = token.content.split("\n")
    columns: list[int] = []
    last_len = 0
    for k, content_line in enumerate(content_lines):
        source_line = lines.texts[first + k]
        needle = content_line.lstrip(" \t")
        if k == len(content_lines) - 1:
            needle = needle.rstrip()
            source_line = source_line.rstrip()
        column = len(source_line) - len(needle)
        if not source_line.endswith(needle):
            column = lines.texts[first + k].find(needle)
            if column < 0:
                raise Painl10nError(
                    "cannot locate text in the source (please report this)",
                    path=ref,
                    line=first + k + 1,
                )
        columns.append(column)
        last_len = len(needle)
    end_line = first + len(content_lines) - 1
    return lines.offset(first, columns[0]), lines.offset(end_line, columns[-1] + last_len), columns


def _continuation(lines: _Lines, first: int, columns: list[int]) -> str:
    """Prefix for extra lines: the source's own, or one derived from line 1."""
    if len(columns) > 1:
        return lines.texts[first + 1][: columns[1]]
    return re.sub(r"[^>\t]", " ", lines.texts[first][: columns[0]])


_TASK_BOX = re.compile(r"\[[ xX]\][ \t]+(?=\S)")
_TASK_LISTS = {"mkdocs": "pymdownx.tasklist", "hugo": "taskList", "jekyll": "tasklist"}
_ALWAYS_TASKS = frozenset({"docusaurus"})  # remark-gfm, always on


def _reads_tasks(flavor: Flavor) -> bool:
    """Whether the generator draws '- [x] Done' as a checked box (its extension is on)."""
    return flavor.dialect in _ALWAYS_TASKS or _TASK_LISTS.get(flavor.dialect, "") in (
        flavor.extensions
    )


def _paragraph(
    token: Token, lines: _Lines, ref: str, kind: str, *, task: bool = False
) -> list[Segment]:
    """The paragraph's text; ``task``: the first of a list item, whose '[x] ' box, if it
    has one, is the generator's checkbox and stays in the skeleton."""
    assert token.map is not None
    first = token.map[0]
    start, end, columns = _locate_lines(token, lines, ref, first)
    image = _IMAGE_ONLY.match(token.content)
    if image and "\n" not in token.content:
        return _image_segments(image, start, first + 1)
    box = _TASK_BOX.match(token.content) if task else None
    if box is not None:
        start += box.end()
    return [
        Segment(
            msgid=flatten(token.content[box.end() if box else 0 :]),
            kind=kind,
            line=first + 1,
            start=start,
            end=end,
            style=Style.BLOCK,
            continuation=_continuation(lines, first, columns),
        )
    ]


def _image_segments(image: re.Match[str], start: int, line: int) -> list[Segment]:
    """A paragraph that is only an image: translate its alt text and title."""
    found = []
    if _HAS_WORD.search(image["alt"]):
        found.append(
            Segment(
                msgid=image["alt"],
                kind="image alt text",
                line=line,
                start=start + image.start("alt"),
                end=start + image.end("alt"),
                style=Style.ALT,
            )
        )
    title = image["title"]
    if title and _HAS_WORD.search(title):
        found.append(
            Segment(
                msgid=title[1:-1],
                kind="image title",
                line=line,
                start=start + image.start("title") + 1,
                end=start + image.end("title") - 1,
                style=Style.TITLE,
                quote=title[0],
            )
        )
    return found


def _heading(token: Token, parent: Token, lines: _Lines, ref: str) -> Segment:
    assert token.map is not None and parent.map is not None
    first = token.map[0]
    kind = f"heading {parent.tag}"
    if parent.markup.startswith("#"):
        source_line = lines.texts[first]
        tail = _ATX_CLOSING.sub("", source_line.rstrip()).rstrip()
        needle = token.content
        column = len(tail) - len(needle) if tail.endswith(needle) else source_line.find(needle)
        if column < 0:
            raise Painl10nError("cannot locate heading text", path=ref, line=first + 1)
        start = lines.offset(first, column)
        return Segment(token.content, kind, first + 1, start, start + len(needle), Style.ATX)
    start, end, _ = _locate_lines(token, lines, ref, first)
    return Segment(flatten(token.content), kind, first + 1, start, end, Style.SETEXT)


def _cell(token: Token, lines: _Lines, ref: str, kind: str, cursors: dict[int, int]) -> Segment:
    """A table cell; markdown-it drops the backslash of '\\|', so allow it back."""
    assert token.map is not None
    line = token.map[0]
    pattern = "".join(r"\\?\|" if ch == "|" else re.escape(ch) for ch in token.content)
    match = re.compile(pattern).search(lines.texts[line], cursors.get(line, 0))
    if match is None:
        raise Painl10nError("cannot locate table cell text", path=ref, line=line + 1)
    cursors[line] = match.end()
    return Segment(
        msgid=token.content,
        kind=kind,
        line=line + 1,
        start=lines.offset(line, match.start()),
        end=lines.offset(line, match.end()),
        style=Style.CELL,
    )


def _reference_titles(tokens: list[Token], lines: _Lines, env: dict[str, Any]) -> list[Segment]:
    """Titles of link reference definitions (markdown-it keeps no token for them).

    Definitions live on lines no leaf block covers; a candidate counts only if
    markdown-it registered its label, so text that merely looks alike is skipped.
    """
    from markdown_it.common.utils import normalizeReference

    covered: set[int] = set()
    for token in tokens:
        if token.type in _LEAF_BLOCKS and token.map is not None:
            covered.update(range(*token.map))
    known = env.get("references", {})
    found = []
    for number, text in enumerate(lines.texts):
        if number in covered:
            continue
        match = _REFERENCE.match(text)
        if match is None or normalizeReference(match["label"]) not in known:
            continue
        title_line, title = number, match
        if match["title"] is None:
            following = number + 1
            if following >= len(lines.texts) or following in covered:
                continue
            title_match = _TITLE_LINE.match(lines.texts[following])
            if title_match is None:
                continue
            title_line, title = following, title_match
        inner = title["title"][1:-1]
        if not _HAS_WORD.search(inner) or "\n" in inner:
            continue
        found.append(
            Segment(
                msgid=inner,
                kind="link title",
                line=title_line + 1,
                start=lines.offset(title_line, title.start("title") + 1),
                end=lines.offset(title_line, title.end("title") - 1),
                style=Style.TITLE,
                quote=title["title"][0],
            )
        )
    return found
