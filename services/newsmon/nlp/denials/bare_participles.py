"""Participles that state no denial for want of an auxiliary and an agent: "Recurso negado" (pro-drop languages tell
the participle from the finite verb), "Rumours Of Merger Denied", "Bail denied for murder suspect" (a headline's
passive after what is denied). Nobody is said to deny.
"""

from __future__ import annotations

from newsmon.nlp.denials.names import Party, party
from newsmon.nlp.denials.nonparties import impersonal
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import View

_AUXILIARY_WORDS = 3  # "a (catégoriquement) rejeté", "ha sido": an auxiliary this close makes a tense
_CLAUSE_BREAKS = ("–", "—", "-", ":")  # what joins a headline's two clauses ("… zurückgewiesen – Heil spricht …")
_HEADLINE_PHRASE = 6  # words of a headline's noun phrase before its participle ("Rumours Of A Secret Merger Denied")


def bare_participle(view: View, hit: Hit) -> bool:
    """True for a one-word trigger that is a participle and no finite verb in the file's terms (it has the
    ``passive_form`` and not the ``verb_like`` form) with no auxiliary or adverb (``skip``) right before it:
    pt/es "negado", "desmentida" without "foi" or "por", not "ha negado". Only pro-drop files tell finite
    verbs by ``verb_like`` closely enough (fr "nie" has a participle's ending)."""
    form, finite = view.rules.passive_form, view.rules.verb_like
    if not view.rules.pro_drop or hit.j - hit.i != 1 or form is None or finite is None:
        return False
    if hit.i > 0 and view.find("skip", max(0, hit.i - _AUXILIARY_WORDS), hit.i) is not None:
        return False
    word = view.tokens[hit.i].text.lower()
    return form.fullmatch(word) is not None and finite.fullmatch(word) is None


def headline_passive(view: View, hit: Hit) -> bool:
    """True for a one-word participle (``passive_form``) after a phrase opening the sentence that names what is denied
    (a claim or an ``other_senses`` word, maybe after a determiner, no auxiliary or punctuation in it), with neither
    agent nor object after it: the headline's passive, "Rumours Of Merger Denied", "Bail denied for murder suspect";
    not "Claims denied by the club" (an agent) nor "Reports denied the …" (an object)."""
    form = view.rules.passive_form
    if hit.j - hit.i != 1 or form is None or form.fullmatch(view.tokens[hit.i].text.lower()) is None:
        return False
    after = hit.j < len(view) and view.tokens[hit.j].is_word
    opening = ("agent_markers", "claim_markers", "relatives")  # an agent, or the clause denied ("denied that …")
    if after and (any(view.is_a(name, hit.j) for name in opening) or not view.is_a("np_end", hit.j)):
        return False
    first = 1 if view.is_a("determiners", 0) else 0
    if first >= hit.i or not (view.is_a("claim_nouns", first) or view.is_a("other_senses", first)):
        return False
    return hit.i - first <= _HEADLINE_PHRASE and all(
        view.tokens[k].is_word and not view.is_a("skip", k) for k in range(first, hit.i)
    )


def headline_replier(view: View, hit: Hit) -> Party | None:
    """Return the party that a headline's second clause names after its passive ("Vorwürfe gegen Minister
    zurückgewiesen | – | Heil | spricht von Kampagne"): the subject of the verb that follows a dash or a colon
    after the participle, who answers the claim; None when no such clause follows or its subject is no party
    (a report, a study), or when what the headline denies is no claim ("Antrag … zurückgewiesen – Gericht …")."""
    k = hit.j
    if k + 1 >= len(view) or view.tokens[k].text not in _CLAUSE_BREAKS or not headline_passive(view, hit):
        return None
    if not view.is_a("claim_nouns", 1 if view.is_a("determiners", 0) else 0):
        return None
    end = _subject_end(view, k + 1)
    if end is None:
        return None
    found = party(view, k + 1, end)
    return None if impersonal(view, found) else found


def _subject_end(view: View, lo: int) -> int | None:
    """Return where a headline clause's subject from token ``lo`` ends, at its verb: a stop word, or in a language
    that capitalises its nouns the first lower-case word past an article ("Heil | spricht", "Der Verein | spricht");
    None when no word of a name or a noun comes before it or no verb follows."""
    m = lo + 1 if view.is_a("determiners", lo) else lo
    start = m
    while m < len(view) and view.tokens[m].is_word and not view.is_stop(m):
        if view.rules.capital_nouns and not view.tokens[m].capitalized:
            break
        m += 1
    if m == start or m - start > _HEADLINE_PHRASE or m >= len(view) or not view.tokens[m].is_word:
        return None
    return m
