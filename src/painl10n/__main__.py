"""``python -m painl10n`` runs the command line."""

from .cli import main

main()
