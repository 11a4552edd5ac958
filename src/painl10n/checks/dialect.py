"""The ``dialect-syntax`` check: a translation keeps its generator's inline syntax intact.

A site generator reads syntax of its own inside a sentence: Hugo shortcodes
(``{{< ref "dose.md" >}}``, ``{{% note %}}``), Liquid tags in Jekyll
(``{% link a.md %}``, ``{{ page.title }}``), MkDocs Material icons and emoji
(``:material-pill:``), arithmatex math (``$5 \\times 10$``), MDX components and
expressions in Docusaurus (``<Dose mg={5} />``, ``{props.x}``), explicit heading
ids (``{#dosage}``). The translator must carry them over as written: a
translated shortcode name, a dropped ``{{< /tab >}}``, a broken ``%}}`` or a
translated anchor break the page or its links, and the generators build on
without a word. Tokens are compared as multisets (word order may change); the
values of a shortcode's translatable parameters (``title``, ``alt``,
``caption``) may differ. ``plain`` projects have no such syntax.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import polib

from .base import EntryCheck, EntryContext

# Parameters of a Hugo shortcode whose values are text for the reader.
TRANSLATABLE_PARAMETERS = frozenset({"title", "alt", "caption"})

_SHORTCODE = r"\{\{[<%].*?[>%]\}\}"
_LIQUID = r"\{%-?.*?-?%\}|\{\{-?.*?-?\}\}"
_HEADING_ID = r"\{:?\s*#[\w-]+(?:\s+[^{}\n]*)?\}"
_ICON = r":(?=[a-z0-9_+-]*[a-z])[a-z0-9_+]+(?:-[a-z0-9_+]+)*:"
_MATH = r"\$(?=\S)(?:[^$\\\n]|\\.)*?(?<=\S)\$|\\\(.*?\\\)"
_JSX = r"</?[A-Z][\w.]*(?:\s+[^<>]*?)?/?>"
_EXPRESSION = r"\{[^{}\n]*\}"


@dataclass(frozen=True)
class _Grammar:
    """A generator's inline tokens, and the delimiters that must come in pairs."""

    tokens: re.Pattern[str]
    delimiters: tuple[str, ...]


_GRAMMARS = {
    "hugo": _Grammar(
        re.compile("|".join((_SHORTCODE, _HEADING_ID)), re.S),
        ("{{<", ">}}", "{{%", "%}}"),
    ),
    "jekyll": _Grammar(
        re.compile("|".join((_LIQUID, _HEADING_ID)), re.S),
        ("{%", "%}", "{{", "}}"),
    ),
    "mkdocs": _Grammar(re.compile("|".join((_HEADING_ID, _ICON, _MATH)), re.S), ()),
    "docusaurus": _Grammar(
        re.compile("|".join((_HEADING_ID, _JSX, _EXPRESSION)), re.S), ("{", "}")
    ),
}
_INNER_SPACE = re.compile(r"^(\{\{[<%]|\{%-?|\{\{-?)\s*|\s*(-?%\}|-?\}\}|[>%]\}\})$")
_PARAMETER = re.compile(r"""(?P<name>[\w-]+)=(?P<value>"(?:[^"\\]|\\.)*"|`[^`]*`|[^\s>%}]+)""")
_SPACE = re.compile(r"\s+")


def tokens(text: str, generator: str) -> list[str]:
    """The generator's inline tokens in ``text``, in order, as they are compared."""
    grammar = _GRAMMARS.get(generator)
    if grammar is None:
        return []
    return [_comparable(match.group()) for match in grammar.tokens.finditer(text)]


def _written(text: str, generator: str) -> dict[str, str]:
    """Each comparable token of ``text`` and how it is first written there."""
    grammar = _GRAMMARS.get(generator)
    found: dict[str, str] = {}
    for match in grammar.tokens.finditer(text) if grammar else ():
        found.setdefault(_comparable(match.group()), match.group())
    return found


def _comparable(token: str) -> str:
    """A token with its spacing normalised and its translatable values blanked."""
    token = _INNER_SPACE.sub(lambda m: m[1] or m[2], _SPACE.sub(" ", token))
    if token.startswith(("{{<", "{{%")):
        token = _PARAMETER.sub(
            lambda m: f"{m['name']}=…" if m["name"] in TRANSLATABLE_PARAMETERS else m.group(),
            token,
        )
    return token


def _broken(text: str, generator: str) -> Counter[str]:
    """Delimiters left over once every whole token of ``text`` is taken out."""
    grammar = _GRAMMARS[generator]
    rest = grammar.tokens.sub(" ", text)
    return Counter({d: rest.count(d) for d in grammar.delimiters if d in rest})


def run(entry: polib.POEntry, ctx: EntryContext) -> Iterator[str]:
    """What the translation drops, adds or breaks of its source's inline syntax."""
    if ctx.generator not in _GRAMMARS:
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
            yield from _compare(source, translation, ctx.generator)


def _compare(source: str, translation: str, generator: str) -> Iterator[str]:
    wanted, found = Counter(tokens(source, generator)), Counter(tokens(translation, generator))
    source_form, translation_form = _written(source, generator), _written(translation, generator)
    dropped = [source_form[token] for token in sorted((wanted - found).elements())]
    added = [translation_form[token] for token in sorted((found - wanted).elements())]
    if len(dropped) == 1 and len(added) == 1:
        yield f"the translation changes {dropped[0]!r} into {added[0]!r}; keep it as written"
    else:
        for token in dropped:
            yield f"the translation drops {token!r}; keep it as written"
        for token in added:
            yield f"the translation adds {token!r}, which its source does not have"
    broken = _broken(translation, generator) - _broken(source, generator)
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
        "Liquid tags, MkDocs icons and math, MDX components and expressions, heading ids "
        "(translatable shortcode parameters such as title may change).",
        run=run,
    )
]
