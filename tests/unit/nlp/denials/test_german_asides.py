"""German asides between commas after the finite verb: the subject before the verb denies, the object follows the
aside, and a source named in the aside ("so ein Sprecher") reports the sentence, it does not deny."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "denier", "claim"),
    [
        # An aside after the auxiliary of the perfect (was none: the aside's verb was taken for the finite verb).
        (
            "Die Stadträtin hat, wie gemeldet, die Anschuldigungen zurückgewiesen.",
            "Die Stadträtin",
            "die Anschuldigungen",
        ),
        ("Der Verein hatte, wie es hieß, die Meldung am Abend dementiert.", "Der Verein", "die Meldung"),
    ],
)
def test_an_aside_after_the_auxiliary_leaves_subject_and_object(one, text: str, denier: str, claim: str) -> None:
    denial = one(text, "de")
    assert denial.denier is not None and denial.denier.text == denier
    assert denial.claim is not None and denial.claim.text == claim


def test_an_aside_after_a_negated_auxiliary_states_no_denial(run) -> None:
    assert run("Die Stadträtin hat, wie gemeldet, die Anschuldigungen nicht zurückgewiesen.", "de") == []
