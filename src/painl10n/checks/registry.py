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
    review,
    sentences,
    spelling,
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
    *spelling.CHECKS,
)
CHECKS: tuple[CatalogCheck | EntryCheck, ...] = (
    *syntax.CHECKS,
    orphans.CHECK,
    review.CHECK,
    consistency.CHECK,
    *ENTRY_CHECKS,
)


# The order findings are read in (text, JSON, GitHub, the status page): what can
# hurt a patient first, then what breaks a page, then wording, then what is not
# translated yet. Ids listed here before their check exists are harmless; a check
# listed nowhere falls in "other checks", before completion.
PATIENT_SAFETY: tuple[str, ...] = (
    "numbers",
    "numbers-unit-added",
    "negation",
    "dose-style",
    "dose-readability",
    "terminology",
    "forbidden-term",
    "dnt",
    "hidden-characters",
    "dialect-syntax",
    "sentences",
)
RULE_PREFIX = "rule:"  # a custom rule's findings: rule:<its id>
FINDING_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("patient safety", PATIENT_SAFETY),
    ("custom rules", ()),  # every rule:<id>
    (
        "markup and links",
        ("syntax", "markup", "urls", "unsafe-html", "anchor-changed", "emphasis-added"),
    ),
    (
        "wording",
        ("consistency", "same-as-source", "spelling", "whitespace", "punctuation", "length"),
    ),
    ("other checks", ()),
    ("completion", ("untranslated", "fuzzy", "unreviewed", "obsolete", "orphan")),
)
_RANK = {
    check_id: (group, place)
    for group, (_, ids) in enumerate(FINDING_GROUPS)
    for place, check_id in enumerate(ids)
}
_RULES = next(i for i, (name, _) in enumerate(FINDING_GROUPS) if name == "custom rules")
_OTHER = next(i for i, (name, _) in enumerate(FINDING_GROUPS) if name == "other checks")


def check_rank(check_id: str) -> tuple[int, int]:
    """Where a check's findings come in a report: (group, place in the group).

    Rules share their place: their findings are then ordered by file and line.
    """
    if check_id.startswith(RULE_PREFIX):
        return (_RULES, 0)
    return _RANK.get(check_id, (_OTHER, 0))


def finding_group(check_id: str) -> str:
    """The name of the group a check's findings are shown under ("patient safety" …)."""
    return FINDING_GROUPS[check_rank(check_id)[0]][0]


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
        "A publisher adds checks of its own as [custom rules](rules.md) (`rule:<id>`).",
        "",
        "Findings are listed errors first, patient safety first",
        "([the order](commands/check.md#the-order-of-the-findings)).",
        "",
        "| id | severity | scope | what it reports |",
        "|---|---|---|---|",
    ]
    for check in CHECKS:
        text = check.description.replace("|", "\\|")
        lines.append(f"| `{check.id}` | {check.severity} | {check.scope} | {text} |")
    return "\n".join(lines) + "\n"
