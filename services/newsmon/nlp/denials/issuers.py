"""A document and the party that issued it: "el comunicado del | club", "بيان صادر عن | الوزارة", "В заявлении |
Министерства обороны". The party denies, not the document, and a document with its issuer is no claim."""

from __future__ import annotations

from newsmon.nlp.denials.view import View

PARTY_HEADS = ("role_nouns", "titles", "org_words")  # the words a party opens with, a glued clitic before them
_ADJECTIVES = 2  # words describing a document before or after its noun: "una | breve nota oficial | del"


def document_end(view: View, lo: int) -> int | None:
    """Return the token where the owner of a document noun opening at token ``lo`` (maybe after a determiner)
    starts: after its possessor marker ("el comunicado del | club", "بيان صادر عن | الوزارة"), or right after a
    noun in the construct state when a body or a role opens the genitive ("بيان | وزارة الداخلية", "بيان |
    لوزارة الداخلية"); None for any other phrase. Where capitals tell names, adjectives may describe the document
    before or after its noun ("einer | schriftlichen | Mitteilung des", "un comunicado | oficial | del")."""
    head = _past_adjectives(view, lo + 1 if view.is_a("determiners", lo) else lo)
    end = view.lexicon_end("document_nouns", head) if head < len(view) else None
    if end is None or end >= len(view):
        return None
    marker = view.lexicon_end("possessor_markers", _past_adjectives(view, end))
    if marker is None and view.is_a("construct_nouns", head) and any(view.is_a(name, end) for name in PARTY_HEADS):
        return end
    return marker


def _past_adjectives(view: View, k: int) -> int:
    """Return the token after up to ``_ADJECTIVES`` adjectives from token ``k``: lower-case words of a cased
    language that are no function, claim or document word; ``k`` when none stands there."""
    start = k
    while k < len(view) and k - start < _ADJECTIVES and view.rules.cased and _adjective(view, k):
        k += 1
    return k


def _adjective(view: View, k: int) -> bool:
    token = view.tokens[k]
    if not token.is_word or token.capitalized or view.is_stop(k):
        return False
    lists = ("document_nouns", "possessor_markers", "determiners", "np_end", "claim_nouns", "conjunctions")
    return not any(view.is_a(name, k) for name in lists)


def claim_word(view: View, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the token range of the first claim word in ``[lo, hi)`` that is no document its issuer follows ("В
    заявлении | Министерства обороны | эти сообщения опровергли": the statement is where the issuer speaks, the
    reports are the claim); None when there is none."""
    claim = view.find("claim_nouns", lo, hi)
    while claim is not None and document_end(view, claim[0]) is not None:
        claim = view.find("claim_nouns", claim[1], hi)
    return claim
