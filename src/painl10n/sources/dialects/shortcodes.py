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
  ``code_shortcodes`` setting), whose body is one ``shortcode_code`` token,
  copied as it is.
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


@dataclass(frozen=True)
class Tag:
    """One shortcode tag at a line's start: its name, kind and where it ends."""

    name: str
    closing: bool  # '{{< /name >}}'
    self_closing: bool  # '{{< name />}}'
    last_line: int  # the line its '>}}' ends
    parameters: tuple[tuple[str, str, int, int], ...]  # (name, "value", line, column)

    @property
    def has_lang(self) -> bool:
        return any(name == "lang" for name, *_ in self.parameters)


def shortcodes_plugin(md: MarkdownIt) -> None:
    """Read block shortcodes; ``md.options[OPTION]``: those whose body is not Markdown."""
    md.block.ruler.before(
        "fence", "shortcode", _shortcode, {"alt": ["paragraph", "reference", "blockquote", "list"]}
    )
    for kind in ("shortcode", "shortcode_open", "shortcode_close"):
        md.add_render_rule(kind, _render_nothing)
    md.add_render_rule("shortcode_code", _render_code)


def tag_at(state: StateBlock, line: int, end_line: int) -> Tag | None:
    """The shortcode tag that starts ``line`` and ends a line, or None."""
    src = state.src
    start = state.bMarks[line] + state.tShift[line]
    if not src.startswith("{{", start):
        return None
    head = _HEAD.match(src, start, state.eMarks[line])
    if head is None:
        return None
    closer = (">" if head[1] == "<" else "%") + "}}"
    last = min(end_line, line + _MAX_TAG_LINES) - 1
    rest = _REST.match(src, head.end(), state.eMarks[last])
    assert rest is not None  # it matches the empty string
    position = rest.end()
    self_closing = src.startswith("/" + closer, position)
    position += 1 if self_closing else 0
    if not src.startswith(closer, position):
        return None
    end = position + len(closer)
    tag_line = next(n for n in range(line, last + 1) if end <= state.eMarks[n])
    if src[end : state.eMarks[tag_line]].strip(" \t"):
        return None  # more after the tag: a paragraph's, not a block
    parameters = []
    for part in _PARAMETER.finditer(src, head.end(), rest.end()):
        value = part["value"]
        if value is None or not value.startswith('"'):
            continue
        offset = part.start("value")
        at = next(n for n in range(line, tag_line + 1) if offset <= state.eMarks[n])
        column = offset - (src.rfind("\n", 0, offset) + 1)
        parameters.append((part["name"], value, at, column))
    return Tag(head[3], bool(head[2]), self_closing, tag_line, tuple(parameters))


def _shortcode(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.is_code_block(start_line):
        return False
    tag = tag_at(state, start_line, end_line)
    if tag is None:
        return False
    if silent:
        return True
    closing = (
        None if tag.closing or tag.self_closing else _closing_line(state, tag, start_line, end_line)
    )
    if closing is None:
        token = state.push("shortcode", "", 0)
        _describe(token, tag, [start_line, tag.last_line + 1])
        state.line = tag.last_line + 1
        return True
    token = state.push("shortcode_open", "div", 1)
    _describe(token, tag, [start_line, closing + 1])
    token.block = True
    body = tag.last_line + 1
    if tag.name in state.md.options.get(OPTION, CODE_SHORTCODES) or tag.has_lang:
        token = state.push("shortcode_code", "code", 0)
        token.map = [body, closing]
        token.content = state.getLines(body, closing, state.sCount[start_line], True)
        token.info = tag.name
    else:
        old_parent, old_line_max = state.parentType, state.lineMax
        state.parentType = "shortcode"
        state.lineMax = closing
        state.md.block.tokenize(state, body, closing)
        state.parentType, state.lineMax = old_parent, old_line_max
    token = state.push("shortcode_close", "div", -1)
    token.info = tag.name
    token.map = [closing, closing + 1]
    token.block = True
    state.line = closing + 1
    return True


def _describe(token: Token, tag: Tag, lines: list[int]) -> None:
    token.info = tag.name
    token.map = lines
    token.meta = {"parameters": tag.parameters, "closing": tag.closing}


def _closing_line(state: StateBlock, tag: Tag, start_line: int, end_line: int) -> int | None:
    """The line of the closing tag of the opening tag at ``start_line``, or None."""
    line = _pairs(state).get(start_line)
    if line is None or line >= end_line or state.is_code_block(line):
        return None
    found = tag_at(state, line, end_line)
    if found is None or not found.closing or found.name != tag.name:
        return None
    return line


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
        position = match.end()
        found = _tag(src, match.end(), _line_limit(src, match.end()))
        if found is None or found[2]:
            continue
        name, closing = found[0], found[1]
        if not closing:
            open_tags.setdefault(name, []).append(line)
        elif open_tags.get(name):
            pairs[open_tags[name].pop()] = line
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


def _tag(src: str, start: int, limit: int) -> tuple[str, bool, bool] | None:
    """(name, closing, self-closing) of the tag at ``start``, or None."""
    head = _HEAD.match(src, start, limit)
    if head is None:
        return None
    closer = (">" if head[1] == "<" else "%") + "}}"
    rest = _REST.match(src, head.end(), limit)
    assert rest is not None  # it matches the empty string
    self_closing = src.startswith("/" + closer, rest.end())
    if not src.startswith(closer, rest.end() + (1 if self_closing else 0)):
        return None
    return head[3], bool(head[2]), self_closing


def _render_nothing(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return ""


def _render_code(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    from markdown_it.common.utils import escapeHtml

    return f"<pre>{escapeHtml(tokens[idx].content)}</pre>\n"
