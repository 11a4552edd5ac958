"""Tests of painl10n.cli."""
