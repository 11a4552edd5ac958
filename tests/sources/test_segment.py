"""Segmentation: what becomes a message, with which kind, line and context."""

from __future__ import annotations

import textwrap

import pytest

from painl10n.errors import Painl10nError
from painl10n.sources.model import Article
from painl10n.sources.segment import flatten, segment_article
from tests.helpers import REPO
from tests.helpers.documents import STRESS


def segment(text: str, fields: tuple[str, ...] = ("title", "description")) -> Article:
    return segment_article(text, ref="source/a.md", default_slug="a", front_matter_fields=fields)


def msgids(text: str) -> list[str]:
    return [s.msgid for s in segment(text).segments]


def test_every_block_kind_is_extracted_with_kind_and_line() -> None:
    found = [(s.line, s.kind, s.msgid) for s in segment(STRESS).segments]
    assert found == [
        (2, "front matter: title", "A title"),
        (3, "front matter: description", "A description: with a colon"),
        (6, "heading h1", "Heading *one*"),
        (8, "heading h2", "Setext heading"),
        (
            11,
            "paragraph",
            "A paragraph with **bold**, *emphasis*, `code`, "
            'a [link](https://example.org/a-b "Title"), '
            "an image ![alt text](img.png), a hard break  \n"
            "and a backslash break\\\n"
            "and an autolink <https://example.org>.",
        ),
        (16, "blockquote", "A quote that spans two lines."),
        (19, "list item", "a list in a quote with a lazy line"),
        (22, "list item", "First item"),
        (24, "list item", "Second paragraph of the first item."),
        (25, "list item", "Second item"),
        (26, "list item", "nested item"),
        (28, "table header cell", "Column A"),
        (28, "table header cell", "Column B | with pipe"),
        (30, "table cell", "cell one"),
        (30, "table cell", "`co|de` and *em*"),
        (32, "paragraph", "Text with a footnote.[^note]"),
        (34, "footnote", "The footnote text continues here."),
        (37, "image alt text", "A standalone image"),
        (37, "image title", "Picture title"),
        (39, "link title", "Reference title"),
        (45, "HTML text in <div>", "Raw HTML block"),
    ]


def test_code_html_urls_and_other_front_matter_are_not_extracted() -> None:
    text = STRESS.replace("title: A title", "title: A title\ndate: 2024-01-01\nauthor: Someone")
    joined = "\n".join(msgids(text))
    for absent in ("code_is_not_translated", "2024", "Someone", "author"):
        assert absent not in joined
    # The text of an HTML block is offered, as HTML text (tests/sources/test_html_text.py).
    found = [(seg.kind, seg.msgid) for seg in segment(text).segments if "HTML" in seg.kind]
    assert found == [("HTML text in <div>", "Raw HTML block")]


def test_front_matter_fields_are_configurable() -> None:
    text = "---\ntitle: T\nsummary: S\ndescription: D\n---\n\nBody text.\n"
    assert msgids(text) == ["T", "D", "Body text."]
    found = segment(text, fields=("summary",)).segments
    assert [(s.kind, s.msgid) for s in found] == [
        ("front matter: summary", "S"),
        ("paragraph", "Body text."),
    ]


def test_reflowing_or_reindenting_a_paragraph_keeps_every_msgid() -> None:
    prose = (
        "Chronic pain is defined as pain that lasts for more than three months "
        "or longer than the typical healing time for an injury, with *emphasis "
        "across words* and a [link text](https://example.org/x) and `code span`."
    )
    expected = msgids(prose + "\n\n- " + prose + "\n\n> " + prose + "\n")
    for width in (20, 33, 50, 79, 200):
        lines = textwrap.wrap(prose, width, break_long_words=False, break_on_hyphens=False)
        para = "\n".join(lines)
        item = "- " + "\n  ".join(lines)
        lazy_item = "- " + "\n".join(lines)
        quote = "> " + "\n> ".join(lines)
        indented = "   " + "\n      ".join(lines)
        text = f"{para}\n\n{item}\n\n{quote}\n"
        assert msgids(text) == expected
        assert msgids(f"{indented}\n\n{lazy_item}\n\n{quote}\n") == expected


def test_flatten_keeps_hard_breaks_and_joins_soft_ones() -> None:
    assert flatten("a\n   b") == "a b"
    assert flatten("a  \nb") == "a  \nb"
    assert flatten("a\\\n  b") == "a\\\nb"
    assert flatten("a\\\\\nb") == "a\\\\ b"  # an escaped backslash is not a break


def test_directives_skip_context_and_note() -> None:
    text = textwrap.dedent(
        """\
        <!-- painl10n: skip -->
        Skipped paragraph.

        <!-- painl10n: context button -->
        Open

        Open

        <!-- painl10n: note Keep it under 20 characters. -->
        - Noted item one
        - Noted item two

        <!-- painl10n: skip-start -->
        Skipped one.

        # Skipped heading
        <!-- painl10n: skip-end -->

        Kept.
        """
    )
    found = segment(text).segments
    assert [(s.msgid, s.context, s.notes) for s in found] == [
        ("Open", "button", ()),
        ("Open", None, ()),
        ("Noted item one", None, ("Keep it under 20 characters.",)),
        ("Noted item two", None, ("Keep it under 20 characters.",)),
        ("Kept.", None, ()),
    ]


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("<!-- painl10n: skp -->\ntext\n", "unknown directive 'skp'", 1),
        ("para\n\n<!-- painl10n: skip-start -->\ntext\n", "skip-start is never closed", 3),
        ("<!-- painl10n: skip-end -->\n", "skip-end without skip-start", 1),
        ("<!-- painl10n: context -->\ntext\n", "directive 'context' needs a text", 1),
        ("text\n\n<!-- painl10n: skip -->\n", "directive is not followed by a block", 3),
        ("---\ntitle: [unclosed\n---\n\ntext\n", "broken front matter", 2),
        ("---\n- a list\n---\n\ntext\n", "front matter must be a mapping", 2),
        ("---\ntitle: x\n\ntext without the closing line\n", "front matter is not closed", 1),
        ("---\nslug: Not A Slug\n---\n\ntext\n", "invalid slug 'Not A Slug'", None),
        ("---\nslug: index\n---\n\ntext\n", "slug 'index' is reserved", None),
    ],
)
def test_bad_input_names_file_and_line(text: str, message: str, line: int | None) -> None:
    with pytest.raises(Painl10nError) as caught:
        segment(text)
    assert message in str(caught.value)
    assert caught.value.path == "source/a.md"
    assert caught.value.line == line


def test_crlf_sources_keep_offsets() -> None:
    text = "# Title\r\n\r\nFirst line\r\nsecond line.\r\n"
    article = segment(text)
    assert [s.msgid for s in article.segments] == ["Title", "First line second line."]
    assert [text[s.start : s.end] for s in article.segments] == [
        "Title",
        "First line\r\nsecond line.",
    ]


def test_lone_code_or_url_is_not_a_message() -> None:
    assert msgids("`just_code()`\n\n<https://example.org>\n\n1234\n\nWords.\n") == ["Words."]


def test_a_leading_thematic_break_is_not_taken_for_front_matter() -> None:
    assert msgids("---\n\nText after a rule.\n") == ["Text after a rule."]


def test_slug_comes_from_front_matter_or_file_name() -> None:
    assert segment("---\nslug: my-page\n---\n\nx y\n").slug == "my-page"
    assert segment("Text.\n").slug == "a"


SLUG_CASES = [
    "# Title\n\nText.\n",
    "---\ntitle: T\nslug: chosen-slug\n---\n\n# T\n",
    "---\ntitle: T\n---\n\n# T\n",
    "---\nslug: 12\n---\n",
    "Text\n\n---\nslug: not-front-matter\n---\n",
    "----\nslug: four-dashes\n----\n\nText.\n",
    "---\nslug: 'quoted-slug'\ntitle: |\n  block\n---\n",
    "---   \nslug: trailing-spaces\n---\n",
    "\n---\nslug: after-a-blank-line\n---\n",
]


@pytest.mark.parametrize("text", SLUG_CASES)
def test_article_slug_is_the_segmenting_slug(text: str) -> None:
    """The build learns slugs from the front matter alone; it must be the same slug."""
    from painl10n.sources.segment import article_slug

    full = segment_article(text, ref="a.md", default_slug="default", front_matter_fields=())
    assert article_slug(text, ref="a.md", default_slug="default") == full.slug


@pytest.mark.parametrize("text", ["---\nslug: Not A Slug\n---\n", "---\nslug: [a\n---\n"])
def test_article_slug_fails_as_segmenting_does(text: str) -> None:
    from painl10n.sources.segment import article_slug

    with pytest.raises(Painl10nError) as full:
        segment_article(text, ref="a.md", default_slug="default", front_matter_fields=())
    with pytest.raises(Painl10nError) as peeked:
        article_slug(text, ref="a.md", default_slug="default")
    assert str(peeked.value) == str(full.value)


def test_article_slug_on_shipped_and_corpus_articles() -> None:
    from benchmarks.corpus import article
    from painl10n.sources.segment import article_slug

    root = REPO
    texts = [p.read_text("utf-8") for p in sorted((root / "source").glob("*.md"))]
    texts += [article(index)[1] for index in range(30)]
    for text in texts:
        full = segment_article(text, ref="a.md", default_slug="d", front_matter_fields=("title",))
        assert article_slug(text, ref="a.md", default_slug="d") == full.slug


def test_a_front_matter_key_given_twice_is_an_error() -> None:
    """YAML readers keep the last value or refuse the file: either way not what was
    translated. Found with its line, once for the whole run."""
    text = "---\ntitle: Ketamine\ndescription: x\ntitle: Ketamin\n---\n\nBody.\n"
    with pytest.raises(Painl10nError) as caught:
        segment_article(text, ref="source/a.md", default_slug="a", front_matter_fields=("title",))
    assert str(caught.value) == (
        "source/a.md:4: front matter key 'title' is given twice (first on line 2) "
        "(keep one of them)"
    )


@pytest.mark.parametrize(
    "front",
    [
        "author:\n  name: A\neditor:\n  name: B\n",  # one key name in two mappings
        "tags:\n  - name: a\n  - name: b\n",  # in a list of mappings
        "base: &b\n  x: 1\nother:\n  <<: *b\n  y: 2\n",  # a merge key
        "title: A\nTitle: B\n",  # keys differ in case
    ],
)
def test_near_misses_of_duplicate_keys_pass(front: str) -> None:
    text = f"---\n{front}---\n\nBody.\n"
    article = segment_article(text, ref="a.md", default_slug="a", front_matter_fields=("title",))
    assert article.segments[-1].msgid == "Body."


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("No", "front matter field 'title' is a yes/no value in YAML, not text: 'No'"),
        ("0x7E8", "front matter field 'title' is a number in YAML, not text: '0x7E8'"),
        ("20.10", "front matter field 'title' is a number in YAML, not text: '20.10'"),
        ("2024-03-01", "front matter field 'title' is a date in YAML, not text"),
        ("[Pain, Relief]", "front matter field 'title' is a list, not text"),
        ("{en: Pain}", "front matter field 'title' is a mapping, not text"),
    ],
)
def test_a_translatable_field_that_is_not_text_is_an_error(value: str, message: str) -> None:
    """``title: No`` is YAML's false: it reached no translator and showed as False."""
    text = f"---\ndescription: Fine\ntitle: {value}\n---\n\nBody.\n"
    with pytest.raises(Painl10nError) as caught:
        segment_article(text, ref="a.md", default_slug="a", front_matter_fields=("title",))
    assert caught.value.line == 3 and message in str(caught.value)


@pytest.mark.parametrize(
    "value", ['"No"', "'2024'", "No pain, no gain", "", "~", "Yes please", "2024", "-1", "2.5"]
)
def test_text_and_empty_values_of_a_translatable_field_pass(value: str) -> None:
    text = f"---\ntitle: {value}\ndate: 2024-03-01\n---\n\nBody.\n"
    article = segment_article(text, ref="a.md", default_slug="a", front_matter_fields=("title",))
    assert article.segments[-1].msgid == "Body."  # the date, not configured, is no error
