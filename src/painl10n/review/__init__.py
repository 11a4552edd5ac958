"""Review: which entries await a reviewer's sign-off, which entry a reference names,
and the ledger of signed texts. Pure: the ``review`` steps over a project on
disk are in :mod:`painl10n.pipeline.review`; the sign-off itself in
:mod:`painl10n.catalogs.signoff`.
"""
