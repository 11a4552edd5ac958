"""Review: which entries await a reviewer's sign-off, which entry a reference names,
the ledger of signed texts, and what a reviewer who does not use a PO editor
reads and marks (the bilingual review pack and its sheet). Pure: the steps
over a project on disk are in :mod:`painl10n.pipeline.review`,
:mod:`painl10n.pipeline.review_pack` and :mod:`painl10n.pipeline.review_import`;
the sign-off itself in :mod:`painl10n.catalogs.signoff`.
"""
