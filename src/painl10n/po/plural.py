"""Plural-Forms as GNU gettext reads them: parsed, evaluated and judged like ``msgfmt -c``.

msgfmt takes the number after ``nplurals=`` and parses what follows
``plural=`` with the C-like grammar of gettext's ``plural.y`` (``?:``,
``||``, ``&&``, ``== !=``, ``< > <= >=``, ``+ -``, ``* / %``, ``!``,
parentheses, ``n`` and unsigned numbers) up to a ``;`` or the end of the
line. It evaluates the expression in unsigned long arithmetic for n = 0 …
1000 and rejects a formula that divides by zero, yields a negative value or
one not below nplurals (``msgl-check.c``, ``check_plural_eval``). The
messages below are msgfmt's own.

Beyond msgfmt, nesting and length are bounded (:data:`MAX_DEPTH`,
:data:`MAX_TOKENS`): a header is translator input, and a formula a hundred
parentheses deep is an attack, not a language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..languages import plural_forms, weblate_plural_formulas

__all__ = [
    "MAX_DEPTH",
    "MAX_TOKENS",
    "PluralForms",
    "PluralFormsError",
    "known_match",
    "parse_plural_forms",
    "same_plurals",
]

MAX_DEPTH = 100  # nested parentheses, conditionals and negations
MAX_TOKENS = 256  # the longest CLDR formula (Arabic, Welsh) has under 100
_WORD = 2**64  # gettext evaluates in unsigned long
_NEGATIVE = 2**63  # msgfmt: a value that is negative as a long
_CHECKED = range(1001)  # the n msgfmt evaluates
# Where formulas that agree below 1,000 may still differ: the "many" form of
# CLDR's Romance rules (a million, two million …) and other large counts.
_SAMPLE = (
    *_CHECKED,
    *(m * 10**k for k in range(3, 10) for m in (1, 2, 5)),
    1_000_001,
    1_100_000,
    10_000_000_000,
)
_TOKEN = re.compile(r"\s*(?:(\d+)|(n)|(\|\||&&|==|!=|<=|>=|[-+*/%<>!?:()]))")
_NPLURALS = re.compile(r"nplurals=\s*(\d*)")

Evaluate = Callable[[int], int]


class PluralFormsError(ValueError):
    """A Plural-Forms value msgfmt would refuse (the message is msgfmt's)."""


@dataclass(frozen=True)
class PluralForms:
    """A parsed ``Plural-Forms`` value: how many forms, and which one a count takes."""

    nplurals: int
    expression: str
    evaluate: Evaluate = field(compare=False, repr=False)

    def form(self, n: int) -> int:
        """The index of the plural form for ``n`` (raises ZeroDivisionError like SIGFPE)."""
        return self.evaluate(n)


def parse_plural_forms(value: str) -> PluralForms:
    """The header's ``nplurals`` and ``plural``, checked as ``msgfmt -c`` checks them."""
    return _parsed(value)


@lru_cache(maxsize=256)
def _parsed(value: str) -> PluralForms:
    plural_at = value.find("plural=")
    nplurals = _NPLURALS.search(value)
    if plural_at < 0 or nplurals is None:
        missing = "plural=EXPRESSION" if plural_at < 0 else "nplurals=INTEGER"
        raise PluralFormsError(f'the Plural-Forms value lacks a "{missing}" attribute')
    if not nplurals[1]:
        raise PluralFormsError("invalid nplurals value")
    count = int(nplurals[1])
    text = value[plural_at + len("plural=") :]
    end = min((text.find(mark) for mark in ";\n" if mark in text), default=len(text))
    expression = text[:end].strip()
    evaluate = _Parser(expression).parse()
    forms = PluralForms(count, expression, evaluate)
    _check_values(forms)
    return forms


def _check_values(forms: PluralForms) -> None:
    try:
        for n in _CHECKED:
            value = forms.form(n)
            if value >= _NEGATIVE:
                raise PluralFormsError("plural expression can produce negative values")
            if value >= forms.nplurals:
                raise PluralFormsError(
                    f"nplurals = {forms.nplurals} but plural expression can produce values "
                    f"as large as {value}"
                )
    except ZeroDivisionError:
        raise PluralFormsError("plural expression can produce division by zero") from None


def same_plurals(first: PluralForms, second: PluralForms) -> bool:
    """Whether two formulas give every count the same form (on the counts that tell
    gettext's and CLDR's rules apart)."""
    if first.nplurals != second.nplurals:
        return False
    try:
        return all(first.form(n) == second.form(n) for n in _SAMPLE)
    except ZeroDivisionError:
        return False


def known_match(declared: PluralForms, known: Iterable[PluralForms]) -> bool:
    """Whether ``declared`` is one of the ``known`` formulas of its language."""
    return any(same_plurals(declared, formula) for formula in known)


@lru_cache(maxsize=128)
def known_plural_forms(language: str) -> tuple[str, ...]:
    """Every ``Plural-Forms`` value a tool may rightly write for ``language``: those
    weblate-language-data keeps (CLDR's, GNU gettext's, Weblate's other conventions)
    and the installed Babel's when it agrees with one of them (Babel alone when
    Weblate does not know the language). A translator's header is judged against
    all of them, so a new Babel or CLDR release does not fail yesterday's catalogs;
    a formula only an old Babel wrote (Arabic's, with the "many" and "other" forms
    swapped) is not among them."""
    weblate = weblate_plural_formulas(language)
    babel = plural_forms(language)
    if not weblate:
        return (babel,)
    parsed = [parse_plural_forms(formula) for formula in weblate]
    agrees = known_match(parse_plural_forms(babel), parsed)
    return (babel, *(formula for formula in weblate if formula != babel)) if agrees else weblate


def preferred_plural_forms(language: str) -> str:
    """The ``Plural-Forms`` painl10n writes into a new catalog: the installed Babel's
    when a second source confirms it, else CLDR's as weblate-language-data has it."""
    return known_plural_forms(language)[0]


# -- the grammar of gettext's plural.y, by precedence climbing -----------------

_BINARY: dict[str, tuple[int, Callable[[int, int], int]]] = {
    "||": (1, lambda a, b: int(bool(a) or bool(b))),
    "&&": (2, lambda a, b: int(bool(a) and bool(b))),
    "==": (3, lambda a, b: int(a == b)),
    "!=": (3, lambda a, b: int(a != b)),
    "<": (4, lambda a, b: int(a < b)),
    ">": (4, lambda a, b: int(a > b)),
    "<=": (4, lambda a, b: int(a <= b)),
    ">=": (4, lambda a, b: int(a >= b)),
    "+": (5, lambda a, b: (a + b) % _WORD),
    "-": (5, lambda a, b: (a - b) % _WORD),
    "*": (6, lambda a, b: (a * b) % _WORD),
    "/": (6, lambda a, b: a // b),
    "%": (6, lambda a, b: a % b),
}


class _Parser:
    """Turns the expression into a function of n, or raises msgfmt's complaint."""

    def __init__(self, text: str) -> None:
        self.tokens = self._tokens(text)
        self.position = 0
        self.depth = 0

    @staticmethod
    def _tokens(text: str) -> list[str]:
        tokens: list[str] = []
        position = 0
        while position < len(text):
            if text[position:].isspace():
                break
            match = _TOKEN.match(text, position)
            if match is None:
                raise PluralFormsError("invalid plural expression")
            tokens.append(match[1] or match[2] or match[3])
            position = match.end()
            if len(tokens) > MAX_TOKENS:
                raise PluralFormsError(f"plural expression longer than {MAX_TOKENS} tokens")
        return tokens

    def parse(self) -> Evaluate:
        if not self.tokens:
            raise PluralFormsError("invalid plural expression")
        result = self._conditional()
        if self.position != len(self.tokens):
            raise PluralFormsError("invalid plural expression")
        return result

    def _peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _take(self, expected: str | None = None) -> str:
        token = self._peek()
        if token is None or (expected is not None and token != expected):
            raise PluralFormsError("invalid plural expression")
        self.position += 1
        return token

    def _deeper(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise PluralFormsError(f"plural expression nested deeper than {MAX_DEPTH} levels")

    def _conditional(self) -> Evaluate:
        condition = self._binary(1)
        if self._peek() != "?":
            return condition
        self._take("?")
        self._deeper()
        then = self._conditional()
        self._take(":")
        otherwise = self._conditional()
        self.depth -= 1
        return lambda n: then(n) if condition(n) else otherwise(n)

    def _binary(self, least: int) -> Evaluate:
        left = self._unary()
        while (token := self._peek()) in _BINARY and _BINARY[token][0] >= least:
            precedence, apply = _BINARY[self._take()]
            right = self._binary(precedence + 1)
            left = _combine(apply, left, right, token)
        return left

    def _unary(self) -> Evaluate:
        token = self._take()
        if token == "!":
            self._deeper()
            operand = self._unary()
            self.depth -= 1
            return lambda n: int(not operand(n))
        if token == "(":
            self._deeper()
            inner = self._conditional()
            self._take(")")
            self.depth -= 1
            return inner
        if token == "n":
            return lambda n: n
        if token.isdigit():
            value = int(token) % _WORD
            return lambda n: value
        raise PluralFormsError("invalid plural expression")


def _combine(
    apply: Callable[[int, int], int], left: Evaluate, right: Evaluate, token: str
) -> Evaluate:
    """One binary node; ``&&`` and ``||`` do not evaluate their right side when C would not."""
    if token == "&&":
        return lambda n: int(bool(left(n)) and bool(right(n)))
    if token == "||":
        return lambda n: int(bool(left(n)) or bool(right(n)))
    return lambda n: apply(left(n), right(n))
