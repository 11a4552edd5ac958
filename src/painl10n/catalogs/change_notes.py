# ruff: noqa: RUF001, RUF002  (quotes and dashes are the subject here)
"""What changed in a source string, word by word, for the reviewer of a fuzzy entry.

``update`` writes the result as one extracted comment on each fuzzy entry,
derived afresh from the entry's previous msgid (``#|``) on every run::

    #. changed: three → six; +not
    #. CRITICAL (number, negation) changed: three → six; +not

Format. ``changed:`` then the changes in the order of the new text, joined
by ``"; "``: ``old → new`` (replaced), ``+new`` (inserted), ``-old``
(deleted), ``moved: words`` (the same words elsewhere). Each side is the
stretch of the msgid as written (Markdown included, white space collapsed);
a side that holds ``;``, ``→`` or ``\\``, or starts with ``+``, a dash or
``“``, is put in “…”. A side longer than 50 characters is shortened in the
middle (whole words kept); after 160 characters of changes the rest is
counted (``… 3 more``).

Tokens are URLs, numbers (``1,5``, ``2nd``), words (``don't`` is one) and
runs of one punctuation mark (``**``, ``...``); white space is not a token.
Tokens are compared after the typographic normalization of
:mod:`painl10n.catalogs.typography`, so a change of quote or dash style is never
listed. Letter case is ignored to find what stayed and what moved; a case
change in place is then listed as a replacement (``Pain → pain``).

Critical classes, named in the order below, when a changed token (either
side of any change, moves included) is:

- **number**: a token with a digit (not in a URL); a number word of the
  source language (cardinals 0–20, tens, hundred, thousand, million, billion
  and ordinals 1–20, from num2words; English also *half, once, twice,
  thrice, single, double, triple, dozen, quarter*); a sign or comparison
  (dash, minus, ``+ ± < > ≤ ≥ ~ ≈ =``) written right before a digit;
- **unit**: a unit word or symbol of the source language (CLDR's, through
  :func:`painl10n.text.quantities.unit_word`: ``mg``, ``ml``, ``%``,
  ``hours``, ``weekly`` …), or when the units of the numbers read by the
  ``numbers`` check differ between the two texts (``5 g`` → ``5 d``);
- **negation**: a negation word of the source language (English *not, no,
  never, without, none, nothing, nobody, nowhere, neither, nor, cannot, non*
  and any *…n't*; the Spanish, French, German and Arabic lists of
  :data:`painl10n.text.negation.NEGATION_WORDS`, shared with the ``negation``
  check), or an English word replaced by itself with ``un``/``non`` in front
  (*safe* → *unsafe*).

Not critical: other words (``therapy`` → ``therapies``), punctuation that is
not a sign before a digit (``3 mg`` → ``3 mg.``), Markdown markers, case.
Other source languages get numbers and units; negation is known for en, es,
fr, de and ar only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import Literal

from num2words import num2words  # type: ignore[import-untyped]

from ..languages import parse_language
from ..text.negation import NEGATING_PREFIXES, is_negation_word
from ..text.quantities import quantities, unit_word
from .typography import normalize_text

PREFIX = "changed: "
CRITICAL = "CRITICAL"
CLASSES = ("number", "unit", "negation")

_TOKEN = re.compile(
    r"(?P<url>(?:https?|ftp|mailto):[^\s<>()\[\]]+)"
    r"|\d+(?:[.,]\d+)*[^\W_]*"
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"
    r"|([^\w\s]|_)\2*"
)
_SIGNS = frozenset("+±<>≤≥~≈=") | {normalize_text("-")}
_QUOTE_WHEN = re.compile("[;→\\\\]|^[-+“\u2010-\u2015\u2212]")
_SIDE_MAX = 50
_BODY_MAX = 160


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MULTIPLIERS = {"en": _words("half once twice thrice single double triple dozen quarter")}


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    key: str  # typography-normalized, for comparison
    url: bool


@dataclass(frozen=True)
class Change:
    """One difference between the previous and the current source text."""

    kind: Literal["replace", "case", "insert", "delete", "move"]
    old: str
    new: str
    old_tokens: tuple[_Token, ...] = ()
    new_tokens: tuple[_Token, ...] = ()

    def shown(self) -> str:
        old, new = _side(self.old), _side(self.new)
        if self.kind in ("replace", "case"):
            return f"{old} → {new}"
        if self.kind == "insert":
            return f"+{new}"
        if self.kind == "delete":
            return f"-{old}"
        return f"moved: {new}"


@lru_cache(maxsize=4096)
def change_note(previous: str, current: str, source_language: str) -> str | None:
    """The reviewer's comment line for an edit, or None when no token changed.

    Remembered: every language's catalog notes the same source edit, and an
    update or build merges them one after another in the same process.
    """
    changes = diff(previous, current)
    if not changes:
        return None
    classes = critical_classes(changes, previous, current, source_language)
    head = f"{CRITICAL} ({', '.join(classes)}) {PREFIX}" if classes else PREFIX
    return head + _body(changes)


def diff(previous: str, current: str) -> list[Change]:
    """Token changes from ``previous`` to ``current``, in the order of ``current``."""
    old, new = _tokens(previous), _tokens(current)
    matcher = SequenceMatcher(
        None, [t.key.casefold() for t in old], [t.key.casefold() for t in new], autojunk=False
    )
    changes: list[tuple[int, Change]] = []
    deleted: list[tuple[int, tuple[_Token, ...]]] = []
    inserted: list[tuple[int, tuple[_Token, ...]]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        was, now = tuple(old[i1:i2]), tuple(new[j1:j2])
        if tag == "equal":
            changes.extend(_case_changes(was, now, previous, current, j1))
        elif tag == "replace":
            change = Change("replace", _span(previous, was), _span(current, now), was, now)
            changes.append((j1, change))
        elif tag == "delete":
            deleted.append((j1, was))
        else:
            inserted.append((j1, now))
    for position, was in deleted:
        partner = next((i for i in inserted if _same_words(i[1], was)), None)
        if partner is None:
            changes.append((position, Change("delete", _span(previous, was), "", was)))
            continue
        inserted.remove(partner)
        now = partner[1]
        changes.append(
            (partner[0], Change("move", _span(previous, was), _span(current, now), was, now))
        )
    for position, now in inserted:
        changes.append((position, Change("insert", "", _span(current, now), (), now)))
    changes.sort(key=lambda item: item[0])  # stable: a deletion before an insertion
    return [change for _, change in changes]


def critical_classes(
    changes: list[Change], previous: str, current: str, source_language: str
) -> list[str]:
    """Which of number, unit, negation the changes touch, in that order."""
    language = parse_language(source_language).language
    found: set[str] = set()
    for change in changes:
        if change.kind == "case":
            continue  # the same words
        if change.kind == "replace" and _negating_prefix(change, language):
            found.add("negation")
        for side, tokens in ((previous, change.old_tokens), (current, change.new_tokens)):
            for token in tokens:
                found.update(_classes(token, side, language, source_language))
    if "unit" not in found and _units_differ(previous, current, source_language):
        found.add("unit")
    return [name for name in CLASSES if name in found]


# --- tokens -----------------------------------------------------------------


def _tokens(text: str) -> list[_Token]:
    found: list[_Token] = []
    for match in _TOKEN.finditer(text):
        word = match[0]
        after_digit = match.start() > 0 and text[match.start() - 1].isdigit()
        # A mark right after a digit keeps its feet/inches reading (see typography).
        if word.isalnum():
            key = word
        else:
            key = normalize_text("0" + word)[1:] if after_digit else normalize_text(word)
        found.append(_Token(word, match.start(), match.end(), key, match["url"] is not None))
    return found


def _span(text: str, tokens: tuple[_Token, ...]) -> str:
    return " ".join(text[tokens[0].start : tokens[-1].end].split()) if tokens else ""


def _same_words(a: tuple[_Token, ...], b: tuple[_Token, ...]) -> bool:
    return [t.key.casefold() for t in a] == [t.key.casefold() for t in b]


def _case_changes(
    was: tuple[_Token, ...], now: tuple[_Token, ...], previous: str, current: str, first: int
) -> list[tuple[int, Change]]:
    """Tokens equal but for letter case, grouped into runs."""
    changes: list[tuple[int, Change]] = []
    run: list[int] = []
    for index in [*range(len(was)), len(was)]:
        differs = index < len(was) and was[index].key != now[index].key
        if differs:
            run.append(index)
            continue
        if run:
            a, b = was[run[0] : run[-1] + 1], now[run[0] : run[-1] + 1]
            changes.append(
                (first + run[0], Change("case", _span(previous, a), _span(current, b), a, b))
            )
            run = []
    return changes


# --- format -----------------------------------------------------------------


def _side(text: str) -> str:
    if len(text) > _SIDE_MAX:
        half = (_SIDE_MAX - 3) // 2
        head, tail = text[:half], text[-half:]
        if " " in head.strip():
            head = head.rsplit(" ", 1)[0]
        if " " in tail.strip():
            tail = tail.split(" ", 1)[1]
        text = f"{head.strip()} … {tail.strip()}"
    return f"“{text}”" if _QUOTE_WHEN.search(text) else text


def _body(changes: list[Change]) -> str:
    shown: list[str] = []
    length = 0
    for change in changes:
        item = change.shown()
        if shown and length + len(item) > _BODY_MAX:
            break
        shown.append(item)
        length += len(item) + 2
    rest = len(changes) - len(shown)
    return "; ".join(shown) + (f"; … {rest} more" if rest else "")


# --- critical classes -------------------------------------------------------


def _classes(token: _Token, text: str, language: str, source_language: str) -> set[str]:
    if token.url:
        return set()
    word = token.text.casefold()
    found: set[str] = set()
    signed = token.key in _SIGNS and text[token.end : token.end + 1].isdigit()
    if signed or any(char.isdigit() for char in word) or word in _number_words(language):
        found.add("number")
    if unit_word(token.text, source_language) is not None:
        found.add("unit")
    if is_negation_word(word, language):
        found.add("negation")
    return found


def _negating_prefix(change: Change, language: str) -> bool:
    """``safe`` → ``unsafe`` (or back): one word, negated by a prefix."""
    if len(change.old_tokens) != 1 or len(change.new_tokens) != 1:
        return False
    a, b = change.old.casefold(), change.new.casefold()
    shorter, longer = sorted((a, b), key=len)
    return any(longer == prefix + shorter for prefix in NEGATING_PREFIXES.get(language, ()))


@cache
def _number_words(language: str) -> frozenset[str]:
    """Cardinal and ordinal number words of a language, from num2words."""
    numbers = [*range(21), *range(30, 100, 10), 100, 1000, 10**6, 10**9]
    words: set[str] = set(_MULTIPLIERS.get(language, frozenset()))
    for to, values in (("cardinal", numbers), ("ordinal", range(1, 21))):
        for value in values:
            try:
                written = num2words(value, lang=language, to=to)
            except (NotImplementedError, OverflowError, KeyError, TypeError):
                continue
            words.update(part.casefold() for part in re.findall(r"[^\W\d_]+", str(written)))
    return frozenset(words - _CONNECTORS)


_CONNECTORS = frozenset({"and", "y", "et", "und", "e", "و"})  # "one hundred and one"


def _units_differ(previous: str, current: str, source_language: str) -> bool:
    if not any(char.isdigit() for char in previous + current):
        return False  # no number, no quantity: spare the parse
    return _units_of(previous, source_language) != _units_of(current, source_language)


def _units_of(text: str, source_language: str) -> Counter[str]:
    """The units of the numbers the ``numbers`` check reads in ``text``."""
    return Counter(q.unit for q in quantities(text, source_language) if q.unit is not None)
