"""The sentences check: a sentence of the source missing from the translation.

Source and translation are split by a real multilingual splitter
(:func:`painl10n.text.sentences.sentences`: sentencex, Markdown syntax, code
and URLs removed first). A translator may split a long sentence in two (more
sentences: never reported) or join two short ones with "; " or "y" (fewer
sentences, but the content is all there). So fewer sentences alone is not
enough; the translation must also be *markedly shorter*. The visible length
of the translation is compared with the expected one (source length times the
language's ratio, :data:`painl10n.checks.style.EXPECTED_RATIO`): an entry is
reported when the translation has fewer sentences than the source and

- its share of the expected length is below :data:`SHORT_SHARE`, or
- it is below :data:`ANCHORED_SHARE` and a source sentence's numbers are all
  absent from the translation (that sentence is named as the one missing).

Thresholds, as shares of the expected length. Complete translations that join
sentences keep almost all of it (0.80-1.13 on the labelled cases of
``tests/helpers/polarity_cases.py``; the shipped translations all have as
many sentences as their sources, at 0.77 or more of the length), except
German label style ("Nicht über 25 °C lagern und …", 0.68); dropping one
sentence of two or three leaves 0.34-0.66 when no number tells which, and up
to 0.88 when the dropped sentence is short. Numbers are compared as digits
(Arabic-Indic ones read as ASCII); a number written as a word on the other
side counts as absent, so the anchored rule asks for a length loss as well. A
source of fewer than :data:`MIN_SOURCE_LENGTH` visible characters is not
measured (two-word sentences vary too much). Plural entries are not checked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

import polib

from ..languages import is_pseudo, parse_language
from ..text.sentences import sentences, visible
from .base import EntryCheck, EntryContext, excerpt
from .style import DEFAULT_RATIO, EXPECTED_RATIO

SHORT_SHARE = 0.65  # fewer sentences and shorter than this: reported
ANCHORED_SHARE = 0.9  # ... or shorter than this with a source sentence's numbers gone
MIN_SOURCE_LENGTH = 40  # visible characters
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def run(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    """One message per entry whose translation lacks a sentence of its source."""
    target_language = _bare(ctx.language)
    if not entry.msgstr or entry.msgid_plural or target_language is None:
        return
    source = sentences(entry.msgid, _bare(ctx.source_language) or "en")
    target = sentences(entry.msgstr, target_language)
    if len(target) >= len(source):
        return
    source_length = _length(entry.msgid)
    if source_length < MIN_SOURCE_LENGTH:
        return
    locale = parse_language(ctx.language)
    ratio = EXPECTED_RATIO.get(str(locale), EXPECTED_RATIO.get(locale.language, DEFAULT_RATIO))
    expected = source_length * ratio
    share = _length(entry.msgstr) / expected
    missing = _unanchored(source, entry.msgstr)
    if share >= SHORT_SHARE and not (missing and share < ANCHORED_SHARE):
        return
    named = f"; its numbers gone from: “{excerpt(missing)}”" if missing else ""
    yield (
        f"a sentence may be missing: {len(target)} sentences for the source's "
        f"{len(source)}, at {share:.0%} of the expected length{named}"
    )


@cache
def _bare(code: str) -> str | None:
    """The language of ``code`` for the splitter; None for a pseudo-locale (not checked)."""
    return None if is_pseudo(code) else parse_language(code).language


def _length(text: str) -> int:
    """Visible characters, without combining marks (harakat) or format marks."""
    return sum(unicodedata.category(c) not in ("Mn", "Me", "Cf") for c in visible(text))


def _unanchored(source: tuple[str, ...], target: str) -> str:
    """The first source sentence whose numbers all are absent from the translation."""
    target_numbers = {_digits(n) for n in _NUMBER.findall(_western(target))}
    for sentence in source:
        numbers = {_digits(n) for n in _NUMBER.findall(sentence)}
        if numbers and not numbers & target_numbers:
            return sentence
    return ""


def _western(text: str) -> str:
    """Arabic-Indic and Persian digits as ASCII ones, for comparing numbers."""
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)


def _digits(number: str) -> str:
    return "".join(c for c in number if c.isdigit())


CHECKS: list[EntryCheck] = [
    EntryCheck(
        "sentences",
        "error",
        "The translation has fewer sentences than the source (split by sentencex, Markdown "
        "removed) and is markedly shorter than expected: a sentence is missing.",
        run,
    ),
]
