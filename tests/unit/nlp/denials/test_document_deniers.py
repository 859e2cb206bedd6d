"""A statement, a press office or a source's phrase as the denier: the party behind it denies, and the words that
name it (the issuer after its marker, the body a source belongs to) are no part of the claim."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "denier", "claim"),
    [
        # A document issued by a body: the body denies (was "بيان صادر", the issuer in the claim).
        ("ar", "ونفى بيان صادر عن وزارة الصحة الأنباء عن نقص الأدوية.", "وزارة الصحة", "الأنباء عن نقص الأدوية"),
        ("ar", "ونفى البيان الصادر عن الشركة وقوع أي تسريب.", "الشركة", "وقوع أي تسريب"),
        ("ar", "ونفى بلاغ صادر عن الشرطة اعتقال الصحفي.", "الشرطة", "اعتقال الصحفي"),
        (
            "ar",
            "ونفى بيان رسمي صادر مساء الأحد عن الشرطة اعتقال الصحفي.",
            "الشرطة",
            "اعتقال الصحفي",
        ),  # described, dated
        # ... with a speech verb and a verdict (was "بيان صادر").
        (
            "ar",
            "وقال بيان صادر عن مكتب رئيس الوزراء إن التقارير عن استقالته «لا أساس لها».",
            "مكتب رئيس الوزراء",
            "التقارير عن استقالته",
        ),
        # The issuer in the genitive, with "ل" written onto it or none (was the whole phrase).
        ("ar", "ونفى بيان لوزارة الدفاع سقوط الطائرة.", "وزارة الدفاع", "سقوط الطائرة"),
        ("ar", "ونفى بيان وزارة الدفاع سقوط الطائرة.", "وزارة الدفاع", "سقوط الطائرة"),
        ("ar", "ونفى بيان لبنان هذه الأنباء.", "لبنان", "هذه الأنباء"),  # a name opening with that letter keeps it
        # A source and the body it belongs to are one party (was "مصدر مقرب", the body in the claim).
        ("ar", "ونفى مصدر في الرئاسة الأنباء عن زيارة الوفد.", "مصدر في الرئاسة", "الأنباء عن زيارة الوفد"),
        ("ar", "ونفت مصادر مقربة من الحكومة الأنباء عن تعديل.", "مصادر مقربة من الحكومة", "الأنباء عن تعديل"),
        (
            "ar",
            "ونفى مصدر مطلع في حركة فتح هذه الأنباء.",
            "مصدر مطلع في حركة فتح",
            "هذه الأنباء",
        ),  # a movement is a body
        ("ar", "وقالت مصادر داخل الحزب إن الأنباء عن الانقسام مجرد شائعات.", "مصادر داخل الحزب", "الأنباء عن الانقسام"),
        # ... whom a report quotes, before the denial noun carrying the source's pronoun (was "الوزير").
        ("ar", "ونقلت الصحيفة عن مصدر مقرب من الوزير نفيه الأنباء.", "مصدر مقرب من الوزير", "الأنباء"),
        # The subject's own statement, its issuer a pronoun for the subject, is no part of the claim (was "صادر ...").
        ("ar", "ونفى الجيش في بيان صادر عن مكتبه الإعلامي الأنباء عن انسحابه.", "الجيش", "الأنباء عن انسحابه"),
        ("ar", "ونفى الجيش في بيان صادر عن مكتبه الأنباء عن انسحابه.", "الجيش", "الأنباء عن انسحابه"),
        # Look-alikes: where it was said is no body; a statement that is the claim, or the object, names no denier.
        ("ar", "ونفى مصدر في مؤتمر صحفي الأنباء عن الصفقة.", "مصدر", "الأنباء عن الصفقة"),
        ("ar", "ونفت الوزارة صدور بيان عن الرئاسة.", "الوزارة", "صدور بيان عن الرئاسة"),
        ("ar", "ونفت الوزارة البيان المنسوب إليها.", "الوزارة", "البيان المنسوب إليها"),  # was "الوزارة البيان المنسوب"
        ("ar", "وأصدرت الشركة بيانا نفت فيه الأنباء عن إفلاسها.", "الشركة", "الأنباء عن إفلاسها"),
        # A statement in the locative before its issuer, the object fronted (was "В", "В заявлении" the claim).
        ("ru", "В заявлении Министерства финансов эти слухи опровергли.", "Министерства финансов", "эти слухи"),
        # ... before an impersonal speech verb (was none).
        (
            "ru",
            "В заявлении Министерства финансов говорится, что слухи о девальвации не соответствуют действительности.",
            "Министерства финансов",
            "слухи о девальвации",
        ),
        # A press service speaks as itself; the outlet it told, in the dative, is none of it (was "Казани ТАСС").
        (
            "ru",
            "В пресс-службе администрации Казани ТАСС заявили, что сообщения о закрытии рынка не соответствуют "
            "действительности.",
            "пресс-службе администрации Казани",
            "сообщения о закрытии рынка",
        ),
        # The mayor's office is a body, no mayor named "Казани" (was "Казани").
        (
            "ru",
            "В пресс-службе мэрии Казани опровергли сообщения о закрытии рынка.",
            "пресс-службе мэрии Казани",
            "сообщения о закрытии рынка",
        ),
        # Look-alike: a statement that is the claim.
        (
            "ru",
            "Министр опроверг заявление Министерства обороны Украины.",
            "Министр",
            "заявление Министерства обороны Украины",
        ),
        # The statement a trailing attribution names, after the dative article: its owner (was the whole phrase).
        ("de", "Die Vorwürfe seien haltlos, hieß es in einer Mitteilung der Reederei.", "Reederei", "Die Vorwürfe"),
        ("de", "Die Vorwürfe seien haltlos, hieß es in einem Schreiben des Anwalts.", "Anwalts", "Die Vorwürfe"),
        # Described by an adjective before or after its noun (was the whole phrase).
        (
            "de",
            "Die Vorwürfe seien haltlos, hieß es in einer schriftlichen Mitteilung des Unternehmens.",
            "Unternehmens",
            "Die Vorwürfe",
        ),
        (
            "ru",
            "В официальном заявлении Министерства финансов эти слухи опровергли.",
            "Министерства финансов",
            "эти слухи",
        ),
        ("es", "Una breve nota oficial del Ministerio desmintió la noticia.", "Ministerio", "la noticia"),
        # Look-alike: a statement inside the claim.
        (
            "de",
            "Der Trainer bestritt den Inhalt einer Mitteilung des Vereins.",
            "Der Trainer",
            "den Inhalt einer Mitteilung des Vereins",
        ),
        # The issuer after a participle's agent marker or a possessor (kept as it was).
        (
            "es",
            "Según un comunicado enviado ayer por la aseguradora, la información es falsa.",
            "la aseguradora",
            "la información",
        ),
        ("es", "Según una nota de prensa del Ayuntamiento, la información es falsa.", "Ayuntamiento", "la información"),
        # ... after a quoted verdict (was "un comunicado enviado").
        (
            "es",
            "Las informaciones «son falsas», según un comunicado enviado por la aseguradora a la CNMV.",
            "la aseguradora",
            "Las informaciones",
        ),
        # Look-alike: a letter inside the claim.
        (
            "es",
            "La consejera negó la existencia de una carta del alcalde.",
            "La consejera",
            "la existencia de una carta del alcalde",
        ),
        # The issuer after "from" (was the whole phrase); a letter inside the claim stays there.
        ("en", "A statement from the ministry denied the reports.", "the ministry", "the reports"),
        (
            "en",
            "The minister denied receiving a letter from the company.",
            "The minister",
            "receiving a letter from the company",
        ),
    ],
)
def test_the_party_behind_a_document_denies(one, lang: str, text: str, denier: str, claim: str) -> None:
    denial = one(text, lang)
    assert denial.denier is not None and denial.denier.text == denier
    assert denial.claim is not None and denial.claim.text == claim
