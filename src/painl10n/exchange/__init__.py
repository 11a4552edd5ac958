"""Work coming from and going to other tools: XLIFF, TMX, aligned translations, termbases.

``xliff`` exports and imports XLIFF 2.0 for CAT tools; ``tm_files`` imports
and exports translation memories (PO, TMX); ``align`` and ``seed`` take
translations from articles already translated outside painl10n; ``termbase``
imports and exports the glossary (TBX, CSV).
"""
