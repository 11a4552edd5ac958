"""Text analysis shared by several stages: prose, words, quantities, pseudo-text.

Kept below the stages so that, say, the merge stage's change notes and the
numbers check read doses with the same parser, and neither imports the other.
"""
