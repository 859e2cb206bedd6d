"""The subject a verb with none of its own shares with another clause of its sentence: a participle's, the
leading noun phrase of the clause before its comma ("The army denied that its troops had fired, | calling the
claims baseless"), and a coordinated verb's, the sentence's leading noun phrase ("The minister arrived late | and
denied ...").

Kept apart from ``phrases``, which reads the subject stated right before a verb: these tests look for it elsewhere
in the sentence (past complement clauses, coordinated clauses and fronted asides) and fall back on ``phrases``'
``subject_before`` where a verb there states one.
"""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_start, is_finite, is_participle
from newsmon.nlp.denials.datelines import dateline_end
from newsmon.nlp.denials.glued import opening_verb
from newsmon.nlp.denials.names import Party, has_word, party
from newsmon.nlp.denials.phrase_bounds import COMMAS, MAX_NP, is_phrase, phrase_after, phrase_at
from newsmon.nlp.denials.phrases import subject_before
from newsmon.nlp.denials.subject_edges import skip_leading
from newsmon.nlp.denials.view import View


def clause_subject(view: View, k: int) -> Party | None:
    """Return the leading noun phrase of the clause before the comma at ``k - 1`` (a participle's subject): past
    a complement clause, the verb's ("The army denied that its troops had fired, | calling the claims baseless")."""
    lo, opener = clause_start(view, k - 1)
    while (
        opener is not None and opener > 0 and (view.is_a("claim_markers", opener) or _joins_phrase(view, opener, lo, k))
    ):
        lo, opener = clause_start(view, opener)
    if opener is not None and view.is_a("speech_verbs", opener):
        # What a speech verb reports is no participle's subject, its speaker is: "X said on Sunday that reports …
        # were “untrue”, | adding …", "“…,” X told reporters outside the court, | rejecting claims …".
        return subject_before(view, opener)
    if lo + 1 < k - 1 and view.is_a("light_verbs", lo) and opening_verb(view, lo):
        return phrase_after(view, lo + 1)  # "وأصدر | الجيش | بيانا ينفي فيه": a stop word, not skipped as one
    if lo + 1 < k - 1 and opening_verb(view, lo) and view.is_a("claim_markers", lo + 1):
        return None  # "وأضاف | أن ...، نافيا": a verb before its complement clause carries its subject
    start, lo = lo, skip_leading(view, lo, k - 1)
    verb = any(is_finite(view, m) for m in range(start, min(lo + 1, k)))
    if opener is not None and opener > 0 and view.is_a("conjunctions", opener) and verb:
        # "X evitou atacar o G7, mas | não pôde deixar de falar no Japão, | sublinhando": a coordinated clause with
        # no subject of its own shares the one before the conjunction.
        return clause_subject(view, opener)
    # An adverbial participle needs no comma, so its clause's subject may be one word: "ثم خرج | الوزير | لينفي".
    end = k - 1 if view.tokens[k - 1].text in COMMAS else k
    if lo + 1 < end and opening_verb(view, lo):
        return phrase_after(view, lo + 1)  # "وحذرت | النيابة العامة | من ...، مؤكدة": the subject after the verb
    return _leading_phrase(view, lo, k)


def _joins_phrase(view: View, opener: int, lo: int, k: int) -> bool:
    """True when the conjunction ``opener`` joins a noun phrase ``[lo, k)`` (before a comma) to a noun, opening no
    clause of its own: "found no link between the vaccine | and infertility |, refuting"."""
    end = k - 1 if view.tokens[k - 1].text in COMMAS else k
    return view.is_a("conjunctions", opener) and is_phrase(view, lo, end)


def _leading_phrase(view: View, lo: int, k: int) -> Party | None:
    """Return the noun phrase opening at ``lo`` before token ``k``, past a fronted aside ending in a comma
    ("Interrogé par Le Monde, | le directeur a assuré …, démentant": the aside's agent is no subject)."""
    hi = lo
    while hi < k - 1 and hi - lo < MAX_NP and not view.is_stop(hi):
        hi += 1
    if hi < k - 1 and view.tokens[hi].text == "," and fronted_aside(view, hi):
        return _leading_phrase(view, skip_leading(view, hi + 1, k - 1), k)
    return party(view, lo, hi) if has_word(view, lo, hi) else None


def fronted_aside(view: View, comma: int) -> bool:
    """True when the words before the ``comma`` open the sentence with a passive participle before its agent or a
    preposition ("Interrogé par franceinfo,", "Asked about the report,"), a participle ("Speaking to reporters in
    Brussels,") or a preposition ("In Brussels,"): an aside on the subject after it."""
    first = next((k for k in range(comma) if view.tokens[k].is_word), None)
    if first is None or first + 1 >= comma or any(view.tokens[k].text == "," for k in range(first, comma)):
        return False
    if view.is_a("according_to", first):
        return False  # "According to the paper's sources, | the plan …, refuting": the source speaks, no aside
    if (view.is_a("np_end", first) and not view.is_a("determiners", first)) or is_participle(view, first):
        return True  # not pt "A | operadora, propriedade de …,": an article that is also a preposition
    after = view.is_a("agent_markers", first + 1) or view.is_a("np_end", first + 1)
    return after and view.has_form(view.rules.passive_form, first)


def sentence_subject(view: View) -> Party | None:
    """Return the leading noun phrase of the sentence (the subject a verb after "and" shares), named by the
    apposition after it when one stands between it and the first verb ("El delegado del Gobierno, | Carlos
    Prieto, | llegó tarde y negó": the first verb's subject, as ``subject_before`` reads it)."""
    lo = skip_leading(view, dateline_end(view), len(view))  # not "(Persia Digest) – | The spokesperson …"
    found = phrase_at(view, lo, len(view))
    if found is None:
        return None
    end = view.index(found.name.end)
    if end >= len(view) or view.tokens[end].text not in COMMAS:
        return found
    span = range(end + 1, min(len(view), end + MAX_NP))
    verb = next((k for k in span if view.tokens[k].is_word and view.is_stop(k)), None)
    if verb is None or not (is_finite(view, verb) or view.is_a("speech_verbs", verb)):  # "said" has no -ed
        return found
    named = subject_before(view, verb)
    return named if named is not None and view.index(named.start) >= lo else found
