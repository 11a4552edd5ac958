"""The small multilingual site the generator tests publish, and painl10n's part in it.

Two CommonMark articles (headings, a list, a table, emphasis, an image,
links between them), real Spanish translations for every message, and the
steps a publisher runs: ``painl10n update``, the translator's work,
``painl10n pseudo``, ``painl10n build --no-html``. Each generator test writes
the generator's own files around them.
"""

from __future__ import annotations

import struct
import subprocess
import sys
import zlib
from pathlib import Path

import polib

ARTICLES = {
    "back-pain.md": """\
---
title: Low back pain
description: What helps when your lower back hurts.
---
# Low back pain

Most low back pain gets better *within a few weeks*. Stay as active as you can.

## What helps

- Keep moving: short walks are better than bed rest.
- Put heat on the sore area for **20 minutes** at a time.
- Take pain relief as your pharmacist advises.

## How much does it hurt?

![A pain scale from 0 to 10](pain-scale.png)

| Score | What it means |
|---|---|
| 0 | No pain |
| 10 | The worst pain you can imagine |

If pain keeps you awake, read [Sleeping with pain](sleep.md).
""",
    "sleep.md": """\
---
title: Sleeping with pain
---
# Sleeping with pain

Pain and poor sleep feed each other.

1. Go to bed at the same time every night.
2. Try a pillow between your knees.

Back to [Low back pain](back-pain.md).
""",
}

IMAGE = "pain-scale.png"

# Patient-facing Spanish, every message of ARTICLES: a message missing here
# fails the test (fill_catalogs), so a change of segmentation is seen.
SPANISH = {
    "Low back pain": "Dolor lumbar",
    "What helps when your lower back hurts.": (
        "Qué ayuda cuando le duele la parte baja de la espalda."
    ),
    "Most low back pain gets better *within a few weeks*. Stay as active as you can.": (
        "La mayoría de los dolores lumbares mejoran *en pocas semanas*. "
        "Manténgase tan activo como pueda."
    ),
    "What helps": "Qué ayuda",
    "Keep moving: short walks are better than bed rest.": (
        "Siga moviéndose: los paseos cortos son mejores que el reposo en cama."
    ),
    "Put heat on the sore area for **20 minutes** at a time.": (
        "Aplique calor en la zona dolorida durante **20 minutos** cada vez."
    ),
    "Take pain relief as your pharmacist advises.": (
        "Tome analgésicos según le indique su farmacéutico."
    ),
    "How much does it hurt?": "¿Cuánto le duele?",
    "A pain scale from 0 to 10": "Una escala del dolor de 0 a 10",
    "Score": "Puntuación",
    "What it means": "Qué significa",
    "No pain": "Sin dolor",
    "The worst pain you can imagine": "El peor dolor que pueda imaginar",
    "If pain keeps you awake, read [Sleeping with pain](sleep.md).": (
        "Si el dolor no le deja dormir, lea [Dormir con dolor](sleep.md)."
    ),
    "Sleeping with pain": "Dormir con dolor",
    "Pain and poor sleep feed each other.": "El dolor y el mal sueño se alimentan mutuamente.",
    "Go to bed at the same time every night.": "Acuéstese a la misma hora todas las noches.",
    "Try a pillow between your knees.": "Pruebe a poner una almohada entre las rodillas.",
    "Back to [Low back pain](back-pain.md).": "Volver a [Dolor lumbar](back-pain.md).",
    # HOME_PAGE
    "Pain guide": "Guía del dolor",
    "Read about [Low back pain](back-pain.md) and [Sleeping with pain](sleep.md).": (
        "Lea sobre el [Dolor lumbar](back-pain.md) y sobre cómo [Dormir con dolor](sleep.md)."
    ),
}

# A home page (MkDocs' index.md): with a generator, an article is named by its
# path, so `index` is a name like any other.
HOME_PAGE = """\
# Pain guide

Read about [Low back pain](back-pain.md) and [Sleeping with pain](sleep.md).
"""

# Text that must be on each Spanish page, and must not be on the English one.
SPANISH_ON_PAGE = {
    "back-pain": ["Dolor lumbar", "Qué ayuda", "Sin dolor", "Puntuación", "en pocas semanas"],
    "sleep": ["Dormir con dolor", "Pruebe a poner una almohada entre las rodillas."],
}

# The pseudo-locale painl10n writes (`painl10n pseudo`), published as a language.
PSEUDO = "en-XA"


def tiny_png(left: bytes = b"\xff\x00\x00", right: bytes = b"\xff\xff\xff") -> bytes:
    """A real 4 by 4 PNG (red and white halves): the generators copy an image that decodes."""
    rows = b"".join(b"\x00" + (left * 2 + right * 2) for _ in range(4))

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def write_project(root: Path, generator: str, source_dir: str, layout: str | None = None) -> Path:
    """painl10n's settings and the English articles at ``root/source_dir``; returns that folder.

    ``layout``: the ``output_layout``, if not the generator's own."""
    chosen = f'output_layout = "{layout}"\n' if layout else ""
    (root / "painl10n.toml").write_text(
        f'languages = ["es"]\ngenerator = "{generator}"\nsource_dir = "{source_dir}"\n{chosen}',
        "utf-8",
    )
    source = root / source_dir
    source.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (source / name).write_text(text, "utf-8")
    return source


def painl10n(root: Path, *args: str) -> str:
    """Run the real command line in ``root``; a failure shows its output."""
    done = subprocess.run(
        [sys.executable, "-m", "painl10n", *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"painl10n {' '.join(args)}: {done.stdout}{done.stderr}"
    return done.stdout


def fill_catalogs(root: Path, language: str, translations: dict[str, str], ignore: str = "") -> int:
    """Translate every message of ``root``'s catalogs for ``language``, as a translator would.

    Fails on a message ``translations`` lacks; returns how many were filled.
    ``ignore``: check ids each entry silences (``painl10n-ignore``), as a translator
    would for English text kept as "Spanish" on purpose.
    """
    filled = 0
    for path in sorted((root / "locales" / language / "LC_MESSAGES").glob("*.po")):
        catalog = polib.pofile(str(path))
        for entry in catalog:
            assert entry.msgid in translations, f"{path.name}: no translation for {entry.msgid!r}"
            entry.msgstr = translations[entry.msgid]
            if ignore:
                entry.tcomment = f"painl10n-ignore: {ignore}"
            filled += 1
        catalog.save(str(path))
    return filled


def publish(root: Path, extra: dict[str, str] | None = None) -> None:
    """A publisher's run: catalogs, the Spanish translations (``extra``: of the pages a
    generator's test adds), the pseudo-locale, the build."""
    painl10n(root, "update")
    assert fill_catalogs(root, "es", {**SPANISH, **(extra or {})}) > 0
    painl10n(root, "pseudo")
    painl10n(root, "build", "-l", "es", "-l", PSEUDO)


def assert_identity(root: Path, sources: Path, destination: Path) -> None:
    """An identity translation (each msgstr its msgid) of ``root``'s project, built into
    ``destination``, is every source file byte for byte."""
    painl10n(root, "update")
    for path in sorted((root / "locales" / "es" / "LC_MESSAGES").glob("*.po")):
        catalog = polib.pofile(str(path))
        for entry in catalog:
            entry.msgstr = entry.msgid
            # English as "Spanish" has no Spanish negation: silenced, as a translator
            # would, or the publishing gate would not publish "Do not take …".
            entry.tcomment = "painl10n-ignore: negation"
        catalog.save(str(path))
    painl10n(root, "build", "-l", "es")
    names = sorted(p.relative_to(sources) for p in sources.rglob("*.md*"))
    assert names, f"no article in {sources}"
    for name in names:
        assert (destination / name).read_bytes() == (sources / name).read_bytes(), name


def assert_placed(root: Path, language: str, destination: Path, assets: bool = True) -> None:
    """``painl10n build`` wrote every article of ``language`` (and, with ``assets``, a copy
    of the image) into ``destination``, where the generator reads that language."""
    written = {p.name for p in destination.glob("*.md")}
    assert set(ARTICLES) <= written, f"{language}: {sorted(written)} in {destination}"
    if assets:
        assert (destination / IMAGE).read_bytes() == _source_image(root).read_bytes()


def _source_image(root: Path) -> Path:
    found = [p for p in root.rglob(IMAGE) if not {"es", PSEUDO} & set(p.relative_to(root).parts)]
    assert found, f"no {IMAGE} below {root}"
    return sorted(found)[0]
