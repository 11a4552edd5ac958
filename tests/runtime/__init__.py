"""Tests of painl10n.runtime."""
