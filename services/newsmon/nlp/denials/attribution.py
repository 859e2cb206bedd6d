"""Who says it: the speakers of quotations (found by ``quotes.py``) and of reported speech ("X said ...", "kata X",
"menurut X")."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsmon.nlp.denials.clauses import clause_start, is_finite, is_participle, participle_clause, thing_relative
from newsmon.nlp.denials.conjuncts import conjuncts
from newsmon.nlp.denials.headline_heads import fronted_topic_end, titled_body
from newsmon.nlp.denials.names import Party, party, phrase_kind, self_subject
from newsmon.nlp.denials.phrase_bounds import is_phrase, phrase_after
from newsmon.nlp.denials.phrases import clause_subject, sentence_subject, subject_before
from newsmon.nlp.denials.places import medium_end, place_end
from newsmon.nlp.denials.subjects import interrupted_subject, reported_subject
from newsmon.nlp.denials.view import QUOTE_CHARS, View

_MAX_SUBJECT_WORDS = 14
_MAX_HEADLINE_SPEAKER = 4  # "Глава МИД Сергей Лавров:": the words of a headline's speaker before its colon
_HEAD_LISTS = ("role_nouns", "org_words", "news_topics")  # the words that tell a headline's speaker from its topic
_YEAR = regex.compile(r"(1[89]|20)\d\d")  # "Pemilu 2024:", "Euro 2024:": an event of that year
_ISSUER_WINDOW = 3  # "a statement | issued | by": words between a document and its issuer's agent marker
_GAPPED = 2  # a speech verb and its particle ("teilte … mit") with words between
_VERB_REACH = 4  # words a speech verb may stand before the comma opening its quotation
_COLON_REACH = 8  # … and before a colon
# Punctuation between a quotation and its attribution; "،" is the Arabic comma; a headline's colon ("«…»: | el
# Ayuntamiento responde a las críticas").
_AFTER_QUOTE = ",،—–-:"
_BEFORE_QUOTE = ",،:"
_COMMAS = ",،"
_ACCORDING_TO_TAIL = 6  # words after an according-to phrase's party before its comma ("del banco | remitido a …,")


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
    headline = None if colon is None else _headline_quote_speaker(view, colon)
    if headline is not None:
        return headline
    end = view.lexicon_end("speech_verbs", i)
    if end is not None:
        if self_subject(view, i):
            return _self_speaker(view, i)
        if view.is_a("hearsay", i):
            return None  # "Katanya kabar itu tidak benar": hearsay opening the sentence, no speaker after it
        if participle_clause(view, i):  # "«…»، مشددا على أن": its clause's subject speaks
            return clause_subject(view, i)
        return phrase_after(view, speaker_start(view, end))
    according = view.lexicon_end("according_to", i)
    if according is not None:
        # "«… no se ajusta a la realidad», según un portavoz", "«…», según un comunicado remitido por | el banco"
        return _issuer(view, phrase_after(view, according))
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


def _headline_quote_speaker(view: View, colon: int) -> Party | None:
    """Return who says a quotation opening a headline, named after its colon before what it is about ("„Das ist
    schlicht falsch“: | Robert Habeck | zu Berichten …", "«Это ложь»: | Песков | о докладе", "'No truth in it': |
    Minister | on bribery claims"); None when the quotation does not open the sentence, or no preposition ends the
    phrase (a list or a title after the colon names nobody)."""
    if view.tokens[0].is_word or view.tokens[0].text not in QUOTE_CHARS:
        return None
    found = phrase_after(view, colon + 1)
    if found is None or view.index(found.start) != colon + 1:
        return None
    end = view.index(found.name.end)
    return found if end < len(view) and view.is_a("np_end", end) else None


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


def _past_told(view: View, k: int, i: int) -> int:
    """Return where what was told starts after a telling verb ending at token ``k``, with no complementiser, when
    the trigger is at token ``i``: past whom it was told, a name or one noun maybe after an article, when a
    determiner or a pronoun opens the clause after it ("told | reporters | the reports were untrue", "told | the BBC |
    the claims were false"); else ``k``."""
    m = k + 1 if k < i and view.is_a("articles", k) else k
    if m < i and view.is_name_word(m):
        while m < i and view.tokens[m].is_word and view.is_name_word(m):
            m += 1
    elif m < i and view.tokens[m].is_word and not view.is_stop(m) and not view.is_a("determiners", m):
        m += 1
    opens = m < i and (view.is_a("determiners", m) or view.is_a("pronouns", m))
    return m if m > k and opens else k


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
            if found is not None and _fronted_object(view, found, j):
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
        opening = _headline_opening_speaker(view, k)
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


def _headline_opening_speaker(view: View, k: int) -> Party | None:
    """Return the name or role opening a headline before a preposition, what it speaks about running to the colon
    after token ``k`` ("Trump | on report he mocked soldiers: “Totally false”"); None when no such phrase opens it
    ("Protests in Paris: …" names no speaker)."""
    found = phrase_after(view, 0)
    if found is None or view.index(found.start) != 0:
        return None
    end = view.index(found.name.end)
    if end >= k or not view.is_a("np_end", end) or phrase_kind(view, 0, end) == "other":
        return None
    return found


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


@dataclass(frozen=True, slots=True)
class Reported:
    """A reported-speech attribution: who says it, and the token where what they say starts."""

    speaker: Party
    complement: int


def headline_speaker(view: View, i: int) -> Reported | None:
    """Return the speaker a headline names before its colon ("Песков: сообщения о … не соответствуют
    действительности"), when token ``i`` follows that colon, past a fronted topic ("Soal Isu Mundur, | Menpora
    Rangga: …"); None unless a short name or role alone stands before it, in a language whose wire copy heads its
    news so (``headline_speaker``)."""
    if not view.rules.headline_speaker:
        return None  # not checked there: a fact-check's verdict label ("Status: False") would read as a speaker
    lo = fronted_topic_end(view, i)
    colon = next((k for k in range(lo + 1, min(i, lo + _MAX_HEADLINE_SPEAKER + 1)) if view.tokens[k].text == ":"), None)
    if colon is None:
        return None
    body = titled_body(view, lo, colon)
    # A given name first may read as an adverb before the surname ("Emily Hart: …", "Kelly Ortega: …").
    if not body and not all(
        view.tokens[k].is_word and (not view.is_stop(k) or (k == lo and colon == lo + 2)) for k in range(lo, colon)
    ):
        return None
    if view.lexicon_end("headings", lo) is not None:
        return None  # "Verdict: Claim Is False", "Breaking: …": a fact-check's label or a section's, nobody speaking
    if not body and phrase_kind(view, lo, colon) == "other" and view.find("org_words", lo, colon) is None:
        return None  # "Итоги недели: …": a heading, nobody speaking; not "الخارجية المصرية: …", a body
    if news_topic(view, colon, lo):
        return None  # "Brexit: claims of a secret deal are false": the writer's verdict, or an unnamed party's
    whole = view.span_of(lo, colon)
    if body and whole is not None:
        return Reported(Party(whole, None), colon + 1)  # the body's name with its branch, no role: "KAI Daop 8"
    return Reported(party(view, lo, colon), colon + 1)


def news_topic(view: View, colon: int, lo: int = 0) -> bool:
    """True when the words from token ``lo`` to a ``colon`` name what a headline is about, not who speaks:
    an event or a subject ("Brexit", "Pemilu 2024", "Ukraine-Krieg", "حرب السودان"), a year ("Euro 2024") or a place
    alone, a dateline ("Gaza", "Moscow"). The head word decides between a topic and a role or a body ("Election
    chief", "Brexit Party", "وزارة الحرب" speak): the last listed word where modifiers come first, else the first."""
    heads = [k for k in range(lo, colon) if any(view.is_a(name, k) for name in _HEAD_LISTS)]
    if heads:
        head = heads[-1] if view.rules.modifier_first else heads[0]
        return not (view.is_a("role_nouns", head) or view.is_a("org_words", head))
    return view.is_place(lo, colon) or any(_YEAR.fullmatch(token.text) for token in view.tokens[lo:colon])


def reported_speakers(view: View, i: int, inside: list[tuple[int, int]]) -> tuple[Reported | None, Party | None]:
    """Return the attributions of what token ``i`` says: the speech verb before it, and the one after it.

    Before: the nearest "according to X" or speech verb outside quotations (``inside`` are quoted token
    ranges) that is not a claim's own ("X said the reports were untrue"; not "news *that said* ...").
    After: a trailing attribution ("..., the company says", "..., kata X").
    """
    before = None
    for k in range(i - 1, -1, -1):
        if _speech_at(view, k) and not _in(inside, k) and not _says_claim(view, k):
            found = _speech_subject(view, k, trailing=False)
            if found is not None:
                end = view.lexicon_end("speech_verbs", k)
                if end is None:  # "according to X, ...": what X says starts after X
                    end = _according_to_end(view, view.index(found.name.end), i)
                elif view.is_a("telling_verbs", k):
                    end = _past_told(view, end, i)  # "told | reporters | the reports were untrue"
                before = Reported(found, end)
                break
    after = None
    for k in range(i + 1, len(view)):
        if _speech_at(view, k) and not _in(inside, k) and not _says_claim(view, k) and not _claim_aside(view, i, k):
            after = _speech_subject(view, k, trailing=True)
            if after is not None:
                break
    return before, after


def _according_to_end(view: View, k: int, i: int) -> int:
    """Return the token where what an according-to phrase's party says starts, its name ending at token ``k``: the
    comma closing the phrase a few words on, before token ``i`` ("Según el comunicado del banco | remitido a la
    CNMV |, no hay …": the words describing the party are no part of the claim); ``k`` when no comma closes it."""
    for m in range(k, min(i, k + _ACCORDING_TO_TAIL + 1)):
        if view.tokens[m].text in _COMMAS:
            return m
        if not view.tokens[m].is_word:
            return k
    return k


def _says_claim(view: View, k: int) -> bool:
    """True when the speech verb at ``k`` belongs to a claim ("reports saying", "kabar yang menyatakan", "the
    video that the ministry posted", "ce que dit le ministre"); an adverbial participle never does ("ورد على
    الاتهامات | قائلا إنها ...": its clause's subject speaks)."""
    if view.rules.adverbial_participle and is_participle(view, k):
        return False
    opener = clause_start(view, k)[1]
    if opener is not None and thing_relative(view, opener) and all(view.tokens[m].is_word for m in range(opener, k)):
        return True  # the relative clause runs unbroken to the verb ("…, he said" after it is no part of it)
    if k > 1 and view.is_a("claim_markers", k - 1) and view.is_a("free_relatives", k - 2):
        return True  # "ce que | dit le ministre est faux": what the minister says is the claim
    if _in_opening_condition(view, k):
        return True  # "Kalau ada yang bilang saya terima uang, | itu bohong, kata Budi": a claim, not who says it
    j = k - 1
    if j >= 0 and view.is_a("relatives", j):
        j -= 1
    return j >= 0 and view.is_a("claim_nouns", j)


def _in_opening_condition(view: View, k: int) -> bool:
    """True when token ``k`` stands in a condition opening the sentence, before its comma: a conditional
    conjunction (a ``hypothetical`` word that opens clauses: "kalau", "if") is its first word."""
    first = next((m for m in range(k) if view.tokens[m].is_word), None)
    if first is None or not (view.is_a("hypothetical", first) and view.is_a("clause_openers", first)):
        return False
    return all(view.tokens[m].text != "," for m in range(first, k))


def _claim_aside(view: View, i: int, k: int) -> bool:
    """True when the speech verb at ``k`` opens an aside (``source_asides``) after the claim clause of what token ``i``
    says: it names who made the claim, not who says it is false ("Es falso que …, | como | aseguran los mensajes")."""
    return k > i + 1 and view.is_a("source_asides", k - 1) and view.find("claim_markers", i, k) is not None


def _speech_at(view: View, k: int) -> bool:
    return view.is_a("speech_verbs", k) or view.is_a("according_to", k)


def _issuer(view: View, found: Party | None) -> Party | None:
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


def _self_speaker(view: View, k: int) -> Party:
    """Return who speaks a speech word with its own subject at ``k``: the name right after it ("ujarnya
    Anies", news copy naming the pronoun's referent), else the word itself ("katanya")."""
    after = k + 1
    if after < len(view) and view.is_name_word(after) and not view.is_stop(after) and not view.is_a("pronouns", after):
        named = phrase_after(view, after)
        if named is not None:
            return named
    return party(view, k, k + 1)


def _speech_subject(view: View, k: int, *, trailing: bool) -> Party | None:
    if self_subject(view, k):
        return _self_speaker(view, k) if trailing else party(view, k, k + 1)
    if view.is_a("hearsay", k):
        return None  # "Katanya kabar itu tidak benar": hearsay opening the sentence, nobody speaking
    according = view.lexicon_end("according_to", k)
    if according is not None:
        return _issuer(view, phrase_after(view, according))
    end = view.lexicon_end("speech_verbs", k)
    assert end is not None
    if participle_clause(view, k):
        return clause_subject(view, k)  # "X released a statement, saying ..."
    previous = view.tokens[k - 1] if k else None
    inverted = previous is None or (not previous.is_word and previous.text in ',—–-"”’»')
    # "…, como aseguran | los expertos": the speaker follows the verb.
    inverted = inverted or (k > 0 and view.is_a("source_asides", k - 1))
    if trailing and inverted:
        found = phrase_after(view, speaker_start(view, end))
        if found is None and end - k > _GAPPED:
            found = _gapped_subject(view, k, end)
        return found
    subject = subject_before(view, k)
    if subject is not None and _fronted_object(view, subject, k):
        subject = None  # "Gegenüber der dpa | sagte | der Sprecher": the one told, the speaker follows the verb
    if subject is not None and is_participle(view, view.index(subject.start)):
        # "Лавров, | выступая на брифинге, | заявил": a participle's clause is no subject; the one before it is.
        subject = interrupted_subject(view, k) or subject
    if subject is not None:
        # "X told Y that they believe ...": X; "A dan B kompak menyatakan …": both.
        subject = conjuncts(view, reported_subject(view, subject))
    if subject is None and not trailing and end - k > _GAPPED:
        return _gapped_subject(view, k, end)  # "Am Montag teilte | das Unternehmen | mit, die Vorwürfe seien …"
    if subject is None and k > 0 and view.is_a("conjunctions", k - 1) and not _inverting(view):
        return sentence_subject(view)  # "Menkes datang dan | menegaskan kabar itu tidak benar": the shared subject
    if subject is None and not trailing and not (end < len(view) and view.is_a("claim_markers", end)):
        return phrase_after(view, end)  # "kata X, ...", not "said that the claim ...": what is said
    return subject


def _inverting(view: View) -> bool:
    """True where a subject may follow its verb (es "y negó el ministro que …"): a speech verb after a conjunction
    may have its own."""
    return view.rules.pro_drop or view.rules.subject_after_verb


def _fronted_object(view: View, subject: Party, k: int) -> bool:
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


def _gapped_subject(view: View, k: int, end: int) -> Party | None:
    """Return the subject a gapped speech verb at tokens ``[k, end)`` holds after its first word, where the verb
    comes before it ("…, teilte | das Unternehmen | mit", "Am Montag teilte | das Unternehmen | mit, …"): when and
    where it was said close the subject's phrase ("teilte | der Konzern | am Freitag in Wolfsburg mit")."""
    found = phrase_after(view, k + 1)
    if found is None or view.index(max(found.name.end, found.role.end if found.role else 0)) > end - 1:
        found = party(view, k + 1, end - 1)
    return found


def _in(ranges: list[tuple[int, int]], k: int) -> bool:
    return any(lo <= k < hi for lo, hi in ranges)
