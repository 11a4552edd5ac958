"""Tests of painl10n.pipeline."""
