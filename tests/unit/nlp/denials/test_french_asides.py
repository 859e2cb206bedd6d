"""French wire copy: asides around the object and the subject, answers left open, quoted verdicts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Le porte-parole de la mairie n'était pas joignable dimanche soir.",
        "La sénatrice n'a pas pu être jointe par l'AFP.",
        "L'agent du joueur n'a ni infirmé ni confirmé ce départ.",
    ],
)
def test_a_party_not_reached_or_leaving_a_report_open_is_a_non_denial(run, text: str) -> None:
    assert {record.type for record in run(text, "fr")} == {"non_denial"}


def test_critics_answered_on_the_pitch_are_no_denial(run) -> None:
    text = "L'attaquant a démenti sur le terrain les critiques de son entraîneur."
    assert [record for record in run(text, "fr") if record.type == "denial"] == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # Who raised it, in a participle or a noun aside after a comma.
        ("La région dément toute hausse des tarifs, annoncée lundi par un syndicat.", "toute hausse des tarifs"),
        ("L'armateur a démenti vouloir vendre sa flotte, une rumeur relayée à Marseille.", "vouloir vendre sa flotte"),
        # The accuser's own words after the claim.
        ("Le laboratoire a réfuté le rapport de l'ONG l'accusant de fraude.", "le rapport de l'ONG"),
        # Where it was said, after the object.
        ("La chanteuse a démenti cette rupture dans un message posté sur Facebook.", "cette rupture"),
        # The preposition of "s'inscrire en faux" is no part of the object.
        ("La députée s'inscrit en faux contre ces chiffres.", "ces chiffres"),
        # Before which court, with its town.
        (
            "L'élu a nié devant le tribunal correctionnel de Lille avoir reçu des pots-de-vin.",
            "avoir reçu des pots-de-vin",
        ),
        # Whom it was said to, between the participle and the object (not a denial noun's "un démenti à").
        ("Le rectorat a démenti à l'AFP toute fermeture de classe.", "toute fermeture de classe"),
        ("Le rectorat a démenti au Parisien toute fermeture de classe.", "toute fermeture de classe"),
        # Before which court, after the object; the preposition of "se défendre de".
        ("Les deux élus ont nié les faits devant la cour d'appel de Rennes.", "les faits"),
        ("La sénatrice s'est défendue de tout favoritisme.", "tout favoritisme"),
        # A quoted verdict with its intensifier, the object after it.
        ("La ministre a qualifié de « pure fiction » les rumeurs de départ.", "les rumeurs de départ"),
    ],
)
def test_the_claim_ends_before_asides_and_starts_after_prepositions(one, text: str, claim: str) -> None:
    denial = one(text, "fr")
    assert denial.claim is not None and denial.claim.text == claim


def test_an_aside_after_a_comma_before_the_object_keeps_the_object(one) -> None:
    denial = one("Le club a démenti, dans un communiqué, tout accord avec le joueur.", "fr")
    assert denial.claim is not None and denial.claim.text == "tout accord avec le joueur"


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # The participle of a charge opens an apposition, an elided "d'" glued to its infinitive after it.
        ("La députée, accusée d'avoir menti, a démenti ces accusations.", "La députée"),
        # A fronted prepositional phrase is no name in apposition to the subject.
        ("Sur RTL, le ministre a démenti toute hausse des impôts.", "le ministre"),
        # A participle clause hung on a speech verb after its quotation: the speaker's.
        ("« Il n'y a pas de fermeture », a assuré la directrice, démentant les rumeurs.", "la directrice"),
    ],
)
def test_the_denier_is_the_subject_past_asides_and_quotations(one, text: str, denier: str) -> None:
    denial = one(text, "fr")
    assert denial.denier is not None and denial.denier.text == denier


def test_the_claim_of_a_denial_noun_starts_after_its_topic_word(one) -> None:
    denial = one("Le démenti du parquet sur la mise en examen du maire est arrivé trop tard.", "fr")
    assert denial.claim is not None and denial.claim.text.startswith("la mise en examen du maire")


def test_contesting_a_deed_with_an_adverb_between_is_a_denial(one) -> None:
    denial = one("Le maire conteste fermement avoir favorisé son neveu.", "fr")
    assert denial.claim is not None and denial.claim.text == "avoir favorisé son neveu"
