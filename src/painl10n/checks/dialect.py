"""The ``dialect-syntax`` check: a translation keeps its generator's inline syntax intact.

A site generator reads syntax of its own inside a sentence: Hugo shortcodes
(``{{< ref "dose.md" >}}``, ``{{% note %}}``), Liquid tags in Jekyll
(``{% link a.md %}``, ``{{ page.title }}``), MkDocs Material icons and emoji
(``:material-pill:``), arithmatex math (``$5 \\times 10$``), MDX components and
expressions in Docusaurus (``<Dose mg={5} />``, ``{props.x}``), explicit heading
ids (``{#dosage}``), Hugo's passthrough formulas (``\\(x^2\\)``). The translator
must carry them over as written: a translated shortcode name, a dropped
``{{< /tab >}}``, a broken ``%}}`` or a translated anchor break the page or its
links, and the generators build on without a word. Tokens are compared as
multisets (word order may change); the values of a shortcode's translatable
parameters (``title``, ``alt``, ``caption``) may differ. ``plain`` projects have no such syntax.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import polib

from ..text.dialect_syntax import (
    CODE_SHORTCODES,
    Delimiters,
    broken_delimiters,
    pattern,
    tokens,
    written,
)
from .base import EntryCheck, EntryContext


def run(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    """What the translation drops, adds or breaks of its source's inline syntax."""
    if pattern(ctx.generator, ctx.extensions, ctx.math, ctx.code_shortcodes) is None:
        return
    if entry.msgid_plural:
        pairs = [
            (entry.msgid if n == 0 else entry.msgid_plural, text)
            for n, text in sorted(entry.msgstr_plural.items())
        ]
    else:
        pairs = [(entry.msgid, entry.msgstr)]
    for source, translation in pairs:
        if translation:
            yield from _compare(
                source, translation, ctx.generator, ctx.extensions, ctx.math, ctx.code_shortcodes
            )
    if ctx.generator == "hugo" and _is_parameter(entry) and _backslash_added(entry):
        yield (
            "the translation has a backslash: in a shortcode parameter Hugo drops it, and "
            "one at the end stops the build; remove it"
        )


# Inside a shortcode parameter's quotes Hugo reads a backslash as an escape: it shows
# none ('a \\ b' is 'a  b'), and one before the closing quote leaves the value open
# (real builds). A translator's '\"' is a quote, which painl10n writes so itself.
_BACKSLASH = re.compile(r'\\(?!")')


def _backslash_added(entry: polib.POEntry) -> bool:
    return bool(_BACKSLASH.search(entry.msgstr)) and not _BACKSLASH.search(entry.msgid)


def _is_parameter(entry: polib.POEntry) -> bool:
    """A shortcode parameter's value ('#. shortcode figure, caption')."""
    return any(
        line.startswith("shortcode ") and ", " in line for line in entry.comment.splitlines()
    )


def _compare(
    source: str,
    translation: str,
    generator: str,
    extensions: frozenset[str],
    math: Delimiters = (),
    code: frozenset[str] = CODE_SHORTCODES,
) -> Iterator[str]:
    wanted = Counter(tokens(source, generator, extensions, math, code))
    found = Counter(tokens(translation, generator, extensions, math, code))
    source_form = written(source, generator, extensions, math, code)
    translation_form = written(translation, generator, extensions, math, code)
    dropped = [source_form[token] for token in sorted((wanted - found).elements())]
    added = [translation_form[token] for token in sorted((found - wanted).elements())]
    if len(dropped) == 1 and len(added) == 1:
        yield f"the translation changes {dropped[0]!r} into {added[0]!r}; keep it as written"
    else:
        for token in dropped:
            yield f"the translation drops {token!r}; keep it as written"
        for token in added:
            yield f"the translation adds {token!r}, which its source does not have"
    broken = broken_delimiters(translation, generator, extensions, math, code) - broken_delimiters(
        source, generator, extensions, math, code
    )
    for delimiter in sorted(broken):
        yield (
            f"the translation has an unpaired {delimiter!r}: a {generator} tag or "
            "expression is broken"
        )


CHECKS: list[EntryCheck] = [
    EntryCheck(
        id="dialect-syntax",
        severity="error",
        description="The site generator's inline syntax kept as written: Hugo shortcodes, "
        "Liquid tags, MkDocs icons, math, keys, mentions, inline attribute lists and macros' "
        "Jinja, MDX "
        "components and expressions, heading ids "
        "(translatable shortcode parameters such as title may change, without a backslash).",
        run=run,
    )
]
