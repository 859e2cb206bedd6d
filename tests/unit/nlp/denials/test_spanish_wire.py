"""Spanish wire copy: where a claim starts and ends, declined comments, negated subjects, attributions with "Para"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # The occasion of the denial after what it denies is no part of it.
        (
            "El senador negó haber cobrado sobornos durante una comparecencia ante los medios en Toledo.",
            "haber cobrado sobornos",
        ),
        ("La modelo negó estar arruinada durante la entrevista con la cadena.", "estar arruinada"),
        # How firmly it was denied, quoted or not, stands between the verb and its object.
        ("La alcaldesa ha rechazado de forma tajante las críticas de la oposición.", "las críticas de la oposición"),
        ("El club rechazó «de manera rotunda» las informaciones del diario.", "las informaciones del diario"),
        # Before whom, with the body's name after the role.
        (
            "El exdirector negó ante el juez de la Audiencia Nacional haber ocultado dinero en Andorra.",
            "haber ocultado dinero en Andorra",
        ),
        # Before a court named after its role, and the complement clause after it.
        (
            "La exalcaldesa negó ante el Tribunal Supremo haber cobrado comisiones.",
            "haber cobrado comisiones",
        ),
        ("El acusado negó ante el tribunal que disparara contra el agente.", "disparara contra el agente"),
        # What prompted the denial, after the claim.
        (
            "El consejero negó hoy que exista malestar en el Gobierno tras las declaraciones del vicepresidente.",
            "exista malestar en el Gobierno",
        ),
        # A day between the labelling verb and its verdict; figures given by another party are a claim.
        ("El club calificó hoy de «absurdas» las informaciones del diario.", "las informaciones del diario"),
        ("La patronal rechazó hoy las cifras del sindicato.", "las cifras del sindicato"),
        # A quoted deed never done, or a holding never had: the deed and the thing open the claim.
        (
            "«Jamás he recibido un regalo de esa empresa», insistió la exconsejera.",
            "he recibido un regalo de esa empresa",
        ),
        ("«Nunca firmé ese contrato», dijo el exalcalde.", "firmé ese contrato"),
        (
            "«No tenemos ninguna relación con esa fundación», señaló el portavoz del partido, Luis Gómez.",
            "relación con esa fundación",
        ),
        # A denial noun as the subject: its claim ends before the sentence's verb, without its topic word.
        ("El desmentido del Gobierno sobre la subida del IVA llegó tarde.", "la subida del IVA"),
        ("El desmentido de la Federación sobre el amaño no convenció a nadie.", "el amaño"),
        # To whom the denial was said, before its clause; the clause's own addressee closing it.
        ("La portavoz desmintió a los periodistas que la reina esté ingresada.", "la reina esté ingresada"),
        ("El juez negó que el fiscal filtrara el sumario a la prensa.", "el fiscal filtrara el sumario a la prensa"),
    ],
)
def test_claims_of_wire_copy(one, text: str, claim: str) -> None:
    found = one(text, "es").claim
    assert found is not None and found.text == claim


def test_a_holding_said_never_had_is_denied_but_no_feeling(run, one) -> None:
    denial = one("«No tengo ninguna cuenta en Andorra», afirmó el exalcalde de Sitges, Ramón Ferrer.", "es")
    assert denial.denier is not None and denial.denier.text == "Ramón Ferrer"
    assert run("«No tengo ninguna duda de que ganaremos», dijo el entrenador.", "es") == []


@pytest.mark.parametrize(
    "text",
    [
        "El portavoz dijo que no podía comentar las informaciones sobre el fichaje.",
        "Fuentes del Ministerio indicaron que «no hacemos comentarios sobre investigaciones en curso».",
        "Un portavoz de la embajada dijo que no comentarán asuntos de seguridad.",
        "El ministro no quiso entrar a valorar las críticas de los sindicatos.",
        "Ni el club ni el jugador han confirmado o desmentido el acuerdo.",
    ],
)
def test_declined_comments(run, text: str) -> None:
    assert {record.type for record in run(text, "es")} == {"non_denial"}


def test_a_subject_opened_by_ningun_denies_nothing(run) -> None:
    assert run("Ningún portavoz del club ha negado los hechos.", "es") == []


def test_para_opening_the_sentence_names_who_calls_it_false(one, run) -> None:
    denial = one("Para la familia, es falso que el joven condujera bebido.", "es")
    assert denial.denier is not None and denial.denier.text == "la familia"
    assert denial.claim is not None and denial.claim.text == "el joven condujera bebido"


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("El alcalde habría cobrado comisiones, algo que niega su abogado.", "su abogado"),
        ("La jugadora pidió el traspaso, lo que siempre ha negado su representante.", "su representante"),
        ("El diario publicó que hubo un pacto, extremo que ha desmentido la Moncloa.", "la Moncloa"),
    ],
)
def test_the_subject_after_the_verb_of_a_relative_on_the_clause_before_denies(one, text: str, denier: str) -> None:
    found = one(text, "es").denier
    assert found is not None and found.text == denier


def test_a_proposal_rejected_in_a_relative_on_the_clause_before_is_no_denial(run) -> None:
    assert run("La oposición propuso un nuevo formato, lo que fue rechazado por el Gobierno.", "es") == []


def test_a_court_leaving_the_merits_or_a_stand_taken_is_no_non_denial(run) -> None:
    for text in (
        "El tribunal no se pronunció sobre el fondo del recurso.",  # a court, no claim left open
        "La consejera se pronunció sobre la continuidad del director.",  # a stand taken
    ):
        assert [record for record in run(text, "es") if record.type == "non_denial"] == []


def test_a_quoted_negation_of_existence_said_outright_is_still_denied(one) -> None:
    # Not a subjunctive of finding out: "vemos" states what is seen now.
    denial = one("El portavoz aseguró que «ya vemos que no hay ningún acuerdo con el PSOE».", "es")
    assert denial.denier is not None and denial.denier.text == "El portavoz"


def test_where_a_denial_was_said_is_no_feat(one) -> None:
    denial = one("El portero negó en el campo haber insultado al árbitro.", "es")
    assert denial.denier is not None and denial.denier.text == "El portero"


def test_a_claim_verb_before_its_clause_or_a_claim_word_still_denies(one) -> None:
    for text in (
        "El ministro rechazó hoy en rueda de prensa que el Gobierno vaya a subir los impuestos.",
        "El club descartó la supuesta oferta millonaria que publicó el diario.",
    ):
        assert one(text, "es").trigger.text in ("rechazó", "descartó")
