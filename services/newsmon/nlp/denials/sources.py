"""Who made a claim: its source, named around the claim word or as the subject of a verb of reporting."""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_start
from newsmon.nlp.denials.phrase_bounds import phrase_after
from newsmon.nlp.denials.phrases import subject_before
from newsmon.nlp.denials.view import View

POSSESSIVE = ("'s", "’s")
_OWNED_WORDS = 3  # what a possessive owns: "ministries' | joint budget proposal"


def past_owner(view: View, k: int, words: int) -> int:
    """Return where a phrase opening at token ``k`` is read up to: ``words`` tokens, and a few more after a
    possessive among them, whose owner's words do not count ("the Russian and Syrian defence ministries' |
    claims that …"); never past the sentence."""
    end = min(len(view), k + words)
    owners = [m for m in range(k, min(len(view), end + 1)) if _possessive(view, m)]  # a lone "'" is no word
    return min(len(view), max(end, owners[-1] + 1 + _OWNED_WORDS)) if owners else end


def _possessive(view: View, m: int) -> bool:
    """True for a possessive ending: "ministry's", or the apostrophe after a plural ("ministries' ")."""
    text = view.tokens[m].text
    return text.endswith(POSSESSIVE) or (text in "'’" and m > 0 and view.tokens[m - 1].text.endswith("s"))


def claim_source(view: View, lo: int, noun: tuple[int, int] | None, trigger: int) -> str | None:
    """Return who made the claim: "claims by X", "X's report", "a Daily Mirror report", "laporan X", or
    the subject of "X reported/claimed" earlier in the sentence; else a report word itself ("laporan")."""
    if noun is not None:
        n_lo, n_hi = noun
        for k in range(lo, n_lo):
            text = view.tokens[k].text
            if text.endswith(POSSESSIVE) or (k + 1 < n_lo and view.tokens[k + 1].text in "’'"):
                possessor = view.span_of(lo, k + 1)
                if possessor is not None:
                    return possessor.text.removesuffix("’s").removesuffix("'s").rstrip("’'")
        marker = view.lexicon_end("source_markers", n_hi) if n_hi < len(view) else None
        if marker is not None:
            found = phrase_after(view, marker, stop_at_claims=True)
            if found is not None:
                return found.name.text
        # Capitalised words before the claim word name its source ("a Daily Mirror report"); the first
        # word of a sentence is capitalised anyway.
        modifiers = [
            k
            for k in range(max(lo, 1), n_lo)
            if view.tokens[k].is_word and view.tokens[k].capitalized and view.rules.cased
        ]
        if modifiers and modifiers[-1] == n_lo - 1:
            return view.text[view.tokens[modifiers[0]].start : view.tokens[n_lo - 1].end]
        if n_hi < len(view) and view.rules.cased and view.tokens[n_hi].capitalized:
            after = phrase_after(view, n_hi, stop_at_claims=True)
            if after is not None:
                return after.name.text
    earlier = view.find("claim_verbs_of_source", 0, clause_start(view, trigger)[0])
    if earlier is not None:
        claimant = subject_before(view, earlier[0])
        # A pronoun names nobody a reader can look up; it is mostly the denier's own ("…, lorsqu'il a affirmé que …
        # fausses": the speech verb of the denial).
        if claimant is not None and not claimant.pronoun:
            return claimant.name.text
    if noun is not None and view.is_a("report_nouns", noun[0]):
        span = view.span_of(*noun)
        return span.text if span else None
    return None
