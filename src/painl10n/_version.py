"""The package version, in a leaf of its own.

Modules that stamp it into what they write (the catalogs' X-Generator, the
TMX header, the build cache key, ``--version``) import it from here, never
from the package root, so importing one part of painl10n loads only that part.
"""

__version__ = "0.1.0"
