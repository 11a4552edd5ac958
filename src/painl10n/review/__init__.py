"""The reviewer's side of sign-off: what a person who does not use a PO editor reads
and marks (the bilingual review pack, its sheet), as pure logic and rendering.

The steps over a project on disk (reading catalogs, writing the pack,
importing decisions) live in :mod:`painl10n.pipeline.review_pack`.
"""
