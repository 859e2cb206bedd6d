"""Reported speech: who says what a word says, from the speech verb or according-to phrase before it ("X said
the reports were untrue", "menurut X, ...") or the trailing attribution after it ("..., the company says", "...,
kata X"); not a speech verb that belongs to the claim ("reports saying ...", "ce que dit le ministre est faux")."""

from __future__ import annotations

from dataclasses import dataclass

from newsmon.nlp.denials.clauses import clause_start, is_participle, participle_clause, thing_relative
from newsmon.nlp.denials.conjuncts import conjuncts
from newsmon.nlp.denials.names import Party, party, self_subject
from newsmon.nlp.denials.phrase_bounds import phrase_after
from newsmon.nlp.denials.phrases import subject_before
from newsmon.nlp.denials.shared_subjects import clause_subject, sentence_subject
from newsmon.nlp.denials.speaker_phrases import fronted_object, issuer, self_speaker, speaker_start
from newsmon.nlp.denials.subjects import interrupted_subject, reported_subject
from newsmon.nlp.denials.view import View

_GAPPED = 2  # a speech verb and its particle ("teilte … mit") with words between
_COMMAS = ",،"  # "،" is the Arabic comma
_ACCORDING_TO_TAIL = 6  # words after an according-to phrase's party before its comma ("del banco | remitido a …,")


@dataclass(frozen=True, slots=True)
class Reported:
    """A reported-speech attribution: who says it, and the token where what they say starts."""

    speaker: Party
    complement: int


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


def _speech_subject(view: View, k: int, *, trailing: bool) -> Party | None:
    if self_subject(view, k):
        return self_speaker(view, k) if trailing else party(view, k, k + 1)
    if view.is_a("hearsay", k):
        return None  # "Katanya kabar itu tidak benar": hearsay opening the sentence, nobody speaking
    according = view.lexicon_end("according_to", k)
    if according is not None:
        return issuer(view, phrase_after(view, according))
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
    if subject is not None and fronted_object(view, subject, k):
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
