"""The negation check: a "do not" the translation dropped, or one it added.

Both sides are read with the lexicons of :mod:`painl10n.text.negation`, which
count *hard* cues (a negation whose loss flips the meaning: *not, never,
without, avoid, at most* …) and *soft* ones (lexical negatives such as
*unsafe*, *unless*, *up to*, Arabic *غير*, the second member of a negative
concord), which a correct translation may or may not render with a negation.

The comparison is per sentence when source and translation have as many
sentences (:func:`painl10n.text.sentences.sentences`), else over the whole
entry. A sentence is reported when

- its source has more hard cues than the translation, by more than the
  translation's soft cues (*a negation dropped*), or
- its translation has more hard cues than the source, by more than the
  source's soft cues (*a negation added*).

So "Do not drive" → "Conduzca" is reported, and so is "Take it with food" →
"Tómelo sin alimentos"; "no more than 4" → "höchstens 4", "unsafe" → "no es
seguro", "never" → "no … nunca", "unless" → "ما لم" are not. Soft cues absorb
differences: the check is built for precision, and misses a negation dropped
in a sentence that also carries a soft cue of the other side. A language
without a lexicon (and a pseudo-locale) is not checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache

import polib

from ..languages import is_pseudo, parse_language
from ..text.negation import Polarity, has_lexicon, may_negate, polarity
from ..text.sentences import sentences
from .base import EntryCheck, EntryContext, excerpt


def run(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    """One message per sentence (or entry) whose polarity differs from its source's."""
    source_language, target_language = _lexicon(ctx.source_language), _lexicon(ctx.language)
    if source_language is None or target_language is None:
        return
    for source, target in _pairs(entry):
        if not (_source_may_negate(source, source_language) or may_negate(target, target_language)):
            continue
        source_sentences = sentences(source, source_language)
        target_sentences = sentences(target, target_language)
        if len(source_sentences) == len(target_sentences) > 1:
            pairs = list(zip(source_sentences, target_sentences, strict=True))
        else:
            pairs = [(source, target)]
        for source_part, target_part in pairs:
            yield from _compare(
                polarity(source_part, source_language),
                polarity(target_part, target_language),
                source_part if len(pairs) > 1 else "",
            )


@lru_cache(maxsize=4096)
def _source_may_negate(text: str, language: str) -> bool:
    """:func:`may_negate` of a source text, remembered: the article's next language
    asks again."""
    return may_negate(text, language)


@cache
def _lexicon(code: str) -> str | None:
    """The bare language of ``code`` when it has a lexicon; None for a pseudo-locale."""
    if is_pseudo(code):
        return None
    language = parse_language(code).language
    return language if has_lexicon(language) else None


def _pairs(entry: polib.POEntry) -> list[tuple[str, str]]:
    if entry.msgid_plural:
        forms = [form for _, form in sorted(entry.msgstr_plural.items()) if form]
        return [(entry.msgid_plural, form) for form in forms]
    return [(entry.msgid, entry.msgstr)] if entry.msgstr else []


def _compare(source: Polarity, target: Polarity, sentence: str) -> Iterator[str]:
    if source == target:
        return
    where = f" in “{excerpt(sentence)}”" if sentence else ""
    dropped = len(source.hard) - len(target.hard)
    # "not … without" rendered "only with" (no "without" on that side): two cues, no drop
    if target.only and not target.withouts:
        dropped -= 2 * source.not_withouts
    if source.only and not source.withouts:
        dropped += 2 * target.not_withouts
    # "up to" on one side may render a maximum ("no more than") of the other, and
    # "remember" a "don't forget" (only where the other side has a forget-word); a soft
    # cue both sides write (forget ↔ olvidar, unless ↔ salvo) is translated, it renders
    # no negation
    shared = sum((Counter(source.paired) & Counter(target.paired)).values())
    # A limit the translation repeats for each number of a list the source's one limit
    # governs ("not for more than 3 days for fever or 5 for pain" ↔ "nicht länger als
    # 3 Tage …, nicht länger als 5 Tage"); never the other way: a limit fewer is a drop.
    repeated = max(target.limits - source.limits, 0) if source.limits else 0
    if dropped > (
        len(target.soft)
        - shared
        + min(target.soft_limits, source.limits)
        + min(source.forgets, target.remembers)
    ):
        yield (
            f"a negation dropped{where}? The source negates ({_cues(source.hard)}), "
            f"the translation has {_count(target)}"
        )
    elif -dropped > (
        len(source.soft)
        - shared
        + min(source.soft_limits, target.limits)
        + min(target.forgets, source.remembers)
        + repeated
    ):
        yield (
            f"a negation added{where}? The translation negates ({_cues(target.hard)}), "
            f"the source has {_count(source)}"
        )


def _cues(found: tuple[str, ...]) -> str:
    return ", ".join(found)


def _count(side: Polarity) -> str:
    if not side.hard:
        return "none"
    return f"fewer ({_cues(side.hard)})"


CHECKS: list[EntryCheck] = [
    EntryCheck(
        "negation",
        "error",
        "A negation (not, never, without, avoid, no more than …) of the source is missing "
        "from the translation, or the translation adds one; per sentence, with per-language "
        "lexicons (en, es, fr, de, ar) that accept equivalent forms (höchstens, sin, "
        "no es seguro for unsafe).",
        run,
    ),
]
