"""Tests of painl10n.localize."""
