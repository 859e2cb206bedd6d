"""Spanish and Portuguese claims: what stands between the verb and its object (the outlet told) and what a denial
noun leaves out."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        # The outlet told, with its name, is no part of the claim (was "al diario El País cualquier contacto ...").
        (
            "es",
            "El ministro negó al diario El País cualquier contacto con el empresario.",
            "cualquier contacto con el empresario",
        ),
        ("es", "La alcaldesa desmintió a la agencia Efe los rumores de dimisión.", "los rumores de dimisión"),
        # A denial noun whose phrase is the subject keeps the claim before its verb.
        ("es", "El desmentido del Gobierno sobre la subida del IVA llegó tarde.", "la subida del IVA"),
    ],
)
def test_the_claim_after_an_iberian_denial(one, lang: str, text: str, claim: str) -> None:
    found = one(text, lang).claim
    assert found is not None and found.text == claim


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The verb right after the noun's owner: no claim (was "llegó al día siguiente").
        ("es", "El desmentido de la Fiscalía llegó al día siguiente."),
        ("pt", "O desmentido do Governo chegou no dia seguinte."),
        # The owner opened by an agent marker is no claim either (was "por parte del club").
        ("es", "Un desmentido por parte del club llegó tarde."),
    ],
)
def test_a_denial_noun_as_subject_before_its_verb_has_no_claim(one, lang: str, text: str) -> None:
    assert one(text, lang).claim is None
