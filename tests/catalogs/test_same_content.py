"""``same_content``: a template is rewritten only when more than its volatile header moved."""

from __future__ import annotations

from painl10n.catalogs.template import same_content

HEADER = (
    "# Template\n"
    'msgid ""\n'
    'msgstr ""\n'
    '"Project-Id-Version: a\\n"\n'
    '"POT-Creation-Date: {date}\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"X-Generator: {generator}\\n"\n'
)
ENTRY = '\n#: source/a.md:3\nmsgid "{text}"\nmsgstr ""\n'


def template(
    date: str = "2026-01-01 10:00+0000", generator: str = "painl10n 0.1", **kw: str
) -> str:
    return HEADER.format(date=date, generator=generator) + ENTRY.format(text=kw.get("text", "Pain"))


def test_only_the_date_and_generator_moved() -> None:
    old = template()
    assert same_content(old, template(date="2026-11-22 09:00+0000", generator="painl10n 0.2"))


def test_an_entry_that_moved_is_a_change() -> None:
    assert not same_content(template(), template(text="Chronic pain"))


def test_an_entry_quoting_a_volatile_field_is_compared_whole() -> None:
    """Only the header's fields are volatile: body lines that look like them still count."""
    old = template(text="POT-Creation-Date: 2020")
    new = template(text="POT-Creation-Date: 2021")
    assert old != new and not same_content(old, new)


def test_another_header_field_is_a_change() -> None:
    old = template()
    assert not same_content(old, old.replace("Project-Id-Version: a", "Project-Id-Version: b"))
