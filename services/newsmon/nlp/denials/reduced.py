"""Subjects before a reduced relative clause: "A former nurse | accused of murdering seven babies | denies the
charges", "Two men | charged over the attack | deny murder". The passive participle opens a clause on the phrase
before it, so that phrase, not the last words of the clause, is the subject of the verb after it."""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_start
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.phrases import subject_before
from newsmon.nlp.denials.view import View

_CLAUSE_WORDS = 10  # the words of a reduced relative clause between its participle and the verb


def reduced_relative_subject(view: View, i: int) -> Party | None:
    """Return the phrase before a lower-case passive participle that opens a clause ending right before the verb at
    token ``i``: the participle follows a content word (no auxiliary: "was charged with" is a finite passive) and a
    preposition follows it. None when no such participle stands in the verb's clause, within a few words."""
    # Where modifiers follow their noun, a participle after a noun is as often an adjective or a noun itself
    # (es "La embajada", "El consejero delegado"): only where they precede it does one open a clause.
    if view.rules.passive_form is None or not view.rules.modifier_first:
        return None
    lo = clause_start(view, i)[0]
    for k in range(i - 1, max(lo, i - _CLAUSE_WORDS), -1):
        token = view.tokens[k]
        if not token.is_word:
            return None  # a comma or a quotation: an insertion, read elsewhere
        if token.capitalized or not view.has_form(view.rules.passive_form, k):
            continue
        before, after = view.tokens[k - 1], k + 1
        if before.is_word and not view.is_stop(k - 1) and after < i and _preposition(view, after):
            return subject_before(view, k)
    return None


def _preposition(view: View, k: int) -> bool:
    """True for a preposition after a participle: "accused | of", "charged | with", "arrested | by"."""
    return any(view.is_a(name, k) for name in ("np_end", "agent_markers", "role_complements"))
