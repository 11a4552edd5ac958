"""Tests of painl10n.checks."""
