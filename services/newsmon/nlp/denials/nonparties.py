"""Phrases in a denier's place that name no party who denies: a study or the evidence, people of a trade in
general ("Scientists have debunked the myth"), a court (what it rejects is a case, not a claim)."""

from __future__ import annotations

from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.scope import skip_adverbs
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Span


def impersonal(view: View, found: Party) -> bool:
    """True when the party is no party but a study or the evidence ("numerous studies", "science"), also when
    it is named as the body that wrote it ("Un informe | del CSIC"); not when a role or a body word comes first,
    the study or the data then naming its office ("Kepala Pusat Data BNPB", "Lembaga Survei Indonesia"), or
    heading the word (de "Statistikbehördenchef", "Statistikamt"), nor when a preposition comes first, the word then
    placing the party ("The man | in | the video"). Also true for people of a trade in general (``generic_parties``),
    see :func:`_generic`."""
    lo, hi = view.index(found.start), view.index(found.name.end)
    at = view.find("impersonal", lo, hi)
    if at is not None and not any(view.find(name, lo, at[0] + 1) for name in ("role_nouns", "org_words", "np_end")):
        return True
    return _generic(view, lo, hi)


def _generic(view: View, lo: int, hi: int) -> bool:
    """True when the phrase ``[lo, hi)`` is a bare plural of people of a trade, maybe after lower-case words
    ("Scientists", "independent fact-checkers", "debunked by researchers"): the writer's voice of what is known,
    nobody identifiable denying. Not with a name, a determiner, an owner or a count ("Scientists at Oxford
    University", "the researchers", "the ministry's experts", "Two researchers"), which identify them."""
    words = [k for k in range(lo, hi) if view.tokens[k].is_word]
    if not words or view.lexicon_end("generic_parties", words[-1]) != words[-1] + 1:
        return False
    if lo > 0 and view.tokens[lo - 1].is_word:
        words.insert(0, lo - 1)  # a modifier the phrase left out: "WHO | experts"
    for k in words[:-1]:
        if view.is_a("org_words", k) or view.is_a("role_nouns", k):
            return False  # "Government scientists": a body's own
        text = view.tokens[k].text
        # Lower-case modifiers only: a capital names them ("WHO experts") or, opening the sentence, may count them
        # ("Two researchers named in the report"); so may digits.
        if not text.islower() or any(c.isdigit() for c in text) or view.is_a("determiners", k):
            return False
    return True


def adjudicating(view: View, found: Party) -> bool:
    """True when the party is a court or a judge: what it rejects or dismisses, or calls without merit, is a case,
    not a claim. Not its owner's spokesman or lawyer ("A court spokesman", "The judge's lawyer"): a court word
    owning the head, or a role after it, names the one who speaks."""
    lo, hi = view.index(found.start), view.index(found.name.end)
    at = view.find("adjudicators", lo, hi)
    if at is None:
        return False
    owner = view.tokens[at[1] - 1].text.endswith(("'s", "’s"))
    return not owner and view.find("role_nouns", at[1], hi) is None


def rules_on_pleading(view: View, court: Party | None, claim: Span | None) -> bool:
    """True when a court or a judge calls false or without merit what a party pleads before it (``pleadings``: "The
    judge said the claims were without merit"): a ruling, no denial. Not a report or a video it calls false, which
    it denies as any body does."""
    if court is None or claim is None or not adjudicating(view, court):
        return False
    return view.find("pleadings", view.index(claim.start), view.index(claim.end)) is not None


def rules_on_case(view: View, kind: str, court: Party, obj: int, end: int) -> bool:
    """True when the party of a trigger of ``kind`` is a court ruling on a case, not denying a claim: what it
    rejects or dismisses (a claim verb: "The judge dismissed the complaint"), or a charge its denial verb lifts off a
    defendant, an ``acquittals`` phrase opening the object ``[obj, end)`` with neither a report nor a content clause
    in it ("ونفت المحكمة | عن المتهم | تهمة القتل"; not "نفت المحكمة الأنباء عن ...")."""
    if not adjudicating(view, court):
        return False
    if kind == "claim_verbs":
        return True
    after = view.index(court.name.end)
    k = skip_adverbs(view, after if obj <= view.index(court.start) < end else obj)  # past the court after its verb
    if view.lexicon_end("acquittals", k) is None:
        return False
    return view.find("report_nouns", k, end) is None and view.find("claim_markers", k, end) is None
