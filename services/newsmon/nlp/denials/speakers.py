"""Who speaks the statement a trigger stands in: the speaker of a trailing attribution ("…, kata Hendra", "Die
Vorwürfe weise er zurück, sagte der Landrat"), of the speech verb after a quotation ("“…,” bantah Prabowo"), of the
speech verb whose reported clause a first person opens ("Ein Sprecher sagte, man habe …"), or the named subject that
opens a sentence before its quotation ("Volker said … “… I rejected …”"). ``denier.subject`` asks these when the
subject it found is a first person, a pronoun of reported speech, or missing.
"""

from __future__ import annotations

from newsmon.nlp.denials.clauses import is_finite
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.names import Party, party, phrase_kind, self_subject
from newsmon.nlp.denials.phrase_bounds import phrase_after
from newsmon.nlp.denials.quotes import Quote
from newsmon.nlp.denials.reported_speech import reported_speakers
from newsmon.nlp.denials.scope import skip_adverbs
from newsmon.nlp.denials.shared_subjects import sentence_subject
from newsmon.nlp.denials.speaker_phrases import speaker_start
from newsmon.nlp.denials.tokens import QUOTE_CHARS
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import View

_ATTRIBUTION_WORDS = 3  # the speech verb between a trailing attribution's comma and its speaker: "a déclaré"
_QUOTE_MARKS = 2  # a closing quotation mark and a comma or dash right before a speech verb


def trailing_speaker(document: Document, view: View, hit: Hit) -> Party | None:
    """Return the named speaker of a trailing attribution after the trigger ("…, kata Hendra", "…, ujar dia"):
    an unquoted statement's first person is who the attribution names (newswires drop quotation marks). None
    without one, or when the attribution's word carries its own subject ("katanya"), which names nobody."""
    after = reported_speakers(view, hit.j, document.quoted(view))[1]
    if after is None or self_subject(view, view.index(after.name.start)):
        return None
    return after


def trailing_person(document: Document, view: View, found: Party, hit: Hit) -> Party | None:
    """Return the person a trailing attribution names when a third-person pronoun is the subject of the unquoted
    statement it attributes ("Die Vorwürfe weise er zurück, | sagte der Landrat", "Er bestreite die Vorwürfe, sagte
    Paul Krüger"): reported speech turns the speaker's "I" into "he". None when a speech verb before the pronoun
    reports it, or when the attribution names no person: a body is no "he" ("Er bestreite alles, teilte die
    Staatsanwaltschaft mit": the prosecutors tell of his denial)."""
    at = view.index(found.name.start)
    if reported_speakers(view, at, document.quoted(view))[0] is not None:
        return None
    after = trailing_speaker(document, view, hit)
    if after is None or after.pronoun:
        return None
    lo, hi = view.index(after.name.start), view.index(after.name.end)
    # Set off by a comma, its verb maybe between ("…, | sagte | der Landrat"): not a clause joined on ("…, y su abogado
    # insistió", another party's statement).
    words = range(lo - 1, max(-1, lo - 1 - _ATTRIBUTION_WORDS), -1)
    comma = next((k for k in words if not view.tokens[k].is_word), None)
    if comma is None or view.tokens[comma].text != "," or view.find("conjunctions", comma, lo) is not None:
        return None
    if view.find("org_words", lo, hi) is not None:
        return None
    # A role ("der Landrat"), or a bare name with no article, which a body's name in the copy takes ("Paul Krüger").
    person = phrase_kind(view, lo, hi) != "other" and not view.is_a("determiners", lo)
    return after if view.find("role_nouns", lo, hi) is not None or person else None


def opening_speaker(view: View, quote: Quote) -> Party | None:
    """Return the named subject opening the sentence when a speech verb follows it before the quotation ("Volker
    said … “… I rejected …”"): who speaks the quotation's first person; None otherwise."""
    found = sentence_subject(view)
    if found is None or found.pronoun or view.tokens[view.index(found.name.start)].start >= quote.start:
        return None
    verb = skip_adverbs(view, view.index(found.name.end))
    return found if verb < len(view) and view.is_a("speech_verbs", verb) else None


def reporting_speaker(
    document: Document, view: View, found: Party, hit: Hit, *, inverted_only: bool = False
) -> Party | None:
    """Return the speaker of the speech verb whose reported clause the first person ``found`` opens, maybe after a
    complementiser ("Ein Sprecher sagte, | man habe …": reported speech turns a body's "wir" into "man"), or
    follows right after the trigger's verb, the clause opened by its fronted object ("Ein Sprecher sagte, | die
    Vorwürfe weise | man zurück"); with ``inverted_only`` only the latter. None when other words stand between
    them or the speaker is a first person too."""
    at = view.index(found.name.start)
    before = reported_speakers(view, at, document.quoted(view))[0]
    if before is None or document.first_person(before.speaker):
        return None
    if at == hit.i + 1 and _fronted_object(view, before.complement, hit.i):
        return before.speaker
    between = range(before.complement, at)
    if inverted_only or any(view.tokens[k].is_word and not view.is_a("claim_markers", k) for k in between):
        return None
    return before.speaker


def _fronted_object(view: View, lo: int, hi: int) -> bool:
    """True when tokens ``[lo, hi)`` hold words of one phrase, no comma past the first token and no finite verb: the
    object a verb-second clause opens with ("sagte, | die Vorwürfe | weise man zurück")."""
    words = [k for k in range(lo, hi) if view.tokens[k].is_word]
    commas = [k for k in range(lo + 1, hi) if not view.tokens[k].is_word]
    return bool(words) and not commas and not any(is_finite(view, k) for k in words)


def after_quote(view: View, hit: Hit, quote: Quote | None) -> Party | None:
    """Return the subject after a speech verb that follows its quotation: "“… tidak benar,” bantah Prabowo"."""
    if quote is not None or hit.i == 0:
        return None
    if self_subject(view, hit.i - 1):
        return party(view, hit.i - 1, hit.i)  # "«…», a-t-il démenti": the subject is glued to the auxiliary
    if not follows_quotation(view, hit, quote):
        return None
    if self_subject(view, hit.i):
        return party(view, hit.i, hit.i + 1)  # "“…,” bantahnya": the subject is glued to the verb
    return phrase_after(view, speaker_start(view, hit.j))


def follows_quotation(view: View, hit: Hit, quote: Quote | None) -> bool:
    """True when a quotation closes right before the trigger, with a comma or a dash on either side of the
    closing mark ("…,” bantah", "«…», — опроверг"); a name in quotation marks ("«Заря» опроверг") is none."""
    if quote is not None:
        return False
    marks = [token.text for token in view.tokens[max(0, hit.i - 3) : hit.i] if not token.is_word]
    return len(marks) >= _QUOTE_MARKS and any(m in QUOTE_CHARS for m in marks) and any(m in ",،—–" for m in marks)
