"""Agency abbreviations typed ORG: retyped, added, split out of a coordination; longer names left alone."""

from __future__ import annotations

from newsmon.nlp.entities import recognize
from newsmon.nlp.entities.agencies import agency_shapes, with_agencies
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Entity


def _labels(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in recognize(text, split_sentences(text), "id")]


def test_agency_abbreviations_and_known_agencies_are_organisations() -> None:
    found = _labels("Bulog membantah kabar itu. Pemkab Garut dan Polres Garut juga menepis isu tersebut.")
    assert ("Bulog", "ORG") in found
    assert ("Pemkab Garut", "ORG") in found and ("Polres Garut", "ORG") in found


def test_a_coordination_read_as_one_name_is_split_into_its_agencies() -> None:
    text = "BNPB dan Kemenkes menyatakan kabar itu tidak benar."
    shapes = agency_shapes("id")
    assert shapes is not None
    joined = Entity("BNPB dan Kemenkes", "LOC", 0, 17, "BNPB dan Kemenkes")
    assert [(e.text, e.label) for e in with_agencies(text, [joined], shapes)] == [("BNPB", "LOC"), ("Kemenkes", "ORG")]


def test_a_person_mention_of_agency_shape_is_retyped_and_a_longer_name_is_kept() -> None:
    text = "Kemenkes dan Juru Bicara Kemenkes hadir."
    shapes = agency_shapes("id")
    assert shapes is not None
    entities = [Entity("Kemenkes", "PERSON", 0, 8, "Kemenkes"), Entity("Juru Bicara Kemenkes", "PERSON", 13, 33, "x")]
    assert [(e.text, e.label) for e in with_agencies(text, entities, shapes)] == [
        ("Kemenkes", "ORG"),
        ("Juru Bicara Kemenkes", "PERSON"),
    ]


def test_words_that_only_look_like_abbreviations_are_no_agencies() -> None:
    text = "Kemarin Kementerian Sosial merayakan kemenangan. Kemudian rapat dimulai."
    assert all(e.text not in ("Kemarin", "Kemudian") for e in recognize(text, split_sentences(text), "id"))
    assert agency_shapes("ar") is None
