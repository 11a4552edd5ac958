"""Tests of painl10n.text."""
