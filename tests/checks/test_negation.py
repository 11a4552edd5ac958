# ruff: noqa: RUF001  (typographic apostrophes are the subject here)
"""negation: dropped and added negations caught, equivalent forms not, in es, fr, de and ar.

The labelled cases are in ``tests/helpers/polarity_cases.py``; the lexicon
itself (hard and soft cues, Arabic clitics, French elision) is tested here.
"""

from __future__ import annotations

import polib
import pytest

from painl10n.catalogs.change_notes import change_note
from painl10n.checks.base import EntryContext
from painl10n.checks.negation import CHECKS, run
from painl10n.text.negation import NEGATION_WORDS, Polarity, cue_spans, polarity
from tests.helpers.polarity_cases import NEGATION_CASES

VIOLATIONS = [case for case in NEGATION_CASES if case[3] is not None]
NEAR_MISSES = [case for case in NEGATION_CASES if case[3] is None]


def messages(language: str, msgid: str, msgstr: str, source_language: str = "en") -> list[str]:
    context = EntryContext(language=language, source_language=source_language)
    return list(run(polib.POEntry(msgid=msgid, msgstr=msgstr), context))


def test_an_error_check() -> None:
    assert [(check.id, check.severity) for check in CHECKS] == [("negation", "error")]


def test_ten_cases_of_each_kind_per_language() -> None:
    for language in ("es", "fr", "de", "ar"):
        assert sum(case[0] == language for case in VIOLATIONS) >= 10
        assert sum(case[0] == language for case in NEAR_MISSES) >= 10


@pytest.mark.parametrize(("language", "msgid", "msgstr", "label"), VIOLATIONS)
def test_violation_caught(language: str, msgid: str, msgstr: str, label: str) -> None:
    found = messages(language, msgid, msgstr)
    assert len(found) == 1
    assert found[0].startswith(f"a negation {label}")


@pytest.mark.parametrize(("language", "msgid", "msgstr", "label"), NEAR_MISSES)
def test_near_miss_passes(language: str, msgid: str, msgstr: str, label: None) -> None:
    assert messages(language, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("language", "msgid", "msgstr"),
    [
        ("fr", "Keep out of the reach of children.", "Ne pas laisser à la portée des enfants."),
        ("es", "It helps prevent relapses.", "Ayuda a evitar las recaídas."),
        ("fr", "It helps prevent nausea.", "Il aide à éviter les nausées."),
        (
            "es",
            "If you miss a dose, take it as soon as you remember.",
            "Si no toma una dosis, tómela en cuanto se acuerde.",
        ),
        (
            "de",
            "Do not drive until the effects have worn off.",
            "Fahren Sie erst wieder Auto, wenn die Wirkung abgeklungen ist.",
        ),
        (
            "es",
            "Wait until the effects wear off before you drive.",
            "No conduzca hasta que desaparezcan los efectos.",
        ),
        ("ar", "Take it to avoid nausea.", "تناوله للوقاية من الغثيان."),
    ],
)
def test_paraphrases_with_a_soft_side_pass(language: str, msgid: str, msgstr: str) -> None:
    assert messages(language, msgid, msgstr) == []


def test_message_names_the_sentence_and_the_cues() -> None:
    [message] = messages(
        "es",
        "Take one tablet a day. Do not crush or chew it.",
        "Tome un comprimido al día. Tritúrelo o mastíquelo.",
    )
    assert message == (
        "a negation dropped in “Do not crush or chew it.”? "
        "The source negates (not), the translation has none"
    )


def test_whole_entry_compared_when_sentences_differ() -> None:
    [message] = messages(
        "fr",
        "Take it with food. Do not drive.",
        "Prenez-le au cours d’un repas et conduisez.",
    )
    assert message == "a negation dropped? The source negates (not), the translation has none"


def test_plural_forms_each_compared() -> None:
    entry = polib.POEntry(
        msgid="Do not take {n} tablet.",
        msgid_plural="Do not take {n} tablets.",
        msgstr_plural={0: "No tome {n} comprimido.", 1: "Tome {n} comprimidos."},
    )
    context = EntryContext(language="es", source_language="en")
    assert len(list(run(entry, context))) == 1


@pytest.mark.parametrize("language", ["en-XA", "ja"])
def test_pseudo_and_unknown_languages_not_checked(language: str) -> None:
    assert messages(language, "Do not drive.", "Ðöñ'ţ ðŕîVé.") == []


def test_code_and_urls_are_not_read() -> None:
    source = "Run `no-cache` and see [the page](https://example.org/no/never)."
    assert (
        messages(
            "es", source, "Ejecute `no-cache` y vea [la página](https://example.org/no/never)."
        )
        == []
    )
    assert polarity(source, "en").hard == ()


@pytest.mark.parametrize(
    ("language", "text", "hard"),
    [
        ("fr", "N’utilisez jamais ce médicament sans avis médical.", ("n", "sans")),
        ("fr", "Ne prenez que deux comprimés.", ()),
        ("fr", "Prévenez-nous avant qu’il ne soit trop tard.", ()),
        ("fr", "Personne d’autre ne doit utiliser votre médicament.", ("ne",)),
        ("fr", "Aucun effet grave n’a été observé.", ("aucun",)),
        ("es", "No tome nunca ningún otro analgésico.", ("no",)),
        ("es", "Sin embargo, el riesgo es bajo.", ()),
        ("de", "Weder Aspirin noch Ibuprofen ist geeignet.", ("weder",)),
        ("de", "Auf keinen Fall überschreiten.", ("keinen",)),
        ("ar", "تجنّب القيادة ولا تشرب الكحول.", ("تجنب",)),
        ("ar", "فلا تتناوله بعدم انتظام.", ("فلا", "بعدم")),
        ("ar", "يمكن تناوله مع الطعام أو بدونه.", ("بدونه",)),
        ("ar", "لا يقتصر الألم على الجسد.", ()),
        ("en", "You can’t drive, and nor should you drink.", ("can’t",)),
    ],
)
def test_hard_cues(language: str, text: str, hard: tuple[str, ...]) -> None:
    assert polarity(text, language).hard == hard


def test_maximum_forms_are_limits() -> None:
    assert polarity("Do not take more than 4 doses.", "en").limits == 1
    assert polarity("Nehmen Sie höchstens 4 Dosen ein.", "de").limits == 1
    assert polarity("Ne dépassez pas la dose prescrite.", "fr").limits == 1
    assert polarity("لا تتجاوز الجرعة الموصوفة.", "ar").limits == 1
    assert polarity("Tome hasta 4 dosis.", "es").soft_limits == 1
    assert polarity("Do not drive.", "en").limits == 0


def test_update_notes_share_the_lexicon() -> None:
    assert "avoid" in NEGATION_WORDS["en"] and "لا" in NEGATION_WORDS["ar"]
    assert "plus" not in NEGATION_WORDS["fr"]
    assert change_note("Take it with food.", "Avoid it with food.", "en") == (
        "CRITICAL (negation) changed: Take → Avoid"
    )
    assert change_note("Take more.", "Take plus.", "fr") == "changed: more → plus"


NOT_WELL = "This medicine is not well tolerated by older adults."


@pytest.mark.parametrize(
    ("language", "msgstr"),
    [
        ("es", "Este medicamento es bien tolerado por las personas mayores."),
        ("fr", "Ce médicament est bien toléré par les personnes âgées."),
        ("de", "Dieses Arzneimittel wird von älteren Menschen gut vertragen."),
    ],
)
def test_not_well_dropped_is_caught(language: str, msgstr: str) -> None:
    """'not well tolerated' → 'well tolerated' flips the advice (it was a soft phrase)."""
    assert messages(language, NOT_WELL, msgstr)


@pytest.mark.parametrize(
    ("language", "msgstr"),
    [
        ("es", "Este medicamento es mal tolerado por las personas mayores."),
        ("es", "Este medicamento no es bien tolerado por las personas mayores."),
        ("fr", "Ce médicament est mal toléré par les personnes âgées."),
        ("de", "Dieses Arzneimittel wird von älteren Menschen schlecht vertragen."),
    ],
)
def test_not_well_rendered_as_badly_passes(language: str, msgstr: str) -> None:
    assert messages(language, NOT_WELL, msgstr) == []


def test_a_negation_written_with_character_references_is_read() -> None:
    """opensource.guide's Spanish writes 'ning&uacute;n': the cue was 'ning' + 'n', no
    negation, and a correct translation was 'a negation dropped'; a dropped one that
    is written so is still caught, and its highlight covers the reference."""
    source = "There are tasks that no human should ever have to do."
    correct = "Hay tareas que ning&uacute;n ser humano deber&iacute;a tener que hacer."
    assert messages("es", source, correct) == []
    two = "Robots are your friend. " + source  # compared sentence by sentence
    assert messages("es", two, "Los robots son tus amigos. " + correct) == []
    dropped = "Hay tareas que cualquier ser humano deber&iacute;a hacer."
    assert messages("es", source, dropped)[0].startswith("a negation dropped")
    assert cue_spans("Nunca ning&uacute;n dato.", "es") == [(0, 5, "hard"), (6, 19, "soft")]


# Correct human translations that were "negation" errors, from opensource.guide's es, fr
# and de guides (CC-BY-4.0), and patient-text kin of each family, written after them.
IDIOMS_PASS = [
    (
        "fr",
        "Remember to keep your documentation up-to-date.",
        "N'oubliez pas de garder votre documentation à jour.",
    ),
    (
        "es",
        "Don't forget to finish the course of antibiotics.",
        "Recuerde terminar el tratamiento antibiótico.",
    ),
    (
        "de",
        "Remember to take the tablet with food.",
        "Vergessen Sie nicht, die Tablette mit dem Essen einzunehmen.",
    ),
    ("ar", "Don't forget to take your dose.", "تذكر أن تأخذ جرعتك."),
    (
        "fr",
        "You'll practice saying no on your issue queue.",
        "Vous pratiquerez l'art du refus dans vos issues.",
    ),
    (
        "fr",
        "Although it should go without saying, take a break!",
        "Bien que cela devrait aller de soi, faites une pause !",
    ),
    (
        "fr",
        "No matter what your topic is, tell a story.",
        "Quel que soit votre sujet, racontez une histoire.",
    ),
    (
        "es",
        "Whether your project is new or old, plan ahead.",
        "Sin importar si tu proyecto es nuevo o viejo, planifica.",
    ),
    (
        "es",
        "No matter how mild the pain is, write it down.",
        "No importa lo leve que sea el dolor: anótelo.",
    ),
    (
        "fr",
        "The review process is fair, should they ever be investigated.",
        "Le processus est juste, si jamais ils font l'objet d'une enquête.",
    ),
    (
        "fr",
        "Anyone can promote a project online.",
        "N'importe qui peut promouvoir un projet en ligne.",
    ),
    (
        "fr",
        "Your legal team probably has policies.",
        "Votre équipe juridique a sans doute des politiques.",
    ),
    (
        "es",
        "Consider not only the dose but also the timing.",
        "Considere no solamente la dosis sino también el horario.",
    ),
    ("es", "It certainly helps.", "Sin duda ayuda."),
    (
        "es",
        "Make sure your changes work, whether tests exist or not.",
        "Existan o no las pruebas, asegúrese de que sus cambios funcionen.",
    ),
    (
        "en",
        "Whether or not the pain stops, finish the course.",
        "Whether or not the pain stops, finish the course.",
    ),
    ("ar", "You'll practice saying no.", "ستتدرب على قول لا."),
    ("fr", "It goes without saying.", "Cela va sans dire."),
    # an alternative "o no" / "ou pas" before a verb negates it, as the source does
    (
        "es",
        "Maybe the contribution changes your project's scope or doesn't match your vision.",
        "Tal vez la contribución cambie el alcance de tu proyecto o no coincida con tu visión.",
    ),
    (
        "fr",
        "Your contribution may or may not be accepted in the end.",
        "Votre contribution peut ou pas être acceptée à la fin.",
    ),
    (
        "es",
        "Contributors name other people as the reason for working - or not working - on it.",
        "Los colaboradores señalan a otras personas como la razón para trabajar -o para no "
        "trabajar- en ello.",
    ),
    # words that a translation may render with a negation, or not
    (
        "fr",
        "If you disagree with their direction, you can work on your own fork.",
        "Si vous n'êtes pas d'accord avec leur direction, vous pouvez travailler sur votre fork.",
    ),
    ("es", "Resist fixing easy bugs.", "Evita corregir errores sencillos."),
    ("fr", "If not, you are in luck!", "Sinon, vous avez de la chance !"),
    ("es", "Otherwise, call your doctor.", "Si no, llame a su médico."),
    ("ar", "That's okay!", "لا بأس!"),
    (
        "es",
        "Tools can track who is (or isn't) making contributions.",
        "Las herramientas registran quién (o no) está contribuyendo.",
    ),
    ("es", "Ask what others can or cannot do.", "Pregunte lo que los otros pueden o no hacer."),
    (
        "es",
        "Explain what would or would not be accepted.",
        "Explique lo que sería o no aceptado.",
    ),
    ("de", "Tips for avoiding burnout.", "Tipps zur Vermeidung von Burnout."),
    ("ar", "To avoid this, publish a security policy.", "لتجنب ذلك، قم بنشر سياسة أمان."),
    (
        "ar",
        "Why can't you fix my problem? Isn't this your project?",
        "لماذا لا يمكنك إصلاح مشكلتي؟ أليس هذا مشروعك؟",
    ),
    (
        "fr",
        "You don't just have to work on software projects!",
        "Il ne suffit pas de travailler sur des projets logiciels !",
    ),
    # the other side may spell the alternative's negated verb out
    (
        "fr",
        "How contributors should (or should not) get in touch with you",
        "Comment les contributeurs devraient (ou ne devraient pas) entrer en contact avec vous",
    ),
    (
        "ar",
        "Your contribution may or may not be accepted in the end.",
        "مساهمتك قد تُقبل في النهاية أو قد لا تُقبل.",
    ),
    (
        "es",
        "New people may see these conversations and not want to participate.",
        "Las personas nuevas pueden ver estas conversaciones y pueden o no querer participar.",
    ),
]
# A label's "advise against" renders "do not" (Spanish, French and German SmPCs write
# it so); "desconocer" is "not know".
ADVISE_AGAINST_PASS = [
    (
        "es",
        "Do not use in children under 12.",
        "Se desaconseja su uso en niños menores de 12 años.",
    ),
    ("fr", "Do not use in children.", "Son utilisation est déconseillée chez l'enfant."),
    ("de", "Do not use in children.", "Von der Anwendung bei Kindern wird abgeraten."),
    ("es", "Use in pregnancy is discouraged.", "Se desaconseja su uso durante el embarazo."),
    ("es", "It's OK not to know things.", "Está bien desconocer cosas."),
    ("es", "Don't let a bad day discourage you.", "No deje que un mal día lo desanime."),
    # English "advise against" is the same cue (a literal rendering was "a negation added")
    ("es", "We advise against use in children.", "Se desaconseja su uso en niños."),
    ("de", "We advise against use in children.", "Von der Anwendung bei Kindern wird abgeraten."),
    (
        "fr",
        "Use in children is advised against.",
        "Son utilisation est déconseillée chez l'enfant.",
    ),
    ("ar", "We recommend against use in children.", "لا ننصح باستخدامه عند الأطفال."),
    # German "raten … ab", the verb split, its particle closing the clause
    ("de", "Do not use in children.", "Wir raten von der Anwendung bei Kindern ab."),
    ("de", "We advise against taking it.", "Ärzte raten davon ab, es einzunehmen."),
    ("de", "Use it from age 12.", "Wir raten zur Einnahme ab dem 12. Lebensjahr."),
    (
        "de",
        "We advise you to see a doctor and stop taking it.",
        "Wir raten Ihnen, einen Arzt aufzusuchen, und setzen Sie es ab.",
    ),
]
# Leaflet wording with a lexical negative: ungeeignet (not suitable), unbekannt and
# "on ignore" (not known), rezeptfrei (without a prescription), schmerzlos (painless).
LEXICAL_PASS = [
    ("de", "Not suitable for children under 6 years.", "Für Kinder unter 6 Jahren ungeeignet."),
    (
        "de",
        "It is not known whether it passes into breast milk.",
        "Es ist unbekannt, ob es in die Muttermilch übergeht.",
    ),
    (
        "fr",
        "It is not known whether it passes into breast milk.",
        "On ignore s'il passe dans le lait maternel.",
    ),
    ("de", "Available without a prescription.", "Rezeptfrei erhältlich."),
    ("de", "The injection is not painful.", "Die Injektion ist schmerzlos."),
]
# "Contraindicated" says "must not be used": labels write it for "do not use" and the
# reverse, in every language (the hyphenated French and English forms too). The nouns
# (contraindications, Gegenanzeigen, موانع الاستعمال) stay plain words: a heading.
CONTRAINDICATED_PASS = [
    ("es", "Do not use during pregnancy.", "Contraindicado durante el embarazo."),
    ("es", "It is contraindicated in children.", "No se debe usar en niños."),
    ("es", "Contraindicated in pregnancy.", "Está contraindicada en el embarazo."),
    ("fr", "Do not use during pregnancy.", "Contre-indiqué pendant la grossesse."),
    ("fr", "Ibuprofen is contraindicated in pregnancy.", "L'ibuprofène est contrindiqué."),
    ("de", "Do not use during pregnancy.", "In der Schwangerschaft kontraindiziert."),
    ("de", "It is contra-indicated in children.", "Bei Kindern darf es nicht angewendet werden."),
    ("en", "Do not use during pregnancy.", "Contraindicated during pregnancy."),
    ("es", "Contraindications", "Contraindicaciones"),
    ("de", "Contraindications", "Gegenanzeigen"),
    ("ar", "Contraindications", "موانع الاستعمال"),
    ("es", "It is not contraindicated.", "No está contraindicado."),
]
IDIOMS_PASS += ADVISE_AGAINST_PASS + LEXICAL_PASS + CONTRAINDICATED_PASS
IDIOMS_CAUGHT = [  # the same idioms do not hide a negation dropped or added beside them
    ("es", "It can be used in children.", "Se desaconseja su uso en niños.", "added"),
    (
        "fr",
        "It can be used in children.",
        "Son utilisation est déconseillée chez l'enfant.",
        "added",
    ),
    ("de", "Use it in children.", "Von der Anwendung bei Kindern wird abgeraten.", "added"),
    ("es", "Do not use it if you do not know the dose.", "Úselo si desconoce la dosis.", "dropped"),
    (
        "de",
        "Suitable for children under 6 years.",
        "Für Kinder unter 6 Jahren ungeeignet.",
        "added",
    ),
    (
        "de",
        "It is known to pass into breast milk.",
        "Es ist unbekannt, ob es in die Muttermilch übergeht.",
        "added",
    ),
    ("de", "Not available without a prescription.", "Rezeptfrei erhältlich.", "dropped"),
    (
        "es",
        "Whether or not you have a fever, do not take aspirin.",
        "Tenga fiebre o no, tome aspirina.",
        "dropped",
    ),
    (
        "es",
        "The tablet may be crushed or dissolved in water.",
        "El comprimido puede triturarse o no disolverse en agua.",
        "added",
    ),
    ("fr", "If you disagree, do not take it.", "Si vous êtes d'accord, prenez-le.", "dropped"),
    (
        "fr",
        "You may or may not need it. Do not drive.",
        "Vous pouvez en avoir besoin ou pas. Conduisez.",
        "dropped",
    ),
    ("de", "Drink alcohol in moderation.", "Vermeidung von Alkohol.", "added"),
    ("ar", "Take it with food to help it work.", "تناوله لتجنب الطعام.", "added"),
    ("es", "Use it on broken skin.", "No lo use sobre piel lesionada.", "added"),
    (
        "es",
        "Discontinue use if a rash appears.",
        "No deje de usarlo si aparece una erupción.",
        "added",
    ),
    ("ar", "Do not take a double dose.", "لا بأس بتناول جرعة مضاعفة.", "dropped"),
    (
        "es",
        "Remember: do not take more than 4 tablets.",
        "Recuerde: tome más de 4 comprimidos.",
        "dropped",
    ),
    (
        "fr",
        "No matter the pain, do not exceed 3 doses.",
        "Quelle que soit la douleur, dépassez 3 doses.",
        "dropped",
    ),
    ("es", "Remember to take it with food.", "Recuerde no tomarlo con comida.", "added"),
    ("fr", "Anyone can take it.", "N'importe qui ne peut pas le prendre.", "added"),
    ("es", "It can be used in pregnancy.", "Está contraindicado en el embarazo.", "added"),
    ("fr", "It can be used in pregnancy.", "Contre-indiqué pendant la grossesse.", "added"),
    ("de", "Suitable in pregnancy.", "In der Schwangerschaft kontraindiziert.", "added"),
    ("es", "It is contraindicated in children.", "Se puede usar en niños.", "dropped"),
    ("es", "It is not contraindicated.", "Está contraindicado.", "dropped"),
    ("es", "We advise against driving.", "Le recomendamos conducir.", "dropped"),
    (
        "es",
        "Do not take it with alcohol. Gluten-free.",
        "Tómelo con alcohol. Libre de gluten.",
        "dropped",
    ),
    # a verb of forgetting or preventing on both sides is translated: no excuse for a
    # dropped "not" beside it (the leaflet's "double dose" sentence)
    (
        "es",
        "If you forget a dose, do not take a double dose.",
        "Si olvida una dosis, tome una dosis doble.",
        "dropped",
    ),
    (
        "fr",
        "If you forget a dose, do not take a double dose.",
        "Si vous oubliez une dose, prenez une dose double.",
        "dropped",
    ),
    (
        "de",
        "If you miss a dose, do not take a double dose.",
        "Wenn Sie eine Dosis vergessen, nehmen Sie die doppelte Dosis.",
        "dropped",
    ),
    (
        "ar",
        "If you forget a dose, do not take a double dose.",
        "إذا نسيت جرعة، تناول جرعة مضاعفة.",
        "dropped",
    ),
    (
        "es",
        "To prevent stomach upset, do not take it on an empty stomach.",
        "Para prevenir molestias de estómago, tómelo en ayunas.",
        "dropped",
    ),
    (
        "fr",
        "To prevent infection, do not share needles.",
        "Pour prévenir les infections, partagez les aiguilles.",
        "dropped",
    ),
    # an exception or a "free of" both sides write renders no negation either
    (
        "es",
        "Unless your doctor tells you otherwise, do not take more than 3 tablets.",
        "Salvo que su médico le indique otra cosa, tome más de 3 comprimidos.",
        "dropped",
    ),
    (
        "fr",
        "Unless told otherwise, do not exceed 3 doses.",
        "Sauf avis contraire, dépassez 3 doses.",
        "dropped",
    ),
    (
        "de",
        "It is free of sugar, but do not give it to children.",
        "Es ist zuckerfrei, geben Sie es Kindern.",
        "dropped",
    ),
    (
        "es",
        "It is gluten-free, but do not give it to children.",
        "Es libre de gluten, déselo a los niños.",
        "dropped",
    ),
    # "ne … nullement", "ne … aucunement" (in no way) are "ne … pas"
    ("fr", "It must be used.", "Il ne doit nullement être utilisé.", "added"),
    ("fr", "It is harmful.", "Il n'est aucunement nocif.", "added"),
    # refrain, abstain, do without: hard in every language
    ("de", "Drink alcohol.", "Auf Alkohol sollte verzichtet werden.", "added"),
    ("fr", "Drive.", "Il faut s'abstenir de conduire.", "added"),
    ("es", "Drive.", "Es conveniente que se abstenga de conducir.", "added"),
    ("de", "Drive.", "Sehen Sie vom Autofahren ab.", "added"),
    ("ar", "Use it in children.", "يُحظر استخدامه عند الأطفال.", "added"),
    (
        "ar",
        "Do not drink alcohol. Keep away from heat.",
        "اشرب الكحول. ابتعد عن الحرارة.",
        "dropped",
    ),
    # a limit repeated for each number of a list passes; one limit fewer never does
    (
        "de",
        "Use for more than 3 days for fever or 5 days for pain.",
        "Bei Fieber nicht länger als 3 Tage, bei Schmerzen nicht länger als 5 Tage anwenden.",
        "added",
    ),
    (
        "es",
        "Do not take more than 3 tablets and do not use for more than 5 days.",
        "No tome más de 3 comprimidos y úselo durante más de 5 días.",
        "dropped",
    ),
    # "not … without" ↔ "only with" only when the "without" is gone too
    ("es", "Do not take it without food.", "Tómelo sin comida.", "dropped"),
    ("fr", "Do not take it without food.", "Prenez-le sans nourriture.", "dropped"),
    ("es", "Do not take it without food.", "No lo tome solo con comida.", "added"),
    ("es", "Take it with food.", "No lo tome sin comida.", "added"),
    (
        "es",
        "Do not take it without food. Use only water.",
        "Tómelo sin comida. Use solo agua.",
        "dropped",
    ),
    # French "ne … pas que" + a subject pronoun is "not … that", no "not only"
    (
        "fr",
        "You must take more than 3 tablets.",
        "Il ne faut pas que vous preniez plus de 3 comprimés.",
        "added",
    ),
    ("de", "Doctors advise taking it.", "Ärzte raten davon ab, es einzunehmen.", "added"),
    ("de", "Use it in children.", "Wir raten von der Anwendung bei Kindern ab.", "added"),
    (
        "es",
        "Do not take it with contraceptives; see Contraindications.",
        "Tómelo con anticonceptivos; vea Contraindicaciones.",
        "dropped",
    ),
]


@pytest.mark.parametrize(("language", "msgid", "msgstr"), IDIOMS_PASS)
def test_idioms_of_no_negation_pass(language: str, msgid: str, msgstr: str) -> None:
    assert messages(language, msgid, msgstr) == []


@pytest.mark.parametrize(("language", "msgid", "msgstr", "label"), IDIOMS_CAUGHT)
def test_idioms_hide_no_negation_beside_them(
    language: str, msgid: str, msgstr: str, label: str
) -> None:
    [found] = messages(language, msgid, msgstr)
    assert found.startswith(f"a negation {label}")


def test_an_alternative_at_the_start_of_a_text_is_read_too() -> None:
    # the words before "not" are read from the text's start, not wrapped from its end
    assert polarity("Or not?", "en") == Polarity()
    assert polarity("O no, según el caso.", "es") == Polarity()
    assert polarity("Not or not.", "en").hard == ("not",)


# Standard package-leaflet sentences (EMA QRD wording and the like) with their usual
# renderings: correct translations, none a negation dropped or added.
LEAFLET_PASS = [
    ("de", "Not suitable for children under 6 years.", "Für Kinder unter 6 Jahren ungeeignet."),
    (
        "de",
        "Keep this medicine out of the sight and reach of children.",
        "Bewahren Sie dieses Arzneimittel für Kinder unzugänglich auf.",
    ),
    (
        "de",
        "Do not use this medicine after the expiry date.",
        "Sie dürfen dieses Arzneimittel nach dem Verfalldatum nicht mehr verwenden.",
    ),
    (
        "fr",
        "Do not use this medicine after the expiry date.",
        "N'utilisez pas ce médicament après la date de péremption.",
    ),
    (
        "es",
        "Do not use this medicine after the expiry date.",
        "No utilice este medicamento después de la fecha de caducidad.",
    ),
    (
        "ar",
        "Do not use this medicine after the expiry date.",
        "لا تستخدم هذا الدواء بعد تاريخ انتهاء الصلاحية.",
    ),
    ("fr", "Do not store above 25 °C.", "À conserver à une température ne dépassant pas 25 °C."),
    ("de", "Do not store above 25 °C.", "Nicht über 25 °C lagern."),
    ("es", "Do not store above 25 °C.", "No conservar a temperatura superior a 25 °C."),
    (
        "es",
        "This medicine does not require any special storage conditions.",
        "Este medicamento no requiere condiciones especiales de conservación.",
    ),
    (
        "de",
        "This medicine does not require any special storage conditions.",
        "Für dieses Arzneimittel sind keine besonderen Lagerungsbedingungen erforderlich.",
    ),
    (
        "fr",
        "This medicine does not require any special storage conditions.",
        "Ce médicament ne nécessite pas de précautions particulières de conservation.",
    ),
    (
        "es",
        "Like all medicines, this medicine can cause side effects, "
        "although not everybody gets them.",
        "Al igual que todos los medicamentos, este medicamento puede producir efectos "
        "adversos, aunque no todas las personas los sufran.",
    ),
    (
        "de",
        "Like all medicines, this medicine can cause side effects, "
        "although not everybody gets them.",
        "Wie alle Arzneimittel kann auch dieses Arzneimittel Nebenwirkungen haben, "
        "die aber nicht bei jedem auftreten müssen.",
    ),
    (
        "fr",
        "Like all medicines, this medicine can cause side effects, "
        "although not everybody gets them.",
        "Comme tous les médicaments, ce médicament peut provoquer des effets "
        "indésirables, mais ils ne surviennent pas systématiquement chez tout le monde.",
    ),
    (
        "es",
        "Do not take a double dose to make up for a forgotten dose.",
        "No tome una dosis doble para compensar las dosis olvidadas.",
    ),
    (
        "de",
        "Do not take a double dose to make up for a forgotten dose.",
        "Nehmen Sie nicht die doppelte Menge ein, wenn Sie die vorherige Einnahme vergessen haben.",
    ),
    (
        "fr",
        "Do not take a double dose to make up for a forgotten dose.",
        "Ne prenez pas de dose double pour compenser la dose que vous avez oublié de prendre.",
    ),
    (
        "es",
        "Medicines should not be disposed of via wastewater or household waste.",
        "Los medicamentos no se deben tirar por los desagües ni a la basura.",
    ),
    (
        "de",
        "Medicines should not be disposed of via wastewater or household waste.",
        "Entsorgen Sie Arzneimittel nicht im Abwasser oder Haushaltsabfall.",
    ),
    (
        "fr",
        "Medicines should not be disposed of via wastewater or household waste.",
        "Ne jetez aucun médicament au tout-à-l'égout ni avec les ordures ménagères.",
    ),
    (
        "es",
        "Stop taking it and see a doctor immediately if you notice any of the following.",
        "Deje de tomarlo y consulte a un médico inmediatamente si nota alguno de los siguientes.",
    ),
    (
        "es",
        "Do not give this medicine to children under 16 years.",
        "No administre este medicamento a niños menores de 16 años.",
    ),
    (
        "de",
        "It is not known whether it passes into breast milk.",
        "Es ist nicht bekannt, ob es in die Muttermilch übergeht.",
    ),
    (
        "es",
        "It is not known whether it passes into breast milk.",
        "Se desconoce si pasa a la leche materna.",
    ),
    (
        "fr",
        "It is not known whether it passes into breast milk.",
        "On ne sait pas s'il passe dans le lait maternel.",
    ),
    (
        "fr",
        "It is not known whether it passes into breast milk.",
        "On ignore s'il passe dans le lait maternel.",
    ),
    ("de", "Not recommended for children.", "Für Kinder nicht empfohlen."),
    ("de", "Unsuitable for children.", "Für Kinder nicht geeignet."),
    (
        "de",
        "Talk to your doctor if you do not feel better or if you feel worse.",
        "Wenn Sie sich nicht besser oder gar schlechter fühlen, wenden Sie sich an Ihren Arzt.",
    ),
    ("ar", "Keep out of the reach of children.", "يحفظ بعيدا عن متناول الأطفال."),
    (
        "ar",
        "Do not take more than 8 tablets in 24 hours.",
        "لا تتناول أكثر من 8 أقراص خلال 24 ساعة.",
    ),
    ("ar", "Not for children under 12.", "غير مخصص للأطفال دون سن 12 عامًا."),
    (
        "ar",
        "It is not known whether it passes into breast milk.",
        "من غير المعروف ما إذا كان يمر إلى حليب الأم.",
    ),
    ("fr", "Without a prescription", "Sans ordonnance"),
    ("de", "Without a prescription", "Rezeptfrei"),
    ("es", "Available without a prescription.", "De venta sin receta."),
    ("de", "Available without a prescription.", "Rezeptfrei erhältlich."),
    ("fr", "Not everyone gets them.", "Ils ne surviennent pas chez tout le monde."),
    ("es", "Do not use in children.", "Se desaconseja su uso en niños."),
    ("fr", "Do not use in children.", "Son utilisation est déconseillée chez l'enfant."),
    # the double-dose sentence, its forget-verb kept and its "not" too, or "don't forget"
    # rendered as "remember", "miss" as "no toma"
    (
        "es",
        "If you forget a dose, do not take a double dose.",
        "Si olvida una dosis, no tome una dosis doble.",
    ),
    (
        "de",
        "If you forget a dose, do not take a double dose.",
        "Wenn Sie eine Dosis vergessen haben, nehmen Sie nicht die doppelte Menge ein.",
    ),
    (
        "ar",
        "If you forget a dose, do not take a double dose.",
        "إذا نسيت جرعة، لا تتناول جرعة مضاعفة.",
    ),
    (
        "es",
        "If you miss a dose, take it as soon as you remember.",
        "Si no toma una dosis, tómela en cuanto se acuerde.",
    ),
    ("es", "Don't forget to take it.", "Recuerde tomarlo."),
    (
        "es",
        "Do not give it to children under 2 years without medical advice.",
        "Adminístrelo a niños menores de 2 años solo con consejo médico.",
    ),
    (
        "de",
        "Do not give it to children under 2 years without medical advice.",
        "Kindern unter 2 Jahren nur nach ärztlicher Rücksprache geben.",
    ),
    (
        "fr",
        "Do not give it to children under 2 years without medical advice.",
        "Ne le donnez aux enfants de moins de 2 ans que sur avis médical.",
    ),
    ("fr", "Do not take it without food.", "Ne le prenez qu'avec de la nourriture."),
    ("es", "Only take it with food.", "No lo tome sin comida."),
    (
        "de",
        "Do not use for more than 3 days for fever or 5 days for pain.",
        "Bei Fieber nicht länger als 3 Tage, bei Schmerzen nicht länger als 5 Tage anwenden.",
    ),
    ("de", "Do not use it for longer than 5 days.", "Nicht länger als 5 Tage anwenden."),
    ("ar", "Do not use it in children.", "يُحظر استخدامه عند الأطفال."),
    ("ar", "Avoid alcohol.", "ابتعد عن الكحول."),
    ("ar", "Avoid alcohol.", "يجب الابتعاد عن الكحول."),
    ("de", "Do not drink alcohol.", "Auf Alkohol sollte verzichtet werden."),
    ("fr", "Do not drive.", "Abstenez-vous de conduire."),
    ("fr", "Do not drive.", "Il faut s'abstenir de conduire."),
    ("es", "Do not drive.", "Es conveniente que se abstenga de conducir."),
    ("de", "Do not drive.", "Sehen Sie vom Autofahren ab."),
    ("de", "Look at the picture.", "Sehen Sie sich das Bild an."),
    ("de", "You can see it from day 3.", "Sie sehen es ab Tag 3."),
    (
        "de",
        "Apart from that, take it with food.",
        "Abgesehen davon nehmen Sie es mit dem Essen ein.",
    ),
    ("en", "Do not drive.", "Abstain from driving."),
    ("fr", "It must not be used.", "Il ne doit nullement être utilisé."),
    ("fr", "It is in no way harmful.", "Il n'est aucunement nocif."),
    (
        "es",
        "Do not take it unless your doctor tells you to.",
        "Tómelo solo si su médico se lo indica.",
    ),
    (
        "es",
        "Do not take it unless your doctor tells you to.",
        "No lo tome a menos que su médico se lo indique.",
    ),
    (
        "de",
        "Do not take it unless your doctor says so.",
        "Nehmen Sie es nur, wenn Ihr Arzt es sagt.",
    ),
    (
        "fr",
        "Don't forget that someone might want to report it.",
        "N'oubliez pas que quelqu'un pourrait vouloir le signaler.",
    ),
    (
        "fr",
        "You must not take more than 3 tablets.",
        "Il ne faut pas que vous preniez plus de 3 comprimés.",
    ),
    # "free of" for "does not contain" (Spanish, French, Arabic), and more label wording
    ("es", "It does not contain gluten.", "Está libre de gluten."),
    ("fr", "It does not contain gluten.", "Il est exempt de gluten."),
    ("fr", "It does not contain sugar.", "Il est dépourvu de sucre."),
    ("ar", "It does not contain sugar.", "هذا الدواء خالٍ من السكر."),
    ("ar", "Sugar-free.", "خالٍ من السكر."),
    ("ar", "Do not store above 25 °C.", "لا يحفظ في درجة حرارة أعلى من 25 درجة مئوية."),
    ("fr", "Do not throw away any medicines via wastewater.", "Ne jetez aucun médicament."),
    ("es", "Frequency not known.", "Frecuencia no conocida."),
    ("de", "This medicine is not recommended in children.", "Für Kinder nicht empfohlen."),
    ("es", "Stop taking it and see a doctor at once.", "Deje de tomarlo y consulte a un médico."),
    (
        "de",
        "Do not drive until you know how it affects you.",
        "Fahren Sie erst dann Auto, wenn Sie wissen, wie es auf Sie wirkt.",
    ),
    (
        "ar",
        "Like all medicines, it can cause side effects, although not everybody gets them.",
        "مثل جميع الأدوية، يمكن أن يسبب آثاراً جانبية، على الرغم من أنها لا تصيب الجميع.",
    ),
]


@pytest.mark.parametrize(("language", "msgid", "msgstr"), LEAFLET_PASS)
def test_leaflet_wording_passes(language: str, msgid: str, msgstr: str) -> None:
    assert messages(language, msgid, msgstr) == []
