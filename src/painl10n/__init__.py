"""painl10n: Markdown medical articles ⇄ gettext catalogs ⇄ localized sites."""

__version__ = "0.1.0"
