"""Tests of painl10n.site."""
