"""dialect-syntax: the generator's inline syntax survives translation as written.

The mistakes are the ones issue 14 tried by hand on Hugo and MkDocs sites (a
translated shortcode name, a dropped closing shortcode, a broken ``%}}``, a
translated anchor or icon), plus Liquid and MDX; each near miss is a correct
translation of the same source that must pass.
"""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from painl10n.checks.base import EntryContext
from painl10n.checks.dialect import CHECKS
from painl10n.pipeline.check import run_checks
from painl10n.project import Project
from painl10n.text.dialect_syntax import tokens

CHECK = CHECKS[0]


def messages(msgid: str, msgstr: str, generator: str) -> list[str]:
    entry = polib.POEntry(msgid=msgid, msgstr=msgstr)
    context = EntryContext(language="es", source_language="en", generator=generator)
    return list(CHECK.run(entry, context))


MISTAKES = [
    (
        "hugo",
        'See {{< ref "dosage.md" >}} first.',
        'Vea primero {{< referencia "dosage.md" >}}.',
        "changes",
    ),
    (
        "hugo",
        'See the [dose]({{< relref "dosage.md" >}}).',
        'Vea la [dosis]({{< relref "dosis.md" >}}).',
        "changes",
    ),
    ("hugo", "{{< tab >}}Adults{{< /tab >}}", "{{< tab >}}Adultos", "drops"),
    ("hugo", "{{% note %}}Take it with food.", "{{% note %} Tómelo con comida.", "unpaired"),
    ("hugo", "Dosage {#dosage}", "Dosis {#dosis}", "changes"),
    ("jekyll", "Read {% link dose.md %} today.", "Lea {% enlace dose.md %} hoy.", "changes"),
    ("jekyll", "Hello {{ page.author }}.", "Hola {{ page.author }.", "unpaired"),
    (
        "mkdocs",
        "Click :material-pill: to see doses.",
        "Pulse :material-pastilla: para ver.",
        "changes",
    ),
    ("mkdocs", "A dose of $5 \\times 10$ mg.", "Una dosis de 5 por 10 mg.", "drops"),
    ("mkdocs", "Dosage { #dosage }", "Dosis", "drops"),
    ("docusaurus", "Take <Dose mg={5} /> daily.", "Tome la dosis a diario.", "drops"),
    ("docusaurus", "Take {props.dose} daily.", "Tome {props.dose a diario.", "unpaired"),
    ("docusaurus", "Take the dose daily.", "Tome la dosis {a diario}.", "adds"),
]


@pytest.mark.parametrize(("generator", "msgid", "msgstr", "kind"), MISTAKES)
def test_a_broken_or_changed_token_is_an_error(
    generator: str, msgid: str, msgstr: str, kind: str
) -> None:
    found = messages(msgid, msgstr, generator)
    assert found and any(kind in message for message in found), found
    assert CHECK.severity == "error"


NEAR_MISSES = [
    ("hugo", 'See {{< ref "dosage.md" >}} first.', 'Vea primero {{< ref "dosage.md" >}}.'),
    (
        "hugo",
        '{{< figure src="pill.png" alt="A white pill" >}} Take one.',
        'Tome una. {{< figure src="pill.png" alt="Una pastilla blanca" >}}',
    ),
    ("hugo", "{{< tab >}}Adults{{< /tab >}}", "{{<tab>}}Adultos{{< /tab >}}"),
    ("jekyll", "Read {% link dose.md %} today.", "Lea hoy {% link dose.md %}."),
    ("mkdocs", "Click :material-pill: at 10:30.", "Pulse :material-pill: a las 10:30."),
    ("mkdocs", "A dose of $5 \\times 10$ mg.", "Una dosis de $5 \\times 10$ mg."),
    ("docusaurus", "Take <Dose mg={5} /> daily.", "Tome <Dose mg={5} /> a diario."),
    ("plain", 'See {{< ref "a.md" >}} and {% b %}.', "Vea {{< ref x >}}."),
]


@pytest.mark.parametrize(("generator", "msgid", "msgstr"), NEAR_MISSES)
def test_the_same_syntax_in_another_order_passes(generator: str, msgid: str, msgstr: str) -> None:
    assert messages(msgid, msgstr, generator) == []


def test_plural_forms_are_each_compared() -> None:
    entry = polib.POEntry(
        msgid="{{< n >}} tablet",
        msgid_plural="{{< n >}} tablets",
        msgstr_plural={0: "{{< n >}} comprimido", 1: "{{< m >}} comprimidos"},
    )
    context = EntryContext(language="es", source_language="en", generator="hugo")
    assert len(list(CHECK.run(entry, context))) == 1


def test_tokens_are_found_in_order() -> None:
    text = '{{< a x="1" >}} :icon-x: {#id} $x$'
    assert tokens(text, "hugo") == ['{{<a x="1">}}', "{#id}"]
    assert tokens(text, "mkdocs") == [":icon-x:", "{#id}", "$x$"]
    assert tokens("{% b %} and {{ page.x }}", "jekyll") == ["{%b%}", "{{page.x}}"]
    assert tokens(text, "plain") == []


def test_check_reports_it_in_a_hugo_project(site: Path) -> None:
    """Through the real runner: the project's generator reaches the check."""
    settings = site / "pyproject.toml"
    text = settings.read_text("utf-8")
    settings.write_text(text.replace("[tool.painl10n]\n", '[tool.painl10n]\ngenerator = "hugo"\n'))
    project = Project.load(site)
    catalog_path = project.catalog_path("es", project.template_slugs()[0])
    catalog = polib.pofile(str(catalog_path))
    entry = next(e for e in catalog if e.msgstr and not e.fuzzy and "{" not in e.msgid)
    entry.msgstr += " {{< nota >}}"
    catalog.save()
    report = run_checks(project, ["es"])
    found = [f for f in report.findings if f.check == "dialect-syntax"]
    assert len(found) == 1 and "adds '{{< nota >}}'" in found[0].message


@pytest.mark.parametrize(
    ("msgstr", "problems"),
    [("Ruta C:\\", 1), ("Ruta C:\\\\", 1), ("Ruta \\ C", 1), ('Ruta \\"C\\"', 0), ("Ruta", 0)],
)
def test_a_shortcode_parameter_has_no_backslash(msgstr: str, problems: int) -> None:
    entry = polib.POEntry(msgid="Path", msgstr=msgstr, comment="shortcode figure, caption")
    context = EntryContext(language="es", source_language="en", generator="hugo")
    found = list(CHECK.run(entry, context))
    assert len(found) == problems, found
    assert all("has a backslash" in message for message in found)
    entry.comment = "paragraph"  # elsewhere Markdown's own escapes decide
    assert list(CHECK.run(entry, context)) == []


@pytest.mark.parametrize(
    ("msgstr", "found"),
    [
        ("Le quedan {{ cuenta }} dosis.", "changes '{{ count }}' into '{{ cuenta }}'"),
        ("Le quedan {{ count } dosis.", "unpaired '{{'"),
        ("Le quedan dosis.", "drops '{{ count }}'"),
        ("Le quedan {{count}} dosis.", None),  # near miss: the same expression
        ("El 4.º día quedan {{ count }} dosis.", None),  # smartsymbols' '4th': free
    ],
)
def test_the_jinja_of_macros_is_syntax_where_a_macros_extension_is_on(
    msgstr: str, found: str | None
) -> None:
    entry = polib.POEntry(msgid="On the 4th day {{ count }} doses are left.", msgstr=msgstr)
    extensions = frozenset({"zensical.extensions.macros", "pymdownx.smartsymbols"})
    context = EntryContext(
        language="es", source_language="en", generator="mkdocs", extensions=extensions
    )
    reported = list(CHECK.run(entry, context))
    assert any(found in message for message in reported) if found else reported == []
    off = EntryContext(language="es", source_language="en", generator="mkdocs")
    assert list(CHECK.run(entry, off)) == []  # no macros: '{{' is text


def test_hugos_passthrough_formulas_are_checked_when_the_site_enables_them() -> None:
    math = (("\\[", "\\]"), ("$$", "$$"), ("\\(", "\\)"))
    context = EntryContext(language="es", source_language="en", generator="hugo", math=math)
    msgid = r"When \(a \ne 0\), there are two solutions."
    changed = polib.POEntry(msgid=msgid, msgstr=r"Si \(a \neq 0\), hay dos soluciones.")
    old, new = r"\(a \ne 0\)", r"\(a \neq 0\)"
    assert list(CHECK.run(changed, context)) == [
        f"the translation changes {old!r} into {new!r}; keep it as written"
    ]
    kept = polib.POEntry(msgid=msgid, msgstr=r"Si \(a \ne 0\), hay dos soluciones.")
    assert list(CHECK.run(kept, context)) == []
    # near miss: without the site's passthrough a formula is text like any other
    assert messages(changed.msgid, changed.msgstr, "hugo") == []
