"""painl10n: Markdown medical articles ⇄ gettext catalogs ⇄ localized sites.

The command line is a thin shell over this library::

    from painl10n import Project, build

    result = build(Project.load("path/to/site"), ["es"])
"""

from ._version import __version__
from .catalogs.merge import MergeStats, merge
from .config import Settings, load_settings
from .errors import Painl10nError, PoSyntaxError
from .localize.assemble import assemble
from .pipeline.build import BuildResult, build
from .pipeline.compile import compile_catalogs
from .pipeline.extract import ExtractedArticle, extract
from .pipeline.update import update
from .po import read_po, read_po_file, write_po
from .project import Project
from .site.render import render_body, render_markdown
from .sources.model import Article, Segment
from .sources.segment import segment_article

__all__ = [
    "Article",
    "BuildResult",
    "ExtractedArticle",
    "MergeStats",
    "Painl10nError",
    "PoSyntaxError",
    "Project",
    "Segment",
    "Settings",
    "__version__",
    "assemble",
    "build",
    "compile_catalogs",
    "extract",
    "load_settings",
    "merge",
    "read_po",
    "read_po_file",
    "render_body",
    "render_markdown",
    "segment_article",
    "update",
    "write_po",
]
