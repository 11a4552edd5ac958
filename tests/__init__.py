"""painl10n's tests, laid out as the package is (``tests/<package>/``)."""
