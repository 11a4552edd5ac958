"""Stage 5: catalogs → findings. Checks are data: a record with a pure function.

``registry`` lists every check once; ``examine`` runs them over one parsed
catalog; one module per family (``syntax``, ``terminology``, ``numbers``,
``markup``, ``style``, ``consistency``). Nothing here reads the disk: the
``check`` step in :mod:`painl10n.pipeline.check` does.
"""
