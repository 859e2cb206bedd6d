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


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # The source in the aside reports the sentence; the subject denies (was "eine Sprecherin", no claim).
        ("Der Landrat hatte, so eine Sprecherin, die Berichte dementiert.", "Der Landrat"),
        ("Die Reederei hat, sagte ein Sprecher, die Meldung zurückgewiesen.", "Die Reederei"),
        # A speech verb before its comma still reports the clause after it.
        ("Die Anwältin erklärte, die Mandantin bestreite die Vorwürfe.", "die Mandantin"),
    ],
)
def test_a_source_inserted_between_commas_is_no_denier(one, text: str, denier: str) -> None:
    denial = one(text, "de")
    assert denial.denier is not None and denial.denier.text == denier
