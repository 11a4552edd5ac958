"""Tests of painl10n.terms."""
