"""Arabic wire copy: long verb-first sentences whose denier, asides and object the claim must be told apart from."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "denier", "claim"),
    [
        # The truth of the reports is no part of what is denied.
        ("ونفى المتحدث باسم الشرطة صحة التقارير عن اعتقال الصحفي.", "المتحدث باسم الشرطة", "التقارير عن اعتقال الصحفي"),
        # ... after an aside set off by commas, a time closing it, and a relative clause on the claim word.
        (
            "ونفى الوزير، في بيان صدر صباح الخميس، صحة الأنباء التي نشرتها صحف محلية عن استقالته.",
            "الوزير",
            "الأنباء التي نشرتها صحف محلية عن استقالته",
        ),
        # A role before a name in apposition: the name denies.
        (
            "نفى الناطق باسم وزارة الخارجية، السفير خالد المصري، ما تردد عن طرد الدبلوماسيين.",
            "خالد المصري",
            "ما تردد عن طرد الدبلوماسيين",
        ),
        # The source's own aside and the outlet spoken to stand before the complement clause.
        (
            "ونفى مصدر حكومي، طلب عدم الكشف عن هويته، لرويترز أن تكون المحادثات قد توقفت.",
            "مصدر حكومي",
            "تكون المحادثات قد توقفت",
        ),
        # Before whom it was denied is no part of the claim.
        ("وأنكر المتهم أمام القاضي جميع التهم الموجهة إليه.", "المتهم", "جميع التهم الموجهة إليه"),
        # A long adverbial of when and where, closed by its comma.
        (
            "ونفى الرئيس، خلال مؤتمر صحفي عقده في العاصمة مع نظيره الفرنسي مساء الأحد، وجود أي خلاف مع الجيش.",
            "الرئيس",
            "وجود أي خلاف مع الجيش",
        ),
        # A deed owned by the subject opens the object right after the name (was the name and the deed as denier).
        (
            "ونفت العداءة منى الخطيب اعتزالها المنافسات بعد الإصابة.",
            "العداءة منى الخطيب",
            "اعتزالها المنافسات بعد الإصابة",
        ),
        ("ونفى الحارس سامر يوسف تورطه في المشاجرة.", "الحارس سامر يوسف", "تورطه في المشاجرة"),
        # The outlet spoken to, its name quoted after the preposition written apart ("لـ«…»", the stroke cleaned off).
        (
            "ونفى مسؤول عسكري، فضل عدم ذكر اسمه، لـ«العربية» وقوع اشتباكات على الحدود.",
            "مسؤول عسكري",
            "وقوع اشتباكات على الحدود",
        ),
        # "Not mentioning" his name is no speech verb closing the clause before the object.
        ("ونفى مصدر أمني، طلب عدم ذكر اسمه، توقف الرحلات في المطار.", "مصدر أمني", "توقف الرحلات في المطار"),
        # A happening denied opens the object after where the source works.
        ("ونفى ضابط في الجيش حدوث أي انشقاقات.", "ضابط", "حدوث أي انشقاقات"),
        # The channel it was said through, with or without commas around it.
        ("ونفى الممثل عبر حسابه على إنستغرام الأنباء عن طلاقه.", "الممثل", "الأنباء عن طلاقه"),
        ("ونفت الهيئة، عبر موقعها الرسمي، ما تم تداوله عن رفع الأسعار.", "الهيئة", "ما تم تداوله عن رفع الأسعار"),
        # What was attributed to someone is a claim.
        ("ونفت النائبة في البرلمان بشدة ما نسب إليها من تصريحات.", "النائبة", "ما نسب إليها من تصريحات"),
    ],
)
def test_the_claim_is_the_object_after_the_denier_and_its_asides(one, text: str, denier: str, claim: str) -> None:
    denial = one(text, "ar")
    assert denial.denier is not None and denial.claim is not None
    assert (denial.denier.text, denial.claim.text) == (denier, claim)


def test_a_claim_ends_before_a_coordinated_clause_that_labels_it_and_shares_its_subject(run) -> None:
    text = "ونفت الشركة أن تكون قد سرحت العمال، ووصفت التقرير بأنه مضلل."
    denials = [record for record in run(text, "ar") if record.type == "denial"]
    assert [record.denier.text for record in denials if record.denier] == ["الشركة"] * len(denials)
    assert denials[0].claim is not None and denials[0].claim.text == "تكون قد سرحت العمال"


@pytest.mark.parametrize(
    "text",
    [
        "ولم ينفِ المتحدث باسم الرئاسة ولم يؤكد الأنباء عن زيارة الوفد.",
        "وفضل مسؤول في الشركة عدم التعليق على هذه المعلومات.",
        "وتحفظت الوزارة عن التعليق على ما ورد في الرسالة.",
        "ولم يرد مكتب الوزير على طلب من الوكالة للتعليق.",
    ],
)
def test_neither_denying_nor_confirming_nor_commenting_is_a_non_denial(run, text: str) -> None:
    assert {record.type for record in run(text, "ar")} == {"non_denial"}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # After the comment word, the party asked; the outlet before it asked (were "الحصول", "للوكالة الحصول").
        ("ولم يتسن الحصول على رد من المتحدث باسم الشرطة.", "المتحدث باسم الشرطة"),
        ("ولم يتسن للوكالة الحصول على تعليق فوري من الجيش.", "الجيش"),
        ("وتعذر الحصول على تعليق من الشركة على هذه الاتهامات.", "الشركة"),
        # After the access word, the party reached (was "الوصول").
        ("ولم يتسن الوصول إلى الوزارة للتعليق.", "الوزارة"),
        # A refusal names its subject, the body it belongs to with it.
        ("ورفض مسؤول في الوزارة التعليق على طلب الصحيفة.", "مسؤول في الوزارة"),
    ],
)
def test_a_comment_that_could_not_be_had_names_the_party_asked(one, text: str, party: str) -> None:
    record = one(text, "ar", "non_denial")
    assert record.denier is not None and record.denier.text == party


def test_the_noun_lie_paired_with_another_is_a_verdict_said_by_the_clause_subject(one) -> None:
    denial = one("وأكد المتحدث أن الحديث عن صفقة سرية «كذب وافتراء».", "ar")
    assert denial.denier is not None and denial.denier.text == "المتحدث"
    assert denial.claim is not None and denial.claim.text == "الحديث عن صفقة سرية"


def test_a_passive_names_its_agent_after_on_the_tongue_of(one) -> None:
    denial = one("ونُفي على لسان مسؤول في الوزارة ما تردد عن إغلاق المعبر.", "ar")
    # The body the official belongs to is part of the agent (was "مسؤول").
    assert denial.denier is not None and denial.denier.text == "مسؤول في الوزارة"
    assert denial.claim is not None and denial.claim.text == "ما تردد عن إغلاق المعبر"


def test_the_adjective_of_a_denial_noun_is_no_part_of_its_claim(one) -> None:
    denial = one("وجددت الشركة نفيها القاطع للشائعات عن إفلاسها.", "ar")
    assert denial.claim is not None and denial.claim.text == "للشائعات عن إفلاسها"


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # A verb opening the sentence with its complement right after it carries its subject: an adverbial
        # participle after the complement names nobody after it, nor inside the quotation.
        ("وأضاف أن «الحديث عن استقالة الحكومة مجرد أكاذيب»، نافيا أي خلاف مع الرئيس.", None),
        # The participle after a closing quotation mark shares the clause's subject; the word after it is no speaker.
        (
            "وقال المتحدث باسم الجيش إن هذه الروايات «لا أساس لها»، مشددا على التزام القوات بالقانون.",
            "المتحدث باسم الجيش",
        ),
        # An according-to phrase before the comma is an adverbial: the verb's subject follows it.
        ("وبحسب وكالة الأنباء الرسمية، نفت وزارة الداخلية وقوع أي اشتباكات في العاصمة.", "وزارة الداخلية"),
        # A verb glued to its conjunction after a comma shares the subject of any verb opening the sentence.
        ("ورفضت النقابة الاتهامات التي وجهها لها الوزير، ووصفتها بأنها «ملفقة».", "النقابة"),
        # "ما" before a verb of saying in the passive is "what is said", no negation.
        ("«كل ما يقال عن الصفقة غير صحيح»، قال رئيس الاتحاد للصحفيين.", "رئيس الاتحاد"),
        ("وقال الوزير إن ما يقال عن الصفقة غير صحيح.", "الوزير"),
        # Pointing out, with "إلى" before the complement, says it.
        ("ونشرت البلدية بيانا، مشيرة إلى أن الأنباء عن انهيار الجسر كاذبة.", "البلدية"),
        # A held-that verb reaches a verdict past a long subject with its relative clause.
        ("واعتبرت النقابة أن الأرقام التي نشرتها إدارة الشركة عن أرباح العام الماضي «مضللة».", "النقابة"),
    ],
)
def test_every_denial_names_the_clause_subject(run, text: str, denier: str | None) -> None:
    denials = [record for record in run(text, "ar") if record.type == "denial"]
    assert denials and all((record.denier and record.denier.text) == denier for record in denials)


@pytest.mark.parametrize(
    "text",
    [
        # Whose task it is to deny news is no denier.
        "ومن المنتظر أن يكون نفي الشائعات من صلاحيات الهيئة الجديدة.",
        # Sent away from one's country: an exile.
        "وقضى الكاتب عقدين خارج وطنه بعد نفيه من البلاد.",
        "ودعت المعارضة إلى إنهاء نفي زعيمها من بلاده.",
        # Doubts answered by a win, nobody speaking.
        "ونفى الفريق بانتصاره الكبير على متصدر الدوري كل الشكوك حول مستواه.",
    ],
)
def test_a_task_an_exile_or_a_win_is_no_denial(run, text: str) -> None:
    assert [record for record in run(text, "ar") if record.type == "denial"] == []


def test_a_falsity_word_quoted_alone_is_the_predicate_of_a_long_reported_subject(one) -> None:
    text = "وأكدت الشرطة أن الأنباء عن فرار سجناء من سجن المدينة المركزي «ملفقة»."
    denial = one(text, "ar")
    assert denial.claim is not None and denial.claim.text == "الأنباء عن فرار سجناء من سجن المدينة المركزي"


def test_a_label_verb_object_ends_at_the_copula_opening_a_predicate_noun(one) -> None:
    text = "ووصف محامي المتهم الاتهامات الموجهة إليه بأنها حملة مغرضة لا أساس لها من الصحة."
    denial = one(text, "ar")
    assert denial.claim is not None and denial.claim.text == "الاتهامات الموجهة إليه"
