"""Spanish wire copy in the shape of EFE: innocence kept up, a claim called fiction, a quoted "that is not so",
an opinion attributed to its party ("En opinión de X"), a claim called inexact or speculation, and evidence
contradicting a version, nobody denying it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # Innocence kept up through a trial denies the charges.
        (
            "La exconsejera de Turismo, que llegó escoltada al juzgado, mantuvo su inocencia ante la jueza.",
            "La exconsejera de Turismo",
        ),
        ("Los tres guardias civiles procesados sostienen su inocencia.", "Los tres guardias civiles procesados"),
        # A claim called fiction, quoted or not.
        (
            "El presidente de la federación calificó de pura ficción las noticias sobre su relevo.",
            "El presidente de la federación",
        ),
        (
            "La naviera tachó de «ciencia ficción» los datos del sindicato sobre la plantilla.",
            "La naviera",
        ),
        # An opinion attributed to its party, the article contracted or not: that party calls the claim false.
        ("A juicio del delegado sindical, las cifras de la empresa «son falsas».", "delegado sindical"),
        ("En opinión de la asociación de vecinos, el informe municipal es «una mentira».", "la asociación de vecinos"),
        # Inexact or speculation, said of a claim named after the label or before it.
        ("La aseguradora calificó de «inexactas» las cifras del sindicato.", "La aseguradora"),
        ("El portavoz del club tachó de especulaciones las noticias sobre el fichaje.", "El portavoz del club"),
        ("La consejera calificó las declaraciones del alcalde de «inexactas».", "La consejera"),
        # A quoted rebuttal whole, its speaker after it.
        ("«Esto no es así», replicó el concejal de Urbanismo, Pedro Lozano.", "Pedro Lozano"),
    ],
)
def test_a_spanish_wire_denial_names_its_denier(one, text: str, denier: str) -> None:
    found = one(text, "es").denier
    assert found is not None and found.text == denier


@pytest.mark.parametrize(
    "text",
    [
        "El cineasta calificó de ciencia ficción su nueva película.",  # a genre, not a claim called false
        "«Esto no es así en todas las comunidades», explicó la ministra.",  # a comparison going on
        "Las pruebas desmienten la versión del acusado.",  # the evidence, the writer's voice, no party
        "En opinión del ministro, la reforma laboral es necesaria.",  # an opinion, no claim called false
        "El economista calificó de especulaciones las ventas de bonos del Tesoro.",  # trades, no claim
        "El árbitro calificó de inexacta la medición del tiempo añadido.",  # a measurement judged
        # A verb in the future ends the phrase before it: the reports contradict, not "El fiscal presentará ...".
        "El fiscal presentará mañana los informes que desmienten la versión del acusado.",
    ],
)
def test_a_spanish_wire_look_alike_is_no_denial(run, text: str) -> None:
    assert [record for record in run(text, "es") if record.type == "denial"] == []
