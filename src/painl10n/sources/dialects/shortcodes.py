"""Hugo's block shortcodes: '{{< name params >}}' … '{{< /name >}}' on lines of their own.

Hugo replaces shortcodes before goldmark reads the page, so a shortcode line
is never text: its tag stays in the skeleton byte for byte. What a block rule
makes of one that starts a line (its tag may run over several lines, and
ends its last one):

- ``{{< name … />}}`` (self-closing), or an opening tag without a closing
  one on a line of its own below it: one ``shortcode`` token. Hugo needs no
  closing tag for a shortcode that has no inner content (``figure``), so an
  unclosed tag is such a shortcode, and the lines after it are read as usual.
- An opening tag and its closing ``{{< /name >}}`` (nested ones of the same
  name counted): ``shortcode_open``, the body, ``shortcode_close``. The body
  is Markdown (its paragraphs are messages) unless the shortcode is code-like
  (``code-toggle``, ``highlight``, any with a ``lang=`` parameter: the
  ``code_shortcodes`` setting; or one inside a shortcode whose
  ``langEqualsHeader=true`` makes each child's header its language, Docsy's
  ``tabpane``, unless it says ``text=true``), whose body is one
  ``shortcode_code`` token, copied as it is (a shortcode with ``lang=`` is
  code with all it holds).
- A closing tag with no opening one: a ``shortcode`` token too.

A tag's parameters are in ``meta["parameters"]``: each named one written in
double quotes, as (name, value as written, line, column of the value) —
:func:`painl10n.sources.constructs.shortcode_parameters` offers the
translatable ones. Escaped shortcodes (``{{</* x */>}}``) and shortcodes
inside a sentence are left to the paragraph (and the ``dialect-syntax`` check).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from .goldmark_attributes import is_list
from .rules import INTERRUPTS, render_nothing

CODE_SHORTCODES = ("code-toggle", "highlight")
OPTION = "painl10n_code_shortcodes"  # the parser option naming the code-like shortcodes

_QUOTED = r'"(?:[^"\\\n]|\\.)*"'
_HEAD = re.compile(r"\{\{([<%])[ \t]*(/?)[ \t]*([\w.-]+(?:/[\w.-]+)*)")
# A tag's rest: quoted strings (which may hold '>}}'), raw strings, anything else.
_REST = re.compile(r"(?:" + _QUOTED + r"|`[^`]*`|[^\"`>%/]|/(?![>%]\}\})|[>%](?!\}\}))*", re.S)
_PARAMETER = re.compile(
    r"(?P<name>[\w-]+)[ \t]*=[ \t]*(?P<value>" + _QUOTED + r"|`[^`]*`|[^\s\"`]+)"
    r"|" + _QUOTED + r"|`[^`]*`|[^\s\"`=]+",
    re.S,
)
_MAX_TAG_LINES = 20
_ATTRIBUTES = re.compile(r"\{([^{}\n]*)\}[ \t]*$")


@dataclass(frozen=True)
class Tag:
    """One shortcode tag: its name and kind, and its parameters written in double quotes."""

    name: str
    closing: bool  # '{{< /name >}}'
    self_closing: bool  # '{{< name />}}'
    # (shortcode, parameter, "value" as written, line, column of the value)
    parameters: tuple[tuple[str, str, str, int, int], ...]

    @property
    def opening(self) -> bool:
        return not self.closing and not self.self_closing


@dataclass(frozen=True)
class TagLine:
    """A line (or lines) holding shortcode tags and nothing else: no text of a page."""

    tags: tuple[Tag, ...]
    last_line: int  # the line the last tag's '>}}' ends

    @property
    def parameters(self) -> tuple[tuple[str, str, str, int, int], ...]:
        return tuple(parameter for tag in self.tags for parameter in tag.parameters)


def shortcodes_plugin(md: MarkdownIt) -> None:
    """Read block shortcodes; ``md.options[OPTION]``: those whose body is not Markdown."""
    md.block.ruler.before("fence", "shortcode", _shortcode, INTERRUPTS)
    render_nothing(md, "shortcode", "shortcode_open", "shortcode_close")
    md.add_render_rule("shortcode_code", _render_code)


def tag_line_at(state: StateBlock, line: int, end_line: int) -> TagLine | None:
    """The tags that make up ``line`` (and the lines a tag runs over), or None.

    A line of tags only, separated by blanks (``{{< tabpane >}} {{< tab … />}}``,
    as formatters write them), perhaps ended by an attribute list, is no text;
    a tag followed by words is a paragraph's, where the ``dialect-syntax``
    check guards it.
    """
    src = state.src
    position = state.bMarks[line] + state.tShift[line]
    if not src.startswith("{{", position):
        return None
    last = min(end_line, line + _MAX_TAG_LINES) - 1
    limit = state.eMarks[last]
    tags = []
    while True:
        found = _tag(src, position, limit)
        if found is None:
            return None
        tag, end = found
        tags.append(tag)
        tag_line = next(n for n in range(line, last + 1) if end <= state.eMarks[n])
        position = end
        while position < state.eMarks[tag_line] and src[position] in " \t":
            position += 1
        if position == state.eMarks[tag_line]:
            break
        attributes = _ATTRIBUTES.match(src, position, state.eMarks[tag_line])
        if attributes is not None and is_list(attributes[1]):
            break  # '{{% table %}}{class="wide"}': goldmark's attributes of what it makes
        if not src.startswith("{{", position):
            return None  # more after the tags: a paragraph's, not a block
    located = [_located(tag, src, state, line, tag_line) if tag.parameters else tag for tag in tags]
    return TagLine(tuple(located), tag_line)


def _located(tag: Tag, src: str, state: StateBlock, first: int, last: int) -> Tag:
    """``tag`` with each parameter's source offset made a line and a column."""
    parameters = []
    for shortcode, name, value, offset, _ in tag.parameters:
        at = next(n for n in range(first, last + 1) if offset <= state.eMarks[n])
        column = offset - (src.rfind("\n", 0, offset) + 1)
        parameters.append((shortcode, name, value, at, column))
    return Tag(tag.name, tag.closing, tag.self_closing, tuple(parameters))


def _tag(src: str, start: int, limit: int) -> tuple[Tag, int] | None:
    """The tag at ``start`` (its parameters' values at their offsets) and where it ends."""
    head = _HEAD.match(src, start, limit)
    if head is None:
        return None
    closer = (">" if head[1] == "<" else "%") + "}}"
    rest = _REST.match(src, head.end(), limit)
    assert rest is not None  # it matches the empty string
    self_closing = src.startswith("/" + closer, rest.end())
    end = rest.end() + (1 if self_closing else 0)
    if not src.startswith(closer, end):
        return None
    parameters = tuple(
        (head[3], part["name"], part["value"], part.start("value"), 0)
        for part in _PARAMETER.finditer(src, head.end(), rest.end())
        if part["value"] is not None
    )
    return Tag(head[3], bool(head[2]), self_closing, parameters), end + len(closer)


def _shortcode(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.is_code_block(start_line):
        return False
    found = tag_line_at(state, start_line, end_line)
    if found is None:
        return False
    if silent:
        return True
    tag = found.tags[0]
    parents: list[Tag] = state.env.setdefault(_PARENTS, [])
    parent = parents[-1] if parents else None
    pair = None
    if len(found.tags) == 1 and tag.opening:
        pair = _closing_line(state, tag, start_line, end_line)
    if pair is None:
        token = state.push("shortcode", "", 0)
        _describe(token, found, [start_line, found.last_line + 1], parent)
        state.line = found.last_line + 1
        return True
    closing_line, closing = pair
    token = state.push("shortcode_open", "div", 1)
    _describe(token, found, [start_line, closing.last_line + 1], parent)
    token.block = True
    body = found.last_line + 1
    if _is_code(tag, parent, state.md.options.get(OPTION)):
        token = state.push("shortcode_code", "code", 0)
        token.map = [body, closing_line]
        token.content = state.getLines(body, closing_line, state.sCount[start_line], True)
        token.info = tag.name
    else:
        old_parent, old_line_max = state.parentType, state.lineMax
        state.parentType = "shortcode"
        state.lineMax = closing_line
        parents.append(tag)
        try:
            state.md.block.tokenize(state, body, closing_line)
        finally:
            parents.pop()
        state.parentType, state.lineMax = old_parent, old_line_max
    token = state.push("shortcode_close", "div", -1)
    _describe(token, closing, [closing_line, closing.last_line + 1], parent)
    token.block = True
    state.line = closing.last_line + 1
    return True


_PARENTS = "painl10n_shortcode_parents"  # the shortcodes whose body is being read


def _is_code(tag: Tag, parent: Tag | None, code: Sequence[str] | None) -> bool:
    """Whether ``tag``'s body is code: a code-like shortcode, one with ``lang=``, or one
    whose enclosing shortcode makes its header its language (``{{< tabpane
    langEqualsHeader=true >}}`` … ``{{< tab "C" >}}``), unless either says ``text=true``."""
    if tag.name in (CODE_SHORTCODES if code is None else code) or _value(tag, "lang") is not None:
        return True
    if parent is None or _value(tag, "text") == "true":
        return False
    return _value(parent, "langEqualsHeader") == "true" and _value(parent, "text") != "true"


def _value(tag: Tag, parameter: str) -> str | None:
    """The value of a named parameter as Hugo reads it (quotes off); None if not given."""
    for _, name, value, *_ in tag.parameters:
        if name == parameter:
            return value[1:-1] if value[:1] in '"`' and len(value) > 1 else value
    return None


def _describe(token: Token, found: TagLine, lines: list[int], parent: Tag | None) -> None:
    """The token's name, lines and parameters (those that are text for the reader)."""
    token.info = found.tags[0].name
    token.map = lines
    languages = {tag.name for tag in found.tags if _header_is_language(tag, parent)}
    token.meta = {
        "parameters": tuple(
            parameter
            for parameter in found.parameters
            if not (parameter[1] == "header" and parameter[0] in languages)
        )
    }


def _header_is_language(tag: Tag, parent: Tag | None) -> bool:
    """Docsy: in a ``tabpane`` with ``langEqualsHeader=true`` a code tab's ``header`` is its
    code's language ('C++', 'Scala'), no text; a disabled tab's is a label."""
    return (
        parent is not None
        and _value(parent, "langEqualsHeader") == "true"
        and _value(tag, "lang") is None
        and "true" not in (_value(tag, "disabled"), _value(tag, "text"))
    )


def _closing_line(
    state: StateBlock, tag: Tag, start_line: int, end_line: int
) -> tuple[int, TagLine] | None:
    """The line of the closing tag of the opening tag at ``start_line`` (it starts a
    line of tags), and that line's tags; None if there is none."""
    line = _pairs(state).get(start_line)
    if line is None or line >= end_line or state.is_code_block(line):
        return None
    found = tag_line_at(state, line, end_line)
    if found is None or not found.tags[0].closing or found.tags[0].name != tag.name:
        return None
    return line, found


_INDEX = "painl10n_shortcode_pairs"
# Where a tag may start a line: behind quote markers, indentation or a list marker.
_CANDIDATE = re.compile(r"^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?=\{\{[<%])", re.M)


def _pairs(state: StateBlock) -> dict[int, int]:
    """Opening tag's line → its closing tag's line, for the whole page, made once.

    As Hugo pairs them: a closing tag closes the nearest open tag of its name;
    an opening tag nothing closes is a shortcode without inner content.
    """
    cached = state.env.get(_INDEX)
    if cached is not None and cached[0] is state.src:
        return cached[1]  # type: ignore[no-any-return]
    src = state.src
    pairs: dict[int, int] = {}
    open_tags: dict[str, list[int]] = {}
    line, position = 0, 0
    for match in _CANDIDATE.finditer(src):
        line += src.count("\n", position, match.end())
        position = at = match.end()
        limit = _line_limit(src, at)
        while (found := _tag(src, at, limit)) is not None:
            tag, at = found
            if tag.opening:
                open_tags.setdefault(tag.name, []).append(line)
            elif tag.closing and open_tags.get(tag.name):
                pairs[open_tags[tag.name].pop()] = line
            while at < limit and src[at] in " \t":
                at += 1
    state.env[_INDEX] = (src, pairs)
    return pairs


def _line_limit(src: str, start: int) -> int:
    """Where the lines a tag may run over end."""
    end = start
    for _ in range(_MAX_TAG_LINES):
        end = src.find("\n", end + 1)
        if end < 0:
            return len(src)
    return end


def _render_code(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    from markdown_it.common.utils import escapeHtml

    return f"<pre>{escapeHtml(tokens[idx].content)}</pre>\n"
