# ruff: noqa: RUF001, RUF003  (Arabic letters and typographic apostrophes are the subject here)
"""Negation cues of a sentence, per language: what says "do not" in patient text.

One lexicon serves two readers: the update notes (a changed negation word makes
a change ``CRITICAL (negation)``, :data:`NEGATION_WORDS`) and the ``negation``
check, which compares the polarity of a source sentence and its translation
(:func:`polarity`).

A cue is **hard** when dropping or adding it flips what a patient reads: *not,
never, without, avoid, at most* and their equivalents, and a label's "advise
against" (*se desaconseja*, *déconseillé*, *abgeraten*: "do not use"). A cue is **soft** when a
correct translation may or may not carry a negation for it: lexical negatives
(*unsafe* ↔ *no es seguro* or *peligroso*), *unless* (↔ *ما لم*, *a no ser
que*, *nur wenn*), Arabic *غير*, *دون* and *ما*, French *non*, the second
member of a negative concord (Spanish *no … nunca*, *neither … nor*, *ولا*),
a negation repeated after "and"/"or" in a negative sentence (*ne l'écrasez
pas et ne le croquez pas*), and Arabic negators in a restrictive sentence
(*لا … إلا*: only). Soft cues never cause a report; they only excuse a
difference in hard cues (see ``checks/negation.py``).

Maxima: "at most" phrases (*höchstens*, *como máximo*, *au maximum*, *على
الأكثر*) are hard cues, and a hard cue beside a comparison (*not more than*,
*ne dépassez pas*) is counted as a limit too. *Up to* (*hasta*, *jusqu'à*,
*bis zu*, *حتى*) is no negation, but may stand for a limit of the other side.
French *ne* counts only with its forclusive (*ne … pas*, *personne ne*), not in
*ne … que* or the expletive *ne*; *not only*, *no solo*, *nicht nur*, *sin
embargo* (however), *لا بد* (must), *لا يزال* (still), *دون سن* (under the age
of), *لا بأس* (it is fine) are no negations, nor is an alternative that closes a
clause or follows a modal (*whether or not*, *(or isn't)*, *may or may not*,
*existan o no*, *puede o no*, *peut ou pas*): before another verb (*o no
coincida*) it negates that verb.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .prose import blank_hidden, characters, decoded


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


NEGATION_ENDINGS: dict[str, tuple[str, ...]] = {"en": ("n't", "n’t")}  # don't, can’t
NEGATION_STARTS: dict[str, tuple[str, ...]] = {"fr": ("n'", "n’")}  # n'est, n’utilisez
NEGATING_PREFIXES: dict[str, tuple[str, ...]] = {"en": ("un", "non", "non-")}  # safe → unsafe
# An alternative ("or not") is no negation where it closes a clause (a punctuation
# mark or the end of the text follows) or a noun phrase follows (a determiner): "…, or
# not.", "Existan o no las pruebas"; a soft one where it repeats a verb ("may or may
# not", "(or isn't)", "puede o no", "peut ou pas"), which the other side may spell out
# ("ou ne serait pas"). Elsewhere it negates the verb after it: "… or not working",
# "o no coincida", "oder nicht einnehmen".
_OR: dict[str, frozenset[str]] = {
    "en": _words("or"),
    "es": _words("o u"),
    "fr": _words("ou"),
    "de": _words("oder"),
}
_OR_NOT: dict[str, frozenset[str]] = {
    "es": _words("no"),
    "fr": _words("pas non"),
    "de": _words("nicht"),
}
_MODALS: dict[str, frozenset[str]] = {
    "es": _words(
        "puede pueden pueda puedan podría podrían es son sea sean está están esté estén "
        "será serán sería serían debe deben quiere quieren"
    ),
    "fr": _words(
        "peut peuvent pourrait pourraient doit doivent est sont sera seront serait seraient "
        "veut veulent"
    ),
    "de": _words("kann können darf dürfen muss müssen will wollen"),
}
_DETERMINERS: dict[str, frozenset[str]] = {
    "en": _words("the a an this that these those my your his her its our their"),
    "es": _words("el la los las un una unos unas lo su sus tu tus mi mis este esta estos estas"),
    "fr": _words("le la les l un une ce cet cette ces son sa ses votre vos leur leurs"),
    "de": _words("der die das den dem des ein eine einen einem einer eines ihr ihre sein seine"),
}

# --- the check's lexicon: hard cues ------------------------------------------------

_HARD: dict[str, frozenset[str]] = {
    "en": _words(
        "not no never none nothing nobody nowhere neither cannot without avoid avoids "
        "avoiding avoided avoidance prohibited forbidden refrain refrains refrained refraining "
        "abstain abstains abstained abstaining contraindicated"
    ),
    "es": _words(
        "no nunca jamás sin nada nadie ninguno ninguna ningún ningunos ningunas tampoco ni "
        "prohibido prohibida absténgase abstenerse"
    ),
    "fr": _words(
        "sans jamais rien aucun aucune nul nulle nullement aucunement guère ni pas interdit "
        "interdite contrindiqué contrindiquée contrindiqués contrindiquées"  # 1990 spelling
    ),
    "de": _words(
        "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand niemanden "
        "niemandem ohne weder keinesfalls keineswegs vermeiden vermeide meiden verboten "
        "verzichten"
    ),
    "ar": _words(
        "لا لم لن ليس ليست لست لسنا ليسوا لستم ليسا ليستا ألا لئلا بلا بدون عدم بعدم لعدم إياك "
        "ممنوع محظور أليس أليست"
    ),
}
# Words that start a hard cue whatever follows (verb forms and inflections).
# A label's "advise against" is a "do not" (Se desaconseja su uso en niños, utilisation
# déconseillée, es wird abgeraten ↔ Do not use in children): hard, so "Use it" ↔ "Se
# desaconseja" is a negation added; English "discourage" is soft (it also means dishearten).
# So is "contraindicated" (must not be used: Contraindicado durante el embarazo ↔ Do not
# use during pregnancy); the nouns (contraindicación, Gegenanzeigen) are no cue: headings.
_HARD_STEMS: dict[str, tuple[str, ...]] = {
    # evite, evitar, evítelo; desaconseja(do); contraindicado, -a, -os, -as
    # absténgase, se abstenga, abstenerse, se abstiene
    "es": ("evit", "evít", "desaconsej", "contraindicad", "absten", "abstén", "abstien"),
    # évitez, éviter, évitant; déconseillé(e); abstenez-vous, s'abstenir, s'abstient
    "fr": ("évit", "déconseill", "absten", "abstien"),
    # Vermeidung; abgeraten; ungeeignet ↔ not suitable, unbekannt ↔ not known;
    # kontraindiziert(e, en)
    "de": (
        "vermied",
        "vermeid",
        "abgerat",
        "abzurat",
        "abrat",
        "ungeeignet",
        "unbekannt",
        "kontraindiziert",
        "verzicht",  # verzichtet, Verzicht auf Alkohol: do without
    ),
    # + a pronoun suffix; لتجنب, بتجنب: to avoid, by avoiding; يُحظر: is prohibited
    "ar": (
        "تجنب",
        "يتجنب",
        "لتجنب",
        "بتجنب",
        "اجتنب",
        "امتنع",
        "يمتنع",
        "الامتناع",
        "بدون",
        "يحظر",
        "تحظر",
    ),
}
# Concord words: hard alone, soft after a hard cue of the same sentence
# (no … nunca, ne … jamais, neither … nor, weder … noch, لا … ولا).
_CONCORD: dict[str, frozenset[str]] = {
    "en": _words("nor"),
    "es": _words("nunca jamás nada nadie ninguno ninguna ningún ningunos ningunas tampoco ni"),
    "fr": _words(
        "pas jamais rien aucun aucune nul nulle nullement aucunement guère ni plus personne"
    ),
    "de": _words("noch"),
    "ar": _words("ولا"),  # the written word: a second negation "لا" is not concord
}
# The update notes' critical words: a changed one makes a change CRITICAL
# (negation). The check's single-word cues, "ne" and the prefix words added,
# French "plus" (more) and "personne" (person) left out.
NEGATION_WORDS: dict[str, frozenset[str]] = {
    language: (_HARD[language] | _CONCORD[language] | extra) - _words("plus personne")
    for language, extra in (
        ("en", _words("nor non")),
        ("es", frozenset()),
        ("fr", _words("ne non")),
        ("de", frozenset()),
        ("ar", _words("غير دون")),
    )
}
# "At most" phrases, one hard cue each (a word tuple; "#" stands for a number).
_AT_MOST: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("at", "most"), ("a", "maximum", "of"), ("maximum", "#"), ("max", "#")),
    "es": (("como", "máximo"), ("a", "lo", "sumo"), ("un", "máximo", "de"), ("máximo", "#")),
    "fr": (("au", "maximum"), ("un", "maximum", "de"), ("maximum", "#"), ("max", "#")),
    "de": (("höchstens",), ("maximal",), ("max", "#")),
    "ar": (("على", "الأكثر"), ("كحد", "أقصى"), ("بحد", "أقصى"), ("حد", "أقصى")),
}
# Separable verbs of "advise against" and "refrain from" (German *raten … ab*: Wir raten
# von der Anwendung ab; *sehen … ab*: Sehen Sie vom Autofahren ab), a hard cue when the
# particle closes the clause; "ab" before a noun is "from" (zur Einnahme ab 12 Jahren).
_SPLIT_HARD: dict[str, dict[str, str]] = {
    "de": dict.fromkeys(
        _words(
            "rate rätst rät raten ratet riet rietest rieten rietet "
            "sehe siehst sieht sehen seht sieh sah sahst sahen saht"
        ),
        "ab",
    ),
}
# Hard cues of two words: "advise against" (the *se desaconseja*, *abgeraten* of the
# other side; not "warn against", rendered *advertir contra*, *warnen vor*), and forms
# written with a hyphen, which splits them into two words.
_HARD_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        *(
            (verb, "against")
            for verb in (
                "advise",
                "advises",
                "advised",
                "advising",
                "recommend",
                "recommends",
                "recommended",
                "recommending",
            )
        ),
        ("contra", "indicated"),
    ),
    "fr": tuple(("contre", form) for form in ("indiqué", "indiquée", "indiqués", "indiquées")),
}
# Phrases that are no negation at all.
_NEUTRAL: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("not", "only"),
        ("not", "just"),
        ("no", "doubt"),
        ("without", "doubt"),
        ("whether", "or", "not"),  # whether or not you take it
        ("up", "to", "date"),
        ("up", "to", "now"),
    ),
    "es": (
        ("no", "solo"),
        ("no", "sólo"),
        ("no", "solamente"),
        ("no", "únicamente"),
        ("sin", "embargo"),
        ("sin", "duda"),  # certainly
        ("sin", "importar"),  # regardless
    ),
    "fr": (
        ("non", "seulement"),
        ("au", "plus", "tôt"),
        ("au", "plus", "tard"),
        ("sans", "doute"),  # probably
        ("si", "jamais"),  # if ever
        ("à", "jamais"),  # for ever
        ("que", "jamais"),  # plus que jamais: more than ever
        ("n", "importe"),  # n'importe qui, quel, quand: any
    ),
    "de": (("nicht", "nur"), ("ohne", "zweifel")),
    "ar": (
        ("أم", "لا"),  # whether or not
        ("لا", "بأس"),  # it is fine, okay ("no harm")
        ("ولا", "بأس"),
        ("لا", "مانع"),  # no objection: it is fine
        ("لا", "سيما"),  # especially
        ("ولا", "سيما"),
        ("لاسيما",),
        ("لا", "بد"),  # must
        ("ولا", "بد"),
        ("لابد",),
        ("لا", "شك"),  # no doubt
        ("لا", "يزال"),  # still
        ("لا", "تزال"),
        ("لا", "زال"),
        ("ما", "زال"),
        ("ما", "دام"),  # as long as
        ("حتى", "الآن"),  # until now, yet
        ("دون", "سن"),  # under the age of
        ("دون", "السن"),
        ("دون", "عمر"),
        ("دون", "#"),
    ),
}

# A maximum without a negation: it may stand for "no more than" (and back).
_UP_TO: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("up", "to"),),
    "es": (("hasta",),),
    "fr": (("jusqu", "à"),),
    "de": (("bis", "zu"),),
    "ar": (("حتى",), ("لغاية",)),
}
# Words that make a nearby negation a maximum ("not more than", "ne pas dépasser").
_COMPARISONS: dict[str, frozenset[str]] = {
    "en": _words("more longer exceed exceeds exceeding over"),
    "es": _words("más exceda exceder excederse supere superar sobrepase sobrepasar"),
    "fr": _words("plus dépasser dépassez dépassant excéder excédez"),
    "de": _words("mehr länger öfter häufiger über überschreiten überschritten überschreitet"),
    "ar": _words("أكثر يزيد تزيد يتجاوز تتجاوز تتجاوزي تجاوز يتخطى تتخطى"),
}
_COMPARISON_REACH = 3  # words on either side of the negation
# Coordinating conjunctions: a negation right after one, in a sentence that is
# already negative, repeats it ("ne l'écrasez pas et ne le croquez pas").
_CONJUNCTIONS = _words("and or y o e et ou und oder")
# "Only if" renders "not … unless" without a negation (nur wenn, solo si).
_ONLY_IF: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (_words("only"), _words("if when")),
    "es": (_words("solo sólo únicamente"), _words("si cuando")),
    "fr": (_words("seulement uniquement"), _words("si quand lorsque")),
    "de": (_words("nur"), _words("wenn falls")),
    "ar": (_words("فقط"), _words("إذا عندما")),
}
_ONLY_IF_REACH = 5
# "Not … without" says "only with": "Do not give it without medical advice" ↔ "Solo
# con consejo médico", "nur nach ärztlicher Rücksprache", "ne … que sur avis médical".
_WITHOUT: dict[str, frozenset[str]] = {
    "en": _words("without"),
    "es": _words("sin"),
    "fr": _words("sans"),
    "de": _words("ohne"),
    "ar": _words("بدون بلا"),
}

# --- soft cues ---------------------------------------------------------------------

_SOFT: dict[str, frozenset[str]] = {
    "en": _words(
        "unsafe unable unlikely unless unusual unwanted uncommon unknown unclear uncontrolled "
        "unsure unwell unexpected unexplained unnecessary untreated unconscious unresponsive "
        "inability impossible incapable insufficient inadequate inappropriate fail fails failed "
        "lack lacks lacking absence absent stop stopping free except hardly barely poorly until "
        "little few inseparable insufficient inadequate inappropriate incapable inability "
        "impossible incomplete incurable ineffective intolerable irreversible illegal "
        # otherwise ↔ si no, sinon; disagree ↔ no estar de acuerdo; resist ↔ evitar. Not
        # "discontinue" nor "broken": soft, they would hide an added negation ("No deje
        # de usarlo", "No lo use sobre piel lesionada"), and patient text writes them so
        "otherwise disagree disagrees disagreed disagreeing dislike dislikes disliked "
        "resist resists resisted resisting"
    ),
    "es": _words(
        "inseguro incapaz imposible salvo excepto mal poco apenas "
        # not know ↔ desconocer; unknown ↔ desconocido
        "desconocer desconoce desconocen desconocía desconocido desconocida desconocidos "
        "desconocidas"
    ),
    "fr": _words(
        "non impossible incapable sauf mal peu faute guère sinon "  # sinon: if not
        "ignore ignorent ignorait ignorer inconnu inconnue inconnus inconnues"  # not know(n)
    ),
    "de": _words("unsicher unmöglich außer kaum schlecht wenig erst sonst andernfalls"),
    # ابتعد عن: keep away from (↔ avoid)
    "ar": _words("غير وغير بغير ما وما فما دون إلا يمنع بالكاد قلما ابتعد يبتعد تبتعد الابتعاد"),
}
# "Free of" ↔ does not contain (sin gluten, libre de gluten), like English "free": soft.
_FREE_OF: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("free",),),
    "es": (("libre", "de"), ("libres", "de")),
    "fr": tuple(
        (stem + ending, "de") for stem in ("exempt", "dépourvu") for ending in ("", "e", "s", "es")
    ),
    "ar": (("خال", "من"), ("خالي", "من"), ("خالية", "من")),
}
_SOFT_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("falls", "short"),
        ("fall", "short"),
        ("out", "of"),  # out of reach ↔ ne pas laisser à la portée
        ("away", "from"),
        ("rather", "than"),  # in hours rather than weeks ↔ en horas, no en semanas
        ("instead", "of"),  # instead of pills ↔ y no comprimidos
        # Idioms a translation may write with or without a negation: "no matter"
        # (regardless ↔ no importa, quel que soit), "it goes without saying" (↔ cela va
        # sans dire, aller de soi), "say no" (refuse ↔ قول لا, l'art du refus).
        ("no", "matter"),
        ("without", "saying"),
        ("say", "no"),
        ("says", "no"),
        ("said", "no"),
        ("saying", "no"),
    ),
    "es": (
        ("no", "importa"),  # no matter (neutral), or it does not matter (negated)
        ("decir", "que", "no"),  # to refuse
        ("decir", "no"),
        ("a", "no", "ser", "que"),
        ("a", "menos", "que"),
        ("no", "esteroideos"),
        ("no", "esteroideo"),
        ("no", "esteroidea"),
        ("no", "esteroideas"),
        *_FREE_OF["es"],
    ),
    "fr": (("à", "moins", "que"), *_FREE_OF["fr"]),
    "de": (("es", "sei", "denn"),),
    "ar": (("ما", "لم"), *_FREE_OF["ar"]),
}
# Soft by their start: "un-" and "non-" words, and verbs of preventing and
# missing, which a translation may render with a negation ("if you miss a
# dose" ↔ "si no toma una dosis") and whose translation may read as one
# ("prevent" ↔ "evitar", "éviter").
_SOFT_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("prevent", "forget", "forgot", "miss"),
    "es": ("preven", "olvid"),
    "fr": ("prévenir", "empêch", "oubli"),
    "de": ("verhinder", "vorbeug", "verhüt", "vergess"),
    "ar": ("للوقاية", "الوقاية", "لمنع", "منع", "نسي"),
}
_SOFT_PREFIXES: dict[str, tuple[str, ...]] = {
    language: verbs + (("non", "un", "discourag") if language == "en" else ())
    for language, verbs in _SOFT_VERBS.items()
}
# Soft cues of three kinds are written on both sides as each other's translation: a
# verb of preventing or missing, an exception ("unless"), "free of". A pair of one kind
# renders no negation, so it excuses none ("If you forget a dose, do not take a double
# dose" ↔ "Si olvida una dosis, tome una dosis doble" is a negation dropped; "Unless …,
# do not take more than 3" ↔ "Salvo que …, tome más de 3" too). A lone one still may.
_EXCEPTIONS: dict[str, frozenset[str]] = {
    "en": _words("unless except"),
    "es": frozenset({"salvo", "excepto", "a no ser que", "a menos que"}),
    "fr": frozenset({"sauf", "à moins que"}),
    "de": frozenset({"außer", "es sei denn"}),
    "ar": frozenset({"ما لم"}),
}
_FREE_ENDINGS: dict[str, tuple[str, ...]] = {
    "de": ("frei", "freie", "freien", "freier", "freies", "freiem")
}
# "Remember" and "don't forget" say one thing: a translation may write either. A
# remember-word excuses a negation the other side writes with a forget-word (by their
# starts, Arabic without its harakat: تذكر, and the jussive تنس of "لا تنس").
_REMEMBER: dict[str, tuple[str, ...]] = {
    "en": ("remember",),
    "es": ("recuerd", "record", "acuérd", "acuerd"),
    "fr": ("rappel", "souven", "souvien"),
    "de": ("erinner", "denken"),
    "ar": ("تذكر", "وتذكر", "فتذكر"),
}
_FORGET: dict[str, tuple[str, ...]] = {
    "en": ("forget", "forgot"),
    "es": ("olvid",),
    "fr": ("oubli",),
    "de": ("vergess", "vergiss"),
    "ar": ("نسي", "تنس", "تنسى", "تنسي", "تنسوا", "ينسى"),
}
# English words in un- that are no negation (and so not soft).
_NOT_PREFIXED = _words(
    "under underlying understand understanding understood undergo undergoing undergone "
    "until unit units unite united unity universal university uniform unique union uncle"
)
# painless ↔ sin dolor; rezeptfrei ↔ without a prescription, schmerzlos ↔ painless
_SOFT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("less",),
    "de": (*_FREE_ENDINGS["de"], "los", "lose", "losen"),
}
# French "ne" (and elided "n'") is a negation only with a forclusive after it;
# "ne … que" (only) and the expletive "ne" (avant qu'il ne) are not.
_FRENCH_FORCLUSIVES = _words(
    "pas jamais rien aucun aucune nul nulle nullement aucunement guère plus personne ni"
)
_FRENCH_NE = _words("ne n")
_FRENCH_NE_REACH = 8  # words between "ne" and its forclusive
_FRENCH_QUE_REACH = 12  # ... and its "que" (ne le donnez aux enfants de moins de 2 ans que …)
# "Personne ne doit": the subject is the forclusive (rien, aucun, nul are
# counted on their own already).
_FRENCH_SUBJECTS = _words("personne")
_FRENCH_SUBJECT_REACH = 3  # "Personne d'autre ne …"
# Arabic: لا/لم/ليس … إلا (or سوى) is "only", لا … فحسب (or فقط, لا يقتصر) "not
# only": in such a sentence its negators are soft.
_ARABIC_RESTRICTIVE = _words("إلا سوى فحسب فقط يقتصر تقتصر")
_ARABIC_NEGATORS = _words("لا ولا فلا لم ولم فلم ليس ليست وليس وليست ما")
# English "doesn't just", "can't only": not a negation, but soft, since a translation
# may render it with one ("il ne suffit pas", "لست مضطرًا … فقط").
_ENGLISH_ONLY = _words("just only")
# French "ne … pas seulement", "ne … pas que": "not only".
_FRENCH_ONLY = _words("seulement que uniquement")
# ... but "que" before a subject pronoun starts a clause ("that"): "N'oubliez pas que
# vous …", "Il ne faut pas que tu …" (you must not) negate.
_FRENCH_PRONOUNS = _words("je j tu il ils elle elles on nous vous quelqu ce cela ça c")
# French "pas" alone is the noun "step" after these words (le premier pas).
_FRENCH_STEP = _words(
    "le un premier premiers ce chaque petit petits grand grands les des du mon son votre "
    "nos vos ses leur leurs quelques faux"
)
_ARABIC_HARAKAT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_CLITICS = ("و", "ف")  # the conjunctions written onto the next word

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*")  # don't
_TOKEN_ELIDED = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")  # n'utilisez: n, utilisez


def _token_pattern(language: str) -> re.Pattern[str]:
    """The words of ``language``: English keeps "don't" whole, others split elisions."""
    return _TOKEN if language == "en" else _TOKEN_ELIDED


@dataclass(frozen=True)
class Polarity:
    """The negation cues of one sentence: hard ones flip meaning, soft ones may."""

    hard: tuple[str, ...] = ()
    soft: tuple[str, ...] = field(default=())
    limits: int = 0  # hard cues that set a maximum: "no more than", "höchstens"
    soft_limits: int = 0  # "up to", "hasta", "bis zu": a maximum without a negation
    remembers: int = 0  # "remember", "recuerde": may say "don't forget" of the other side
    forgets: int = 0  # "forget", "olvide": negated, it may be the other side's "remember"
    paired: tuple[str, ...] = ()  # the kinds of its soft cues that pair (see _EXCEPTIONS)
    withouts: int = 0  # hard "without" cues (see _WITHOUT)
    not_withouts: int = 0  # ... of them after another hard cue: "not … without"
    only: bool = False  # an "only" (solo, nur, seulement, فقط) or French "ne … que"


def is_negation_word(word: str, language: str) -> bool:
    """Whether ``word`` (casefolded) is a negation word of ``language`` (update notes)."""
    if word in NEGATION_WORDS.get(language, frozenset()):
        return True
    endings, starts = NEGATION_ENDINGS.get(language, ()), NEGATION_STARTS.get(language, ())
    return any(word.endswith(end) for end in endings) or any(word.startswith(s) for s in starts)


def has_lexicon(language: str) -> bool:
    """Whether :func:`polarity` knows ``language`` (a bare code: ``es``)."""
    return language in _HARD


@lru_cache(maxsize=65536)
def polarity(text: str, language: str) -> Polarity:
    """Hard and soft negation cues of ``text`` (inline Markdown) in ``language``."""
    words = tokens(text, language)
    if _all_quiet(words, language):
        return Polarity()  # most sentences: no word that could be a cue
    remembers = sum(word.startswith(_REMEMBER.get(language, ())) for word in words)
    forgets = sum(word.startswith(_FORGET.get(language, ())) for word in words)
    hard: list[str] = []
    soft: list[str] = []
    limits = soft_limits = 0
    used = [False] * len(words)
    restrictive = language == "ar" and not _ARABIC_RESTRICTIVE.isdisjoint(words)
    phrases = _phrase_index(language)
    for index, word in enumerate(words):
        if used[index] or _quiet(word, language):
            continue
        kind, length = _phrase_at(words, index, phrases.get(word, ()))
        if length:
            _mark(used, index, length)
            if kind == "at-most":
                hard.append(" ".join(words[index : index + length]))
                limits += 1
            elif kind == "hard":
                hard.append(" ".join(words[index : index + length]))
            elif kind == "up-to":
                soft_limits += 1
            elif kind == "soft":
                soft.append(" ".join(words[index : index + length]))
            continue
        particle = _split_particle(words, index, language, text)
        if particle is not None:
            used[particle] = True
            hard.append(f"{word} … {words[particle]}")
            continue
        if _only_if(words, index, language):
            soft.append(word)
            continue
        alternative = _alternative(words, index, language, text)
        if alternative:
            if alternative == "soft":
                soft.append(word)
            continue
        kind = _kind(words, index, language, bool(hard), used)
        if kind == "hard" and restrictive and word in _ARABIC_NEGATORS:
            kind = "soft"
        if kind == "hard" and hard and index and words[index - 1] in _CONJUNCTIONS:
            kind = "soft"
        if kind == "hard":
            hard.append(word)
            limits += _compares(words, index, language)
        elif kind == "soft":
            soft.append(word)
    paired = tuple(kind for kind in (_pair_kind(cue, language) for cue in soft) if kind)
    without = _WITHOUT.get(language, frozenset())
    withouts = [index for index, cue in enumerate(hard) if cue in without]
    only = not _ONLY_IF.get(language, (frozenset(), frozenset()))[0].isdisjoint(words)
    return Polarity(
        tuple(hard),
        tuple(soft),
        limits,
        soft_limits,
        remembers,
        forgets,
        paired,
        len(withouts),
        sum(index > 0 for index in withouts),
        only or (language == "fr" and _ne_que(words)),
    )


def _ne_que(words: tuple[str, ...]) -> bool:
    """French "ne … que" (only): a "ne" with "que" after it and no forclusive between."""
    for index, word in enumerate(words):
        if word not in _FRENCH_NE:
            continue
        for ahead in words[index + 1 : index + 1 + _FRENCH_QUE_REACH]:
            if ahead in _FRENCH_FORCLUSIVES:
                break
            if ahead in ("que", "qu"):
                return True
    return False


def _pair_kind(cue: str, language: str) -> str:
    """Which kind of soft cue that pairs ``cue`` is (see :data:`_EXCEPTIONS`), or ""."""
    base = _arabic_base(cue, language) if language == "ar" else cue
    if base.startswith(_SOFT_VERBS.get(language, ())):
        return "verb"
    if cue in _EXCEPTIONS.get(language, frozenset()):
        return "exception"
    if tuple(cue.split()) in _FREE_OF.get(language, ()) or (
        len(cue) > 5 and cue.endswith(_FREE_ENDINGS.get(language, ()))
    ):
        return "free"
    return ""


def _compares(words: tuple[str, ...], index: int, language: str) -> bool:
    """Whether a comparison word (more, exceed …) stands near the negation at ``index``."""
    near = words[max(0, index - _COMPARISON_REACH) : index + 1 + _COMPARISON_REACH]
    comparisons = _COMPARISONS.get(language, frozenset())
    if language == "ar":
        near = tuple(_arabic_base(word, language) for word in near) + near
    return not comparisons.isdisjoint(near)


def _split_particle(words: tuple[str, ...], index: int, language: str, text: str) -> int | None:
    """Where the particle of the separable verb at ``index`` closes its clause (the
    clause's first punctuation mark, or the text's end), if it does."""
    particle = _SPLIT_HARD.get(language, {}).get(words[index])
    if particle is None:
        return None
    ends = _clause_ends(text, language, phrases=False)
    for later in range(index + 1, len(words)):
        if later in ends:
            return later if words[later] == particle else None
    return None


def _only_if(words: tuple[str, ...], index: int, language: str) -> bool:
    only, conditions = _ONLY_IF.get(language, (frozenset(), frozenset()))
    if words[index] not in only:
        return False
    return not conditions.isdisjoint(words[index + 1 : index + 1 + _ONLY_IF_REACH])


def _kind(
    words: tuple[str, ...], index: int, language: str, negated: bool, used: list[bool]
) -> str:
    word = words[index]
    if language == "fr" and word in _FRENCH_NE:
        return _french_ne(words, index, used)
    if word in _CONCORD.get(language, frozenset()) and negated:
        return "soft"
    if language == "ar":
        word = _arabic_base(word, language)
    step = word == "pas" and index > 0 and words[index - 1] in _FRENCH_STEP
    if language == "fr" and (word in ("plus", "personne") or step):
        return ""  # "more", "person" and "step" when no "ne" governs them
    if word in _HARD.get(language, frozenset()):
        return "hard"
    if language == "en" and word.endswith(("n't", "n’t")):
        if words[index + 1 : index + 2] and words[index + 1] in _ENGLISH_ONLY:
            used[index + 1] = True
            return "soft"  # "don't just": not a negation, but "il ne suffit pas" renders it
        return "hard"
    if word.startswith(_HARD_STEMS.get(language, ())):
        return "hard"
    if (
        word in _SOFT.get(language, frozenset())
        or (word.startswith(_SOFT_PREFIXES.get(language, ())) and word not in _NOT_PREFIXED)
        or (len(word) > 5 and word.endswith(_SOFT_SUFFIXES.get(language, ())))
    ):
        return "soft"
    return ""


def _french_ne(words: tuple[str, ...], index: int, used: list[bool]) -> str:
    """``ne … pas`` is one hard cue (its forclusive consumed); ``ne … que`` none."""
    for ahead in range(index + 1, min(len(words), index + 1 + _FRENCH_NE_REACH)):
        if words[ahead] in _FRENCH_FORCLUSIVES:
            used[ahead] = True
            after = words[ahead + 1 : ahead + 3]
            if words[ahead] == "pas" and after and after[0] in _FRENCH_ONLY:
                if after[0] == "que" and after[1:] and after[1] in _FRENCH_PRONOUNS:
                    return "hard"  # "N'oubliez pas que vous …", "Il ne faut pas que tu …"
                return ""  # ne … pas seulement, ne … pas que: "not only"
            return "hard"
    # "Personne ne doit …": the forclusive is the subject, before "ne".
    before = words[max(0, index - _FRENCH_SUBJECT_REACH) : index]
    return "hard" if not _FRENCH_SUBJECTS.isdisjoint(before) else ""


def _arabic_base(word: str, language: str) -> str:
    """The word without a conjunction written onto it (ولا → لا), when that is a cue."""
    known = _HARD[language] | _SOFT[language]
    if word in known or word.startswith(_HARD_STEMS[language]):
        return word
    if word.startswith(_ARABIC_CLITICS) and len(word) > 2:
        return word[1:]
    return word


def _phrase_at(
    words: tuple[str, ...], index: int, phrases: tuple[tuple[str, tuple[str, ...]], ...]
) -> tuple[str, int]:
    """The kind and length of the first phrase at ``index`` ("#" matches a number)."""
    for kind, phrase in phrases:
        if len(words) - index < len(phrase):
            continue
        if all(
            (part == "#" and word[:1].isdigit()) or part == word
            for part, word in zip(phrase, words[index : index + len(phrase)], strict=True)
        ):
            return kind, len(phrase)
    return "", 0


def _alternative(words: tuple[str, ...], index: int, language: str, text: str) -> str:
    """What the negation at ``index`` is when it is the "not" of an alternative (see
    :data:`_OR`): "neutral" where the alternative closes a clause ("or not.", "o no,"),
    "soft" where it repeats a verb ("may or may not", "(or isn't)", "puede o no": the
    other side may spell the negated verb out, "ou ne serait pas"); else ""."""
    word = words[index]
    before = words[max(0, index - 2) : index]
    ors = _OR.get(language, frozenset())
    if language == "en":
        if word not in ("not", "cannot") and not word.endswith(("n't", "n’t")):
            return ""
        repeated = index >= 3 and before[1:] == (words[index - 3],)
        if word == "not" and len(before) == 2 and before[0] in ors and repeated:
            return "soft"  # may or may not, would or would not
        if not before or before[-1] not in ors:
            return ""
        if len(before) == 2 and word.startswith(before[0][:3]):
            return "soft"  # can or cannot, does or doesn't, is or isn't
        if index not in _clause_ends(text, language):
            return ""
        return "neutral" if word == "not" else "soft"  # "or not.", "(or won't!)"
    if word not in _OR_NOT.get(language, frozenset()):
        return ""
    if not before or before[-1] not in ors:
        return ""
    if len(before) == 2 and before[0] in _MODALS.get(language, frozenset()):
        return "soft"  # puede o no, peut ou pas
    return "neutral" if index in _clause_ends(text, language) else ""


@lru_cache(maxsize=1024)
def _clause_ends(text: str, language: str, phrases: bool = True) -> frozenset[int]:
    """The indices of :func:`tokens` after which ``text`` ends, a punctuation mark (not
    an emphasis mark) or (with ``phrases``) a determiner comes: where a clause or a
    phrase may end."""
    prose = _reading(text, language)
    determiners = _DETERMINERS.get(language, frozenset()) if phrases else frozenset()
    matches = list(_token_pattern(language).finditer(prose))
    ends = set()
    for index, match in enumerate(matches):
        following = matches[index + 1] if index + 1 < len(matches) else None
        gap_end = following.start() if following else len(prose)
        # the first character after the word: in the gap before the next word, or its own
        after = prose[match.end() : gap_end].lstrip()[:1] or prose[gap_end : gap_end + 1]
        punctuated = not after or not (after.isalnum() or after in "*_")
        if punctuated or (following is not None and following[0] in determiners):
            ends.add(index)
    return frozenset(ends)


@cache
def _phrase_index(language: str) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The language's phrases by first word, in order: neutral, at most, hard, up to, soft."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, table in (
        ("neutral", _NEUTRAL),
        ("at-most", _AT_MOST),
        ("hard", _HARD_PHRASES),
        ("up-to", _UP_TO),
        ("soft", _SOFT_PHRASES),
    ):
        for phrase in table.get(language, ()):
            index.setdefault(phrase[0], []).append((kind, phrase))
    return {first: tuple(phrases) for first, phrases in index.items()}


@cache
def _vocabulary(language: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """Words that may start a cue, prefixes that may, and endings that may."""
    only, _ = _ONLY_IF.get(language, (frozenset(), frozenset()))
    words = (
        _HARD.get(language, frozenset())
        | _CONCORD.get(language, frozenset())
        | _SOFT.get(language, frozenset())
        | only
        | set(_phrase_index(language))
        | (_FRENCH_NE if language == "fr" else frozenset())
        | set(_SPLIT_HARD.get(language, {}))
    )
    starts = (
        _HARD_STEMS.get(language, ())
        + _SOFT_PREFIXES.get(language, ())
        + _REMEMBER.get(language, ())
        + _FORGET.get(language, ())
    )
    ends = NEGATION_ENDINGS.get(language, ()) + _SOFT_SUFFIXES.get(language, ())
    return frozenset(words), starts, ends


_QUIET: dict[str, set[str]] = {}  # language -> words found quiet, in this process


def _all_quiet(words: Iterable[str], language: str) -> bool:
    """``all(_quiet(word, language) for word in words)``, most words answered by one set
    difference: the words of a language already found quiet are kept (bounded)."""
    seen = _QUIET.setdefault(language, set())
    for word in set(words) - seen:
        if not _quiet(word, language):
            return False
        if len(seen) >= 65536:
            seen.clear()
        seen.add(word)
    return True


@lru_cache(maxsize=65536)
def _quiet(word: str, language: str) -> bool:
    """A word that can be no cue nor start one (most words): skipped at once."""
    words, starts, ends = _vocabulary(language)
    if word in words or (starts and word.startswith(starts)) or (ends and word.endswith(ends)):
        return False
    if language == "ar" and word[:1] in _ARABIC_CLITICS:
        return _quiet(word[1:], language)
    return True


def may_negate(text: str, language: str) -> bool:
    """Whether ``text`` holds a word that may be a cue: False for most sentences."""
    if language == "ar":
        text = _ARABIC_HARAKAT.sub("", text)
    return not _all_quiet(_token_pattern(language).findall(text.lower()), language)


def _mark(used: list[bool], index: int, length: int) -> None:
    for offset in range(length):
        used[index + offset] = True


@lru_cache(maxsize=65536)
def tokens(text: str, language: str) -> tuple[str, ...]:
    """Lower-case words and numbers of ``text``, code and URLs skipped.

    French elisions split (``n'utilisez`` → ``n``, ``utilisez``); Arabic loses
    its harakat and tatweel, so ``تجنَّب`` is ``تجنب``.
    """
    return tuple(_token_pattern(language).findall(_reading(text, language)))


def _reading(text: str, language: str) -> str:
    """The lower-case prose :func:`tokens` reads its words from."""
    prose = decoded(blank_hidden(text))  # "ning&uacute;n" is the word "ningún"
    if language == "ar":
        prose = _ARABIC_HARAKAT.sub("", prose)
    if not unicodedata.is_normalized("NFC", prose):
        prose = unicodedata.normalize("NFC", prose)
    return prose.lower()  # casefold would make ß ss


def cue_spans(text: str, language: str) -> list[tuple[int, int, str]]:
    """Where ``text`` writes the negation cues :func:`polarity` finds, as ``(start, end,
    "hard" | "soft")`` in ``text``'s own offsets, for a reviewer's highlight.

    Every occurrence of a cue's words is marked (a word that is a cue in one
    place is marked in another too); French ``ne … pas`` marks ``ne``.
    """
    found = polarity(text, language)
    kinds: dict[str, str] = {}
    for kind, cues in (("soft", found.soft), ("hard", found.hard)):
        for cue in cues:
            kinds.update(dict.fromkeys(cue.split(), kind))
    if not kinds:
        return []
    prose = blank_hidden(text)
    folded: list[str] = []
    where: list[int] = []  # the offset in ``text`` of each folded character
    for char, index, _ in characters(prose):
        if language == "ar" and _ARABIC_HARAKAT.match(char):
            continue
        for lowered in char.lower():
            folded.append(lowered)
            where.append(index)
    spans = []
    for match in _token_pattern(language).finditer("".join(folded)):
        strength = kinds.get(match[0])
        if strength is not None:
            spans.append((where[match.start()], where[match.end() - 1] + 1, strength))
    return spans
