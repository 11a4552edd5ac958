"""Painl10nErrors: several refused files in one error, whole across processes."""

from __future__ import annotations

import pickle

import pytest

from painl10n.errors import Painl10nError, Painl10nErrors, PoSyntaxError, flatten, raise_all


def test_each_error_on_its_line_then_how_many_files() -> None:
    errors = [
        PoSyntaxError("unterminated string", path="a.po", line=3),
        Painl10nError("bad slug", path="b.md", hint="rename it"),
        Painl10nError("another", path="a.po", line=9),  # one file, two errors
    ]
    combined = Painl10nErrors(errors)
    assert str(combined).splitlines() == [
        "a.po:3: unterminated string",
        "b.md: bad slug (rename it)",
        "a.po:9: another",
        "2 files refused",
    ]
    assert isinstance(combined, Painl10nError)


def test_it_crosses_a_process_boundary_whole() -> None:
    combined = Painl10nErrors([Painl10nError("x", path="a.md", line=2, hint="h")] * 2)
    again = pickle.loads(pickle.dumps(combined))
    assert str(again) == str(combined)
    assert [error.path for error in again.errors] == ["a.md", "a.md"]


def test_raise_all_raises_nothing_one_or_all() -> None:
    raise_all([])
    one = Painl10nError("only", path="a.md")
    with pytest.raises(Painl10nError) as info:
        raise_all([one])
    assert info.value is one  # one error prints as it always did
    with pytest.raises(Painl10nErrors) as many:
        raise_all([one, Painl10nErrors([Painl10nError("b"), Painl10nError("c")])])
    assert [error.message for error in many.value.errors] == ["only", "b", "c"]


def test_an_unreadable_file_is_named_and_a_bug_is_raised_as_it_is() -> None:
    denied = PermissionError(13, "Permission denied", "locales/es/LC_MESSAGES/a.po")
    (found,) = flatten([denied])
    assert str(found) == "locales/es/LC_MESSAGES/a.po: Permission denied"
    with pytest.raises(KeyError):
        flatten([Painl10nError("fine"), KeyError("bug")])
