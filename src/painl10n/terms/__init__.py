"""The medical termbase: concepts with approved and forbidden terms per language."""
