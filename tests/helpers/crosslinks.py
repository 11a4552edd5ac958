"""The shipped project with links between its two articles, translated in every language.

The shipped articles do not link to each other; these tests need them to.
Each article gets a closing paragraph linking to the other in every form an
author may write (Markdown file, ``./`` and ``../source/`` paths with a
fragment, the source-language page by site path) plus a non-article link;
each catalog gets its translation, written with ``write_po`` so it is a
catalog as a translator would leave it. Then the real pipeline builds it.
"""

from __future__ import annotations

from pathlib import Path

from painl10n.pipeline.extract import extract
from painl10n.pipeline.update import update
from painl10n.po import read_po_file, write_po
from painl10n.project import Project

SLUGS = ["ketamine-for-physical-and-mental-pain", "psychobiology-of-chronic-pain"]
OTHER = {SLUGS[0]: SLUGS[1], SLUGS[1]: SLUGS[0]}

# One sentence per language; {o} is the other article's slug.
SEE_ALSO = {
    "en": (
        "Read next: [the other article]({o}.md), [its first section](./{o}.md#main), "
        "[the same from the source folder](../source/{o}.md), "
        "[its English page](/en/{o}.html) and [our contact page](/contact/)."
    ),
    "es": (
        "Siga leyendo: [el otro artículo]({o}.md), [su primera sección](./{o}.md#main), "
        "[lo mismo desde la carpeta de origen](../source/{o}.md), "
        "[su página en inglés](/en/{o}.html) y [nuestra página de contacto](/contact/)."
    ),
    "fr": (
        "À lire ensuite\u00a0: [l\u2019autre article]({o}.md), "
        "[sa première section](./{o}.md#main), "
        "[le même depuis le dossier source](../source/{o}.md), "
        "[sa page anglaise](/en/{o}.html) et [notre page de contact](/contact/)."
    ),
    "de": (
        "Weiterlesen: [der andere Artikel]({o}.md), [sein erster Abschnitt](./{o}.md#main), "
        "[derselbe aus dem Quellordner](../source/{o}.md), "
        "[seine englische Seite](/en/{o}.html) und [unsere Kontaktseite](/contact/)."
    ),
    "ar": (
        "اقرأ أيضًا: [المقالة الأخرى]({o}.md)، و[قسمها الأول](./{o}.md#main)، "
        "و[المقالة نفسها من مجلد المصدر](../source/{o}.md)، "
        "و[صفحتها الإنجليزية](/en/{o}.html) و[صفحة الاتصال](/contact/)."
    ),
}

# What each of the five links must become on a built page, in every language.
EXPECTED_HREFS = ["{o}.html", "{o}.html#main", "{o}.html", "{o}.html", "/contact/"]


def add_cross_links(root: Path) -> None:
    """Append the linking paragraph to both articles and translate it everywhere."""
    for slug, other in OTHER.items():
        path = root / "source" / f"{slug}.md"
        text = path.read_text("utf-8").rstrip("\n")
        path.write_text(f"{text}\n\n{SEE_ALSO['en'].format(o=other)}\n", "utf-8")
    project = Project.load(root)
    extract(project)
    update(project)
    for language in project.settings.languages:
        for slug, other in OTHER.items():
            path = project.catalog_path(language, slug)
            catalog = read_po_file(path)
            entry = catalog.find(SEE_ALSO["en"].format(o=other))
            assert entry is not None, f"{path}: the new paragraph was not extracted"
            entry.msgstr = SEE_ALSO[language].format(o=other)
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = None
            path.write_text(write_po(catalog, width=project.settings.wrap_width), "utf-8")
