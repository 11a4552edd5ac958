"""Translation memory: units, the index that suggests, the notes a suggestion leaves.

It knows catalogs and units, never a project: which catalogs and memories a
language has on disk is :mod:`painl10n.pipeline.prefill`'s business.
"""
