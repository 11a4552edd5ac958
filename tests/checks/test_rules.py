"""Custom rules: a publisher's patterns and forbidden phrases, validated when read,
reported as rule:<id>, silenced per entry; violations and near misses in es, fr, de, ar."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from painl10n.checks.rules import OVERLAP, WINDOW, Rule, read_rules
from painl10n.errors import Painl10nError
from painl10n.pipeline.check import run_checks
from painl10n.project import Project
from painl10n.reports.formats import render
from tests.helpers.cli import assert_one_line_error

Run = Callable[..., subprocess.CompletedProcess[str]]

LANGUAGES = ("es", "fr", "de", "ar")
RULES = r"""
# A publisher's house rules.
[[rule]]
id = "no-cc"
pattern = '\d\s*cc\b'
message = "write mL, not cc (ISMP: mistaken for U, zeros)"
severity = "error"

[[rule]]
id = "condiciones"
languages = ["es"]
phrase = "condiciones"
unless = 'en\s+(?:buenas\s+)?condiciones|condiciones\s+de\s+(?:uso|conservación|vida)'
message = "«condiciones» for a disease is a calque: write «enfermedades» or «afecciones»"

[[rule]]
id = "effets-secondaires"
languages = "fr"
phrase = "effets secondaires"
message = "write «effets indésirables»"

[[rule]]
id = "ml-case"
languages = ["de"]
pattern = '\d\s*ML\b'
case_sensitive = true
message = "write ml, not ML"

[[rule]]
id = "mg-ar"
languages = ["ar"]
phrase = "مغ"
message = "write ملغ for milligrams"

[[rule]]
id = "paracetamol"
languages = ["es"]
source = 'acetaminophen'
unless_source = 'Tylenol'
pattern = 'acetaminof[eé]n'
message = "in Spain, write paracetamol"
"""


def rules_for(language: str) -> list[Rule]:
    return [
        rule for rule in read_rules(RULES, "rules.toml", LANGUAGES) if rule.applies_to(language)
    ]


def fired(language: str, msgid: str, msgstr: str) -> list[str]:
    return [rule.check for rule in rules_for(language) for _ in rule.problems(msgid, msgstr)]


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr", "expected"),
    [
        ("es", "Take 5 cc of syrup.", "Tome 5 cc de jarabe.", ["rule:no-cc"]),
        ("fr", "Take 5 cc of syrup.", "Prenez 5cc de sirop.", ["rule:no-cc"]),
        ("de", "Take 5 cc of syrup.", "Nehmen Sie 5 cc Sirup ein.", ["rule:no-cc"]),
        ("ar", "Take 5 cc of syrup.", "تناول 5 cc من الشراب.", ["rule:no-cc"]),
        (
            "es",
            "People with chronic conditions",
            "Las personas con Condiciones crónicas",
            ["rule:condiciones"],
        ),
        (
            "es",
            "Conditions such as arthritis, kept in good condition",
            "Condiciones como la artritis, en buenas condiciones",
            ["rule:condiciones"],  # the first is a calque, the second is excused
        ),
        (
            "fr",
            "The most common side effects are nausea.",
            "Les effets  secondaires les plus fréquents sont les nausées.",
            ["rule:effets-secondaires"],
        ),
        ("de", "Take 10 mL.", "Nehmen Sie 10 ML ein.", ["rule:ml-case"]),
        ("ar", "Take 500 mg twice a day.", "تناول 500 مغ مرتين يوميًا.", ["rule:mg-ar"]),
        ("es", "Take acetaminophen.", "Tome acetaminofén.", ["rule:paracetamol"]),
    ],
    ids=[
        "es-cc",
        "fr-cc-run-in",
        "de-cc",
        "ar-cc",
        "es-calque-any-case",
        "es-calque-beside-excused",
        "fr-phrase-across-spaces",
        "de-case-sensitive",
        "ar-phrase",
        "es-source-condition",
    ],
)
def test_violations(language: str, msgid: str, msgstr: str, expected: list[str]) -> None:
    assert fired(language, msgid, msgstr) == expected


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr"),
    [
        ("es", "Take 5 mL of syrup.", "Tome 5 ml de jarabe."),
        ("es", "Access to care", "Acceso a la atención médica"),  # cc inside a word
        ("es", "Store it properly.", "Consérvelo en condiciones de conservación adecuadas."),
        ("es", "Under normal conditions", "En condiciones normales"),
        ("es", "Preconditions", "Precondiciones médicas"),  # not the whole word
        ("es", "Tylenol (acetaminophen)", "Tylenol (acetaminofén)"),  # a brand named in source
        ("es", "Take paracetamol.", "Tome acetaminofén."),  # the source does not say it
        ("fr", "Side effects are rare.", "Les effets indésirables sont rares."),
        ("fr", "Secondary causes of pain", "Les causes secondaires de la douleur"),
        ("fr", "Access to care", "L'accès aux soins"),
        ("de", "Take 10 mL.", "Nehmen Sie 10 ml ein."),
        ("de", "Take 10 mL.", "Nehmen Sie 10 mL ein."),
        ("de", "Accumulator", "Akku"),
        ("ar", "Take 500 mg twice a day.", "تناول 500 ملغ مرتين يوميًا."),
        ("ar", "It may cause colic.", "قد يسبب المغص."),  # مغ inside a word
        ("ar", "Take 5 mL of syrup.", "تناول 5 مل من الشراب."),
    ],
)
def test_near_misses(language: str, msgid: str, msgstr: str) -> None:
    assert fired(language, msgid, msgstr) == []


def test_a_rule_reads_long_text_in_windows_and_reports_each_text_once() -> None:
    (rule,) = [r for r in rules_for("fr") if r.id == "no-cc"]
    filler = "Le traitement de la douleur chronique demande du temps. " * 400
    assert len(filler) > 4 * WINDOW
    late = filler + "Prenez 5 cc."
    assert list(rule.problems("x", late)) == [f"{rule.message} (“5 cc”)"]
    across = "x" * (WINDOW - 2) + " 5 cc " + filler  # the match straddles a window's end
    assert len(list(rule.problems("x", across))) == 1
    twice = "5 cc " + "y" * (WINDOW - OVERLAP - 3) + " 7 cc"
    assert [p.split("(")[-1] for p in rule.problems("x", twice)] == ["“5 cc”)", "“7 cc”)"]


def write_rules(root: Path, text: str) -> Path:
    path = root / "locales" / "rules.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def read(text: str) -> tuple[Rule, ...]:
    return read_rules(text, "locales/rules.toml", LANGUAGES)


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ('[[rule]]\nid = "a"\npattern = "(mg"\nmessage = "m"\n', 3, "bad pattern: missing )"),
        ('[[rule]]\nid = "a"\npattern = "(a+)+$"\nmessage = "m"\n', 3, "exponential time"),
        ('[[rule]]\nid = "a"\npattern = "(\\\\w+\\\\s?)*x"\nmessage = "m"\n', 3, "exponential"),
        ('[[rule]]\nid = "a"\npattern = "(a|ab)*c"\nmessage = "m"\n', 3, "alternation inside"),
        ('[[rule]]\nid = "a"\nphrase = "x"\nunless = "[x"\nmessage = "m"\n', 4, "bad pattern"),
        ('[[rule]]\nid = "a"\nphrase = "x"\nmessage = "m"\ncolour = 1\n', 5, "unknown key"),
        ('[[rule]]\nid = "a"\nphrase = "x"\n', 1, "needs 'message'"),
        ('[[rule]]\nid = "a"\nmessage = "m"\n', 2, "a pattern or a phrase"),
        ('[[rule]]\nid = "a"\nphrase = "x"\npattern = "x"\nmessage = "m"\n', 2, "one of them"),
        ('[[rule]]\nid = "a"\nphrase = "x"\nmessage = "m"\nlanguages = ["it"]\n', 5, "'it'"),
        ('[[rule]]\nid = "a"\nphrase = "x"\nmessage = "m"\nseverity = "fatal"\n', 5, "severity"),
        ('[[rule]]\nid = "A b"\nphrase = "x"\nmessage = "m"\n', 2, "bad rule id"),
        (
            '[[rule]]\nid = "a"\nphrase = "x"\nmessage = "m"\n\n[[rule]]\nid = "a"\n'
            'phrase = "y"\nmessage = "m"\n',
            7,
            "defined twice",
        ),
        ('[[rule]]\nid = "a"\nphrase = "x\n', 3, "not valid TOML"),
    ],
    ids=[
        "bad-regex",
        "nested-repeat",
        "nested-repeat-words",
        "alternation",
        "bad-unless",
        "unknown-key",
        "no-message",
        "neither",
        "both",
        "language",
        "severity",
        "id",
        "duplicate",
        "toml",
    ],
)
def test_a_bad_rules_file_is_one_error_with_its_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(Painl10nError) as raised:
        read(text)
    assert raised.value.path == "locales/rules.toml"
    assert raised.value.line == line, str(raised.value)
    assert fragment in str(raised.value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    "pattern", [r"(?:\d{1,3},){0,5}\d+", r"[a-z]+\s+cc", r"\b(?:mg|ml)\b", r"(?:ab)+c"]
)
def test_safe_patterns_are_accepted(pattern: str) -> None:
    escaped = pattern.replace("\\", "\\\\")
    (rule,) = read(f'[[rule]]\nid = "a"\npattern = "{escaped}"\nmessage = "m"\n')
    assert rule.pattern.pattern == pattern


SLUG = "psychobiology-of-chronic-pain"


def test_rules_run_in_check_and_are_silenced_per_entry(site: Path) -> None:
    write_rules(site, RULES)
    path = site / "locales" / "es" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path))
    target = next(e for e in po if e.msgid.startswith("Chronic pain is defined"))
    target.msgstr += " Tome 5 cc."
    po.save(str(path))
    lines = path.read_text("utf-8").splitlines()
    line = next(n for n, text in enumerate(lines) if text.startswith('"Chronic pain is defined'))
    assert lines[line - 1] == 'msgid ""'  # the finding points at its msgid (1-based: line)
    report = run_checks(Project.load(site), ["es"])
    rules = [f for f in report.findings if f.check.startswith("rule:")]
    assert [(f.check, f.severity, f.line) for f in rules] == [("rule:no-cc", "error", line)]
    assert "custom rules" in render(report, "text")
    junit = render(report, "junit")
    assert 'name="rule:no-cc"><failure' in junit
    only = run_checks(Project.load(site), ["es"], checks=["rule:no-cc"])
    assert {f.check for f in only.findings} == {"rule:no-cc"}
    skipped = run_checks(Project.load(site), ["es"], skip_checks=["rule:no-cc"])
    assert not any(f.check.startswith("rule:") for f in skipped.findings)
    target.tcomment = "painl10n-ignore: rule:no-cc"
    po.save(str(path))
    assert not any(
        f.check.startswith("rule:") for f in run_checks(Project.load(site), ["es"]).findings
    )


def test_the_shipped_catalogs_pass_these_rules(site: Path) -> None:
    write_rules(site, RULES)
    assert run_checks(Project.load(site)).findings == []


def test_a_bad_rules_file_stops_check_with_one_line(site: Path, run_cli: Run) -> None:
    write_rules(site, '[[rule]]\nid = "a"\npattern = "[mg"\nmessage = "m"\n')
    result = run_cli("check", "-p", str(site))
    assert_one_line_error(result, "locales/rules.toml:3", "bad pattern")


def test_rules_setting_names_another_file(site: Path) -> None:
    (site / "house-rules.toml").write_text(
        '[[rule]]\nid = "a"\nphrase = "dolor"\nmessage = "m"\n', "utf-8"
    )
    settings = site / "pyproject.toml"
    settings.write_text(settings.read_text("utf-8") + 'rules = "house-rules.toml"\n', "utf-8")
    report = run_checks(Project.load(site), ["es"])
    assert report.findings and {f.check for f in report.findings} == {"rule:a"}
    assert all(f.severity == "warning" for f in report.findings)  # the default


def test_a_rule_that_backtracks_too_long_stops_check_naming_it(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three adjacent repeats of one class pass the static guard but take cubic time
    on a run of spaces; the timer stops them (at 0.05 s here, far below the work)."""
    import signal

    from painl10n.checks import rules

    monkeypatch.setattr(rules, "SECONDS", 0.05)
    write_rules(site, '[[rule]]\nid = "slow"\npattern = \'\\s*\\s*\\s*x\'\nmessage = "m"\n')
    path = site / "locales" / "es" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path))
    target = next(e for e in po if e.msgid.startswith("Chronic pain is defined"))
    target.msgstr += " " * 3000 + "y"
    po.save(str(path))
    with pytest.raises(Painl10nError) as raised:
        run_checks(Project.load(site), ["es"])
    assert "custom rule 'slow' took more than 0.05 s" in str(raised.value)
    assert f"locales/es/LC_MESSAGES/{SLUG}.po:" in str(raised.value)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no timer left behind


def test_list_checks_names_the_projects_rules(site: Path, run_cli: Run) -> None:
    write_rules(site, RULES)
    listed = run_cli("check", "--list-checks", cwd=site)
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert lines[-6].split() == ["rule:no-cc", "error", "write", "mL,", "not", "cc", "(ISMP:",
                                 "mistaken", "for", "U,", "zeros)"]  # fmt: skip
    assert run_cli("check", "--list-checks", "--format", "markdown", cwd=site).stdout.count(
        "rule:"
    ) == run_cli("check", "--list-checks", "--format", "markdown").stdout.count("rule:")
