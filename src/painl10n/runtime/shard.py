"""``--shard K/N``: a deterministic share of the articles for one CI job.

An article belongs to shard ``crc32(name) % N + 1``, where ``name`` is its
slug: for ``check`` the catalog's name, for ``build`` the slug its file name
gives (``a/b.md`` → ``a-b``; ``build`` chooses before it reads the article,
so a ``slug:`` in the front matter does not count). A hash rather than a
position in the sorted list keeps every other article in its shard when one
is added or removed, so per-shard caches stay warm; for hundreds of articles
the shares are even to a few percent. The N shards are disjoint and
together cover every article.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from ..errors import Painl10nError

_SPEC = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
T = TypeVar("T")


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` (1-based) of ``count``."""

    index: int
    count: int

    @classmethod
    def parse(cls, spec: str) -> Shard:
        """``"2/4"`` → Shard(2, 4); a clear error for anything else."""
        match = _SPEC.match(spec)
        if match is None:
            raise Painl10nError(f"invalid shard {spec!r}", hint="write K/N, e.g. --shard 1/4")
        index, count = int(match[1]), int(match[2])
        if not 1 <= index <= count:
            raise Painl10nError(
                f"invalid shard {spec!r}: K must be between 1 and N", hint="e.g. --shard 1/4"
            )
        return cls(index, count)

    def holds(self, name: str) -> bool:
        return zlib.crc32(name.encode("utf-8")) % self.count + 1 == self.index

    def select(self, items: Iterable[T], name: Callable[[T], str]) -> list[T]:
        """The items of this shard, in their original order."""
        return [item for item in items if self.holds(name(item))]

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"
