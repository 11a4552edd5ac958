"""A publisher's own rules, as Xbench checklists hold them: a pattern or a forbidden phrase.

``locales/rules.toml`` (the ``rules`` setting) lists them::

    [[rule]]
    id = "no-cc"
    languages = ["es", "fr"]           # default: every language
    pattern = '\\d\\s*cc\\b'           # a regular expression, or:
    # phrase = "cc"                    # a forbidden phrase, matched as whole words
    unless = 'cc\\s*de\\s+sangre'      # an occurrence inside a match of this is fine
    source = 'mL'                      # only where the source matches this …
    unless_source = '\\bcc\\b'         # … and not where it matches this
    case_sensitive = false             # the default
    message = "write mL, not cc (ISMP)"
    severity = "error"                 # or "warning" (the default)

Each finding's check id is ``rule:<id>``; a translator silences one with
``# painl10n-ignore: rule:<id>``. Everything is validated when the file is
read: a bad pattern is one error naming the file and line.

A pattern that backtracks can take minutes on one text, so three things
keep a rule from hanging a run: patterns that can backtrack exponentially (a
repeat or an alternation inside an unbounded repeat, ``(a+)+``, ``(a|ab)*``)
are refused; a rule reads a translation in windows of :data:`WINDOW`
characters (overlapping by :data:`OVERLAP`), so its time grows with the
window, not with the length of the text; and where the platform allows it (a
POSIX main thread: every ``check`` worker) the rules of one entry get
:data:`SECONDS` of wall-clock time, after which ``check`` stops with an error
naming the rule and the entry (Python's ``re`` checks for signals while it
backtracks, so a ``SIGALRM`` interrupts it).
"""

from __future__ import annotations

import importlib
import re
import signal
import threading
import tomllib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import Any

from ..errors import Painl10nError
from ..languages import canonical_code
from .base import Severity

WINDOW = 4000  # characters of a translation a rule reads at once
SECONDS = 2.0  # the most the rules of one entry may take, where a timer can stop them
OVERLAP = 1000  # shared by two windows: a match longer than this may be missed
_ID = re.compile(r"[a-z0-9][a-z0-9_.-]*\Z")
_KEYS = {
    "id",
    "languages",
    "pattern",
    "phrase",
    "unless",
    "source",
    "unless_source",
    "case_sensitive",
    "message",
    "severity",
}
_SEVERITIES: tuple[Severity, ...] = ("error", "warning")


@dataclass(frozen=True)
class Rule:
    """One validated rule; its findings are reported as ``rule:<id>``."""

    id: str
    message: str
    severity: Severity
    pattern: re.Pattern[str]
    languages: frozenset[str] | None = None  # None: every language
    unless: re.Pattern[str] | None = None
    source: re.Pattern[str] | None = None
    unless_source: re.Pattern[str] | None = None

    @property
    def check(self) -> str:
        return f"rule:{self.id}"

    def applies_to(self, language: str) -> bool:
        return self.languages is None or language in self.languages

    def problems(self, msgid: str, msgstr: str) -> Iterator[str]:
        """A message per occurrence of the rule's pattern in ``msgstr`` (not excused)."""
        if self.source is not None and not _search(self.source, msgid):
            return
        if self.unless_source is not None and _search(self.unless_source, msgid):
            return
        seen: set[str] = set()
        for found in _occurrences(self.pattern, self.unless, msgstr):
            if found not in seen:
                seen.add(found)
                yield f"{self.message} (“{found}”)"


def read_rules(text: str, shown: str, languages: Sequence[str]) -> tuple[Rule, ...]:
    """The rules of a rules file (``shown``: its name in errors), for the project's
    ``languages``; a one-line error for anything wrong in it."""
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise Painl10nError(
            f"not valid TOML: {str(exc).split(' (at ')[0]}",
            path=shown,
            line=int(line[1]) if line else None,
        ) from exc
    unknown = sorted(set(table) - {"rule"})
    if unknown:
        raise Painl10nError(
            f"unknown table {unknown[0]!r}", path=shown, hint="write each rule as [[rule]]"
        )
    raw = table.get("rule", [])
    if not isinstance(raw, list):
        raise Painl10nError("'rule' must be an array of tables", path=shown, hint="[[rule]]")
    rules: list[Rule] = []
    for index, item in enumerate(raw):
        where = _Where(text, shown, index)
        rule = _rule(item, where, languages)
        if any(other.id == rule.id for other in rules):
            raise where.error("id", f"rule {rule.id!r} is defined twice")
        rules.append(rule)
    return tuple(rules)


class _Where:
    """Line numbers of a rule's keys, for errors (``tomllib`` keeps no positions).

    The n-th ``[[rule]]`` header starts the n-th rule; a key's line is the
    first line of that block that assigns it.
    """

    def __init__(self, text: str, shown: str, index: int) -> None:
        self.shown = shown
        lines = text.splitlines()
        headers = [n for n, line in enumerate(lines) if re.match(r"\s*\[\[\s*rule\s*\]\]", line)]
        self.start = headers[index] if index < len(headers) else 0
        end = next((n for n in range(self.start + 1, len(lines)) if _header(lines[n])), len(lines))
        self.block = list(enumerate(lines[self.start : end], start=self.start + 1))

    def line(self, key: str) -> int:
        assign = re.compile(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=")
        return next((n for n, line in self.block if assign.match(line)), self.start + 1)

    def error(self, key: str, message: str, hint: str | None = None) -> Painl10nError:
        return Painl10nError(message, path=self.shown, line=self.line(key), hint=hint)


def _header(line: str) -> bool:
    return line.lstrip().startswith("[")


def _rule(item: object, where: _Where, languages: Sequence[str]) -> Rule:
    if not isinstance(item, dict):
        raise where.error("rule", "a rule must be a table")
    unknown = sorted(set(item) - _KEYS)
    if unknown:
        raise where.error(
            unknown[0], f"unknown key {unknown[0]!r}", "known: " + ", ".join(sorted(_KEYS))
        )
    rule_id = _text(item, "id", where)
    if not _ID.match(rule_id):
        raise where.error("id", f"bad rule id {rule_id!r}", "lower-case letters, digits, - _ .")
    message = _text(item, "message", where)
    severity = item.get("severity", "warning")
    if severity not in _SEVERITIES:
        raise where.error("severity", f"rule {rule_id!r}: severity must be error or warning")
    case = item.get("case_sensitive", False)
    if not isinstance(case, bool):
        raise where.error(
            "case_sensitive", f"rule {rule_id!r}: case_sensitive must be true or false"
        )
    flags = 0 if case else re.IGNORECASE
    if ("pattern" in item) == ("phrase" in item):
        raise where.error("id", f"rule {rule_id!r} needs a pattern or a phrase (one of them)")
    if "phrase" in item:
        phrase = _text(item, "phrase", where)
        words = r"\s+".join(re.escape(word) for word in phrase.split())
        pattern = re.compile(rf"(?<!\w){words}(?!\w)", flags)
    else:
        pattern = _pattern(item, "pattern", where, flags)
    return Rule(
        id=rule_id,
        message=message,
        severity=severity,
        pattern=pattern,
        languages=_languages(item, where, languages),
        unless=_optional_pattern(item, "unless", where, flags),
        source=_optional_pattern(item, "source", where, flags),
        unless_source=_optional_pattern(item, "unless_source", where, flags),
    )


def _text(item: dict[str, Any], key: str, where: _Where) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise where.error(key, f"a rule needs {key!r}, a non-empty string")
    return value


def _languages(
    item: dict[str, Any], where: _Where, project: Sequence[str]
) -> frozenset[str] | None:
    value = item.get("languages")
    if value is None:
        return None
    codes = [value] if isinstance(value, str) else value
    if not isinstance(codes, list) or not codes or not all(isinstance(c, str) for c in codes):
        raise where.error("languages", "'languages' must be a language code or a list of them")
    found = set()
    for code in codes:
        language = canonical_code(code)
        if language not in project:
            raise where.error(
                "languages",
                f"{code!r} is not one of the project's languages",
                ", ".join(project),
            )
        found.add(language)
    return frozenset(found)


def _optional_pattern(
    item: dict[str, Any], key: str, where: _Where, flags: int
) -> re.Pattern[str] | None:
    return _pattern(item, key, where, flags) if key in item else None


def _pattern(item: dict[str, Any], key: str, where: _Where, flags: int) -> re.Pattern[str]:
    text = _text(item, key, where)
    try:
        pattern = re.compile(text, flags)
    except re.error as exc:
        raise where.error(key, f"bad pattern: {exc.msg} at position {exc.pos}: {text}") from exc
    risky = _backtracking(text, flags)
    if risky:
        raise where.error(
            key,
            f"bad pattern: {risky} can take exponential time: {text}",
            "use a character class or a bounded repeat such as {1,20}",
        )
    return pattern


def _backtracking(text: str, flags: int) -> str:
    """What in a pattern can backtrack exponentially ('' when nothing): a repeat or
    an alternation inside an unbounded repeat."""
    try:
        parser: Any = importlib.import_module("re._parser")  # CPython's own parse tree
    except ImportError:  # pragma: no cover - another Python: nothing to look at
        return ""
    return _risky(parser.parse(text, flags), parser.MAXREPEAT, unbounded=False)


def _risky(items: Any, maxrepeat: object, unbounded: bool) -> str:
    for op, value in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            _, high, sub = value
            if unbounded and high != 1:
                return "a repeat inside an unbounded repeat"
            found = _risky(sub, maxrepeat, unbounded or high is maxrepeat)
        elif name == "BRANCH":
            if unbounded:
                return "an alternation inside an unbounded repeat"
            found = next((f for alt in value[1] if (f := _risky(alt, maxrepeat, False))), "")
        elif name == "SUBPATTERN":
            found = _risky(value[-1], maxrepeat, unbounded)
        elif name in ("ASSERT", "ASSERT_NOT"):
            found = _risky(value[1], maxrepeat, unbounded)
        else:
            found = ""
        if found:
            return found
    return ""


def _search(pattern: re.Pattern[str], text: str) -> bool:
    return any(pattern.search(window) for _, window in _windows(text))


def _occurrences(
    pattern: re.Pattern[str], unless: re.Pattern[str] | None, text: str
) -> Iterator[str]:
    """Each match of ``pattern`` not inside a match of ``unless``, window by window."""
    done = 0  # matches ending before this were found in an earlier window
    for start, window in _windows(text):
        excused = [m.span() for m in unless.finditer(window)] if unless is not None else []
        for match in pattern.finditer(window):
            if start + match.end() <= done or not match.group():
                continue
            if any(a <= match.start() and match.end() <= b for a, b in excused):
                continue
            yield match.group()
        done = start + len(window)


def _windows(text: str) -> Iterator[tuple[int, str]]:
    if len(text) <= WINDOW:
        yield 0, text
        return
    for start in range(0, len(text) - OVERLAP, WINDOW - OVERLAP):
        yield start, text[start : start + WINDOW]


class RuleTimeout(Exception):
    """The rules of one entry ran out of time (:func:`time_limit`)."""


@contextmanager
def time_limit(seconds: float | None = None) -> Iterator[None]:
    """Raise :class:`RuleTimeout` in the block after ``seconds`` (:data:`SECONDS`); no
    limit where no timer can interrupt it (not the main thread, or no ``setitimer``)."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise RuleTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, SECONDS if seconds is None else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
