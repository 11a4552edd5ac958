"""Stage 4: localized Markdown → painl10n's own HTML pages, for publishers without a generator.

``render`` turns Markdown into sanitized HTML; ``links`` leads article links
to the page in the reader's language; ``a11y`` makes headings and tables
accessible; ``pages`` fills the page templates; ``chrome`` holds the words of
the site's interface in every shipped language; ``templating`` is the one
jinja2 environment (pages, the status report and its badges).
"""
