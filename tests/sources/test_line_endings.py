"""A source checked out with CRLF (Git for Windows) segments as its LF twin.

Same msgids, contexts, kinds and lines, no CR in any of them; the identity
build gives the LF build with CRLF, and the same HTML. Over every CommonMark
spec example, the shipped articles and a front matter of each YAML style.
"""

from __future__ import annotations

import json

import pytest

from painl10n.errors import Painl10nError
from painl10n.localize.assemble import assemble
from painl10n.site.render import render_markdown
from painl10n.sources.model import Article
from painl10n.sources.segment import segment_article
from tests.helpers import DATA, REPO

SPEC = json.loads((DATA / "commonmark-spec-0.31.2.json").read_text("utf-8"))["examples"]
FRONT_MATTER = """\
---
title: "A quoted: title"
description: >-
  A folded
  description
summary: |
  A literal
  block
tags: [a, b]
---

# Heading

A hard break{TWO_SPACES}
and a backslash one\\
and a soft
one.
""".format(TWO_SPACES="  ")
DOCUMENTS = {
    **{f"spec example {e['example']}": str(e["markdown"]) for e in SPEC},
    **{path.name: path.read_text("utf-8") for path in sorted((REPO / "source").glob("*.md"))},
    "front matter": FRONT_MATTER,
}
FIELDS = ("title", "description", "summary")


def _segmented(text: str) -> Article | str:
    try:
        return segment_article(text, ref="a.md", default_slug="a", front_matter_fields=FIELDS)
    except Painl10nError as error:
        return str(error)


def test_the_documents_are_read_without_error() -> None:
    failing = [name for name, text in DOCUMENTS.items() if isinstance(_segmented(text), str)]
    assert len(failing) <= 3, failing  # spec examples our front matter reads otherwise
    assert len(DOCUMENTS) > 650


def test_every_document_segments_and_builds_as_its_lf_twin() -> None:
    differing = []
    for name, lf_text in DOCUMENTS.items():
        crlf_text = lf_text.replace("\n", "\r\n")
        lf, crlf = _segmented(lf_text), _segmented(crlf_text)
        if isinstance(lf, str) or isinstance(crlf, str):
            if lf != crlf:  # the same error, at the same line
                differing.append(name)
            continue
        facts = [[(s.msgid, s.context, s.kind, s.line) for s in a.segments] for a in (lf, crlf)]
        if facts[0] != facts[1] or any("\r" in f"{s.msgid}{s.context}" for s in crlf.segments):
            differing.append(name)
            continue
        lf_built = assemble(lf, lambda seg: seg.msgid).text
        crlf_built = assemble(crlf, lambda seg: seg.msgid).text
        same_html = render_markdown(crlf_built) == render_markdown(lf_built)
        if crlf_built != lf_built.replace("\n", "\r\n") or not same_html:
            differing.append(name)
    assert differing == []


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["LF", "CRLF"])
def test_front_matter_values_are_read_without_line_endings(newline: str) -> None:
    article = _segmented(FRONT_MATTER.replace("\n", newline))
    assert not isinstance(article, str)
    assert article.front_matter["description"] == "A folded description"
    assert article.front_matter["summary"] == "A literal\nblock\n"
    msgids = [s.msgid for s in article.segments]
    assert msgids[:3] == ["A quoted: title", "A folded description", "A literal\nblock\n"]
