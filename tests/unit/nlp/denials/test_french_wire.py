"""French wire copy: speech verbs before a negated deed, spaced guillemets, fronted asides, unanswered requests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # Never told of it, a day between the speech verb and the negation.
        ("La préfète a assuré lundi n'avoir jamais été prévenue de la manifestation.", "La préfète"),
        ("Le maire affirme ne pas avoir été informé du projet de fermeture.", "Le maire"),
        # A deed said never done, a day after the speech verb.
        ("Le trésorier a juré vendredi n'avoir jamais reçu d'argent de la société.", "Le trésorier"),
        # A meeting said never held, after an according-to phrase.
        (
            "Selon le cabinet du ministre, aucune rencontre n'a eu lieu avec les dirigeants du groupe.",
            "le cabinet du ministre",
        ),
        ("Il n'y a « aucune vérité » dans ces accusations, a déclaré le président du club.", "le président du club"),
    ],
)
def test_a_party_denies_by_a_negated_statement(one, text: str, denier: str) -> None:
    denial = one(text, "fr")
    assert denial.denier is not None and denial.denier.text == denier


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The speech verb reporting the denial is no claim of the one denying.
        ("Face aux accusations, le maire a affirmé qu'il n'avait pas touché d'argent.", None),
        # Nor is its pronoun glued to a clause opener (it resolves to the denier).
        ("Le ministre a parlé hier, lorsqu'il a affirmé que les rumeurs de démission étaient fausses.", None),
        # The claim's own source is kept.
        ("Le ministre a démenti les informations publiées par Le Monde.", "Le Monde"),
    ],
)
def test_the_denier_is_no_source_of_the_claim_it_denies(one, text: str, source: str | None) -> None:
    assert one(text, "fr").claim_source == source


def test_a_verdict_in_spaced_guillemets_after_comme_leaves_the_object_after_it(one) -> None:
    denial = one("Le ministère a rejeté comme « totalement fantaisistes » les chiffres du syndicat.", "fr")
    assert denial.denier is not None and denial.denier.text == "Le ministère"
    assert denial.claim is not None and denial.claim.text == "les chiffres du syndicat"


def test_the_agent_of_a_fronted_aside_is_no_subject_of_a_participle(one) -> None:
    text = (
        "Interrogée par franceinfo, la directrice a affirmé que l'usine restait ouverte, démentant ainsi les rumeurs."
    )
    denial = one(text, "fr")
    assert denial.denier is not None and denial.denier.text == "la directrice"
    assert denial.claim is not None and denial.claim.text == "les rumeurs"


@pytest.mark.parametrize(
    "text",
    [
        "Contacté, le groupe n'a pas répondu aux sollicitations de l'AFP.",
        "Le ministère n'avait pas répondu à nos demandes de commentaire mardi soir.",
    ],
)
def test_an_unanswered_request_for_comment_is_a_non_denial(run, text: str) -> None:
    assert {record.type for record in run(text, "fr")} == {"non_denial"}


@pytest.mark.parametrize(
    "text",
    [
        "Le joueur assure n'avoir jamais été aussi heureux.",
        "Selon la police, aucun blessé n'est à déplorer.",
        "Aucune vérité n'est définitive en science, rappelle le philosophe.",
    ],
)
def test_look_alikes_are_no_denials(run, text: str) -> None:
    assert [record for record in run(text, "fr") if record.type == "denial"] == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # When it was denied, after a comma, is no part of what.
        (
            "Le maire a démenti avoir favorisé son beau-frère, lors du conseil municipal de lundi.",
            "avoir favorisé son beau-frère",
        ),
        # Nor who reported it, in a participle and its agent after a comma.
        (
            "Le constructeur a démenti tout projet de fermeture de l'usine, évoqué par la presse locale.",
            "tout projet de fermeture de l'usine",
        ),
    ],
)
def test_a_claim_ends_at_a_comma_before_an_adverbial_or_an_agent_participle(one, text: str, claim: str) -> None:
    denial = one(text, "fr")
    assert denial.claim is not None and denial.claim.text == claim


def test_a_denial_noun_in_a_fronted_adverbial_is_the_main_subjects_and_holds_no_claim_past_its_comma(one) -> None:
    denial = one("Dans un démenti publié jeudi, Matignon affirme que la réunion n'a jamais eu lieu.", "fr")
    assert denial.denier is not None and denial.denier.text == "Matignon"
    assert denial.claim is None


@pytest.mark.parametrize(
    "text",
    [
        "Le député est resté injoignable.",  # the copula is no subject (was "resté")
        "L'avocate était demeurée injoignable.",
    ],
)
def test_staying_unreachable_names_who_stayed(one, text: str) -> None:
    record = one(text, "fr", "non_denial")
    assert record.denier is not None and record.denier.text in {"Le député", "L'avocate"}
