"""The pseudo-locale keeps the order a generator sorts pages in: Hugo lists a section's
pages of equal weight by title, with its language's collation (accents count after the
letter), so each accented letter must sort as its own letter does — thorn for "p" sorted
after "z" and moved Docsy's "Print Support" below "Repo links" in en-XA."""

from __future__ import annotations

import string
import unicodedata
from pathlib import Path

from painl10n import Project, build
from painl10n.pipeline.extract import extract
from painl10n.pipeline.pseudo import write_pseudo_catalogs
from painl10n.pipeline.update import update
from painl10n.text.pseudo import ACCENTS
from tests.helpers.generators import build_hugo
from tests.helpers.html import HtmlPage

FRUITS = [
    "Apple",
    "Banana",
    "Cherry",
    "Date",
    "Elder",
    "Fig",
    "Grape",
    "Hop",
    "Iris",
    "Jasmine",
    "Kiwi",
    "Lemon",
    "Mango",
    "Nut",
    "Olive",
    "Pear",
    "Quince",
    "Rose",
    "Sage",
    "Thyme",
    "Ugli",
    "Vanilla",
    "Walnut",
    "Xigua",
    "Yam",
    "Zucchini",
]
LIST = (
    "<!DOCTYPE html>\n<html><body><ul>"
    '{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}'
    "</ul></body></html>\n"
)


def test_every_accented_letter_is_its_letter_with_a_mark_or_a_letter_sorted_beside_it() -> None:
    for letter in string.ascii_letters:
        accented = letter.translate(ACCENTS)
        assert accented != letter
        base = unicodedata.normalize("NFD", accented)[0]
        # a mark on the letter, or a letter of its own that the Unicode collation puts
        # right after it (ƀ, ð, ƒ, ɱ, ɋ and their capitals)
        assert base == letter or accented in "ƀɃðÐƒƑɋɊ", (letter, accented)
        assert accented.swapcase() == letter.swapcase().translate(ACCENTS)  # one mark a pair


def test_a_pseudo_section_lists_its_pages_in_the_sources_order(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "content" / "fruit").mkdir(parents=True)
    (root / "layouts" / "_default").mkdir(parents=True)
    for name in ("list.html", "single.html"):
        (root / "layouts" / "_default" / name).write_text(LIST, "utf-8")
    (root / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "Fruit"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
        'defaultContentLanguage = "en"\ndefaultContentLanguageInSubdir = true\n'
        '[languages.en]\nweight = 1\n[languages.en-xa]\nweight = 2\nlanguageName = "en-XA"\n',
        "utf-8",
    )
    (root / "painl10n.toml").write_text(
        'languages = ["es"]\ngenerator = "hugo"\nsource_dir = "content"\n', "utf-8"
    )
    (root / "content" / "fruit" / "_index.md").write_text("---\ntitle: Fruit\n---\n", "utf-8")
    for fruit in reversed(FRUITS):  # titles, not file names, decide the order
        for case, title in (("upper", fruit), ("lower", fruit.lower())):
            page = root / "content" / "fruit" / f"{case}-{FRUITS.index(fruit):02}.md"
            page.write_text(f"---\ntitle: {title}\n---\n\nAbout {fruit}.\n", "utf-8")
    project = Project.load(root)
    extract(project)
    update(project)
    write_pseudo_catalogs(project, ["en-XA"])
    build(Project.load(root), ["en-XA"])
    build_hugo(root, root / "public")
    orders = {}
    for language in ("en", "en-xa"):
        page = HtmlPage(root / "public" / language / "fruit" / "index.html")
        hrefs = [link.attrs["href"] for link in page.all("a")]
        orders[language] = [href.removeprefix(f"/{language}/") for href in hrefs]
    assert len(orders["en"]) == 2 * len(FRUITS)
    assert orders["en-xa"] == orders["en"]
