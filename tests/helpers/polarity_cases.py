# ruff: noqa: RUF001, E501  (Arabic letters and typographic apostrophes are the subject here)
"""Labelled translations of patient text for the negation and sentences checks.

Written as a medical translator (and a tired one) would write them, before the
checks were tuned on them: each case is (language, English source, translation,
label). A negation label is "dropped", "added" or None (a correct translation
that must pass); a sentences label is True (a sentence is missing) or False.
``tests/checks/test_negation.py`` and ``test_sentences.py`` run them;
``benchmarks/bench_patient_checks.py`` measures precision and recall on them.
"""

from __future__ import annotations

NegationCase = tuple[str, str, str, str | None]
SentenceCase = tuple[str, str, str, bool]

MORE_THAN_4 = "Do not take more than 4 doses in 24 hours."
NO_MORE_THAN_4 = "No more than 4 doses in 24 hours."
NEVER_ASPIRIN = "Never give aspirin to children under 16."
NOT_DRIVE = "You should not drive or operate machinery after the infusion."
WITHOUT_FOOD = "Take the tablets without food."
AVOID_ALCOHOL = "Avoid alcohol during the treatment."
WITH_WATER = "Take the tablet with a glass of water."
TELL_DOCTOR = "Tell your doctor if you are pregnant."
NOT_STOP = "Do not stop taking the medicine suddenly."
EXPIRY = "Do not use this medicine after the expiry date."
UNSAFE = "It is unsafe to drive after the infusion."
UNABLE = "If you are unable to swallow the tablet, tell your doctor."
UP_TO_3 = "Take up to 3 tablets a day."
NSAIDS = "Nonsteroidal anti-inflammatory drugs (NSAIDs) can irritate the stomach."
UNLESS = "Do not take it unless your doctor tells you to."
NOT_JUST = "Pain doesn’t just hurt the body."
ONLY_ONE = "Take only one tablet a day."
NO_CURE = "There is no cure for chronic pain yet, but treatment helps."
TWO_SENTENCES = "Take one tablet a day. Do not crush or chew it."

NEGATION_CASES: list[NegationCase] = [
    # --- Spanish: violations
    ("es", MORE_THAN_4, "Tome más de 4 dosis en 24 horas.", "dropped"),
    ("es", NEVER_ASPIRIN, "Dé aspirina a los niños menores de 16 años.", "dropped"),
    ("es", NOT_DRIVE, "Debe conducir o manejar maquinaria después de la infusión.", "dropped"),
    ("es", WITHOUT_FOOD, "Tome los comprimidos con alimentos.", "dropped"),
    ("es", AVOID_ALCOHOL, "Consuma alcohol con moderación durante el tratamiento.", "dropped"),
    ("es", NOT_STOP, "Deje de tomar el medicamento de repente.", "dropped"),
    ("es", EXPIRY, "Utilice este medicamento después de la fecha de caducidad.", "dropped"),
    ("es", NO_MORE_THAN_4, "Más de 4 dosis en 24 horas.", "dropped"),
    ("es", TWO_SENTENCES, "Tome un comprimido al día. Tritúrelo o mastíquelo.", "dropped"),
    ("es", WITH_WATER, "No tome el comprimido con un vaso de agua.", "added"),
    ("es", TELL_DOCTOR, "No informe a su médico si está embarazada.", "added"),
    ("es", UP_TO_3, "Nunca tome 3 comprimidos al día.", "added"),
    # --- Spanish: near misses
    ("es", MORE_THAN_4, "No tome más de 4 dosis en 24 horas.", None),
    ("es", NO_MORE_THAN_4, "Como máximo, 4 dosis en 24 horas.", None),
    ("es", NEVER_ASPIRIN, "No dé nunca aspirina a niños menores de 16 años.", None),
    ("es", WITHOUT_FOOD, "Tome los comprimidos sin alimentos.", None),
    (
        "es",
        "Reduces symptoms in hours rather than weeks.",
        "Reduce los síntomas en horas, no en semanas.",
        None,
    ),
    ("es", AVOID_ALCOHOL, "Evite el alcohol durante el tratamiento.", None),
    ("es", UNSAFE, "No es seguro conducir después de la infusión.", None),
    ("es", UNABLE, "Si no puede tragar el comprimido, informe a su médico.", None),
    ("es", UP_TO_3, "Tome hasta 3 comprimidos al día.", None),
    ("es", UP_TO_3, "No tome más de 3 comprimidos al día.", None),
    ("es", NSAIDS, "Los antiinflamatorios no esteroideos (AINE) pueden irritar el estómago.", None),
    ("es", UNLESS, "No lo tome a menos que su médico se lo indique.", None),
    ("es", "However, this is rare.", "Sin embargo, esto es poco frecuente.", None),
    ("es", NOT_JUST, "El dolor no solo duele en el cuerpo.", None),
    ("es", ONLY_ONE, "Tome solo un comprimido al día.", None),
    (
        "es",
        NO_CURE,
        "Todavía no existe cura para el dolor crónico, pero el tratamiento ayuda.",
        None,
    ),
    ("es", TWO_SENTENCES, "Tome un comprimido al día. No lo triture ni lo mastique.", None),
    # --- French: violations
    ("fr", MORE_THAN_4, "Prenez plus de 4 doses en 24 heures.", "dropped"),
    ("fr", NEVER_ASPIRIN, "Donnez de l’aspirine aux enfants de moins de 16 ans.", "dropped"),
    (
        "fr",
        NOT_DRIVE,
        "Vous devez conduire ou utiliser des machines après la perfusion.",
        "dropped",
    ),
    ("fr", WITHOUT_FOOD, "Prenez les comprimés avec de la nourriture.", "dropped"),
    ("fr", AVOID_ALCOHOL, "Buvez de l’alcool pendant le traitement.", "dropped"),
    ("fr", EXPIRY, "Utilisez ce médicament après la date de péremption.", "dropped"),
    ("fr", NOT_STOP, "Arrêtez brutalement de prendre le médicament.", "dropped"),
    ("fr", TWO_SENTENCES, "Prenez un comprimé par jour. Écrasez-le ou croquez-le.", "dropped"),
    (
        "fr",
        "Ketamine is not suitable for children.",
        "La kétamine convient aux enfants.",
        "dropped",
    ),
    ("fr", WITH_WATER, "Ne prenez pas le comprimé avec un verre d’eau.", "added"),
    ("fr", TELL_DOCTOR, "N’informez pas votre médecin si vous êtes enceinte.", "added"),
    ("fr", "Store below 25 °C.", "Ne conservez jamais à moins de 25 °C.", "added"),
    # --- French: near misses
    ("fr", MORE_THAN_4, "Ne prenez pas plus de 4 doses en 24 heures.", None),
    ("fr", NO_MORE_THAN_4, "4 doses au maximum en 24 heures.", None),
    ("fr", NO_MORE_THAN_4, "Pas plus de 4 doses en 24 heures.", None),
    (
        "fr",
        "Reduces symptoms in hours rather than weeks.",
        "Réduit les symptômes en quelques heures et non en semaines.",
        None,
    ),
    ("fr", NEVER_ASPIRIN, "Ne donnez jamais d’aspirine aux enfants de moins de 16 ans.", None),
    ("fr", WITHOUT_FOOD, "Prenez les comprimés sans nourriture.", None),
    ("fr", AVOID_ALCOHOL, "Évitez l’alcool pendant le traitement.", None),
    ("fr", UNABLE, "Si vous ne pouvez pas avaler le comprimé, prévenez votre médecin.", None),
    ("fr", ONLY_ONE, "Ne prenez qu’un seul comprimé par jour.", None),
    (
        "fr",
        "Tell your doctor before you stop the treatment.",
        "Prévenez votre médecin avant que vous n’arrêtiez le traitement.",
        None,
    ),
    (
        "fr",
        NSAIDS,
        "Les anti-inflammatoires non stéroïdiens (AINS) peuvent irriter l’estomac.",
        None,
    ),
    (
        "fr",
        "Take the first step towards a life with less pain.",
        "Faites le premier pas vers une vie avec moins de douleur.",
        None,
    ),
    ("fr", UNSAFE, "Il n’est pas prudent de conduire après la perfusion.", None),
    ("fr", UNLESS, "Ne le prenez pas, à moins que votre médecin ne vous le demande.", None),
    ("fr", NOT_JUST, "La douleur ne fait pas que blesser le corps.", None),
    (
        "fr",
        TWO_SENTENCES,
        "Prenez un comprimé par jour. Ne l’écrasez pas et ne le croquez pas.",
        None,
    ),
    # --- German: violations
    ("de", MORE_THAN_4, "Nehmen Sie mehr als 4 Dosen in 24 Stunden ein.", "dropped"),
    ("de", NEVER_ASPIRIN, "Geben Sie Kindern unter 16 Jahren Aspirin.", "dropped"),
    (
        "de",
        NOT_DRIVE,
        "Sie sollten nach der Infusion Auto fahren oder Maschinen bedienen.",
        "dropped",
    ),
    ("de", WITHOUT_FOOD, "Nehmen Sie die Tabletten mit einer Mahlzeit ein.", "dropped"),
    ("de", AVOID_ALCOHOL, "Trinken Sie während der Behandlung Alkohol.", "dropped"),
    ("de", NOT_STOP, "Beenden Sie die Einnahme des Arzneimittels plötzlich.", "dropped"),
    ("de", EXPIRY, "Verwenden Sie das Arzneimittel nach dem Verfallsdatum.", "dropped"),
    (
        "de",
        "There are no known interactions with food.",
        "Es gibt bekannte Wechselwirkungen mit Nahrungsmitteln.",
        "dropped",
    ),
    (
        "de",
        "Ketamine is not a substitute for your usual treatment.",
        "Ketamin ist ein Ersatz für Ihre übliche Behandlung.",
        "dropped",
    ),
    ("de", WITH_WATER, "Nehmen Sie die Tablette nicht mit einem Glas Wasser ein.", "added"),
    ("de", TELL_DOCTOR, "Informieren Sie Ihren Arzt nicht, wenn Sie schwanger sind.", "added"),
    ("de", TWO_SENTENCES, "Nehmen Sie täglich keine Tablette. Zerkleinern Sie sie nicht.", "added"),
    # --- German: near misses
    ("de", MORE_THAN_4, "Nehmen Sie höchstens 4 Dosen in 24 Stunden ein.", None),
    ("de", NO_MORE_THAN_4, "Nicht mehr als 4 Dosen in 24 Stunden.", None),
    ("de", NEVER_ASPIRIN, "Geben Sie Kindern unter 16 Jahren niemals Aspirin.", None),
    (
        "de",
        "Reduces symptoms in hours rather than weeks.",
        "Lindert die Symptome in Stunden, nicht erst in Wochen.",
        None,
    ),
    ("de", WITHOUT_FOOD, "Nehmen Sie die Tabletten ohne Nahrung ein.", None),
    ("de", AVOID_ALCOHOL, "Vermeiden Sie Alkohol während der Behandlung.", None),
    ("de", UNABLE, "Wenn Sie die Tablette nicht schlucken können, sagen Sie es Ihrem Arzt.", None),
    ("de", UNSAFE, "Es ist nicht sicher, nach der Infusion Auto zu fahren.", None),
    ("de", UP_TO_3, "Nehmen Sie bis zu 3 Tabletten täglich ein.", None),
    ("de", NSAIDS, "Nichtsteroidale Antirheumatika (NSAR) können den Magen reizen.", None),
    ("de", NOT_JUST, "Schmerzen tun nicht nur dem Körper weh.", None),
    (
        "de",
        "There are no known interactions with food.",
        "Es sind keine Wechselwirkungen mit Nahrungsmitteln bekannt.",
        None,
    ),
    ("de", UNLESS, "Nehmen Sie es nur ein, wenn Ihr Arzt es Ihnen sagt.", None),
    (
        "de",
        "Do not exceed the stated dose.",
        "Die angegebene Dosis darf nicht überschritten werden.",
        None,
    ),
    (
        "de",
        TWO_SENTENCES,
        "Nehmen Sie täglich eine Tablette. Zerkleinern oder zerkauen Sie sie nicht.",
        None,
    ),
    # --- Arabic: violations
    ("ar", MORE_THAN_4, "تناول أكثر من 4 جرعات خلال 24 ساعة.", "dropped"),
    ("ar", NEVER_ASPIRIN, "أعطِ الأسبرين للأطفال دون سن 16 عامًا.", "dropped"),
    ("ar", NOT_DRIVE, "يجب أن تقود السيارة أو تشغّل الآلات بعد التسريب.", "dropped"),
    ("ar", WITHOUT_FOOD, "تناول الأقراص مع الطعام.", "dropped"),
    ("ar", AVOID_ALCOHOL, "اشرب الكحول أثناء العلاج.", "dropped"),
    ("ar", NOT_STOP, "توقّف عن تناول الدواء فجأة.", "dropped"),
    ("ar", EXPIRY, "استخدم هذا الدواء بعد تاريخ انتهاء الصلاحية.", "dropped"),
    ("ar", NO_CURE, "يوجد علاج للألم المزمن حتى الآن، والعلاج يساعد.", "dropped"),
    (
        "ar",
        "Ketamine is not addictive under medical supervision.",
        "الكيتامين يسبب الإدمان تحت الإشراف الطبي.",
        "dropped",
    ),
    ("ar", WITH_WATER, "لا تتناول القرص مع كوب من الماء.", "added"),
    ("ar", TELL_DOCTOR, "لا تخبري طبيبك إذا كنتِ حاملًا.", "added"),
    (
        "ar",
        "Take the tablets with or without food.",
        "لا تتناول الأقراص مع الطعام أو بدونه.",
        "added",
    ),
    # --- Arabic: near misses
    ("ar", MORE_THAN_4, "لا تتناول أكثر من 4 جرعات خلال 24 ساعة.", None),
    ("ar", NO_MORE_THAN_4, "4 جرعات على الأكثر خلال 24 ساعة.", None),
    ("ar", NO_MORE_THAN_4, "لا تزيد الجرعات على 4 خلال 24 ساعة.", None),
    (
        "ar",
        "Reduces symptoms in hours rather than weeks.",
        "يخفّف الأعراض في غضون ساعات لا أسابيع.",
        None,
    ),
    ("ar", NEVER_ASPIRIN, "لا تعطِ الأسبرين أبدًا للأطفال دون سن 16 عامًا.", None),
    ("ar", WITHOUT_FOOD, "تناول الأقراص بدون طعام.", None),
    ("ar", AVOID_ALCOHOL, "تجنَّب الكحول أثناء العلاج.", None),
    ("ar", UNSAFE, "القيادة بعد التسريب غير آمنة.", None),
    ("ar", UNABLE, "إذا كنت لا تستطيع بلع القرص، فأخبر طبيبك.", None),
    ("ar", ONLY_ONE, "لا تتناول إلا قرصًا واحدًا في اليوم.", None),
    ("ar", UNLESS, "لا تتناوله ما لم يطلب منك طبيبك ذلك.", None),
    ("ar", NSAIDS, "قد تُهيّج مضادات الالتهاب غير الستيرويدية (NSAIDs) المعدة.", None),
    (
        "ar",
        "You must tell your doctor about all your medicines.",
        "لا بد أن تُخبر طبيبك بجميع أدويتك.",
        None,
    ),
    ("ar", "Pain is still the most common symptom.", "لا يزال الألم العرَض الأكثر شيوعًا.", None),
    ("ar", "Take the tablets with or without food.", "تناول الأقراص مع الطعام أو بدونه.", None),
    ("ar", "Do not drive or drink alcohol.", "لا تقُد السيارة ولا تشرب الكحول.", None),
    ("ar", "Take at most 2 tablets at a time.", "تناول قرصين كحد أقصى في المرة الواحدة.", None),
]

DOSING = (
    "Take one tablet twice a day with food. Do not take more than 4 tablets in 24 hours. "
    "If the pain lasts more than 3 days, see your doctor."
)
SESSION = (
    "Ketamine is given as an infusion in the clinic. Each session lasts about 40 minutes. "
    "You will need someone to drive you home afterwards."
)
STORAGE = "Store the medicine below 25 °C. Keep it out of the sight and reach of children."
SIDE_EFFECTS = (
    "Side effects are usually mild, e.g. dizziness or nausea. They pass within approx. 2 hours. "
    "Tell the nurse if you feel unwell."
)
LEAFLET = (
    "Read the [patient leaflet](https://example.org/leaflet.v2.html) before the first dose. "
    "Ask your pharmacist if anything is unclear."
)
ASPIRIN = (
    "Never give aspirin to children under 16. "
    "It can cause Reye’s syndrome, a rare but serious illness."
)
LONG_ONE = (
    "If you have kidney disease, liver disease or high blood pressure, or if you are pregnant "
    "or breast-feeding, talk to your doctor before you start the treatment."
)
SHORT_TWO = "Drink plenty of water after the session. Rest for the rest of the day."

SENTENCE_CASES: list[SentenceCase] = [
    # --- Spanish: a sentence missing
    (
        "es",
        DOSING,
        "Tome un comprimido dos veces al día con alimentos. Si el dolor dura más de 3 días, consulte a su médico.",
        True,
    ),
    (
        "es",
        DOSING,
        "Tome un comprimido dos veces al día con alimentos. No tome más de 4 comprimidos en 24 horas.",
        True,
    ),
    (
        "es",
        SESSION,
        "La ketamina se administra en perfusión en la clínica. Necesitará que alguien le lleve a casa después.",
        True,
    ),
    (
        "es",
        SESSION,
        "Cada sesión dura unos 40 minutos. Necesitará que alguien le lleve a casa después.",
        True,
    ),
    ("es", STORAGE, "Mantener fuera de la vista y del alcance de los niños.", True),
    ("es", STORAGE, "Conservar el medicamento por debajo de 25 °C.", True),
    (
        "es",
        SIDE_EFFECTS,
        "Los efectos secundarios suelen ser leves, p. ej., mareo o náuseas. Avise a la enfermera si se encuentra mal.",
        True,
    ),
    (
        "es",
        LEAFLET,
        "Lea el [prospecto](https://example.org/leaflet.v2.html) antes de la primera dosis.",
        True,
    ),
    ("es", ASPIRIN, "Puede causar el síndrome de Reye, una enfermedad rara pero grave.", True),
    ("es", ASPIRIN, "No dé nunca aspirina a niños menores de 16 años.", True),
    # --- Spanish: complete translations
    (
        "es",
        DOSING,
        "Tome un comprimido dos veces al día con alimentos. No tome más de 4 comprimidos en 24 horas. Si el dolor dura más de 3 días, consulte a su médico.",
        False,
    ),
    (
        "es",
        SESSION,
        "La ketamina se administra en perfusión en la clínica. Cada sesión dura unos 40 minutos. Necesitará que alguien le lleve a casa después.",
        False,
    ),
    (
        "es",
        STORAGE,
        "Conservar por debajo de 25 °C y mantener fuera de la vista y del alcance de los niños.",
        False,
    ),
    (
        "es",
        SIDE_EFFECTS,
        "Los efectos secundarios suelen ser leves, p. ej., mareo o náuseas, y desaparecen en aprox. 2 horas. Avise a la enfermera si se encuentra mal.",
        False,
    ),
    (
        "es",
        LEAFLET,
        "Lea el [prospecto](https://example.org/leaflet.v2.html) antes de la primera dosis y pregunte a su farmacéutico si algo no le queda claro.",
        False,
    ),
    (
        "es",
        ASPIRIN,
        "No dé nunca aspirina a niños menores de 16 años: puede causar el síndrome de Reye, una enfermedad rara pero grave.",
        False,
    ),
    (
        "es",
        LONG_ONE,
        "Si tiene una enfermedad renal, hepática o la tensión alta, o si está embarazada o en periodo de lactancia, hable con su médico. Hágalo antes de empezar el tratamiento.",
        False,
    ),
    ("es", SHORT_TWO, "Beba mucha agua después de la sesión y descanse el resto del día.", False),
    ("es", SHORT_TWO, "Beba mucha agua después de la sesión; descanse el resto del día.", False),
    (
        "es",
        SESSION,
        "La ketamina se administra en perfusión en la clínica; cada sesión dura unos 40 minutos. Necesitará que alguien le lleve a casa después.",
        False,
    ),
    # --- French: a sentence missing
    (
        "fr",
        DOSING,
        "Prenez un comprimé deux fois par jour au cours d’un repas. Si la douleur persiste plus de 3 jours, consultez votre médecin.",
        True,
    ),
    (
        "fr",
        DOSING,
        "Prenez un comprimé deux fois par jour au cours d’un repas. Ne prenez pas plus de 4 comprimés en 24 heures.",
        True,
    ),
    (
        "fr",
        SESSION,
        "La kétamine est administrée en perfusion à la clinique. Une personne devra vous raccompagner chez vous ensuite.",
        True,
    ),
    (
        "fr",
        SESSION,
        "Chaque séance dure environ 40 minutes. Une personne devra vous raccompagner chez vous ensuite.",
        True,
    ),
    ("fr", STORAGE, "Tenir hors de la vue et de la portée des enfants.", True),
    ("fr", STORAGE, "Conserver le médicament à une température ne dépassant pas 25 °C.", True),
    (
        "fr",
        SIDE_EFFECTS,
        "Les effets indésirables sont en général légers, p. ex. des vertiges ou des nausées. Prévenez l’infirmière si vous ne vous sentez pas bien.",
        True,
    ),
    (
        "fr",
        LEAFLET,
        "Lisez la [notice](https://example.org/leaflet.v2.html) avant la première dose.",
        True,
    ),
    ("fr", ASPIRIN, "Elle peut provoquer un syndrome de Reye, une maladie rare mais grave.", True),
    ("fr", ASPIRIN, "Ne donnez jamais d’aspirine aux enfants de moins de 16 ans.", True),
    # --- French: complete translations
    (
        "fr",
        DOSING,
        "Prenez un comprimé deux fois par jour au cours d’un repas. Ne prenez pas plus de 4 comprimés en 24 heures. Si la douleur persiste plus de 3 jours, consultez votre médecin.",
        False,
    ),
    (
        "fr",
        SESSION,
        "La kétamine est administrée en perfusion à la clinique. Chaque séance dure env. 40 minutes. Une personne devra vous raccompagner chez vous ensuite.",
        False,
    ),
    (
        "fr",
        STORAGE,
        "Conserver à une température ne dépassant pas 25 °C, hors de la vue et de la portée des enfants.",
        False,
    ),
    (
        "fr",
        SIDE_EFFECTS,
        "Les effets indésirables sont en général légers, p. ex. des vertiges ou des nausées, et disparaissent en 2 heures environ. Prévenez l’infirmière si vous ne vous sentez pas bien.",
        False,
    ),
    (
        "fr",
        LEAFLET,
        "Lisez la [notice](https://example.org/leaflet.v2.html) avant la première dose et demandez conseil à votre pharmacien en cas de doute.",
        False,
    ),
    (
        "fr",
        ASPIRIN,
        "Ne donnez jamais d’aspirine aux enfants de moins de 16 ans : elle peut provoquer un syndrome de Reye, maladie rare mais grave.",
        False,
    ),
    (
        "fr",
        LONG_ONE,
        "Si vous avez une maladie des reins ou du foie ou une hypertension, ou si vous êtes enceinte ou allaitez, parlez-en à votre médecin. Faites-le avant de commencer le traitement.",
        False,
    ),
    (
        "fr",
        SHORT_TWO,
        "Buvez beaucoup d’eau après la séance et reposez-vous le reste de la journée.",
        False,
    ),
    (
        "fr",
        SHORT_TWO,
        "Buvez beaucoup d’eau après la séance ; reposez-vous le reste de la journée.",
        False,
    ),
    (
        "fr",
        DOSING,
        "Prenez un comprimé deux fois par jour au cours d’un repas, sans dépasser 4 comprimés en 24 heures. Si la douleur persiste plus de 3 jours, consultez votre médecin.",
        False,
    ),
    # --- German: a sentence missing
    (
        "de",
        DOSING,
        "Nehmen Sie zweimal täglich eine Tablette mit einer Mahlzeit ein. Wenn die Schmerzen länger als 3 Tage anhalten, gehen Sie zu Ihrem Arzt.",
        True,
    ),
    (
        "de",
        DOSING,
        "Nehmen Sie zweimal täglich eine Tablette mit einer Mahlzeit ein. Nehmen Sie höchstens 4 Tabletten in 24 Stunden ein.",
        True,
    ),
    (
        "de",
        SESSION,
        "Ketamin wird in der Praxis als Infusion gegeben. Danach muss Sie jemand nach Hause fahren.",
        True,
    ),
    (
        "de",
        SESSION,
        "Jede Sitzung dauert etwa 40 Minuten. Danach muss Sie jemand nach Hause fahren.",
        True,
    ),
    ("de", STORAGE, "Für Kinder unzugänglich aufbewahren.", True),
    ("de", STORAGE, "Das Arzneimittel nicht über 25 °C lagern.", True),
    (
        "de",
        SIDE_EFFECTS,
        "Nebenwirkungen sind meist leicht, z. B. Schwindel oder Übelkeit. Sagen Sie der Pflegekraft Bescheid, wenn Sie sich unwohl fühlen.",
        True,
    ),
    (
        "de",
        LEAFLET,
        "Lesen Sie vor der ersten Dosis die [Packungsbeilage](https://example.org/leaflet.v2.html).",
        True,
    ),
    (
        "de",
        ASPIRIN,
        "Es kann das Reye-Syndrom auslösen, eine seltene, aber schwere Erkrankung.",
        True,
    ),
    ("de", ASPIRIN, "Geben Sie Kindern unter 16 Jahren niemals Aspirin.", True),
    # --- German: complete translations
    (
        "de",
        DOSING,
        "Nehmen Sie zweimal täglich eine Tablette mit einer Mahlzeit ein. Nehmen Sie höchstens 4 Tabletten in 24 Stunden ein. Wenn die Schmerzen länger als 3 Tage anhalten, gehen Sie zu Ihrem Arzt.",
        False,
    ),
    (
        "de",
        SESSION,
        "Ketamin wird in der Praxis als Infusion gegeben. Jede Sitzung dauert ca. 40 Minuten. Danach muss Sie jemand nach Hause fahren.",
        False,
    ),
    ("de", STORAGE, "Nicht über 25 °C lagern und für Kinder unzugänglich aufbewahren.", False),
    (
        "de",
        SIDE_EFFECTS,
        "Nebenwirkungen sind meist leicht, z. B. Schwindel oder Übelkeit, und klingen nach ca. 2 Std. ab. Sagen Sie der Pflegekraft Bescheid, wenn Sie sich unwohl fühlen.",
        False,
    ),
    (
        "de",
        LEAFLET,
        "Lesen Sie vor der ersten Dosis die [Packungsbeilage](https://example.org/leaflet.v2.html) und fragen Sie Ihre Apotheke, wenn etwas unklar ist.",
        False,
    ),
    (
        "de",
        ASPIRIN,
        "Geben Sie Kindern unter 16 Jahren niemals Aspirin: Es kann das Reye-Syndrom auslösen, eine seltene, aber schwere Erkrankung.",
        False,
    ),
    (
        "de",
        LONG_ONE,
        "Wenn Sie eine Nieren- oder Lebererkrankung oder Bluthochdruck haben oder schwanger sind oder stillen, sprechen Sie mit Ihrem Arzt. Tun Sie dies, bevor Sie mit der Behandlung beginnen.",
        False,
    ),
    (
        "de",
        SHORT_TWO,
        "Trinken Sie nach der Sitzung viel Wasser und ruhen Sie sich den Rest des Tages aus.",
        False,
    ),
    (
        "de",
        SHORT_TWO,
        "Trinken Sie nach der Sitzung viel Wasser; ruhen Sie sich den Rest des Tages aus.",
        False,
    ),
    (
        "de",
        SESSION,
        "Ketamin wird in der Praxis als Infusion gegeben, jede Sitzung dauert etwa 40 Minuten. Danach muss Sie jemand nach Hause fahren.",
        False,
    ),
    # --- Arabic: a sentence missing
    (
        "ar",
        DOSING,
        "تناول قرصًا واحدًا مرتين يوميًا مع الطعام. إذا استمر الألم أكثر من 3 أيام، فراجع طبيبك.",
        True,
    ),
    (
        "ar",
        DOSING,
        "تناول قرصًا واحدًا مرتين يوميًا مع الطعام. لا تتناول أكثر من 4 أقراص خلال 24 ساعة.",
        True,
    ),
    (
        "ar",
        SESSION,
        "يُعطى الكيتامين بالتسريب الوريدي في العيادة. ستحتاج إلى من يوصلك إلى المنزل بعد ذلك.",
        True,
    ),
    ("ar", SESSION, "تستغرق كل جلسة نحو 40 دقيقة. ستحتاج إلى من يوصلك إلى المنزل بعد ذلك.", True),
    ("ar", STORAGE, "يُحفظ بعيدًا عن مرأى الأطفال ومتناولهم.", True),
    ("ar", STORAGE, "يُحفظ الدواء في درجة حرارة أقل من 25 °م.", True),
    (
        "ar",
        SIDE_EFFECTS,
        "تكون الآثار الجانبية خفيفة عادةً، مثل الدوخة أو الغثيان. أخبر الممرضة إذا شعرت بتوعك.",
        True,
    ),
    (
        "ar",
        LEAFLET,
        "اقرأ [النشرة الداخلية](https://example.org/leaflet.v2.html) قبل الجرعة الأولى.",
        True,
    ),
    ("ar", ASPIRIN, "فقد يسبب متلازمة راي، وهي مرض نادر لكنه خطير.", True),
    ("ar", ASPIRIN, "لا تعطِ الأسبرين أبدًا للأطفال دون سن 16 عامًا.", True),
    # --- Arabic: complete translations
    (
        "ar",
        DOSING,
        "تناول قرصًا واحدًا مرتين يوميًا مع الطعام. لا تتناول أكثر من 4 أقراص خلال 24 ساعة. إذا استمر الألم أكثر من 3 أيام، فراجع طبيبك.",
        False,
    ),
    (
        "ar",
        SESSION,
        "يُعطى الكيتامين بالتسريب الوريدي في العيادة. تستغرق كل جلسة نحو 40 دقيقة. ستحتاج إلى من يوصلك إلى المنزل بعد ذلك.",
        False,
    ),
    (
        "ar",
        STORAGE,
        "يُحفظ الدواء في درجة حرارة أقل من 25 °م، بعيدًا عن مرأى الأطفال ومتناولهم.",
        False,
    ),
    (
        "ar",
        SIDE_EFFECTS,
        "تكون الآثار الجانبية خفيفة عادةً، مثل الدوخة أو الغثيان، وتزول خلال ساعتين تقريبًا؛ أخبر الممرضة إذا شعرت بتوعك.",
        False,
    ),
    (
        "ar",
        LEAFLET,
        "اقرأ [النشرة الداخلية](https://example.org/leaflet.v2.html) قبل الجرعة الأولى، واسأل الصيدلي إذا كان هناك ما هو غير واضح.",
        False,
    ),
    (
        "ar",
        ASPIRIN,
        "لا تعطِ الأسبرين أبدًا للأطفال دون سن 16 عامًا؛ فقد يسبب متلازمة راي، وهي مرض نادر لكنه خطير.",
        False,
    ),
    (
        "ar",
        LONG_ONE,
        "إذا كنت مصابًا بمرض في الكلى أو الكبد أو بارتفاع ضغط الدم، أو إذا كنتِ حاملًا أو مرضعًا، فتحدّث إلى طبيبك. افعل ذلك قبل أن تبدأ العلاج.",
        False,
    ),
    ("ar", SHORT_TWO, "اشرب كمية وفيرة من الماء بعد الجلسة واسترح بقية اليوم.", False),
    ("ar", SHORT_TWO, "اشرب كمية وفيرة من الماء بعد الجلسة؛ واسترح بقية اليوم.", False),
    (
        "ar",
        SESSION,
        "يُعطى الكيتامين بالتسريب الوريدي في العيادة، وتستغرق كل جلسة نحو 40 دقيقة. ستحتاج إلى من يوصلك إلى المنزل بعد ذلك.",
        False,
    ),
]

# Held out: written after the checks were tuned on the cases above, and not
# tuned on; ``benchmarks/bench_patient_checks.py`` reports them apart.
SEAL = "Do not use if the seal is broken."
CHILDREN = "Children must not take this medicine."
SHAKE = "Shake the bottle before use."
DROWSY = "This medicine does not cause drowsiness."
EXCEED = "Do not exceed the recommended dose."
NO_ONE = "No one else should use your medicine."
GRAPEFRUIT = "Do not drink grapefruit juice during treatment."
HELDOUT_NEGATION: list[NegationCase] = [
    ("es", SEAL, "Utilizar si el precinto está roto.", "dropped"),
    ("es", CHILDREN, "Los niños deben tomar este medicamento.", "dropped"),
    ("es", NO_ONE, "Otras personas deben usar su medicamento.", "dropped"),
    ("es", SHAKE, "No agite el frasco antes de usarlo.", "added"),
    ("es", SEAL, "No utilizar si el precinto está roto.", None),
    ("es", DROWSY, "Este medicamento no produce somnolencia.", None),
    (
        "es",
        "Never share your medicine with others.",
        "Jamás comparta su medicamento con otras personas.",
        None,
    ),
    ("es", EXCEED, "No supere la dosis recomendada.", None),
    ("fr", SEAL, "Utiliser si l’opercule est endommagé.", "dropped"),
    ("fr", CHILDREN, "Les enfants doivent prendre ce médicament.", "dropped"),
    (
        "fr",
        "Never leave the patient alone after the infusion.",
        "Laissez le patient seul après la perfusion.",
        "dropped",
    ),
    ("fr", SHAKE, "N’agitez pas le flacon avant emploi.", "added"),
    ("fr", SEAL, "Ne pas utiliser si l’opercule est endommagé.", None),
    ("fr", DROWSY, "Ce médicament ne provoque pas de somnolence.", None),
    ("fr", NO_ONE, "Personne d’autre ne doit utiliser votre médicament.", None),
    ("fr", EXCEED, "Ne dépassez pas la dose recommandée.", None),
    ("de", SEAL, "Bei beschädigtem Siegel verwenden.", "dropped"),
    ("de", CHILDREN, "Kinder müssen dieses Arzneimittel einnehmen.", "dropped"),
    ("de", GRAPEFRUIT, "Trinken Sie während der Behandlung Grapefruitsaft.", "dropped"),
    ("de", SHAKE, "Schütteln Sie die Flasche vor Gebrauch nicht.", "added"),
    ("de", SEAL, "Bei beschädigtem Siegel nicht verwenden.", None),
    ("de", DROWSY, "Dieses Arzneimittel macht nicht müde.", None),
    ("de", NO_ONE, "Niemand sonst sollte Ihr Arzneimittel verwenden.", None),
    ("de", EXCEED, "Überschreiten Sie die empfohlene Dosis nicht.", None),
    ("ar", SEAL, "استخدمه إذا كان الختم مكسورًا.", "dropped"),
    ("ar", CHILDREN, "يجب أن يتناول الأطفال هذا الدواء.", "dropped"),
    ("ar", GRAPEFRUIT, "اشرب عصير الجريب فروت أثناء العلاج.", "dropped"),
    ("ar", SHAKE, "لا ترجّ الزجاجة قبل الاستعمال.", "added"),
    ("ar", SEAL, "لا تستخدمه إذا كان الختم مكسورًا.", None),
    ("ar", DROWSY, "لا يسبب هذا الدواء النعاس.", None),
    ("ar", NO_ONE, "يجب ألا يستخدم أحد غيرك دواءك.", None),
    ("ar", EXCEED, "لا تتجاوز الجرعة الموصى بها.", None),
]
CREAM = (
    "Wash your hands before you apply the cream. Apply a thin layer to the painful area. "
    "Do not cover it with a bandage."
)
INFUSION = (
    "The infusion starts at a low dose. The nurse checks your blood pressure every 15 minutes."
)
HELDOUT_SENTENCES: list[SentenceCase] = [
    ("es", CREAM, "Lávese las manos antes de aplicar la crema. No la cubra con un vendaje.", True),
    (
        "es",
        CREAM,
        "Lávese las manos antes de aplicar la crema y aplique una capa fina en la zona dolorosa. No la cubra con un vendaje.",
        False,
    ),
    ("es", INFUSION, "La perfusión empieza con una dosis baja.", True),
    (
        "es",
        INFUSION,
        "La perfusión empieza con una dosis baja y la enfermera le toma la tensión cada 15 minutos.",
        False,
    ),
    (
        "fr",
        CREAM,
        "Lavez-vous les mains avant d’appliquer la crème. Ne la recouvrez pas d’un pansement.",
        True,
    ),
    (
        "fr",
        CREAM,
        "Lavez-vous les mains avant d’appliquer la crème, puis appliquez-en une fine couche sur la zone douloureuse. Ne la recouvrez pas d’un pansement.",
        False,
    ),
    ("fr", INFUSION, "La perfusion commence à faible dose.", True),
    (
        "fr",
        INFUSION,
        "La perfusion commence à faible dose ; l’infirmière contrôle votre tension toutes les 15 minutes.",
        False,
    ),
    (
        "de",
        CREAM,
        "Waschen Sie sich vor dem Auftragen der Creme die Hände. Decken Sie die Stelle nicht mit einem Verband ab.",
        True,
    ),
    (
        "de",
        CREAM,
        "Waschen Sie sich vor dem Auftragen die Hände und tragen Sie die Creme dünn auf die schmerzende Stelle auf. Decken Sie sie nicht mit einem Verband ab.",
        False,
    ),
    ("de", INFUSION, "Die Infusion beginnt mit einer niedrigen Dosis.", True),
    (
        "de",
        INFUSION,
        "Die Infusion beginnt mit einer niedrigen Dosis; die Pflegekraft misst alle 15 Minuten Ihren Blutdruck.",
        False,
    ),
    ("ar", CREAM, "اغسل يديك قبل وضع الكريم. لا تغطِّه بضمادة.", True),
    (
        "ar",
        CREAM,
        "اغسل يديك قبل وضع الكريم، ثم ضع طبقة رقيقة منه على المنطقة المؤلمة. لا تغطِّه بضمادة.",
        False,
    ),
    ("ar", INFUSION, "يبدأ التسريب بجرعة منخفضة.", True),
    ("ar", INFUSION, "يبدأ التسريب بجرعة منخفضة، وتقيس الممرضة ضغط دمك كل 15 دقيقة.", False),
]
