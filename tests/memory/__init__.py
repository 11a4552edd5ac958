"""Tests of painl10n.memory."""
