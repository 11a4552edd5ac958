"""Terms inside closed compounds (German, Dutch): ``Ketamintherapie``, ``Hirnregionen``.

A compound is cut in two at every point that leaves both sides long enough:
a term may be the *head* (the end, inflected: ``Finger|gelenke``) or the
*modifier* (the start, in its stem form, perhaps with a linking element:
``Abhängigkeit|s|risiko``, ``Medikament|en|dosis``). The other side must be
a word the language's dictionary knows, or a term itself, so letters that
merely spell a term (``gelenk|ig``, ``Operation|alisierung``) are not one.
Terms in the middle of three-part compounds are not looked for.

The cut is driven by the termbase, not by a statistical splitter: splitters
trained on newspapers (compound-split, german-nouns) take seconds and
hundreds of megabytes to load, and still need our dictionary to tell a term
from a look-alike; here a word costs a few set look-ups unless one of its
ends begins like a term.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

# Linking elements (Fugenelemente), longest first; "" is the bare stem.
_LINKS: dict[str, tuple[str, ...]] = {
    "de": ("ens", "es", "en", "er", "s", "n", "e", ""),
    "nl": ("en", "s", "e", ""),
}
# Endings that make a derivation, not a compound: schmerz|haft, organ|isch, Organ|ismus.
_GERMAN_SUFFIXES = (
    "haft haftig isch ische ischen ischer isches ismus ist isten istin lich liche lichen "
    "licher liches ig ige igen iger iges bar bare baren sam los lose losen artig mäßig "
    "weise ung ungen heit keit schaft tum ität ation ieren iert ierte ierung"
)
_DUTCH_SUFFIXES = "achtig baar heid ig isch lijk loos schap isme ist ing"
_SUFFIXES = {"de": frozenset(_GERMAN_SUFFIXES.split()), "nl": frozenset(_DUTCH_SUFFIXES.split())}
MIN_TERM = 4  # letters of the part that is a term
MIN_REST = 3  # letters of the other part
MAX_WORD = 64  # longer "words" (hostile input, gene sequences) are not cut

P = TypeVar("P")


def linking_elements(code: str | None) -> tuple[str, ...] | None:
    """The linking elements of a compounding language (ISO 639-1), else None."""
    return _LINKS.get(code or "")


def derivational(code: str | None) -> frozenset[str]:
    """Endings of the language that derive a word rather than join one."""
    return _SUFFIXES.get(code or "", frozenset())


def bases(modifier: str, links: tuple[str, ...], shortest: int = MIN_TERM) -> list[tuple[str, int]]:
    """A modifier without each linking element it may end with: (base, its length)."""
    return [
        (modifier[: len(modifier) - len(link)], len(modifier) - len(link))
        for link in links
        if modifier.endswith(link) and len(modifier) - len(link) >= shortest
    ]


def parts(
    key: str,
    links: tuple[str, ...],
    modifiers: Callable[[str], Sequence[P]],
    heads: Callable[[str], Sequence[P]],
    known: Callable[[str], bool],
    suffixes: frozenset[str] = frozenset(),
) -> list[tuple[P, int, int]]:
    """Terms found as the head or modifier of ``key`` (casefolded): (term, start, end).

    ``modifiers`` gives the terms a bare modifier is (exact forms), ``heads``
    those an inflected head is, ``known`` whether a part is a word; a rest
    among ``suffixes`` makes a derivation.
    """
    found: list[tuple[P, int, int]] = []
    if len(key) > MAX_WORD:
        return found
    for cut in range(MIN_REST, len(key) - MIN_REST + 1):
        left, right = key[:cut], key[cut:]
        as_head = heads(right) if len(right) >= MIN_TERM else ()
        as_modifier = [(term, end) for base, end in bases(left, links) for term in modifiers(base)]
        if as_head and (
            as_modifier or any(known(base) for base, _ in bases(left, links, MIN_REST))
        ):
            found.extend((term, cut, len(key)) for term in as_head)
        if as_modifier and (as_head or (right not in suffixes and known(right))):
            found.extend((term, 0, end) for term, end in as_modifier)
    return found
