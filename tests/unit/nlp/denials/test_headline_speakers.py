"""A headline's speaker before its colon told from its topic, with the places the entity recogniser found: a place
alone is a dateline or a topic, a body or a role speaks, and so does a state where headlines name governments so."""

from __future__ import annotations

import pytest

from newsmon.nlp.denials import detect
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Entity, EntityLabel


def _deniers(text: str, lang: str, names: list[tuple[str, EntityLabel]]) -> list[tuple[str, str | None]]:
    """Return (type, denier text) of the records of ``text``, given the entities ``names`` (text, label)."""
    entities = [Entity(name, label, text.index(name), text.index(name) + len(name), name) for name, label in names]
    records = detect(text, split_sentences(text), entities, lang)
    return [(record.type, record.denier.text if record.denier else None) for record in records]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Moscow: reports of a troop build-up near the border are false", "Moscow"),
        ("de", "Moskau: Berichte über einen Truppenaufmarsch an der Grenze sind falsch", "Moskau"),
        ("ru", "Москва: сообщения о перебоях с водой — ложь", "Москва"),
        ("ar", "غزة: الأنباء عن التوصل إلى هدنة غير صحيحة", "غزة"),
    ],
)
def test_a_place_alone_before_a_headlines_colon_names_no_speaker(lang: str, text: str, place: str) -> None:
    assert _deniers(text, lang, [(place, "LOC")]) == []  # were denials by the place


@pytest.mark.parametrize(
    ("lang", "text", "names", "denier"),
    [
        ("en", "Kremlin: reports of secret talks with Kyiv are false", [("Kremlin", "ORG")], "Kremlin"),
        ("en", "Kyiv officials: reports of a prisoner swap are untrue", [("Kyiv", "LOC")], "Kyiv officials"),
        # Arabic headlines name a government by its state: the file lists the states as bodies.
        ("ar", "مصر: لا صحة لما تردد عن رفع أسعار الخبز", [("مصر", "LOC")], "مصر"),
        # A Title Case headline: the body the recogniser found opens the name of its branch, which is written small.
        ("id", "KPU Jawa Tengah: Kabar Surat Suara Rusak di Klaten Hoaks", [("KPU", "ORG")], "KPU Jawa Tengah"),
    ],
)
def test_a_body_a_role_or_a_listed_state_before_the_colon_speaks(
    lang: str, text: str, names: list[tuple[str, EntityLabel]], denier: str
) -> None:
    assert _deniers(text, lang, names) == [("denial", denier)]


def test_a_quotation_after_a_headlines_topic_has_no_named_speaker() -> None:
    text = "Coronavirus: 'The claims about garlic are simply false'"
    assert _deniers(text, "en", []) == [("denial", None)]  # was a denial by "Coronavirus"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Soal Isu Pemecatan Pelatih, Menpora Dimas: Itu Hoaks", "Dimas"),
        ("Terkait Kabar Kenaikan Tarif Tol, Jasa Marga: Kabar Itu Tidak Benar", "Jasa Marga"),
        ("Dikabarkan Bercerai, Dimas: Itu Hoaks", "Dimas"),  # a passive participle's clause fronted
    ],
)
def test_a_topic_fronted_before_a_comma_leaves_the_speaker_after_it(text: str, speaker: str) -> None:
    assert _deniers(text, "id", [(speaker, "PERSON" if speaker == "Dimas" else "ORG")]) == [("denial", speaker)]


def test_a_fronted_topic_before_a_colon_of_no_speaker_is_no_denial() -> None:
    assert _deniers("Soal Banjir Rob, Warga: Air Laut Masuk Rumah Sejak Subuh", "id", []) == []


@pytest.mark.parametrize(
    ("text", "name", "label", "owns"),
    [
        ("Bantahan Kemendikbud soal Penghapusan Jalur Zonasi", "Kemendikbud", "ORG", True),  # the topic follows
        ("Bantahan Medan soal Banjir Rob", "Medan", "LOC", False),  # a place after the noun is no owner
        ("Berikut klarifikasi Budi Santoso: kami tidak pernah hadir di rapat itu.", "Budi Santoso", "PERSON", False),
    ],
)
def test_a_name_right_after_a_denial_noun_owns_it_before_its_topic(
    text: str, name: str, label: EntityLabel, owns: bool
) -> None:
    assert _deniers(text, "id", [(name, label)]) == ([("denial", name)] if owns else [])
