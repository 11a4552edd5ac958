"""Stage 2: segments → templates (POT) and catalogs (PO), in memory.

``template`` builds an article's template; ``header`` spells the headers and
entry keys; ``read`` is how a project's catalog file is read; ``merge`` carries
old translations onto a new template (with ``similar`` finding the closest old
string and ``change_notes`` saying what changed); ``typography`` normalises
what a translator cannot see; ``pseudo`` makes pseudo-locale catalogs. Nothing
here touches the disk beyond reading one file: the pipeline writes.
"""
