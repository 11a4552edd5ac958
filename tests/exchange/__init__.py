"""Tests of painl10n.exchange."""
