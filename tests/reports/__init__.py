"""Tests of painl10n.reports."""
