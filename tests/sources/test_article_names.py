"""A generator's article is named by its path: readable, safe as a file name, one to one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from painl10n import Project, extract
from painl10n.errors import Painl10nError, Painl10nErrors
from painl10n.sources.discover import article_name, check_name

SOURCE = Path("/site/content")


def name(path: str) -> str:
    return article_name(SOURCE / path, SOURCE, path)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("_index.md", "_index"),
        ("index.md", "index"),
        ("docs/_index.md", "docs--_index"),
        ("docs/getting-started/index.md", "docs--getting-started--index"),
        ("_common/x.md", "_common--x"),
        ("docs/Dose_Guide.md", "docs--Dose_Guide"),
        ("vitamin.d.md", "vitamin.d"),
        ("about.en.md", "about.en"),
        ("UPPER.MD", "UPPER"),
        ("a--b.md", "a-~2Db"),
        ("-x.md", "~2Dx"),
        ("x-/y.md", "x~2D--y"),
        (".hidden.md", "~2Ehidden"),
        ("dose guide.md", "dose~20guide"),
        ("niño.md", "ni~C3~B1o"),
        ("con.md", "~63on"),
        ("docs/con.md", "docs--~63on"),
        ("a~b.md", "a~7Eb"),
    ],
)
def test_names(path: str, expected: str) -> None:
    assert name(path) == expected


TRICKY = [
    "a/b.md",
    "a--b.md",
    "a-/b.md",
    "a/-b.md",
    "a-/-b.md",
    "a---b.md",
    "a~2Db.md",
    "a-~2Db.md",
    "a/b/c.md",
    "a--b/c.md",
    "a/b--c.md",
    ".a.md",
    "~2Ea.md",
    "a..md",
    "a.md",
    "con.md",
    "~63on.md",
    "c.md",
    "x y.md",
    "x~20y.md",
]


def test_the_mapping_is_one_to_one_and_safe() -> None:
    names = [name(path) for path in TRICKY]
    assert len(set(names)) == len(TRICKY)
    for found in names:
        check_name(found, "x")  # the shape a hand-given name must have
        assert re.fullmatch(r"[A-Za-z0-9_~][A-Za-z0-9._~-]*", found)
        assert not found.endswith((".", "-"))
        for segment in found.split("--"):
            assert segment and not segment.startswith("-") and not segment.endswith("-")


@pytest.mark.parametrize("bad", ["../x", "a/b", ".x", "-x", "x.", "con", "a b", ""])
def test_a_hand_given_name_must_have_the_shape(bad: str) -> None:
    with pytest.raises(Painl10nError, match="invalid catalog name"):
        check_name(bad, "x")


def test_an_overlong_path_is_refused() -> None:
    with pytest.raises(Painl10nError, match="more than 200"):
        name("/".join(["folder"] * 40) + "/x.md")


def _site(root: Path, files: dict[str, bytes], generator: str = "hugo") -> Path:
    root.mkdir()
    (root / "painl10n.toml").write_text(
        f'languages = ["es"]\ngenerator = "{generator}"\nsource_dir = "content"\n', "utf-8"
    )
    for path, data in files.items():
        target = root / "content" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return root


def test_hugo_files_plain_refuses_are_articles(tmp_path: Path) -> None:
    files = {
        "_index.md": b"---\nslug: home\n---\n\n# Home\n",
        "index.md": b"# Index\n",
        "_common/note.md": b"A note.\n",
        "docs/_index.md": b"---\nslug: 'not a valid painl10n slug!'\n---\n\nDocs.\n",
    }
    root = _site(tmp_path / "site", files)
    slugs = [article.slug for article in Project.load(root).articles()]
    assert slugs == ["_common--note", "_index", "docs--_index", "index"]
    extract(Project.load(root))
    templates = sorted(p.name for p in (root / "locales/templates/LC_MESSAGES").iterdir())
    assert templates == ["_common--note.pot", "_index.pot", "docs--_index.pot", "index.pot"]


def test_plain_still_refuses_them_all_at_once(tmp_path: Path) -> None:
    files = {"_index.md": b"# Home\n", "index.md": b"# Index\n", "_common/note.md": b"Note.\n"}
    root = _site(tmp_path / "site", files, generator="plain")
    with pytest.raises(Painl10nErrors) as caught:
        Project.load(root).articles()
    refused = sorted(error.path or "" for error in caught.value.errors)
    assert refused == ["content/_common/note.md", "content/_index.md", "content/index.md"]


def test_every_refusal_of_a_run_is_named(tmp_path: Path) -> None:
    files = {
        "Dose.md": b"# Dose\n",
        "dose.md": b"# dose\n",  # one catalog file on macOS and Windows
        "bad/latin1.md": "Caf\u00e9\n".encode("latin-1"),
        "other/latin1.md": "Ni\u00f1o\n".encode("latin-1"),
        "good.md": b"# Good\n",
    }
    root = _site(tmp_path / "site", files)
    with pytest.raises(Painl10nErrors) as caught:
        extract(Project.load(root))
    text = str(caught.value)
    assert "content/bad/latin1.md" in text
    assert "content/other/latin1.md" in text
    assert "slug 'dose' is also used by content/Dose.md" in text
    assert "rename one of the files" in text
    assert text.endswith("3 files refused")
    assert not [p for p in (root / "locales").rglob("*") if p.is_file()]  # nothing written
