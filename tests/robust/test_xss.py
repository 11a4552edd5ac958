"""Built pages never execute what a translator wrote.

Community translators are not all trusted.  Every XSS vector below goes,
as a translation in a PO catalog, into every kind of string (front matter
title and description, headings, paragraphs, list items, quotes, table
cells, image alt and title, link reference titles, footnotes); the site is
built and each page is parsed with an HTML parser.  No script element, no
event handler attribute, no element that loads or runs other content, and
no URL whose scheme (after entity decoding and the whitespace and control
stripping browsers do) is not http, https, mailto or tel may survive.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from painl10n.checks.registry import ENTRY_CHECKS
from painl10n.pipeline.build import BuildResult, build
from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po, write_po
from painl10n.project import Project
from painl10n.site.render import render_markdown

VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</script>",
    "<<script>alert(1)//<</script>",
    "<script>alert(1)",
    "<img src=x onerror=alert(1)>",
    '<img src="x" oNeRrOr="alert(1)"/>',
    "<img src=`x` onerror=alert(1)>",
    "<img src=x onerror=alert(1)//",
    '<img """><script>alert(1)</script>">',
    '<img src="x" title="&quot; onerror=&quot;alert(1)">',
    '<img srcset="javascript:alert(1) 1x">',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    '<svg><set attributeName="href" to="javascript:alert(1)">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<math href="javascript:alert(1)">x</math>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="  &#x20;javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="jav&#9;ascript:alert(1)">x</a>',
    '<a href="java&#x0A;script:alert(1)">x</a>',
    '<a href="java&Tab;script:alert(1)">x</a>',
    '<a href="java&NewLine;script:alert(1)">x</a>',
    '<a href="&#1;javascript:alert(1)">x</a>',
    '<a href="&#14;javascript:alert(1)">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="&#0000106avascript:alert(1)">x</a>',
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    "<a href=javascript:alert(1)>x</a>",
    "<a href=&#x6A;avascript:alert(1)>x</a>",
    '<a href="javascript:alert(1)">unclosed',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="x" onmouseover="alert(1)">x</a>',
    '<a href="https://example.org" target="_blank">fine</a>',
    "[x](javascript:alert(1))",
    "[x](JAVASCRIPT:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](javascript&#58;alert(1))",
    "[x](&#x6A;avascript:alert(1))",
    "[x](jav&#x09;ascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox(1))",
    '[x](https://example.org "title" onclick="alert(1)")',
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "<javascript:alert(1)>",
    "<data:text/html,alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    '<embed src="javascript:alert(1)">',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<td style="background:url(javascript:alert(1))">x</td>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<link rel="stylesheet" href="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><input type=submit></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    '<input type="image" src="javascript:alert(1)">',
    "<input onfocus=alert(1) autofocus>",
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(1)>",
    '<video><source onerror="alert(1)"></video>',
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "</p><script>alert(1)</script><p>",
    '"><script>alert(1)</script>',
    "' onmouseover='alert(1)",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    "<xmp><script>alert(1)</script></xmp>",
    "<textarea><script>alert(1)</script></textarea>",
    "</title><script>alert(1)</script>",
    '<a href="/relative/page.html">fine</a> <a href="mailto:care@example.org">mail</a>',
]

ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "poster", "background", "cite", "data", "codebase",
    "longdesc", "usemap", "ping", "manifest", "xlink:href", "srcset", "to", "from", "values",
    "dynsrc", "lowsrc",
}  # fmt: skip
# Elements that run, load or restyle content; the page template's own <style>,
# <meta> and <link> are allowed in <head> only.
FORBIDDEN = {
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base",
    "svg", "math", "template", "noscript", "xmp", "textarea", "button", "video", "audio",
    "source", "marquee", "body-in-body", "style", "meta", "link", "set", "animate",
}  # fmt: skip
HEAD_ONLY = {"style", "meta", "link", "title"}
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_CONTROL = "".join(chr(c) for c in range(0x21))


def url_scheme(value: str) -> str | None:
    """The scheme a browser would see: tabs/newlines removed, controls stripped."""
    cleaned = re.sub(r"[\t\n\r]", "", value).strip(_CONTROL)
    match = _SCHEME.match(cleaned)
    return match[1].lower() if match else None


def dangerous_url(value: str) -> bool:
    return url_scheme(value) not in (ALLOWED_SCHEMES | {None})


class Audit(HTMLParser):
    """Everything in a page that could run code (attribute values arrive decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.in_head = False
        self.bodies = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
            self.bodies += 1
            if self.bodies > 1:
                self.problems.append("second <body>")
        if tag in FORBIDDEN and not (self.in_head and tag in HEAD_ONLY):
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") or name in ("srcdoc", "http-equiv", "formaction"):
                self.problems.append(f"<{tag} {name}>")
            elif name == "style" and not re.fullmatch(r"\s*(text-align:\s*\w+;?\s*)?", value):
                self.problems.append(f"<{tag} style={value!r}>")
            elif name in URL_ATTRIBUTES:
                urls = [part.split()[0] for part in value.split(",") if part.split()]
                if name != "srcset":
                    urls = [value]
                for url in urls:
                    if dangerous_url(url):
                        self.problems.append(f"<{tag} {name}={value!r}>")

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False


def audit(html: str) -> list[str]:
    parser = Audit()
    parser.feed(html)
    parser.close()
    return parser.problems


# -- the site: every vector through every kind of string -----------------------------

ARTICLE = """\
---
title: Title of article {n}
description: Description of article {n}
---

# Heading of article {n}

Paragraph of article {n} with a [reference link][ref].

- List item of article {n}

> Quote of article {n}

| Header cell {n} | Other header {n} |
|---|---|
| Body cell {n} | Other cell {n} |

![Alt text {n}](images/a.png "Image title {n}")

Footnoted sentence {n}.[^1]

[^1]: Footnote text of article {n}.

[ref]: https://example.org/ref "Reference title {n}"
"""


SLOTS = 15  # strings in ARTICLE
PASSES = 2  # each vector goes into this many different kinds of string
ARTICLES = PASSES * -(-len(VECTORS) // SLOTS)


def vector_for(article: int, slot: int) -> str:
    """Pass 0 puts vector v in slot v % 15, pass 1 in slot (v - 7) % 15."""
    turn, offset = divmod(article, ARTICLES // PASSES)
    return VECTORS[(offset * SLOTS + slot + turn * 7) % len(VECTORS)]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    root = tmp_path_factory.mktemp("xss")
    (root / "painl10n.toml").write_text('languages = ["es"]\n', "utf-8")
    (root / "source").mkdir()
    for n in range(ARTICLES):
        (root / "source" / f"a{n:03d}.md").write_text(ARTICLE.format(n=n), "utf-8")
    project = Project.load(root)
    extract(project)
    update(project)
    for n in range(ARTICLES):
        path = project.catalog_path("es", f"a{n:03d}")
        catalog = read_po(path.read_text("utf-8"), path=str(path))
        assert len(catalog) == SLOTS
        for k, entry in enumerate(catalog):
            entry.msgstr = vector_for(n, k)
            # check rejects them, and the publishing gate would not publish them: a
            # translator silences every check, so the sanitizers are the last defence.
            entry.tcomment = "painl10n-ignore: " + ", ".join(c.id for c in ENTRY_CHECKS)
        path.write_text(write_po(catalog), "utf-8")
    return root, build(project)


def pages(root: Path) -> list[Path]:
    return sorted((root / "output" / "es").glob("a*.html"))


def test_every_vector_reached_two_kinds_of_string(
    hostile_site: tuple[Path, BuildResult],
) -> None:
    """The vectors were really published (not refused or left untranslated)."""
    root, result = hostile_site
    assert len(result.outcomes) == ARTICLES
    assert all(o.translated == o.total == SLOTS for o in result.outcomes)
    slots: dict[str, set[int]] = {}
    for n in range(ARTICLES):
        for k in range(SLOTS):
            slots.setdefault(vector_for(n, k), set()).add(k)
    assert len(slots) == len(VECTORS)
    assert all(len(kinds) >= PASSES for kinds in slots.values())
    markdown = "".join(p.read_text("utf-8") for p in (root / "output" / "es").glob("*.md"))
    shown = markdown.replace("\\<", "<").replace("\\](", "](")  # escaped, then shown as text
    assert all(vector in shown or "\n" in vector for vector in VECTORS)


def test_localized_markdown_carries_no_translators_code(
    hostile_site: tuple[Path, BuildResult],
) -> None:
    """A site generator renders ``output/es/*.md`` itself, raw HTML included: rendered
    without any sanitizer, nothing a translator wrote can run (issue 17)."""
    root = hostile_site[0]
    found = {
        md.name: audit(render_markdown(md.read_text("utf-8")))
        for md in sorted((root / "output" / "es").glob("a*.md"))
    }
    assert len(found) == ARTICLES
    assert {name: problems for name, problems in found.items() if problems} == {}
    markdown = "".join(p.read_text("utf-8") for p in (root / "output" / "es").glob("a*.md"))
    assert "\\<script>alert(1)\\</script>" in markdown  # shown as text, not dropped
    assert "\\<img src=x onerror=alert(1)>" in markdown


def test_no_built_page_can_run_a_translators_code(
    hostile_site: tuple[Path, BuildResult],
) -> None:
    found = {page.name: audit(page.read_text("utf-8")) for page in pages(hostile_site[0])}
    assert len(found) == ARTICLES
    assert {name: problems for name, problems in found.items() if problems} == {}


def test_indexes_are_clean_too(hostile_site: tuple[Path, BuildResult]) -> None:
    root = hostile_site[0]
    for index in [root / "output" / "index.html", root / "output/es/index.html"]:
        assert audit(index.read_text("utf-8")) == []


def test_benign_markup_and_safe_links_survive(hostile_site: tuple[Path, BuildResult]) -> None:
    """Near miss: sanitizing does not strip what is safe."""
    html = "\n".join(page.read_text("utf-8") for page in pages(hostile_site[0]))
    assert 'href="/relative/page.html"' in html
    assert 'href="mailto:care@example.org"' in html
    assert 'href="https://example.org"' in html
    markdown = "".join(p.read_text("utf-8") for p in (hostile_site[0] / "output/es").glob("*.md"))
    assert '<a href="/relative/page.html">fine</a>' in markdown  # not escaped: safe


# -- the detector itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "dangerous"),
    [
        ("javascript:alert(1)", True),
        (" JavaScript:alert(1)", True),
        ("jav\tascript:alert(1)", True),
        ("\x01javascript:alert(1)", True),
        ("java\nscript:alert(1)", True),
        ("data:text/html,x", True),
        ("vbscript:x", True),
        ("https://example.org/a:b", False),
        ("mailto:a@example.org", False),
        ("/relative:path", False),
        ("page.html#x:y", False),
        ("?q=javascript:x", False),
    ],
)
def test_url_classifier(value: str, dangerous: bool) -> None:
    assert dangerous_url(value) is dangerous


def test_the_audit_catches_the_vectors_before_sanitizing() -> None:
    """Near miss: the unsanitized rendering of the same strings is full of problems."""
    caught = [vector for vector in VECTORS if audit(render_markdown(vector + "\n"))]
    assert len(caught) >= len(VECTORS) * 3 // 4, len(caught)
    assert audit('<a href="jav&#x09;ascript:alert(1)">x</a>') == [
        "<a href='jav\\tascript:alert(1)'>"
    ]
    assert audit("<html><head><style>p{}</style></head><body><p>ok</p></body></html>") == []
    assert audit("<body><style>p{}</style></body>") == ["<style>"]
