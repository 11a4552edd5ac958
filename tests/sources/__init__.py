"""Tests of painl10n.sources."""
