"""Where the speaker stands around a speech verb or an according-to phrase, for quotations and reported speech
alike: the phrase after the verb, past when, where, the medium and whom it was said to ("afirmó | hoy en Bruselas a
Efe | el comisario"); the issuer of a document an attribution names ("según un comunicado remitido por | el banco");
the name after a speech word that carries its own subject ("ujarnya | Anies"); and the phrase a verb-second clause
fronts before the verb, the one told, not the speaker ("Gegenüber | der dpa | sagte der Sprecher")."""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_start
from newsmon.nlp.denials.names import Party, party
from newsmon.nlp.denials.phrase_bounds import phrase_after
from newsmon.nlp.denials.places import medium_end, place_end
from newsmon.nlp.denials.view import View

_ISSUER_WINDOW = 3  # "a statement | issued | by": words between a document and its issuer's agent marker


def speaker_start(view: View, k: int) -> int:
    """Return where the speaker's phrase starts after a speech verb ending at token ``k``: past when, the place
    where, the medium and whom it was said to ("afirmó | hoy en Bruselas a Efe | el comisario", "заявил | в эфире
    «Первого канала» | министр"). The place is no speaker."""
    while True:
        m = k
        while m < len(view) and view.tokens[m].is_word and view.is_a("time", m):
            m = view.lexicon_end("time", m) or m + 1
        place = max(place_end(view, m), medium_end(view, m))
        if place > m:
            k = place
            continue
        after = _past_addressee(view, m)
        if after == m:
            return k
        k = after


def _past_addressee(view: View, k: int) -> int:
    """Return where the speaker's phrase starts after a speech verb ending at token ``k``: past whom it was said
    to, a name or a noun maybe after an article ("señaló a Efe | un portavoz", "dijo a la prensa | el ministro",
    "disse à Lusa | fonte do ministério"), when a phrase follows it; else ``k``."""
    if k + 1 >= len(view) or not view.is_a("addressees", k):
        return k
    m = k + 2 if view.is_a("determiners", k + 1) else k + 1
    if m >= len(view) or not view.tokens[m].is_word:
        return k
    if view.is_name_word(m):
        # A joiner before a word in lower case opens the speaker's phrase: "a affirmé au Monde | le directeur".
        while m < len(view) and view.tokens[m].is_word and view.is_name_word(m) and not _joins_nothing(view, m):
            m += 1
    else:
        m += 1
    return m if m < len(view) and view.tokens[m].is_word and not view.is_stop(m) else k


def _joins_nothing(view: View, m: int) -> bool:
    """True when token ``m`` is a name joiner ("le", "de") that no capitalised word follows."""
    return view.is_a("name_joiners", m) and (m + 1 >= len(view) or not view.tokens[m + 1].capitalized)


def issuer(view: View, found: Party | None) -> Party | None:
    """Return who issued the document an attribution names ("according to a statement issued by the
    ministry", "de acordo com a nota emitida pelo gabinete de X"): the agent after its participle, else
    ``found``; not the outlet that consulted or quoted it ("según fuentes del Gobierno consultadas por Efe")."""
    if found is None:
        return None
    end = view.index(found.name.end)
    for k in range(end, min(len(view), end + _ISSUER_WINDOW)):
        if view.tokens[k].text in ",;:":
            break
        marker = view.lexicon_end("agent_markers", k)
        if marker is not None and k > 0 and view.is_a("reporting_participles", k - 1):
            return found
        if marker is not None:
            return phrase_after(view, marker) or found
    return found


def self_speaker(view: View, k: int) -> Party:
    """Return who speaks a speech word with its own subject at ``k``: the name right after it ("ujarnya
    Anies", news copy naming the pronoun's referent), else the word itself ("katanya")."""
    after = k + 1
    if after < len(view) and view.is_name_word(after) and not view.is_stop(after) and not view.is_a("pronouns", after):
        named = phrase_after(view, after)
        if named is not None:
            return named
    return party(view, k, k + 1)


def fronted_object(view: View, subject: Party, k: int) -> bool:
    """True when the phrase found before the speech verb at ``k`` is governed by a preposition opening the clause
    right before the verb in a verb-second language ("Gegenüber | der dpa | sagte der Sprecher"): an adverbial in
    the first place, the subject after the verb. Not without a phrase after the verb, where the one before it issued
    what is said ("In einer Erklärung des Konzerns | hieß es, …")."""
    opening = clause_start(view, k)[0]
    if not view.rules.verb_second or not view.is_a("np_end", opening) or view.index(subject.start) <= opening:
        return False
    end = view.lexicon_end("speech_verbs", k) or k + 1
    if end >= len(view) or not (view.is_a("determiners", end) or view.is_name_word(end)):
        return False
    # Only quotation marks may close the phrase before the verb ("Gegenüber der „Bild“ | sagte").
    return all(not view.tokens[m].is_word for m in range(view.index(subject.name.end), k))
