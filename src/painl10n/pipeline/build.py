"""``painl10n build``: what is stale is extracted and updated, then the localized site written.

Articles whose inputs are unchanged since the last build are skipped
(:mod:`painl10n.pipeline.incremental`); ``jobs`` > 1 spreads the others over
processes; ``shard`` builds only one share of the articles.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..project import Project
from ..runtime.lock import locked
from ..runtime.progress import Progress
from ..runtime.shard import Shard
from .gate import GateRefused
from .incremental import BuildResult, build_site

__all__ = ["BuildResult", "GateRefused", "build"]


@locked
def build(
    project: Project,
    languages: Sequence[str] | None = None,
    *,
    progress: Progress | None = None,
    jobs: int = 1,
    shard: Shard | None = None,
    keep_going: bool = False,
    strict: bool = False,
) -> BuildResult:
    """Extract and update what is stale, then write the localized site.

    Articles whose inputs are unchanged since the last build are skipped
    (see :mod:`painl10n.pipeline.incremental`); ``jobs`` > 1 spreads the others over
    processes; ``shard`` builds only one share of the articles. An article that
    cannot be built stops the build before anything is written, every refused file
    named (:class:`~painl10n.errors.Painl10nErrors`); with ``keep_going`` the others
    are built and the refused ones listed in ``BuildResult.refused``.

    The publishing gate (:mod:`painl10n.pipeline.gate`) holds back every translation
    that ``check`` reports as an error: it falls back to the source text, and the
    outcomes name it. ``strict`` (or the ``strict_build`` setting) refuses the build
    instead, nothing written (:class:`~painl10n.pipeline.gate.GateRefused`).
    """
    chosen = project.select_languages(languages)
    return build_site(
        project,
        chosen,
        jobs=jobs,
        shard=shard,
        progress=progress,
        keep_going=keep_going,
        strict=strict,
    )
