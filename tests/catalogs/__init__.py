"""Tests of painl10n.catalogs."""
