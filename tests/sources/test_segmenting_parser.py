"""The segmenting parser skips inline parsing it does not need, and finds the same segments."""

from __future__ import annotations

import json

import pytest

import painl10n.sources.segment as segment
from benchmarks.corpus import article
from painl10n.sources.markdown import parser, segmenting_parser
from tests.helpers import DATA

SPEC = DATA / "commonmark-spec-0.31.2.json"
EXTRA = [
    "Text with a note[^n] here.\n\n[^n]: The note text.\n",
    "Inline ^[an inline note with words] here.\n",
    "`code` only\n\n<http://example.org> only\n\n<b>html</b> only\n\n&amp; only\n",
    "Words first, then `code` and [a link](x.md).\n",
    "[link text](x.md) first\n\n![alt words](i.png)\n\n\\*escaped\\* words\n",
]


def _segments(text: str, monkeypatch: pytest.MonkeyPatch, full: bool) -> object:
    monkeypatch.setattr(segment, "segmenting_parser", parser if full else segmenting_parser)
    try:
        return segment.segment_article(
            text, ref="x.md", default_slug="x", front_matter_fields=("title", "description")
        ).segments
    except Exception as exc:  # the same error either way
        return repr(exc)


def test_lazy_inline_finds_the_same_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [example["markdown"] for example in json.loads(SPEC.read_text("utf-8"))["examples"]]
    texts += [article(index)[1] for index in range(30)] + EXTRA
    differing = [
        text[:60]
        for text in texts
        if _segments(text, monkeypatch, full=False) != _segments(text, monkeypatch, full=True)
    ]
    assert differing == []


def test_lazy_inline_really_skips_plain_paragraphs() -> None:
    tokens = segmenting_parser().parse("Plain words and *emphasis* here.\n\nA [link](x) later.\n")
    inline = [t for t in tokens if t.type == "inline"]
    assert [c.type for c in inline[0].children or []] == ["text"]  # not parsed: one child
    assert "link_open" not in [c.type for c in inline[0].children or []]
    assert len(inline[0].children or []) == 1
    full = parser().parse("Plain words and *emphasis* here.\n")
    assert len(next(t for t in full if t.type == "inline").children or []) > 1


def test_segment_and_parse_gives_the_same_article_and_a_whole_parse() -> None:
    """The build renders the source page from these tokens: they must be the full parse."""
    texts = [example["markdown"] for example in json.loads(SPEC.read_text("utf-8"))["examples"]]
    texts += [article(index)[1] for index in range(30)] + EXTRA
    md = parser()
    compared = 0
    for text in texts:
        fields = ("title", "description")
        try:
            lazy = segment.segment_article(
                text, ref="x.md", default_slug="x", front_matter_fields=fields
            )
        except Exception as exc:
            with pytest.raises(type(exc)):
                segment.segment_and_parse(
                    text, ref="x.md", default_slug="x", front_matter_fields=fields
                )
            continue
        full, tokens = segment.segment_and_parse(
            text, ref="x.md", default_slug="x", front_matter_fields=fields
        )
        assert full == lazy
        assert md.renderer.render(tokens, md.options, {}) == md.render(text)
        compared += 1
    assert compared > 600
