"""The texts one key path names in an article's front matter, read from it alone.

For a step that needs one value of a front matter that is not a message (a
page's absolute ``url:``), without segmenting the whole article again.
"""

from __future__ import annotations

import re

from . import frontmatter
from .front_matter_formats import read_block, split_front_matter
from .front_matter_paths import field_segments
from .markdown import front_matter_token
from .model import Segment, Style

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def front_matter_texts(text: str, path: str, formats: tuple[str, ...], ref: str) -> list[Segment]:
    """The texts ``path`` names (with their spans and styles), in document order.

    A value on the way that is not what the path says is an error, as for
    ``front_matter_fields``.
    """
    starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]
    block = split_front_matter(text, formats, ref)
    if block is not None:
        _, tree = read_block(text, block, starts, ref)
        style = Style.TOML if block.format == "toml" else Style.JSON
        return field_segments(tree, (path,), ref=ref, language=block.format.upper(), style=style)
    token = front_matter_token(text)
    if token is None:
        return []
    _, found = frontmatter.segments(token, starts, ref=ref, fields=(path,))
    return found
