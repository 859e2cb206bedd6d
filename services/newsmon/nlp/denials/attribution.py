"""Who says a quotation (found by ``quotes.py``): the speaker named after it ("“…,” said Marsha Catron", "“…,”
kata Peskov", "«…», según un portavoz") or introducing it before ("X said:", "X berkata,", "Según el ministro,
«…»"). A headline's speaker is ``headline_speakers``'s, reported speech ("X said ...", "kata X") ``reported_speech``'s,
and where a speaker's phrase stands around its speech verb ``speaker_phrases``'s."""

from __future__ import annotations

from newsmon.nlp.denials.clauses import is_finite, participle_clause
from newsmon.nlp.denials.headline_speakers import headline_opening_speaker, headline_quote_speaker, news_topic
from newsmon.nlp.denials.names import Party, party, self_subject
from newsmon.nlp.denials.phrase_bounds import is_phrase, phrase_after
from newsmon.nlp.denials.phrases import subject_before
from newsmon.nlp.denials.shared_subjects import clause_subject
from newsmon.nlp.denials.speaker_phrases import fronted_object, issuer, self_speaker, speaker_start
from newsmon.nlp.denials.view import View

_MAX_SUBJECT_WORDS = 14
_VERB_REACH = 4  # words a speech verb may stand before the comma opening its quotation
_COLON_REACH = 8  # … and before a colon
# Punctuation between a quotation and its attribution; "،" is the Arabic comma; a headline's colon ("«…»: | el
# Ayuntamiento responde a las críticas").
_AFTER_QUOTE = ",،—–-:"
_BEFORE_QUOTE = ",،:"
_COMMAS = ",،"


def speaker_after(view: View, i: int) -> Party | None:
    """Return the speaker named from token ``i`` on: "said Marsha Catron", "kata Peskov", "Votaw said"."""
    colon = None
    while i < len(view) and not view.tokens[i].is_word and view.tokens[i].text in _AFTER_QUOTE:
        colon = i if view.tokens[i].text == ":" else colon
        i += 1
    if i >= len(view):
        return None
    # A headline's colon: the speaker before what it is about ("«Это ложь»: Песков о …"), else a speech verb's after
    # it ("«…»: el Ayuntamiento responde").
    headline = None if colon is None else headline_quote_speaker(view, colon)
    if headline is not None:
        return headline
    end = view.lexicon_end("speech_verbs", i)
    if end is not None:
        if self_subject(view, i):
            return self_speaker(view, i)
        if view.is_a("hearsay", i):
            return None  # "Katanya kabar itu tidak benar": hearsay opening the sentence, no speaker after it
        if participle_clause(view, i):  # "«…»، مشددا على أن": its clause's subject speaks
            return clause_subject(view, i)
        return phrase_after(view, speaker_start(view, end))
    according = view.lexicon_end("according_to", i)
    if according is not None:
        # "«… no se ajusta a la realidad», según un portavoz", "«…», según un comunicado remitido por | el banco"
        return issuer(view, phrase_after(view, according))
    for k in range(i + 1, min(len(view), i + _MAX_SUBJECT_WORDS)):
        if view.is_a("speech_verbs", k):
            if any(view.is_a("conjunctions", m) for m in range(i, k)):
                return None  # "«…», e insistió en que …": a verb coordinated with the one before the quotation
            if all(view.is_stop(m) for m in range(i, k)):
                return speaker_after(view, k)  # "«…», — коротко | ответил Песков": an adverb before the verb
            return party(view, i, k) if is_phrase(view, i, k) else None
        if view.tokens[k].text == "," and is_phrase(view, i, k):
            return _apposed_speaker(view, i, k)  # "the company's lawyer, Mark Ellison, said"
        if not view.tokens[k].is_word and view.tokens[k].text not in "’'.-":
            return None
    return None


def _apposed_speaker(view: View, i: int, comma: int) -> Party | None:
    """Return the speaker named from token ``i`` with an apposition after the ``comma`` that a second comma and
    a speech verb close ("the governor's spokesman, | Tom Reilly, | said", "Tom Reilly, | a spokesman, | said"):
    the phrases' subject as the verb's clause reads it; None when no speech verb follows the apposition."""
    close = next(
        (k for k in range(comma + 1, min(len(view), i + _MAX_SUBJECT_WORDS)) if view.tokens[k].text == ","), None
    )
    if close is None or close + 1 >= len(view) or not is_phrase(view, comma + 1, close):
        return None
    verb = close + 1
    while verb < len(view) and view.tokens[verb].is_word and view.is_stop(verb) and not view.is_a("speech_verbs", verb):
        verb += 1  # "…, Tom Reilly, later said"
    if verb >= len(view) or not view.is_a("speech_verbs", verb):
        return None
    found = subject_before(view, verb)
    return found if found is not None and view.index(found.start) >= i else None


def speaker_before(view: View, i: int) -> Party | None:
    """Return the speaker introducing a quotation that opens at token ``i``: "X said:", "X berkata,", "X:"."""
    k = i - 1
    colon = False
    while k >= 0 and not view.tokens[k].is_word and view.tokens[k].text in _BEFORE_QUOTE:
        colon = colon or view.tokens[k].text == ":"
        k -= 1
    if k < 0:
        return None
    # Before a colon, the verb may have its adverbials and addressee between ("respondió con enfado a las críticas:").
    reach = _COLON_REACH if colon else _VERB_REACH
    for j in range(k, max(-1, k - reach), -1):
        if not view.tokens[j].is_word:
            break
        if view.is_a("speech_verbs", j):
            if self_subject(view, j):
                return party(view, j, j + 1)
            if participle_clause(view, j):
                return clause_subject(view, j)  # "X released a statement, saying, “...”"
            found = subject_before(view, j)
            if found is not None and fronted_object(view, found, j):
                # "Gegenüber der dpa sagte | X:": the one told comes first, the speaker after the verb.
                return phrase_after(view, view.lexicon_end("speech_verbs", j) or j + 1)
            return found
        if colon and (view.is_a("verbs", j) or view.is_a("claim_verbs", j)):
            # "X wies die Darstellung zurück: „…“": the quotation is the denier's, not the object's before the colon.
            return subject_before(view, j)
        owner = view.lexicon_end("possessor_markers", j + 1) if colon and view.is_a("nouns", j) else None
        if owner is not None:
            # "Démenti du | ministre | : « … »": a denial noun's headline, the quotation its owner's words.
            return phrase_after(view, owner)
    if colon:
        opening = headline_opening_speaker(view, k)
        if opening is not None:
            return opening
        found = subject_before(view, _before_topic_aside(view, k))
        start = None if found is None else view.index(found.start)
        if start is not None and start > 0 and is_finite(view, start - 1):
            # "Sanidad desmiente | el brote|: «…»": the phrase before the colon is the verb's object, not the speaker.
            found = subject_before(view, start - 1)
        # "Coronavirus: 'This is a hoax'": a headline's topic before the colon, nobody named speaking
        return None if found is not None and view.index(found.start) == 0 and news_topic(view, k + 1) else found
    return _according_to_speaker(view, k) if k + 1 < i and view.tokens[k + 1].text in _COMMAS else None


def _before_topic_aside(view: View, k: int) -> int:
    """Return where the speaker's phrase ends before a colon after token ``k``: at the comma of an aside that a
    preposition opens, what the speaker speaks about ("Ancelotti, | sobre su salida|:", "Mbappé, | sur son
    départ|:"), or of one lower-case word, how they say it ("Moncloa, | tajante|:"); else right after ``k``."""
    for m in range(k, max(-1, k - _COLON_REACH), -1):
        if not view.tokens[m].is_word:
            if view.tokens[m].text not in _COMMAS or m == 0:
                return k + 1
            manner = m + 1 == k and view.tokens[k].text.islower()
            return m if m < k and (view.is_a("np_end", m + 1) or manner) else k + 1
    return k + 1


def _according_to_speaker(view: View, k: int) -> Party | None:
    """Return the party an according-to phrase ending at token ``k`` names ("Según el ministro, | «no hay …»",
    "Segundo o autarca, | «…»"), or None when no such phrase ends there."""
    for m in range(k, max(-1, k - _MAX_SUBJECT_WORDS), -1):
        end = view.lexicon_end("according_to", m)
        if end is not None:
            found = phrase_after(view, end) if end <= k else None
            return found if found is not None and view.index(found.name.end) == k + 1 else None
        if not view.tokens[m].is_word:
            return None
    return None
