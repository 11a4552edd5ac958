"""Block alignment: pair each segment of a source article with its translation.

A publisher's existing translation has the source's block structure (the
same headings, paragraphs, list items, cells, front matter fields), so both
files go through the project's own segmenter and the two segment sequences
are aligned like two strings in a global sequence alignment (Needleman-Wunsch
with free gaps): a pair is allowed only between blocks of the same kind, and
its score adds the evidence that they say the same thing — same nesting path
and list/table position, same numbers, link targets and code spans, and a
length that fits the translation's overall length ratio. An added or removed
block becomes a gap instead of shifting every later pair, because shifted
pairs disagree on length and numbers and score below zero.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..sources.markdown import parser
from ..sources.model import Article, Flavor, Segment, Style

_CONTAINERS = {
    "blockquote",
    "bullet_list",
    "ordered_list",
    "list_item",
    "footnote",
    "table",
    "admonition",
    "tab",
    "dl",
}
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMBER = re.compile(r"\d+")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)(?:\\\\)*\|")
_INLINE_STYLES = (
    Style.BLOCK,
    Style.ATX,
    Style.SETEXT,
    Style.CELL,
    Style.LINE,
    Style.LABEL,
    Style.ADDED_LABEL,
)
_BAND = 40  # how far off the diagonal a pair may sit, beyond the length difference


@dataclass(frozen=True)
class Block:
    """A segment and the facts the alignment compares."""

    segment: Segment
    path: tuple[str, ...]  # enclosing containers, outermost first
    position: tuple[int, ...]  # list item number, or table row and column
    numbers: tuple[str, ...]
    targets: tuple[str, ...]  # link and image destinations
    code: tuple[str, ...]


@dataclass(frozen=True)
class Pair:
    source: Segment
    target: Segment
    confidence: float  # 0..1: share of the possible evidence that agreed


@dataclass(frozen=True)
class Alignment:
    pairs: tuple[Pair, ...]
    unaligned: tuple[Segment, ...]  # source segments with no counterpart
    extra: tuple[Segment, ...]  # translated segments with no counterpart


def align_articles(source: Article, translated: Article) -> Alignment:
    """Pair the segments of ``source`` with those of its translation."""
    left, right = blocks(source), blocks(translated)
    ratio = _length_ratio(left, right)
    matches = _best_path(left, right, ratio)
    paired_left = {i for i, _, _ in matches}
    paired_right = {j for _, j, _ in matches}
    return Alignment(
        pairs=tuple(
            Pair(left[i].segment, right[j].segment, confidence) for i, j, confidence in matches
        ),
        unaligned=tuple(b.segment for k, b in enumerate(left) if k not in paired_left),
        extra=tuple(b.segment for k, b in enumerate(right) if k not in paired_right),
    )


def blocks(article: Article) -> list[Block]:
    """Each segment with its place in the document tree and its anchors."""
    places = _places(article.text, article.flavor)
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", article.text)]
    found = []
    for seg in article.segments:
        path: tuple[str, ...]
        position: tuple[int, ...]
        if seg.style.front_matter:
            path, position = ("front matter",), ()
        elif seg.kind == "link title":
            path, position = ("reference",), ()
        else:
            path, position = places.get(seg.line, ((), ()))
        if seg.style is Style.CELL:
            before = article.text[line_starts[seg.line - 1] : seg.start]
            position = (*position, len(_UNESCAPED_PIPE.findall(before.lstrip(" \t|"))))
        numbers, targets, code = _anchors(seg)
        found.append(Block(seg, path, position, numbers, targets, code))
    return found


def _places(text: str, flavor: Flavor) -> dict[int, tuple[tuple[str, ...], tuple[int, ...]]]:
    """1-based line of each inline token → (container path, position)."""
    stack: list[str] = []
    items: list[int] = []  # item counter of each open list
    table_line = 0
    places: dict[int, tuple[tuple[str, ...], tuple[int, ...]]] = {}
    for token in parser(flavor).parse(text):
        name = token.type.removesuffix("_open").removesuffix("_close")
        if name in _CONTAINERS and token.nesting == 1:
            stack.append(name)
            if name.endswith("_list"):
                items.append(0)
            elif name == "list_item" and items:
                items[-1] += 1
            elif name == "table" and token.map is not None:
                table_line = token.map[0]
        elif name in _CONTAINERS and token.nesting == -1:
            stack.pop()
            if name.endswith("_list"):
                items.pop()
        elif token.type == "inline" and token.map is not None:
            line = token.map[0]
            position: tuple[int, ...] = ()
            if stack and stack[-1] == "table":
                position = (line - table_line,)
            elif "list_item" in stack and items:
                position = (items[-1],)
            places.setdefault(line + 1, (tuple(stack), position))
    return places


def _anchors(seg: Segment) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Numbers (digit runs, any script), link targets and code spans of a segment."""
    numbers = tuple(sorted(_NUMBER.findall(seg.msgid.translate(_DIGITS))))
    targets: list[str] = []
    code: list[str] = []
    if seg.style in _INLINE_STYLES:
        for token in parser().parseInline(seg.msgid):
            for child in token.children or []:
                if child.type == "link_open":
                    targets.append(str(child.attrs.get("href", "")))
                elif child.type == "image":
                    targets.append(str(child.attrs.get("src", "")))
                elif child.type == "code_inline":
                    code.append(child.content)
    return numbers, tuple(sorted(targets)), tuple(sorted(code))


def _length_ratio(left: Sequence[Block], right: Sequence[Block]) -> float:
    total_left = sum(len(b.segment.msgid) for b in left)
    total_right = sum(len(b.segment.msgid) for b in right)
    return total_right / total_left if total_left and total_right else 1.0


def score(source: Block, target: Block, ratio: float) -> tuple[float, float] | None:
    """(score, confidence) of pairing two blocks; None when they cannot pair."""
    if source.segment.kind != target.segment.kind:
        return None
    total = 0.25
    possible = 0.25
    total += 0.25 if source.path == target.path else -0.5
    possible += 0.25
    if source.position or target.position:
        total += 0.25 if source.position == target.position else -0.25
        possible += 0.25
    for mine, theirs in (
        (source.numbers, target.numbers),
        (source.targets, target.targets),
        (source.code, target.code),
    ):
        if mine or theirs:
            total += 2 * _overlap(mine, theirs) - 1
            possible += 1
    total += _length_fit(len(source.segment.msgid), len(target.segment.msgid), ratio)
    possible += 1
    return total, max(0.0, min(1.0, total / possible))


def _overlap(mine: tuple[str, ...], theirs: tuple[str, ...]) -> float:
    """Dice coefficient of two multisets (1.0 = the same items)."""
    rest = list(theirs)
    common = 0
    for item in mine:
        if item in rest:
            rest.remove(item)
            common += 1
    return 2 * common / (len(mine) + len(theirs))


def _length_fit(source_length: int, target_length: int, ratio: float) -> float:
    """+1 for the expected length, falling below 0 as the lengths drift apart.

    Short strings vary more between languages, so their tolerance is wider.
    """
    drift = abs(math.log((target_length + 1) / ((source_length + 1) * ratio)))
    tolerance = 0.3 + 2 / math.sqrt(source_length + 1)
    return max(-2.0, 1 - drift / tolerance)


def _best_path(
    left: Sequence[Block], right: Sequence[Block], ratio: float
) -> list[tuple[int, int, float]]:
    """The highest-scoring set of non-crossing pairs (gaps cost nothing).

    Only cells within a band around the diagonal are filled, so a long
    article costs O(n · band), not O(n · m).
    """
    n, m = len(left), len(right)
    band = abs(n - m) + _BAND
    minus_infinity = -math.inf
    best = [[minus_infinity] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]  # 1 pair, 2 skip source, 3 skip target
    pairs: dict[tuple[int, int], tuple[float, float]] = {}
    for i in range(n + 1):
        centre = i * m // n if n else 0
        for j in range(max(0, centre - band), min(m, centre + band) + 1):
            if i == 0 and j == 0:
                best[0][0] = 0.0
                continue
            value, step = minus_infinity, 0
            if i and j:
                found = score(left[i - 1], right[j - 1], ratio)
                if found is not None and found[0] > 0:
                    pairs[(i, j)] = found
                    value, step = best[i - 1][j - 1] + found[0], 1
            if i and best[i - 1][j] > value:
                value, step = best[i - 1][j], 2
            if j and best[i][j - 1] > value:
                value, step = best[i][j - 1], 3
            best[i][j], move[i][j] = value, step
    matches = []
    i, j = n, m
    while i or j:
        step = move[i][j]
        if step == 1:
            matches.append((i - 1, j - 1, round(pairs[(i, j)][1], 2)))
            i, j = i - 1, j - 1
        elif step == 2:
            i -= 1
        else:
            j -= 1
    matches.reverse()
    return matches
