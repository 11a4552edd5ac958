"""painl10n: Markdown medical articles ⇄ gettext catalogs ⇄ localized sites.

The command line is a thin shell over this library::

    from painl10n import Project, build

    result = build(Project.load("path/to/site"), ["es"])

The names below are the public API (``docs/library.md``). They are imported
on first use, so ``import painl10n.po`` loads the PO reader and writer alone,
not the pipeline with its templates, sanitizer and CLDR data.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .catalogs.merge import MergeStats, merge
    from .checks.base import Finding
    from .checks.model import Report
    from .config import Settings, load_settings
    from .errors import Painl10nError, Painl10nErrors, PoSyntaxError
    from .localize.assemble import assemble
    from .localize.translations import ArticleOutcome
    from .pipeline.build import BuildResult, build
    from .pipeline.check import run_checks
    from .pipeline.compile import CompileResult, compile_catalogs
    from .pipeline.extract import ExtractedArticle, ExtractResult, extract
    from .pipeline.pseudo import write_pseudo_catalogs
    from .pipeline.update import UpdateResult, update
    from .po import read_po, read_po_file, write_po
    from .project import Project
    from .reports.stats import Stats, collect_stats
    from .runtime.progress import Progress
    from .runtime.shard import Shard
    from .runtime.staging import FileChanges
    from .site.render import render_body, render_markdown
    from .sources.model import Article, Segment
    from .sources.segment import segment_article

# Public name -> the module that defines it.
_EXPORTS: dict[str, str] = {
    # the project and its settings
    "Project": "painl10n.project",
    "Settings": "painl10n.config",
    "load_settings": "painl10n.config",
    # the steps, each (project, languages=None, *, progress, jobs, shard) where they apply
    "extract": "painl10n.pipeline.extract",
    "update": "painl10n.pipeline.update",
    "build": "painl10n.pipeline.build",
    "compile_catalogs": "painl10n.pipeline.compile",
    "write_pseudo_catalogs": "painl10n.pipeline.pseudo",
    "run_checks": "painl10n.pipeline.check",
    "collect_stats": "painl10n.reports.stats",
    # what they return
    "ExtractResult": "painl10n.pipeline.extract",
    "ExtractedArticle": "painl10n.pipeline.extract",
    "UpdateResult": "painl10n.pipeline.update",
    "BuildResult": "painl10n.pipeline.build",
    "ArticleOutcome": "painl10n.localize.translations",
    "CompileResult": "painl10n.pipeline.compile",
    "FileChanges": "painl10n.runtime.staging",
    "MergeStats": "painl10n.catalogs.merge",
    "Report": "painl10n.checks.model",
    "Finding": "painl10n.checks.base",
    "Stats": "painl10n.reports.stats",
    # what they take
    "Progress": "painl10n.runtime.progress",
    "Shard": "painl10n.runtime.shard",
    # errors
    "Painl10nError": "painl10n.errors",
    "Painl10nErrors": "painl10n.errors",
    "PoSyntaxError": "painl10n.errors",
    # the transforms, on text in memory
    "Article": "painl10n.sources.model",
    "Segment": "painl10n.sources.model",
    "segment_article": "painl10n.sources.segment",
    "merge": "painl10n.catalogs.merge",
    "assemble": "painl10n.localize.assemble",
    "render_markdown": "painl10n.site.render",
    "render_body": "painl10n.site.render",
    "read_po": "painl10n.po",
    "read_po_file": "painl10n.po",
    "write_po": "painl10n.po",
}

__all__ = [
    "Article",
    "ArticleOutcome",
    "BuildResult",
    "CompileResult",
    "ExtractResult",
    "ExtractedArticle",
    "FileChanges",
    "Finding",
    "MergeStats",
    "Painl10nError",
    "Painl10nErrors",
    "PoSyntaxError",
    "Progress",
    "Project",
    "Report",
    "Segment",
    "Settings",
    "Shard",
    "Stats",
    "UpdateResult",
    "__version__",
    "assemble",
    "build",
    "collect_stats",
    "compile_catalogs",
    "extract",
    "load_settings",
    "merge",
    "read_po",
    "read_po_file",
    "render_body",
    "render_markdown",
    "run_checks",
    "segment_article",
    "update",
    "write_po",
    "write_pseudo_catalogs",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use (PEP 562)."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'painl10n' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
