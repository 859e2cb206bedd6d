"""Deniers read with the article's entities: pronouns resolved to the named mention, coordinated deniers."""

from __future__ import annotations

import pytest

from newsmon.nlp.analysis import analyze
from newsmon.nlp.denials import detect
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Entity


def _deniers(text: str, lang: str) -> list[tuple[str, str]]:
    return [(d.denier.text, d.denier.canonical) for d in analyze(text, lang=lang).denials if d.denier]


def test_a_pronoun_in_a_later_sentence_takes_the_name_before_it_as_canonical() -> None:
    assert _deniers("Barack Obama spoke on Monday. He denied the report.", "en") == [("He", "Barack Obama")]
    assert _deniers("Emmanuel Macron est arrivé lundi. Il nie les accusations.", "fr") == [("Il", "Emmanuel Macron")]


def test_a_pronoun_takes_the_subject_of_the_sentence_before_not_its_last_name() -> None:
    text = "Tom Hale spoke to Anna Berg on Monday. He later denied the reports."
    assert _deniers(text, "en") == [("He", "Tom Hale")]
    text = "Anna Berg met Tom Hale on Monday. She denied the reports."
    assert _deniers(text, "en") == [("She", "Anna Berg")]


def _deniers_of_persons(text: str, names: tuple[str, ...]) -> list[tuple[str, str]]:
    """The English deniers of ``text`` when the recogniser found only the persons ``names`` in it."""
    entities = [Entity(name, "PERSON", text.index(name), text.index(name) + len(name), name) for name in names]
    records = detect(text, split_sentences(text), entities, "en")
    return [(d.denier.text, d.denier.canonical) for d in records if d.denier]


def test_a_pronoun_denying_charges_stands_for_the_accused_not_the_accuser() -> None:
    text = "Ortega accused Lina Marsh of fraud and nepotism, charges she has denied."
    assert _deniers_of_persons(text, ("Ortega", "Lina Marsh")) == [("she", "Lina Marsh")]
    # With no accusation naming one, the sentence's subject as before.
    text = "Anna Berg met Tom Hale on Monday and she denied the reports."
    assert _deniers_of_persons(text, ("Anna Berg", "Tom Hale")) == [("she", "Anna Berg")]


def test_a_participle_opening_a_list_of_found_names_is_no_item_of_it() -> None:
    # The recogniser found every name of the list but the participle (was also "Smiling").
    text = "Smiling, Dana Holt and Kim Laird denied they had met the lobbyist."
    assert _deniers_of_persons(text, ("Dana Holt", "Kim Laird")) == [
        ("Dana Holt", "Dana Holt"),
        ("Kim Laird", "Kim Laird"),
    ]
    # A name in -ing the recogniser missed, beside one it missed too, stays the first item.
    text = "Boeing, Airbus and Embraer all denied the report."
    assert [denier for denier, _ in _deniers_of_persons(text, ("Embraer",))] == ["Boeing", "Airbus", "Embraer"]


def _deniers_given(text: str, lang: str, body: str) -> list[tuple[str, str]]:
    """The deniers of ``text`` when the recogniser found only the organisation ``body`` in it."""
    start = text.index(body)
    entities = [Entity(body, "ORG", start, start + len(body), body)]
    return [
        (d.denier.text, d.denier.canonical) for d in detect(text, split_sentences(text), entities, lang) if d.denier
    ]


def test_he_or_she_stands_for_a_person_never_for_a_body_named_before() -> None:
    text = "Lara von Ketteler, adviser to the Health Ministry, left early. She denied the reports."
    assert _deniers_given(text, "en", "Health Ministry") == [("She", "She")]
    text = "Penasihat Kementerian Kesehatan itu pulang lebih awal. Ia membantah kabar tersebut."
    assert _deniers_given(text, "id", "Kementerian Kesehatan") == [("Ia", "Ia")]
    # "they" may stand for a body.
    text = "The Health Ministry met on Monday. They denied the reports."
    assert _deniers_given(text, "en", "Health Ministry") == [("They", "Health Ministry")]


def test_a_name_after_a_preposition_is_no_subject_for_a_pronoun() -> None:
    text = "After talks with Tom Hale, Anna Berg left Paris. She denied the reports."
    assert _deniers(text, "en") == [("She", "Anna Berg")]


def test_a_pronoun_after_its_name_in_the_same_sentence_is_the_mention_and_the_name_its_canonical() -> None:
    # The guidelines' denier is the span the sentence names the party by; alert rules use the canonical name.
    text = "It has long been reported that Dr Khoo intends to sell the firm, but he has always denied this."
    assert _deniers(text, "en") == [("he", "Dr Khoo")]


def test_a_french_pronoun_after_its_name_in_the_same_sentence_is_named_by_it() -> None:
    # French copy is labelled with the name the sentence gives ("names_pronoun_in_sentence").
    text = "Placé en garde à vue lundi, Julien Marchal a été entendu par les enquêteurs, mais il nie les faits."
    assert _deniers(text, "fr") == [("Julien Marchal", "Julien Marchal")]


def test_an_elision_between_a_name_and_its_pronoun_is_no_quotation_mark() -> None:
    # was "il": the apostrophes of "l'homme d'affaires" and "lorsqu'il" were read as quotation marks
    text = "Le maire de Lunel, Paul Arnaud, a reçu l'homme d'affaires, mais il dément toute entente."
    assert _deniers(text, "fr") == [("Paul Arnaud", "Paul Arnaud")]


def test_a_name_governed_by_a_preposition_does_not_name_a_pronoun_of_its_sentence() -> None:
    # The object of "avec" is not who "il" is; the pronoun stays the mention.
    text = "Le club évoque une dispute avec le défenseur Marco Rossi, mais il dément toute bagarre."
    assert [denier for denier, _ in _deniers(text, "fr")] == ["il"]


def test_a_pronoun_with_no_named_person_stands_for_the_role_phrase_before_it() -> None:
    # was "il", "He", "Er": only a recognised name could be a pronoun's antecedent
    text = "Le directeur du lycée a été convoqué par le rectorat, mais il dément toute faute."
    assert _deniers(text, "fr") == [("Le directeur du lycée", "Le directeur du lycée")]
    text = "The hospital's director was asked about the report. He denied any cover-up."
    assert _deniers(text, "en") == [("He", "The hospital's director")]
    text = "El portavoz del partido fue consultado el lunes. Él negó las acusaciones."
    assert [canonical for _, canonical in _deniers(text, "es")] == ["El portavoz del partido"]


def test_a_pronoun_stands_for_the_role_phrase_after_a_fronted_participle_clause() -> None:
    # was "il": the participle's clause opened the sentence, so no role phrase opened it
    text = "Interrogé sur l'enquête, le maire a indiqué qu'il ne ferait aucun commentaire."
    assert _deniers(text, "fr") == [("le maire", "le maire")]


def test_a_plural_pronoun_needs_a_plural_role_phrase() -> None:
    text = "Les avocats de la défense ont été reçus par le juge, mais ils contestent les faits."
    assert _deniers(text, "fr") == [("Les avocats de la défense", "Les avocats de la défense")]
    text = "L'avocat de la défense a été reçu par le juge, mais ils contestent les faits."
    assert [denier for denier, _ in _deniers(text, "fr")] == ["ils"]


def test_a_pronoun_does_not_stand_for_a_thing_or_for_a_role_farther_than_a_name() -> None:
    text = "Le rapport du ministère a été publié mardi, mais il dément les chiffres du syndicat."
    assert [denier for denier, _ in _deniers(text, "fr")] == ["il"]
    text = "The committee's report came out on Monday. It denied any wrongdoing by staff."
    assert [canonical for _, canonical in _deniers(text, "en")] != ["The committee's report"]
    text = (
        "Le président du club a reçu Marc Dubois lundi. Marc Dubois a quitté la salle, puis il a démenti tout accord."
    )
    assert [canonical for _, canonical in _deniers(text, "fr")] == ["Marc Dubois"]


def test_a_name_inside_a_quotation_is_not_the_speaker() -> None:
    text = "“Tidak benar mereka keluarga Prabowo, kami tidak mengenal mereka,” kata dia kepada wartawan."
    assert all(denier != "Prabowo" for denier, _ in _deniers(text, "id"))


def test_coordinated_deniers_give_one_record_each_and_an_age_is_no_denier() -> None:
    assert _deniers("Anna Berg and Tom Berg, 49, deny the charges.", "en") == [
        ("Anna Berg", "Anna Berg"),
        ("Tom Berg", "Tom Berg"),
    ]


def test_a_coordinated_subject_without_entities_gives_both_parties(run) -> None:
    deniers = [d.denier.text for d in run("Anna Lind and her brother, both 40, deny the charges.", "en") if d.denier]
    assert deniers == ["Anna Lind", "her brother"]


@pytest.mark.parametrize(
    ("text", "deniers"),
    [
        # A role apposed after the first name, the second party's name apposed to its role (were the last alone).
        ("Yates, the firm's founder, and his deputy, Anne Cole, both deny wrongdoing.", ["Yates", "Anne Cole"]),
        ("Mark Dale, the club's chairman, and Sue Park, its secretary, denied the claims.", ["Mark Dale", "Sue Park"]),
        # A description the role list does not know, after an age too.
        ("Kerr, a former banker, and Lopez, his partner, deny the charges.", ["Kerr", "Lopez"]),
        ("Ana Ruiz, 45, a nurse, and Ben Cho, 50, deny the charges.", ["Ana Ruiz", "Ben Cho"]),
        # A relative clause between commas after the first name.
        ("Smith, who has since resigned, and Jones have denied the allegations.", ["Smith", "Jones"]),
        ("Smith, who led the firm until 2019, and Jones both deny wrongdoing.", ["Smith", "Jones"]),
    ],
)
def test_coordinated_names_with_appositions_after_them_give_both_names(run, text: str, deniers: list[str]) -> None:
    assert [d.denier.text for d in run(text, "en") if d.denier] == deniers


@pytest.mark.parametrize(
    "text",
    [
        "After meeting Yates, the firm's founder, his deputy, Anne Cole, denied the reports.",
        "The police arrested Smith, who led the firm, and Anne Cole denied the reports.",  # an object's relative
    ],
)
def test_an_apposed_object_before_and_is_no_coordinated_subject(run, text: str) -> None:
    assert [d.denier.text for d in run(text, "en") if d.denier] == ["Anne Cole"]


def test_coordinated_roles_with_names_in_apposition_give_both_names() -> None:
    text = (
        "Kapolres Sleman, AKBP Yuli Hartono dan Kabid Humas Polda DIY, AKBP Rina Lestari membantah isu "
        "penculikan anak di pasar."
    )
    deniers = [name for name, _ in _deniers(text, "id")]
    assert [name.split()[-1] for name in deniers] == ["Hartono", "Lestari"]


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        # A party's initials in parentheses close the apposed name before the comma and the conjunction.
        ("Die Bürgermeisterin, Anna Weber (SPD), und ihr Stellvertreter wiesen die Kritik zurück.", "de", "Anna Weber"),
        ("El alcalde, Pedro Gómez (PSOE), y su teniente de alcalde negaron las acusaciones.", "es", "Pedro Gómez"),
    ],
)
def test_an_apposed_name_with_initials_before_a_conjunction_is_a_coordinated_denier(
    run, text: str, lang: str, first: str
) -> None:
    deniers = [d.denier.text for d in run(text, lang) if d.denier]
    assert len(deniers) == 2 and deniers[0].startswith(first)


def test_an_object_with_initials_before_a_comma_and_a_conjunction_is_no_coordinated_denier(run) -> None:
    text = "Der Bürgermeister traf Anna Weber (SPD), und ihr Stellvertreter wies die Kritik zurück."
    assert [d.denier.text for d in run(text, "de") if d.denier] == ["ihr Stellvertreter"]


def test_an_office_joining_two_units_before_one_name_is_one_denier() -> None:
    # "Kepala Pusat Data Informasi dan Humas": the head of one unit; the words after "Kepala Pusat" name nobody.
    text = "Kepala Pusat Data Informasi dan Humas BNPB Sutopo Purwo Nugroho membantah kabar pengusiran relawan."
    assert [name for name, _ in _deniers(text, "id")] == ["Sutopo Purwo Nugroho"]


def test_a_subject_before_a_source_adverbial_is_not_coordinated_with_it(run) -> None:
    text = "Dilansir dari koran.id dan warta.id, Direktur RSUD Tarakan, Dian Ekowati membantah kabar itu."
    assert [d.denier.text for d in run(text, "id") if d.denier] == ["Dian Ekowati"]


def test_an_object_before_and_is_no_coordinated_subject(run) -> None:
    text = "The police arrested the driver and he denied the charges."
    assert [d.denier.text for d in run(text, "en") if d.denier] == ["he"]


def test_an_object_of_a_relative_clause_before_and_is_no_coordinated_subject(run) -> None:
    text = "The police arrested the man who stole the car and he denied the charges."
    assert [d.denier.text for d in run(text, "en") if d.denier] == ["he"]


def test_both_before_a_coordinated_subject_is_no_verb(run) -> None:
    deniers = [d.denier.text for d in run("Both Smith and his lawyer have denied the claims.", "en") if d.denier]
    assert deniers == ["Smith", "his lawyer"]


def test_tanto_como_coordinates_two_subjects(run) -> None:
    # was only the second party ("Vox"), the first read as its role
    text = "Tanto la patronal como Vox negaron las cifras del paro."
    assert [d.denier.text for d in run(text, "es") if d.denier] == ["la patronal", "Vox"]


def test_tanto_quanto_coordinates_two_subjects() -> None:
    # was only the second party, the one the recogniser found ("Sabesp")
    text = "Tanto a prefeitura quanto a Sabesp negaram que falte água na zona leste."
    assert [denier for denier, _ in _deniers(text, "pt")] == ["a prefeitura", "Sabesp"]


def test_a_name_the_recogniser_cut_in_two_is_one_denier() -> None:
    # The Indonesian recogniser reads "KH Ma’aruf" and "Amin IHB" as two persons one space apart.
    text = "“Saya sudah tanyakan, minuman itu tidak ada alkoholnya,” ujar KH Ma’aruf Amin IHB berharap warga tenang."
    assert [denier for denier, _ in _deniers(text, "id")] == ["KH Ma’aruf Amin IHB"]


def test_a_first_person_in_the_statement_names_a_speech_word_with_its_own_subject() -> None:
    assert [d for d, _ in _deniers("“Saya sudah cek bahwa kabar itu tidak benar,” katanya.", "id")] == ["Saya"]
    assert [d for d, _ in _deniers("« Je démens cette rumeur », dit-il.", "fr")] == ["dit-il"]  # no such rule in French


def test_a_speech_word_with_its_own_subject_and_no_first_person_takes_the_name_before_as_canonical() -> None:
    text = "Bupati Rahmat Hidayat diperiksa jaksa. “Kabar itu tidak benar,” katanya."
    assert _deniers(text, "id") == [("katanya", "Rahmat Hidayat")]  # the canonical name was "katanya"
    text = "Bupati Rahmat Hidayat diperiksa jaksa. “Kabar soal Budi Santoso itu tidak benar,” katanya."
    assert _deniers(text, "id") == [("katanya", "katanya")]  # a name inside the statement is not who speaks


def test_every_item_of_a_list_of_parties_denies(run) -> None:
    deniers = [d.denier.text for d in run("Apple, Google and Microsoft denied the reports.", "en") if d.denier]
    assert deniers == ["Apple", "Google", "Microsoft"]
    deniers = [d.denier.text for d in run("The ministry, the army and the police denied it.", "en") if d.denier]
    assert deniers == ["The ministry", "the army", "the police"]


def test_a_name_in_ing_opening_a_list_of_parties_is_its_first_item(run) -> None:
    # A capitalised word first in its sentence that looks like a participle ("Boeing") was read as a verb.
    text = "Boeing, Airbus and Embraer all denied the report."
    assert [d.denier.text for d in run(text, "en") if d.denier] == ["Boeing", "Airbus", "Embraer"]
    text = "Smiling, the mayor denied the report."  # a participle before a single party stays one
    assert [d.denier.text for d in run(text, "en") if d.denier] == ["the mayor"]


def test_a_fronted_adverbial_is_no_item_of_a_coordinated_subject(run) -> None:
    for text in ("In Paris, Google and Microsoft denied the reports.", "On Monday, Google and Microsoft denied it."):
        assert [d.denier.text for d in run(text, "en") if d.denier] == ["Google", "Microsoft"]


def test_a_study_or_an_expert_report_is_no_party_that_denies() -> None:
    # With the article's entities, as the product reads it: the case files run without them, where a study
    # names no party anyway.
    assert _deniers("وأكدت الدراسة أن المزاعم المتداولة بشأن اللقاح غير صحيحة.", "ar") == []
    assert _deniers("Das Gutachten weist die Darstellung des Bürgermeisters als falsch zurück.", "de") == []


def test_arabic_parties_joined_by_a_conjunction_written_onto_a_role_give_one_record_each(run) -> None:
    text = "نفى الوزير أحمد العلي والنائب سامي حداد الاتهامات الموجهة إليهما."
    assert [d.denier.text for d in run(text, "ar") if d.denier] == ["أحمد العلي", "سامي حداد"]
    text = "ونفى رئيس الوزراء ووزير الخارجية وجود أي خلاف بينهما."
    assert [d.denier.text for d in run(text, "ar") if d.denier] == ["رئيس الوزراء", "وزير الخارجية"]
    # "كل من" ("both") opens coordinated subjects after the verb, no claim.
    records = run("ونفى كل من الوزير والسفير وجود خلافات بينهما.", "ar")
    assert [(d.denier.text, d.claim.text) for d in records if d.denier and d.claim] == [
        ("الوزير", "وجود خلافات بينهما"),
        ("السفير", "وجود خلافات بينهما"),
    ]


def test_an_arabic_conjunction_on_a_word_of_a_body_s_name_is_one_denier(run) -> None:
    text = "ونفت وزارة الصحة والسكان الأنباء عن نقص الأدوية."
    assert [d.denier.text for d in run(text, "ar") if d.denier] == ["وزارة الصحة والسكان"]


def test_an_office_named_by_a_body_is_the_office_not_the_body() -> None:
    # "Panglima TNI", "Menteri BUMN": the holder of the office denies, not the forces or the ministry's acronym.
    text = "Panglima TNI membantah kabar penarikan pasukan dari Natuna."
    assert _deniers_given(text, "id", "TNI") == [("Panglima TNI", "Panglima TNI")]
    text = "Menteri BUMN menepis isu penjualan saham maskapai negara."
    assert _deniers_given(text, "id", "BUMN") == [("Menteri BUMN", "Menteri BUMN")]
    # A spokesperson with no name stated is the mention, and speaks for the body: its canonical name.
    text = "Juru bicara KPK membantah kabar penghentian penyidikan."
    assert _deniers_given(text, "id", "KPK") == [("Juru bicara KPK", "KPK")]


@pytest.mark.parametrize(
    ("text", "lang", "denier"),
    [
        # A finite verb opening its sentence shares the party opening the sentence before (pro-drop).
        (
            "El portavoz del club habló el lunes. Además, negó que el estadio vaya a venderse.",
            "es",
            "El portavoz del club",
        ),
        ("A diretora do museu falou à imprensa. Negou que a coleção vá ser vendida.", "pt", "A diretora do museu"),
        # The sentence before names no party: the denial stays without a denier.
        ("La niebla cubrió la ciudad toda la mañana. Negó que fuera a dimitir.", "es", None),
        # The verb is not first in its sentence: its own clause names nobody else.
        ("El alcalde habló ayer. En la rueda de prensa del club, negó que vaya a dimitir.", "es", None),
    ],
)
def test_a_dropped_subject_is_the_party_opening_the_sentence_before(
    run, text: str, lang: str, denier: str | None
) -> None:
    found = [d for d in run(text, lang) if d.type == "denial"]
    assert [d.denier.text if d.denier else None for d in found] == [denier]


def test_what_a_denial_answers_is_no_part_of_its_issuer() -> None:
    text = "Bantahan juga disampaikan Kementerian Perdagangan atas isu kelangkaan gula."
    assert [d for d, _ in _deniers(text, "id")] == ["Kementerian Perdagangan"]


def test_a_unit_joined_by_a_slash_keeps_the_second_of_two_coordinated_deniers() -> None:
    text = "Kapolda Maluku Budi Hartanto dan Pangdam XVI/Pattimura Mayjen TNI Agus Salim membantah kabar bentrokan."
    assert [d for d, _ in _deniers(text, "id")] == ["Budi Hartanto", "Agus Salim"]


def test_an_insertion_opened_by_a_clause_opener_may_hold_commas_of_its_own() -> None:
    text = (
        "Ketua KPU Jawa Barat, Rina Marlina, saat ditemui di Gedung Sate, Bandung, Jawa Barat, Senin, menampik isu itu."
    )
    assert [d for d, _ in _deniers(text, "id")] == ["Rina Marlina"]


def test_a_club_speaks_through_its_media_officer() -> None:
    text = "Manajemen Persebaya melalui Media Officer Dian Pratama membantah kabar tunggakan gaji pemain."
    assert [d for d, _ in _deniers(text, "id")] == ["Dian Pratama"]


def test_an_adverb_of_frequency_is_no_part_of_the_subject() -> None:
    text = "Kubu pasangan calon nomor urut dua kerap menepis tudingan politik uang."
    assert [d for d, _ in _deniers(text, "id")] == ["Kubu pasangan calon nomor urut dua"]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # A source aside set off between the subject and its verb.
        ("Menteri Sosial Sri Wahyuni, seperti dikutip dari Antara, membantah adanya pemotongan bansos.", "Sri Wahyuni"),
        # Where it was said, between the subject and its verb.
        ("Direktur PT Kereta Cepat Budi Laksono dalam keterangan resminya membantah kabar itu.", "Budi Laksono"),
        # A name a preposition governs after the adverbial is whom it was said to.
        (
            "Kementerian Perindustrian dalam surat resminya kepada DPR menegaskan kabar itu hoaks.",
            "Kementerian Perindustrian",
        ),
        # A name closed by its owner's pronoun is the subject's account, not a spokesperson.
        ("Pelawak itu melalui akun Instagramnya membantah kabar perceraiannya.", "Pelawak itu"),
    ],
)
def test_an_aside_between_the_subject_and_its_verb_names_no_denier(text: str, denier: str) -> None:
    assert [d for d, _ in _deniers(text, "id")] == [denier]


def test_a_portfolio_joined_by_dan_is_one_office() -> None:
    text = "Menteri Pariwisata dan Ekonomi Kreatif Hana Pertiwi membantah kabar kenaikan pajak hotel."
    assert [d for d, _ in _deniers(text, "id")] == ["Hana Pertiwi"]  # one office, its holder named after it


def test_a_deputy_after_dan_is_another_party() -> None:
    text = "Bupati Garut dan Wakil Bupati Garut kompak membantah kabar itu."
    assert len(_deniers(text, "id")) == 2


def test_a_commissioner_after_dan_is_another_party_not_a_field_of_an_office() -> None:
    text = (
        "Direktur PT Tirta Karya, Andi Susanto, dan Komisaris perusahaan itu, Dewi Lestari, kompak membantah "
        "kabar penggelapan pajak."
    )
    assert [d for d, _ in _deniers(text, "id")] == ["Andi Susanto", "Dewi Lestari"]  # was Dewi Lestari alone


@pytest.mark.parametrize(
    "text",
    [
        "Kapolres Bogor dan Dandim 0621 kompak menyatakan kabar penculikan anak itu tidak benar.",
        "Menteri Keuangan dan Gubernur Bank Indonesia mengatakan isu devaluasi rupiah itu hoaks.",
    ],
)
def test_coordinated_speakers_of_a_falsity_verdict_are_each_a_denier(text: str) -> None:
    assert len(_deniers(text, "id")) == 2  # was the last conjunct alone


def test_a_day_the_recogniser_took_into_a_name_is_no_part_of_the_denier() -> None:
    text = "Вчера Песков назвал «полной чушью» сообщения о мобилизации."
    entities = [Entity("Вчера Песков", "PERSON", 0, 12, "Вчера Песков")]  # was the denier
    found = [d.denier.text for d in detect(text, split_sentences(text), entities, "ru") if d.denier]
    assert found == ["Песков"]


@pytest.mark.parametrize(
    ("text", "cut", "denier"),
    [
        ("Polda Jawa Barat membantah kabar penangkapan artis itu.", "Polda Jawa", "Polda Jawa Barat"),
        ("Menurut Pemprov DKI Jakarta, kabar lockdown itu tidak benar.", "Pemprov DKI", "Pemprov DKI Jakarta"),
        # The words after the name are another entity: the recogniser's name stays.
        ("Polda Metro Kombes Budi Santoso membantah kabar itu.", "Polda Metro", "Budi Santoso"),
    ],
)
def test_a_title_case_name_the_recogniser_cut_short_is_the_whole_phrase(text: str, cut: str, denier: str) -> None:
    entities = [Entity(cut, "ORG", text.index(cut), text.index(cut) + len(cut), cut)]
    if denier not in cut:
        start = text.index(denier)
        entities.append(Entity(denier, "PERSON", start, start + len(denier), denier))
    found = [d.denier.text for d in detect(text, split_sentences(text), entities, "id") if d.denier]
    assert found == [denier]


def test_a_denial_noun_the_recogniser_took_into_a_name_is_no_part_of_the_denier() -> None:
    text = "Опровержение Минобороны появилось через час после публикации."
    entities = [Entity("Опровержение Минобороны", "ORG", 0, 23, "Опровержение Минобороны")]  # was the denier
    found = [d.denier.text for d in detect(text, split_sentences(text), entities, "ru") if d.denier]
    assert found == ["Минобороны"]


@pytest.mark.parametrize(
    ("text", "entity", "label", "denier"),
    [
        # The recogniser ran the body on over its head's name (were the whole phrase, the entity).
        (
            "Kepala Seksi Penerangan Hukum Kejaksaan Tinggi Bali Hari Santoso menepis tudingan tersebut.",
            "Kejaksaan Tinggi Bali Hari Santoso",
            "ORG",
            "Hari Santoso",
        ),
        (
            "Kepala Pusat Data Informasi dan Humas BNPB Sutopo membantah kabar itu.",
            "Humas BNPB Sutopo",
            "PERSON",
            "Sutopo",
        ),
        # A body's complement, its role naming no person: the recogniser's name stays.
        (
            "Kementerian pertahanan Rusia menyangkal laporan itu.",
            "Kementerian pertahanan Rusia",
            "ORG",
            "Kementerian pertahanan Rusia",
        ),
    ],
)
def test_a_body_the_recogniser_ran_over_its_heads_name_leaves_the_name(
    text: str, entity: str, label: str, denier: str
) -> None:
    start = text.index(entity)
    entities = [Entity(entity, label, start, start + len(entity), entity)]
    found = [d.denier.text for d in detect(text, split_sentences(text), entities, "id") if d.denier]
    assert found == [denier]
