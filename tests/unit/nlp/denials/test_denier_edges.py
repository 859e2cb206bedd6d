"""Where a denier's phrase ends: not at a role's complement word before it, a participle's clause or one modifying a
noun, an auxiliary's object, nor a clause before a verb whose own ending names its subject; and where a pair of
parties starts (sentences written for the tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsmon.nlp.types import Denial

One = Callable[..., Denial]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The coach spoke of the player who denied the report.", "the player"),  # was "of the player"
        ("Reporters asked for the spokesman who denied the report.", "the spokesman"),  # was "for the spokesman"
        ("The head of the agency denied the report.", "The head of the agency"),  # a preposition inside stays
    ],
)
def test_a_role_complement_opens_no_denier(one: One, text: str, denier: str) -> None:
    found = one(text, "en").denier
    assert found is not None and found.text == denier


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # A participle's clause describing the subject (was its object: "the crash", "the family", "near the plant").
        ("Officials investigating the crash denied the report.", "Officials"),
        ("Lawyers representing the family have denied the claims.", "Lawyers"),
        ("A lawyer acting for the family denied the report.", "A lawyer"),
        ("Residents living near the plant denied the report.", "Residents"),
        ("The man facing charges denied the report.", "The man"),
        # A participle or an adjective in -ed modifying a noun (was the noun after it alone, or the last place).
        ("The ruling party denied the report.", "The ruling party"),
        ("An embattled minister denied the report.", "An embattled minister"),
        ("Organisers of the Perth cycling festival denied the report.", "Organisers of the Perth cycling festival"),
        ("The chief operating officer of the bank denied the report.", "The chief operating officer of the bank"),
    ],
)
def test_a_participle_before_the_verb_keeps_the_subject_whole(one: One, text: str, denier: str) -> None:
    found = one(text, "en").denier
    assert found is not None and found.text == denier


def test_the_object_of_an_auxiliary_is_no_coordinated_denier(run: Callable[[str, str], list[Denial]]) -> None:
    # "tem" is skipped between a subject and its participle, but here it is the verb whose object comes before "e"
    # (was a second record by "uma posição oposta"); "limita-se", a verb by its clitic, ends the subject.
    found = run("A Deco tem uma posição oposta e o organismo visado limita-se a negar as acusações.", "pt")
    assert [denial.denier.text if denial.denier else None for denial in found] == ["o organismo visado"]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "denier"),
    [
        # The writer's "we": nobody named (was "Nos gusta formar parte de Hanson", the clause before "pero").
        ("es", "Nos gusta el proyecto, pero contestamos que quién sabe si es cierto.", "non_denial", None),
        ("es", "Negamos las acusaciones, dijo el portavoz Juan Pérez.", "denial", "Juan Pérez"),
        ("es", "«Negamos las acusaciones», dijo el presidente del club.", "denial", "el presidente del club"),
        ("pt", "O ministro disse que negamos as acusações.", "denial", "O ministro"),
    ],
)
def test_a_verb_in_the_first_person_names_its_speaker_or_nobody(
    one: One, lang: str, text: str, kind: str, denier: str | None
) -> None:
    found = one(text, lang, kind).denier
    assert (found and found.text) == denier


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("en", "Neither the company nor its lawyers would comment on the report.", ["the company", "its lawyers"]),
        ("es", "Ni el club ni el jugador han querido comentar la información.", ["el club", "el jugador"]),
        ("pt", "Nem o clube nem o jogador quiseram comentar a notícia.", ["o clube", "o jogador"]),
        ("fr", "Ni le club ni le joueur n'ont souhaité commenter ces informations.", ["le club", "le joueur"]),
    ],
)
def test_both_parties_of_a_correlative_pair_are_named(
    run: Callable[[str, str], list[Denial]], lang: str, text: str, parties: list[str]
) -> None:
    # Was only the second: the pair's first word read as a verb before an object.
    found = run(text, lang)
    assert [(denial.type, denial.denier.text if denial.denier else None) for denial in found] == [
        ("non_denial", party) for party in parties
    ]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("وقال المتحدث باسم الوزارة: «لا يمكنني التعليق على هذه التقارير».", "المتحدث باسم الوزارة"),
        ("وقال المتحدث: «لا نعلق على الشائعات».", "المتحدث"),
    ],
)
def test_a_preposition_after_the_verb_opens_no_subject_so_the_quotation_speaker_declines(
    one: One, text: str, party: str
) -> None:
    found = one(text, "ar", "non_denial").denier  # was "على", the preposition opening the claim
    assert found is not None and found.text == party
