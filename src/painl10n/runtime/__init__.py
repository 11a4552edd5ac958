"""Process and file mechanics every stage leans on, and none of the pipeline's logic.

Atomic writes and staging (all-or-nothing commits), the project lock, the
cache folder, worker pools, progress callbacks, CI shards, the garbage
collector's policy and XML safety. Nothing here knows Markdown or gettext.
"""
