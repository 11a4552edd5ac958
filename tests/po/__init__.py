"""Tests of painl10n.po."""
