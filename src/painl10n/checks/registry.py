"""Every check, listed once: the entry checks the examiner runs, and the ones it makes itself.

The docs page ``docs/checks.md`` is generated from this list
(:func:`checks_markdown`; ``painl10n check --list-checks --format markdown``),
and a test fails when the page is stale. A new check is added here, in its
family's module, and nowhere else.
"""

from __future__ import annotations

from . import (
    consistency,
    dialect,
    hidden,
    markup,
    negation,
    numbers,
    orphans,
    sentences,
    style,
    syntax,
    terminology,
)
from .base import CatalogCheck, EntryCheck
from .dose_style import CHECKS as DOSE_STYLE_CHECKS

ENTRY_CHECKS: tuple[EntryCheck, ...] = (
    *terminology.CHECKS,
    *numbers.CHECKS,
    *negation.CHECKS,
    *sentences.CHECKS,
    *DOSE_STYLE_CHECKS,
    *hidden.CHECKS,
    *markup.CHECKS,
    *dialect.CHECKS,
    *style.CHECKS,
)
CHECKS: tuple[CatalogCheck | EntryCheck, ...] = (
    *syntax.CHECKS,
    orphans.CHECK,
    consistency.CHECK,
    *ENTRY_CHECKS,
)


def check_descriptions() -> list[tuple[str, str, str]]:
    """(id, severity, description) of every check, for docs and --help."""
    return [(check.id, check.severity, check.description) for check in CHECKS]


def checks_markdown() -> str:
    """``docs/checks.md``: every check with its id, severity, scope and description."""
    lines = [
        "# Checks",
        "",
        "<!-- Generated from painl10n.checks.registry by "
        "`painl10n check --list-checks --format markdown`; do not edit. -->",
        "",
        "`painl10n check` runs every check below over every catalog. An entry check",
        "looks at one translated, reviewed entry; a catalog check at a whole catalog;",
        "a language check at every catalog of one language. Silence one entry check",
        "on one entry with a translator comment `# painl10n-ignore: <id>, <id>`",
        "(see [the translators' guide](translators.md)); `syntax` cannot be silenced.",
        "",
        "| id | severity | scope | what it reports |",
        "|---|---|---|---|",
    ]
    for check in CHECKS:
        text = check.description.replace("|", "\\|")
        lines.append(f"| `{check.id}` | {check.severity} | {check.scope} | {text} |")
    return "\n".join(lines) + "\n"
