"""Claims that are not the object right after their verb: a fronted object ("Die Vorwürfe | wies der Minister
zurück"), the quotation a speech verb after it calls false ("“Kabar itu hoaks,” | bantah X") or says did not
happen ("«Nunca he cobrado comisiones», | negó"), what a claim
word in a separable verb's gap says after the verb ("wies einen Bericht zurück, | wonach ..."), and the claim a
trigger's own gap holds ("trifft | der Bericht des Magazins | nicht zu"), and the topic a phrase opening the
sentence names ("Sobre | las acusaciones, | el alcalde dijo que «son falsas»")."""

from __future__ import annotations

from newsmon.nlp.denials.claim import Claim, object_claim
from newsmon.nlp.denials.clauses import clause_end, clause_start, reported_clause_start
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.issuers import claim_word
from newsmon.nlp.denials.names import self_subject
from newsmon.nlp.denials.predicates import passive
from newsmon.nlp.denials.said_false import subject_claim
from newsmon.nlp.denials.sources import claim_source
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.verb_second import object_conjunct
from newsmon.nlp.denials.view import View

_SPEECH_MARKS = ",—–"  # between a quotation and its speech verb: "“…,” bantah X", "“…” — bantah X"
_NEGATION_WINDOW = 4  # the words opening a negated quotation, its negators among them ("Je n'ai jamais")
_TOPIC_WORDS = 10  # the words of a topic phrase before its comma
_QUESTION_WORDS = 4  # the tokens of a question put before its comma ("Auf die Frage,")


def quoted_verdict_claim(document: Document, view: View, i: int) -> Claim | None:
    """Return what the quotation closing right before a verb at token ``i`` (past a comma) calls false, the verb
    being its speech verb ("“Kabar penculikan itu hoaks,” | bantah X" gives "Kabar penculikan itu"); None when no
    quotation closes there or no falsity word is in it."""
    k = i - 1
    # Also past an inverted subject before the participle ("«…», | a-t-il | démenti").
    while k >= 0 and (view.tokens[k].text in _SPEECH_MARKS or (view.tokens[k].is_word and self_subject(view, k))):
        k -= 1
    quote = document.quote_at(view.tokens[k].start) if k >= 0 and not view.tokens[k].is_word else None
    if quote is None:
        return None
    opening = view.index(quote.start)
    verdict = view.find("falsity", opening, k)
    if verdict is None:
        return _negated_statement(view, opening, k)
    claim = subject_claim(view, opening, verdict[0], verdict[1], clause_end(view, verdict[1]))
    return claim if claim.span is not None else None


def _negated_statement(view: View, opening: int, k: int) -> Claim | None:
    """Return what a quotation ``[opening, k)`` that opens with a negation says did not happen, the denial verb
    after it being its speech verb ("«Nunca | he cobrado comisiones», negó", "« Je n'ai jamais | touché un
    centime », a démenti": the words after its last negator); None when no negator opens it."""
    first = opening + 1
    negators = [m for m in range(first, min(k, first + _NEGATION_WINDOW)) if view.is_a("negators", m)]
    if not negators or negators[-1] + 1 >= k:
        return None
    span = view.span_of(negators[-1] + 1, k)
    return None if span is None else Claim(span, None, noun=False)


def agent_pronoun(view: View, i: int, j: int) -> int | None:
    """Return the token of the personal pronoun right before an active verb at tokens ``[i, j)``: its subject, also
    when the object is fronted before it ("Tuduhan itu | kami | bantah", "Kabar itu | saya | nyatakan hoaks");
    None before a passive ("kabar tentang mereka | dibantah") or for a pronoun standing for the speaker ("-nya")."""
    k = i - 1
    if k < 0 or not (view.is_a("person_pronouns", k) or view.is_a("first_person", k)):
        return None
    return None if passive(view, i, j) or self_subject(view, k) else k


def agent_fronted_claim(view: View, i: int, j: int) -> Claim | None:
    """Return the object fronted before the pronoun agent (``agent_pronoun``) of the verb at tokens ``[i, j)``,
    relative clauses and all ("Tuduhan yang dialamatkan kepada bupati itu | kami bantah"), past a topic word opening
    it ("Terkait …"); None without such an agent, when no word stands before the pronoun in its clause, a comma does
    (an apposition: "accused him of fraud, allegations | he | denies"), or a relative word right before it opens a
    clause whose antecedent is the object ("allegations, which | she | denies")."""
    agent = agent_pronoun(view, i, j)
    if agent is None:
        return None
    lo, opener = clause_start(view, agent)
    if opener is not None and view.is_a("relatives", opener) and lo == agent:
        return None
    while opener is not None and view.is_a("relatives", opener):
        lo, opener = clause_start(view, opener)
    lo = next((k for k in range(lo, agent) if view.tokens[k].is_word), agent)
    topic = view.lexicon_end("topics", lo) if lo < agent else None
    lo = topic if topic is not None and topic < agent else lo
    span = view.span_of(lo, agent)
    if span is None or any(view.tokens[k].text == "," for k in range(lo, agent)):
        return None
    return Claim(span, None, noun=claim_word(view, lo, agent) is not None)


def fronted_object_claim(view: View, i: int) -> Claim | None:
    """Return the claim fronted before a verb whose subject follows it ("Die Vorwürfe | wies der Minister zurück",
    "Эту информацию | опроверг пресс-секретарь"): the words opening its clause when a claim noun is among
    them, a noun phrase with no punctuation (not "«…», — опроверг X": a quotation); None otherwise, also when
    the words are whose account it is ("Nach Angaben der Polizei | bestritt der Verdächtige")."""
    lo, hi = reported_clause_start(view, i), i
    opener = clause_start(view, i)[1]
    if lo < i and object_conjunct(view, opener):
        lo, opener = clause_start(view, lo - 1)  # "Die Vorwürfe gegen X und Y | wies": one phrase
    if opener is not None and view.is_a("claim_markers", opener) and i > 0 and view.tokens[i - 1].text == ",":
        lo = clause_start(view, opener)[0]  # "Сообщения о том, что …, | в Кремле назвали": the content is the claim's
    marks = [k for k in range(lo, i) if not view.tokens[k].is_word]
    if marks:
        # Only the commas of content apposed to the claim, closing before the verb or its subject ("Die Behauptung,
        # der Verein habe …, | wies"; "Сообщения о том, что …, | в Кремле").
        if any(view.tokens[k].text != "," for k in marks) or marks[-1] != i - 1:
            return None
        if not (view.is_a("claim_nouns", marks[0] - 1) or view.is_a("claim_markers", marks[0] + 1)):
            return None
        hi = i - 1
    if claim_word(view, lo, hi) is None or view.is_a("according_to", lo):
        return None  # not "В заявлении | Министерства ...": the issuer's statement
    return object_claim(view, lo, hi)


def fronted_clause_claim(view: View, i: int) -> Claim | None:
    """Return the claim clause that opens the sentence with its complementiser and ends at the comma right before
    the verb at token ``i`` (``verb_second``: the clause is the verb's first place, "Dass die Regierung die Zahlen
    geschönt habe, | wies der Minister zurück"), or that follows the short phrase of a question put and its comma
    ("Auf die Frage, | ob …, | antwortete"), else None."""
    if not view.rules.verb_second or i < 3 or view.tokens[i - 1].text != ",":
        return None
    first = next((k for k in range(i) if view.tokens[k].is_word), i)
    marker = view.lexicon_end("claim_markers", first)
    comma = next((k for k in range(first, min(i - 1, first + _QUESTION_WORDS + 1)) if view.tokens[k].text == ","), None)
    if marker is None and comma is not None:
        marker = view.lexicon_end("claim_markers", comma + 1)  # "Auf die Frage, | ob …, | antwortete X mit Nein"
    if marker is None or any(view.tokens[k].text == "," for k in range(marker, i - 1)):
        return None
    span = view.span_of(marker, i - 1)
    return None if span is None else Claim(span, None, noun=False)


def reported_content(view: View, j: int, claim: Claim) -> Claim | None:
    """Return what the claim word in a separable verb's gap says when a claim marker after the comma that follows
    the verb (ending at ``j``) spells it ("wies einen Medienbericht zurück, wonach | Munition verschwunden sei"),
    with the claim's source; None without one."""
    if j + 1 >= len(view) or view.tokens[j].text != "," or not view.is_a("claim_markers", j + 1):
        return None
    content = object_claim(view, j + 1, clause_end(view, j + 2))
    return None if content.span is None else Claim(content.span, claim.source, noun=True)


def gap_claim(view: View, hit: Hit) -> Claim | None:
    """Return the claim the gaps of a trigger's pattern took, its subject standing inside the trigger
    ("Laut Polizei trifft | die Darstellung der Demonstranten | nicht zu"); None when they took nothing."""
    if not hit.gaps:
        return None
    claim = object_claim(view, hit.gaps[0][0], hit.gaps[-1][1])
    return claim if claim.span is not None else None


def topic_claim(view: View, i: int, j: int, speaker_end: int | None = None) -> Claim | None:
    """Return the topic a verdict at tokens ``[i, j)`` naming no claim of its own is about: the phrase a topic word
    opening the sentence names, up to its comma ("Sobre | las acusaciones de corrupción, | el alcalde dijo que «son
    falsas»", "Quanto às | saídas de jogadores, | ..."), or one right after the attribution that follows the
    verdict ("«Es mentira», dijo el ministro | sobre | las acusaciones"), past the speaker's apposition when its
    name ends at token ``speaker_end`` ("resumiu o secretário, Guilherme Derrite, | sobre | o vídeo"); None
    without such a phrase."""
    start = view.lexicon_end("topics", 0) if len(view) else None
    if start is not None:
        comma = next((k for k in range(start, min(i, start + _TOPIC_WORDS + 1)) if view.tokens[k].text in ",،"), None)
        return None if comma is None else _topic(view, start, comma, i)
    speech = view.find("speech_verbs", j, len(view))
    if speech is None:
        return None
    first = speech[1]
    if speaker_end is not None and first < speaker_end < len(view):
        first = speaker_end + (view.tokens[speaker_end].text == ",")
    speaker = range(first, min(len(view), first + _TOPIC_WORDS))
    topic = next((k for k in speaker if not view.tokens[k].is_word or view.is_a("topics", k)), None)
    start = view.lexicon_end("topics", topic) if topic is not None else None
    if start is None:
        return None
    end = next((k for k in range(start, len(view)) if view.tokens[k].text in ",،;.:"), len(view))
    return _topic(view, start, end, i)


def _topic(view: View, lo: int, hi: int, i: int) -> Claim | None:
    span = view.span_of(lo, hi)
    if span is None:
        return None
    noun = view.find("claim_nouns", lo, hi)
    return Claim(span, claim_source(view, lo, noun, i), noun is not None)


def middle_object_claim(view: View, lo: int, i: int) -> Claim | None:
    """Return the object standing between a subject ending at token ``lo`` and its verb at token ``i`` where word
    order is free ("Бизнесмен | свою причастность к хищениям | отрицает", "Министр | эти сведения | опроверг"):
    the words after the subject or the last comma, past adverbs closing them, with no other stop word and not
    opened by a preposition ("Министр | на брифинге | опроверг" is where); None otherwise."""
    if not view.rules.subject_after_verb or not view.rules.cased:
        return None
    start = max([lo] + [k + 1 for k in range(lo, i) if view.tokens[k].text == ","])
    end = i
    while end > start and (view.is_a("skip", end - 1) or view.is_a("time", end - 1)):
        end -= 1
    if end - start < 2 or view.is_a("np_end", start):
        return None
    if any(not view.tokens[k].is_word or (view.is_stop(k) and not view.is_a("np_end", k)) for k in range(start, end)):
        return None
    span = view.span_of(start, end)
    return None if span is None else Claim(span, None, view.find("claim_nouns", start, end) is not None)
