"""The inline syntax of each site generator's Markdown dialect, as token patterns.

A generator reads syntax of its own inside a sentence: Hugo shortcodes
(``{{< ref "dose.md" >}}``, ``{{% note %}}``), Liquid tags in Jekyll
(``{% link a.md %}``, ``{{ page.title }}``), MkDocs Material icons and emoji
(``:material-pill:``), arithmatex math (``$5 \\times 10$``), inline attribute
lists (``:material-pill:{ .lg }``), keys (``++ctrl+c++``), mentions
(``@name``) and repository references (``user/repo#12``), MDX components
and expressions in Docusaurus (``<Dose mg={5} />``, ``{props.x}``), explicit
heading ids (``{#dosage}``), the formulas of Hugo's passthrough extension in the
delimiters the site configures (``\\(x^2\\)``, ``$$…$$``: ``math``); with an
extension that adds some, its own: the Jinja of MkDocs' macros (``{{ config.x }}``). The
``dialect-syntax`` check holds translations to them and pseudo-translation
leaves them alone. Symbols the generator makes of letters (pymdownx.smartsymbols'
``4th`` and ``(c)``) pseudo-translation leaves alone too, but a translation may
write them its own way (``4.º``): :func:`symbols`. ``plain`` (CommonMark) has none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "CODE_SHORTCODES",
    "ICON",
    "TRANSLATABLE_PARAMETERS",
    "Delimiters",
    "broken_delimiters",
    "pattern",
    "symbols",
    "tokens",
    "written",
]

# Hugo's passthrough delimiter pairs (opening, closing), block pairs first: a formula.
Delimiters = tuple[tuple[str, str], ...]

# Parameters of a Hugo shortcode whose values are text for the reader.
TRANSLATABLE_PARAMETERS = frozenset({"title", "alt", "caption"})

_SHORTCODE = r"\{\{[<%].*?[>%]\}\}"
# Hugo's shortcodes whose body is code (the ``code_shortcodes`` setting's default): inside
# a sentence too ('{{< highlight go "hl_inline=true" >}}x(){{< /highlight >}}', a site's
# own '{{< hl >}}x(){{< /hl >}}') the code between the tags is code, one token with them.
CODE_SHORTCODES = frozenset({"code-toggle", "highlight"})
_LIQUID = r"\{%-?.*?-?%\}|\{\{-?.*?-?\}\}"
_JINJA_COMMENT = r"\{#.*?#\}"  # Jinja's comment (Liquid has none of this form)
_HEADING_ID = r"\{:?\s*#[\w.:-]+(?:\s+[^{}\n]*)?\}"
_ICON = r":(?=[a-z0-9_+-]*[a-z])[a-z0-9_+]+(?:-[a-z0-9_+]+)*:"
ICON = re.compile(_ICON)  # an icon or emoji name, ':material-pill:', ':smile:'
_MATH = r"\$(?=\S)(?:[^$\\\n]|\\.)*?(?<=\S)\$|\\\(.*?\\\)"
# Python-Markdown's inline attribute list of an icon, image or link inside a sentence
# (':fontawesome-brands-github:{ .lg .middle }'), pymdownx.keys ('++ctrl+alt+del++')
# and a magiclink mention ('@squidfunk'): names the generator reads, never words.
_ATTR_LIST = r"\{:?[ \t]*(?:\.[\w-]+|[\w-]+=)[^{}\n]*\}"
_KEYS = r"\+\+[\w-]+(?:\+[\w-]+)*\+\+"
_MENTION = r"(?<![\w@/.])@[A-Za-z0-9][\w-]*(?:/[\w.-]+)?"
# magiclink's reference to an issue, pull request or commit of a repository
# ('squidfunk/mkdocs-material#12', 'user/repo!3', 'user/repo@1a2b3c4'): a link.
_REFERENCE = r"(?<![\w/.-])[A-Za-z0-9][\w-]*/[\w.-]*[\w-](?:[#!]\d+|@[0-9a-f]{7,40})\b"
_JSX = r"</?[A-Z][\w.]*(?:\s+[^<>]*?)?/?>"
_EXPRESSION = r"\{[^{}\n]*\}"


@dataclass(frozen=True)
class _Grammar:
    """A generator's inline tokens, and the delimiters that must come in pairs."""

    tokens: re.Pattern[str]
    delimiters: tuple[str, ...]


_GRAMMARS = {
    "hugo": _Grammar(
        re.compile("|".join((_SHORTCODE, _HEADING_ID)), re.S),  # code ones first: _grammar
        ("{{<", ">}}", "{{%", "%}}"),
    ),
    "jekyll": _Grammar(
        re.compile("|".join((_LIQUID, _HEADING_ID)), re.S),
        ("{%", "%}", "{{", "}}"),
    ),
    "mkdocs": _Grammar(
        re.compile(
            "|".join((_HEADING_ID, _ATTR_LIST, _ICON, _MATH, _KEYS, _REFERENCE, _MENTION)), re.S
        ),
        (),
    ),
    "docusaurus": _Grammar(
        re.compile("|".join((_HEADING_ID, _JSX, _EXPRESSION)), re.S), ("{", "}")
    ),
}
# Extensions (by the generator's names; any one of a set) whose inline tokens join the
# generator's: the Jinja of mkdocs-macros ('plugins: [macros]') and of zensical's macros.
_MACROS = frozenset({"macros", "zensical.extensions.macros"})
_EXTENSION_GRAMMARS = {
    "mkdocs": (
        (
            _MACROS,
            _Grammar(
                re.compile(f"{_JINJA_COMMENT}|{_LIQUID}", re.S),
                ("{%", "%}", "{{", "}}", "{#", "#}"),
            ),
        ),
    ),
}
# pymdownx.smartsymbols (its defaults): ordinal numbers ('4th': '4<sup>th</sup>'), as its
# own pattern reads them, and the symbols written with letters: ©, ®, ™, ℅.
_SMART_SYMBOLS = (
    r"\b(?:[1-9][0-9]*)?(?:(?<=1)[123]th|1st|2nd|3rd|[04-9]th)\b|\((?:c|r|tm)\)|\bc/o\b"
)
_SYMBOLS = {"mkdocs": ((frozenset({"pymdownx.smartsymbols"}), _SMART_SYMBOLS),)}
_INNER_SPACE = re.compile(r"^(\{\{[<%]|\{%-?|\{\{-?|\{#)\s*|\s*(-?%\}|-?\}\}|[>%]\}\}|#\})$")
_PARAMETER = re.compile(r"""(?P<name>[\w-]+)=(?P<value>"(?:[^"\\]|\\.)*"|`[^`]*`|[^\s>%}]+)""")
_SPACE = re.compile(r"\s+")


def tokens(
    text: str,
    generator: str,
    extensions: Collection[str] = (),
    math: Delimiters = (),
    code: Collection[str] = CODE_SHORTCODES,
) -> list[str]:
    """The generator's inline tokens in ``text``, in order, as they are compared
    (``extensions``: those in use, whose tokens join the generator's; ``math``: the
    site's passthrough delimiters, Hugo; ``code``: its code-like shortcodes)."""
    grammar = _grammar(generator, frozenset(extensions), math, frozenset(code))
    if grammar is None:
        return []
    return [_comparable(match.group()) for match in grammar.tokens.finditer(text)]


def written(
    text: str,
    generator: str,
    extensions: Collection[str] = (),
    math: Delimiters = (),
    code: Collection[str] = CODE_SHORTCODES,
) -> dict[str, str]:
    """Each comparable token of ``text`` and how it is first written there."""
    grammar = _grammar(generator, frozenset(extensions), math, frozenset(code))
    found: dict[str, str] = {}
    for match in grammar.tokens.finditer(text) if grammar else ():
        found.setdefault(_comparable(match.group()), match.group())
    return found


@lru_cache(maxsize=64)
def _grammar(
    generator: str,
    extensions: frozenset[str],
    math: Delimiters = (),
    code: frozenset[str] = CODE_SHORTCODES,
) -> _Grammar | None:
    """The generator's grammar with that of each extension in use that adds tokens
    (theirs first: '{{ x }}' is Jinja, not an attribute list), and formulas in
    ``math``'s delimiters if there are any; Hugo's code-like shortcodes in ``code``
    with their code first (before their tags alone)."""
    base = _GRAMMARS.get(generator)
    if base is None:
        return None
    added = [
        grammar for names, grammar in _EXTENSION_GRAMMARS.get(generator, ()) if names & extensions
    ]
    inline_code = [_inline_code(code)] if generator == "hugo" and code else []
    every = [*added, base]
    return _Grammar(
        re.compile(
            "|".join([*inline_code, *(g.tokens.pattern for g in every), *map(_formula, math)]),
            re.S,
        ),
        tuple(delimiter for grammar in every for delimiter in grammar.delimiters),
    )


def _inline_code(names: frozenset[str]) -> str:
    """A shortcode named in ``names`` with its body, inside a sentence: one token."""
    name = "(?:" + "|".join(map(re.escape, sorted(names))) + ")"
    return "|".join(
        rf"\{{\{{{o}\s*(?P<{group}>{name})(?![\w-]).*?{c}\}}\}}"
        rf".*?\{{\{{{o}\s*/\s*(?P={group})\s*{c}\}}\}}"
        for o, c, group in (("<", ">", "code_angle"), ("%", "%", "code_percent"))
    )


def _formula(delimiters: tuple[str, str]) -> str:
    """A formula as goldmark's passthrough reads one: the opening (not after a
    backslash, which escapes it), something, the first closing after it."""
    opening, closing = delimiters
    return rf"(?<!\\){re.escape(opening)}.+?{re.escape(closing)}"


def _comparable(token: str) -> str:
    """A token with its spacing normalised and its translatable values blanked."""
    token = _INNER_SPACE.sub(lambda m: m[1] or m[2], _SPACE.sub(" ", token))
    if token.startswith(("{{<", "{{%")):
        token = _PARAMETER.sub(
            lambda m: f"{m['name']}=…" if m["name"] in TRANSLATABLE_PARAMETERS else m.group(),
            token,
        )
    return token


def pattern(
    generator: str,
    extensions: Collection[str] = (),
    math: Delimiters = (),
    code: Collection[str] = CODE_SHORTCODES,
) -> re.Pattern[str] | None:
    """What matches one inline token of ``generator``'s dialect (None: it has none)."""
    grammar = _grammar(generator, frozenset(extensions), math, frozenset(code))
    return grammar.tokens if grammar else None


def symbols(generator: str, extensions: Collection[str] = ()) -> re.Pattern[str] | None:
    """What the generator makes a symbol of, written with letters ('4th', '(c)'): kept by
    pseudo-translation, free to a translator (None: nothing)."""
    return _symbols(generator, frozenset(extensions))


@lru_cache(maxsize=64)
def _symbols(generator: str, extensions: frozenset[str]) -> re.Pattern[str] | None:
    found = [symbol for names, symbol in _SYMBOLS.get(generator, ()) if names & extensions]
    return re.compile("|".join(found)) if found else None


def broken_delimiters(
    text: str,
    generator: str,
    extensions: Collection[str] = (),
    math: Delimiters = (),
    code: Collection[str] = CODE_SHORTCODES,
) -> Counter[str]:
    """Delimiters left over once every whole token of ``text`` is taken out."""
    grammar = _grammar(generator, frozenset(extensions), math, frozenset(code))
    if grammar is None:
        return Counter()
    rest = grammar.tokens.sub(" ", text)
    return Counter({d: rest.count(d) for d in grammar.delimiters if d in rest})
