"""One jinja2 environment for the package's templates: pages, status report, badges.

Autoescaping is always on: every value we render may come from a translator.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader


@cache
def environment(*, trim: bool = False) -> Environment:
    """``trim`` drops the newline after a block tag and the indent before it."""
    return Environment(
        loader=PackageLoader("painl10n", "templates"),
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=trim,
        lstrip_blocks=trim,
    )
