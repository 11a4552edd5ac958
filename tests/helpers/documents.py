"""A hypothesis strategy for realistic health articles in Markdown.

Documents are composed the way authors write them: optional YAML front
matter, headings, paragraphs wrapped over a few lines with emphasis, links,
code spans, images, footnote references and reference links, lists and
blockquotes nested a few levels (each holding any block), GFM tables,
fenced code, raw HTML blocks, thematic breaks, standalone images,
footnote definitions and link reference definitions.  Every generated
document is valid input for painl10n; what it does with it is for the
property tests to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hypothesis import strategies as st

from painl10n.sources.model import Segment, Style
from painl10n.text.pseudo import pseudo_translate

# fmt: off
WORDS = (
    "pain", "chronic", "migraine", "sleep", "dose", "patients", "doctor", "nerve", "brain",
    "therapy", "ketamine", "receptors", "inflammation", "relief", "symptoms", "treatment",
    "months", "weeks", "headache", "stress", "body", "signals", "clinic", "infusion",
    "anxiety", "depression", "médico", "dolor", "Schmerz", "süß", "naïve", "café",
    "well-being", "follow-up",
)
# fmt: on
CODE = ("dose_mg", "x = 1", "NMDA", "--help", "a|b", "<br>", "*not em*")
SLUGS = ("pain", "sleep", "ketamine", "nerve-blocks", "faq")
FOOTNOTE_TEXT = "Source: clinical guideline, reviewed yearly."
REFERENCE = '[nhs]: https://www.nhs.uk/conditions/ "NHS conditions"'

# One draw per phrase (drawing word by word makes generation the slow part).
PHRASES = tuple(
    " ".join(WORDS[(start + step * k) % len(WORDS)] for k in range(length))
    for start in range(len(WORDS))
    for step, length in ((1, 1), (3, 2), (5, 3), (7, 5))
)
words = st.sampled_from(PHRASES)
slugs = st.sampled_from(SLUGS)


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


inline_piece = st.one_of(
    words,
    words,
    words.map(lambda w: f"*{w}*"),
    words.map(lambda w: f"**{w}**"),
    st.sampled_from(CODE).map(lambda c: f"`{c}`" if "`" not in c else c),
    st.tuples(words, slugs).map(lambda t: f"[{t[0]}](https://example.org/{t[1]})"),
    st.tuples(words, slugs, words).map(
        lambda t: f'[{t[0]}](https://example.org/{t[1]} "{_capitalized(t[2])}")'
    ),
    st.tuples(words, slugs).map(lambda t: f"![{t[0]}](images/{t[1]}.png)"),
    st.just("<https://example.org/info>"),
    words.map(lambda w: f"[{w}][nhs]"),
    st.just("[^1]"),
    st.sampled_from(["5 mg", "0.5 mg", "20%", "3\u20136 months", "1,000 people"]),
)


@st.composite
def paragraph_lines(draw: st.DrawFn) -> list[str]:
    """One paragraph, wrapped over one to three lines between inline pieces."""
    first = _capitalized(draw(words))
    pieces = [first, *draw(st.lists(inline_piece, min_size=0, max_size=7))]
    pieces[-1] += draw(st.sampled_from([".", ".", "?", "!", ":"]))
    breaks = draw(st.sets(st.integers(1, max(1, len(pieces) - 1)), max_size=2))
    lines: list[list[str]] = [[]]
    for index, piece in enumerate(pieces):
        if index in breaks and lines[-1]:
            lines.append([])
        lines[-1].append(piece)
    return [" ".join(line) for line in lines]


def _heading(draw: st.DrawFn) -> list[str]:
    text = _capitalized(draw(words))
    if draw(st.booleans()):
        emphasis = draw(st.sampled_from(["", " *now*", " with `code`"]))
        return ["#" * draw(st.integers(1, 6)) + " " + text + emphasis]
    return [text, draw(st.sampled_from(["===", "---"]))]


def _table(draw: st.DrawFn) -> list[str]:
    columns = draw(st.integers(2, 3))
    header = [_capitalized(draw(words)) for _ in range(columns)]
    align = [draw(st.sampled_from(["---", ":---", ":---:", "---:"])) for _ in range(columns)]
    rows = []
    for _ in range(draw(st.integers(1, 3))):
        cells = [draw(st.one_of(words, inline_piece)) for _ in range(columns)]
        rows.append("| " + " | ".join(cells) + " |")
    return ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |", *rows]


def _leaf(draw: st.DrawFn) -> list[str]:
    kind = draw(
        st.sampled_from(
            ["paragraph"] * 5 + ["heading", "table", "code", "html", "hr", "image", "quote-html"]
        )
    )
    if kind == "paragraph":
        return draw(paragraph_lines())
    if kind == "heading":
        return _heading(draw)
    if kind == "table":
        return _table(draw)
    if kind == "code":
        language = draw(st.sampled_from(["", "python", "yaml"]))
        return [f"```{language}", draw(st.sampled_from(CODE)), "dose = 5  # mg", "```"]
    if kind == "html":
        return ['<div class="note">', f"<p>{draw(words)}</p>", "</div>"]
    if kind == "hr":
        return ["***"]
    if kind == "image":
        return [f'![{_capitalized(draw(words))}](images/{draw(slugs)}.png "{draw(words)}")']
    return [f"<!-- {draw(words)} -->"]


def _indent(lines: list[str], first: str, rest: str) -> list[str]:
    """Put lines inside a container: marker on the first, indent on the others."""
    out = []
    for index, line in enumerate(lines):
        prefix = first if index == 0 else rest
        out.append((prefix + line) if line else prefix.rstrip())
    return out


@st.composite
def block(draw: st.DrawFn, depth: int = 0) -> list[str]:
    """One block as lines; containers hold one to three blocks, nested up to 3 deep."""
    containers = ["leaf"] * 3 + (["quote", "bullet", "ordered"] if depth < 3 else [])
    kind = draw(st.sampled_from(containers))
    if kind == "leaf":
        return _leaf(draw)
    if kind == "quote":
        inner = _join(draw(st.lists(block(depth + 1), min_size=1, max_size=3)))
        return _indent(inner, "> ", "> ")
    marker = draw(st.sampled_from(["- ", "* "])) if kind == "bullet" else "1. "
    rest = " " * len(marker)
    items = []
    for _ in range(draw(st.integers(1, 3))):
        inner = _join(draw(st.lists(block(depth + 1), min_size=1, max_size=2)))
        items.append(_indent(inner, marker, rest))
    loose = draw(st.booleans())
    lines: list[str] = []
    for item in items:
        if lines and loose:
            lines.append("")
        lines.extend(item)
    return lines


def _join(blocks: list[list[str]]) -> list[str]:
    lines: list[str] = []
    for part in blocks:
        if lines:
            lines.append("")
        lines.extend(part)
    return lines


@st.composite
def front_matter(draw: st.DrawFn) -> list[str]:
    title = _capitalized(draw(words))
    lines = ["---", f"title: {title}"]
    if draw(st.booleans()):
        lines.append(f'description: "{_capitalized(draw(words))}: {draw(words)}."')
    if draw(st.booleans()):
        lines.append("date: 2024-03-01")
    lines.append("---")
    return lines


@dataclass(frozen=True)
class Document:
    """Front matter lines and top-level blocks (each a list of lines)."""

    front: tuple[str, ...]
    blocks: tuple[tuple[str, ...], ...]

    @property
    def text(self) -> str:
        """The article; footnote and reference definitions only when used."""
        parts = [list(self.front)] if self.front else []
        parts.extend(list(b) for b in self.blocks)
        body = "\n".join(_join(parts))
        tail = []
        if "[^1]" in body:
            tail.append(["[^1]: " + FOOTNOTE_TEXT])
        if "][nhs]" in body:
            tail.append([REFERENCE])
        return "\n".join(_join([body.split("\n"), *tail])) + "\n"


@st.composite
def documents(draw: st.DrawFn, max_blocks: int = 8) -> Document:
    front = tuple(draw(front_matter())) if draw(st.booleans()) else ()
    title = ("# " + _capitalized(draw(words)),)  # articles open with a heading
    blocks = draw(st.lists(block(), min_size=0, max_size=max_blocks - 1))
    return Document(front, (title, *(tuple(b) for b in blocks)))


# -- edits an author makes between two runs ------------------------------------

EDITS = ("drop", "reword", "insert", "duplicate", "swap", "retitle")
edit_plans = st.lists(
    st.tuples(st.sampled_from(EDITS), st.integers(0, 50), st.sampled_from(WORDS)),
    min_size=1,
    max_size=5,
)


def apply_edit(doc: Document, edit: tuple[str, int, str], new_block: tuple[str, ...]) -> Document:
    """One edit to the top-level blocks (or the title), never an invalid document."""
    action, index, word = edit
    blocks = list(doc.blocks)
    at = index % len(blocks)
    if action == "drop" and len(blocks) > 1:
        blocks.pop(at)
    elif action == "reword":
        blocks[at] = _reword(blocks[at], index, word)
    elif action == "insert":
        blocks.insert(at, new_block)
    elif action == "duplicate":
        blocks.insert(at, blocks[at])
    elif action == "swap" and len(blocks) > 1:
        other = (at + 1) % len(blocks)
        blocks[at], blocks[other] = blocks[other], blocks[at]
    elif action == "retitle" and doc.front:
        front = tuple(
            f"title: {_capitalized(word)} {line[7:]}" if line.startswith("title: ") else line
            for line in doc.front
        )
        return Document(front, doc.blocks)
    return Document(doc.front, tuple(blocks))


def _reword(lines: tuple[str, ...], index: int, word: str) -> tuple[str, ...]:
    """Replace one vocabulary word (the index-th found) with ``word``."""
    spots = [
        (n, position, old)
        for n, line in enumerate(lines)
        for old in WORDS
        for position in _find_all(line, old)
    ]
    if not spots:
        return lines
    n, position, old = sorted(spots)[index % len(spots)]
    line = lines[n]
    changed = line[:position] + word + line[position + len(old) :]
    return (*lines[:n], changed, *lines[n + 1 :])


def _find_all(line: str, word: str) -> list[int]:
    found = []
    start = line.find(word)
    while start >= 0:
        before = line[start - 1 : start]
        after = line[start + len(word) : start + len(word) + 1]
        if not before.isalpha() and not after.isalpha():
            found.append(start)
        start = line.find(word, start + 1)
    return found


# -- comparing rendered HTML, and the stress document (from the fidelity tests) --


def normalized(html: str) -> str:
    parts = re.split(r"(<pre[\s\S]*?</pre>)", html)
    return "".join(p if p.startswith("<pre") else re.sub(r"\s+", " ", p) for p in parts).strip()


_TAG = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)")


def pseudo(seg: Segment, language: str = "en-XA") -> str:
    """The shipped pseudo-translation (painl10n pseudo), plain text in front matter."""
    return pseudo_translate(seg.msgid, language, markdown=seg.style is not Style.YAML)


def structure(html: str) -> list[str]:
    return _TAG.findall(html)


STRESS = """\
---
title: A title
description: "A description: with a colon"
---

# Heading *one*

Setext heading
--------------

A paragraph with **bold**, *emphasis*, `code`, a [link](https://example.org/a-b "Title"),
an image ![alt text](img.png), a hard break\x20\x20
and a backslash break\\
and an autolink <https://example.org>.

> A quote that spans
> two lines.
>
> - a list in a quote
>   with a lazy line

1. First item

   Second paragraph of the first item.
2. Second item
   - nested item

| Column A | Column B \\| with pipe |
|----------|:---------------------:|
| cell one | `co\\|de` and *em*      |

Text with a footnote.[^note]

[^note]: The footnote text
    continues here.

![A standalone image](picture.png "Picture title")

[ref]: https://example.org "Reference title"

```python
code_is_not_translated = True
```

<div class="raw">Raw HTML block</div>
"""
