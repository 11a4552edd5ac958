"""Checks over catalogs: each family in its own module, run by :mod:`.runner`."""
