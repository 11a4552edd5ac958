"""Robustness: hostile input, crashes, concurrency, fuzzed readers."""
