"""What a trigger gives when its rule keeps it: the kind, the words that say it, the party and the claim."""

from __future__ import annotations

from dataclasses import dataclass

from newsmon.nlp.denials.claim import Claim
from newsmon.nlp.denials.names import Party


@dataclass(frozen=True, slots=True)
class Finding:
    """A trigger kept as a record: its kind (a trigger kind, or "label" for "called it false"), the token
    range ``[i, j)`` of the words that say it, the party saying it (None when nobody is named) and the claim."""

    kind: str
    i: int
    j: int
    party: Party | None
    claim: Claim
