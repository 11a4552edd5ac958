"""Print the stats table: rich on a terminal, plain aligned text anywhere else.

Kept apart from :mod:`painl10n.reports.stats` so the library never imports rich.
"""

from __future__ import annotations

import sys

from .reports.stats import COLUMNS, Stats, as_text, table_rows


def print_table(stats: Stats) -> None:
    """A rich table when stdout is a terminal; plain text (no ANSI codes) when piped."""
    if not sys.stdout.isatty():
        sys.stdout.write(as_text(stats))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for index, (group, name) in enumerate(COLUMNS):
        header = f"{group}\n{name}" if group else name
        table.add_column(header, justify="left" if index < 2 else "right")
    previous = ""
    for cells, total in table_rows(stats):
        if previous and cells[0] != previous:
            table.add_section()
        previous = cells[0]
        table.add_row(*cells, style="bold" if total else None)
    Console().print(table)
