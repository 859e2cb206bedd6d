"""A clause opening the sentence whose verb shares the main clause's subject, and where that subject stands.

A participle ("After long denying the affair, | the senator ..."), a perfect infinitive ("Après avoir longtemps
nié, | X") or an infinitive ("Tras negar durante años ..., | el acusado") fronted before the main clause has no
subject of its own: the main clause's after the comma is its party, or none when the main clause opens on its
finite verb (a dropped subject). Kept apart from ``denier``, which weighs every place a subject may stand: these
tests only tell such a clause and find the phrase after it.
"""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_start, is_finite, is_participle
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.phrase_bounds import phrase_after
from newsmon.nlp.denials.phrases import subject_before
from newsmon.nlp.denials.view import View


def past_participle(view: View, k: int) -> bool:
    """True when token ``k`` has the language's past-participle form (``passive_form``), lower case."""
    form = view.rules.passive_form
    text = view.tokens[k].text
    return form is not None and text.islower() and form.fullmatch(text) is not None


def fronted_participle(view: View, i: int) -> bool:
    """True for a participle in a fronted adverbial clause ("After long denying ..., X", "Niant les accusations,
    X", "Après avoir longtemps nié ..., X"), or a bare verb where verbs have no participle ("Bantah terlibat
    suap, | Bupati X | datangi KPK"): the clause opens the sentence, with nothing but a clause opener
    ("after", "before") and adverbs before the participle, or a past participle after a perfect auxiliary that
    opens the sentence, maybe after a preposition ("Après | avoir")."""
    lo, opener = clause_start(view, i)
    if (opener is not None and opener > 0) or (opener is None and lo > 0):
        return False
    if _perfect_start(view, i) == lo:
        return True
    fronted = is_participle(view, i) or view.rules.fronted_bare_verb
    return fronted and all(view.is_stop(k) for k in range(lo, i))


def _perfect_start(view: View, i: int) -> int | None:
    """Return where the perfect infinitive holding the past participle at ``i`` starts: its auxiliary, or the
    preposition before it ("après | avoir | longtemps | nié"), with nothing but adverbs between; else None."""
    if not past_participle(view, i):
        return None
    k = i - 1
    while k >= 0 and view.is_a("skip", k) and not view.is_a("perfect_aux", k):
        k -= 1
    if k < 0 or not view.is_a("perfect_aux", k):
        return None
    return k - 1 if k > 0 and view.is_a("np_end", k - 1) else k


def inset_perfect_subject(view: View, i: int) -> Party | None:
    """Return the subject before an inset perfect infinitive opened by a preposition and set off by a comma
    ("Le député, | après avoir longtemps nié, | a reconnu"): the phrase before the comma; None for another form
    ("Carlos Mendoza, who served … before stepping down last spring, | has denied" is a finite verb)."""
    start = _perfect_start(view, i)
    if start is None or start < 2 or view.tokens[start - 1].text != "," or not view.is_a("np_end", start):
        return None
    return subject_before(view, start - 1)


def fronted_infinitive(view: View, i: int) -> bool:
    """True for an infinitive (``infinitive_form``) in a clause opening the sentence with a clause opener or a
    preposition and nothing but stop words before it ("Tras negar ...", "Depois de ter negado ..."): it shares
    the main clause's subject."""
    form = view.rules.infinitive_form
    if form is None or form.fullmatch(view.tokens[i].text.lower()) is None:
        return False
    lo, opener = clause_start(view, i)
    first = opener if opener is not None else lo
    if first > 0 or not (opener is not None or view.is_a("np_end", first) or view.is_a("time", first)):
        return False
    return all(view.is_stop(k) or view.is_a("np_end", k) for k in range(first, i))


def main_clause_subject(view: View, j: int) -> Party | None:
    """Return the leading noun phrase after the comma that closes the fronted clause ending after ``j``."""
    comma = _closing_comma(view, j)
    if comma is None:
        return None
    return phrase_after(view, comma + 1)


def dropped_main_subject(view: View, i: int, j: int) -> bool:
    """True when the trigger ``[i, j)`` is a participle of a fronted clause and the main clause after it opens on
    its finite verb ("E contrariando as teses …, | defendeu a aposta …"): a party denies, its subject dropped (the
    words after the verb are its object)."""
    if not fronted_participle(view, i):
        return False
    comma = _closing_comma(view, j)
    return comma is not None and comma + 1 < len(view) and is_finite(view, comma + 1)


def _closing_comma(view: View, j: int) -> int | None:
    """Return the first comma at or after ``j``, the one that closes a fronted clause ending there; else None."""
    return next((k for k in range(j, len(view)) if view.tokens[k].text in ",،"), None)
