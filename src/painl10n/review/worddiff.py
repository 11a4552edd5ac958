"""A word diff between the text a reviewer signed off and the text now.

Words, numbers and the spaces and punctuation between them are the tokens
(:mod:`difflib` over them), so ``100-200 mg`` → ``100-250 mg`` shows the one
number that changed, not the whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from ..text.visible import visible

# A word (letters, digits, marks; joined by hyphens or apostrophes), a run of
# white space, or any other single character.
_TOKEN = re.compile(r"\s+|[^\W_](?:[\w\u00ad\u200c\u200d]|['\u2019\-](?=[^\W_]))*|.", re.DOTALL)

Op = Literal["same", "deleted", "inserted"]


@dataclass(frozen=True)
class Change:
    op: Op
    text: str


def word_diff(old: str, new: str) -> list[Change]:
    """The changes that turn ``old`` into ``new``: runs of kept, deleted and inserted text,
    hidden characters shown as escapes (:func:`~painl10n.text.visible.visible`)."""
    before, after = _TOKEN.findall(old), _TOKEN.findall(new)
    changes: list[Change] = []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _add(changes, "same", "".join(before[i1:i2]))
            continue
        _add(changes, "deleted", "".join(before[i1:i2]))
        _add(changes, "inserted", "".join(after[j1:j2]))
    return changes


def _add(changes: list[Change], op: Op, text: str) -> None:
    if not text:
        return
    text = visible(text)
    if changes and changes[-1].op == op:
        changes[-1] = Change(op, changes[-1].text + text)
    else:
        changes.append(Change(op, text))
