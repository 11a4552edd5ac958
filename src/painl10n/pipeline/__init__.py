"""The steps over a project on disk: extract, update, build, compile, pseudo, check.

Each step is locked (one run per project at a time), reads and validates
every input first, stages what it writes, and puts everything in place
together or not at all. The transforms it runs live in the stage packages
(:mod:`painl10n.sources`, :mod:`painl10n.catalogs`, :mod:`painl10n.localize`,
:mod:`painl10n.site.pages`, :mod:`painl10n.checks`).
"""
