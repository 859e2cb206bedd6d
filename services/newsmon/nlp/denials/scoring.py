"""Confidence of a denial record: a logistic score over the evidence the rules found.

The weights are few and set by hand, then checked against the dev sets: in each 0.1-wide confidence
bucket the share of true denials (en, id) is at or above the bucket's mean confidence, so the numbers err
on the side of caution (real news holds far fewer denials than the dev sets). A verb with a named denier
and a claim word is near-certain; a quoted "it's false" with nobody named is little better than even.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Log-odds of a denial for each kind of trigger, before the evidence below.
_PRIOR = {
    "verbs": 1.4,
    "claim_verbs": 1.1,
    "label": 1.4,
    "falsity": 1.0,
    "no_such": 0.6,
    "negated_statement": 0.4,
    "nouns": 0.2,
    "non_denial": 1.6,
}
_NAMED_DENIER = 1.0
_PRONOUN_DENIER = 0.3
_NO_DENIER = -0.8
_CLAIM_NOUN = 0.6
_ENTITY = 0.3


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the rules found around one trigger."""

    kind: str
    has_denier: bool
    pronoun: bool
    claim_noun: bool
    entity: bool


def confidence(evidence: Evidence) -> float:
    """Return the probability (0..1, three decimals) that the record is a true denial of its type."""
    score = _PRIOR[evidence.kind]
    if not evidence.has_denier:
        score += _NO_DENIER
    else:
        score += _PRONOUN_DENIER if evidence.pronoun else _NAMED_DENIER
    if evidence.claim_noun:
        score += _CLAIM_NOUN
    if evidence.entity:
        score += _ENTITY
    return round(1.0 / (1.0 + math.exp(-score)), 3)
