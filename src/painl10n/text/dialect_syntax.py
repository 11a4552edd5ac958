"""The inline syntax of each site generator's Markdown dialect, as token patterns.

A generator reads syntax of its own inside a sentence: Hugo shortcodes
(``{{< ref "dose.md" >}}``, ``{{% note %}}``), Liquid tags in Jekyll
(``{% link a.md %}``, ``{{ page.title }}``), MkDocs Material icons and emoji
(``:material-pill:``), arithmatex math (``$5 \\times 10$``), inline attribute
lists (``:material-pill:{ .lg }``), keys (``++ctrl+c++``) and mentions
(``@name``), MDX components and expressions in Docusaurus (``<Dose mg={5} />``,
``{props.x}``), explicit heading ids (``{#dosage}``), and the formulas of Hugo's passthrough
extension in the delimiters the site configures (``\\(x^2\\)``,
``$$…$$``: ``math``). The ``dialect-syntax``
check holds translations to them and pseudo-translation leaves them alone.
``plain`` (CommonMark) has none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "TRANSLATABLE_PARAMETERS",
    "Delimiters",
    "broken_delimiters",
    "pattern",
    "tokens",
    "written",
]

# Hugo's passthrough delimiter pairs (opening, closing), block pairs first: a formula.
Delimiters = tuple[tuple[str, str], ...]

# Parameters of a Hugo shortcode whose values are text for the reader.
TRANSLATABLE_PARAMETERS = frozenset({"title", "alt", "caption"})

_SHORTCODE = r"\{\{[<%].*?[>%]\}\}"
# Hugo's own 'highlight' shortcode inside a sentence ('hl_inline=true'): the code between
# its tags is code, one token with them.
_INLINE_HIGHLIGHT = "|".join(
    rf"\{{\{{{o}\s*highlight\b.*?{c}\}}\}}.*?\{{\{{{o}\s*/\s*highlight\s*{c}\}}\}}"
    for o, c in (("<", ">"), ("%", "%"))
)
_LIQUID = r"\{%-?.*?-?%\}|\{\{-?.*?-?\}\}"
_HEADING_ID = r"\{:?\s*#[\w.:-]+(?:\s+[^{}\n]*)?\}"
_ICON = r":(?=[a-z0-9_+-]*[a-z])[a-z0-9_+]+(?:-[a-z0-9_+]+)*:"
_MATH = r"\$(?=\S)(?:[^$\\\n]|\\.)*?(?<=\S)\$|\\\(.*?\\\)"
# Python-Markdown's inline attribute list of an icon, image or link inside a sentence
# (':fontawesome-brands-github:{ .lg .middle }'), pymdownx.keys ('++ctrl+alt+del++')
# and a magiclink mention ('@squidfunk'): names the generator reads, never words.
_ATTR_LIST = r"\{:?[ \t]*(?:\.[\w-]+|[\w-]+=)[^{}\n]*\}"
_KEYS = r"\+\+[\w-]+(?:\+[\w-]+)*\+\+"
_MENTION = r"(?<![\w@/.])@[A-Za-z0-9][\w-]*(?:/[\w.-]+)?"
_JSX = r"</?[A-Z][\w.]*(?:\s+[^<>]*?)?/?>"
_EXPRESSION = r"\{[^{}\n]*\}"


@dataclass(frozen=True)
class _Grammar:
    """A generator's inline tokens, and the delimiters that must come in pairs."""

    tokens: re.Pattern[str]
    delimiters: tuple[str, ...]


_GRAMMARS = {
    "hugo": _Grammar(
        re.compile("|".join((_INLINE_HIGHLIGHT, _SHORTCODE, _HEADING_ID)), re.S),
        ("{{<", ">}}", "{{%", "%}}"),
    ),
    "jekyll": _Grammar(
        re.compile("|".join((_LIQUID, _HEADING_ID)), re.S),
        ("{%", "%}", "{{", "}}"),
    ),
    "mkdocs": _Grammar(
        re.compile("|".join((_HEADING_ID, _ATTR_LIST, _ICON, _MATH, _KEYS, _MENTION)), re.S), ()
    ),
    "docusaurus": _Grammar(
        re.compile("|".join((_HEADING_ID, _JSX, _EXPRESSION)), re.S), ("{", "}")
    ),
}


def _grammar(generator: str, math: Delimiters) -> _Grammar | None:
    """``generator``'s grammar, with formulas in ``math``'s delimiters if it has any."""
    grammar = _GRAMMARS.get(generator)
    return _with_math(generator, math) if grammar is not None and math else grammar


@lru_cache(maxsize=16)
def _with_math(generator: str, math: Delimiters) -> _Grammar:
    """As goldmark's passthrough reads one: the opening (not after a backslash, which
    escapes it), something, the first closing after it."""
    grammar = _GRAMMARS[generator]
    formulas = (rf"(?<!\\){re.escape(opening)}.+?{re.escape(closing)}" for opening, closing in math)
    joined = "|".join((grammar.tokens.pattern, *formulas))
    return _Grammar(re.compile(joined, re.S), grammar.delimiters)


_INNER_SPACE = re.compile(r"^(\{\{[<%]|\{%-?|\{\{-?)\s*|\s*(-?%\}|-?\}\}|[>%]\}\})$")
_PARAMETER = re.compile(r"""(?P<name>[\w-]+)=(?P<value>"(?:[^"\\]|\\.)*"|`[^`]*`|[^\s>%}]+)""")
_SPACE = re.compile(r"\s+")


def tokens(text: str, generator: str, math: Delimiters = ()) -> list[str]:
    """The generator's inline tokens in ``text``, in order, as they are compared."""
    grammar = _grammar(generator, math)
    if grammar is None:
        return []
    return [_comparable(match.group()) for match in grammar.tokens.finditer(text)]


def written(text: str, generator: str, math: Delimiters = ()) -> dict[str, str]:
    """Each comparable token of ``text`` and how it is first written there."""
    grammar = _grammar(generator, math)
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


def pattern(generator: str, math: Delimiters = ()) -> re.Pattern[str] | None:
    """What matches one inline token of ``generator``'s dialect (None: it has none);
    ``math``: the site's passthrough delimiters (Hugo)."""
    grammar = _grammar(generator, math)
    return grammar.tokens if grammar else None


def broken_delimiters(text: str, generator: str, math: Delimiters = ()) -> Counter[str]:
    """Delimiters left over once every whole token of ``text`` is taken out."""
    grammar = _grammar(generator, math)
    if grammar is None:
        return Counter()
    rest = grammar.tokens.sub(" ", text)
    return Counter({d: rest.count(d) for d in grammar.delimiters if d in rest})
