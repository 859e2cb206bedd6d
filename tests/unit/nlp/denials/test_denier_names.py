"""Deniers' canonical names: the name an alert rule uses, whatever the phrase and the language."""

from __future__ import annotations

import pytest

from newsmon.nlp.analysis import analyze


def _canonicals(text: str, lang: str) -> list[str]:
    return [d.denier.canonical for d in analyze(text, lang=lang).denials if d.denier]


def test_short_and_long_forms_of_a_company_in_an_article_share_the_fullest_form() -> None:
    text = (
        "Der Küchengerätehersteller Talbrück GmbH hat Berichte über Entlassungen dementiert. "
        "Ein Sprecher von Talbrück sagte, die Meldung sei falsch."
    )
    assert _canonicals(text, "de") == ["Talbrück GmbH", "Talbrück GmbH"]


@pytest.mark.parametrize(
    ("text", "lang", "canonical"),
    [
        ("A Norvale negou as notícias sobre a venda da fábrica.", "pt", "Norvale"),
        ("Die Landesregierung hat Berichte über neue Gebühren dementiert.", "de", "Landesregierung"),
        ("Le ministère des Sports a démenti les informations sur la fermeture du stade.", "fr", "Ministère des Sports"),
    ],
)
def test_a_denier_phrase_has_no_determiner_in_its_canonical_name(text: str, lang: str, canonical: str) -> None:
    assert _canonicals(text, lang) == [canonical]


def test_a_headline_in_capitals_takes_the_known_name() -> None:
    assert _canonicals("THE KREMLIN DENIES REPORTS OF A NEW OFFENSIVE", "en") == ["Kremlin"]


def test_one_body_has_one_canonical_name_across_languages_and_spellings() -> None:
    russian = _canonicals("МИД России опроверг сообщения о закрытии посольства.", "ru")
    english = _canonicals("The Russian Foreign Ministry denied reports that the embassy would close.", "en")
    assert russian == english == ["Russian Foreign Ministry"]
    full = _canonicals("Kementerian Kesehatan membantah kabar soal kelangkaan obat.", "id")
    short = _canonicals("Kemenkes membantah kabar soal kelangkaan obat.", "id")
    assert full == short == ["Kemenkes"]
    german = _canonicals("Die Bundesregierung hat Berichte über Steuererhöhungen zurückgewiesen.", "de")
    assert german == ["German Federal Government"]


def test_an_acronym_after_its_expansion_names_the_same_party() -> None:
    text = "Badan Riset Pangan (BRP) membantah kabar itu. BRP juga menyebut isu tersebut tidak benar."
    assert set(_canonicals(text, "id")) == {"Badan Riset Pangan"}


def test_a_ministry_named_by_its_complement_alone_takes_the_ministry_s_name() -> None:
    text = "El Ministerio de Hacienda negó la subida del IVA. Hacienda dijo que la noticia es falsa."
    assert _canonicals(text, "es") == ["Ministerio de Hacienda", "Ministerio de Hacienda"]


def _named(text: str, lang: str) -> list[tuple[str, str]]:
    return [(d.denier.text, d.denier.canonical) for d in analyze(text, lang=lang).denials if d.denier]


_ROLES = [
    ("O presidente do Benfica negou ter conversado com o treinador do Porto.", "pt", "O ", "presidente do Benfica"),
    ("O secretário de Estado negou que o governo tenha recebido o relatório.", "pt", "O ", "secretário de Estado"),
    ("El presidente del Real Madrid negó haber negociado con el jugador.", "es", "El ", "presidente del Real Madrid"),
    (
        "Le président de l'Olympique de Marseille a démenti tout départ de l'entraîneur.",
        "fr",
        "Le ",
        "président de l'Olympique de Marseille",
    ),
    (
        "Kuasa hukum Bupati Bogor membantah kliennya menerima suap dari pengembang.",
        "id",
        "",
        "Kuasa hukum Bupati Bogor",
    ),
    ("Juru bicara Presiden membantah kabar soal perombakan kabinet.", "id", "", "Juru bicara Presiden"),
    ("Pengacara Gubernur Jawa Barat membantah tuduhan korupsi tersebut.", "id", "", "Pengacara Gubernur Jawa Barat"),
    (
        "The head of the World Health Organization denied the claims.",
        "en",
        "The ",
        "head of the World Health Organization",
    ),
    (
        "Kepala Bidang Humas Polda Jawa Timur membantah kabar tersebut.",
        "id",
        "",
        "Kepala Bidang Humas Polda Jawa Timur",
    ),
    (
        "«Es un bulo», zanjó la delegada del Gobierno en Madrid sobre el cierre del metro.",
        "es",
        "la ",
        "delegada del Gobierno en Madrid",
    ),
]


@pytest.mark.parametrize(("text", "lang", "article", "role"), _ROLES)
def test_a_role_names_its_holder_not_the_body_or_person_its_complement_names(
    text: str, lang: str, article: str, role: str
) -> None:
    # An alert rule on "Benfica" must not fire for the club's president; a speaker role names its principal only
    # where the phrase names it whole ("Bupati Bogor" is an office, "Polda Jawa Timur" a name cut short).
    assert _named(text, lang) == [(article + role, role)]


@pytest.mark.parametrize(
    ("text", "lang", "mention", "canonical"),
    [
        ("El portavoz del Gobierno negó las informaciones.", "es", "El portavoz del Gobierno", "Gobierno"),
        ("A assessoria do Flamengo negou a contratação do atacante.", "pt", "A assessoria do Flamengo", "Flamengo"),
        (
            "A spokeswoman for Halvern Foods Ltd denied it.",
            "en",
            "A spokeswoman for Halvern Foods Ltd",
            "Halvern Foods Ltd",
        ),
        ("A Kremlin spokesman denied the report.", "en", "A Kremlin spokesman", "Kremlin"),
        ("Пресс-секретарь Кремля опроверг эту информацию.", "ru", "Пресс-секретарь Кремля", "Kremlin"),
        ("The lawyer for Governor Smith denied the allegations.", "en", "The lawyer for Governor Smith", "Smith"),
        ("Officials at the Pentagon denied the report.", "en", "Officials at the Pentagon", "Pentagon"),
        ("Officials from the Pentagon denied the report.", "en", "Officials from the Pentagon", "Pentagon"),
        ("Kremlin sources denied the report.", "en", "Kremlin sources", "Kremlin"),
        ("Fuentes de Moncloa desmintieron la noticia.", "es", "Fuentes de Moncloa", "Moncloa"),
        ("Des sources proches de l'Élysée ont démenti.", "fr", "Des sources proches de l'Élysée", "Elysee Palace"),
        ("Источник в Кремле опроверг эти сообщения.", "ru", "Источник в Кремле", "Kremlin"),
    ],
)
def test_a_speaker_role_is_the_mention_and_whom_it_speaks_for_the_canonical_name(
    text: str, lang: str, mention: str, canonical: str
) -> None:
    # A spokesperson's or a lawyer's denial is their principal's, as a statement's is its owner's: an alert rule
    # on the principal hears it.
    assert _named(text, lang) == [(mention, canonical)]


@pytest.mark.parametrize(
    ("text", "lang", "mention", "place"),
    [
        ("A spokesman for the mayor of London denied it.", "en", "A spokesman for the mayor of London", "London"),
        # A place after a body (was the place: an alert rule on the city heard the body's denial).
        ("A spokesman for the ministry in Moscow denied it.", "en", "A spokesman for the ministry in Moscow", "Moscow"),
        ("Officials at the embassy in Madrid denied it.", "en", "Officials at the embassy in Madrid", "Madrid"),
        ("The director of the museum in Paris denied it.", "en", "The director of the museum in Paris", "Paris"),
        (
            "Ein Sprecher des Ministeriums in Berlin dementierte es.",
            "de",
            "Ein Sprecher des Ministeriums in Berlin",
            "Berlin",
        ),
    ],
)
def test_a_role_for_another_role_or_a_placed_body_is_not_the_place_s(
    text: str, lang: str, mention: str, place: str
) -> None:
    [(found, canonical)] = _named(text, lang)
    assert found == mention and canonical != place


def test_a_name_given_with_a_role_and_its_complement_stays_the_denier() -> None:
    text = "Juru bicara Presiden, Ari Dwipayana, membantah kabar soal perombakan kabinet."
    assert _named(text, "id") == [("Ari Dwipayana", "Ari Dwipayana")]
    text = "Le ministre de l'Intérieur Gérald Darmanin a démenti ces informations."
    assert _named(text, "fr") == [("Gérald Darmanin", "Gérald Darmanin")]


@pytest.mark.parametrize(
    ("text", "lang", "denier"),
    [
        ("The club's statement denied that the manager had been sacked.", "en", "The club"),
        ("Microsoft's statement denied any wrongdoing.", "en", "Microsoft"),
        ("El comunicado del club negó que el entrenador haya sido destituido.", "es", "club"),
        ("Le communiqué du club dément tout licenciement de l'entraîneur.", "fr", "club"),
        ("A nota do Benfica negou qualquer acordo com o jogador.", "pt", "Benfica"),
    ],
)
def test_a_party_s_statement_as_the_denier_names_the_party(text: str, lang: str, denier: str) -> None:
    assert [found for found, _ in _named(text, lang)] == [denier]


def test_a_legal_form_tagged_alone_closes_the_company_name_before_it() -> None:
    denial = analyze("PT Semen Nusantara (Persero) Tbk membantah kabar penutupan pabrik di Tuban.", lang="id").denials[
        0
    ]
    assert denial.denier is not None
    assert (denial.denier.text, denial.denier.canonical) == ("PT Semen Nusantara (Persero) Tbk", "PT Semen Nusantara")


@pytest.mark.parametrize("name", ["Will Smith", "Hope Hicks"])
def test_a_modal_opening_a_name_the_recogniser_found_is_the_name_s(name: str) -> None:
    # "Will", "Hope": a modal or a verb of wishing would make the denial hypothetical.
    assert _named(f"{name} denied the rumours on Monday.", "en") == [(name, name)]


def test_a_recognised_name_after_a_role_s_comma_opens_no_list_of_the_office_s_fields() -> None:
    text = "“Itu tidak benar,” kata juru bicara, Budi Santoso, dan Kepala Bidang Humas, Ani Lestari."
    assert _canonicals(text, "id") == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # An office followed by the body it heads: the holder denies, named by the whole phrase.
        ("Dirut Pertamina membantah kabar kelangkaan solar di Sumatra.", "Dirut Pertamina"),
        # A spokesperson speaks for the body: its name is the one an alert rule watches.
        ("Juru bicara Pertamina membantah kabar kelangkaan solar di Sumatra.", "Pertamina"),
    ],
)
def test_an_office_before_its_body_names_the_holder(text: str, canonical: str) -> None:
    assert _canonicals(text, "id") == [canonical]


def test_a_pronoun_glued_to_a_clause_opener_is_named_by_the_name_before_it() -> None:
    text = "Le PDG Éric Blanc a souri lorsqu'il a déclaré que ces informations étaient fausses."
    assert [name for name, _ in _named(text, "fr")] == ["Éric Blanc"]
