"""Ranks and forms of address left out of a person's mention: "Irjen Pol | Fadil Imran", "Kabid Humas Polda Metro
Jaya Kombes | Yusri Yunus" (the CRF, which saw few ranks in training, often takes them into the name).

A rank stands before the name it goes with, so the name begins after the last rank of the mention; the words
before it (a role, an office) are no part of the name either. A mention that ends in a rank stays as found.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import orjson

from newsmon.nlp.entities.gazetteer import RESOURCES
from newsmon.nlp.entities.resolve import Mention

RANKS = RESOURCES / "ranks.json"


@cache
def ranks(lang: str) -> frozenset[str]:
    """Return the lower-case words of ``resources/entities/ranks.json`` for ``lang`` (empty when none are listed)."""
    return frozenset(orjson.loads(RANKS.read_bytes()).get(lang, []))


def without_ranks(text: str, mentions: list[Mention], listed: frozenset[str]) -> list[Mention]:
    """Return ``mentions`` with each PERSON mention begun after the last rank of ``listed`` it holds, unless the
    mention ends in it."""
    if not listed:
        return mentions
    trimmed = []
    for mention in mentions:
        if mention.label == "PERSON":
            words = text[mention.start : mention.end].split(" ")
            last = max((k for k, word in enumerate(words) if word.lower() in listed), default=len(words))
            if last < len(words) - 1:
                mention = replace(mention, start=mention.start + sum(len(word) + 1 for word in words[: last + 1]))
        trimmed.append(mention)
    return trimmed
