"""Stage 1: source Markdown → segments (what a translator sees) tied to their spans.

``model`` holds the types every later stage shares; ``discover`` finds the
articles and their slugs; ``markdown`` is every parser configuration;
``frontmatter`` and ``directives`` read what sits around the prose; ``segment``
cuts an article into segments.
"""
